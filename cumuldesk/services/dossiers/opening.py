"""Open one person's dossier in one cache session: everything the dossier page shows
(the person, the domain `Dossier`, the cases, notes and letters, the legal
representative, the open retroactive-change flags, how old the data is, the timeline),
read from the cache and built into typed values, with the opening marked and audited in
the same transaction.

A dossier the cache does not hold is first fetched from the central database (when
`connect()` reaches it: DossierNotFound when it has none, NotAvailableOffline when it
cannot be reached), then read the same way. The INSZ comes in parsed (`Insz`): nothing
here parses it again.

Opening a dossier is audited in the local trail (carried to the central one by the
outbox): the person by pseudonym, the details say only where the data came from. On the
production set-up a dossier fetched on demand was audited by the server already; the
cache's own trail then records it without queueing it again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Row, select, update
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from cumuldesk.domain.insz import Insz
from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.months import Month
from cumuldesk.services.accounts.authorization import require_role
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.dossiers.actions import OPENED
from cumuldesk.services.dossiers.input import DossierInput
from cumuldesk.services.dossiers.store import (
    SOURCE_CACHE,
    SOURCE_CENTRAL,
    CaseView,
    DossierNotFound,
    DossierView,
    LetterView,
    NotAvailableOffline,
    NoteView,
    RetroFlagView,
)
from cumuldesk.services.dossiers.stored import (
    find_person,
    flag_months,
    open_flag_rows,
    points_rows,
    read_stored_input,
)
from cumuldesk.services.dossiers.timeline import PointsRow, Timeline, build_timeline, case_markers
from cumuldesk.services.sync_service import bind_to_central
from cumuldesk.storage.audit import record
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import (
    META_FILLED_AT,
    META_LAST_SYNC_AT,
    cache_dossiers,
    cache_meta,
)
from cumuldesk.storage.database import is_secured
from cumuldesk.storage.models import (
    Case,
    Handler,
    LegalRepresentative,
    Letter,
    Note,
    Person,
    ZorgtoeslagPoints,
)
from cumuldesk.sync.outbox import record_local
from cumuldesk.sync.pull import fetch_person

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Representative:
    name: str
    capacity: str  # "parent", "bewindvoerder" ...


@dataclass(frozen=True)
class DossierData:
    """Everything the dossier page shows of one dossier, read in one cache session."""

    view: DossierView
    timeline: Timeline | None  # None when opened without the law data
    representative: Representative | None
    flag_ids: tuple[int, ...]  # the open retroactive-change flags of the person, by id
    online: bool | None  # the central database was reached (None: not tried yet)

    @property
    def insz(self) -> str:
        """The INSZ digits."""
        return self.view.insz


# ------------------------------------------------------------------------ reading


def _utc(moment: datetime | None) -> datetime | None:
    """Moments are stored in UTC, without a time zone in the cache."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _at(moment: datetime | None) -> datetime:
    """A moment of a NOT NULL column, in UTC."""
    utc = _utc(moment)
    assert utc is not None  # the column is NOT NULL
    return utc


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _cases(session: Session, person_id: int) -> list[Case]:
    """Newest application first."""
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


def representative(session: Session, person_id: int) -> Representative | None:
    """The person's legal representative, if any."""
    row = session.execute(
        select(LegalRepresentative.name, LegalRepresentative.capacity).where(
            LegalRepresentative.person_id == person_id
        )
    ).first()
    return None if row is None else Representative(row.name, row.capacity)


def _as_of(session: Session, person_id: int) -> datetime | None:
    """How old the cached data of this dossier is: the last complete sync, else the
    cache's last fill (`store.data_as_of`); a dossier fetched on demand after that is as
    of its fetch."""
    rows = session.execute(
        select(cache_meta.c.key, cache_meta.c.value).where(
            cache_meta.c.key.in_((META_LAST_SYNC_AT, META_FILLED_AT))
        )
    )
    meta: dict[str, str] = {key: value for key, value in rows}
    synced: datetime | None = None
    if meta.get(META_LAST_SYNC_AT):
        moment = datetime.fromisoformat(meta[META_LAST_SYNC_AT])
        synced = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    elif meta.get(META_FILLED_AT):
        synced = _utc(datetime.fromisoformat(meta[META_FILLED_AT]))
    fetched = _utc(
        session.scalar(
            select(cache_dossiers.c.fetched_at).where(cache_dossiers.c.person_id == person_id)
        )
    )
    if fetched is None or (synced is not None and synced >= fetched):
        return synced
    return fetched


def _view(
    session: Session,
    person: Person,
    parsed: DossierInput,
    cases: Sequence[Case],
    flags: Sequence[Row[Any]],
    *,
    as_of: datetime | None,
    online: bool,
    source: str,
) -> DossierView:
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
                created_at=_at(note.created_at),
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
                created_at=_at(letter.created_at),
                finalised_at=_utc(letter.finalised_at),
                pushed=letter.id > 0,
            )
            for letter in letters
        ),
        retro_flags=tuple(
            RetroFlagView(
                decision_ref=flag.decision_ref,
                case_reference=reference.get(flag.case_id),
                detected_at=_at(flag.detected_at),
                owed=flag_months(flag.owed),
                stop=flag_months(flag.stop),
            )
            for flag in flags
        ),
        as_of=as_of,
        online=online,
        source=source,
    )


