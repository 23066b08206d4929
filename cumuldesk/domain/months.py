"""Calendar arithmetic of the law: months as values, clamped month/year addition.

A month is a small value type (`Month`), never a string. Adding months to a date
clamps the day to the end of the target month: 31 January + 1 month is 28 (or 29)
February, and a person born on 29 February turns 18 on 28 February of a common year.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Invalid

_MONTH_RE = re.compile(r"([0-9]{4})-([0-9]{2})")  # ASCII digits only (fullmatch)


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    """`day` plus `months` calendar months, the day clamped to the target month's end."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def add_years(day: date, years: int) -> date:
    """`day` plus `years` years; 29 February becomes 28 February in a common year."""
    return add_months(day, 12 * years)


def birthday(birth: date, age: int) -> date:
    """The date on which someone born on `birth` reaches `age` years."""
    return add_years(birth, age)


def age_on(birth: date, on: date) -> int:
    """Completed years on `on` (the birthday itself counts as reached)."""
    years = on.year - birth.year
    if birthday(birth, years) > on:
        years -= 1
    return years


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month. Ordered, hashable, `Month(2024, 3) + 1 == Month(2024, 4)`."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1-12, got {self.month}")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year must be 1-9999, got {self.year}")

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        """Parse `YYYY-MM`; raises ValueError with a plain message otherwise."""
        match = _MONTH_RE.fullmatch(text.strip()) if isinstance(text, str) else None
        if not match:
            raise Invalid(
                QT_TRANSLATE_NOOP("DomainRules", "expected a month as YYYY-MM, for example 2024-03")
            )
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise Invalid(
                QT_TRANSLATE_NOOP("DomainRules", "month {month} does not exist (01-12)"),
                month=f"{month:02d}",
            )
        return cls(year, month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, days_in_month(self.year, self.month))

    def __add__(self, months: int) -> Month:
        return Month.of(add_months(self.first_day, months))

    def __sub__(self, other: int) -> Month:
        return self + (-other)

    def months_until(self, other: Month) -> int:
        """Number of months from self to other (negative when other is earlier)."""
        return (other.year - self.year) * 12 + (other.month - self.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class MonthRange:
    """An inclusive, non-empty range of months."""

    start: Month
    end: Month

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"month range ends ({self.end}) before it starts ({self.start})")

    def __contains__(self, month: object) -> bool:
        return isinstance(month, Month) and self.start <= month <= self.end

    def __iter__(self) -> Iterator[Month]:
        month = self.start
        while month <= self.end:
            yield month
            month = month + 1

    def __len__(self) -> int:
        return self.start.months_until(self.end) + 1

    def __str__(self) -> str:
        return f"{self.start} to {self.end}"
