"""Money, days, months and moments as the handler reads them (Belgian style)."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from cumuldesk.domain.months import Month
from cumuldesk.ui.kit.formatting import day, moment, money, money_eur, month_label


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("1234.56"), "1.234,56"),
        (Decimal("0"), "0,00"),
        (Decimal("898.2"), "898,20"),
        (Decimal("1234567.891"), "1.234.567,89"),
        (Decimal("0.005"), "0,01"),  # half-up, never banker's rounding
        (Decimal("-1500"), "-1.500,00"),
        (12, "12,00"),
        (None, "-"),
    ],
)
def test_money_uses_a_dot_for_thousands_and_a_comma_for_cents(value, shown):
    assert money(value) == shown


def test_money_eur_adds_the_currency():
    assert money_eur(Decimal("1234.56")) == "1.234,56 EUR"
    assert money_eur(None) == "-"


def test_days_and_months():
    assert day(date(2023, 3, 15)) == "15/03/2023"
    assert day(None) == "-"
    assert month_label(Month(2023, 3)) == "03/2023"
    assert month_label(None) == "-"


@pytest.fixture
def brussels_time(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_moments_are_shown_in_local_time(brussels_time):
    summer = datetime(2023, 7, 1, 12, 5, tzinfo=UTC)
    assert moment(summer) == "01/07/2023 14:05"  # CEST, UTC+2
    assert moment(datetime(2023, 1, 15, 23, 30)) == "16/01/2023 00:30"  # naive = UTC
    assert moment(None) == "-"
