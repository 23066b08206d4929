"""Open one person's dossier, online or offline: from the local cache when it holds the
dossier, else fetched on demand from the central database (when it can be reached).

Everything shown comes from the cache, so the look-up, the cumulation check and the
simulation work without the central database; the view says how old the data is (the
last sync, `data_as_of`) so that the user can be told (`offline_notice`). The stored
rows (the same tables in the cache and the central database) become the same
`DossierInput` as a DOSSIER.json file (`stored_dossier`), so the check and the
simulation are those of `cumuldesk.services.reports`.

Opening a dossier is audited in the local trail (carried to the central one by the
outbox): the person by pseudonym, the details say only where the data came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from cumuldesk.domain.cumulation import ban_window
from cumuldesk.domain.insz import InszError, format_insz, parse_insz
from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.months import Month, age_on
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import BadInput, Unavailable
from cumuldesk.services.accounts.authorization import require_role
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.dossiers.input import DossierInput, parse_dossier, parse_simulation
from cumuldesk.services.reports import (
    CheckReport,
    SimulationReport,
    ban_start,
    check,
    simulate_dossier,
)
from cumuldesk.services.sync_service import bind_to_central, last_sync_at
from cumuldesk.storage.audit import record, utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import META_FILLED_AT, cache_dossiers, retro_flags
from cumuldesk.storage.database import is_secured
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    Handler,
    IvtItDecision,
    IvtItPeriodRow,
    Letter,
    Note,
    Person,
    RegulationCode,
    ZorgtoeslagPoints,
)
from cumuldesk.sync.outbox import record_local
from cumuldesk.sync.pull import fetch_person

Clock = Callable[[], datetime]

SOURCE_CACHE = "cache"
SOURCE_CENTRAL = "central"


OPENED = "dossier_opened"
SIMULATED = "simulation_run"


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


def insz_digits(text: str) -> str:
    """The 11 digits of a typed INSZ; BadInput saying what is wrong (never the number)."""
    try:
        return parse_insz(text).digits
    except InszError as exc:
        raise BadInput(f"the INSZ is not valid: {exc.message}") from None
    except TypeError:
        raise BadInput("the INSZ is not valid: expected the number as text") from None


def _utc(moment: datetime | None) -> datetime | None:
    """Moments are stored in UTC, without a time zone in the cache."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# ----------------------------------------------------------------- stored -> input


def _person(session: Session, insz: str) -> Person:
    person = session.scalars(select(Person).where(Person.insz == insz)).first()
    if person is None:
        raise DossierNotFound()
    return person


def _period_json(start: date, end: date | None) -> dict[str, Any]:
    return {"start": start.isoformat(), "end": None if end is None else end.isoformat()}


def _periods_in_force(session: Session, person_id: int) -> list[IvtItPeriodRow]:
    """The IVT/IT periods of the decision versions in force (not superseded)."""
    return list(
        session.scalars(
            select(IvtItPeriodRow)
            .join(IvtItDecision, IvtItDecision.id == IvtItPeriodRow.decision_id)
            .where(IvtItDecision.person_id == person_id, IvtItDecision.superseded_at.is_(None))
            .order_by(IvtItPeriodRow.start, IvtItPeriodRow.id)
        )
    )


def _points_in_force(session: Session, person_id: int, today: date) -> ZorgtoeslagPoints | None:
    """The latest zorgtoeslag attestation valid on `today`."""
    return session.scalars(
        select(ZorgtoeslagPoints)
        .where(ZorgtoeslagPoints.person_id == person_id, ZorgtoeslagPoints.valid_from <= today)
        .order_by(ZorgtoeslagPoints.valid_from.desc(), ZorgtoeslagPoints.id.desc())
        .limit(1)
    ).first()


