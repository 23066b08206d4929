"""Monthly amounts of each benefit: given by a decision, or computed from dated parameters.

Each source of an amount is a small value (`Decided`, `IvtFromCategory`, ...) with a
`monthly(on, params)` method returning the amount in force on the day `on` and the
parameter values it used, and a `basis` sentence saying how it was obtained.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cumuldesk.domain.law import LegalParameters, LegalValue
from cumuldesk.domain.money import ZERO, cents
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Invalid

MONTHS_PER_YEAR = Decimal(12)

Computed = tuple[Decimal, tuple[LegalValue, ...]]


class Category(StrEnum):
    """IVT category: A lives with relatives or other, B alone or in an institution,
    C household with a non-relative partner or dependent children."""

    A = "A"
    B = "B"
    C = "C"


@dataclass(frozen=True)
class Decided:
    """A monthly amount taken from a decision, as is."""

    monthly_amount: Decimal

    def monthly(self, on: date, params: LegalParameters) -> Computed:
        return self.monthly_amount, ()

    @property
    def basis(self) -> str:
        return f"decided monthly amount {self.monthly_amount:.2f} EUR"


@dataclass(frozen=True)
class IvtFromCategory:
    """IVT computed from the yearly maximum of the category minus the counted income.

    Only the person's own taxable income and that of a non-relative partner above the
    partner exemption count; parents' income never does. The work-income exemptions
    of the person are not modelled: enter the decided amount when it is known.
    """

    category: Category
    own_income: Decimal = ZERO
    partner_income: Decimal = ZERO

    def monthly(self, on: date, params: LegalParameters) -> Computed:
        maximum = params.get("ivt_yearly", on, self.category.value)
        used = [maximum]
        counted = self.own_income
        if self.partner_income > 0:
            exemption = params.get("ivt_partner_exemption", on)
            used.append(exemption)
            counted += max(ZERO, self.partner_income - exemption.amount)
        yearly = max(ZERO, maximum.amount - counted)
        return cents(yearly / MONTHS_PER_YEAR), tuple(used)

    @property
    def basis(self) -> str:
        return (
            f"computed from parameters: category {self.category.value}, yearly own income "
            f"{self.own_income:.2f} EUR, yearly partner income {self.partner_income:.2f} EUR "
            "(work-income exemptions not applied)"
        )


# Points on the self-reliance scale -> IT category (law of 27 Feb 1987, art. 6).
_IT_CATEGORIES = ((17, "5"), (15, "4"), (12, "3"), (9, "2"), (7, "1"))
IT_MAX_POINTS = 18


def it_category(points: int) -> str | None:
    """IT category "1".."5" for the points, None below 7 points (no IT)."""
    for minimum, category in _IT_CATEGORIES:
        if points >= minimum:
            return category
    return None


@dataclass(frozen=True)
class ItFromPoints:
    points: int

    def __post_init__(self) -> None:
        if not 0 <= self.points <= IT_MAX_POINTS:
            raise Invalid(
                QT_TRANSLATE_NOOP("DomainRules", "IT points must be 0 to {max}"), max=IT_MAX_POINTS
            )

    def monthly(self, on: date, params: LegalParameters) -> Computed:
        category = it_category(self.points)
        if category is None:
            return ZERO, ()
        yearly = params.get("it_yearly", on, category)
        return cents(yearly.amount / MONTHS_PER_YEAR), (yearly,)

    @property
    def basis(self) -> str:
        category = it_category(self.points)
        if category is None:
            return f"computed from parameters: {self.points} points, below 7: no IT"
        return f"computed from parameters: {self.points} points, category {category}"


# the brackets in words, for the basis sentence that the letters and the advice note quote
ZORGTOESLAG_BRACKET_WORDS = {
    "p1_4_total_lt6": "at least 4 points in pillar 1, fewer than 6 in total",
    "total_6_8": "6 to 8 points",
    "total_9_11": "9 to 11 points",
    "total_12_14_or_p1_4_total_6_11": "12 to 14 points, or 6 to 11 with at least 4 in pillar 1",
    "total_15_17": "15 to 17 points",
    "total_18_20": "18 to 20 points",
    "total_gt20": "more than 20 points",
}
ZT_MAX_POINTS = 36
ZT_MAX_PILLAR1 = 6


def zorgtoeslag_bracket(points: int, pillar1_points: int) -> str | None:
    """The zorgtoeslag bracket for the medical-social scale points, None when no right."""
    if points > 20:
        return "total_gt20"
    if points >= 18:
        return "total_18_20"
    if points >= 15:
        return "total_15_17"
    if points >= 12 or (points >= 6 and pillar1_points >= 4):
        return "total_12_14_or_p1_4_total_6_11"
    if points >= 9:
        return "total_9_11"
    if points >= 6:
        return "total_6_8"
    if pillar1_points >= 4:
        return "p1_4_total_lt6"
    return None


@dataclass(frozen=True)
class ZorgtoeslagFromPoints:
    points: int
    pillar1_points: int

    def __post_init__(self) -> None:
        if not 0 <= self.points <= ZT_MAX_POINTS:
            raise Invalid(
                QT_TRANSLATE_NOOP("DomainRules", "zorgtoeslag points must be 0 to {max}"),
                max=ZT_MAX_POINTS,
            )
        if not 0 <= self.pillar1_points <= ZT_MAX_PILLAR1:
            raise Invalid(
                QT_TRANSLATE_NOOP("DomainRules", "pillar 1 points must be 0 to {max}"),
                max=ZT_MAX_PILLAR1,
            )
        if self.pillar1_points > self.points:
            raise Invalid(
                QT_TRANSLATE_NOOP("DomainRules", "pillar 1 points cannot exceed the total points")
            )

    def monthly(self, on: date, params: LegalParameters) -> Computed:
        bracket = zorgtoeslag_bracket(self.points, self.pillar1_points)
        if bracket is None:
            return ZERO, ()
        value = params.get("zorgtoeslag_monthly", on, bracket)
        return value.amount, (value,)

    @property
    def basis(self) -> str:
        bracket = zorgtoeslag_bracket(self.points, self.pillar1_points)
        where = (
            f"bracket {ZORGTOESLAG_BRACKET_WORDS[bracket]}"
            if bracket
            else ("no zorgtoeslag at these points")
        )
        return (
            f"computed from parameters: {self.points} points, {self.pillar1_points} in pillar 1, "
            f"{where}"
        )


@dataclass(frozen=True)
class BobFromParameter:
    """The BOB / ondersteuningstoeslag amount in force."""

    def monthly(self, on: date, params: LegalParameters) -> Computed:
        value = params.get("bob_monthly", on)
        return value.amount, (value,)

    @property
    def basis(self) -> str:
        return "amount in force from parameters"


AmountSource = Decided | IvtFromCategory | ItFromPoints | ZorgtoeslagFromPoints | BobFromParameter
