"""How the desktop application shows money, days, months and moments: one place.

Belgian style for now: `1.234,56` (dot for thousands, comma for decimals), days as
`15/03/2023`, months as `03/2023`, moments in the local time zone `15/03/2023 14:05`.
Qt-free plain functions (tested without a QApplication); they live in `ui/` because
the language chosen in the application (issue 7) will decide the style.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

NONE_SHOWN = "-"
CURRENCY = "EUR"
_CENT = Decimal("0.01")


class _MonthLike(Protocol):
    year: int
    month: int


def money(value: Decimal | int | None) -> str:
    """`1.234,56` (rounded half-up to the cent); "-" for None."""
    if value is None:
        return NONE_SHOWN
    amount = Decimal(value).quantize(_CENT, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, cents = f"{abs(amount):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{'.'.join(groups)},{cents}"


def money_eur(value: Decimal | int | None) -> str:
    """`1.234,56 EUR`; "-" for None."""
    return NONE_SHOWN if value is None else f"{money(value)} {CURRENCY}"


def day(value: date | None) -> str:
    """`15/03/2023`; "-" for None."""
    if value is None:
        return NONE_SHOWN
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def month_label(month: _MonthLike | None) -> str:
    """`03/2023` for a `Month` (or anything with a year and a month); "-" for None."""
    if month is None:
        return NONE_SHOWN
    return f"{month.month:02d}/{month.year:04d}"


def moment(value: datetime | None) -> str:
    """`15/03/2023 14:05` in the local time zone. A moment without a time zone is taken
    as UTC (the cache stores UTC without one). "-" for None."""
    if value is None:
        return NONE_SHOWN
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone()
    return f"{day(local.date())} {local.hour:02d}:{local.minute:02d}"