def _simulation_json(
    periods: list[IvtItPeriodRow], points: ZorgtoeslagPoints | None, today: date
) -> dict[str, Any] | None:
    """What the simulation compares, from the stored data: the decided IVT/IT amount in
    force on `today` (else of the latest period), the zorgtoeslag points in force, and
    BOB in the months of the BOB periods. None without any IVT/IT period."""
    if not periods:
        return None
    current = [p for p in periods if p.start <= today and (p.end is None or p.end >= today)]
    period = (current or periods)[-1]
    amount = {"monthly_amount": str(period.monthly_amount)}
    simulation: dict[str, Any] = {"ivt": amount, "it": None}
    if period.regulation is RegulationCode.IT:
        simulation = {"ivt": {"monthly_amount": "0.00"}, "it": amount}
    if points is not None:
        simulation["zorgtoeslag"] = {
            "points": points.points,
            "pillar1_points": points.pillar1_points,
        }
    return simulation


def stored_dossier(session: Session, insz_digits: str, today: date) -> DossierInput:
    """The domain input of a stored dossier (cache or central: the same tables), as a
    DOSSIER.json file with these facts would give it. `today` is the query day.
    DossierNotFound when there is no such person."""
    person = _person(session, insz_digits)
    bob = session.scalars(
        select(BobPeriodRow)
        .where(BobPeriodRow.person_id == person.id)
        .order_by(BobPeriodRow.start, BobPeriodRow.id)
    )
    periods = _periods_in_force(session, person.id)
    data = {
        "insz": person.insz,
        "birth_date": person.birth_date.isoformat(),
        "region": person.region.value,
        "as_of": today.isoformat(),
        "bob_periods": [
            {**_period_json(row.start, row.end), "voluntary_switch": bool(row.voluntary_switch)}
            for row in bob
        ],
        "ivt_it_periods": [
            {
                **_period_json(row.start, row.end),
                "monthly_amount": str(row.monthly_amount),
                "regulation": row.regulation.value,
            }
            for row in periods
        ],
        "simulation": _simulation_json(periods, _points_in_force(session, person.id, today), today),
    }
    return parse_dossier(data, today)


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


def _cases(session: Session, person_id: int) -> list[Case]:
    return list(
        session.scalars(
            select(Case)
            .where(Case.person_id == person_id)
            .order_by(Case.application_date.desc(), Case.id.desc())
        )
    )


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = sorted(i for i in ids if i is not None)
    if not wanted:
        return {}
    rows = session.execute(select(Handler.id, Handler.display_name).where(Handler.id.in_(wanted)))
    return {row.id: row.display_name for row in rows}


def _view(
    session: Session,
    digits: str,
    today: date,
    *,
    as_of: datetime | None,
    online: bool,
    source: str,
) -> DossierView:
    parsed = stored_dossier(session, digits, today)
    person = _person(session, digits)
    cases = _cases(session, person.id)
    reference = {case.id: case.reference for case in cases}
    case_ids = list(reference)
    notes = list(
        session.scalars(
            select(Note).where(Note.case_id.in_(case_ids)).order_by(Note.created_at, Note.id)
        )
    )
    letters = list(
        session.scalars(
            select(Letter)
            .where(Letter.case_id.in_(case_ids))
            .order_by(Letter.created_at, Letter.id)
        )
    )
    authors = _names(session, {note.author_id for note in notes})
    flags = session.execute(
        select(retro_flags)
        .where(retro_flags.c.person_id == person.id, retro_flags.c.acknowledged_at.is_(None))
        .order_by(retro_flags.c.detected_at, retro_flags.c.id)
    ).all()
    return DossierView(
        input=parsed,
        family_name=person.family_name,
        given_name=person.given_name,
        language=person.language.value,
        cases=tuple(
            CaseView(
                reference=case.reference,
                status=case.status.value,
                answer=None if case.answer is None else case.answer.value,
                application_date=case.application_date,
                proposal_sent_on=case.proposal_sent_on,
                answer_date=case.answer_date,
                deadline=case.deadline,
                updated_at=_utc(case.updated_at),
                team=case.team,
            )
            for case in cases
        ),
        notes=tuple(
            NoteView(
                case_reference=reference[note.case_id],
                author=authors.get(note.author_id) if note.author_id is not None else None,
                created_at=_utc(note.created_at),
                text=note.text,
                pushed=note.id > 0,
            )
            for note in notes
        ),
        letters=tuple(
            LetterView(
                case_reference=reference[letter.case_id],
                kind=letter.kind.value,
                language=letter.language.value,
                created_at=_utc(letter.created_at),
                finalised_at=_utc(letter.finalised_at),
                pushed=letter.id > 0,
            )
            for letter in letters
        ),
        retro_flags=tuple(
            RetroFlagView(
                decision_ref=flag.decision_ref,
                case_reference=reference.get(flag.case_id),
                detected_at=_utc(flag.detected_at),
                owed=tuple(json.loads(flag.owed)),
                stop=tuple(json.loads(flag.stop)),
            )
            for flag in flags
        ),
        as_of=as_of,
        online=online,
        source=source,
    )


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
    as_of = _utc(as_of)
    shown = as_of.astimezone().strftime("%d/%m/%Y %H:%M")
    return f"Offline: data as of the last sync, {shown} ({_ago(as_of, _utc(now))})"


