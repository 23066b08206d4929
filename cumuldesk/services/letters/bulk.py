"""Renunciation proposals in bulk (issue 18), without Qt: for the work list's "Draft
proposals..." window and `cumuldesk letter --to-propose`.

`draft_proposals` takes case references and, one case at a time (a worker-friendly loop:
`progress(done, total)` after each case, `cancel()` asked before each), opens the dossier
from the cache as a single letter does (`Desk.letter_dossier`, audited as an opening),
checks it again now with the law data in force (the screening may be older than the
dossier) and drafts the proposal in the applicant's language. A case that no longer
calls for a proposal (Wallonia, IVT/IT more favourable, nothing to compare) or cannot be
simulated is left out with the reason (`LeftOut`). A case whose proposal is finalised
already gives its stored letter, unchanged. With `finalise` each draft is stored as the
case's finalised letter first, and, as for one letter, a draft with unverified law values
or an incomplete sender block is finalised only when `confirmed` (else it is left out,
`TO_CONFIRM`, with the values named).

The letters are then either written one PDF per letter into a folder (`export_pdfs`, the
writer given by the caller: `ui.letters.document.write_pdf`; each file whole or not at
all, mode 0600, each audited "pdf_exported" as the single export is) or painted in one
print job by the window (audited "printed" per letter). A cancel stops between letters:
what was written or finalised before stays.

`to_propose` picks, among the cases of the handler's team, those the screening says call
for a proposal (the screening results the user may read: `services.screening.results`);
a case without a screening result is left out as "not screened".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cumuldesk.domain.cases import Language, LetterKind
from cumuldesk.domain.screening import ScreeningResult
from cumuldesk.errors import BadInput, CumulDeskError
from cumuldesk.services.letters.drafting import ANSWER_DAYS, PROPOSAL, draft_proposal
from cumuldesk.services.letters.setup import (
    FAILED,
    IVT_IT_BETTER,
    NO_BAN,
    WALLONIA,
    proposal_reason,
)
from cumuldesk.services.letters.store import Output, sender_problems
from cumuldesk.services.simulation.words import confirmation_lines

if TYPE_CHECKING:
    from cumuldesk.services.desk import Changes, Desk

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# why a case is left out (besides WALLONIA, IVT_IT_BETTER, NO_BAN, FAILED of `setup`)
NOT_CACHED = "not_cached"  # the case is not in the local cache
NOT_SCREENED = "not_screened"  # no screening result (the command line's selection)
NO_CASE = "no_case"  # the dossier has no such case
TO_CONFIRM = "to_confirm"  # finalising needs the confirmation of unverified values

REASONS = {
    WALLONIA: "in Wallonia no choice is needed: no renunciation proposal applies",
    IVT_IT_BETTER: "IVT/IT is more favourable now: no renunciation proposal applies",
    NO_BAN: "the simulation does not advise renunciation now: no renunciation proposal applies",
    FAILED: "the dossier cannot be simulated",
    NOT_CACHED: "the case is not in the local cache",
    NOT_SCREENED: "not screened",
    NO_CASE: "the dossier has no such case",
    TO_CONFIRM: "finalising needs the confirmation of values that are not sourced",
}
DRAFT = "draft"
FINALISED = "finalised"


@dataclass(frozen=True)
class LeftOut:
    """A case for which no letter is made, and why (`reason`: a code above; `detail`:
    our error's or the values' words, never personal data)."""

    reference: str
    reason: str
    detail: str = ""

    @property
    def words(self) -> str:
        """The reason in English words (the command line's; the window translates)."""
        text = REASONS.get(self.reason, self.reason)
        return f"{text}: {self.detail}" if self.detail else text


@dataclass(frozen=True)
class BulkLetter:
    """One proposal ready for paper: its HTML and what its header and footer print."""

    reference: str
    kind: LetterKind
    language: Language
    html: str
    insz_formatted: str
    title: str
    state: str  # DRAFT or FINALISED
    notes: tuple[str, ...] = ()  # what a draft still leaves to check, in English words


@dataclass(frozen=True)
class BulkDrafts:
    """What a bulk drafting made: the letters, the cases left out (with the reason), and
    whether it was cancelled (`not_reached`: the cases not looked at)."""

    letters: tuple[BulkLetter, ...]
    left_out: tuple[LeftOut, ...]
    cancelled: bool = False
    not_reached: tuple[str, ...] = ()


@dataclass(frozen=True)
class Written:
    """One PDF written and audited."""

    reference: str
    path: Path
    pages: int


@dataclass(frozen=True)
class Exported:
    """What `export_pdfs` wrote (in order), whether it was cancelled, what changed."""

    written: tuple[Written, ...]
    cancelled: bool
    changes: Changes


WritePdf = Callable[[BulkLetter, Path], int]  # writes one letter, returns its pages


def to_propose(
    team_cases: Iterable[str], results: Mapping[str, ScreeningResult]
) -> tuple[list[str], list[LeftOut]]:
    """The team's cases whose screening says a proposal is due, in the given order, and
    the cases without a screening result (left out as "not screened")."""
    chosen: list[str] = []
    unscreened: list[LeftOut] = []
    for reference in team_cases:
        result = results.get(reference)
        if result is None:
            unscreened.append(LeftOut(reference, NOT_SCREENED))
        elif result.proposes_renunciation:
            chosen.append(reference)
    return chosen, unscreened


def readable_results(desk: Desk) -> dict[str, ScreeningResult]:
    """The screening results the user may read: a supervisor's from the central database
    when it is reached, else those the cache holds (synced; none before the first sync,
    nor in a cache made before the screening existed)."""
    from sqlalchemy.exc import SQLAlchemyError

    from cumuldesk.services.screening import results

    if desk.identity.is_supervisor and desk.online:
        central = desk.try_connect()
        if central is not None:
            return results(central.sessions)
    try:
        return results(desk.cache.sessions)
    except SQLAlchemyError:
        return {}


def _notes(draft: object) -> tuple[str, ...]:
    from cumuldesk.services.letters.drafting import LetterDraft

    assert isinstance(draft, LetterDraft)
    notes = []
    if draft.unverified:
        named = "; ".join(confirmation_lines(draft.unverified_values))
        notes.append(f"the simulation used law values that are not read on a public page: {named}")
    if draft.sender_to_check:
        notes.append(f"the letter's sender block is not complete ({sender_problems(draft)})")
    return tuple(notes)


def draft_one(
    desk: Desk,
    reference: str,
    *,
    today: date,
    answer_days: int = ANSWER_DAYS,
    finalise: bool = False,
    confirmed: bool = False,
) -> BulkLetter | LeftOut:
    """One case's proposal, checked again now (see the module text)."""
    case = desk.find_case(reference)
    if case is None:
        return LeftOut(reference, NOT_CACHED)
    law = desk.law
    try:
        dossier = desk.letter_dossier(case.insz, today=today, reference=case.reference)
        view = dossier.view
        if view.case is None or view.case.reference != case.reference:
            return LeftOut(reference, NO_CASE)
        report = view.simulation_report(law)
    except CumulDeskError as exc:
        return LeftOut(reference, FAILED, str(exc))
    reason = proposal_reason(report)
    if reason is not None:
        return LeftOut(reference, reason)
    stored = desk.finalised_letter(case.reference, PROPOSAL)
    if stored is not None:  # finalised before: the stored letter, unchanged
        return BulkLetter(
            case.reference, PROPOSAL, Language(stored.language), stored.html,
            view.formatted_insz, _title(stored.language), FINALISED,
        )  # fmt: skip
    try:
        draft = draft_proposal(
            view,
            report,
            law,
            today=today,
            handler=desk.identity,
            representative=dossier.representative,
            answer_days=answer_days,
            address=dossier.address,
            sender=dossier.sender(view.language),
        )
    except CumulDeskError as exc:
        return LeftOut(reference, FAILED, str(exc))
    if not finalise:
        return BulkLetter(
            draft.reference, PROPOSAL, draft.language, draft.html, draft.insz_formatted,
            draft.title, DRAFT, _notes(draft),
        )  # fmt: skip
    if draft.to_confirm and not confirmed:
        return LeftOut(reference, TO_CONFIRM, "; ".join(_notes(draft)))
    saved = desk.finalise_letter(draft, draft.html, confirmed_unverified=confirmed).letter
    return BulkLetter(
        draft.reference, PROPOSAL, Language(saved.language), saved.html,
        draft.insz_formatted, draft.title, FINALISED,
    )  # fmt: skip


def _title(language: Language | str) -> str:
    from cumuldesk.services.letters.drafting import letter_title

    return letter_title(PROPOSAL, language)


def draft_proposals(
    desk: Desk,
    references: Sequence[str],
    *,
    today: date | None = None,
    answer_days: int = ANSWER_DAYS,
    finalise: bool = False,
    confirmed: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BulkDrafts:
    """Draft the proposals of `references` (each once, in order; see the module text).
    Runs on a worker thread; `confirmed` only with `finalise`."""
    if confirmed and not finalise:
        raise BadInput("the confirmation of unverified values goes with finalising")
    on = desk.today() if today is None else today
    unique = list(dict.fromkeys(references))
    letters: list[BulkLetter] = []
    left_out: list[LeftOut] = []
    total = len(unique)
    if progress is not None:
        progress(0, total)
    for done, reference in enumerate(unique):
        if cancel is not None and cancel():
            return BulkDrafts(tuple(letters), tuple(left_out), True, tuple(unique[done:]))
        made = draft_one(
            desk, reference, today=on, answer_days=answer_days, finalise=finalise,
            confirmed=confirmed,
        )  # fmt: skip
        if isinstance(made, BulkLetter):
            letters.append(made)
        else:
            left_out.append(made)
        if progress is not None:
            progress(done + 1, total)
    return BulkDrafts(tuple(letters), tuple(left_out))


def pdf_name(letter: BulkLetter) -> str:
    """The file name of a letter's PDF: its kind and case reference, no personal data."""
    return f"renunciation-proposal-{letter.reference}.pdf"


def prepare_folder(folder: str | os.PathLike[str]) -> Path:
    """The folder the PDFs go to, made (private) when missing; BadInput when it is not a
    folder."""
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise BadInput(f"{path} is not a folder")
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        from cumuldesk.storage.files import write_error

        raise write_error(exc, path, "folder") from exc
    return path


def export_pdfs(
    desk: Desk,
    letters: Sequence[BulkLetter],
    folder: str | os.PathLike[str],
    write: WritePdf,
    *,
    name: Callable[[BulkLetter], str] = pdf_name,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Exported:
    """One PDF per letter in `folder` (`write(letter, path)` writes it whole or not at
    all, mode 0600), each audited "pdf_exported" right after it is written. A cancel
    stops between letters: the files written stay, each audited. An error stops the run
    and is raised; the files written before it stay (and are audited)."""
    from cumuldesk.services.desk import NOTHING

    target = prepare_folder(folder)
    written: list[Written] = []
    changes = NOTHING
    if progress is not None:
        progress(0, len(letters))
    for done, letter in enumerate(letters):
        if cancel is not None and cancel():
            return Exported(tuple(written), True, changes)
        path = target / name(letter)
        pages = write(letter, path)
        changes = changes | desk.record_letter_output(
            letter.reference, letter.kind, Output.PDF_EXPORTED
        )
        written.append(Written(letter.reference, path, pages))
        if progress is not None:
            progress(done + 1, len(letters))
    return Exported(tuple(written), False, changes)


def record_printed(desk: Desk, letters: Sequence[BulkLetter]) -> Changes:
    """Audit the letters of one print job, one "printed" event per letter."""
    from cumuldesk.services.desk import NOTHING

    changes = NOTHING
    for letter in letters:
        changes = changes | desk.record_letter_output(letter.reference, letter.kind, Output.PRINTED)
    return changes
