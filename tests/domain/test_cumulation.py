"""The cumulation rules of deliberation 21/124, with the edge cases a handler meets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cumuldesk.domain.cumulation import (
    MonthStatus,
    assess_months,
    ban_window,
    conflict_months,
    query_window,
    retroactive_change,
)
from cumuldesk.domain.months import Month, add_months, birthday
from cumuldesk.domain.periods import BobPeriod, IvtItPeriod, Period, Regulation

BAN_START = date(2020, 8, 1)


def m(text: str) -> Month:
    return Month.parse(text)


def months(first: str, last: str) -> list[Month]:
    out, month = [], m(first)
    while month <= m(last):
        out.append(month)
        month = month + 1
    return out


def bob(start: date, end: date | None = None, voluntary: bool = False) -> BobPeriod:
    return BobPeriod(Period(start, end), voluntary)


def ivt(start: date, end: date | None, amount: str, regulation: str = "IVT") -> IvtItPeriod:
    return IvtItPeriod(Period(start, end), Decimal(amount), Regulation(regulation))


@pytest.mark.parametrize(
    ("birth", "first", "last"),
    [
        (date(2004, 3, 15), "2022-04", "2025-03"),  # ordinary
        (date(2005, 3, 1), "2023-04", "2026-03"),  # born on the 1st: still the month after
        (date(2005, 1, 31), "2023-02", "2026-01"),  # born on the 31st
        (date(2004, 2, 29), "2022-03", "2025-02"),  # leap day: 18 on 28 Feb 2022
        (date(2005, 12, 31), "2024-01", "2026-12"),  # year boundary
        (date(2000, 5, 10), "2020-08", "2021-05"),  # never before August 2020
        (date(1999, 8, 10), "2020-08", "2020-08"),  # 21 in August 2020: one month
    ],
)
def test_ban_window_runs_from_the_month_after_18_to_the_month_of_21(birth, first, last):
    window = ban_window(birth, BAN_START)
    assert window is not None
    assert (str(window.start), str(window.end)) == (first, last)


def test_no_ban_window_for_someone_who_turned_21_before_august_2020():
    assert ban_window(date(1999, 7, 10), BAN_START) is None


def test_ban_start_is_a_parameter_not_a_constant():
    # The secondary source's date (1 June 2021) moves the start of the window.
    window = ban_window(date(2001, 5, 10), date(2021, 6, 1))
    assert window is not None and str(window.start) == "2021-06"


BIRTH = date(2004, 3, 15)  # window 2022-04 .. 2025-03


def test_conflict_months_need_bob_and_a_paid_ivt_it_in_the_window():
    result = conflict_months(
        BIRTH,
        BAN_START,
        [bob(date(2021, 1, 1))],
        [ivt(date(2022, 6, 20), date(2023, 1, 5), "1000.00")],
    )
    # 20 June covers June, 5 January covers January: partial months count.
    assert result == months("2022-06", "2023-01")


def test_a_single_day_covers_a_month():
    result = conflict_months(
        BIRTH,
        BAN_START,
        [bob(date(2021, 1, 1), date(2022, 6, 1))],
        [ivt(date(2022, 5, 31), None, "10.00")],
    )
    assert result == [m("2022-05"), m("2022-06")]


def test_open_periods_run_to_the_month_of_the_21st_birthday_and_not_beyond():
    result = conflict_months(
        BIRTH, BAN_START, [bob(date(2019, 1, 1))], [ivt(date(2022, 1, 1), None, "1.00")]
    )
    assert result == months("2022-04", "2025-03")


def test_months_before_the_window_never_conflict():
    statuses = assess_months(
        BIRTH, BAN_START, [bob(date(2021, 1, 1))], [ivt(date(2022, 3, 1), None, "900.00")]
    )
    by_month = {str(a.month): a.status for a in statuses}
    assert by_month["2022-03"] is MonthStatus.OUTSIDE_BAN_WINDOW  # month of the 18th birthday
    assert by_month["2022-04"] is MonthStatus.CONFLICT
    assert by_month["2025-03"] is MonthStatus.CONFLICT  # month of the 21st birthday
    assert str(statuses[-1].month) == "2025-03"
    assert str(statuses[0].month) == "2022-03"


def test_zero_amount_decision_does_not_trigger_the_ban():
    statuses = assess_months(
        BIRTH, BAN_START, [bob(date(2021, 1, 1))], [ivt(date(2022, 4, 1), None, "0.00")]
    )
    assert all(a.status is not MonthStatus.CONFLICT for a in statuses)
    assert {a.status for a in statuses if a.in_ban_window} == {MonthStatus.ALLOWED_ZERO_AMOUNT}


def test_voluntary_switch_keeps_bob():
    statuses = assess_months(
        BIRTH,
        BAN_START,
        [bob(date(2021, 1, 1), voluntary=True)],
        [ivt(date(2022, 4, 1), None, "950.00")],
    )
    assert (
        conflict_months(
            BIRTH,
            BAN_START,
            [bob(date(2021, 1, 1), voluntary=True)],
            [ivt(date(2022, 4, 1), None, "950.00")],
        )
        == []
    )
    assert {a.status for a in statuses if a.in_ban_window} == {MonthStatus.ALLOWED_VOLUNTARY_SWITCH}


def test_ivt_and_it_decisions_add_up_a_zero_ivt_with_a_paid_it_conflicts():
    result = conflict_months(
        BIRTH,
        BAN_START,
        [bob(date(2021, 1, 1))],
        [
            ivt(date(2022, 4, 1), None, "0.00", "IVT"),
            ivt(date(2023, 1, 1), date(2023, 2, 28), "120.50", "IT"),
        ],
    )
    assert result == [m("2023-01"), m("2023-02")]


def test_statuses_without_overlap():
    statuses = assess_months(
        BIRTH,
        BAN_START,
        [bob(date(2022, 4, 1), date(2022, 6, 30))],
        [ivt(date(2022, 9, 1), date(2022, 9, 30), "500.00")],
    )
    by_month = {str(a.month): a for a in statuses}
    assert by_month["2022-05"].status is MonthStatus.BOB_ONLY
    assert by_month["2022-08"].status is MonthStatus.NONE
    assert by_month["2022-09"].status is MonthStatus.IVT_IT_ONLY
    assert by_month["2022-09"].ivt_it_paid == Decimal("500.00")


def test_conflicts_for_a_person_18_before_the_ban_start_only_from_august_2020():
    result = conflict_months(
        date(2000, 5, 10), BAN_START, [bob(date(2019, 1, 1))], [ivt(date(2018, 6, 1), None, "800")]
    )
    assert result == months("2020-08", "2021-05")


# Query windows, paragraph 12 of the deliberation. Born 31 January 2005:
# 17 years 11 months on 31 Dec 2022, 18 on 31 Jan 2023, 21 on 31 Jan 2026, 24 on 31 Jan 2029.
QUERY_BIRTH = date(2005, 1, 31)


@pytest.mark.parametrize(
    ("query_day", "expected"),
    [
        (date(2022, 12, 30), None),  # 17 y 10 m
        (date(2022, 12, 31), (date(2023, 1, 31), date(2023, 2, 28))),  # +2 months, clamped
        (date(2023, 1, 30), (date(2023, 1, 31), date(2023, 3, 30))),
        (date(2023, 1, 31), (date(2023, 1, 31), date(2023, 1, 31))),  # 18: up to the query day
        (date(2026, 1, 30), (date(2023, 1, 31), date(2026, 1, 30))),
        (date(2026, 1, 31), (date(2023, 1, 31), date(2026, 1, 31))),  # 21: end of month of 21
        (date(2027, 6, 15), (date(2024, 6, 15), date(2026, 1, 31))),
        (date(2029, 1, 30), (date(2026, 1, 30), date(2026, 1, 31))),
        (date(2029, 1, 31), None),  # 24
        (date(2010, 1, 1), None),
    ],
)
def test_query_window_by_age_on_the_query_day(query_day, expected):
    window = query_window(QUERY_BIRTH, query_day)
    assert (None if window is None else (window.start, window.end)) == expected


def test_query_window_for_a_leap_day_birth():
    birth = date(2004, 2, 29)  # 17 y 11 m on 29 Jan 2022, 18 on 28 Feb 2022
    assert query_window(birth, date(2022, 1, 28)) is None
    window = query_window(birth, date(2022, 1, 29))
    assert window is not None and (window.start, window.end) == (
        date(2022, 2, 28),
        date(2022, 3, 29),
    )


@given(
    st.dates(min_value=date(1996, 1, 1), max_value=date(2012, 12, 31)),
    st.dates(min_value=date(2013, 1, 1), max_value=date(2040, 12, 31)),
)
def test_query_window_always_starts_before_it_ends_and_inside_18_to_21(birth, query_day):
    window = query_window(birth, query_day)
    if window is None:
        return
    assert window.start <= window.end
    assert window.start >= add_months(birthday(birth, 18), -36) or window.start >= birthday(
        birth, 18
    )
    assert window.end <= max(add_months(query_day, 2), Month.of(birthday(birth, 21)).last_day)


def test_retroactive_cancellation_makes_bob_owed_again():
    before = [ivt(date(2022, 4, 1), None, "900.00")]
    after = [
        ivt(date(2022, 4, 1), date(2023, 6, 30), "900.00"),
        ivt(date(2023, 7, 1), None, "0.00"),
    ]
    impact = retroactive_change(BIRTH, BAN_START, before, after)
    assert list(impact.bob_owed_again) == months("2023-07", "2025-03")
    assert impact.bob_must_stop == ()


def test_retroactive_grant_makes_bob_stop_only_inside_18_to_21():
    before: list[IvtItPeriod] = []
    after = [ivt(date(2024, 10, 1), None, "700.00")]  # runs on past the 21st birthday
    periods = [bob(date(2022, 4, 1))]  # BOB paid from 2022-04, still running
    impact = retroactive_change(BIRTH, BAN_START, before, after, periods)
    assert list(impact.bob_must_stop) == months("2024-10", "2025-03")
    assert impact.bob_owed_again == ()


def test_bob_must_stop_only_in_months_where_bob_was_paid():
    before: list[IvtItPeriod] = []
    after = [ivt(date(2024, 6, 1), None, "700.00")]  # IVT now paid 2024-06 .. 2025-03
    periods = [
        bob(date(2024, 1, 1), date(2024, 8, 31)),  # BOB paid 2024-01 .. 2024-08
        # 2024-09 .. 2024-10: no BOB period, no BOB paid: nothing to stop
        bob(date(2024, 11, 1), date(2024, 12, 31), voluntary=True),  # kept: voluntary
        bob(date(2025, 1, 15), None),  # BOB paid again from 2025-01 (one day counts)
    ]
    impact = retroactive_change(BIRTH, BAN_START, before, after, periods)
    # 2024-06, 2024-07, 2024-08 and 2025-01, 2025-02, 2025-03
    assert list(impact.bob_must_stop) == months("2024-06", "2024-08") + months("2025-01", "2025-03")
    assert impact.bob_owed_again == ()


def test_without_bob_periods_no_bob_must_stop_but_bob_can_be_owed_again():
    # BOB was stopped in the months IVT/IT was paid, so no BOB period covers them
    before = [ivt(date(2024, 6, 1), date(2024, 8, 31), "700.00")]
    after = [ivt(date(2024, 9, 1), None, "700.00")]
    impact = retroactive_change(BIRTH, BAN_START, before, after)
    assert list(impact.bob_owed_again) == months("2024-06", "2024-08")
    assert impact.bob_must_stop == ()


def test_retroactive_amount_change_that_stays_paid_changes_nothing():
    before = [ivt(date(2022, 4, 1), None, "900.00")]
    after = [ivt(date(2022, 4, 1), None, "650.00")]
    assert not retroactive_change(BIRTH, BAN_START, before, after).changed


def test_retroactive_change_leaves_voluntary_switch_months_alone():
    before = [ivt(date(2022, 4, 1), None, "900.00")]
    after: list[IvtItPeriod] = []
    periods = [bob(date(2021, 1, 1), date(2022, 12, 31), voluntary=True)]
    impact = retroactive_change(BIRTH, BAN_START, before, after, periods)
    assert list(impact.bob_owed_again) == months("2023-01", "2025-03")
