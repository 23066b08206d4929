"""Money is Decimal, rounded to the cent half-up (never float)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Invalid

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def cents(amount: Decimal) -> Decimal:
    """Round to the cent, half-up (0.005 -> 0.01)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


MAX_AMOUNT = Decimal("9999999.99")  # below ten million EUR: any monthly or yearly amount
_AMOUNT = re.compile(r"([0-9]+)(?:\.([0-9]+))?")  # ASCII digits only (fullmatch)


def parse_amount(text: object) -> Decimal:
    """A non-negative amount from text such as "1234.56": ASCII digits, optionally a dot
    and one or two decimals, at most `MAX_AMOUNT`. Nothing else: no spaces, sign,
    exponent, underscores, other scripts' digits, nor a JSON number (a float cannot hold
    cents exactly).

    Raises ValueError with a plain message.
    """
    if not isinstance(text, str):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "DomainRules", 'expected an amount as text with a dot for decimals, e.g. "1234.56"'
            )
        )
    match = _AMOUNT.fullmatch(text)
    if match is None:
        if text.startswith("-") and _AMOUNT.fullmatch(text[1:]):
            raise Invalid(QT_TRANSLATE_NOOP("DomainRules", "the amount is negative"))
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "DomainRules",
                'expected an amount with digits 0-9 and a dot for decimals, e.g. "1234.56"',
            )
        )
    whole, decimals = match.groups()
    if decimals is not None and len(decimals) > 2:
        raise Invalid(QT_TRANSLATE_NOOP("DomainRules", "the amount has more than two decimals"))
    if len(whole.lstrip("0")) > len(str(int(MAX_AMOUNT))):
        raise Invalid(
            QT_TRANSLATE_NOOP("DomainRules", "the amount is above the maximum of {max}"),
            max=MAX_AMOUNT,
        )
    return Decimal(text).quantize(CENT)


def format_amount(amount: Decimal) -> str:
    """Two decimals, dot separator: the machine form used in JSON."""
    return str(cents(amount))


NBSP = "\u00a0"
# thousands separator per language ("en": the source language of the interface)
THOUSANDS = {"nl": ".", "de": ".", "fr": NBSP, "en": "."}


def belgian_amount(value: Decimal | int | str, language: str = "nl") -> str:
    """The Belgian way in `language`: `1.234,56` in Dutch and German, `1 234,56` in
    French (a no-break space between the thousands, so an amount never breaks over two
    lines); `-1.234,56` for a negative amount; rounded half-up to the cent."""
    try:
        separator = THOUSANDS[language]
    except KeyError:
        raise ValueError(f"no amount format for language {language!r}") from None
    rounded = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, decimals = f"{abs(rounded):.2f}".split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{separator.join(groups)},{decimals}"
