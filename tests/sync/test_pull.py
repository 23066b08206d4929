"""The incremental pull: the cache ends up holding exactly the central data of the
handler's team (plus the dossiers fetched on demand), whatever changed centrally, with
the handler's unpushed work kept on top; a cancelled pull loses nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from factories import add_person
from sqlalchemy import delete, select, update
from sync_support import (
    OTHER_TEAM,
    TEAM,
    cached_person_ids,
    cached_reasons,
    central_counter,
    make_team_central,
    open_handler_cache,
    snapshot,
    team_person_ids,
)

from cumuldesk.domain.insz import build_insz
from cumuldesk.errors import IntegrityProblem
from cumuldesk.storage.cache_models import META_LAST_SEQ, META_LAST_SYNC_AT
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    CaseStatus,
    Handler,
    IvtItDecision,
    IvtItPeriodRow,
    Note,
    Person,
    RegulationCode,
)
from cumuldesk.sync import outbox
from cumuldesk.sync import pull as pull_module
from cumuldesk.sync.progress import SyncCancelled
from cumuldesk.sync.pull import fetch_person, pull

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


@pytest.fixture
def central(central_url):
    engine, factory = make_team_central(central_url, team_persons=20, other_persons=5)
    yield engine, factory
    engine.dispose()


@pytest.fixture
def cache(tmp_path):
    cache = open_handler_cache(tmp_path)
    yield cache
    cache.close()


def assert_cache_holds_the_team(cache, engine, extra=()):
    """The cache holds exactly the team's dossiers (and `extra` persons), as centrally."""
    ids = sorted(set(team_person_ids(engine)) | set(extra))
    assert cached_person_ids(cache) == ids
    assert snapshot(cache.engine, ids) == snapshot(engine, ids)


def person_id(factory, counter: int) -> int:
    insz = build_insz(date(2004, 1, 1), counter)
    with factory() as session:
        return session.scalars(select(Person.id).where(Person.insz == insz)).one()


def case_of(factory, counter: int) -> Case:
    with factory() as session:
        return session.scalars(select(Case).where(Case.reference == f"CD-{counter}")).one()


# ------------------------------------------------------------------ first pull


def test_the_first_pull_copies_exactly_the_teams_dossiers(central, cache):
    engine, factory = central
    seen: list[tuple[int, int]] = []

    result = pull(cache, factory, TEAM, progress=lambda d, t: seen.append((d, t)), clock=clock)

    assert result.new_dossiers == 20 and result.changed_dossiers == 0
    assert result.high_water == central_counter(factory)
    assert seen[0] == (0, 20) and seen[-1] == (20, 20)
    assert_cache_holds_the_team(cache, engine)
    assert set(cached_reasons(cache).values()) == {("team", result.high_water)}
    meta = cache.meta()
    assert meta[META_LAST_SEQ] == str(result.high_water)
    assert datetime.fromisoformat(meta[META_LAST_SYNC_AT]) == NOW
    with cache.sessions() as session:  # the handlers came without their password hash
        assert session.scalars(select(Handler.password_hash)).all() == [None]


def test_a_pull_without_central_changes_changes_nothing(central, cache):
    engine, factory = central
    first = pull(cache, factory, TEAM)
    before = snapshot(cache.engine, cached_person_ids(cache))
    seen: list[tuple[int, int]] = []

    again = pull(cache, factory, TEAM, progress=lambda d, t: seen.append((d, t)))

    assert again.as_dict() == {
        "high_water": first.high_water,
        "new_dossiers": 0,
        "changed_dossiers": 0,
        "removed_dossiers": 0,
        "deleted_rows": 0,
        "retro_flags": 0,
        "law_data_version": None,  # the law data did not change either
    }
    assert seen[0] == (0, 0) and seen[-1] == (0, 0)
    assert snapshot(cache.engine, cached_person_ids(cache)) == before


def test_a_cache_filled_whole_is_then_pulled_incrementally(central, cache):
    engine, factory = central
    assert cache.store_dossiers(factory, team=TEAM) == 20
    outsider = build_insz(date(2004, 1, 1), 901)
    assert cache.store_dossiers(factory, insz=[outsider]) == 1
    counter = central_counter(factory)
    reasons = cached_reasons(cache)
    assert reasons[person_id(factory, 901)] == ("lookup", counter)
    assert {reasons[p] for p in team_person_ids(engine)} == {("team", counter)}

    result = pull(cache, factory, TEAM)

    assert (result.new_dossiers, result.changed_dossiers, result.removed_dossiers) == (0, 0, 0)
    assert_cache_holds_the_team(cache, engine, extra=[person_id(factory, 901)])


# ---------------------------------------------------------------- central changes


