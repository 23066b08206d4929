"""The audit trail is append-only and hash-chained; verify names what was tampered with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from cumuldesk.storage.audit import (
    GENESIS,
    HEAD_SETTING,
    ChainCut,
    event_hash,
    event_hash_v1,
    pseudonym,
    pseudonym_key,
    record,
    verify_trail,
)
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import AuditEvent, Setting

INSZ = "06052011755"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def fill(engine, count: int = 5):
    factory = session_factory(engine)
    clock = Clock()
    with factory.begin() as session:
        for number in range(count):
            record(
                session,
                "an.handler",
                f"action_{number}",
                insz=INSZ,
                details={"case": f"CD-{number}"},
                clock=clock,
            )
    return factory


def drop_triggers(engine) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
        else:
            connection.execute(text("DROP TRIGGER audit_events_no_update"))
            connection.execute(text("DROP TRIGGER audit_events_no_delete"))


def test_an_intact_trail_verifies(central_engine):
    factory = fill(central_engine)
    with factory() as session:
        result = verify_trail(session)
    assert result.ok and result.events == 5


def test_the_insz_is_never_stored_only_its_pseudonym(central_engine):
    factory = fill(central_engine, 1)
    with factory() as session:
        event = session.scalars(select(AuditEvent)).one()
        assert event.subject == pseudonym(pseudonym_key(session), INSZ)
        assert INSZ not in event.subject and INSZ not in event.details
        assert len(event.subject) == 32


def test_database_refuses_update_and_delete(central_engine):
    fill(central_engine, 2)
    for statement in (
        "UPDATE audit_events SET actor = 'x' WHERE seq = 1",
        "DELETE FROM audit_events WHERE seq = 1",
    ):
        with pytest.raises(DatabaseError, match="append-only"), central_engine.begin() as conn:
            conn.execute(text(statement))


def tamper(engine, *statements: str):
    drop_triggers(engine)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    with session_factory(engine)() as session:
        return verify_trail(session)


def test_a_changed_event_is_named(central_engine):
    fill(central_engine)
    result = tamper(central_engine, "UPDATE audit_events SET actor = 'someone.else' WHERE seq = 3")
    assert [(p.seq, p.kind) for p in result.problems] == [(3, "changed")]
    assert "event 3 (2026-11-23 09:00:03 UTC, action_2) was changed" in result.problems[0].message


def test_a_removed_event_is_named(central_engine):
    fill(central_engine)
    result = tamper(central_engine, "DELETE FROM audit_events WHERE seq = 2")
    assert [(p.seq, p.kind) for p in result.problems] == [(2, "removed")]
    assert "event 2 removed" in result.problems[0].message


def test_events_cut_off_the_end_are_caught(central_engine):
    fill(central_engine)
    result = tamper(central_engine, "DELETE FROM audit_events WHERE seq >= 4")
    assert [(p.seq, p.kind) for p in result.problems] == [(4, "truncated")]
    assert "events 4 to 5 removed from the end" in result.problems[0].message


def test_reordered_events_are_caught(central_engine):
    fill(central_engine)
    # swap the sequence numbers of events 2 and 3
    result = tamper(
        central_engine,
        "UPDATE audit_events SET seq = 100 WHERE seq = 2",
        "UPDATE audit_events SET seq = 2 WHERE seq = 3",
        "UPDATE audit_events SET seq = 3 WHERE seq = 100",
    )
    assert result.problems and {p.kind for p in result.problems} <= {"changed", "reordered"}
    assert result.problems[0].seq == 2


def test_threads_appending_at_once_never_number_two_events_alike(tmp_path):
    """The desktop's sync thread and its window write the cache's trail at the same time;
    every event must land, in one unbroken chain."""
    import threading

    from cumuldesk.storage.cache import LocalCache

    cache = LocalCache.open(tmp_path / "cache.sqlite", b"r" * 32, create=True, owner="an")
    errors: list[str] = []

    def append(worker: int) -> None:
        for _ in range(40):
            try:
                with cache.sessions.begin() as session:
                    record(session, "an", f"worker_{worker}")
            except Exception as exc:  # noqa: BLE001 - counted and shown below
                errors.append(type(exc).__name__)

    threads = [threading.Thread(target=append, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert errors == []
        with cache.sessions() as session:
            assert verify_trail(session).ok
            assert session.scalar(select(func.count()).select_from(AuditEvent)) == 120
    finally:
        cache.close()


# ------------------------------------------------------------ formats and cut ends


def test_events_hashed_in_the_old_format_still_verify(central_engine):
    """Trails written before format v2 verify, and new events continue them."""
    factory = session_factory(central_engine)
    clock = Clock()
    with factory.begin() as session:
        prev = GENESIS
        for seq in (1, 2):
            at = clock()
            details = '{"note": "caf\\u00e9"}'
            digest = event_hash_v1(prev, seq, at, "an.handler", "old", None, details)
            session.add(
                AuditEvent(
                    seq=seq,
                    at=at,
                    actor="an.handler",
                    action="old",
                    subject=None,
                    details=details,
                    prev_hash=prev,
                    hash=digest,
                )
            )
            prev = digest
        session.add(Setting(key=HEAD_SETTING, value=f"2:{prev}"))
    with factory.begin() as session:
        new = record(session, "an.handler", "new", details={"note": "café"}, clock=clock)
    assert new.hash == event_hash(new.prev_hash, 3, new.at, "an.handler", "new", None, new.details)
    assert new.hash != event_hash_v1(
        new.prev_hash, 3, new.at, "an.handler", "new", None, new.details
    )
    with factory() as session:
        result = verify_trail(session)
    assert result.ok and result.events == 3


def test_a_cut_end_is_named_and_further_recording_refused(central_engine):
    factory = fill(central_engine)
    drop_triggers(central_engine)
    with central_engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events WHERE seq >= 4"))
    with pytest.raises(ChainCut) as refused, factory.begin() as session:
        record(session, "an.handler", "sign_in", details={"mode": "online"})
    message = str(refused.value)
    assert "the audit trail is cut: events 4 to 5 removed from its end" in message
    assert "restore the missing events from a backup or accept the cut" in message
    with factory() as session:
        result = verify_trail(session)  # still named: nothing covered it over
    assert [(p.seq, p.kind) for p in result.problems] == [(4, "truncated")]
    assert result.events == 3


def test_a_replaced_last_event_or_a_lost_head_refuses_recording(central_engine):
    factory = fill(central_engine, 3)
    with central_engine.begin() as connection:
        connection.execute(
            text("UPDATE settings SET value = '3:' || :h WHERE key = :k"),
            {"h": "f" * 64, "k": HEAD_SETTING},
        )
    with pytest.raises(ChainCut, match="its last event 3 was replaced"):
        with factory.begin() as session:
            record(session, "an.handler", "x")
    with central_engine.begin() as connection:
        connection.execute(text("DELETE FROM settings WHERE key = :k"), {"k": HEAD_SETTING})
    with pytest.raises(ChainCut, match="head .* is missing, while it holds events up to 3"):
        with factory.begin() as session:
            record(session, "an.handler", "x")
    with factory() as session:
        kinds = {p.kind for p in verify_trail(session).problems}
    assert kinds == {"head"}


def test_a_cut_local_trail_points_to_the_rebuild(tmp_path):
    from cumuldesk.storage.cache import CacheDamaged, LocalCache

    cache = LocalCache.open(tmp_path / "cache.sqlite", b"c" * 32, create=True, owner="an")
    try:
        fill(cache.engine, 3)
        with cache.engine.begin() as connection:
            connection.execute(text("DROP TRIGGER audit_events_no_delete"))
            connection.execute(text("DELETE FROM audit_events WHERE seq = 3"))
        with pytest.raises(ChainCut) as refused, cache.sessions.begin() as session:
            record(session, "an", "sign_in", details={"mode": "offline"})
        assert "the local cache's audit trail is cut: event 3 removed from its end" in str(
            refused.value
        )
        assert "until it is rebuilt from the central database" in str(refused.value)
        assert isinstance(refused.value, CacheDamaged)  # the rebuild is offered
    finally:
        cache.close()
