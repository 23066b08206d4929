"""One person's dossier as the handler sees it (`DossierView`: the person, the cases, notes,
letters and open retroactive-change flags, where and how old its data is), online or
offline: from the local cache when it holds the dossier, else fetched on demand from the
central database (when it can be reached).

Everything shown comes from the cache, so the look-up, the cumulation check and the
simulation work without the central database; the view says how old the data is (the
last sync, `data_as_of`) so that the user can be told (`offline_notice`). The stored
rows (the same tables in the cache and the central database) become the domain
`Dossier` directly (`services.dossiers.stored`; `stored_dossier` here), so the check
and the simulation are those of `cumuldesk.services.reports`.

The opening itself, in one cache session, is `services.dossiers.opening` (the desk's
`Desk.open_dossier`); `open_dossier` and `open_reachable` here give its view. Opening a
dossier is audited in the local trail (carried to the central one by the outbox): the
person by pseudonym, the details say only where the data came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from cumuldesk.domain.cumulation import ban_window
from cumuldesk.domain.insz import Insz, InszError, format_insz, parse_insz
from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.months import Month, age_on
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import BadInput, Unavailable
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.dossiers.actions import OPENED as OPENED  # re-exported
from cumuldesk.services.dossiers.actions import SIMULATED as SIMULATED
from cumuldesk.services.dossiers.input import DossierInput, parse_simulation
from cumuldesk.services.dossiers.stored import find_person, read_stored_input
from cumuldesk.services.reports import (
    CheckReport,
    SimulationReport,
    ban_start,
    check,
    simulate_dossier,
)
from cumuldesk.services.sync_service import last_sync_at
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import META_FILLED_AT
from cumuldesk.storage.models import Person

Clock = Callable[[], datetime]

SOURCE_CACHE = "cache"
SOURCE_CENTRAL = "central"


class DossierNotFound(BadInput):
    """Neither the cache nor the central database has a dossier with this INSZ."""

    def __init__(self) -> None:
        super().__init__(
            Message("Dossier", QT_TRANSLATE_NOOP("Dossier", "no dossier with this INSZ"))
        )


class NotAvailableOffline(Unavailable):
    """The dossier is not cached and the central database cannot be reached."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Dossier",
                QT_TRANSLATE_NOOP(
                    "Dossier",
                    "this dossier is not in the local cache and the central database cannot "
                    "be reached; it can be opened when the connection is back",
                ),
            )
        )


def parse_typed_insz(text: str) -> Insz:
    """A typed INSZ, parsed; BadInput saying what is wrong (never the number)."""
    try:
        return parse_insz(text)
    except InszError as exc:
        raise BadInput(f"the INSZ is not valid: {exc.message}") from None
    except TypeError:
        raise BadInput("the INSZ is not valid: expected the number as text") from None


def insz_digits(text: str) -> str:
    """The 11 digits of a typed INSZ; BadInput saying what is wrong (never the number)."""
    return parse_typed_insz(text).digits


