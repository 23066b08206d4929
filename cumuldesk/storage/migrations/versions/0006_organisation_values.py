"""organisation values: the letters' sender block, published by supervisors

Revision ID: 0006
Revises: 0005

`organisation_values` holds every published version of a field of the letters' sender
block (organisation, postal address, phone, opening hours, signatory) in one language:
its text, its source note, who published it and when, and a version that numbers the
publications of the whole table. The current value of a (field, language) is its row of
the highest version. The table starts empty: a supervisor publishes each field (`cumuldesk
organisation publish`); the demo data seed the sourced public facts
(`cumuldesk.services.demo`). A local cache gets the table empty too: the pull copies the
central rows into it (`cumuldesk.sync.organisation`).

On the central database (PostgreSQL and SQLite) a trigger refuses to change a published
row: a publication is kept as it was, a new one is a new row. A cache gets no trigger (a
full pull replaces its rows).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEPT = "a published sender-block value cannot be changed: publish a new one"

PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION organisation_values_kept() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'CDORG', MESSAGE = '{KEPT}';
END $$ LANGUAGE plpgsql;
"""


def _is_cache() -> bool:
    return bool(context.config.attributes.get("cache"))


def upgrade() -> None:
    op.create_table(
        "organisation_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column(
            "language",
            sa.Enum(
                "nl",
                "fr",
                "de",
                name="organisation_language",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=1000), nullable=False),
        sa.Column("published_by", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_values")),
        sa.UniqueConstraint("version", name=op.f("uq_organisation_values_version")),
    )
    with op.batch_alter_table("organisation_values") as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_values_field"), ["field"], unique=False)
    if _is_cache():
        return  # a cache gets the central rows by sync and replaces them at a full pull
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER organisation_values_kept BEFORE UPDATE ON organisation_values "
            "FOR EACH ROW EXECUTE FUNCTION organisation_values_kept()"
        )
        return
    op.execute(
        "CREATE TRIGGER organisation_values_kept BEFORE UPDATE ON organisation_values "
        f"BEGIN SELECT RAISE(ABORT, '{KEPT}'); END"
    )


def downgrade() -> None:
    if not _is_cache():
        if op.get_bind().dialect.name == "postgresql":
            op.execute("DROP TRIGGER IF EXISTS organisation_values_kept ON organisation_values")
            op.execute("DROP FUNCTION IF EXISTS organisation_values_kept()")
        else:
            op.execute("DROP TRIGGER IF EXISTS organisation_values_kept")
    with op.batch_alter_table("organisation_values") as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_values_field"))
    op.drop_table("organisation_values")
