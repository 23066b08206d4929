"""The audit chain on the production set-up: computed by the server, the same bytes as
Python's, a cut end named and never covered over, nothing a handler's laptop can forge
(docs/audit-integrity.md)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import psycopg
import pytest
from audit_support import PASSWORD, add_account
from secure_support import unique_username

from cumuldesk.storage.audit import (
    ChainCut,
    event_hash,
    pseudonym,
    record,
    verify_trail,
)
from cumuldesk.storage.database import is_secured, open_central, session_factory

INSZ = "06052011755"
# every character JSON escapes (NUL aside: PostgreSQL text cannot hold it), a few it
# must not (DEL, U+2028), and some beyond ASCII and beyond the BMP
TRICKY = "".join(chr(c) for c in range(1, 32)) + '"\\/ \x7f\u2028 éëü€ß 日本 😀'


def sessions_as(central, username: str):
    engine = open_central(central.url_as(username, PASSWORD))
    return engine, session_factory(engine)


def owner_sessions(central):
    engine = open_central(central.admin_url)
    return engine, session_factory(engine)


def append_as_owner(central, action: str, details: dict, subject: str | None = None) -> dict:
    with central.connect_admin(row_factory=psycopg.rows.dict_row) as connection:
        return connection.execute(
            "SELECT * FROM cumuldesk_internal.append_event(%s, %s, %s, %s::jsonb)",
            ("an.admin", action, subject, json.dumps(details)),
        ).fetchone()


def events(central) -> list[dict]:
    with central.connect_admin(row_factory=psycopg.rows.dict_row) as connection:
        return connection.execute("SELECT * FROM audit_events ORDER BY seq").fetchall()


def cut_end(central, count: int) -> None:
    """The owner removes the last `count` events behind the append-only trigger's back."""
    with central.connect_admin() as connection:
        connection.execute("ALTER TABLE audit_events DISABLE TRIGGER ALL")
        last = connection.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
        connection.execute("DELETE FROM audit_events WHERE seq > %s", (last - count,))
        connection.execute("ALTER TABLE audit_events ENABLE TRIGGER ALL")


def test_sql_and_python_hash_the_same_bytes(secure_central):
    moments = [
        datetime(2026, 11, 23, 9, 0, 0, 0, tzinfo=UTC),
        datetime(2026, 3, 29, 2, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2))),
        datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ]
    cases = [
        ("0" * 64, 1, moments[0], "an.handler", "sign_in", None, '{"mode": "online"}'),
        ("f" * 64, 2, moments[1], TRICKY, TRICKY, TRICKY, TRICKY),
        ("a" * 64, 2**31 - 1, moments[2], "é", "x", "", json.dumps({"t": TRICKY})),
    ]
    with secure_central.connect_admin() as connection:
        for case in cases:
            server = connection.execute(
                "SELECT cumuldesk_internal.audit_event_hash(%s, %s, %s, %s, %s, %s, %s)", case
            ).fetchone()[0]
            assert server == event_hash(*case), case[3][:20]


def test_events_appended_by_the_server_verify_in_python_and_the_other_way(secure_central):
    engine, owner = owner_sessions(secure_central)
    try:
        server_event = append_as_owner(secure_central, "letter_saved", {"text": TRICKY})
        assert json.loads(server_event["details"]) == {"text": TRICKY}
        with owner.begin() as session:  # the administrator's own connection: Python
            python_event = record(session, "an.admin", "import", details={"note": TRICKY})
        assert python_event.seq == server_event["seq"] + 1
        # the server appends after Python's event: the head it checks is Python's
        again = append_as_owner(secure_central, "letter_saved", {"n": 1}, subject="ab" * 16)
        assert again["prev_hash"] == python_event.hash
        with owner() as session:
            result = verify_trail(session)
        assert result.ok, result.problems
        assert result.events == len(events(secure_central))
    finally:
        engine.dispose()


def test_a_handler_s_events_are_numbered_timed_and_hashed_by_the_server(secure_central):
    handler = unique_username("an")
    add_account(secure_central, handler)
    engine, sessions = sessions_as(secure_central, handler)
    try:
        with sessions.begin() as session:
            assert is_secured(session)
            event = record(
                session,
                "someone.else",  # not what the server writes
                "sign_in",
                insz=INSZ,
                details={"mode": "online"},
                clock=lambda: datetime(2000, 1, 1, tzinfo=UTC),
            )
            assert event not in session  # the server's row, not a new one to insert
        assert event.actor == handler
        assert event.at > datetime.now(UTC) - timedelta(minutes=5)
        stored = events(secure_central)[-1]
        assert (stored["seq"], stored["hash"], stored["actor"]) == (event.seq, event.hash, handler)
        # the pseudonym is the server's, with the key no laptop holds
        with secure_central.connect_admin() as connection:
            key = connection.execute(
                "SELECT value FROM settings WHERE key = 'audit_pseudonym_key'"
            ).fetchone()[0]
        assert stored["subject"] == pseudonym(bytes.fromhex(key), INSZ)
        engine_owner, owner = owner_sessions(secure_central)
        with owner() as session:
            assert verify_trail(session).ok
        engine_owner.dispose()
    finally:
        engine.dispose()


