"""The screening of a case (issue 18): the check and the simulation of one open case with
the law data in force, kept centrally so that the work list, the bulk proposals and the
monthly report read it instead of simulating each dossier again.

`ScreeningResult` is what one screening found. `verdict` is the simulation's
recommendation, or None when the dossier could not be simulated (`problem` says why in
English words, without personal data: "no IVT/IT decision in force", "a Brussels
zorgtoeslag is a decided amount", ...). `at_stake` is what renouncing changes over the
simulation's horizon, signed: the Flemish total minus the federal total (positive: the
applicant gains by renouncing). A result is stale when the dossier or the law data
changed after it was made (`screened_at` before `changed_at`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from cumuldesk.domain.simulation import Recommendation


@dataclass(frozen=True)
class ScreeningResult:
    case_reference: str
    verdict: Recommendation | None
    problem: str | None  # why there is no verdict (English, no personal data)
    at_stake: Decimal  # Flemish total - federal total over the horizon, EUR (0 without)
    months_compared: int
    conflict_months: int
    arrears_months: int
    open_points: tuple[str, ...]  # the keys of the open points of law the verdict rests on
    law_version: int | None  # the central law-data version (None: the shipped law data)
    screened_at: datetime

    @property
    def proposes_renunciation(self) -> bool:
        """The screening says a renunciation proposal is due."""
        return self.verdict is Recommendation.RENOUNCE

    def stale(self, changed_at: datetime | None) -> bool:
        """Older than the last change of its dossier or of the law data (`changed_at`)."""
        return changed_at is not None and changed_at > self.screened_at
