"""The law data of the organisation, in the central database: one set for every desk.

A supervisor proposes a dated value of a law parameter with its source and kind; another
supervisor approves it (or a supervisor rejects it). Approving gives the value the next
law-data version: the highest approved version plus one. The law data of version N are
every value approved at version N or lower, in approval order. Every desk gets them with
its next sync (`cumuldesk.sync.law`), and each verdict names the version it used.

Rules, each refused with one sentence: only supervisors propose, approve and reject
(NotAllowed, audited); the proposer does not approve their own value (NotAllowed,
audited); a value needs a source title, a date as YYYY-MM-DD, a known parameter and
bracket, a value valid for the parameter's unit, and the kind sourced or computed
("carried" is what CumulDesk says when it knows no value, not what a supervisor
publishes); only a proposed value is approved or rejected (BadInput). Every step is an
audit event (`law_proposed`, `law_approved`, `law_rejected`, `law_imported`) with ids,
names, dates, kinds and versions: law data hold nothing personal.

On the production set-up (a supervisor's own PostgreSQL login, `is_secured`) the steps
are the server's functions (cumuldesk/storage/security/40_supervisor.sql:
`cumuldesk_api.law_propose`, `law_approve`, `law_reject`, `law_import`), granted to
supervisors only. The server applies the same rules: the proposer is the caller, never a
parameter; it refuses approving one's own proposal and deciding a value that is not
proposed, numbers the versions and writes the same audit events. This module still checks
a value against the shipped parameter files first (units, brackets, kinds) and says why
in the user's language; the server re-checks the value's shape.

Where a desk takes its law data from at run time (`parameters_for_desk`,
`parameters_for_command`) is at the end of this module.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.config import central_config, demo_database_path
from cumuldesk.domain.law import Kind, LegalValue
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.params.loader import (
    SHIPPED,
    Parameter,
    ParameterError,
    ParameterSet,
    load_parameters,
    parse_value_file,
    parse_value_text,
)
from cumuldesk.services.accounts.authorization import refuse, require_supervisor
from cumuldesk.services.accounts.identity import PASSWORD_ENV, USER_ENV, Identity
from cumuldesk.services.central.connect import Central, connect_central, signs_in_as_handler
from cumuldesk.services.central.supervisor_calls import call
from cumuldesk.storage.audit import record, utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import DatabaseUnavailable, is_secured
from cumuldesk.storage.law_data import stored_parameters, value_text
from cumuldesk.storage.models import LawState, LawValue
from cumuldesk.sync.law import cache_parameters

Clock = Callable[[], datetime]

CENTRAL_ORIGIN = "central database"
PROPOSABLE = (Kind.SOURCED, Kind.COMPUTED)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_PG_LOCK = 0x4C415744  # advisory lock that serialises approvals (versions) on PostgreSQL
TITLE_LENGTH = 500
URL_LENGTH = 1000


@dataclass(frozen=True)
class LawValueView:
    """A row of `law_values` as plain data (for lists and JSON)."""

    id: int
    name: str
    bracket: str | None
    effective: date
    value: str
    kind: str
    source_title: str
    source_url: str | None
    state: str
    proposed_by: str
    proposed_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    version: int | None
    reason: str | None

    @property
    def label(self) -> str:
        return self.name if self.bracket is None else f"{self.name}[{self.bracket}]"

    @classmethod
    def of(cls, row: LawValue) -> LawValueView:
        return cls(
            id=row.id,
            name=row.name,
            bracket=row.bracket,
            effective=row.effective,
            value=row.value,
            kind=Kind(row.kind).value,
            source_title=row.source_title,
            source_url=row.source_url,
            state=LawState(row.state).value,
            proposed_by=row.proposed_by,
            proposed_at=row.proposed_at,
            decided_by=row.decided_by,
            decided_at=row.decided_at,
            version=row.version,
            reason=row.reason,
        )

    def as_dict(self) -> dict[str, Any]:
        def moment(value: datetime | None) -> str | None:
            return None if value is None else value.isoformat(timespec="seconds")

        return {
            "id": self.id,
            "name": self.name,
            "bracket": self.bracket,
            "effective": self.effective.isoformat(),
            "value": self.value,
            "kind": self.kind,
            "source_title": self.source_title,
            "source_url": self.source_url,
            "state": self.state,
            "proposed_by": self.proposed_by,
            "proposed_at": moment(self.proposed_at),
            "decided_by": self.decided_by,
            "decided_at": moment(self.decided_at),
            "version": self.version,
            "reason": self.reason,
        }


# ------------------------------------------------------------------------ checks


def _effective(raw: date | str) -> date:
    if isinstance(raw, date):
        return raw
    cleaned = (raw or "").strip()
    try:
        if _DATE.fullmatch(cleaned):
            return date.fromisoformat(cleaned)
    except ValueError:
        pass
    raise BadInput(f"the date {raw!r} is not a date as YYYY-MM-DD, such as 2026-09-01")


def _kind(raw: Kind | str) -> Kind:
    try:
        kind = Kind(str(raw).strip().lower())
    except ValueError:
        raise BadInput(f"the kind must be sourced or computed, not {str(raw)!r}") from None
    if kind not in PROPOSABLE:
        raise BadInput(
            "the kind must be sourced or computed: carried is what CumulDesk says when it "
            "knows no value for a date, not a value a supervisor publishes"
        )
    return kind


def _parameter(metadata: ParameterSet, name: str) -> Parameter:
    try:
        return metadata.parameter((name or "").strip())
    except KeyError:
        raise BadInput(
            f"there is no law parameter called {name!r} (known: {', '.join(metadata.names())})"
        ) from None


def _bracket(param: Parameter, bracket: str | None) -> str | None:
    bracket = bracket.strip() if bracket is not None else None
    if param.brackets is None:
        if bracket:
            raise BadInput(f"{param.name} has no brackets: leave the bracket out")
        return None
    if not bracket:
        raise BadInput(
            f"{param.name} has brackets ({', '.join(param.brackets)}): say which one the "
            "value is for"
        )
    if bracket not in param.brackets:
        raise BadInput(
            f"{param.name} has no bracket {bracket!r} (its brackets: {', '.join(param.brackets)})"
        )
    return bracket


def _source(title: str | None, url: str | None) -> tuple[str, str | None]:
    title = " ".join((title or "").split())
    if not title:
        raise BadInput(
            "a law value needs its source: give the title of the act or public page it was read on"
        )
    if len(title) > TITLE_LENGTH:
        raise BadInput(f"the source title is longer than {TITLE_LENGTH} characters")
    url = (url or "").strip() or None
    if url is not None and (not _URL.fullmatch(url) or len(url) > URL_LENGTH):
        raise BadInput("the source URL must be a web address starting with https:// or http://")
    return title, url


@dataclass(frozen=True)
class _Checked:
    name: str
    bracket: str | None
    effective: date
    value: str
    kind: Kind
    source_title: str
    source_url: str | None


def _check(
    metadata: ParameterSet,
    name: str,
    effective: date | str,
    value: Any,
    kind: Kind | str,
    source_title: str | None,
    source_url: str | None,
    bracket: str | None,
) -> _Checked:
    param = _parameter(metadata, name)
    chosen = _bracket(param, bracket)
    day = _effective(effective)
    if isinstance(value, str):
        try:
            typed = parse_value_text(param, value)
        except ParameterError as exc:
            raise BadInput(str(exc)) from None
    else:
        typed = value  # read from a parameter file: checked by its reader
    title, url = _source(source_title, source_url)
    return _Checked(param.name, chosen, day, value_text(typed), _kind(kind), title, url)


def _details(row: LawValue, **more: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "bracket": row.bracket,
        "effective": row.effective.isoformat(),
        "kind": Kind(row.kind).value,
        **more,
    }


def _insert(session: Session, actor: str, checked: _Checked, now: datetime) -> LawValue:
    row = LawValue(
        name=checked.name,
        bracket=checked.bracket,
        effective=checked.effective,
        value=checked.value,
        kind=checked.kind,
        source_title=checked.source_title,
        source_url=checked.source_url,
        state=LawState.PROPOSED,
        proposed_by=actor,
        proposed_at=now,
    )
    session.add(row)
    session.flush()
    record(session, actor, "law_proposed", details=_details(row), clock=lambda: now)
    return row


# ------------------------------------------------------------------------- steps


def propose(
    sessions: sessionmaker[Session],
    identity: Identity,
    name: str,
    effective: date | str,
    value_text: str,
    kind: Kind | str,
    source_title: str | None,
    source_url: str | None = None,
    bracket: str | None = None,
    *,
    clock: Clock = utcnow,
) -> int:
    """Propose a dated value; returns its id. Another supervisor approves it."""
    current = require_supervisor(sessions, identity, "law propose")
    checked = _check(
        load_parameters(), name, effective, value_text, kind, source_title, source_url, bracket
    )
    with sessions.begin() as session:
        if is_secured(session):
            return _propose_on_server(session, checked)
        return _insert(session, current.username, checked, clock()).id


# ------------------------------------------- the production set-up: the server's functions


def _server_value(checked: _Checked) -> dict[str, Any]:
    return {
        "name": checked.name,
        "bracket": checked.bracket,
        "effective": checked.effective.isoformat(),
        "value": checked.value,
        "kind": checked.kind.value,
        "source_title": checked.source_title,
        "source_url": checked.source_url,
    }


def _propose_on_server(session: Session, checked: _Checked) -> int:
    found = call(
        session,
        text(
            "SELECT cumuldesk_api.law_propose(:name, :bracket, :effective, :value, :kind,"
            " :source_title, :source_url)"
        ),
        _server_value(checked),
        "law propose",
    ).scalar_one()
    return int(found)


def _approve_on_server(session: Session, value_id: int) -> int:
    found = call(
        session, text("SELECT cumuldesk_api.law_approve(:id)"), {"id": value_id}, "law approve"
    ).scalar_one()
    return int(found)


def _reject_on_server(session: Session, value_id: int, reason: str | None) -> None:
    call(
        session,
        text("SELECT cumuldesk_api.law_reject(:id, :reason)"),
        {"id": value_id, "reason": reason},
        "law reject",
    )


def _import_on_server(session: Session, file_name: str, checked: list[_Checked]) -> list[int]:
    found = call(
        session,
        text("SELECT cumuldesk_api.law_import(:file, CAST(:values AS jsonb))"),
        {"file": file_name, "values": json.dumps([_server_value(item) for item in checked])},
        "law import",
    ).scalar_one()
    return [int(value_id) for value_id in found]


# Refusals a supervisor can meet in the window too: marked for translation (the window
# shows them in the handler's language, the command line in English).
NO_SUCH_VALUE = QT_TRANSLATE_NOOP("Law", "there is no law value {id}")
DECIDED_ALREADY = {
    (LawState.APPROVED, "approved"): QT_TRANSLATE_NOOP(
        "Law", "law value {id} is approved already: only a proposed value can be approved"
    ),
    (LawState.APPROVED, "rejected"): QT_TRANSLATE_NOOP(
        "Law", "law value {id} is approved already: only a proposed value can be rejected"
    ),
    (LawState.REJECTED, "approved"): QT_TRANSLATE_NOOP(
        "Law", "law value {id} is rejected already: only a proposed value can be approved"
    ),
    (LawState.REJECTED, "rejected"): QT_TRANSLATE_NOOP(
        "Law", "law value {id} is rejected already: only a proposed value can be rejected"
    ),
}
DECIDED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Law", "law value {id} was decided meanwhile by another supervisor"
)
OWN_PROPOSAL = QT_TRANSLATE_NOOP(
    "Law", "{user} proposed law value {id}: another supervisor must approve it"
)


def _proposed(session: Session, value_id: int, action: str) -> LawValue:
    row = session.get(LawValue, value_id)
    if row is None:
        raise BadInput(Message("Law", NO_SUCH_VALUE, {"id": value_id}))
    if LawState(row.state) is not LawState.PROPOSED:
        text = DECIDED_ALREADY[(LawState(row.state), action)]
        raise BadInput(Message("Law", text, {"id": value_id}))
    return row


def _decide(session: Session, value_id: int, action: str, **values: Any) -> None:
    """Move a proposed value on, in the caller's transaction: a conditional update, so
    that of two supervisors deciding the same value at once, one is told it is decided."""
    moved = session.execute(
        update(LawValue)
        .where(LawValue.id == value_id, LawValue.state == LawState.PROPOSED)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if cast(CursorResult[Any], moved).rowcount != 1:
        _proposed(session, value_id, action)  # says why
        raise BadInput(Message("Law", DECIDED_MEANWHILE, {"id": value_id}))


def _take_version_lock(session: Session) -> None:
    """Approvals are numbered one at a time: an advisory lock on PostgreSQL; on SQLite
    the first write of the transaction takes the database's write lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK})