def test_a_handler_can_neither_append_nor_read_the_head_or_the_key(secure_central):
    handler = unique_username("an")
    add_account(secure_central, handler)
    attempts = [
        "SELECT * FROM cumuldesk_internal.append_event('x', 'sign_in', NULL, '{}')",
        "SELECT * FROM settings",
        "SELECT * FROM cumuldesk_api.audit_head()",
        "SELECT * FROM cumuldesk_api.audit_letters()",
        "SELECT cumuldesk_internal.pseudonym('06052011755')",
        "INSERT INTO audit_events VALUES (999, now(), 'x', 'x', NULL, '{}', 'x', 'x')",
    ]
    for statement in attempts:
        with secure_central.connect_as(handler, PASSWORD) as connection:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)


def test_a_supervisor_verifies_through_the_server_s_head(secure_central):
    supervisor = unique_username("eva")
    add_account(secure_central, supervisor, role="supervisor")
    append_as_owner(secure_central, "sign_in", {"mode": "online"})
    engine, sessions = sessions_as(secure_central, supervisor)
    try:
        with secure_central.connect_as(supervisor, PASSWORD) as connection:
            head = connection.execute("SELECT seq, hash FROM cumuldesk_api.audit_head()").fetchone()
            assert head == (events(secure_central)[-1]["seq"], events(secure_central)[-1]["hash"])
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute("SELECT * FROM settings")
        with sessions() as session:
            result = verify_trail(session)
        assert result.ok and result.events == len(events(secure_central))
    finally:
        engine.dispose()


def test_a_cut_end_is_named_and_nothing_more_is_recorded(secure_central):
    supervisor = unique_username("eva")
    handler = unique_username("an")
    add_account(secure_central, supervisor, role="supervisor")
    add_account(secure_central, handler)
    for number in range(3):
        append_as_owner(secure_central, "sign_in", {"mode": "online", "n": number})
    before = events(secure_central)
    last = before[-1]["seq"]
    cut_end(secure_central, 2)

    # recording refuses, whoever asks: the handler's laptop (through the server)...
    engine, sessions = sessions_as(secure_central, handler)
    try:
        with pytest.raises(ChainCut) as refused, sessions.begin() as session:
            record(session, handler, "sign_in", details={"mode": "online"})
        assert f"events {last - 1} to {last} removed from its end" in str(refused.value)
    finally:
        engine.dispose()
    # ... the owner's own Python ...
    engine, owner = owner_sessions(secure_central)
    try:
        with pytest.raises(ChainCut, match=f"events {last - 1} to {last} removed"):
            with owner.begin() as session:
                record(session, "an.admin", "import", details={})
    finally:
        engine.dispose()
    # ... and the server's own function
    with pytest.raises(psycopg.Error, match="the audit trail is cut") as server:
        append_as_owner(secure_central, "sign_in", {"mode": "online"})
    assert server.value.sqlstate == "CDCUT"
    assert len(events(secure_central)) == len(before) - 2  # nothing covered the cut

    engine, sessions = sessions_as(secure_central, supervisor)
    try:
        with sessions() as session:
            result = verify_trail(session)
    finally:
        engine.dispose()
    assert [(p.seq, p.kind) for p in result.problems] == [(last - 1, "truncated")]
    assert f"events {last - 1} to {last} removed from the end of the trail" in (
        result.problems[0].message
    )


def test_the_owner_s_silent_rewrite_verifies_without_a_checkpoint(secure_central):
    """What a checkpoint is for (tests/commands/test_audit_checkpoint.py): an owner who
    rewrites an event and recomputes every later hash and the head leaves a chain that
    verifies on its own."""
    for number in range(4):
        append_as_owner(secure_central, "sign_in", {"mode": "online", "n": number})
    rewrite_event(secure_central, 2, '{"mode": "offline"}')
    engine, owner = owner_sessions(secure_central)
    try:
        with owner() as session:
            assert verify_trail(session).ok
    finally:
        engine.dispose()


def rewrite_event(central, seq: int, details: str) -> None:
    """As the owner: change event `seq`'s details, recompute it and every later hash and
    the head, with the server's own hash function."""
    with central.connect_admin() as connection:
        connection.execute("ALTER TABLE audit_events DISABLE TRIGGER ALL")
        connection.execute("UPDATE audit_events SET details = %s WHERE seq = %s", (details, seq))
        rows = connection.execute(
            "SELECT seq, at, actor, action, subject, details FROM audit_events"
            " WHERE seq >= %s ORDER BY seq",
            (seq,),
        ).fetchall()
        previous = connection.execute(
            "SELECT hash FROM audit_events WHERE seq = %s", (seq - 1,)
        ).fetchone()
        prev_hash = previous[0] if previous else "0" * 64
        for number, at, actor, action, subject, body in rows:
            new_hash = connection.execute(
                "SELECT cumuldesk_internal.audit_event_hash(%s, %s, %s, %s, %s, %s, %s)",
                (prev_hash, number, at, actor, action, subject, body),
            ).fetchone()[0]
            connection.execute(
                "UPDATE audit_events SET prev_hash = %s, hash = %s WHERE seq = %s",
                (prev_hash, new_hash, number),
            )
            prev_hash = new_hash
        connection.execute(
            "UPDATE settings SET value = %s WHERE key = 'audit_head'",
            (f"{rows[-1][0]}:{prev_hash}",),
        )
        connection.execute("ALTER TABLE audit_events ENABLE TRIGGER ALL")
