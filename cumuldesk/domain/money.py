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
