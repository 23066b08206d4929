"""Retention of a person's data at DG HAN (deliberation 21/124, paragraph 34).

Data is kept until 10 years after the person's death, after the decision that ends
all rights, or after a judgment on appeal; only 1 year when the person, informed of
their rights, answered negatively. CumulDesk reads "answered negatively" as the
applicant declining to pursue the IVT/IT application, that is accepting the proposal
to renounce: the dossier then ends and the data is kept one year for disputes. A
refusal of the proposal keeps the application going, so the 10-year rules apply.

A person's data goes when the death rule applies, or when *every* case of the person
has reached the end of its own retention period. A person with no case is kept (no
rule applies): the purge report counts such persons so that someone looks at them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cumuldesk.domain.months import add_years

YEARS_AFTER_END = 10
YEARS_AFTER_NEGATIVE_ANSWER = 1


class RetentionRule(StrEnum):
    DEATH = "death_plus_10_years"
    RIGHTS_ENDED = "rights_ended_plus_10_years"
    JUDGMENT = "judgment_plus_10_years"
    NEGATIVE_ANSWER = "renounced_plus_1_year"


@dataclass(frozen=True)
class CaseFacts:
    renounced_on: date | None  # the date the applicant accepted to renounce
    rights_ended_on: date | None
    judgment_on: date | None


def case_expiry(case: CaseFacts) -> tuple[date, RetentionRule] | None:
    """The day the case's data may go, and why; None while no end event is known."""
    candidates: list[tuple[date, RetentionRule]] = []
    if case.renounced_on is not None:
        candidates.append(
            (
                add_years(case.renounced_on, YEARS_AFTER_NEGATIVE_ANSWER),
                RetentionRule.NEGATIVE_ANSWER,
            )
        )
    if case.rights_ended_on is not None:
        candidates.append(
            (add_years(case.rights_ended_on, YEARS_AFTER_END), RetentionRule.RIGHTS_ENDED)
        )
    if case.judgment_on is not None:
        candidates.append((add_years(case.judgment_on, YEARS_AFTER_END), RetentionRule.JUDGMENT))
    if not candidates:
        return None
    # a later event (a judgment after the renunciation, say) keeps the data longer
    return max(candidates, key=lambda item: item[0])


def retention_due(
    death_date: date | None, cases: Sequence[CaseFacts], today: date
) -> RetentionRule | None:
    """The rule under which the person's data must be removed on `today`, or None."""
    if death_date is not None and add_years(death_date, YEARS_AFTER_END) <= today:
        return RetentionRule.DEATH
    if not cases:
        return None
    expiries = [case_expiry(case) for case in cases]
    if any(expiry is None or expiry[0] > today for expiry in expiries):
        return None
    return max((e for e in expiries if e is not None), key=lambda item: item[0])[1]