def approve(
    sessions: sessionmaker[Session],
    identity: Identity,
    value_id: int,
    *,
    clock: Clock = utcnow,
) -> int:
    """Approve a value another supervisor proposed; returns the new law-data version."""
    current = require_supervisor(sessions, identity, "law approve")
    with sessions() as session:
        row = _proposed(session, value_id, "approved")
        proposer, name, bracket = row.proposed_by, row.name, row.bracket
    if proposer == current.username:
        refuse(sessions, current.username, "law approve", "own proposal")
        raise NotAllowed(Message("Law", OWN_PROPOSAL, {"user": current.username, "id": value_id}))
    _bracket(_parameter(load_parameters(), name), bracket)  # still known to this release
    now = clock()
    with sessions.begin() as session:
        if is_secured(session):
            return _approve_on_server(session, value_id)
        _take_version_lock(session)
        _decide(session, value_id, "approved", decided_by=current.username, decided_at=now)
        highest = session.scalar(
            select(func.max(LawValue.version)).where(LawValue.state == LawState.APPROVED)
        )
        version = int(highest or 0) + 1
        session.execute(
            update(LawValue)
            .where(LawValue.id == value_id)
            .values(state=LawState.APPROVED, version=version)
            .execution_options(synchronize_session=False)
        )
        approved = session.get(LawValue, value_id, populate_existing=True)
        assert approved is not None
        record(
            session,
            current.username,
            "law_approved",
            details=_details(approved, version=version, proposed_by=approved.proposed_by),
            clock=lambda: now,
        )
        return version


