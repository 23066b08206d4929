"""Helpers for the demo-data tests: create a population, read it back as dossiers of
domain objects (BOB periods, IVT/IT periods of the versions in force), dump the tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cumuldesk.config import CentralConfig
from cumuldesk.domain.cumulation import MonthStatus, assess_months
from cumuldesk.domain.periods import BobPeriod, IvtItPeriod, Period, Regulation
from cumuldesk.services.central.connect import Central
from cumuldesk.services.demo.data import create_demo_data
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import Base, IvtItDecision, Person

TODAY = date(2026, 3, 15)
BAN_START = date(2020, 8, 1)
DATA_TABLES = (
    "handlers",
    "persons",
    "legal_representatives",
    "bob_periods",
    "ivt_it_decisions",
    "ivt_it_periods",
    "zorgtoeslag_points",
    "cases",
    "notes",
)


def central_for(engine) -> Central:
    config = CentralConfig(str(engine.url), is_demo=False, origin="test")
    return Central(config, engine, session_factory(engine))


def create(engine, persons: int = 400, **options):
    options.setdefault("today", TODAY)
    return create_demo_data(central_for(engine), persons=persons, **options)


def dump(engine) -> dict[str, list[tuple]]:
    """Every row of the data tables, for comparing two runs. The handlers' password hashes
    are left out: each has a random salt by design, so the same seed need not (and on two
    machines does not) give the same hash; test_demo_data checks the passwords by signing in.
    So are the change sequence numbers: they count every write the database ever saw.
    """
    with engine.connect() as connection:
        return {name: _rows(connection, Base.metadata.tables[name]) for name in DATA_TABLES}


def _rows(connection, table) -> list[tuple]:
    columns = [c for c in table.columns if c.name not in ("password_hash", "change_seq")]
    return [tuple(row) for row in connection.execute(select(*columns).order_by(table.c.id))]


@dataclass
class Dossier:
    person: Person
    bob: list[BobPeriod]
    current: list[IvtItPeriod]  # periods of the versions in force
    versions: dict[str, list[IvtItDecision]]  # decision_ref -> versions, oldest first


def ivt_periods(decision: IvtItDecision) -> list[IvtItPeriod]:
    return [
        IvtItPeriod(Period(p.start, p.end), p.monthly_amount, Regulation(p.regulation.value))
        for p in decision.periods
    ]


def dossiers(engine) -> list[Dossier]:
    with session_factory(engine)() as session:
        persons = session.scalars(
            select(Person)
            .options(
                selectinload(Person.bob_periods),
                selectinload(Person.decisions).selectinload(IvtItDecision.periods),
                selectinload(Person.cases),
                selectinload(Person.zorgtoeslag),
                selectinload(Person.representative),
            )
            .order_by(Person.id)
        ).all()
        result = []
        for person in persons:
            versions: dict[str, list[IvtItDecision]] = {}
            for decision in sorted(person.decisions, key=lambda d: (d.decision_ref, d.version)):
                versions.setdefault(decision.decision_ref, []).append(decision)
            current = [
                period
                for decision in person.decisions
                if decision.superseded_at is None
                for period in ivt_periods(decision)
            ]
            bob = [
                BobPeriod(Period(b.start, b.end), b.voluntary_switch) for b in person.bob_periods
            ]
            result.append(Dossier(person, bob, current, versions))
        return result


def statuses(dossier: Dossier) -> set[MonthStatus]:
    months = assess_months(dossier.person.birth_date, BAN_START, dossier.bob, dossier.current)
    return {month.status for month in months}
