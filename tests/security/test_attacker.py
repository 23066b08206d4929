"""A hostile handler with a plain PostgreSQL client on their laptop, against a central
database set up by `cumuldesk central setup` (docs/security.md). Each test is one of the
things issue 14 found possible, now refused by the server itself."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta

import psycopg
import pytest
from psycopg import errors
from secure_support import (
    HANDLER,
    OTHER_HANDLER,
    OTHER_TEAM,
    PASSWORD,
    SUPERVISOR,
    TEAM,
    populate_secure,
)

from cumuldesk.domain.insz import build_insz


@pytest.fixture
def world(secure_central):
    populate_secure(secure_central)
    return secure_central


@pytest.fixture
def an(world):
    with world.connect_as(HANDLER, PASSWORD) as connection:
        yield connection


def _refused(connection: psycopg.Connection, sql: str, params=None, kind=errors.Error) -> str:
    """Run `sql`; it must fail with `kind`; the transaction is rolled back. Returns the
    server's message."""
    with pytest.raises(kind) as caught:
        connection.execute(sql, params)
    connection.rollback()
    return str(caught.value)


def _push(connection, kind: str, payload: dict) -> dict:
    answer = connection.execute(
        "SELECT cumuldesk_api.push_item(%s, %s, %s::jsonb)",
        (str(uuid.uuid4()), kind, json.dumps(payload)),
    ).fetchone()[0]
    connection.commit()
    return answer


def _case(connection_admin, reference: str) -> tuple[int, int]:
    row = connection_admin.execute(
        "SELECT id, change_seq FROM cases WHERE reference = %s", (reference,)
    ).fetchone()
    return row[0], row[1]


# ------------------------------------------------------------------------- reading


def test_a_handler_sees_only_their_own_teams_dossiers(an):
    teams = {r[0] for r in an.execute("SELECT DISTINCT team FROM cases")}
    persons = an.execute("SELECT count(*) FROM persons").fetchone()[0]
    notes = an.execute("SELECT count(*) FROM notes").fetchone()[0]
    bob = an.execute("SELECT count(*) FROM bob_periods").fetchone()[0]
    periods = an.execute("SELECT count(*) FROM ivt_it_periods").fetchone()[0]
    other = build_insz(date(2004, 1, 1), 901)
    assert teams == {TEAM}
    assert persons == notes == bob == periods == 3  # the 2 persons of team U are not there
    assert an.execute("SELECT 1 FROM persons WHERE insz = %s", (other,)).fetchone() is None


def test_password_hashes_the_pseudonym_key_and_the_audit_trail_are_not_readable(an):
    assert "permission denied" in _refused(an, "SELECT password_hash FROM handlers")
    assert "permission denied" in _refused(an, "SELECT * FROM settings")
    assert "permission denied" in _refused(an, "SELECT * FROM audit_events")
    assert "permission denied" in _refused(an, "SELECT * FROM cumuldesk_internal.dossier_access")
    # the names of colleagues (authors of notes) stay readable
    names = {r[0] for r in an.execute("SELECT username FROM handlers")}
    assert {HANDLER, OTHER_HANDLER, SUPERVISOR} <= names


def test_a_look_up_by_insz_is_audited_centrally_and_opens_that_dossier_only(world, an):
    other = build_insz(date(2004, 1, 1), 901)
    person_id = an.execute("SELECT cumuldesk_api.open_dossier(%s)", (other,)).fetchone()[0]
    an.commit()
    assert an.execute("SELECT insz FROM persons WHERE id = %s", (person_id,)).fetchone() == (other,)
    assert an.execute("SELECT count(*) FROM persons").fetchone()[0] == 4  # not the 5th
    with world.connect_admin() as admin:
        event = admin.execute(
            "SELECT actor, subject, details FROM audit_events WHERE action = 'dossier_opened'"
        ).fetchone()
    assert event[0] == HANDLER
    assert event[1] and other not in json.dumps(event)  # a pseudonym, never the INSZ
    assert json.loads(event[2])["source"] == "central"


# ------------------------------------------------------------------------- roles


