"""What each synthetic demo person's history shows: a profile, a region and a case status.

`plan_population` first lists one plan for every situation the rules must see (a
conflict, a zero-amount decision, a voluntary switch, each kind of retroactive change,
Brussels and Wallonia residents, someone turning 18 next month, every case status, the
retention cases), then draws the rest by weight, and shuffles the whole list. So a
population of a few dozen persons already exercises every rule, and larger ones have a
realistic mix.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import accumulate
from random import Random
from typing import TypeVar

from cumuldesk.storage.models import CaseStatus, RegionCode

T = TypeVar("T")


class Profile(StrEnum):
    CONFLICT = "conflict"  # BOB (no voluntary switch) and paid IVT/IT in the same months
    BOB_STOPPED = "bob_stopped"  # the zorgkas stopped BOB when IVT/IT started: no conflict
    ZERO_AMOUNT = "zero_amount"  # a 0 EUR IVT/IT decision next to BOB: allowed
    VOLUNTARY_SWITCH = "voluntary_switch"  # switched from NRTH to BOB: keeps BOB
    RETROACTIVE = "retroactive"  # a decision with two versions, paid months changed
    BOB_ONLY = "bob_only"  # BOB, application pending, no decision yet
    IVT_ONLY = "ivt_only"  # IVT/IT, no BOB
    TURNING_18 = "turning_18"  # turns 18 next month (relative to today)
    WALLONIA = "wallonia"  # no BOB in Wallonia; no proposal applies
    RETENTION = "retention"  # old closed dossier, due for removal by the retention rules


class Retroactive(StrEnum):
    LATER_START = "later_start"  # the new version starts later: BOB owed again
    EARLIER_START = "earlier_start"  # the new version starts earlier: BOB must stop
    ZERO_MONTHS = "zero_months"  # the new version pays 0 EUR for some months: BOB owed


class Closing(StrEnum):
    """Why a case is closed, or how an answered case was answered."""

    AFTER_ANSWER = "after_answer"
    NO_PROPOSAL = "no_proposal"  # IVT/IT more favourable, or not applicable
    RIGHTS_ENDED = "rights_ended"
    JUDGMENT = "judgment"
    DEATH = "death"
    OLD_REFUSAL = "old_refusal"  # answered "refused" more than a year ago
    OLD_RENUNCIATION = "old_renunciation"  # accepted renunciation more than a year ago
    PAST_DEADLINE = "past_deadline"  # waiting for an answer after the deadline


@dataclass(frozen=True)
class Plan:
    profile: Profile
    region: RegionCode | None = None
    status: CaseStatus | None = None
    retroactive: Retroactive | None = None
    closing: Closing | None = None
    german: bool = False  # German-speaking (Wallonia's German-speaking area)


F, B, W = RegionCode.FLANDERS, RegionCode.BRUSSELS, RegionCode.WALLONIA
S = CaseStatus

REQUIRED: tuple[Plan, ...] = (
    Plan(Profile.CONFLICT, F, S.NEW),
    Plan(Profile.CONFLICT, F, S.IN_REVIEW),
    Plan(Profile.CONFLICT, B, S.PROPOSAL_TO_SEND),
    Plan(Profile.CONFLICT, F, S.WAITING_FOR_ANSWER),
    Plan(Profile.CONFLICT, F, S.WAITING_FOR_ANSWER, closing=Closing.PAST_DEADLINE),
    Plan(Profile.CONFLICT, B, S.ANSWERED),
    Plan(Profile.BOB_STOPPED, F, S.CLOSED, closing=Closing.NO_PROPOSAL),
    Plan(Profile.ZERO_AMOUNT, F, S.IN_REVIEW),
    Plan(Profile.VOLUNTARY_SWITCH, F, S.IN_REVIEW),
    Plan(Profile.RETROACTIVE, F, S.IN_REVIEW, Retroactive.LATER_START),
    Plan(Profile.RETROACTIVE, F, S.WAITING_FOR_ANSWER, Retroactive.EARLIER_START),
    Plan(Profile.RETROACTIVE, B, S.IN_REVIEW, Retroactive.ZERO_MONTHS),
    Plan(Profile.BOB_ONLY, F, S.ANSWERED, closing=Closing.OLD_REFUSAL),
    Plan(Profile.BOB_ONLY, F, S.CLOSED, closing=Closing.OLD_RENUNCIATION),
    Plan(Profile.BOB_ONLY, B, S.NEW),
    Plan(Profile.IVT_ONLY, B, S.CLOSED, closing=Closing.RIGHTS_ENDED),
    Plan(Profile.IVT_ONLY, F, S.CLOSED, closing=Closing.JUDGMENT),
    Plan(Profile.TURNING_18, F, S.NEW),
    Plan(Profile.TURNING_18, B, S.IN_REVIEW),
    Plan(Profile.WALLONIA, W, S.CLOSED, closing=Closing.NO_PROPOSAL),
    Plan(Profile.WALLONIA, W, S.IN_REVIEW, german=True),
    Plan(Profile.RETENTION, None, S.CLOSED, closing=Closing.DEATH),
    Plan(Profile.RETENTION, None, S.CLOSED, closing=Closing.RIGHTS_ENDED),
    Plan(Profile.RETENTION, None, S.CLOSED, closing=Closing.JUDGMENT),
    Plan(Profile.RETENTION, None, S.CLOSED, closing=Closing.OLD_REFUSAL),
)

PROFILE_WEIGHTS: tuple[tuple[Profile, int], ...] = (
    (Profile.CONFLICT, 18),
    (Profile.BOB_STOPPED, 14),
    (Profile.ZERO_AMOUNT, 5),
    (Profile.VOLUNTARY_SWITCH, 5),
    (Profile.RETROACTIVE, 7),
    (Profile.BOB_ONLY, 12),
    (Profile.IVT_ONLY, 10),
    (Profile.TURNING_18, 4),
    (Profile.WALLONIA, 20),
    (Profile.RETENTION, 5),
)

STATUS_WEIGHTS: dict[Profile, tuple[tuple[CaseStatus, int], ...]] = {
    Profile.CONFLICT: (
        (S.NEW, 15), (S.IN_REVIEW, 25), (S.PROPOSAL_TO_SEND, 10),
        (S.WAITING_FOR_ANSWER, 15), (S.ANSWERED, 15), (S.CLOSED, 20),
    ),
    Profile.BOB_STOPPED: ((S.NEW, 5), (S.IN_REVIEW, 25), (S.ANSWERED, 10), (S.CLOSED, 60)),
    Profile.ZERO_AMOUNT: ((S.IN_REVIEW, 40), (S.CLOSED, 60)),
    Profile.VOLUNTARY_SWITCH: ((S.IN_REVIEW, 40), (S.CLOSED, 60)),
    Profile.RETROACTIVE: (
        (S.IN_REVIEW, 30), (S.PROPOSAL_TO_SEND, 10), (S.WAITING_FOR_ANSWER, 15),
        (S.ANSWERED, 15), (S.CLOSED, 30),
    ),
    Profile.BOB_ONLY: (
        (S.NEW, 25), (S.IN_REVIEW, 25), (S.PROPOSAL_TO_SEND, 10),
        (S.WAITING_FOR_ANSWER, 15), (S.ANSWERED, 15), (S.CLOSED, 10),
    ),
    Profile.IVT_ONLY: ((S.NEW, 10), (S.IN_REVIEW, 30), (S.CLOSED, 60)),
    Profile.TURNING_18: ((S.NEW, 60), (S.IN_REVIEW, 30), (S.PROPOSAL_TO_SEND, 10)),
    Profile.WALLONIA: ((S.NEW, 20), (S.IN_REVIEW, 30), (S.CLOSED, 50)),
    Profile.RETENTION: ((S.CLOSED, 1),),
}  # fmt: skip

# Profiles for which a renunciation proposal can be made (Flanders and Brussels, BOB).
PROPOSAL_PROFILES = frozenset(
    {Profile.CONFLICT, Profile.BOB_STOPPED, Profile.RETROACTIVE, Profile.BOB_ONLY}
)

RETENTION_CLOSINGS: tuple[tuple[Closing, int], ...] = (
    (Closing.DEATH, 30),
    (Closing.RIGHTS_ENDED, 35),
    (Closing.JUDGMENT, 15),
    (Closing.OLD_REFUSAL, 10),
    (Closing.OLD_RENUNCIATION, 10),
)


@lru_cache(maxsize=128)
def _cumulative(options: tuple[tuple[T, int], ...]) -> tuple[list[T], list[int]]:
    return [value for value, _ in options], list(accumulate(weight for _, weight in options))


def weighted(rng: Random, options: tuple[tuple[T, int], ...]) -> T:
    """One option, drawn by weight (order-stable: no set or dict iteration)."""
    values, cumulative = _cumulative(options)
    chosen: T = rng.choices(values, cum_weights=cumulative)[0]
    return chosen


def random_plan(rng: Random) -> Plan:
    profile = weighted(rng, PROFILE_WEIGHTS)
    status = weighted(rng, STATUS_WEIGHTS[profile])
    if profile is Profile.RETENTION:
        return Plan(profile, None, status, closing=weighted(rng, RETENTION_CLOSINGS))
    return Plan(profile, None, status)


def plan_population(rng: Random, persons: int) -> list[Plan]:
    """One plan per person: the required situations first (as far as they fit), then
    random ones, in a shuffled order."""
    plans = list(REQUIRED[:persons])
    plans += [random_plan(rng) for _ in range(persons - len(plans))]
    rng.shuffle(plans)
    return plans
