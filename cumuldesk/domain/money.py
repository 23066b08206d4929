"""Money is Decimal, rounded to the cent half-up (never float)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def cents(amount: Decimal) -> Decimal:
    """Round to the cent, half-up (0.005 -> 0.01)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_amount(text: object) -> Decimal:
    """A non-negative amount with at most two decimals, from text such as "1234.56".

    Raises ValueError with a plain message. Floats are refused: they cannot hold
    cents exactly.
    """
    if isinstance(text, bool) or not isinstance(text, (str, int, Decimal)):
        raise ValueError('expected an amount as text with a dot for decimals, e.g. "1234.56"')
    try:
        amount = Decimal(str(text).strip())
    except InvalidOperation:
        raise ValueError('expected an amount with a dot for decimals, e.g. "1234.56"') from None
    if not amount.is_finite():
        raise ValueError("expected a finite amount")
    if amount < 0:
        raise ValueError("the amount is negative")
    if amount != amount.quantize(CENT):
        raise ValueError("the amount has more than two decimals")
    return amount.quantize(CENT)


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
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{separator.join(groups)},{decimals}"
