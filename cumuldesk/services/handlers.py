"""Handler accounts: the first supervisor of a new central database, then accounts made,
listed and closed by supervisors. Every change is audited (no password in the trail).

A new production database has no handler at all, so nobody could sign in to create the
first account. `create_first_supervisor` does it without signing in, but only while the
database has no active supervisor with a password: once there is one, accounts are
made by a signed-in supervisor (`add_handler`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.authorization import refuse, require_supervisor
from cumuldesk.services.identity import USERNAME, Identity
from cumuldesk.services.signin import check_new_password
from cumuldesk.storage.audit import record
from cumuldesk.storage.models import Handler, Language, Role
from cumuldesk.storage.passwords import hash_password

FIRST_SUPERVISOR = "first supervisor"


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
        handler = session.scalars(select(Handler).where(Handler.username == username)).first()
        if handler is None:
            raise BadInput(f"there is no handler {username!r}")
        handler.active = False
        record(session, actor.username, "handler_closed", details={"handler": username})


def list_handlers(central_sessions: sessionmaker[Session], actor: Identity) -> list[dict]:
    require_supervisor(central_sessions, actor, "handler list")
    with central_sessions() as session:
        return [
            {
                "username": h.username,
                "display_name": h.display_name,
                "team": h.team,
                "role": h.role.value,
                "language": h.language.value,
                "active": h.active,
                "password_set": h.password_hash is not None,
            }
            for h in session.scalars(select(Handler).order_by(Handler.team, Handler.username))
        ]
