"""The words of the letters dialog about a case's letters: the tab names, why no letter
to the applicant applies, whom a letter is for and by when, and its state (new draft,
saved draft, finalised with date, author and SHA-256). Translated in the context
"LetterDialog"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cumuldesk.domain.cases import LetterKind
from cumuldesk.domain.organisation import SenderField
from cumuldesk.services.simulation.words import UsedValue, kind_words, value_words
from cumuldesk.ui.kit.formatting import day, moment
from cumuldesk.ui.letters.load import (
    ADVICE,
    FAILED,
    IVT_IT_BETTER,
    NO_BAN,
    NO_CASE,
    PROPOSAL,
    WALLONIA,
    LetterSetup,
    LetterSlot,
)

CONTEXT = "LetterDialog"
LANGUAGES = {
    "nl": QT_TRANSLATE_NOOP("LetterDialog", "Dutch"),
    "fr": QT_TRANSLATE_NOOP("LetterDialog", "French"),
    "de": QT_TRANSLATE_NOOP("LetterDialog", "German"),
}
REASONS = {
    WALLONIA: QT_TRANSLATE_NOOP(
        CONTEXT,
        "No letter to the applicant: this person lives in Wallonia, where no choice is "
        "needed between IVT/IT and zorgtoeslag + BOB, so no renunciation proposal applies. "
        "You can file the advice note.",
    ),
    IVT_IT_BETTER: QT_TRANSLATE_NOOP(
        CONTEXT,
        "No letter to the applicant: IVT/IT is more favourable for this person, so there "
        "is no renunciation to propose. You can file the advice note.",
    ),
    NO_BAN: QT_TRANSLATE_NOOP(
        CONTEXT,
        "No letter to the applicant: in no month of the comparison would IVT/IT stop "
        "zorgtoeslag or BOB, so no renunciation proposal applies. You can file the advice "
        "note.",
    ),
    NO_CASE: QT_TRANSLATE_NOOP(
        CONTEXT, "This dossier has no case: letters are filed with a case, so none can be made."
    ),
}
TAB_NAMES = {
    PROPOSAL: QT_TRANSLATE_NOOP("LetterDialog", "Letter to the applicant"),
    ADVICE: QT_TRANSLATE_NOOP("LetterDialog", "Advice note"),
}
# the same names inside a sentence ("Finalise the %1?"): each language decides the case
IN_SENTENCE = {
    PROPOSAL: QT_TRANSLATE_NOOP("LetterDialog", "letter to the applicant"),
    ADVICE: QT_TRANSLATE_NOOP("LetterDialog", "advice note"),
}
# the suggested PDF file name, in the window's language: the case reference only, never
# a name or an INSZ ("verzakingsvoorstel-CD-2025-000001")
FILE_NAMES = {
    PROPOSAL: QT_TRANSLATE_NOOP("LetterDialog", "renunciation-proposal-%1"),
    ADVICE: QT_TRANSLATE_NOOP("LetterDialog", "advice-note-%1"),
}
WARNING = "\u26a0"  # with the words: never colour alone (a symbol every font has)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tab_name(kind: LetterKind | str) -> str:
    return tr(str(TAB_NAMES[LetterKind(kind)]))


def name_in_sentence(kind: LetterKind | str) -> str:
    """The letter's name inside a sentence (German nouns keep their capital)."""
    return tr(str(IN_SENTENCE[LetterKind(kind)]))


# the fields of DG HAN's sender block, inside a sentence
SENDER_FIELDS = {
    SenderField.ORGANISATION: QT_TRANSLATE_NOOP("LetterDialog", "the organisation's name"),
    SenderField.ADDRESS: QT_TRANSLATE_NOOP("LetterDialog", "the postal address"),
    SenderField.PHONE: QT_TRANSLATE_NOOP("LetterDialog", "the phone number"),
    SenderField.HOURS: QT_TRANSLATE_NOOP("LetterDialog", "the opening hours"),
    SenderField.SIGNATORY: QT_TRANSLATE_NOOP("LetterDialog", "the signatory"),
}


def sender_lines(fields: Sequence[SenderField], missing: Sequence[SenderField]) -> list[str]:
    """Each sender-block field to confirm in a sentence: not published, or no source."""
    lines = []
    for field in fields:
        text = (
            QCoreApplication.translate(
                "LetterDialog",
                "Sender block, not published (left out of the finalised letter): %1.",
            )
            if field in missing
            else QCoreApplication.translate(
                "LetterDialog", "Sender block, published without a source: %1."
            )
        )
        lines.append(text.replace("%1", tr(str(SENDER_FIELDS[field]))))
    return lines


