"""screening results: one current screening per case (issue 18)

Revision ID: 0007
Revises: 0006

`screening_results` holds the newest screening of each case (`cumuldesk screen`,
`cumuldesk.services.screening`): the verdict (NULL when the dossier could not be
simulated, `problem` then says why), the amount at stake over the horizon in cents
(Flemish total minus federal total, signed), the months compared, in conflict and in
arrears, the open points of law the verdict rests on (a JSON list of parameter keys), the
law-data version used and when. `dossier_seq` and `dossier_rows` are the highest change
sequence and the number of the dossier's rows (person, BOB periods, IVT/IT decisions and
periods, zorgtoeslag attestations) when it was screened: a re-screening screens again
exactly the cases whose dossier has a newer row or a row fewer, or whose law-data version
is not the one in force. One row per case (its id is the key); deleting the case deletes
it. Nothing personal beyond the case reference.

On the production set-up only the supervisors' functions write the table and a handler
reads the rows of the cases they may read (storage/security/40_supervisor.sql,
60_policies.sql). A local cache gets the table empty (not synced yet).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screening_results",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("case_reference", sa.String(length=32), nullable=False),
        sa.Column(
            "verdict",
            sa.Enum(
                "ivt_it",
                "renounce",
                "not_applicable",
                name="screening_verdict",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("at_stake", sa.BigInteger(), nullable=False),
        sa.Column("months_compared", sa.Integer(), nullable=False),
        sa.Column("conflict_months", sa.Integer(), nullable=False),
        sa.Column("arrears_months", sa.Integer(), nullable=False),
        sa.Column("open_points", sa.Text(), nullable=False),
        sa.Column("law_version", sa.Integer(), nullable=True),
        sa.Column("screened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("dossier_seq", sa.BigInteger(), nullable=False),
        sa.Column("dossier_rows", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(verdict IS NULL) <> (problem IS NULL)",
            name=op.f("ck_screening_results_verdict_or_problem"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_screening_results_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_screening_results")),
    )


def downgrade() -> None:
    op.drop_table("screening_results")
