"""The work list: every case of the team from the cache, with the conflict months that
`check` finds, the retroactive flags and the changes waiting to be pushed; and filters
that select the right cases, at the edges of their dates too."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from factories import identity_of
from sqlalchemy import insert, select
from ui.conftest import DEMO_TODAY, HANDLER, NOW, UI_CACHE_KEY, _central, ui_files, ui_template

from cumuldesk.domain.cumulation import DateWindow, conflict_months, query_window
from cumuldesk.domain.months import Month
from cumuldesk.domain.periods import BobPeriod, IvtItPeriod, Period, Regulation
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.cases import add_note
from cumuldesk.services.dossiers.store import stored_dossier
from cumuldesk.services.reports import ban_start, check
from cumuldesk.services.worklist import (
    CONFLICTS_NOW,
    FILTERS,
    PROPOSAL_TO_SEND,
    RENUNCIATION_TO_PROPOSE,
    RETROACTIVE,
    TURNING_18_SOON,
    WAITING_PAST_DEADLINE,
    WorkItem,
    conflict_month_numbers,
    filter_counts,
    load_worklist,
    month_index,
    month_text,
    select_items,
)
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import retro_flags
from cumuldesk.storage.models import Case, CaseStatus

__all__ = ["ui_files", "ui_template"]  # fixtures shared with the desktop tests

TEAM = "Team Gent"
PARAMS = load_parameters()


@pytest.fixture
def cache(ui_files):
    opened = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)
    yield opened
    opened.close()


def test_every_case_of_the_team_is_listed_and_no_other(cache):
    cases = Case.__table__
    with cache.engine.begin() as connection:
        team_refs = set(
            connection.scalars(select(cases.c.reference).where(cases.c.team == TEAM)).all()
        )
        person_id = connection.scalar(select(cases.c.person_id).limit(1))
        connection.execute(
            insert(cases).values(
                reference="CD-OTHER-TEAM",
                person_id=person_id,
                application_date=date(2026, 1, 5),
                team="Team Brugge",
                status=CaseStatus.NEW,
                updated_at=datetime(2026, 1, 5),
            )
        )
    items = load_worklist(cache, TEAM, PARAMS, DEMO_TODAY)
    assert len(team_refs) > 100
    assert {item.reference for item in items} == team_refs
    assert len(items) == len(team_refs)  # one row per case
    assert [item.reference for item in items] == sorted(team_refs)
    assert len(load_worklist(cache, "Team Brugge", PARAMS, DEMO_TODAY)) == 1


def _months_in_window(months: tuple[Month, ...], window: DateWindow | None) -> int:
    if window is None:
        return 0
    low, high = Month.of(window.start), Month.of(window.end)
    return sum(1 for m in months if low <= m <= high)


def test_conflict_months_are_those_of_the_check_for_every_dossier(cache):
    items = load_worklist(cache, TEAM, PARAMS, DEMO_TODAY)
    with_conflicts = [item for item in items if item.conflict_months]
    assert len(with_conflicts) >= 10  # the demo population has conflicts
    assert any(item.conflicts_now for item in items)
    assert any(item.conflict_months and not item.conflicts_now for item in items)
    with cache.sessions() as session:
        for item in items:
            report = check(stored_dossier(session, item.insz, DEMO_TODAY), PARAMS)
            conflicts = report.conflict_months
            assert list(item.conflict_months) == [str(m) for m in conflicts], item.reference
            assert item.conflicts_now == _months_in_window(conflicts, report.query_window)
            assert item.insz_formatted == report.person.formatted
            assert item.birth_date == report.person.birth_date


def test_the_fast_conflict_months_equal_the_domain_rules_on_random_periods():
    rng = random.Random(5)
    start = ban_start(PARAMS)

    def day(low: date, spread: int) -> date:
        return low + timedelta(days=rng.randint(0, spread))

    for _ in range(400):
        birth = day(date(1998, 1, 1), 365 * 12)
        eighteen = date(birth.year + 18, birth.month, min(birth.day, 28))
        bob, ivt = [], []
        for _ in range(rng.randint(0, 3)):
            first = day(eighteen - timedelta(days=400), 1800)
            last = None if rng.random() < 0.3 else day(first, 700)
            bob.append(BobPeriod(Period(first, last), rng.random() < 0.25))
        for _ in range(rng.randint(0, 3)):
            first = day(eighteen - timedelta(days=400), 1800)
            last = None if rng.random() < 0.3 else day(first, 700)
            amount = Decimal("0") if rng.random() < 0.25 else Decimal("812.50")
            ivt.append(IvtItPeriod(Period(first, last), amount, Regulation.IVT))

        def interval(p: Period) -> tuple[int, int | None]:
            return month_index(p.start), None if p.end is None else month_index(p.end)

        fast = conflict_month_numbers(
            birth,
            start,
            [interval(b.period) for b in bob if not b.voluntary_switch],
            [interval(p.period) for p in ivt if p.monthly_amount > 0],
        )
        assert [month_text(m) for m in fast] == [
            str(m) for m in conflict_months(birth, start, bob, ivt)
        ]
    assert conflict_month_numbers(date(2006, 1, 1), None, [(0, None)], [(0, None)]) == []


def test_open_retroactive_flags_and_unpushed_changes_are_marked(cache, ui_files):
    items = load_worklist(cache, TEAM, PARAMS, DEMO_TODAY)
    flagged, noted = items[3], items[7]
    assert not flagged.retro_open and not noted.waiting_to_push
    with cache.engine.begin() as connection:
        person_id = connection.scalar(
            select(Case.__table__.c.person_id).where(Case.__table__.c.id == flagged.case_id)
        )
        for owed, stop, acknowledged in (
            (["2025-03", "2025-04"], [], None),
            ([], ["2025-09"], None),
            (["2020-01"], [], datetime(2026, 1, 1)),  # acknowledged: no longer open
        ):
            connection.execute(
                insert(retro_flags).values(
                    person_id=person_id,
                    case_id=flagged.case_id,
                    decision_ref="D-1",
                    detected_at=datetime(2026, 11, 1),
                    owed=json.dumps(owed),
                    stop=json.dumps(stop),
                    acknowledged_at=acknowledged,
                )
            )
    central = _central(ui_files.central)
    identity = identity_of(central.sessions, HANDLER)
    central.close()
    add_note(cache, identity, noted.reference, "Called the applicant.", clock=lambda: NOW)
    add_note(cache, identity, noted.reference, "Letter follows.", clock=lambda: NOW)

    by_ref = {i.reference: i for i in load_worklist(cache, TEAM, PARAMS, DEMO_TODAY)}
    assert by_ref[flagged.reference].retro_open
    assert by_ref[flagged.reference].retro_months == ("2025-03", "2025-04", "2025-09")
    assert by_ref[noted.reference].outbox_items == 2  # the notes; the audit items are no case's
    assert by_ref[noted.reference].waiting_to_push
    others = [i for r, i in by_ref.items() if r not in (flagged.reference, noted.reference)]
    assert not any(i.retro_open or i.waiting_to_push for i in others)
    selected = select_items(list(by_ref.values()), RETROACTIVE, DEMO_TODAY)
    assert [i.reference for i in selected] == [flagged.reference]


# ---------------------------------------------------------------------- filters

TODAY = date(2026, 11, 23)


def item(**changes) -> WorkItem:
    base = WorkItem(
        case_id=1,
        reference="CD-1",
        insz="06032412345",
        insz_formatted="06.03.24-123.45",
        name="Test Persoon",
        birth_date=date(2006, 3, 24),
        age=20,
        turns_18_on=date(2024, 3, 24),
        status=CaseStatus.IN_REVIEW.value,
        handler=None,
        deadline=None,
        answer=None,
        proposal_sent_on=None,
        conflict_months=(),
        conflicts_now=0,
        retro_open=False,
        retro_months=(),
        outbox_items=0,
    )
    return replace(base, **changes)


def selects(key: str, candidate: WorkItem) -> bool:
    return FILTERS[key].predicate(candidate, TODAY)


def test_conflicts_now_needs_a_conflict_month_in_the_query_window():
    assert selects(CONFLICTS_NOW, item(conflict_months=("2025-01",), conflicts_now=1))
    assert not selects(CONFLICTS_NOW, item(conflict_months=("2020-01",), conflicts_now=0))
    assert not selects(CONFLICTS_NOW, item())


def test_proposal_to_send_is_the_status():
    assert selects(PROPOSAL_TO_SEND, item(status="proposal_to_send"))
    for status in CaseStatus:
        if status is not CaseStatus.PROPOSAL_TO_SEND:
            assert not selects(PROPOSAL_TO_SEND, item(status=status.value))


def test_waiting_past_deadline_starts_the_day_after_the_deadline():
    waiting = item(status=CaseStatus.WAITING_FOR_ANSWER.value)
    assert selects(WAITING_PAST_DEADLINE, replace(waiting, deadline=TODAY - timedelta(days=1)))
    assert not selects(WAITING_PAST_DEADLINE, replace(waiting, deadline=TODAY))
    assert not selects(WAITING_PAST_DEADLINE, replace(waiting, deadline=None))
    answered = item(status=CaseStatus.ANSWERED.value, deadline=TODAY - timedelta(days=30))
    assert not selects(WAITING_PAST_DEADLINE, answered)


@pytest.mark.parametrize(
    ("eighteenth", "selected"),
    [
        (date(2027, 1, 23), True),  # exactly two months from today
        (date(2027, 1, 24), False),  # one day later
        (TODAY, True),  # today
        (TODAY + timedelta(days=1), True),
        (TODAY - timedelta(days=1), False),  # already 18
    ],
)
def test_turning_18_within_two_months(eighteenth, selected):
    assert selects(TURNING_18_SOON, item(turns_18_on=eighteenth)) is selected


def test_turning_18_counts_calendar_months_at_a_month_end():
    end_of_year = date(2026, 12, 31)
    soon = item(turns_18_on=date(2027, 2, 28))  # 31 December + 2 months, clamped
    later = item(turns_18_on=date(2027, 3, 1))
    assert FILTERS[TURNING_18_SOON].predicate(soon, end_of_year)
    assert not FILTERS[TURNING_18_SOON].predicate(later, end_of_year)


def test_the_demo_population_turning_18_is_found(cache):
    items = load_worklist(cache, TEAM, PARAMS, DEMO_TODAY)
    soon = select_items(items, TURNING_18_SOON, DEMO_TODAY)
    assert soon and all(i.age == 17 for i in soon)
    window = query_window(soon[0].birth_date, DEMO_TODAY)
    assert window is not None  # 17 years 11 months: VSB asks ahead


def test_counts_per_filter_and_labels():
    items = [
        item(reference="A", conflicts_now=2, conflict_months=("2025-01", "2025-02")),
        item(reference="B", status="proposal_to_send", conflicts_now=1),
        item(reference="C", retro_open=True, retro_months=("2025-05",)),
    ]
    assert filter_counts(items, TODAY) == {
        CONFLICTS_NOW: 2,
        PROPOSAL_TO_SEND: 1,
        WAITING_PAST_DEADLINE: 0,
        TURNING_18_SOON: 0,
        RETROACTIVE: 1,
        RENUNCIATION_TO_PROPOSE: 0,
    }
    assert [i.reference for i in select_items(items, CONFLICTS_NOW, TODAY)] == ["A", "B"]
    assert select_items(items, None, TODAY) == items
    assert [f.label for f in FILTERS.values()] == [
        "Conflicts now",
        "Proposal to send",
        "Waiting past deadline",
        "Turning 18 within two months",
        "Retroactive changes",
        "Renunciation to propose",
    ]


def test_the_quick_age_18th_birthday_and_format_equal_the_domain_functions():
    from cumuldesk.domain.insz import format_insz
    from cumuldesk.domain.months import age_on, birthday
    from cumuldesk.services.worklist import _age_and_18th, _formatted

    rng = random.Random(18)
    births = [date(2004, 2, 29), date(2008, 2, 29), date(2006, 3, 1), date(2006, 2, 28)]
    births += [date(1995, 1, 1) + timedelta(days=rng.randint(0, 6000)) for _ in range(300)]
    days = [date(2026, 2, 28), date(2028, 2, 28), date(2028, 2, 29), date(2026, 3, 1), TODAY]
    for birth in births:
        for today in days + [birth + timedelta(days=rng.randint(0, 9000))]:
            assert _age_and_18th(birth, today) == (age_on(birth, today), birthday(birth, 18))
    for digits in ("85073003328", "00010100128"):
        assert _formatted(digits) == format_insz(digits)


def test_the_query_window_in_month_numbers_equals_the_domain_rule():
    from cumuldesk.domain.months import age_on
    from cumuldesk.services.worklist import query_month_numbers

    rng = random.Random(12)
    births = [date(2008, 12, 31), date(2009, 1, 1), date(2004, 2, 29), date(2005, 11, 30)]
    births += [date(1998, 1, 1) + timedelta(days=rng.randint(0, 4500)) for _ in range(400)]
    for birth in births:
        for today in (TODAY, date(2026, 11, 30), date(2026, 12, 31), date(2027, 2, 28)):
            window = query_window(birth, today)
            expected = (
                None if window is None else (month_index(window.start), month_index(window.end))
            )
            assert query_month_numbers(birth, today, age_on(birth, today)) == expected, birth