def sender_text(fields: Sequence[SenderField]) -> str:
    """The dialog's warning that the sender block is not complete, naming the fields."""
    if not fields:
        return ""
    names = QCoreApplication.translate("LetterDialog", "; ").join(
        tr(str(SENDER_FIELDS[field])) for field in fields
    )
    return f"{WARNING} " + QCoreApplication.translate(
        "LetterDialog",
        "DG HAN's sender block is not complete (%1): the draft marks what is not "
        "published, and you will be asked to confirm before a letter is finalised.",
    ).replace("%1", names)


def file_stem(kind: LetterKind | str, reference: str) -> str:
    """The suggested file name without ".pdf", in the window's language."""
    return tr(str(FILE_NAMES[LetterKind(kind)])).replace("%1", reference)


def language_name(code: str) -> str:
    return tr(str(LANGUAGES[code])) if code in LANGUAGES else code


def notices(setup: LetterSetup) -> list[str]:
    """Why a letter is missing, one line each (with a symbol)."""
    lines = []
    proposal, advice = setup.proposal, setup.advice
    if proposal.reason == FAILED:
        lines.append(
            QCoreApplication.translate("LetterDialog", "No letter to the applicant: %1").replace(
                "%1", proposal.message
            )
        )
    elif proposal.reason is not None:
        lines.append(tr(str(REASONS[proposal.reason])))
    if advice.reason == FAILED:
        lines.append(
            QCoreApplication.translate("LetterDialog", "No advice note: %1").replace(
                "%1", advice.message
            )
        )
    return lines


def unverified_text(values: Sequence[UsedValue]) -> str:
    """Which law values the handler will confirm before finalising, named in words: the
    computed or carried amounts by name and kind, and how many open points of law."""
    t = QCoreApplication.translate
    names: list[str] = []
    for value in values:
        if value.open_point:
            continue
        named = QCoreApplication.translate("LetterDialog", "%1 (%2)")
        named = named.replace("%1", value_words(value, t)).replace("%2", kind_words(value.kind, t))
        if named not in names:
            names.append(named)
    points = len({value.label for value in values if value.open_point})
    parts = list(names)
    if points:
        parts.append(
            QCoreApplication.translate("LetterDialog", "open points of law: %1").replace(
                "%1", str(points)
            )
        )
    return f"{WARNING} " + QCoreApplication.translate(
        "LetterDialog",
        "The simulation used law values that are not sourced (%1): you will be asked to "
        "confirm that you checked them before a letter is finalised.",
    ).replace("%1", QCoreApplication.translate("LetterDialog", "; ").join(parts))


def info_text(slot: LetterSlot, answer_days: int) -> str:
    """To whom, in which language, and by when the applicant answers."""
    draft, stored = slot.draft, slot.stored
    code = draft.language if draft else stored.language if stored else ""
    language = language_name(code)
    if slot.kind == ADVICE:
        return QCoreApplication.translate(
            "LetterDialog", "Internal note for the dossier, in %1."
        ).replace("%1", language)
    if draft is None:
        return QCoreApplication.translate("LetterDialog", "To the applicant, in %1.").replace(
            "%1", language
        )
    text = (
        QCoreApplication.translate("LetterDialog", "To: %1. In %2.")
        .replace("%1", draft.addressee)
        .replace("%2", language)
    )
    if draft.answer_deadline is not None:
        text += " " + QCoreApplication.translate("LetterDialog", "Answer by %1 (%2 days).").replace(
            "%1", day(draft.answer_deadline)
        ).replace("%2", str(answer_days))
    return text


def state_text(slot: LetterSlot, *, modified: bool) -> str:
    """New draft, saved draft or finalised (when, by whom, SHA-256)."""
    stored = slot.stored
    author = (
        (stored.author or QCoreApplication.translate("LetterDialog", "an unknown handler"))
        if stored is not None
        else ""
    )
    if slot.finalised and stored is not None:
        text = QCoreApplication.translate(
            "LetterDialog", "Finalised on %1 by %2, SHA-256 %3. It cannot be changed."
        )
        text = (
            text.replace("%1", moment(stored.finalised_at))
            .replace("%2", author)
            .replace("%3", stored.sha256 or "")
        )
        if not stored.intact:
            text += f" {WARNING} " + QCoreApplication.translate(
                "LetterDialog",
                "Its stored content no longer matches this fingerprint: tell your team lead "
                "before printing it.",
            )
        return text
    if slot.draft is None:
        return QCoreApplication.translate(
            "LetterDialog", "Saved draft, shown read-only: no new draft can be made (see above)."
        )
    if stored is not None:
        text = QCoreApplication.translate("LetterDialog", "Draft saved on %1 by %2. Not finalised.")
        text = text.replace("%1", moment(stored.created_at)).replace("%2", author)
        if modified:
            text += " " + QCoreApplication.translate(
                "LetterDialog", "Edited since: the changes are not saved yet."
            )
        return text
    return QCoreApplication.translate(
        "LetterDialog", "New draft from the simulation; not saved yet."
    )