def test_a_handler_cannot_make_themselves_supervisor(world, an):
    _refused(
        an,
        "UPDATE handlers SET role = 'supervisor' WHERE username = %s",
        (HANDLER,),
        errors.InsufficientPrivilege,
    )
    _refused(an, 'GRANT cumuldesk_supervisor TO "an.sec"')
    _refused(an, "SET ROLE cumuldesk_supervisor")
    _refused(an, 'ALTER ROLE "an.sec" CREATEROLE')
    _refused(
        an,
        "SELECT cumuldesk_api.create_handler('x.y', 'X', 'T', 'supervisor', 'nl', 'v')",
        kind=errors.InsufficientPrivilege,
    )
    with world.connect_admin() as admin:
        role = admin.execute(
            "SELECT role FROM handlers WHERE username = %s", (HANDLER,)
        ).fetchone()[0]
        member = admin.execute(
            "SELECT pg_has_role(%s, 'cumuldesk_supervisor', 'MEMBER')", (HANDLER,)
        ).fetchone()[0]
    assert (role, member) == ("handler", False)


def test_a_supervisor_cannot_take_over_another_database_role(world):
    with world.connect_as(SUPERVISOR, PASSWORD) as lea:
        verifier = lea.pgconn.encrypt_password(
            b"pw-123456789012", b"cumuldesk_admin", b"scram-sha-256"
        ).decode()
        message = _refused(
            lea,
            "SELECT cumuldesk_api.set_password('cumuldesk_admin', %s)",
            (verifier,),
        )
        assert "no handler of this name" in message or "reserved" in message
        message = _refused(
            lea,
            "SELECT cumuldesk_api.create_handler('postgres', 'P', 'T', 'handler', 'nl', %s)",
            (verifier,),
        )
        assert "reserved" in message
        # and holds no role-making power itself
        assert lea.execute(
            "SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user"
        ).fetchone() == (False,)


# ------------------------------------------------------------------------- audit


def test_the_audit_trail_cannot_be_changed_or_cut_by_a_handler(an):
    for sql in (
        "UPDATE audit_events SET actor = 'someone'",
        "DELETE FROM audit_events",
        "TRUNCATE audit_events",
        "INSERT INTO audit_events (seq, at, actor, action, details, prev_hash, hash)"
        " VALUES (999, now(), 'x', 'purge', '{}', 'x', 'y')",
        "DROP TRIGGER audit_events_append_only ON audit_events",
        "ALTER TABLE audit_events DISABLE TRIGGER ALL",
        "UPDATE settings SET value = '1:x' WHERE key = 'audit_head'",
    ):
        _refused(an, sql)


def test_forged_audit_events_are_refused(an):
    insz = build_insz(date(2004, 1, 1), 1)
    # a supervisor's kind, from a laptop
    message = _refused(
        an, "SELECT cumuldesk_api.record_event('purge', NULL, NULL, '{\"persons\": 1}')"
    )
    assert "not written by a laptop" in message
    # personal data in the details: a name where a case reference goes, a free-text key
    _refused(
        an,
        "SELECT cumuldesk_api.record_event('note_added', %s, NULL, %s::jsonb)",
        (insz, json.dumps({"case": "Jan Peeters"})),
    )
    _refused(
        an,
        "SELECT cumuldesk_api.record_event('note_added', %s, NULL, %s::jsonb)",
        (insz, json.dumps({"case": "CD-1", "name": "Jan Peeters"})),
    )
    # the subject must be an INSZ (the server pseudonymises it)
    _refused(an, "SELECT cumuldesk_api.record_event('note_added', 'Jan Peeters', NULL, '{}')")
    # carried by the outbox: the same rules
    answer = _push(
        an,
        "audit",
        {
            "at": "2026-01-01T00:00:00+00:00",
            "action": "purge",
            "insz": insz,
            "details": {"where": "central"},
        },
    )
    assert answer["outcome"] == "rejected"
    # and a proper one is written, with the handler as actor whatever the laptop says
    event = an.execute(
        "SELECT actor, subject FROM cumuldesk_api.record_event('note_added', %s, NULL, %s::jsonb)",
        (insz, json.dumps({"case": "CD-1"})),
    ).fetchone()
    assert event[0] == HANDLER and len(event[1]) == 32 and insz not in event[1]


def test_ddl_is_refused(an):
    _refused(an, "CREATE TABLE public.mine (x int)", kind=errors.InsufficientPrivilege)
    _refused(an, "CREATE SCHEMA mine", kind=errors.InsufficientPrivilege)
    _refused(
        an,
        "CREATE FUNCTION cumuldesk_api.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        kind=errors.InsufficientPrivilege,
    )
    _refused(an, "ALTER TABLE cases DISABLE ROW LEVEL SECURITY")
    _refused(an, "DROP POLICY handler_reads ON persons")


