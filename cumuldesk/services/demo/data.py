"""Fill the central database with a synthetic demo population (`cumuldesk demo-data`).

`create_demo_data` writes the demo handlers and N synthetic persons with their BOB
periods, IVT/IT decisions (with versions), zorgtoeslag points, cases and notes, in one
transaction, with SQLAlchemy Core bulk inserts chunk by chunk; it records the audit
event `demo_data_created` (counts and seed only). It refuses a database that already
holds persons unless `force`, which first empties the data tables: never the audit
trail (append-only), the settings or the handlers (their accounts are kept; the demo
handlers are added when missing, and a demo handler with no password gets its documented
demo password, see `DEMO_HANDLERS`; a password already set is never changed). When no
sender block is published yet, the sourced public facts of the letters' sender block are
published (`cumuldesk.services.demo.organisation`; the opening hours and the signatory
stay unpublished).

`ensure_demo_data` is what the desktop application calls at start: on the embedded
demo database (no central database configured) with no persons yet, it creates the
default demo population.

Same seed, same `today` and same number of persons: the same rows. Nothing depends on
the clock except through `today`, and only the shipped law parameters are used (never a
supervisor's override files), so two machines produce the same data. The one exception
is the demo handlers' password hashes: each has a random salt, by design.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from random import Random
from time import perf_counter
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, text
from sqlalchemy.orm import Session

from cumuldesk.domain.months import add_years
from cumuldesk.errors import BadInput
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.accounts.handlers import (
    NewHandler,
    create_on_server,
    server_accounts,
    set_password_on_server,
)
from cumuldesk.services.central.connect import Central
from cumuldesk.services.demo.cases import DEMO_HANDLERS
from cumuldesk.services.demo.organisation import seed_sender_block
from cumuldesk.services.demo.plan import Profile, plan_population
from cumuldesk.services.demo.population import NextIds, PopulationBuilder, Rows
from cumuldesk.services.reports import ban_start
from cumuldesk.storage.audit import record
from cumuldesk.storage.database import describe_url
from cumuldesk.storage.models import (
    Base,
    BobPeriodRow,
    Case,
    CaseStatus,
    Handler,
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    LegalRepresentative,
    Letter,
    Note,
    Person,
    RegionCode,
    VsbImport,
    ZorgtoeslagPoints,
)
from cumuldesk.storage.passwords import hash_password

DEFAULT_PERSONS = 5_000
MAX_PERSONS = 200_000
DEFAULT_SEED = 1
SYSTEM_ACTOR = "system"
AUDIT_ACTION = "demo_data_created"
CHUNK = 2_000  # persons generated and inserted at a time
EARLIEST_TODAY = date(2021, 1, 1)
LATEST_TODAY_YEARS = 5  # --today at most this many years after the real date

# Emptied by `force`, children first. Not: audit_events, settings, handlers.
DATA_TABLES: tuple[type[Base], ...] = (
    Letter,
    Note,
    Case,
    IvtItPeriodRow,
    IvtItDecision,
    BobPeriodRow,
    ZorgtoeslagPoints,
    LegalRepresentative,
    Person,
    VsbImport,
)

Progress = Callable[[int, int], None]  # (persons written, persons asked)


@dataclass(frozen=True)
class DemoSummary:
    """What was created, as counts (no personal data)."""

    database: str
    persons: int
    seed: int
    today: date
    replaced_persons: int
    rows: dict[str, int]  # rows written per table
    case_statuses: dict[str, int]
    regions: dict[str, int]
    languages: dict[str, int]
    profiles: dict[str, int]
    handlers: tuple[str, ...]
    seconds: float

    def as_json(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "persons": self.persons,
            "seed": self.seed,
            "today": self.today.isoformat(),
            "replaced_persons": self.replaced_persons,
            "rows": self.rows,
            "case_statuses": self.case_statuses,
            "regions": self.regions,
            "languages": self.languages,
            "profiles": self.profiles,
            "handlers": list(self.handlers),
            "seconds": round(self.seconds, 2),
        }


def check_request(persons: int, today: date, *, now: date | None = None) -> None:
    """BadInput when the number of persons or the day is out of range."""
    if isinstance(persons, bool) or not isinstance(persons, int):
        raise BadInput("the number of persons must be a whole number")
    if not 1 <= persons <= MAX_PERSONS:
        raise BadInput(
            f"the number of persons must be from 1 to {MAX_PERSONS:,}; {persons:,} was asked"
        )
    latest = add_years(now or date.today(), LATEST_TODAY_YEARS)
    if not EARLIEST_TODAY <= today <= latest:
        raise BadInput(
            f"today must be from {EARLIEST_TODAY.isoformat()} to {latest.isoformat()} "
            f"(the data is built around the 2020 ban and valid INSZ birth years)"
        )


def _count(counter: Counter[str], members: type[StrEnum]) -> dict[str, int]:
    """Counts in the enum's order, zeros included (a stable, readable order)."""
    return {member.value: counter[member.value] for member in members}


