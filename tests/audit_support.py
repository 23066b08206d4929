"""What the audit-integrity tests do to a trail as its owner would: cut its end, rewrite
an event and recompute every later hash and the head (docs/audit-integrity.md)."""

from __future__ import annotations

from sqlalchemy import select, text, update

from cumuldesk.storage.audit import GENESIS, HEAD_SETTING, event_hash
from cumuldesk.storage.models import AuditEvent, Setting

PASSWORD = "a-long-test-password-1"


def add_account(central, username: str, role: str = "handler", team: str = "T1") -> None:
    """A handler's login role and row on a set-up PostgreSQL database, made as its
    administrator (50_accounts.sql)."""
    with central.connect_admin() as connection:
        verifier = connection.pgconn.encrypt_password(
            PASSWORD.encode(), username.encode(), b"scram-sha-256"
        )
        connection.execute(
            "SELECT cumuldesk_api.create_handler(%s, %s, %s, %s, %s, %s)",
            (username, "Test " + role, team, role, "nl", bytes(verifier).decode()),
        )


def _without_append_only(connection, statements) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER ALL"))
        statements()
        connection.execute(text("ALTER TABLE audit_events ENABLE TRIGGER ALL"))
        return
    connection.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
    connection.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
    statements()


def cut_end(owner_engine, count: int) -> int:
    """Remove the last `count` events, head left as it was; returns the old last number."""
    with owner_engine.begin() as connection:
        last = connection.scalar(text("SELECT max(seq) FROM audit_events"))
        _without_append_only(
            connection,
            lambda: connection.execute(
                text("DELETE FROM audit_events WHERE seq > :n"), {"n": last - count}
            ),
        )
    return int(last)


def rewrite_event(owner_engine, seq: int, details: str) -> None:
    """Change event `seq`'s details, then recompute its hash, every later one and the
    head: a chain that verifies on its own."""
    with owner_engine.begin() as connection:

        def rewrite() -> None:
            connection.execute(
                update(AuditEvent).where(AuditEvent.seq == seq).values(details=details)
            )
            rows = connection.execute(
                select(AuditEvent).where(AuditEvent.seq >= seq).order_by(AuditEvent.seq)
            ).all()
            prev = connection.scalar(select(AuditEvent.hash).where(AuditEvent.seq == seq - 1))
            prev = prev or GENESIS
            for row in rows:
                digest = event_hash(
                    prev, row.seq, row.at, row.actor, row.action, row.subject, row.details
                )
                connection.execute(
                    update(AuditEvent)
                    .where(AuditEvent.seq == row.seq)
                    .values(prev_hash=prev, hash=digest)
                )
                prev = digest
            connection.execute(
                update(Setting)
                .where(Setting.key == HEAD_SETTING)
                .values(value=f"{rows[-1].seq}:{prev}")
            )

        _without_append_only(connection, rewrite)
