"""What the letters dialog reads in one background job (no Qt): the dossier (from the
cache, quietly: no new access), the case's stored letters and fresh drafts of the
renunciation proposal and the advice note.

For each kind the dialog shows the finalised letter when there is one (its stored
content, read-only), else the newest saved draft, else the fresh draft. When no letter
to the applicant applies (Wallonia, IVT/IT more favourable, no month with a ban) the
slot says why with a reason code; the dialog puts it in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from cumuldesk.domain.dossier import Region
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import CumulDeskError
from cumuldesk.params.loader import ParameterSet
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.dossiers.page_data import load_dossier_data
from cumuldesk.services.letters.drafting import (
    LetterDraft,
    StoredLetter,
    draft_advice_note,
    draft_proposal,
    postal_address,
    stored_letters,
)
from cumuldesk.services.reports import SimulationReport
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import LetterKind

PROPOSAL = LetterKind.RENUNCIATION_PROPOSAL.value
ADVICE = LetterKind.ADVICE_NOTE.value
ANSWER_DAYS = 30

# why there is no letter to the applicant (the dialog says it in words)
WALLONIA = "wallonia"
IVT_IT_BETTER = "ivt_it"
NO_BAN = "not_applicable"
NO_CASE = "no_case"
FAILED = "failed"  # the draft could not be made: `message` says why


@dataclass(frozen=True)
class LetterSlot:
    """One kind of letter of the case."""

    kind: str  # a LetterKind value
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

    def slot(self, kind: str) -> LetterSlot:
        return self.proposal if kind == PROPOSAL else self.advice


def proposal_reason(report: SimulationReport) -> str | None:
    """Why no renunciation proposal applies to this simulation (None: it applies)."""
    if report.region is Region.WALLONIA:
        return WALLONIA
    recommendation = report.recommendation
    if recommendation is Recommendation.RENOUNCE:
        return None
    return IVT_IT_BETTER if recommendation is Recommendation.IVT_IT else NO_BAN


def choose_stored(letters: list[StoredLetter], kind: str) -> StoredLetter | None:
    """The finalised letter of this kind, else the newest draft."""
    same = [letter for letter in letters if letter.kind == kind]
    final = [letter for letter in same if letter.finalised_at is not None]
    if final:
        return min(final, key=lambda letter: letter.finalised_at)
    if not same:
        return None
    return max(same, key=lambda letter: (letter.created_at, abs(letter.id)))


def _slot(
    kind: str,
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


def load_letters(
    cache: LocalCache,
    identity: Identity,
    params: ParameterSet,
    insz: str,
    report: SimulationReport,
    *,
    today: date,
    clock: Callable[[], datetime],
    online: bool | None,
    answer_days: int = ANSWER_DAYS,
) -> LetterSetup:
    """Read everything the dialog shows (worker thread). Raises DossierNotFound /
    NotAvailableOffline when the dossier is not in the cache."""
    data = load_dossier_data(
        cache,
        identity,
        params,
        insz,
        connect=lambda: None,
        today=today,
        clock=clock,
        online=online,
        audit=False,
    )
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
            params,
            today=today,
            handler=identity,
            representative=data.representative,
            answer_days=answer_days,
            address=postal_address(cache, view.insz),
        ),
    )
    advice = _slot(
        ADVICE,
        choose_stored(letters, ADVICE),
        no_case,
        lambda: draft_advice_note(
            view,
            report,
            view.check_report(params),
            params,
            today=today,
            handler=identity,
            representative=data.representative,
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
