"""Shared helpers for the law-data tests: a central database with two supervisors, two
handlers of one team and a few dossiers, on SQLite or PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from factories import add_person, make_handler
from sqlalchemy import select

from cumuldesk.config import CentralConfig
from cumuldesk.services.central.connect import Central
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import AuditEvent, CaseStatus, Role

SUPERVISOR = "lea.sup"
OTHER_SUPERVISOR = "max.sup"
HANDLERS = ("an", "bo")  # handlers of team "T" (factories' team)
PERSONS = 3  # counters 1..3: born 2004-01-01, BOB and IVT 900.00 from 2022-02


def make_law_central(url: str) -> Central:
    """A migrated central database (law data seeded, version 1) with the supervisors,
    the handlers and PERSONS dossiers of team T, open cases."""
    engine = open_central(url)
    migrate(engine)
    factory = session_factory(engine)
    with factory.begin() as session:
        session.add_all(
            [
                make_handler(SUPERVISOR, Role.SUPERVISOR),
                make_handler(OTHER_SUPERVISOR, Role.SUPERVISOR),
                *(make_handler(name, password=None) for name in HANDLERS),
            ]
        )
        for counter in range(1, PERSONS + 1):
            add_person(session, counter, case_fields={"status": CaseStatus.IN_REVIEW})
    return Central(CentralConfig(url, False, "test"), engine, factory)


class Clock:
    """A clock that moves one second at each reading."""

    def __init__(self, start: datetime = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def audit(factory, *actions: str) -> list[tuple[str, str, dict]]:
    """(actor, action, details) of the central audit events with these actions, in order."""
    with factory() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action.in_(actions)).order_by(AuditEvent.seq)
        ).all()
        return [(e.actor, e.action, json.loads(e.details)) for e in events]


TODAY = date(2026, 11, 23)
