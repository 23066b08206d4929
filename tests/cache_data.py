"""Synthetic data and an in-memory keyring for the local cache tests.

The distinctive dossier has a name, INSZ and dates that appear nowhere else, so that
a scan of the raw cache file for them means something.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from factories import make_handler
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from cumuldesk.domain.insz import build_insz, format_insz
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    CaseStatus,
    Handler,
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    LegalRepresentative,
    Letter,
    LetterKind,
    Note,
    Person,
    RegionCode,
    RegulationCode,
    Role,
    ZorgtoeslagPoints,
)

BIRTH = date(2003, 9, 17)
INSZ = build_insz(BIRTH, 427)
FAMILY_NAME = "Zwartveldenhoek"
GIVEN_NAME = "Quirijntje"
NOTE = "Gebeld met Quirijntje over de BOB-brief"
TEAM = "T1"
USER = "an.handler"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


def add_handlers(session) -> None:
    """USER (team T1) and other.handler (team T2), both with factories.TEST_PASSWORD."""
    session.add_all(
        [
            make_handler(USER, Role.HANDLER, TEAM),
            make_handler("other.handler", Role.HANDLER, "T2", language=Language.FR),
        ]
    )
    session.flush()


def distinctive_person(*, team: str = TEAM, handler: Handler | None = None) -> Person:
    person = Person(
        insz=INSZ,
        family_name=FAMILY_NAME,
        given_name=GIVEN_NAME,
        language=Language.NL,
        region=RegionCode.FLANDERS,
        birth_date=BIRTH,
        street="Kwispelsteeg",
        house_number="77",
        postal_code="9999",
        municipality="Fictiegem",
    )
    person.representative = LegalRepresentative(
        name="Bartholomeus Vlinderkamp",
        capacity="bewindvoerder",
        language=Language.NL,
        street="Verzonnenlaan",
        house_number="3",
        postal_code="9998",
        municipality="Nergensdorp",
    )
    person.bob_periods.append(BobPeriodRow(start=date(2021, 10, 1), end=date(2023, 2, 28)))
    old = IvtItDecision(
        decision_ref="D-1",
        version=1,
        decided_on=date(2022, 3, 15),
        superseded_at=date(2023, 1, 10),
    )
    old.periods.append(
        IvtItPeriodRow(
            start=date(2022, 4, 1),
            end=None,
            monthly_amount=Decimal("0.00"),
            regulation=RegulationCode.IVT,
        )
    )
    new = IvtItDecision(decision_ref="D-1", version=2, decided_on=date(2023, 1, 10))
    new.periods.append(
        IvtItPeriodRow(
            start=date(2022, 4, 1),
            end=None,
            monthly_amount=Decimal("1234.56"),
            regulation=RegulationCode.IVT_IT,
        )
    )
    person.decisions += [old, new]
    person.zorgtoeslag.append(
        ZorgtoeslagPoints(valid_from=date(2021, 1, 1), points=24, pillar1_points=6)
    )
    case = Case(
        reference="CD-2023-000427",
        application_date=date(2023, 1, 5),
        team=team,
        handler=handler,
        status=CaseStatus.IN_REVIEW,
        updated_at=datetime(2023, 1, 6, 8, 30, tzinfo=UTC),
    )
    case.notes.append(
        Note(
            created_at=datetime(2023, 1, 6, 9, 0, tzinfo=UTC),
            text=NOTE,
            author_id=handler.id if handler else None,
        )
    )
    case.letters.append(
        Letter(
            kind=LetterKind.RENUNCIATION_PROPOSAL,
            language=Language.NL,
            created_at=datetime(2023, 1, 7, tzinfo=UTC),
            content=f"Beste {GIVEN_NAME} {FAMILY_NAME}, ...",
        )
    )
    person.cases.append(case)
    return person


def plain_person(counter: int, *, team: str = TEAM, with_case: bool = True) -> Person:
    birth = date(2004, 1 + counter % 12, 1 + counter % 28)
    person = Person(
        insz=build_insz(birth, counter),
        family_name="Voorbeeld",
        given_name=f"Persoon{counter}",
        language=Language.FR,
        region=RegionCode.BRUSSELS,
        birth_date=birth,
        street="Rue Imaginaire",
        house_number=str(counter),
        postal_code="1099",
        municipality="Nullepart",
    )
    person.bob_periods.append(
        BobPeriodRow(start=date(2022, 2, 1), end=None, voluntary_switch=counter % 2 == 0)
    )
    if with_case:
        person.cases.append(
            Case(
                reference=f"CD-{counter:06d}",
                application_date=date(2023, 2, 1),
                team=team,
                status=CaseStatus.NEW,
                updated_at=datetime(2023, 2, 1, tzinfo=UTC),
            )
        )
    return person


def populate_central(engine, *, extra_team: int = 3, extra_other: int = 2):
    """Handlers, the distinctive dossier (team T1), more persons of T1 and of T2, and one
    person without a case. Returns the session factory."""
    factory = session_factory(engine)
    with factory.begin() as session:
        add_handlers(session)
        handler = session.query(Handler).filter_by(username=USER).one()
        session.add(distinctive_person(handler=handler))
        for counter in range(1, extra_team + 1):
            session.add(plain_person(counter))
        for counter in range(101, 101 + extra_other):
            session.add(plain_person(counter, team="T2"))
        session.add(plain_person(201, with_case=False))
    return factory


def personal_strings() -> dict[str, bytes]:
    """Every form in which the distinctive dossier's personal data could show in a file."""
    iso = BIRTH.isoformat()
    texts = {
        "insz": INSZ,
        "insz formatted": format_insz(INSZ),
        "insz spaced": f"{INSZ[:2]} {INSZ[2:4]} {INSZ[4:6]} {INSZ[6:9]} {INSZ[9:]}",
        "family name": FAMILY_NAME,
        "given name": GIVEN_NAME,
        "representative": "Vlinderkamp",
        "street": "Kwispelsteeg",
        "note": NOTE,
        "birth date iso": iso,
        "birth date compact": BIRTH.strftime("%Y%m%d"),
        "birth date dd/mm/yyyy": BIRTH.strftime("%d/%m/%Y"),
        "birth date dd.mm.yyyy": BIRTH.strftime("%d.%m.%Y"),
        "birth date dd-mm-yyyy": BIRTH.strftime("%d-%m-%Y"),
        "BOB end": "2023-02-28",
        "IVT start": "2022-04-01",
    }
    found = {name: text.encode("utf-8") for name, text in texts.items()}
    for name in ("insz", "family name", "given name", "birth date iso"):
        found[f"{name} utf-16le"] = texts[name].encode("utf-16-le")
        found[f"{name} utf-16be"] = texts[name].encode("utf-16-be")
    epoch_days = (BIRTH - date(1970, 1, 1)).days
    found["birth date as epoch days (4 bytes)"] = epoch_days.to_bytes(4, "big", signed=True)
    found["birth date as ordinal (4 bytes)"] = BIRTH.toordinal().to_bytes(4, "big")
    epoch_seconds = epoch_days * 86400
    found["birth date as epoch seconds (8 bytes)"] = epoch_seconds.to_bytes(8, "big", signed=True)
    return found


def leaks(data: bytes) -> list[str]:
    return [name for name, pattern in personal_strings().items() if pattern in data]
