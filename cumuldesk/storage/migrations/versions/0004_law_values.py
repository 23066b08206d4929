"""law values: the law data of the organisation, proposed and approved by supervisors

Revision ID: 0004
Revises: 0003

`law_values` holds every dated value of a law parameter, with its state (proposed,
approved, rejected), who proposed and who decided it, and the law-data version it got
when approved. On the central database the table is seeded with every value of the
shipped parameter files as approved, version 1, by "shipped". A local cache gets the
table empty: the pull copies the central approved rows into it (`cumuldesk.sync.law`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _is_cache() -> bool:
    return bool(context.config.attributes.get("cache"))


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    table = op.create_table(
        "law_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("bracket", sa.String(length=32), nullable=True),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.Column("kind", _enum("law_kind", "sourced", "computed", "carried"), nullable=False),
        sa.Column("source_title", sa.String(length=500), nullable=False),
        sa.Column("source_url", sa.String(length=1000), nullable=True),
        sa.Column("state", _enum("law_state", "proposed", "approved", "rejected"), nullable=False),
        sa.Column("proposed_by", sa.String(length=64), nullable=False),
        sa.Column("proposed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(state = 'approved') = (version IS NOT NULL)",
            name=op.f("ck_law_values_version_when_approved"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_law_values")),
    )
    with op.batch_alter_table("law_values") as batch_op:
        batch_op.create_index(batch_op.f("ix_law_values_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_law_values_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_law_values_version"), ["version"], unique=False)
    if _is_cache():
        return  # a cache gets the central approved rows by sync
    from cumuldesk.storage.audit import utcnow
    from cumuldesk.storage.law_data import seed_rows

    op.bulk_insert(table, seed_rows(utcnow()))


def downgrade() -> None:
    with op.batch_alter_table("law_values") as batch_op:
        batch_op.drop_index(batch_op.f("ix_law_values_version"))
        batch_op.drop_index(batch_op.f("ix_law_values_state"))
        batch_op.drop_index(batch_op.f("ix_law_values_name"))
    op.drop_table("law_values")
