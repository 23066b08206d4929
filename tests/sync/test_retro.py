"""A retroactive IVT/IT change that arrives by sync is flagged for the handler, with the
months where BOB becomes owed again or must stop; a dossier seen for the first time is
not flagged; flags stay until acknowledged."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update
from sync_support import TEAM, make_team_central, open_handler_cache

from cumuldesk.domain.insz import build_insz
from cumuldesk.errors import BadInput
from cumuldesk.storage.models import (
    Case,
    CaseStatus,
    IvtItDecision,
    IvtItPeriodRow,
    Person,
    RegulationCode,
)
from cumuldesk.sync import pull as pull_module
from cumuldesk.sync.progress import SyncCancelled
from cumuldesk.sync.pull import fetch_person, pull
from cumuldesk.sync.retro import acknowledge, open_flags

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
# The test persons are born on 1 January 2004: the ban window runs from February 2022
# (the month after the 18th birthday; the ban itself started in August 2020) to January
# 2025 (the month of the 21st birthday). Their first decision pays 900 EUR a month from
# 1 February 2022 on, and BOB runs from the same day (no voluntary switch).
WINDOW_AFTER_JUNE_2023 = (
    [f"2023-{m:02d}" for m in range(7, 13)] + [f"2024-{m:02d}" for m in range(1, 13)] + ["2025-01"]
)
WHOLE_WINDOW = (
    [f"2022-{m:02d}" for m in range(2, 13)]
    + [f"2023-{m:02d}" for m in range(1, 13)]
    + [f"2024-{m:02d}" for m in range(1, 13)]
    + ["2025-01"]
)


@pytest.fixture
def central(central_url):
    engine, factory = make_team_central(central_url, team_persons=6, other_persons=2)
    yield engine, factory
    engine.dispose()


@pytest.fixture
def cache(tmp_path):
    cache = open_handler_cache(tmp_path)
    yield cache
    cache.close()


def person_of(session, counter: int) -> Person:
    insz = build_insz(date(2004, 1, 1), counter)
    return session.scalars(select(Person).where(Person.insz == insz)).one()


def new_version(session, person: Person, periods, decided_on=date(2025, 5, 1)) -> None:
    """Supersede the person's decision in force by a new version with these periods
    ((start, end, monthly amount))."""
    current = session.scalars(
        select(IvtItDecision).where(
            IvtItDecision.person_id == person.id, IvtItDecision.superseded_at.is_(None)
        )
    ).one()
    current.superseded_at = decided_on
    version = IvtItDecision(
        person_id=person.id,
        decision_ref=current.decision_ref,
        version=current.version + 1,
        decided_on=decided_on,
    )
    for start, end, amount in periods:
        version.periods.append(
            IvtItPeriodRow(
                start=start,
                end=end,
                monthly_amount=Decimal(amount),
                regulation=RegulationCode.IVT,
            )
        )
    session.add(version)


def open_case(session, person: Person) -> int:
    session.execute(
        update(Case).where(Case.person_id == person.id).values(status=CaseStatus.IN_REVIEW)
    )
    return session.scalars(select(Case.id).where(Case.person_id == person.id)).one()


def test_a_new_version_that_stops_paying_flags_the_owed_months(central, cache):
    _engine, factory = central
    pull(cache, factory, TEAM)
    with factory.begin() as session:
        person = person_of(session, 1)
        case_id = open_case(session, person)
        new_version(session, person, [(date(2022, 2, 1), date(2023, 6, 30), "900.00")])
        person_id = person.id

    result = pull(cache, factory, TEAM, clock=lambda: NOW)

    assert result.retro_flags == 1
    [flag] = open_flags(cache)
    assert (flag.person_id, flag.case_id, flag.decision_ref) == (person_id, case_id, "D")
    assert list(flag.owed) == WINDOW_AFTER_JUNE_2023
    assert flag.stop == ()
    assert flag.detected_at == NOW.replace(tzinfo=None)
    assert open_flags(cache, person_id) == [flag]
    assert open_flags(cache, person_id + 1000) == []


def test_without_an_open_case_one_flag_and_paying_again_means_bob_must_stop(central, cache):
    _engine, factory = central
    pull(cache, factory, TEAM)
    with factory.begin() as session:  # the case stays closed
        new_version(session, person_of(session, 2), [(date(2022, 2, 1), None, "0.00")])
    pull(cache, factory, TEAM)
    [owed] = open_flags(cache)
    assert owed.case_id is None and list(owed.owed) == WHOLE_WINDOW and owed.stop == ()

    with factory.begin() as session:
        new_version(
            session,
            person_of(session, 2),
            [(date(2022, 2, 1), date(2023, 12, 31), "0.00"), (date(2024, 1, 1), None, "950.00")],
            decided_on=date(2025, 9, 1),
        )
    pull(cache, factory, TEAM)
    [_, stop] = open_flags(cache)
    assert stop.owed == () and list(stop.stop) == [f"2024-{m:02d}" for m in range(1, 13)] + [
        "2025-01"
    ]


def test_a_decision_deleted_centrally_is_flagged_too(central, cache):
    _engine, factory = central
    pull(cache, factory, TEAM)
    with factory.begin() as session:
        with_case = person_of(session, 3)  # its case is opened at the same time
        case_id = open_case(session, with_case)
        alone = person_of(session, 4)  # nothing else changes for this one
        session.execute(
            delete(IvtItDecision).where(IvtItDecision.person_id.in_([with_case.id, alone.id]))
        )
        ids = (with_case.id, alone.id)

    result = pull(cache, factory, TEAM)

    assert result.retro_flags == 2 and result.deleted_rows >= 2
    flags = {flag.person_id: flag for flag in open_flags(cache)}
    assert flags[ids[0]].case_id == case_id and flags[ids[1]].case_id is None
    assert all(list(flag.owed) == WHOLE_WINDOW and flag.stop == () for flag in flags.values())
    assert flags[ids[1]].decision_ref == "D"


def test_a_dossier_copied_for_the_first_time_is_not_flagged(central, cache):
    _engine, factory = central
    pull(cache, factory, TEAM)
    with factory.begin() as session:  # a history the handler never saw, then a case of T
        outsider = person_of(session, 901)
        new_version(session, outsider, [(date(2022, 2, 1), date(2022, 12, 31), "900.00")])
        session.execute(update(Case).where(Case.person_id == outsider.id).values(team=TEAM))

    result = pull(cache, factory, TEAM)

    assert result.new_dossiers == 1 and result.retro_flags == 0
    assert open_flags(cache) == []


def test_a_flag_stays_until_acknowledged_and_survives_a_whole_copy(central, cache):
    _engine, factory = central
    pull(cache, factory, TEAM)
    with factory.begin() as session:
        person = person_of(session, 4)
        open_case(session, person)
        new_version(session, person, [(date(2022, 2, 1), date(2023, 6, 30), "900.00")])
    pull(cache, factory, TEAM)
    [flag] = open_flags(cache)

    assert fetch_person(cache, factory, build_insz(date(2004, 1, 1), 4))  # copied whole
    assert open_flags(cache) == [flag]
    acknowledge(cache, flag.id, NOW)
    assert open_flags(cache) == []
    with pytest.raises(BadInput):
        acknowledge(cache, flag.id, NOW)
    assert pull(cache, factory, TEAM).retro_flags == 0  # nothing new: no new flag


def test_a_pull_done_again_after_a_cancel_flags_each_change_once(central, cache, monkeypatch):
    _engine, factory = central
    pull(cache, factory, TEAM)
    with factory.begin() as session:
        for counter in (5, 6):
            person = person_of(session, counter)
            open_case(session, person)
            new_version(session, person, [(date(2022, 2, 1), date(2023, 6, 30), "900.00")])
    monkeypatch.setattr(pull_module, "CHUNK", 1)
    seen: list[tuple[int, int]] = []
    with pytest.raises(SyncCancelled):
        pull(
            cache,
            factory,
            TEAM,
            progress=lambda d, t: seen.append((d, t)),
            cancel=lambda: len(seen) >= 2,
        )
    assert len(open_flags(cache)) == 1  # the first person's chunk was written

    result = pull(cache, factory, TEAM)

    assert result.retro_flags == 1
    flags = open_flags(cache)
    assert len(flags) == 2 and len({f.person_id for f in flags}) == 2
    assert all(list(f.owed) == WINDOW_AFTER_JUNE_2023 for f in flags)