def _in_utc(moment: datetime) -> datetime:
    """Moments are stored in UTC, without a time zone in the cache."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else _in_utc(moment)


# ----------------------------------------------------------------- stored -> input


def _person(session: Session, insz: str) -> Person:
    person = find_person(session, insz)
    if person is None:
        raise DossierNotFound()
    return person


def stored_dossier(session: Session, insz_digits: str, today: date) -> DossierInput:
    """The domain input of a stored dossier (cache or central: the same tables) on the
    query day `today`, built from its rows (`services.dossiers.stored`) as a DOSSIER.json
    file with these facts would give it. DossierNotFound when there is no such person;
    BadInput for an invalid INSZ."""
    insz = parse_typed_insz(insz_digits)
    return read_stored_input(session, _person(session, insz.digits), today, insz)


# ------------------------------------------------------------------------- view


@dataclass(frozen=True)
class CaseView:
    reference: str
    status: str
    answer: str | None
    application_date: date
    proposal_sent_on: date | None
    answer_date: date | None
    deadline: date | None
    updated_at: datetime | None
    team: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "status": self.status,
            "answer": self.answer,
            "application_date": self.application_date.isoformat(),
            "proposal_sent_on": _iso(self.proposal_sent_on),
            "answer_date": _iso(self.answer_date),
            "deadline": _iso(self.deadline),
            "updated_at": _iso(self.updated_at),
            "team": self.team,
        }


@dataclass(frozen=True)
class NoteView:
    case_reference: str
    author: str | None  # display name of the handler
    created_at: datetime
    text: str
    pushed: bool  # False: written in this cache, not yet in the central database

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_reference,
            "author": self.author,
            "created_at": _iso(self.created_at),
            "text": self.text,
            "pushed": self.pushed,
        }


@dataclass(frozen=True)
class LetterView:
    case_reference: str
    kind: str
    language: str
    created_at: datetime
    finalised_at: datetime | None
    pushed: bool

    @property
    def finalised(self) -> bool:
        return self.finalised_at is not None

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_reference,
            "kind": self.kind,
            "language": self.language,
            "created_at": _iso(self.created_at),
            "finalised": self.finalised,
            "finalised_at": _iso(self.finalised_at),
            "pushed": self.pushed,
        }


@dataclass(frozen=True)
class RetroFlagView:
    """A retroactive IVT/IT change that arrived by sync and is not acknowledged yet."""

    decision_ref: str
    case_reference: str | None
    detected_at: datetime
    owed: tuple[str, ...]  # months ("YYYY-MM") where BOB becomes owed
    stop: tuple[str, ...]  # months where BOB must stop

    def as_dict(self) -> dict[str, Any]:
        return {
            "decision_ref": self.decision_ref,
            "case": self.case_reference,
            "detected_at": _iso(self.detected_at),
            "bob_owed_again": list(self.owed),
            "bob_must_stop": list(self.stop),
        }


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


@dataclass(frozen=True)
class DossierView:
    """One dossier as the handler sees it, with where and how old its data is."""

    input: DossierInput
    family_name: str
    given_name: str
    language: str
    cases: tuple[CaseView, ...]  # newest application first
    notes: tuple[NoteView, ...]  # oldest first
    letters: tuple[LetterView, ...]
    retro_flags: tuple[RetroFlagView, ...]
    as_of: datetime | None  # the data is as of this moment (last sync); None: never synced
    online: bool  # the central database was reached
    source: str  # "cache" or "central" (fetched just now)

    @property
    def insz(self) -> str:
        return self.input.dossier.insz

    @property
    def formatted_insz(self) -> str:
        return format_insz(self.insz)

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def birth_date(self) -> date:
        return self.input.dossier.birth_date

    @property
    def region(self) -> str:
        return self.input.dossier.region.value

    @property
    def age(self) -> int:
        """Age on the query day."""
        return age_on(self.birth_date, self.input.as_of)

    @property
    def case(self) -> CaseView | None:
        """The newest case, if any."""
        return self.cases[0] if self.cases else None

    def check_report(self, params: LegalParameters) -> CheckReport:
        """The same report as `cumuldesk check` on the equivalent DOSSIER.json."""
        return check(self.input, params)

    def simulation_report(self, params: LegalParameters) -> SimulationReport:
        """The same report as `cumuldesk simulate`: the decided IVT/IT amount against
        zorgtoeslag (points in force) + BOB (in the BOB periods), from the first IVT/IT
        month when it lies in the ban window. BadInput without an IVT/IT decision."""
        if self.input.simulation is None:
            raise BadInput(
                Message(
                    "Dossier",
                    QT_TRANSLATE_NOOP(
                        "Dossier",
                        "this dossier has no IVT/IT decision in force: nothing to simulate",
                    ),
                )
            )
        data = parse_simulation(self.input)
        first = _first_ivt_it_month(self.input, params)
        if first is not None:
            data = replace(data, first_payment_month=first)
        return simulate_dossier(self.input.dossier, data, params)

    def header(self) -> dict[str, Any]:
        """Identity, case and data freshness (for printing or JSON)."""
        case = self.case
        return {
            "insz": self.insz,
            "formatted": self.formatted_insz,
            "family_name": self.family_name,
            "given_name": self.given_name,
            "birth_date": self.birth_date.isoformat(),
            "age": self.age,
            "on": self.input.as_of.isoformat(),
            "region": self.region,
            "language": self.language,
            "case": None if case is None else case.as_dict(),
            "online": self.online,
            "source": self.source,
            "data_as_of": _iso(self.as_of),
        }


def _first_ivt_it_month(parsed: DossierInput, params: LegalParameters) -> Month | None:
    """The month of the first IVT/IT period, when it lies in the ban window."""
    dossier = parsed.dossier
    start = ban_start(params)
    if not dossier.ivt_it_periods or start is None:
        return None
    window = ban_window(dossier.birth_date, start)
    first = Month.of(min(p.period.start for p in dossier.ivt_it_periods))
    return first if window is not None and first in window else None


# ------------------------------------------------------------------------- open


def data_as_of(cache: LocalCache) -> datetime | None:
    """When the cached data was last brought up to date: the last complete sync, else
    the last fill; None when neither happened."""
    synced = last_sync_at(cache)
    if synced is not None:
        return synced
    filled = cache.meta().get(META_FILLED_AT)
    return _utc(datetime.fromisoformat(filled)) if filled else None


def _ago(as_of: datetime, now: datetime) -> str:
    seconds = (now - as_of).total_seconds()
    if seconds < 60:
        return "just now"
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'' if count == 1 else 's'} ago"
    return "just now"  # pragma: no cover


def offline_notice(as_of: datetime | None, now: datetime) -> str:
    """The line that tells the user the data may be old, e.g. "Offline: data as of the
    last sync, 23/11/2026 14:05 (2 hours ago)", in the local time zone."""
    if as_of is None:
        return "Offline: the local cache was never synced"
    as_of = _in_utc(as_of)
    shown = as_of.astimezone().strftime("%d/%m/%Y %H:%M")
    return f"Offline: data as of the last sync, {shown} ({_ago(as_of, _in_utc(now))})"