def reject(
    sessions: sessionmaker[Session],
    identity: Identity,
    value_id: int,
    reason: str | None = None,
    *,
    clock: Clock = utcnow,
) -> None:
    """Reject a proposed value (a supervisor; the proposer may withdraw their own)."""
    current = require_supervisor(sessions, identity, "law reject")
    reason = " ".join((reason or "").split()) or None
    now = clock()
    with sessions.begin() as session:
        if is_secured(session):
            _proposed(session, value_id, "rejected")  # says why in the user's language
            _reject_on_server(session, value_id, reason)
            return
        _decide(
            session,
            value_id,
            "rejected",
            state=LawState.REJECTED,
            decided_by=current.username,
            decided_at=now,
            reason=reason,
        )
        row = session.get(LawValue, value_id, populate_existing=True)
        assert row is not None
        record(
            session,
            current.username,
            "law_rejected",
            details=_details(row, reason_given=reason is not None),
            clock=lambda: now,
        )


def list_values(
    sessions: sessionmaker[Session], state: LawState | str | None = None
) -> list[LawValueView]:
    """The law values on record (of one state, or all), oldest first."""
    query = select(LawValue).order_by(LawValue.id)
    if state is not None:
        try:
            wanted = LawState(str(state).strip().lower())
        except ValueError:
            raise BadInput(
                f"the state must be proposed, approved or rejected, not {str(state)!r}"
            ) from None
        query = query.where(LawValue.state == wanted)
    with sessions() as session:
        return [LawValueView.of(row) for row in session.scalars(query)]