def _timeline(
    view: DossierView, law: LegalParameters, today: date, points: Sequence[ZorgtoeslagPoints]
) -> Timeline:
    """The timeline of the dossier read (`timeline.load_timeline`, from the same rows)."""
    owed: set[Month] = set()
    stop: set[Month] = set()
    for flag in view.retro_flags:
        owed.update(Month.parse(text) for text in flag.owed)
        stop.update(Month.parse(text) for text in flag.stop)
    case = view.case
    return build_timeline(
        view.input,
        law,
        today,
        zorgtoeslag=[PointsRow(row.valid_from, row.points, row.pillar1_points) for row in points],
        retro_owed=owed,
        retro_stop=stop,
        case_dates=() if case is None else case_markers(case.application_date, case.deadline),
    )


def read_dossier(
    session: Session,
    person: Person,
    insz: Insz,
    law: LegalParameters | None,
    today: date,
    *,
    online: bool | None,
    source: str,
) -> DossierData:
    """Everything the page shows of a stored person, read in `session` (see the module
    text); the timeline only with the law data."""
    points = points_rows(session, person.id)
    parsed = read_stored_input(session, person, today, insz, points)
    flags = open_flag_rows(session, person.id)
    view = _view(
        session,
        person,
        parsed,
        _cases(session, person.id),
        flags,
        as_of=_as_of(session, person.id),
        online=bool(online),
        source=source,
    )
    return DossierData(
        view=view,
        timeline=None if law is None else _timeline(view, law, today, points),
        representative=representative(session, person.id),
        flag_ids=tuple(sorted(flag.id for flag in flags)),
        online=online,
    )


# ------------------------------------------------------------------------ opening


def _mark_opened(session: Session, person_id: int, when: datetime) -> None:
    """The handler opened this dossier (`LocalCache.mark_opened`, in this transaction):
    it is then not forgotten for a while."""
    done = cast(
        "CursorResult[Any]",
        session.execute(
            update(cache_dossiers)
            .where(cache_dossiers.c.person_id == person_id)
            .values(last_opened_at=_naive_utc(when))
        ),
    )
    if done.rowcount == 0:
        raise LookupError("this dossier is not in the local cache")


@dataclass(frozen=True)
class _Audit:
    username: str
    action: str
    details: Mapping[str, object]
    clock: Clock


def _read(
    cache: LocalCache,
    insz: Insz,
    law: LegalParameters | None,
    today: date,
    audit: _Audit | None,
    *,
    online: bool | None,
    source: str,
    audited_centrally: bool = False,
) -> DossierData | None:
    """The dossier from the cache in one session (None when the cache does not hold it),
    marked opened and audited in the same transaction."""
    with cache.sessions.begin() if audit is not None else cache.sessions() as session:
        person = find_person(session, insz.digits)
        if person is None:
            return None
        data = read_dossier(session, person, insz, law, today, online=online, source=source)
        if audit is not None:
            _mark_opened(session, person.id, audit.clock())
            write = record if audited_centrally else record_local  # the server's own trail
            write(
                session,
                audit.username,
                audit.action,
                insz=insz.digits,
                details={"source": source, **audit.details},
                clock=audit.clock,
            )
    return data


def fetch(
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


def open_dossier_data(
    cache: LocalCache,
    identity: Identity,
    law: LegalParameters | None,
    insz: Insz,
    *,
    connect: Callable[[], Central | None],
    today: date,
    clock: Clock,
    online: bool | None,
    audit_action: str | None = OPENED,
    audit_details: Mapping[str, object] | None = None,
    close_central: bool = True,
) -> DossierData:
    """Open the dossier of `insz` for `identity` (worker thread): from the cache in one
    session, else fetched first from the central database when `connect()` reaches it
    (closed again here unless `close_central` is False), then read the same way.

    `audit_action`: the local audit event of this access ("dossier_opened", or
    "simulation_run" for the simulation page); None for a quiet reload of a dossier
    already on screen (after a sync), which is no new access (nor a new opening).
    `audit_details`: more details for that event (nothing personal). `online`: whether
    the central database is known to be reachable (None: not tried yet); a dossier
    fetched says True. `law`: the law data for the timeline (None: no timeline).
    Raises DossierNotFound, NotAvailableOffline."""
    audit = (
        None
        if audit_action is None
        else _Audit(identity.username, audit_action, dict(audit_details or {}), clock)
    )
    data = _read(cache, insz, law, today, audit, online=online, source=SOURCE_CACHE)
    if data is not None:
        return data
    central = connect()
    if central is None:
        raise NotAvailableOffline()
    try:
        fetch(cache, central, identity, insz.digits, clock)
        # the production set-up's look-up wrote the central event itself
        audited_centrally = is_secured(central.engine) and audit_action == OPENED
    finally:
        if close_central:
            central.close()
    data = _read(
        cache,
        insz,
        law,
        today,
        audit,
        online=True,
        source=SOURCE_CENTRAL,
        audited_centrally=audited_centrally,
    )
    if data is None:  # forgotten again in between (the cache's retention)
        raise DossierNotFound()
    return data
