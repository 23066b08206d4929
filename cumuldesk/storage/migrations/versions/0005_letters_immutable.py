"""finalised letters are immutable: triggers refuse to change (and on PostgreSQL to delete) them

Revision ID: 0005
Revises: 0004

A letter whose `finalised_at` is set is what was sent: the database refuses to change
it, even for the owner's plain UPDATE (docs/audit-integrity.md).

- PostgreSQL: a row trigger refuses UPDATE of a finalised letter (any column but the
  change sequence, and the author set to NULL by the foreign key when an account row
  goes) and DELETE of one, unless the transaction said it is the retention purge with
  `set_config('cumuldesk.purging', 'on', true)` (deleting a person cascades to their
  letters); a statement trigger refuses TRUNCATE of a table holding finalised letters
  on the same terms.
- SQLite (the embedded single-desk database): a trigger refuses UPDATE of a finalised
  letter.
- A local cache gets no trigger: sync deletes and replaces its letters
  (`migrate(engine, cache=True)`).

The owner can still drop a trigger; what shows such a change is the letter's hash in the
audit chain (the `letter_finalised` event) and a checkpoint kept outside the database.
"""

from __future__ import annotations

from alembic import context, op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

PURGING = "cumuldesk.purging"  # cumuldesk.storage.letters_guard.PURGING_SETTING
CHANGED = "a finalised letter cannot be changed"
DELETED = "a finalised letter cannot be deleted (only the retention purge removes it)"

PG_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION letters_finalised_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.finalised_at IS NULL THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF coalesce(current_setting('{PURGING}', true), '') = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'CDLTR',
            MESSAGE = format('{DELETED} (letter %s)', OLD.id);
    END IF;
    IF (to_jsonb(NEW) - 'change_seq' - 'author_id') IS DISTINCT FROM
           (to_jsonb(OLD) - 'change_seq' - 'author_id')
       OR (NEW.author_id IS DISTINCT FROM OLD.author_id AND NEW.author_id IS NOT NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'CDLTR',
            MESSAGE = format('{CHANGED} (letter %s)', OLD.id);
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION letters_finalised_no_truncate() RETURNS trigger AS $$
BEGIN
    IF coalesce(current_setting('{PURGING}', true), '') <> 'on'
       AND EXISTS (SELECT 1 FROM letters WHERE finalised_at IS NOT NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'CDLTR', MESSAGE = '{DELETED}';
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;
"""

# every column of letters but change_seq (set by the change-sequence trigger) and
# author_id (set to NULL by the foreign key when a handler row is deleted)
SQLITE_COLUMNS = (
    "id",
    "case_id",
    "kind",
    "language",
    "created_at",
    "finalised_at",
    "content",
    "content_sha256",
)


def _is_cache() -> bool:
    return bool(context.config.attributes.get("cache"))


def upgrade() -> None:
    if _is_cache():
        return  # a cache deletes and replaces its letters when it syncs
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTIONS)
        op.execute(
            "CREATE TRIGGER letters_finalised_immutable BEFORE UPDATE OR DELETE ON letters "
            "FOR EACH ROW EXECUTE FUNCTION letters_finalised_immutable()"
        )
        op.execute(
            "CREATE TRIGGER letters_finalised_no_truncate BEFORE TRUNCATE ON letters "
            "FOR EACH STATEMENT EXECUTE FUNCTION letters_finalised_no_truncate()"
        )
        return
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in SQLITE_COLUMNS)
    op.execute(
        "CREATE TRIGGER letters_finalised_no_update BEFORE UPDATE ON letters "
        f"WHEN OLD.finalised_at IS NOT NULL AND ({changed} "
        "OR (NEW.author_id IS NOT OLD.author_id AND NEW.author_id IS NOT NULL)) "
        f"BEGIN SELECT RAISE(ABORT, '{CHANGED}'); END"
    )


def downgrade() -> None:
    if _is_cache():
        return
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS letters_finalised_no_truncate ON letters")
        op.execute("DROP TRIGGER IF EXISTS letters_finalised_immutable ON letters")
        op.execute("DROP FUNCTION IF EXISTS letters_finalised_no_truncate()")
        op.execute("DROP FUNCTION IF EXISTS letters_finalised_immutable()")
        return
    op.execute("DROP TRIGGER IF EXISTS letters_finalised_no_update")