def test_central_changes_arrive_and_the_cache_equals_the_team_data_again(central, cache):
    engine, factory = central
    pull(cache, factory, TEAM)
    gone = person_id(factory, 5)
    moved = person_id(factory, 6)
    joining = person_id(factory, 901)
    three = case_of(factory, 3)
    with factory.begin() as session:
        one = session.get(Person, person_id(factory, 1))
        one.bob_periods[0].end = date(2022, 12, 31)
        one.bob_periods.append(BobPeriodRow(start=date(2023, 3, 1), end=None))
        session.execute(
            update(Case).where(Case.reference == "CD-2").values(status=CaseStatus.IN_REVIEW)
        )
        session.add(Note(case_id=three.id, created_at=NOW, text="Proposal posted."))
        four = session.get(Person, person_id(factory, 4))
        old = four.decisions[0]
        old.superseded_at = date(2025, 5, 1)
        new = IvtItDecision(decision_ref="D", version=2, decided_on=date(2025, 5, 1))
        new.periods.append(
            IvtItPeriodRow(
                start=date(2022, 2, 1),
                end=None,
                monthly_amount=Decimal("950.00"),
                regulation=RegulationCode.IVT_IT,
            )
        )
        four.decisions.append(new)
        session.delete(session.get(Person, gone))
        session.execute(update(Case).where(Case.person_id == moved).values(team=OTHER_TEAM))
        session.add(
            Case(
                reference="CD-901-T",
                person_id=joining,
                application_date=date(2025, 5, 2),
                team=TEAM,
                status=CaseStatus.NEW,
                updated_at=NOW,
            )
        )
        session.execute(update(Handler).where(Handler.username == "an").values(display_name="An B"))
    seen: list[tuple[int, int]] = []

    result = pull(cache, factory, TEAM, progress=lambda d, t: seen.append((d, t)))

    assert result.new_dossiers == 1  # the person who got a case of the team
    assert result.removed_dossiers == 1  # the one whose case went to another team
    assert result.changed_dossiers == 4  # persons 1 to 4
    assert result.deleted_rows >= 1  # the deleted person (its rows went with it)
    assert result.retro_flags == 0  # paid before and after: no retroactive change
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert gone not in cached_person_ids(cache) and moved not in cached_person_ids(cache)
    assert_cache_holds_the_team(cache, engine)
    assert cache.meta()[META_LAST_SEQ] == str(central_counter(factory))


def test_a_reused_id_is_not_deleted_by_the_tombstone_of_the_row_it_replaced(central, cache):
    engine, factory = central
    pull(cache, factory, TEAM)
    one, two = case_of(factory, 1), case_of(factory, 2)
    outsider_case = case_of(factory, 901)
    twentieth = person_id(factory, 20)
    with factory() as session:
        [note_one] = session.scalars(select(Note.id).where(Note.case_id == one.id))
        [note_two] = session.scalars(select(Note.id).where(Note.case_id == two.id))
    # ids given again after a delete (SQLite gives the highest id again by itself)
    with factory.begin() as session:
        session.execute(delete(Note).where(Note.id.in_([note_one, note_two])))
    with factory.begin() as session:
        session.add(Note(id=note_one, case_id=two.id, created_at=NOW, text="Reused id."))
        session.add(Note(id=note_two, case_id=outsider_case.id, created_at=NOW, text="Other."))
        session.delete(session.get(Person, twentieth))
    with factory.begin() as session:
        reborn = add_person(session, 30)
        reborn.id = twentieth
    # the outsider's dossier is fetched on demand before the next pull: the cache holds
    # the new row with that id before it sees the old row's tombstone
    assert fetch_person(cache, factory, build_insz(date(2004, 1, 1), 901))

    result = pull(cache, factory, TEAM)

    assert result.deleted_rows >= 1
    with cache.sessions() as session:
        assert session.get(Note, note_one).text == "Reused id."
        assert session.get(Note, note_one).case_id == two.id
        assert session.get(Note, note_two).case_id == outsider_case.id
        assert session.get(Person, twentieth).insz == build_insz(date(2004, 1, 1), 30)
    assert_cache_holds_the_team(cache, engine, extra=[outsider_case.person_id])


def test_a_dossier_whose_cached_rows_do_not_fit_the_changes_is_copied_whole(central, cache):
    engine, factory = central
    pull(cache, factory, TEAM)
    target = person_id(factory, 7)
    with cache.engine.begin() as connection:  # the cache lost a parent row somehow
        connection.execute(delete(IvtItDecision.__table__).where(IvtItDecision.person_id == target))
    with factory.begin() as session:  # only the child row changes centrally
        decision = session.scalars(
            select(IvtItDecision).where(IvtItDecision.person_id == target)
        ).one()
        decision.periods[0].monthly_amount = Decimal("901.00")

    pull(cache, factory, TEAM)

    assert_cache_holds_the_team(cache, engine)


def test_a_central_counter_behind_the_cache_is_refused(central, cache):
    _engine, factory = central
    pull(cache, factory, TEAM)
    cache.set_meta({META_LAST_SEQ: str(central_counter(factory) + 100)})
    with pytest.raises(IntegrityProblem, match="rebuild"):
        pull(cache, factory, TEAM)


# ---------------------------------------------------------------------- cancel