def open_dossier(
    cache: LocalCache,
    identity: Identity,
    insz: str,
    *,
    central: Central | None = None,
    today: date | None = None,
    clock: Clock = utcnow,
    online: bool | None = None,
    audit_action: str | None = OPENED,
    audit_details: dict[str, object] | None = None,
) -> DossierView:
    """Open the dossier of `insz` for `identity`: from the cache, else (with `central`)
    fetched from the central database into the cache first; one cache session for the
    reading, the marking and the audit (`services.dossiers.opening`; the window and the
    command line open dossiers through `Desk.open_dossier`).

    `audit_action`: the local audit event of this access ("dossier_opened", or
    "simulation_run" for the simulation page); None for a quiet reload of a dossier
    already on screen (after a sync), which is no new access. `audit_details`: more
    details for that event (the law-data version of a simulation; nothing personal).

    `online`: whether the central database was reached (default: `central` given; a
    caller that signed in online but did not connect again, since the dossier is
    cached, says True). `today`: the query day (default: the local date).
    Raises BadInput (invalid INSZ, no such dossier), NotAvailableOffline.
    The opening is marked in the cache and audited locally (pseudonym only)."""
    from cumuldesk.services.dossiers.opening import open_dossier_data  # it imports this

    parsed = parse_typed_insz(insz)
    return open_dossier_data(
        cache,
        identity,
        None,
        parsed,
        connect=lambda: central,
        today=today or clock().astimezone().date(),
        clock=clock,
        online=central is not None if online is None else online,
        audit_action=audit_action,
        audit_details=audit_details,
        close_central=False,
    ).view


def open_reachable(
    cache: LocalCache,
    identity: Identity,
    insz: str,
    *,
    connect: Callable[[], Central | None],
    today: date,
    clock: Clock = utcnow,
    online: bool | None = None,
    audit_action: str | None = OPENED,
    audit_details: dict[str, object] | None = None,
) -> tuple[DossierView, bool | None]:
    """`open_dossier` for a worker thread: connects (`connect()`, None when the central
    database cannot be reached) only when the dossier is not cached, and closes that
    connection again. Returns the view and whether the central database is known to be
    reachable (`online` when it was not tried)."""
    from cumuldesk.services.dossiers.opening import open_dossier_data  # it imports this

    data = open_dossier_data(
        cache,
        identity,
        None,
        parse_typed_insz(insz),
        connect=connect,
        today=today,
        clock=clock,
        online=online,
        audit_action=audit_action,
        audit_details=audit_details,
    )
    return data.view, data.online
