"""The cumulation ban between BOB and paid IVT/IT for ages 18 to 21.

Deliberation IVC/KSZG/21/124 of 6 July 2021 (paragraphs 7, 8, 12 and 14):

* the ban window runs from the month after the 18th birthday to the month of the
  21st birthday, both inclusive, and never starts before the ban itself came into
  force (1 August 2020 by default; a dated parameter, passed in as `ban_start`);
* a month conflicts when it lies in the ban window, a BOB period *without* the
  voluntary-switch flag covers it and an IVT/IT period with a paid amount above
  0 EUR covers it;
* VSB's query window depends on the person's age on the query day (paragraph 12);
* an IVT/IT decision changed retroactively changes the BOB for the months between
  18 and 21 that it touches: owed again where IVT/IT is no longer paid, to be stopped
  where IVT/IT is now paid and a BOB period (without the flag) shows BOB was paid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cumuldesk.domain.months import Month, MonthRange, add_months, birthday
from cumuldesk.domain.periods import BobPeriod, IvtItPeriod

AGE_BAN_FROM = 18
AGE_BAN_UNTIL = 21
AGE_RETROACTIVE_UNTIL = 24


def ban_window(birth: date, ban_start: date) -> MonthRange | None:
    """Months in which BOB and a paid IVT/IT may not be combined, or None.

    None when the person turned 21 before the ban came into force.
    """
    start = max(Month.of(birthday(birth, AGE_BAN_FROM)) + 1, Month.of(ban_start))
    end = Month.of(birthday(birth, AGE_BAN_UNTIL))
    return MonthRange(start, end) if start <= end else None


def age_18_to_21_months(birth: date) -> MonthRange:
    """From the month of the 18th birthday to the month of the 21st birthday."""
    return MonthRange(
        Month.of(birthday(birth, AGE_BAN_FROM)), Month.of(birthday(birth, AGE_BAN_UNTIL))
    )


class MonthStatus(StrEnum):
    CONFLICT = "conflict"
    ALLOWED_VOLUNTARY_SWITCH = "allowed_voluntary_switch"
    ALLOWED_ZERO_AMOUNT = "allowed_zero_amount"
    BOB_ONLY = "bob_only"
    IVT_IT_ONLY = "ivt_it_only"
    NONE = "none"
    OUTSIDE_BAN_WINDOW = "outside_ban_window"


@dataclass(frozen=True)
class MonthAssessment:
    month: Month
    in_ban_window: bool
    bob: bool  # covered by a BOB period without the voluntary-switch flag
    bob_voluntary_switch: bool  # covered by a BOB period with the flag
    ivt_it: bool  # covered by any IVT/IT period
    ivt_it_paid: Decimal  # sum of the monthly amounts of the IVT/IT periods covering it
    status: MonthStatus


def _paid_amount(periods: Iterable[IvtItPeriod], month: Month) -> Decimal:
    return sum((p.monthly_amount for p in periods if p.period.covers(month)), Decimal("0"))


def assess_month(
    month: Month,
    window: MonthRange | None,
    bob_periods: Sequence[BobPeriod],
    ivt_it_periods: Sequence[IvtItPeriod],
) -> MonthAssessment:
    in_window = window is not None and month in window
    bob = any(b.period.covers(month) and not b.voluntary_switch for b in bob_periods)
    voluntary = any(b.period.covers(month) and b.voluntary_switch for b in bob_periods)
    ivt_it = any(p.period.covers(month) for p in ivt_it_periods)
    paid = _paid_amount(ivt_it_periods, month)
    has_bob = bob or voluntary
    if not in_window:
        status = MonthStatus.OUTSIDE_BAN_WINDOW
    elif bob and paid > 0:
        status = MonthStatus.CONFLICT
    elif has_bob and ivt_it:
        status = (
            MonthStatus.ALLOWED_ZERO_AMOUNT if paid == 0 else MonthStatus.ALLOWED_VOLUNTARY_SWITCH
        )
    elif has_bob:
        status = MonthStatus.BOB_ONLY
    elif ivt_it:
        status = MonthStatus.IVT_IT_ONLY
    else:
        status = MonthStatus.NONE
    return MonthAssessment(month, in_window, bob, voluntary, ivt_it, paid, status)


def assess_months(
    birth: date,
    ban_start: date,
    bob_periods: Sequence[BobPeriod],
    ivt_it_periods: Sequence[IvtItPeriod],
) -> list[MonthAssessment]:
    """Every month from the 18th to the 21st birthday with its cumulation status."""
    window = ban_window(birth, ban_start)
    return [
        assess_month(month, window, bob_periods, ivt_it_periods)
        for month in age_18_to_21_months(birth)
    ]


def conflict_months(
    birth: date,
    ban_start: date,
    bob_periods: Sequence[BobPeriod],
    ivt_it_periods: Sequence[IvtItPeriod],
) -> list[Month]:
    """Months of forbidden cumulation, in order."""
    return [
        a.month
        for a in assess_months(birth, ban_start, bob_periods, ivt_it_periods)
        if a.status is MonthStatus.CONFLICT
    ]


@dataclass(frozen=True)
class DateWindow:
    start: date
    end: date


def query_window(birth: date, query_day: date) -> DateWindow | None:
    """The period VSB asks about on `query_day` (deliberation paragraph 12).

    * 17 years 11 months up to 18: from the 18th birthday to the query day + 2 months;
    * 18 up to 21: from the 18th birthday to the query day;
    * 21 up to 24: from the query day - 3 years to the last day of the month of the
      21st birthday;
    * any other age: None.
    """
    b18 = birthday(birth, AGE_BAN_FROM)
    b21 = birthday(birth, AGE_BAN_UNTIL)
    b24 = birthday(birth, AGE_RETROACTIVE_UNTIL)
    if add_months(birth, 17 * 12 + 11) <= query_day < b18:
        return DateWindow(b18, add_months(query_day, 2))
    if b18 <= query_day < b21:
        return DateWindow(b18, query_day)
    if b21 <= query_day < b24:
        return DateWindow(add_months(query_day, -36), Month.of(b21).last_day)
    return None


@dataclass(frozen=True)
class RetroactiveImpact:
    bob_owed_again: tuple[Month, ...]  # IVT/IT no longer paid: BOB is owed again
    bob_must_stop: tuple[Month, ...]  # IVT/IT now paid: BOB must stop

    @property
    def changed(self) -> bool:
        return bool(self.bob_owed_again or self.bob_must_stop)


def retroactive_change(
    birth: date,
    ban_start: date,
    before: Sequence[IvtItPeriod],
    after: Sequence[IvtItPeriod],
    bob_periods: Sequence[BobPeriod] = (),
) -> RetroactiveImpact:
    """Months between 18 and 21 whose BOB changes because a decision changed.

    Only months in the ban window count. Months covered only by a voluntary-switch
    BOB period are left out: that BOB was never stopped and stays unchanged.

    * BOB owed again: IVT/IT was paid and no longer is (the BOB was stopped for that
      month, so no BOB period need cover it);
    * BOB must stop: IVT/IT is now paid where it was not, in a month where BOB was
      actually paid: covered by a BOB period without the voluntary-switch flag.
    """
    window = ban_window(birth, ban_start)
    owed: list[Month] = []
    stop: list[Month] = []
    if window is None:
        return RetroactiveImpact((), ())
    for month in window:
        covering = [b for b in bob_periods if b.period.covers(month)]
        if covering and all(b.voluntary_switch for b in covering):
            continue  # voluntary switch: that BOB was never stopped
        was_paid = _paid_amount(before, month) > 0
        is_paid = _paid_amount(after, month) > 0
        if was_paid and not is_paid:
            owed.append(month)
        elif is_paid and not was_paid and covering:  # BOB paid then (not voluntary)
            stop.append(month)
    return RetroactiveImpact(tuple(owed), tuple(stop))