def test_a_cancelled_pull_loses_nothing_and_the_next_one_completes(central, cache, monkeypatch):
    engine, factory = central
    monkeypatch.setattr(pull_module, "CHUNK", 5)
    seen: list[tuple[int, int]] = []

    def cancel_after_first_chunk() -> bool:
        return len(seen) >= 2  # (0, total), then the first chunk

    with pytest.raises(SyncCancelled):
        pull(
            cache,
            factory,
            TEAM,
            progress=lambda d, t: seen.append((d, t)),
            cancel=cancel_after_first_chunk,
        )
    assert seen == [(0, 20), (5, 20)]
    assert META_LAST_SEQ not in cache.meta()
    assert len(cached_person_ids(cache)) == 5

    pull(cache, factory, TEAM)
    assert_cache_holds_the_team(cache, engine)
    last_seq = cache.meta()[META_LAST_SEQ]

    # the same when cancelled while changed rows are written
    with factory.begin() as session:
        session.execute(
            update(Case).where(Case.team == TEAM).values(status=CaseStatus.WAITING_FOR_ANSWER)
        )
    seen.clear()
    with pytest.raises(SyncCancelled):
        pull(
            cache,
            factory,
            TEAM,
            progress=lambda d, t: seen.append((d, t)),
            cancel=cancel_after_first_chunk,
        )
    assert cache.meta()[META_LAST_SEQ] == last_seq

    result = pull(cache, factory, TEAM)
    assert result.changed_dossiers == 20  # done again from the same last_seq: idempotent
    assert_cache_holds_the_team(cache, engine)


# --------------------------------------------------------------- local changes


def test_unpushed_local_changes_survive_a_pull(central, cache):
    engine, factory = central
    pull(cache, factory, TEAM)
    case = case_of(factory, 1)
    with cache.engine.begin() as connection:
        connection.execute(
            Note.__table__.insert().values(
                id=-1, case_id=case.id, created_at=NOW.replace(tzinfo=None), text="Offline note"
            )
        )
        outbox.enqueue(
            connection,
            outbox.NOTE,
            {
                "local_id": -1,
                "case_id": case.id,
                "text": "Offline note",
                "created_at": NOW.isoformat(),
                "author": "an",
            },
            case_id=case.id,
            person_id=case.person_id,
        )
        connection.execute(
            update(Case.__table__)
            .where(Case.__table__.c.id == case.id)
            .values(status=CaseStatus.WAITING_FOR_ANSWER, deadline=date(2026, 4, 1))
        )
        outbox.enqueue(
            connection,
            outbox.CASE,
            {
                "case_id": case.id,
                "base_seq": case.change_seq,
                "changes": {"status": "waiting_for_answer", "deadline": "2026-04-01"},
            },
            case_id=case.id,
            person_id=case.person_id,
        )
    with factory.begin() as session:  # meanwhile, centrally: the same case changes
        session.execute(
            update(Case)
            .where(Case.id == case.id)
            .values(status=CaseStatus.IN_REVIEW, judgment_on=date(2026, 1, 5))
        )
        session.add(Note(case_id=case.id, created_at=NOW, text="Central note"))

    pull(cache, factory, TEAM)

    with cache.sessions() as session:
        cached = session.get(Case, case.id)
        texts = sorted(session.scalars(select(Note.text).where(Note.case_id == case.id)))
    assert (cached.status, cached.deadline) == (CaseStatus.WAITING_FOR_ANSWER, date(2026, 4, 1))
    assert cached.judgment_on == date(2026, 1, 5)  # the central change of another field
    assert texts == ["Called.", "Central note", "Offline note"]

    # the case leaves the team: the dossier stays while its changes wait to be pushed
    with factory.begin() as session:
        session.execute(update(Case).where(Case.id == case.id).values(team=OTHER_TEAM))
    result = pull(cache, factory, TEAM)
    assert result.removed_dossiers == 0
    assert cached_reasons(cache)[case.person_id][0] == "lookup"
    with cache.sessions() as session:
        assert session.get(Note, -1).text == "Offline note"
        assert session.get(Case, case.id).team == OTHER_TEAM


# ------------------------------------------------------------------- on demand


def test_a_person_fetched_on_demand_is_kept_up_to_date(central, cache):
    engine, factory = central
    pull(cache, factory, TEAM)
    outsider = person_id(factory, 902)

    assert fetch_person(cache, factory, build_insz(date(2004, 1, 1), 902), clock=clock)
    assert not fetch_person(cache, factory, build_insz(date(2004, 1, 1), 555))
    assert cached_reasons(cache)[outsider] == ("lookup", central_counter(factory))
    with factory.begin() as session:
        session.execute(
            update(Case).where(Case.person_id == outsider).values(status=CaseStatus.IN_REVIEW)
        )
        session.add(Note(case_id=case_of(factory, 902).id, created_at=NOW, text="Asked VSB."))

    result = pull(cache, factory, TEAM)

    assert result.changed_dossiers == 1 and result.removed_dossiers == 0
    assert cached_reasons(cache)[outsider][0] == "lookup"
    assert_cache_holds_the_team(cache, engine, extra=[outsider])
    with cache.sessions() as session:
        assert session.get(Case, case_of(factory, 902).id).status == CaseStatus.IN_REVIEW
