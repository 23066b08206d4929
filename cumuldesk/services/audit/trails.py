"""The audit trails as `cumuldesk audit` reads and records them: the central trail (as a
supervisor or as the database's administrator) and a handler's local one.

A verification reads everything first and records only after (the sign-in, then an
`audit_verified` event with the counts): its own events never re-anchor a cut chain. A
connection that may not read the trail (a handler's own login on the production set-up)
is refused as `require_supervisor` refuses it: signed in, audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.errors import BadInput, IntegrityProblem, NotAllowed
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.audit.checkpoint import Checkpoint, compare, write_checkpoint
from cumuldesk.services.audit.integrity import summary_details, verify_central
from cumuldesk.services.central.connect import Central, sign_in_central
from cumuldesk.storage.audit import (
    AuditEvent,
    Snapshot,
    VerifyResult,
    accept_cut,
    chain_cut_from,
    read_snapshot,
    record,
    verify_trail,
)
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import (
    DatabaseUnavailable,
    describe_url,
    has_schema,
    open_central,
    session_factory,
)

T = TypeVar("T")
VERIFIED = "audit_verified"
_INSUFFICIENT_PRIVILEGE = "42501"


@dataclass
class CentralTrail:
    """The central database's trail, for reading first and signing in (and recording)
    after. Close it when done."""

    sessions: sessionmaker[Session]
    database: str  # described without a password
    sign_in: Callable[[], str]  # authenticates; returns the actor (NotAllowed otherwise)
    close: Callable[[], None]

    def __enter__(self) -> CentralTrail:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def _read(self, action: str, read: Callable[[Session], T]) -> T:
        """`read` in one session, before anything is recorded; refused (signed in,
        audited) when the connection may not read the trail."""
        try:
            with self.sessions() as session:
                return read(session)
        except OperationalError as exc:
            raise DatabaseUnavailable(
                f"lost the central database while reading ({type(exc.orig).__name__})"
            ) from None
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != _INSUFFICIENT_PRIVILEGE:
                raise
        self.sign_in()  # records the sign-in and, for a handler, the refusal
        raise NotAllowed(f"{action} is for supervisors only")

    def verify(self, action: str, checkpoint: Checkpoint | None = None) -> VerifyResult:
        """The chain, the finalised letters and (given) the events against a checkpoint,
        read in one session (`integrity.verify_central`); nothing recorded yet."""

        def read(session: Session) -> VerifyResult:
            with_checkpoint = None if checkpoint is None else (lambda s: compare(s, checkpoint))
            return verify_central(session, compare=with_checkpoint)[1]

        return self._read(action, read)

    def snapshot(self, action: str) -> Snapshot:
        """The trail as read at one moment (for a checkpoint); nothing recorded yet."""
        return self._read(action, read_snapshot)

    # ---------------------------------------------------------------- recording

    def record_verification(self, result: VerifyResult) -> str | None:
        """Sign in and record the verification, after it read everything. A trail that
        is not intact may refuse new events (a cut end): then the report is still given,
        with a note (returned) that nothing was recorded."""
        try:
            actor = self.sign_in()
            with self.sessions.begin() as session:
                record(session, actor, VERIFIED, details=summary_details(result))
        except NotAllowed:
            raise
        except (IntegrityProblem, DBAPIError) as exc:
            if result.ok:
                raise
            cut = chain_cut_from(exc)
            reason = str(cut) if cut is not None else "the central database refused it"
            return f"this verification was not recorded in the trail: {reason}"
        return None

    def write_checkpoint(
        self,
        path: Path,
        checkpoint: Checkpoint,
        private_key: Ed25519PrivateKey,
        *,
        actor: str,
        result: VerifyResult,
    ) -> None:
        """Write the signed checkpoint to its new file, then record the verification it
        vouches for as `actor` (signed in already). The caller keeps Ctrl+C from cutting
        the two apart."""
        write_checkpoint(path, checkpoint, private_key)
        with self.sessions.begin() as session:
            record(session, actor, VERIFIED, details=summary_details(result))

    def accept_cut(self) -> tuple[str, AuditEvent]:
        """Sign in, then let recording resume after a cut end (`storage.audit.accept_cut`):
        what was cut, and the event that records it. BadInput when the trail is not cut."""
        actor = self.sign_in()
        with self.sessions.begin() as session:
            return accept_cut(session, actor)


def trail_as_administrator(url: str) -> CentralTrail:
    """The central trail through the database administrator's own URL (its password
    filled in): BadInput for a URL that is not one, DatabaseUnavailable when it holds no
    CumulDesk database. The actor is the URL's user ("administrator" when it names none)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise BadInput("--admin-url is not a valid database URL") from None
    engine = open_central(url, must_exist=True)
    try:
        if not has_schema(engine):
            raise DatabaseUnavailable(f"{describe_url(url)} holds no CumulDesk database")
    except BaseException:
        engine.dispose()
        raise
    actor = parsed.username or "administrator"
    return CentralTrail(session_factory(engine), describe_url(url), lambda: actor, engine.dispose)


def trail_as_supervisor(
    central: Central, username: str | None, password: str, action: str
) -> CentralTrail:
    """The central trail through a supervisor's connection (`central`, closed with the
    trail); the sign-in comes after the reading and refuses anyone but a supervisor
    (NotAllowed, audited)."""

    def sign_in() -> str:
        identity = sign_in_central(central, username, password)
        return require_supervisor(central.sessions, identity, action).username

    return CentralTrail(central.sessions, describe_url(central.config.url), sign_in, central.close)


def verify_local(cache: LocalCache) -> VerifyResult:
    """Check the hash chain of a handler's local trail (read in one session)."""
    with cache.sessions() as session:
        return verify_trail(session)
