"""The screening on the production set-up (docs/security.md): a supervisor signed in with
their own login screens the open cases of every team through the supervisors' functions
(reading no other team's dossier directly), the results are stored and audited by the
server; a handler reads their own team's results only and can neither write them nor
call the functions, and the service refuses a handler before the server does."""

from __future__ import annotations

import json

import pytest
from psycopg import errors
from secure_support import HANDLER, OTHER_HANDLER, PASSWORD, SUPERVISOR, populate_secure

from cumuldesk.config import central_config
from cumuldesk.errors import NotAllowed
from cumuldesk.services.central.connect import connect_central, sign_in_central
from cumuldesk.services.screening import results, screen
from cumuldesk.storage.database import is_secured


@pytest.fixture
def laptop(secure_central, monkeypatch):
    populate_secure(secure_central)  # CD-1..3 of team T, CD-901..902 of team U
    with secure_central.connect_admin() as admin:  # open cases (the factory closes them)
        admin.execute("UPDATE cases SET status = 'in_review'")
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    return secure_central


def _signed_in(username: str):
    central = connect_central(central_config(), credentials=(username, PASSWORD))
    return central, sign_in_central(central, username, PASSWORD)


def _stored(world) -> list[str]:
    with world.connect_admin() as admin:
        rows = admin.execute("SELECT case_reference FROM screening_results ORDER BY case_id")
        return [row[0] for row in rows.fetchall()]


def test_a_supervisor_screens_every_team_through_the_server(laptop):
    lea_central, lea = _signed_in(SUPERVISOR)
    try:
        assert is_secured(lea_central.engine)
        run = screen(lea_central, lea)
        assert run.screened == 5 and run.unchanged == 0 and not run.cancelled
        again = screen(lea_central, lea)
        assert (again.screened, again.unchanged) == (0, 5)
        # the supervisor reads their own team's results only, as any handler
        assert set(results(lea_central.sessions)) == {"CD-1", "CD-2", "CD-3"}
    finally:
        lea_central.close()
    assert _stored(laptop) == ["CD-1", "CD-2", "CD-3", "CD-901", "CD-902"]
    with laptop.connect_admin() as admin:
        events = admin.execute(
            "SELECT actor, details FROM audit_events WHERE action = 'screening_run' ORDER BY seq"
        ).fetchall()
    assert [(actor, json.loads(details)["screened"]) for actor, details in events] == [
        (SUPERVISOR, 5),
        (SUPERVISOR, 0),
    ]


def test_a_handler_reads_their_teams_results_and_writes_none(laptop):
    lea_central, lea = _signed_in(SUPERVISOR)
    try:
        screen(lea_central, lea)
    finally:
        lea_central.close()
    with laptop.connect_as(HANDLER, PASSWORD) as an:
        seen = an.execute("SELECT case_reference FROM screening_results ORDER BY 1").fetchall()
        assert [row[0] for row in seen] == ["CD-1", "CD-2", "CD-3"]
    with laptop.connect_as(OTHER_HANDLER, PASSWORD) as bo:
        seen = bo.execute("SELECT case_reference FROM screening_results ORDER BY 1").fetchall()
        assert [row[0] for row in seen] == ["CD-901", "CD-902"]
        for sql in (
            "UPDATE screening_results SET problem = 'x', verdict = NULL",
            "DELETE FROM screening_results",
            "INSERT INTO screening_results SELECT * FROM screening_results",
            "SELECT * FROM cumuldesk_api.screening_cases()",
            "SELECT * FROM cumuldesk_api.screening_dossiers(ARRAY[1])",
            "SELECT cumuldesk_api.screening_store('[]'::jsonb)",
            "SELECT cumuldesk_api.screening_done('{}'::jsonb)",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                bo.execute(sql)
            bo.rollback()
    assert len(_stored(laptop)) == 5


def test_the_service_refuses_a_handler_before_the_server_does(laptop):
    an_central, an = _signed_in(HANDLER)
    try:
        with pytest.raises(NotAllowed):
            screen(an_central, an)
    finally:
        an_central.close()
    assert _stored(laptop) == []


def test_the_server_checks_what_a_supervisor_stores(laptop):
    with laptop.connect_as(SUPERVISOR, PASSWORD) as lea:
        for rows, says in (
            ('{"a": 1}', "are a list"),
            ('[{"case_id": 999999, "case_reference": "CD-X"}]', "not valid|does not exist"),
        ):
            with pytest.raises(errors.RaiseException, match=says):
                lea.execute("SELECT cumuldesk_api.screening_store(%s::jsonb)", (rows,))
            lea.rollback()
        with pytest.raises(errors.RaiseException, match="whole numbers"):
            lea.execute("SELECT cumuldesk_api.screening_done('{\"name\": 1}'::jsonb)")
    assert _stored(laptop) == []


def _rows(world) -> list[tuple]:
    with world.connect_admin() as admin:
        return admin.execute(
            "SELECT case_id, case_reference, verdict, problem, at_stake, months_compared, "
            "conflict_months, arrears_months, open_points, law_version, screened_at, "
            "dossier_seq, dossier_rows FROM screening_results ORDER BY case_id"
        ).fetchall()


def test_through_the_server_the_results_equal_the_owners_direct_reading(laptop):
    from datetime import UTC, datetime

    from secure_support import admin_factory

    from cumuldesk.services.central.connect import Central

    with laptop.connect_admin() as admin:  # dossiers that differ: IT, a second BOB period
        admin.execute(
            "UPDATE ivt_it_periods SET regulation = 'IT', monthly_amount = 123456 "
            "WHERE decision_id IN (SELECT d.id FROM ivt_it_decisions d JOIN persons p "
            "ON p.id = d.person_id WHERE p.insz = (SELECT min(insz) FROM persons))"
        )
        admin.execute("UPDATE bob_periods SET end_date = '2023-05-31' WHERE id % 2 = 0")
    moment = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    lea_central, lea = _signed_in(SUPERVISOR)
    try:
        screen(lea_central, lea, clock=lambda: moment)
    finally:
        lea_central.close()
    through_server = _rows(laptop)
    engine, factory = admin_factory(laptop)
    try:
        owner = Central(central_config(), engine, factory)
        assert not is_secured(engine)
        run = screen(owner, lea, only_changed=False, clock=lambda: moment)
        assert run.screened == 5
    finally:
        engine.dispose()
    assert _rows(laptop) == through_server
    assert {row[4] for row in through_server} != {0}  # amounts at stake were compared