def _file_values(path: Path, metadata: ParameterSet) -> list[LegalValue]:
    """The rows of a pre-0.2 override file (its name, or `name` inside, is the parameter)."""
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path.name}: cannot be read ({type(exc).__name__})") from None
    try:
        inside = tomllib.loads(content).get("name")
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(f"{path.name}: not valid TOML ({exc})") from None
    name = inside if isinstance(inside, str) and inside else path.stem
    param = _parameter(metadata, name)
    if inside is None:
        content = f"name = {name!r}\n" + content.replace("\r\n", "\n")
    try:
        return parse_value_file(param, content, path.name)
    except ParameterError as exc:
        raise BadInput(str(exc)) from None


def import_file(
    sessions: sessionmaker[Session],
    identity: Identity,
    path: Path | str,
    *,
    clock: Clock = utcnow,
) -> list[int]:
    """Propose every value of a pre-0.2 parameter override file, all or none; returns
    the new ids (each to be approved by another supervisor)."""
    current = require_supervisor(sessions, identity, "law import")
    path = Path(path)
    metadata = load_parameters()
    checked: list[_Checked] = []
    for value in _file_values(path, metadata):
        where = f"{path.name}, {value.label} from {value.effective.isoformat()}"
        try:
            checked.append(
                _check(
                    metadata,
                    value.name,
                    value.effective,
                    value.value,
                    value.kind,
                    value.source_title,
                    value.source_url,
                    value.bracket,
                )
            )
        except BadInput as exc:
            raise BadInput(f"{where}: {exc}") from None
    now = clock()
    with sessions.begin() as session:
        if is_secured(session):
            return _import_on_server(session, path.name, checked)
        ids = [_insert(session, current.username, item, now).id for item in checked]
        record(
            session,
            current.username,
            "law_imported",
            details={"file": path.name, "name": checked[0].name, "ids": ids},
            clock=lambda: now,
        )
    return ids