def _dossier_as_of(session: Session, digits: str, synced: datetime | None) -> datetime | None:
    """A dossier fetched on demand after the last sync is as of its fetch."""
    fetched = _utc(
        session.scalar(
            select(cache_dossiers.c.fetched_at)
            .join(Person.__table__, Person.__table__.c.id == cache_dossiers.c.person_id)
            .where(Person.__table__.c.insz == digits)
        )
    )
    if fetched is None or (synced is not None and synced >= fetched):
        return synced
    return fetched


def _fetch(
    cache: LocalCache, central: Central, identity: Identity, digits: str, clock: Clock
) -> None:
    """Copy the dossier from the central database into the cache (DossierNotFound when
    it has none; NotAvailableOffline when the connection fails)."""
    try:
        require_role(central.sessions, identity, "dossier lookup")
        bind_to_central(cache, central)
        found = fetch_person(cache, central.sessions, digits, clock=clock)
    except (OperationalError, InterfaceError):
        raise NotAvailableOffline() from None
    if not found:
        raise DossierNotFound()


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
    fetched from the central database into the cache first.

    `audit_action`: the local audit event of this access ("dossier_opened", or
    "simulation_run" for the simulation page); None for a quiet reload of a dossier
    already on screen (after a sync), which is no new access. `audit_details`: more
    details for that event (the law-data version of a simulation; nothing personal).

    `online`: whether the central database was reached (default: `central` given; a
    caller that signed in online but did not connect again, since the dossier is
    cached, says True). `today`: the query day (default: the local date).
    Raises BadInput (invalid INSZ, no such dossier), NotAvailableOffline.
    The opening is marked in the cache and audited locally (pseudonym only)."""
    digits = insz_digits(insz)
    today = today or clock().astimezone().date()
    source = SOURCE_CACHE
    audited_centrally = False
    if not cache.has_dossier(digits):
        if central is None:
            raise NotAvailableOffline()
        _fetch(cache, central, identity, digits, clock)
        source = SOURCE_CENTRAL
        # the production set-up's look-up wrote the central event itself
        audited_centrally = is_secured(central.engine) and audit_action == OPENED
    with cache.sessions() as session:
        view = _view(
            session,
            digits,
            today,
            as_of=_dossier_as_of(session, digits, data_as_of(cache)),
            online=central is not None if online is None else online,
            source=source,
        )
    if audit_action is None:
        return view
    cache.mark_opened(digits, clock())
    with cache.sessions.begin() as session:
        details = {"source": source, **(audit_details or {})}
        if audited_centrally:  # in the cache's own trail only
            record(
                session, identity.username, audit_action, insz=digits, details=details, clock=clock
            )
        else:
            record_local(
                session, identity.username, audit_action, insz=digits, details=details, clock=clock
            )
    return view


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
    """`open_dossier` for the desktop (worker thread): connects (`connect()`, None when
    the central database cannot be reached) only when the dossier is not cached, and
    closes that connection again. Returns the view and whether the central database is
    known to be reachable (`online` when it was not tried)."""
    digits = insz_digits(insz)
    central = None if cache.has_dossier(digits) else connect()
    try:
        view = open_dossier(
            cache,
            identity,
            digits,
            central=central,
            today=today,
            clock=clock,
            online=True if central is not None else bool(online),
            audit_action=audit_action,
            audit_details=audit_details,
        )
    finally:
        if central is not None:
            central.close()
    return view, True if central is not None else online
