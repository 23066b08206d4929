"""What the letters of a case are drafted from, without Qt: for the letters dialog, the
case's stored letters and fresh drafts of the renunciation proposal and the advice note
(`letter_setup`); for `cumuldesk letter`, the dossier with the addressee (`letter_dossier`).

For each kind the dialog shows the finalised letter when there is one (its stored
content, read-only), else the newest saved draft, else the fresh draft. When no letter
to the applicant applies (Wallonia, IVT/IT more favourable, no month with a ban) the
slot says why with a reason code; the dialog puts it in words.

Each letter prints DG HAN's sender block in its language (`sender_block`: the
organisation data published centrally, read from the cache as the last sync left it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from cumuldesk.domain.cases import Language, LetterKind
from cumuldesk.domain.dossier import Region
from cumuldesk.domain.organisation import SenderBlock
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import CumulDeskError
from cumuldesk.params.loader import ParameterSet
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.dossiers.opening import DossierData, Representative, open_dossier_data
from cumuldesk.services.dossiers.store import DossierView, parse_typed_insz
from cumuldesk.services.letters.drafting import (
    ADVICE_NOTE,
    ANSWER_DAYS,
    PROPOSAL,
    LetterDraft,
    draft_advice_note,
    draft_proposal,
)
from cumuldesk.services.letters.store import (
    StoredLetter,
    choose_stored,
    postal_address,
    stored_letters,
)
from cumuldesk.services.organisation import read_sender_block
from cumuldesk.services.reports import SimulationReport
from cumuldesk.storage.cache import LocalCache

# why there is no letter to the applicant (the dialog says it in words)
WALLONIA = "wallonia"
IVT_IT_BETTER = "ivt_it"
NO_BAN = "not_applicable"
NO_CASE = "no_case"
FAILED = "failed"  # the draft could not be made: `message` says why


@dataclass(frozen=True)
class LetterSlot:
    """One kind of letter of the case."""

    kind: LetterKind
    draft: LetterDraft | None  # the fresh draft (None when this kind does not apply)
    stored: StoredLetter | None  # the finalised letter, else the newest saved draft
    reason: str | None = None  # why there is no draft (a code above)
    message: str = ""  # our error's text with FAILED

    @property
    def finalised(self) -> bool:
        return self.stored is not None and self.stored.finalised_at is not None

    @property
    def available(self) -> bool:
        """Something to show: a draft, or a stored letter."""
        return self.draft is not None or self.stored is not None

    @property
    def editable(self) -> bool:
        """A draft the handler may still change, save and finalise."""
        return self.draft is not None and not self.finalised

    @property
    def html(self) -> str:
        """What the editor opens with: the stored letter, else the fresh draft."""
        if self.stored is not None:
            return self.stored.html
        return self.draft.html if self.draft is not None else ""


@dataclass(frozen=True)
class LetterSetup:
    insz: str  # 11 digits
    formatted_insz: str
    name: str
    reference: str | None  # the case (None: the dossier has no case)
    proposal: LetterSlot
    advice: LetterSlot

    def slot(self, kind: LetterKind | str) -> LetterSlot:
        return self.proposal if kind == PROPOSAL else self.advice


def proposal_reason(report: SimulationReport) -> str | None:
    """Why no renunciation proposal applies to this simulation (None: it applies)."""
    if report.region is Region.WALLONIA:
        return WALLONIA
    recommendation = report.recommendation
    if recommendation is Recommendation.RENOUNCE:
        return None
    return IVT_IT_BETTER if recommendation is Recommendation.IVT_IT else NO_BAN


def _slot(
    kind: LetterKind,
    stored: StoredLetter | None,
    reason: str | None,
    make: Callable[[], LetterDraft],
) -> LetterSlot:
    if reason is not None:
        return LetterSlot(kind, None, stored, reason)
    try:
        return LetterSlot(kind, make(), stored)
    except CumulDeskError as exc:
        return LetterSlot(kind, None, stored, FAILED, str(exc))


def sender_block(cache: LocalCache, language: Language | str) -> SenderBlock:
    """DG HAN's sender block in a language, as the cache holds it (the organisation data
    a supervisor published centrally, as of the last sync): None where nobody published
    a field, which the letter marks in its draft and finalising asks to confirm."""
    with cache.sessions() as session:
        return read_sender_block(session, Language(str(getattr(language, "value", language))))


def letter_setup(
    cache: LocalCache,
    identity: Identity,
    law: ParameterSet,
    data: DossierData,
    report: SimulationReport,
    *,
    today: date,
    answer_days: int = ANSWER_DAYS,
) -> LetterSetup:
    """Everything the letters dialog shows of the dossier opened (`data`) and its
    simulation (`report`): the case's stored letters and fresh drafts (worker thread)."""
    view = data.view
    case = view.case
    reference = case.reference if case is not None else None
    letters = stored_letters(cache, reference) if reference is not None else []
    no_case = NO_CASE if reference is None else None
    proposal = _slot(
        PROPOSAL,
        choose_stored(letters, PROPOSAL),
        no_case or proposal_reason(report),
        lambda: draft_proposal(
            view,
            report,
            law,
            today=today,
            handler=identity,
            representative=data.representative,
            answer_days=answer_days,
            address=postal_address(cache, view.insz),
            sender=sender_block(cache, view.language),
        ),
    )
    advice = _slot(
        ADVICE_NOTE,
        choose_stored(letters, ADVICE_NOTE),
        no_case,
        lambda: draft_advice_note(
            view,
            report,
            view.check_report(law),
            law,
            today=today,
            handler=identity,
            representative=data.representative,
            sender=sender_block(cache, identity.language),
        ),
    )
    return LetterSetup(
        insz=view.insz,
        formatted_insz=view.formatted_insz,
        name=view.name,
        reference=reference,
        proposal=proposal,
        advice=advice,
    )


