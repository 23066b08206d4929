"""The central schema: Alembic migrations equal the models, on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from cumuldesk.storage.database import (
    DatabaseUnavailable,
    describe_url,
    open_central,
    session_factory,
)
from cumuldesk.storage.models import (
    Base,
    BobPeriodRow,
    Case,
    CaseStatus,
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    Person,
    RegionCode,
    RegulationCode,
)


def test_upgrade_head_equals_the_models(central_engine):
    with central_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def person(**changes) -> Person:
    data = dict(
        insz="06052011755",
        family_name="Testpersoon",
        given_name="Fictief",
        language=Language.NL,
        region=RegionCode.FLANDERS,
        birth_date=date(2006, 5, 20),
        street="Verzonnenstraat",
        house_number="1",
        postal_code="9999",
        municipality="Nergensdorp",
    )
    data.update(changes)
    return Person(**data)


def test_a_dossier_round_trips_with_exact_money(central_engine):
    factory = session_factory(central_engine)
    with factory.begin() as session:
        p = person()
        p.bob_periods.append(BobPeriodRow(start=date(2024, 1, 1), end=None, voluntary_switch=False))
        decision = IvtItDecision(decision_ref="D1", version=1, decided_on=date(2024, 5, 2))
        decision.periods.append(
            IvtItPeriodRow(
                start=date(2024, 6, 1),
                end=None,
                monthly_amount=Decimal("880.62"),
                regulation=RegulationCode.IVT,
            )
        )
        p.decisions.append(decision)
        p.cases.append(
            Case(
                reference="CD-1",
                application_date=date(2024, 3, 1),
                team="T1",
                status=CaseStatus.IN_REVIEW,
                updated_at=datetime(2024, 3, 1, tzinfo=UTC),
            )
        )
        session.add(p)
    with factory() as session:
        loaded = session.scalars(select(Person).where(Person.insz == "06052011755")).one()
        amount = loaded.decisions[0].periods[0].monthly_amount
        assert amount == Decimal("880.62") and isinstance(amount, Decimal)
        assert loaded.bob_periods[0].end is None
        assert loaded.cases[0].status is CaseStatus.IN_REVIEW


def test_constraints_refuse_impossible_rows(central_engine):
    factory = session_factory(central_engine)
    with pytest.raises(IntegrityError), factory.begin() as session:
        p = person()
        p.bob_periods.append(BobPeriodRow(start=date(2024, 5, 1), end=date(2024, 1, 1)))
        session.add(p)
    with pytest.raises(IntegrityError), factory.begin() as session:
        session.add_all([person(), person(given_name="Ander")])  # same INSZ twice


def test_unreachable_database_is_a_clear_error_without_the_password():
    engine = open_central("postgresql+psycopg://someone:s3cret@127.0.0.1:1/nothing")
    from cumuldesk.storage.database import migrate

    with pytest.raises(DatabaseUnavailable) as info:
        migrate(engine)
    assert "s3cret" not in str(info.value)
    assert "nothing on 127.0.0.1:1" in str(info.value)
    assert describe_url("postgresql+psycopg://a:pw@db.example:5432/central") == (
        "postgresql database central on db.example:5432"
    )


def test_the_head_revision_known_without_alembic_is_alembic_s_head(central_engine):
    from alembic.script import ScriptDirectory

    from cumuldesk.storage.database import HEAD_REVISION, alembic_config

    script = ScriptDirectory.from_config(alembic_config(central_engine))
    assert script.get_heads() == [HEAD_REVISION]
    with central_engine.connect() as connection:  # and a migrated database says so
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
            (HEAD_REVISION,)
        ]
