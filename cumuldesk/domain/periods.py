"""Payment periods of a dossier: BOB periods and IVT/IT periods.

A period runs from a start date to an end date (both inclusive) or stays open.
It covers a month when it includes at least one day of that month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cumuldesk.domain.months import Month
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Invalid


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None = None  # None: open, still running

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise Invalid(QT_TRANSLATE_NOOP("DomainRules", "the end date is before the start date"))

    def covers(self, month: Month) -> bool:
        """True when the period includes at least one day of `month`."""
        return self.start <= month.last_day and (self.end is None or self.end >= month.first_day)

    def overlaps(self, other: Period) -> bool:
        return (self.end is None or other.start <= self.end) and (
            other.end is None or self.start <= other.end
        )


class Regulation(StrEnum):
    """The regulation under which an IVT/IT amount is paid."""

    IVT = "IVT"
    IT = "IT"
    IVT_IT = "IVT+IT"


@dataclass(frozen=True)
class BobPeriod:
    """A BOB (ondersteuningstoeslag) payment period from the VSB file."""

    period: Period
    voluntary_switch: bool = False  # switched voluntarily from NRTH to BOB: keeps BOB


@dataclass(frozen=True)
class IvtItPeriod:
    """An IVT/IT period of a decision with its total monthly paid amount."""

    period: Period
    monthly_amount: Decimal
    regulation: Regulation

    def __post_init__(self) -> None:
        if self.monthly_amount < 0:
            raise Invalid(QT_TRANSLATE_NOOP("DomainRules", "the monthly amount is negative"))

    @property
    def is_paid(self) -> bool:
        """A decision with a paid amount of 0 EUR does not trigger the cumulation ban."""
        return self.monthly_amount > 0