# ------------------------------------------------------------- the command line


@dataclass(frozen=True)
class LetterDossier:
    """The dossier a letter is drafted from, with its case of the letter first, and to
    whom the letter goes: the legal representative (if any) and the postal address."""

    view: DossierView
    representative: Representative | None
    address: tuple[str, ...]  # the addressee's postal address lines (empty: none cached)
    senders: tuple[SenderBlock, ...] = ()  # DG HAN's sender block in the letters' languages

    def sender(self, language: Language | str) -> SenderBlock:
        """The sender block in a language (every field missing when none was read)."""
        code = Language(str(getattr(language, "value", language)))
        found = [block for block in self.senders if block.language == code]
        return found[0] if found else SenderBlock.empty(code)


def _with_case_first(view: DossierView, reference: str | None) -> DossierView:
    """The view with the named case as its current one (letters belong to a case)."""
    if reference is None or view.case is None or view.case.reference == reference:
        return view
    chosen = [case for case in view.cases if case.reference == reference]
    others = [case for case in view.cases if case.reference != reference]
    return replace(view, cases=tuple(chosen + others))


def letter_dossier(
    cache: LocalCache,
    identity: Identity,
    insz: str,
    *,
    connect: Callable[[], Central | None],
    today: date,
    clock: Callable[[], datetime],
    online: bool | None,
    reference: str | None = None,
) -> LetterDossier:
    """Open the dossier for a letter (audited as an opening): from the cache, else
    fetched from the central database when `connect()` reaches it. `reference`: the case
    the letter belongs to (default: the newest). `today`: the query day (the letter's
    date). Raises DossierNotFound, NotAvailableOffline, BadInput (an invalid INSZ)."""
    data = open_dossier_data(
        cache,
        identity,
        None,
        parse_typed_insz(insz),
        connect=connect,
        today=today,
        clock=clock,
        online=online,
    )
    view = _with_case_first(data.view, reference)
    languages = dict.fromkeys((Language(view.language), Language(identity.language)))
    senders = tuple(sender_block(cache, language) for language in languages)
    return LetterDossier(view, data.representative, postal_address(cache, view.insz), senders)
