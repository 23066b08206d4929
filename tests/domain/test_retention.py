"""Retention periods of deliberation 21/124, paragraph 34."""

from __future__ import annotations

from datetime import date

import pytest

from cumuldesk.domain.retention import CaseFacts, RetentionRule, case_expiry, retention_due

TODAY = date(2026, 11, 23)


def case(renounced=None, ended=None, judgment=None) -> CaseFacts:
    return CaseFacts(renounced, ended, judgment)


@pytest.mark.parametrize(
    ("death", "cases", "expected"),
    [
        (date(2016, 11, 23), [], RetentionRule.DEATH),  # exactly 10 years
        (date(2016, 11, 24), [], None),  # one day short
        (None, [case(renounced=date(2025, 11, 23))], RetentionRule.NEGATIVE_ANSWER),
        (None, [case(renounced=date(2025, 11, 24))], None),
        (None, [case(ended=date(2016, 11, 23))], RetentionRule.RIGHTS_ENDED),
        (None, [case(ended=date(2017, 1, 1))], None),
        (None, [case(judgment=date(2015, 2, 1))], RetentionRule.JUDGMENT),
        (None, [], None),  # no case, no rule: kept
        (None, [case()], None),  # a running case keeps the person
    ],
)
def test_retention_due(death, cases, expected):
    assert retention_due(death, cases, TODAY) == expected


def test_every_case_must_have_expired():
    old = case(ended=date(2010, 1, 1))
    running = case()
    assert retention_due(None, [old, running], TODAY) is None
    assert retention_due(None, [old, case(renounced=date(2020, 1, 1))], TODAY) is not None


def test_a_later_event_keeps_the_data_longer():
    # renounced in 2020 (1 year) but a judgment on appeal in 2022 (10 years)
    facts = case(renounced=date(2020, 3, 1), judgment=date(2022, 6, 1))
    assert case_expiry(facts) == (date(2032, 6, 1), RetentionRule.JUDGMENT)
    assert retention_due(None, [facts], TODAY) is None


def test_leap_day_anniversaries_clamp():
    assert case_expiry(case(renounced=date(2024, 2, 29))) == (
        date(2025, 2, 28),
        RetentionRule.NEGATIVE_ANSWER,
    )