# ------------------------------------------------------------------------- writing


def test_no_direct_writes_to_dossiers_cases_notes_or_letters(an):
    for sql in (
        "UPDATE cases SET answer = 'accepted_renunciation'",
        "DELETE FROM persons",
        "INSERT INTO notes (case_id, created_at, text) VALUES (1, now(), 'x')",
        "UPDATE letters SET content = 'x'",
        "DELETE FROM letters",
        "UPDATE law_values SET value = '1'",
        "UPDATE sync_counter SET value = 0",
    ):
        _refused(an, sql, kind=errors.InsufficientPrivilege)


def test_writes_to_another_teams_case_are_refused(world, an):
    with world.connect_admin() as admin:
        case_id, seq = _case(admin, "CD-901")
    note = _push(an, "note", {"case_id": case_id, "text": "x", "created_at": None})
    change = _push(
        an, "case", {"case_id": case_id, "base_seq": seq, "changes": {"status": "closed"}}
    )
    assert note["outcome"] == change["outcome"] == "rejected"
    assert "another team" in note["result"]["reason"]
    with world.connect_admin() as admin:
        assert admin.execute(
            "SELECT count(*) FROM notes WHERE case_id = %s", (case_id,)
        ).fetchone() == (1,)


def test_impossible_answers_are_refused(world, an):
    with world.connect_admin() as admin:
        case_id, seq = _case(admin, "CD-1")  # application 2021-12-01, no proposal sent

    def answer(changes):
        return _push(an, "case", {"case_id": case_id, "base_seq": seq, "changes": changes})

    no_proposal = answer(
        {"answer": "accepted_renunciation", "answer_date": "2024-01-10", "status": "answered"}
    )
    assert no_proposal["outcome"] == "rejected"
    assert "proposal that was sent" in no_proposal["result"]["reason"]
    before = answer(
        {
            "proposal_sent_on": "2022-01-05",
            "answer": "accepted_renunciation",
            "answer_date": "2021-06-01",
            "status": "answered",
        }
    )
    assert "before the application" in before["result"]["reason"]
    future = (date.today() + timedelta(days=30)).isoformat()
    later = answer(
        {
            "proposal_sent_on": "2022-01-05",
            "answer": "accepted_renunciation",
            "answer_date": future,
            "status": "answered",
        }
    )
    assert "future" in later["result"]["reason"]
    good = answer(
        {
            "proposal_sent_on": "2022-01-05",
            "answer": "refused",
            "answer_date": "2022-02-01",
            "status": "answered",
        }
    )
    assert good["outcome"] == "applied"
    with world.connect_admin() as admin:
        row = admin.execute(
            "SELECT answer, answer_date FROM cases WHERE id = %s", (case_id,)
        ).fetchone()
    assert row == ("refused", date(2022, 2, 1))


def test_a_replayed_item_is_applied_once_and_only_for_its_own_handler(world, an):
    with world.connect_admin() as admin:
        case_id, _ = _case(admin, "CD-2")
    key = str(uuid.uuid4())
    payload = json.dumps({"case_id": case_id, "text": "Called back.", "created_at": None})
    first = an.execute(
        "SELECT cumuldesk_api.push_item(%s, 'note', %s::jsonb)", (key, payload)
    ).fetchone()[0]
    an.commit()
    again = an.execute(
        "SELECT cumuldesk_api.push_item(%s, 'note', %s::jsonb)", (key, payload)
    ).fetchone()[0]
    an.commit()
    assert (first["already"], again["already"]) == (False, True)
    assert first["result"]["id"] == again["result"]["id"]
    with world.connect_as(OTHER_HANDLER, PASSWORD) as bo:
        message = _refused(
            bo, "SELECT cumuldesk_api.push_item(%s, 'note', %s::jsonb)", (key, payload)
        )
    assert "another handler" in message


def test_a_closed_account_cannot_connect(world):
    from secure_support import add_account, admin_factory, unique_username

    from cumuldesk.services.accounts.handlers import close_on_server

    name = unique_username("gone")
    engine, factory = admin_factory(world)
    add_account(factory, name, OTHER_TEAM)
    with world.connect_as(name, PASSWORD):
        pass
    with factory.begin() as session:
        close_on_server(session, name)
    engine.dispose()
    with pytest.raises(psycopg.OperationalError):
        world.connect_as(name, PASSWORD)