def _enum_value(value: Any) -> str:
    return value.value if isinstance(value, StrEnum) else str(value)


def count_persons(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Person)) or 0


def _empty_data_tables(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # replacing the demo population removes its finalised letters too, as the
        # retention purge does (the trigger of migration 0005 allows it only then)
        connection.execute(text("SELECT set_config('cumuldesk.purging', 'on', true)"))
    for model in DATA_TABLES:
        connection.execute(delete(model.__table__))


def _next_ids(connection: Connection) -> NextIds:
    ids = NextIds()
    for name in Rows.table_names():
        table = _table(name)
        ids.values[name] = (connection.scalar(select(func.max(table.c.id))) or 0) + 1
    return ids


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def _demo_password_hash(password: str) -> str:
    """The hash of a demo password, made once per process: a hash costs about 0.1 s and
    the demo data may be created many times by one process (the tests do). The
    passwords are public; every demo handler still has its own salt."""
    return hash_password(password)


def _demo_handlers(connection: Connection) -> dict[str, int]:
    """The demo handlers' ids; the missing ones are added, with their demo password, and
    a demo handler that has no password gets it (a password already set is kept)."""
    table = Handler.__table__
    ids: dict[str, int] = {}
    with Session(bind=connection) as session:
        if server_accounts(session):
            return _demo_login_roles(session)
    for handler in DEMO_HANDLERS:
        found, stored = connection.execute(
            select(table.c.id, table.c.password_hash).where(table.c.username == handler.username)
        ).first() or (None, None)
        if found is not None and stored is None:
            connection.execute(
                table.update()
                .where(table.c.id == found)
                .values(password_hash=_demo_password_hash(handler.password))
            )
        if found is None:
            found = (connection.scalar(select(func.max(table.c.id))) or 0) + 1
            connection.execute(
                insert(table),
                {
                    "id": found,
                    "username": handler.username,
                    "display_name": handler.display_name,
                    "team": handler.team,
                    "role": handler.role,
                    "language": handler.language,
                    "password_hash": _demo_password_hash(handler.password),
                    "active": True,
                },
            )
        ids[handler.username] = found
    return ids


def _demo_login_roles(session: Session) -> dict[str, int]:
    """The production set-up (demo data written with the administrator's URL): the demo
    handlers are PostgreSQL login roles with their demo passwords, made by the server's
    account functions; a demo handler whose login role exists keeps its password."""
    table = Handler.__table__
    for handler in DEMO_HANDLERS:
        new = NewHandler(
            handler.username, handler.display_name, handler.team, handler.role, handler.language
        )
        exists = session.scalar(select(table.c.id).where(table.c.username == handler.username))
        if exists is None:
            create_on_server(session, new, handler.password)
            continue
        has_login = session.scalar(
            text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :u"), {"u": handler.username}
        )
        if not has_login:
            set_password_on_server(session, handler.username, handler.password)
    rows = session.execute(select(table.c.username, table.c.id)).all()
    wanted = {handler.username for handler in DEMO_HANDLERS}
    return {username: row_id for username, row_id in rows if username in wanted}


def _sync_sequences(connection: Connection) -> None:
    """PostgreSQL: move each id sequence past the explicit ids written."""
    if connection.dialect.name != "postgresql":
        return
    for name in ("handlers", *Rows.table_names()):
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )


def create_demo_data(
    central: Central,
    *,
    persons: int = DEFAULT_PERSONS,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    force: bool = False,
    actor: str = SYSTEM_ACTOR,
    progress: Progress | None = None,
) -> DemoSummary:
    """Write the demo population in one transaction; see the module documentation.

    Raises BadInput when `persons` or `today` is out of range, or when the database
    already holds persons and `force` is not given.
    """
    today = today or date.today()
    check_request(persons, today)
    started = perf_counter()
    params = load_parameters()
    start_of_ban = ban_start(params)
    if start_of_ban is None:  # the shipped parameters always have it
        raise BadInput("the law parameters give no start date of the cumulation ban")
    rng = Random(seed)
    plans = plan_population(rng, persons)
    written: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    languages: Counter[str] = Counter()

    with central.sessions.begin() as session:
        connection = session.connection()
        existing = count_persons(session)
        if existing and not force:
            raise BadInput(
                f"the central database already holds {existing:,} persons; "
                "use --force to replace them (the audit trail is kept)"
            )
        if force:
            _empty_data_tables(connection)
        handler_ids = _demo_handlers(connection)
        seed_sender_block(connection, today)  # the sourced facts only; never replaces any
        builder = PopulationBuilder(
            rng, today, start_of_ban, params, handler_ids, _next_ids(connection)
        )
        if progress:
            progress(0, persons)
        for first in range(0, persons, CHUNK):
            rows = builder.rows(plans[first : first + CHUNK])
            for name, data in rows.tables():
                if data:
                    connection.execute(insert(_table(name)), data)
                    written[name] += len(data)
            statuses.update(_enum_value(row["status"]) for row in rows.cases)
            regions.update(_enum_value(row["region"]) for row in rows.persons)
            languages.update(_enum_value(row["language"]) for row in rows.persons)
            if progress:
                progress(min(first + CHUNK, persons), persons)
        _sync_sequences(connection)
        counts = {name: written[name] for name in Rows.table_names()}
        record(
            session,
            actor,
            AUDIT_ACTION,
            details={
                "persons": persons,
                "seed": seed,
                "today": today.isoformat(),
                "replaced_persons": existing,
                "rows": counts,
            },
        )
    profiles = Counter(plan.profile.value for plan in plans)
    return DemoSummary(
        database=describe_url(str(central.engine.url)),
        persons=persons,
        seed=seed,
        today=today,
        replaced_persons=existing,
        rows=counts,
        case_statuses=_count(statuses, CaseStatus),
        regions=_count(regions, RegionCode),
        languages=_count(languages, Language),
        profiles=_count(profiles, Profile),
        handlers=tuple(handler.username for handler in DEMO_HANDLERS),
        seconds=perf_counter() - started,
    )


def ensure_demo_data(
    central: Central,
    *,
    persons: int = DEFAULT_PERSONS,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary | None:
    """At start: create the default demo data on the embedded demo database when it holds
    no persons yet. Returns None (and changes nothing) otherwise, in particular whenever a
    central database is configured."""
    if not central.config.is_demo:
        return None
    with central.sessions() as session:
        if count_persons(session):
            return None
    summary = create_demo_data(
        central, persons=persons, seed=seed, today=today, actor=SYSTEM_ACTOR, progress=progress
    )
    screen_demo(central, progress=progress)
    return summary


def screen_demo(central: Central, *, progress: Progress | None = None) -> None:
    """The demo's first monthly screening, as its supervisor (eva.demo) would run it with
    `cumuldesk screen`: the work list then shows verdicts, amounts at stake and the
    "Renunciation to propose" count from the first start. One process (it may run beside
    the window's threads, where a process pool must not fork); 0.7 s for the 1,500
    demo persons."""
    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.screening import screen

    supervisor = next(h for h in DEMO_HANDLERS if h.username == "eva.demo")
    identity = Identity(
        supervisor.username,
        supervisor.display_name,
        supervisor.role,
        supervisor.team,
        supervisor.language,
    )
    screen(central, identity, only_changed=False, workers=1, progress=progress)
