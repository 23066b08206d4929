"""How the desktop application shows money, days, months and moments: one place.

The Belgian way for the interface language (`set_language`, called by
`cumuldesk.ui.kit.i18n.install_translators`): amounts `1.234,56 EUR` in Dutch and German,
`1 234,56 EUR` in French (a no-break space between the thousands, so an amount never
breaks over two lines); days `15/03/2023`, months `03/2023`, moments in the local time
zone `15/03/2023 14:05` in every language. Qt-free plain functions (tested without a
QApplication).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Protocol

from cumuldesk.domain.money import THOUSANDS, belgian_amount

NONE_SHOWN = "-"
CURRENCY = "EUR"
_style = {"language": "nl"}


def set_language(language: str) -> None:
    """Format the way `language` ("nl", "fr", "de"; "en" = as Dutch) writes in Belgium."""
    if language not in THOUSANDS:
        raise ValueError(f"no formatting for language {language!r}")
    _style["language"] = language


class _MonthLike(Protocol):
    @property
    def year(self) -> int: ...

    @property
    def month(self) -> int: ...


def money(value: Decimal | int | None, language: str | None = None) -> str:
    """`1.234,56` (`1 234,56` in French; rounded half-up to the cent); "-" for None.
    `language`: another than the interface's (a letter in the applicant's language)."""
    if value is None:
        return NONE_SHOWN
    return belgian_amount(value, language or _style["language"])


def money_eur(value: Decimal | int | None, language: str | None = None) -> str:
    """`1.234,56 EUR` (`1 234,56 EUR` in French); "-" for None."""
    return NONE_SHOWN if value is None else f"{money(value, language)} {CURRENCY}"


def count(value: int) -> str:
    """A whole number the Belgian way for the interface language: `5.000` in Dutch and
    German, `5 000` in French (a no-break space)."""
    separator = THOUSANDS[_style["language"]]
    return f"{value:,}".replace(",", separator)


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
