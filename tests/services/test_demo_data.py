"""The synthetic demo population exercises every rule (checked with the domain functions
themselves: conflict months, month statuses, retroactive change, query window), on
SQLite and PostgreSQL; same seed, same rows; an existing population is kept unless
forced; the first start of the application creates it on the embedded database."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from demo_checks import BAN_START, TODAY, central_for, create, dossiers, dump, ivt_periods, statuses
from sqlalchemy import func, select

from cumuldesk.config import central_config
from cumuldesk.domain.amounts import zorgtoeslag_bracket
from cumuldesk.domain.cumulation import (
    MonthStatus,
    conflict_months,
    query_window,
    retroactive_change,
)
from cumuldesk.domain.insz import InszKind, parse_insz
from cumuldesk.domain.months import Month, add_months, add_years, age_on, birthday
from cumuldesk.domain.periods import Regulation
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.accounts.signin import set_password, sign_in
from cumuldesk.services.central.connect import connect_central
from cumuldesk.services.demo.data import AUDIT_ACTION, MAX_PERSONS, ensure_demo_data
from cumuldesk.services.demo.names import FAMILY_PARTS, MUNICIPALITY_PARTS
from cumuldesk.storage.audit import verify_trail
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import (
    Answer,
    AuditEvent,
    Base,
    Case,
    CaseStatus,
    Handler,
    Language,
    Person,
    RegionCode,
    Role,
)


@pytest.fixture
def population(central_engine):
    summary = create(central_engine, 400, seed=11)
    return central_engine, summary, dossiers(central_engine)


def test_the_counts_match_what_was_asked_and_what_is_stored(population):
    engine, summary, people = population
    assert summary.persons == len(people) == 400
    with engine.connect() as connection:
        for name, count in summary.rows.items():
            table = Base.metadata.tables[name]
            assert connection.scalar(select(func.count()).select_from(table)) == count, name
    assert summary.rows["cases"] == 400
    assert sum(summary.case_statuses.values()) == 400
    assert sum(summary.regions.values()) == sum(summary.languages.values()) == 400
    assert 0.03 < summary.rows["legal_representatives"] / 400 < 0.14


DEMO_PASSWORDS = {
    "an.demo": "an-demo-password",
    "marc.demo": "marc-demo-password",
    "eva.demo": "eva-demo-password",
    "jonas.demo": "jonas-demo-password",
    "sophie.demo": "sophie-demo-password",
}


def test_the_five_demo_handlers_sign_in_with_their_documented_passwords(population):
    engine, _, _ = population
    factory = session_factory(engine)
    with factory() as session:
        handlers = {h.username: h for h in session.scalars(select(Handler))}
    assert {name: (h.team, h.role, h.language) for name, h in handlers.items()} == {
        "an.demo": ("Team Gent", Role.HANDLER, Language.NL),
        "marc.demo": ("Équipe Bruxelles", Role.HANDLER, Language.FR),
        "eva.demo": ("Team Gent", Role.SUPERVISOR, Language.NL),
        "jonas.demo": ("Team Antwerpen", Role.HANDLER, Language.NL),
        "sophie.demo": ("Équipe Bruxelles", Role.SUPERVISOR, Language.FR),
    }
    assert all(h.active and h.password_hash.startswith("scrypt$") for h in handlers.values())
    for username, password in DEMO_PASSWORDS.items():
        assert password not in handlers[username].password_hash
        identity = sign_in(factory, username, password)
        assert identity.is_supervisor == (username in ("eva.demo", "sophie.demo"))
    with pytest.raises(NotAllowed):
        sign_in(factory, "an.demo", DEMO_PASSWORDS["marc.demo"])


def test_force_keeps_a_changed_password_and_gives_one_to_a_demo_handler_without(
    central_engine,
):
    create(central_engine, 20)
    factory = session_factory(central_engine)
    eva = sign_in(factory, "eva.demo", DEMO_PASSWORDS["eva.demo"])
    set_password(factory, eva, "an.demo", "an-chose-this-password")
    with factory.begin() as session:
        session.scalars(select(Handler).filter_by(username="marc.demo")).one().password_hash = None
    create(central_engine, 20, force=True)
    assert sign_in(factory, "an.demo", "an-chose-this-password").username == "an.demo"
    with pytest.raises(NotAllowed):
        sign_in(factory, "an.demo", DEMO_PASSWORDS["an.demo"])
    assert sign_in(factory, "marc.demo", DEMO_PASSWORDS["marc.demo"]).username == "marc.demo"


def test_every_insz_is_valid_unique_and_matches_the_birth_date(population):
    _, _, people = population
    numbers = [d.person.insz for d in people]
    assert len(set(numbers)) == len(numbers)
    kinds = Counter()
    for dossier in people:
        parsed = parse_insz(dossier.person.insz)
        assert parsed.birth_date == dossier.person.birth_date
        kinds[parsed.kind] += 1
    assert kinds[InszKind.BIS] >= 1
    assert kinds[InszKind.NN] > 0.85 * len(people)


def test_every_rule_is_exercised(population):
    _, _, people = population
    seen: set[MonthStatus] = set()
    conflicts = 0
    owed_again = must_stop = 0
    for dossier in people:
        birth = dossier.person.birth_date
        seen |= statuses(dossier)
        if conflict_months(birth, BAN_START, dossier.bob, dossier.current):
            conflicts += 1
        for versions in dossier.versions.values():
            if len(versions) == 2:
                old, new = versions
                assert old.superseded_at == new.decided_on and new.superseded_at is None
                change = retroactive_change(
                    birth, BAN_START, ivt_periods(old), ivt_periods(new), dossier.bob
                )
                owed_again += bool(change.bob_owed_again)
                must_stop += bool(change.bob_must_stop)
    assert conflicts >= 1
    assert {
        MonthStatus.CONFLICT,
        MonthStatus.ALLOWED_ZERO_AMOUNT,
        MonthStatus.ALLOWED_VOLUNTARY_SWITCH,
        MonthStatus.BOB_ONLY,
        MonthStatus.IVT_IT_ONLY,
    } <= seen
    assert owed_again >= 1 and must_stop >= 1


def test_every_retroactive_version_pair_changes_paid_months_in_the_ban_window(population):
    _, _, people = population
    pairs = 0
    for dossier in people:
        for versions in dossier.versions.values():
            if len(versions) == 2:
                pairs += 1
                change = retroactive_change(
                    dossier.person.birth_date,
                    BAN_START,
                    ivt_periods(versions[0]),
                    ivt_periods(versions[1]),
                    dossier.bob,
                )
                assert change.changed
    assert pairs >= 3


def test_regions_languages_and_ages(population):
    _, _, people = population
    by_region = Counter(d.person.region for d in people)
    assert by_region[RegionCode.BRUSSELS] and by_region[RegionCode.WALLONIA]
    wallonia = [d for d in people if d.person.region is RegionCode.WALLONIA]
    assert all(not d.bob for d in wallonia)  # no BOB in Wallonia
    assert {d.person.language for d in wallonia} <= {Language.FR, Language.DE}
    german = [d for d in wallonia if d.person.language is Language.DE]
    assert german and all(d.person.postal_code.startswith("47") for d in german)
    flanders = [d for d in people if d.person.region is RegionCode.FLANDERS]
    assert sum(d.person.language is Language.NL for d in flanders) > 0.9 * len(flanders)
    next_month = Month.of(TODAY) + 1
    assert any(Month.of(birthday(d.person.birth_date, 18)) == next_month for d in people)
    older = [d for d in people if 21 <= age_on(d.person.birth_date, TODAY) < 24]
    assert older and all(query_window(d.person.birth_date, TODAY) for d in older)
    assert all(len(d.person.postal_code) == 4 for d in people)


def test_names_and_addresses_are_invented(population):
    _, _, people = population
    prefixes = tuple(p for parts, _ in FAMILY_PARTS.values() for p in parts)
    places = tuple(p for parts, _ in MUNICIPALITY_PARTS.values() for p in parts)
    for dossier in people:
        assert dossier.person.family_name.startswith(prefixes)
        assert dossier.person.municipality.startswith(places)


def test_amounts_are_plausible(population):
    _, _, people = population
    amounts = [p.monthly_amount for d in people for p in d.current]
    assert all(a >= 0 for a in amounts)
    assert any(a == 0 for a in amounts)
    paid_ivt = [
        p.monthly_amount
        for d in people
        for p in d.current
        if p.regulation is Regulation.IVT and p.monthly_amount > 0
    ]
    assert paid_ivt and all(Decimal("350") < a < Decimal("1900") for a in paid_ivt)
    assert all(Decimal("100") < a < Decimal("3100") for a in amounts if a > 0)


def test_zorgtoeslag_points_spread_over_the_brackets(population):
    _, _, people = population
    brackets = Counter(
        zorgtoeslag_bracket(z.points, z.pillar1_points)
        for d in people
        for z in d.person.zorgtoeslag
    )
    assert len([b for b in brackets if b is not None]) >= 6


def test_cases_are_at_every_status_with_coherent_fields(population):
    _, _, people = population
    cases = [case for d in people for case in d.person.cases]
    assert {case.status for case in cases} == set(CaseStatus)
    assert len({case.team for case in cases}) >= 3
    for case in cases:
        assert case.application_date <= TODAY
        if case.status in (CaseStatus.NEW, CaseStatus.IN_REVIEW, CaseStatus.PROPOSAL_TO_SEND):
            assert case.proposal_sent_on is case.answer is case.answer_date is case.deadline is None
        if case.status is CaseStatus.WAITING_FOR_ANSWER:
            assert case.application_date <= case.proposal_sent_on <= TODAY
            assert case.deadline == add_months(case.proposal_sent_on, 1)
            assert case.answer is None and case.answer_date is None
        if case.status is CaseStatus.ANSWERED:
            assert case.proposal_sent_on <= case.answer_date <= min(case.deadline, TODAY)
            assert case.answer is not None
    waiting = [c for c in cases if c.status is CaseStatus.WAITING_FOR_ANSWER]
    assert any(c.deadline < TODAY for c in waiting) and any(c.deadline >= TODAY for c in waiting)


def test_retention_cases_are_present(population):
    _, _, people = population
    ten_years_ago = add_years(TODAY, -10)
    year_ago = TODAY - timedelta(days=366)
    cases = [case for d in people for case in d.person.cases]
    assert any(d.person.death_date and d.person.death_date < ten_years_ago for d in people)
    assert any(c.rights_ended_on and c.rights_ended_on < ten_years_ago for c in cases)
    assert any(c.judgment_on and c.judgment_on < ten_years_ago for c in cases)
    for answer in (Answer.REFUSED, Answer.ACCEPTED_RENUNCIATION):
        assert any(
            c.answer is answer and c.answer_date < year_ago and c.answer_date > ten_years_ago
            for c in cases
        )
    # and recent ones that must stay
    assert any(c.rights_ended_on and c.rights_ended_on > ten_years_ago for c in cases)


def test_the_audit_trail_records_the_creation_with_counts_only(population):
    engine, summary, people = population
    with session_factory(engine)() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == AUDIT_ACTION)).all()
        assert verify_trail(session).ok
    assert len(events) == 1 and events[0].actor == "system"
    details = json.loads(events[0].details)
    assert details["seed"] == 11 and details["persons"] == 400
    assert details["rows"] == summary.rows
    assert people[0].person.insz not in events[0].details


def test_same_seed_same_rows_other_seed_other_rows(central_engine):
    create(central_engine, 120, seed=5)
    first = dump(central_engine)
    create(central_engine, 120, seed=5, force=True)
    assert dump(central_engine) == first
    create(central_engine, 120, seed=6, force=True)
    other = dump(central_engine)
    assert other["handlers"] == first["handlers"]
    assert other["persons"] != first["persons"]
    create(central_engine, 120, seed=5, today=TODAY + timedelta(days=40), force=True)
    assert dump(central_engine)["persons"] != first["persons"]


def test_an_existing_population_is_kept_unless_forced(central_engine):
    create(central_engine, 50, seed=1)
    before = dump(central_engine)
    with pytest.raises(BadInput, match="already holds 50 persons.*--force"):
        create(central_engine, 80, seed=2)
    assert dump(central_engine) == before
    summary = create(central_engine, 80, seed=2, force=True, actor="eva.demo")
    assert summary.replaced_persons == 50
    with session_factory(central_engine)() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 80
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        assert [(e.actor, e.action) for e in events] == [
            ("system", AUDIT_ACTION),
            ("eva.demo", AUDIT_ACTION),
        ]
        assert verify_trail(session).ok


def test_new_rows_after_the_demo_data_get_fresh_ids(central_engine):
    create(central_engine, 30)
    factory = session_factory(central_engine)
    with factory.begin() as session:
        person = session.scalars(select(Person).order_by(Person.id)).first()
        case = Case(
            reference="CD-NEW-1",
            person_id=person.id,
            application_date=TODAY,
            team="Team Gent",
            status=CaseStatus.NEW,
            updated_at=datetime(2026, 3, 15, 9, 0, tzinfo=UTC),
        )
        session.add(case)
    with factory() as session:
        assert session.scalar(select(func.max(Case.id))) == 31


def test_progress_is_reported_up_to_the_total(central_engine):
    seen: list[tuple[int, int]] = []
    create(central_engine, 30, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 30) and seen[-1] == (30, 30)


@pytest.mark.parametrize("persons", [0, MAX_PERSONS + 1])
def test_a_number_of_persons_out_of_range_is_refused(central_engine, persons):
    with pytest.raises(BadInput, match="from 1 to 200,000"):
        create(central_engine, persons)


# -- first start of the desktop application ------------------------------------------------


def test_first_start_creates_the_demo_data_once_on_the_embedded_database():
    assert central_config().is_demo
    central = connect_central()
    try:
        summary = ensure_demo_data(central, persons=60, today=TODAY)
        assert summary is not None and summary.persons == 60
        assert ensure_demo_data(central, persons=60, today=TODAY) is None
        with central.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 60
            # screened once, as the demo supervisor: the work list shows verdicts at once
            from cumuldesk.storage.models import ScreeningRow
            from cumuldesk.storage.screening import open_cases

            screened = session.scalar(select(func.count()).select_from(ScreeningRow))
            assert screened == len(open_cases(session)) > 0
    finally:
        central.close()


def test_first_start_leaves_a_configured_database_alone(central_engine):
    assert ensure_demo_data(central_for(central_engine), persons=20, today=TODAY) is None
    with central_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Person.__table__)) == 0
