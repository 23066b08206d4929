"""Synthetic rows for tests (valid synthetic INSZ, invented names and addresses)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from cumuldesk.domain.insz import build_insz
from cumuldesk.storage.models import (
    Answer,
    BobPeriodRow,
    Case,
    CaseStatus,
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    Note,
    Person,
    RegionCode,
    RegulationCode,
)


def add_person(session, counter: int, *, death=None, case_fields=None, with_case=True) -> Person:
    person = Person(
        insz=build_insz(date(2004, 1, 1), counter),
        family_name="Voorbeeldmans",
        given_name="Test",
        language=Language.NL,
        region=RegionCode.FLANDERS,
        birth_date=date(2004, 1, 1),
        death_date=death,
        street="Verzonnenstraat",
        house_number="1",
        postal_code="9999",
        municipality="Fictiegem",
    )
    person.bob_periods.append(BobPeriodRow(start=date(2022, 2, 1), end=None))
    decision = IvtItDecision(decision_ref="D", version=1, decided_on=date(2022, 1, 10))
    decision.periods.append(
        IvtItPeriodRow(
            start=date(2022, 2, 1),
            end=None,
            monthly_amount=Decimal("900.00"),
            regulation=RegulationCode.IVT,
        )
    )
    person.decisions.append(decision)
    if with_case:
        case = Case(
            reference=f"CD-{counter}",
            application_date=date(2021, 12, 1),
            team="T",
            status=CaseStatus.CLOSED,
            updated_at=datetime(2022, 1, 1, tzinfo=UTC),
            **(case_fields or {}),
        )
        case.notes.append(Note(created_at=datetime(2022, 1, 1, tzinfo=UTC), text="Called."))
        person.cases.append(case)
    session.add(person)
    return person


def populate(factory) -> None:
    with factory.begin() as session:
        add_person(session, 1, death=date(2015, 5, 1))  # dead 11 years: goes
        add_person(session, 3, death=date(2020, 5, 1))  # dead 6 years: stays
        add_person(
            session,
            5,
            case_fields={"answer": Answer.ACCEPTED_RENUNCIATION, "answer_date": date(2025, 6, 1)},
        )  # goes
        add_person(
            session, 7, case_fields={"answer": Answer.REFUSED, "answer_date": date(2024, 6, 1)}
        )  # stays
        add_person(session, 9, case_fields={"rights_ended_on": date(2016, 1, 31)})  # goes
        add_person(session, 11, case_fields={"judgment_on": date(2018, 1, 31)})  # stays
        add_person(session, 13, with_case=False)  # no case: stays, counted
