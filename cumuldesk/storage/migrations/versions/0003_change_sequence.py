"""change sequence on every synced row, tombstones for deleted rows, push receipts

Revision ID: 0003
Revises: 0002

The central database numbers every change of a row a handler may see. The numbers come
from one counter (`sync_counter`), taken under one lock, so they are handed out in the
order the changes are committed:

- PostgreSQL: one number per transaction. A statement trigger takes the advisory lock
  that also serialises the audit trail (before the statement locks any row, so the two
  kinds of lock are always taken in the same order), bumps the counter and keeps the
  number in a transaction-local setting; row triggers stamp it on each row. The lock is
  held until commit: a reader that sees counter value N sees every change numbered N
  or lower.
- SQLite: one writer at a time by design; row triggers bump the counter for each row.

A deleted row leaves a tombstone (table, id, number). Rows that existed before this
revision are numbered 1.

A local cache runs the same migrations but gets no triggers: it keeps the central
numbers of the rows it copied (`migrate(engine, cache=True)`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = (
    "handlers",
    "persons",
    "legal_representatives",
    "bob_periods",
    "ivt_it_decisions",
    "ivt_it_periods",
    "zorgtoeslag_points",
    "cases",
    "notes",
    "letters",
)
PG_LOCK = 0x43554D55  # the same advisory lock as cumuldesk.storage.audit

PG_FUNCTIONS = f"""
CREATE FUNCTION cumuldesk_change_seq() RETURNS bigint AS $$
DECLARE
    taken text := current_setting('cumuldesk.change_seq', true);
    number bigint;
BEGIN
    IF taken IS NOT NULL AND taken <> '' THEN
        RETURN taken::bigint;
    END IF;
    PERFORM pg_advisory_xact_lock({PG_LOCK});
    UPDATE sync_counter SET value = value + 1 WHERE id = 1 RETURNING value INTO number;
    PERFORM set_config('cumuldesk.change_seq', number::text, true);
    RETURN number;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION cumuldesk_take_change_seq() RETURNS trigger AS $$
BEGIN
    PERFORM cumuldesk_change_seq();
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION cumuldesk_stamp_change_seq() RETURNS trigger AS $$
BEGIN
    NEW.change_seq := cumuldesk_change_seq();
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION cumuldesk_tombstone() RETURNS trigger AS $$
BEGIN
    INSERT INTO sync_tombstones (table_name, row_id, change_seq)
    VALUES (TG_TABLE_NAME, OLD.id, cumuldesk_change_seq())
    ON CONFLICT (table_name, row_id) DO UPDATE SET change_seq = EXCLUDED.change_seq;
    RETURN OLD;
END $$ LANGUAGE plpgsql;
"""


def _is_cache() -> bool:
    return bool(context.config.attributes.get("cache"))


def upgrade() -> None:
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_sync_counter_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_counter")),
    )
    op.create_table(
        "sync_tombstones",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_tombstones")),
    )
    with op.batch_alter_table("sync_tombstones") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_tombstones_change_seq"), ["change_seq"], unique=False
        )
    op.create_table(
        "sync_receipts",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("handler", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_receipts")),
    )
    for table in TABLES:
        # plain ALTER TABLE (not batch): SQLite adds a column with a constant default in
        # place, and the append-only triggers of other tables are left alone
        op.add_column(
            table, sa.Column("change_seq", sa.BigInteger(), server_default="0", nullable=False)
        )
        op.create_index(f"ix_{table}_change_seq", table, ["change_seq"], unique=False)
    existing = 0 if _is_cache() else 1
    op.execute(f"INSERT INTO sync_counter (id, value) VALUES (1, {existing})")
    if _is_cache():
        return
    for table in TABLES:
        op.execute(f"UPDATE {table} SET change_seq = 1")
    if op.get_bind().dialect.name == "postgresql":
        _postgres_triggers()
    else:
        _sqlite_triggers()


def _postgres_triggers() -> None:
    op.execute(PG_FUNCTIONS)
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_take_change_seq BEFORE INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION cumuldesk_take_change_seq()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_stamp_change_seq BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION cumuldesk_stamp_change_seq()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION cumuldesk_tombstone()"
        )


def _sqlite_triggers() -> None:
    bump = "UPDATE sync_counter SET value = value + 1 WHERE id = 1;"
    number = "(SELECT value FROM sync_counter WHERE id = 1)"
    for table in TABLES:
        for event in ("INSERT", "UPDATE"):
            op.execute(
                f"CREATE TRIGGER {table}_change_seq_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {bump} "
                f"UPDATE {table} SET change_seq = {number} WHERE id = NEW.id; END"
            )
        op.execute(
            f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} "
            f"BEGIN {bump} "
            "INSERT OR REPLACE INTO sync_tombstones (table_name, row_id, change_seq) "
            f"VALUES ('{table}', OLD.id, {number}); END"
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        if postgres:
            for name in ("take_change_seq", "stamp_change_seq", "tombstone"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{name} ON {table}")
        else:
            for name in ("change_seq_insert", "change_seq_update", "tombstone"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{name}")
        op.drop_index(f"ix_{table}_change_seq", table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("change_seq")
    if postgres:
        for name in (
            "cumuldesk_tombstone()",
            "cumuldesk_stamp_change_seq()",
            "cumuldesk_take_change_seq()",
            "cumuldesk_change_seq()",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {name}")
    op.drop_table("sync_receipts")
    op.drop_table("sync_tombstones")
    op.drop_table("sync_counter")
