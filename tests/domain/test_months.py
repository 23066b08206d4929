from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cumuldesk.domain.months import (
    Month,
    MonthRange,
    add_months,
    add_years,
    age_on,
    birthday,
    days_in_month,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 5, 31), 1, date(2024, 6, 30)),
        (date(2024, 8, 31), 4, date(2024, 12, 31)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),
        (date(2024, 1, 1), -13, date(2022, 12, 1)),
        (date(2024, 10, 31), 0, date(2024, 10, 31)),
    ],
)
def test_add_months_clamps_the_day_to_the_end_of_the_target_month(start, months, expected):
    assert add_months(start, months) == expected


def test_leap_day_birth_reaches_18_on_28_february():
    assert birthday(date(2004, 2, 29), 18) == date(2022, 2, 28)
    assert birthday(date(2004, 2, 29), 20) == date(2024, 2, 29)
    assert add_years(date(2004, 2, 29), 21) == date(2025, 2, 28)


def test_age_counts_the_birthday_itself():
    birth = date(2004, 2, 29)
    assert age_on(birth, date(2022, 2, 27)) == 17
    assert age_on(birth, date(2022, 2, 28)) == 18
    assert age_on(date(2005, 12, 31), date(2023, 12, 30)) == 17
    assert age_on(date(2005, 12, 31), date(2023, 12, 31)) == 18


dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@given(dates, st.integers(min_value=-600, max_value=600))
def test_add_months_lands_in_the_right_month_with_a_clamped_day(day, months):
    result = add_months(day, months)
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    assert (result.year, result.month) == (year, month0 + 1)
    assert result.day == min(day.day, days_in_month(result.year, result.month))


@given(dates, st.integers(min_value=-600, max_value=600))
def test_add_months_is_reversible_when_no_clamping_happens(day, months):
    if day.day <= 28:
        assert add_months(add_months(day, months), -months) == day


@given(dates, st.integers(min_value=0, max_value=60))
def test_add_years_is_twelve_months_and_never_moves_past_the_month(day, years):
    result = add_years(day, years)
    assert result == add_months(day, 12 * years)
    assert result.month == day.month
    assert result.day == day.day or (day.month, day.day) == (2, 29)


@given(dates, dates)
def test_age_changes_exactly_on_birthdays(birth, on):
    if on < birth:
        return
    age = age_on(birth, on)
    assert birthday(birth, age) <= on < birthday(birth, age + 1)


def test_month_value_type():
    assert Month(2024, 12) + 1 == Month(2025, 1)
    assert Month(2024, 1) - 1 == Month(2023, 12)
    assert Month.parse("2024-03") == Month(2024, 3)
    assert str(Month(2024, 3)) == "2024-03"
    assert Month(2024, 2).last_day == date(2024, 2, 29)
    assert Month(2023, 2).last_day == date(2023, 2, 28)
    assert Month.of(date(2024, 7, 19)).first_day == date(2024, 7, 1)
    assert Month(2024, 1) < Month(2024, 2) < Month(2025, 1)
    for bad in ("2024-13", "2024-3", "24-03", "march", ""):
        with pytest.raises(ValueError):
            Month.parse(bad)


def test_month_range_is_inclusive():
    months = list(MonthRange(Month(2024, 11), Month(2025, 2)))
    assert [str(m) for m in months] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert len(MonthRange(Month(2024, 11), Month(2025, 2))) == 4
    assert Month(2025, 2) in MonthRange(Month(2024, 11), Month(2025, 2))
    assert Month(2025, 3) not in MonthRange(Month(2024, 11), Month(2025, 2))
    with pytest.raises(ValueError):
        MonthRange(Month(2025, 1), Month(2024, 12))


@given(dates)
def test_every_day_of_a_month_maps_to_that_month(day):
    month = Month.of(day)
    assert month.first_day <= day <= month.last_day
    assert Month.of(month.last_day + timedelta(days=1)) == month + 1
