"""Handler accounts: the first supervisor of a new central database, then accounts made,
listed and closed by supervisors. Every change is audited (no password in the trail).

A new production database has no handler at all, so nobody could sign in to create the
first account. `create_first_supervisor` does it without signing in, but only while the
database has no active supervisor with a password: once there is one, accounts are
made by a signed-in supervisor (`add_handler`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.errors import BadInput, CumulDeskError, NotAllowed
from cumuldesk.services.accounts.authorization import refuse, require_supervisor
from cumuldesk.services.accounts.identity import USERNAME, Identity
from cumuldesk.services.accounts.signin import check_new_password
from cumuldesk.storage.audit import record
from cumuldesk.storage.models import Handler, Language, Role
from cumuldesk.storage.passwords import hash_password

FIRST_SUPERVISOR = "first supervisor"


# ------------------------------------------------- the production set-up (PostgreSQL)


def server_accounts(session: Session) -> bool:
    """Whether accounts are PostgreSQL login roles made by the server's functions (a
    database set up by `cumuldesk central setup`: docs/security.md)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    found = session.scalar(text("SELECT to_regproc('cumuldesk_api.create_handler')"))
    return found is not None


def scram_verifier(session: Session, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password` for the login role `username`, made here by
    libpq: the password itself never travels to the server."""
    driver = session.connection().connection.driver_connection
    verifier = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), username.encode("utf-8"), b"scram-sha-256"
    )
    return bytes(verifier).decode("ascii")


def _server_refusal(exc: DBAPIError) -> CumulDeskError:
    """A refusal of the accounts functions, as the user's error (their messages are ours
    and safe); a permission error means the caller may not manage accounts."""
    original = exc.orig
    state = getattr(original, "sqlstate", None)
    message = str(getattr(getattr(original, "diag", None), "message_primary", None) or "")
    if state == "42501":
        return NotAllowed(f"accounts are managed by supervisors ({message or 'refused'})")
    if state == "P0001" and message:
        return BadInput(message)
    return BadInput(f"the central database refused the account change ({state})")


def create_on_server(session: Session, new: NewHandler, password: str) -> None:
    """A new account and its login role, by the server's function (docs/security.md)."""
    try:
        session.execute(
            text("SELECT cumuldesk_api.create_handler(:u, :n, :t, :r, :l, :v)"),
            {
                "u": new.username,
                "n": new.display_name,
                "t": new.team,
                "r": new.role.value,
                "l": new.language.value,
                "v": scram_verifier(session, new.username, password),
            },
        )
    except DBAPIError as exc:
        raise _server_refusal(exc) from None


def close_on_server(session: Session, username: str) -> None:
    try:
        session.execute(text("SELECT cumuldesk_api.close_handler(:u)"), {"u": username})
    except DBAPIError as exc:
        raise _server_refusal(exc) from None


def set_password_on_server(session: Session, username: str, password: str) -> None:
    """A new password for the login role `username` (the caller's own; anyone's for a
    supervisor or the administrator), audited by the server."""
    try:
        session.execute(
            text("SELECT cumuldesk_api.set_password(:u, :v)"),
            {"u": username, "v": scram_verifier(session, username, password)},
        )
    except DBAPIError as exc:
        raise _server_refusal(exc) from None


@dataclass(frozen=True)
class NewHandler:
    username: str
    display_name: str
    team: str
    role: Role
    language: Language

    def checked(self) -> NewHandler:
        username = self.username.strip()
        if not USERNAME.fullmatch(username):
            raise BadInput(
                "a username has letters, digits, '.', '_', '@' or '-' (at most 64 characters)"
            )
        name = " ".join(self.display_name.split())
        team = " ".join(self.team.split())
        if not name or len(name) > 128:
            raise BadInput("the display name is empty or longer than 128 characters")
        if not team or len(team) > 64:
            raise BadInput("the team is empty or longer than 64 characters")
        return NewHandler(username, name, team, self.role, self.language)


def _has_supervisor(session: Session) -> bool:
    return (
        session.scalars(
            select(Handler.id).where(
                Handler.role == Role.SUPERVISOR,
                Handler.active.is_(True),
                Handler.password_hash.is_not(None),
            )
        ).first()
        is not None
    )


def _has_active_supervisor(session: Session) -> bool:
    """An active supervisor account (the production set-up keeps no password hashes)."""
    found = session.scalars(
        select(Handler.id).where(Handler.role == Role.SUPERVISOR, Handler.active.is_(True))
    ).first()
    return found is not None


def _insert(session: Session, new: NewHandler, password_hash: str) -> Handler:
    if session.scalars(select(Handler.id).where(Handler.username == new.username)).first():
        raise BadInput(f"there is already a handler {new.username!r}")
    handler = Handler(
        username=new.username,
        display_name=new.display_name,
        team=new.team,
        role=new.role,
        language=new.language,
        password_hash=password_hash,
        active=True,
    )
    session.add(handler)
    try:
        session.flush()
    except IntegrityError:
        raise BadInput(f"there is already a handler {new.username!r}") from None
    return handler


def create_first_supervisor(
    central_sessions: sessionmaker[Session], new: NewHandler, password: str
) -> Identity:
    """The first supervisor account of a database that has none (NotAllowed otherwise,
    audited)."""
    new = NewHandler(new.username, new.display_name, new.team, Role.SUPERVISOR, new.language)
    new = new.checked()
    check_new_password(new.username, password)
    password_hash = hash_password(password)
    with central_sessions() as session:
        exists = _has_supervisor(session)
        on_server = server_accounts(session)
    if on_server:
        # the administrator's own connection (owner): makes the login role and the row
        with central_sessions.begin() as session:
            if _has_active_supervisor(session):
                raise NotAllowed(
                    "this central database already has a supervisor: new accounts are made "
                    "by a signed-in supervisor (cumuldesk handler add)"
                )
            create_on_server(session, new, password)
            handler = session.scalars(select(Handler).where(Handler.username == new.username)).one()
            return Identity.of(handler)
    if exists:
        refuse(central_sessions, new.username, FIRST_SUPERVISOR, "a supervisor exists")
        raise NotAllowed(
            "this central database already has a supervisor: new accounts are made by a "
            "signed-in supervisor (cumuldesk handler add)"
        )
    with central_sessions.begin() as session:
        if _has_supervisor(session):  # made meanwhile by someone else
            raise NotAllowed("this central database already has a supervisor")
        handler = _insert(session, new, password_hash)
        record(
            session,
            new.username,
            "handler_created",
            details={"handler": new.username, "role": "supervisor", "first": True},
        )
        return Identity.of(handler)


def add_handler(
    central_sessions: sessionmaker[Session], actor: Identity, new: NewHandler, password: str
) -> Identity:
    """A new handler account, made by a signed-in supervisor (NotAllowed otherwise)."""
    require_supervisor(central_sessions, actor, "handler add")
    new = new.checked()
    check_new_password(new.username, password)
    with central_sessions.begin() as session:
        if server_accounts(session):
            create_on_server(session, new, password)
            handler = session.scalars(select(Handler).where(Handler.username == new.username)).one()
            return Identity.of(handler)
    password_hash = hash_password(password)
    with central_sessions.begin() as session:
        handler = _insert(session, new, password_hash)
        record(
            session,
            actor.username,
            "handler_created",
            details={"handler": new.username, "role": new.role.value},
        )
        return Identity.of(handler)


def close_handler(central_sessions: sessionmaker[Session], actor: Identity, username: str) -> None:
    """Close an account (it can no longer sign in; its notes keep their author)."""
    require_supervisor(central_sessions, actor, "handler close")
    if username == actor.username:
        raise BadInput("you cannot close your own account")
    with central_sessions.begin() as session:
        if server_accounts(session):
            close_on_server(session, username)
            return
        handler = session.scalars(select(Handler).where(Handler.username == username)).first()
        if handler is None:
            raise BadInput(f"there is no handler {username!r}")
        handler.active = False
        record(session, actor.username, "handler_closed", details={"handler": username})


def list_handlers(
    central_sessions: sessionmaker[Session], actor: Identity
) -> list[dict[str, object]]:
    require_supervisor(central_sessions, actor, "handler list")
    with central_sessions() as session:
        # the production set-up keeps passwords in PostgreSQL's login roles, not here
        login_roles = server_accounts(session)
        return [
            {
                "username": h.username,
                "display_name": h.display_name,
                "team": h.team,
                "role": h.role.value,
                "language": h.language.value,
                "active": h.active,
                "password_set": True if login_roles else h.password_hash is not None,
            }
            for h in session.scalars(select(Handler).order_by(Handler.team, Handler.username))
        ]
