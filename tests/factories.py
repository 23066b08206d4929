"""Synthetic rows for tests (valid synthetic INSZ, invented names and addresses)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache

from sqlalchemy import select

from cumuldesk.domain.insz import build_insz
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.storage.models import (
    Answer,
    BobPeriodRow,
    Case,
    CaseStatus,
    Handler,
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    Note,
    Person,
    RegionCode,
    RegulationCode,
    Role,
)
from cumuldesk.storage.passwords import hash_password

# The password of the handlers the tests make (conftest's `password_env` fixture puts it
# in CUMULDESK_PASSWORD for the commands).
TEST_PASSWORD = "test-password-1"


@cache
def password_hash(password: str) -> str:
    """One hash per password per test run: a scrypt hash costs about 0.1 s, and hundreds
    of handlers are made. (The salt is then shared between the test handlers with the
    same password; tests/storage/test_passwords.py checks real hashing.)"""
    return hash_password(password)


def make_handler(
    username: str,
    role: Role = Role.HANDLER,
    team: str = "T",
    password: str | None = TEST_PASSWORD,
    *,
    language: Language = Language.NL,
    active: bool = True,
) -> Handler:
    """A handler whose password is `password` (None: no password set)."""
    return Handler(
        username=username,
        display_name=username.replace(".", " ").title(),
        team=team,
        role=role,
        language=language,
        password_hash=None if password is None else password_hash(password),
        active=active,
    )


def identity_of(factory, username: str) -> Identity:
    """The identity `sign_in` gives for `username`, read without checking a password
    (for service tests of other things than sign-in: hashing costs about 0.1 s)."""
    with factory() as session:
        return Identity.of(session.scalars(select(Handler).filter_by(username=username)).one())


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
            updated_at=datetime(2022, 1, 1, tzinfo=UTC),
            # a proposal was sent (an answer needs one: the case rules, docs/security.md)
            **{
                "status": CaseStatus.CLOSED,
                "proposal_sent_on": date(2022, 1, 5),
                **(case_fields or {}),
            },
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