# ------------------------------------------------------------ law data at run time


def central_parameters(session: Session) -> ParameterSet:
    """The approved law data of the central database (version = the highest approved
    version, origin "central database"). ParameterError when it holds none."""
    params = stored_parameters(session, CENTRAL_ORIGIN)
    if params is None:
        raise ParameterError("the central database holds no approved law data")
    return params


def shipped_parameters(why: str) -> ParameterSet:
    """The shipped defaults, with why they are used in the origin (shown to the user)."""
    params = load_parameters()
    params.origin = f"{SHIPPED}: {why}"
    return params


def parameters_for_desk(
    cache: LocalCache, connect: Callable[[], Central | None] | None
) -> ParameterSet:
    """The law data a signed-in handler works with: the approved law data in their
    local cache (as of the last sync); when the cache has none yet (never synced), the
    central database's when `connect` reaches it; else the shipped defaults, saying so."""
    params = cache_parameters(cache)
    if params is not None:
        return params
    central: Central | None = None
    if connect is not None:
        try:
            central = connect()
        except DatabaseUnavailable:
            central = None
    if central is None:
        return shipped_parameters(
            "this computer has no law data from the central database yet (never synced) "
            "and the central database cannot be reached"
        )
    try:
        with central.sessions() as session:
            return central_parameters(session)
    finally:
        central.close()


def parameters_for_command(*, shipped: bool = False) -> ParameterSet:
    """The law data of `cumuldesk params`, `check` and `simulate` (no sign-in): the
    central database's when one is configured or the embedded demo database exists;
    else (or with `shipped`) the shipped defaults. DatabaseUnavailable (exit 5) when a
    configured central database cannot be reached: never a silent fall-back."""
    if shipped:
        return shipped_parameters("asked for with --shipped")
    config = central_config()
    if config.is_demo and not demo_database_path().is_file():
        return shipped_parameters("no central database is configured")
    credentials = None
    if signs_in_as_handler(config):  # the production set-up: the handler's own login
        username, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
        if not username or not password:
            raise NotAllowed(
                "the law data come from the central database, reached with your own account: "
                f"set {USER_ENV} and {PASSWORD_ENV}, or add --shipped to use the shipped defaults"
            )
        credentials = (username, password)
    try:
        central = connect_central(config, must_exist=True, credentials=credentials)
    except DatabaseUnavailable as exc:
        raise DatabaseUnavailable(
            f"{exc}; the law data come from the central database (add --shipped to use the "
            "shipped defaults instead)"
        ) from None
    try:
        with central.sessions() as session:
            return central_parameters(session)
    finally:
        central.close()


def describe(params: ParameterSet) -> str:
    """The version and where it came from, in words: 'law data v3 (central database)',
    'shipped defaults: no central database is configured'."""
    if params.version is None and params.origin.startswith(SHIPPED):
        return params.origin
    return f"{params.version_label} ({params.origin})"
