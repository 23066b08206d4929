"""Who acts, and whether the role allows it.

Until sign-in lands (issue 4), the command line names the acting handler with
`--user USERNAME` (or the environment variable `CUMULDESK_USER`); the handler must
exist, be active, and for supervisor-only actions have the supervisor role. A refusal
is written to the audit trail in its own transaction, so it stays recorded although
the action itself does not happen.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.errors import NotAllowed
from cumuldesk.storage.audit import record
from cumuldesk.storage.models import Handler, Role

USER_ENV = "CUMULDESK_USER"


def _refuse(factory: sessionmaker[Session], username: str, action: str, reason: str) -> None:
    with factory.begin() as session:
        record(session, username, "refused", details={"action": action, "reason": reason})


def require_role(
    factory: sessionmaker[Session], username: str | None, action: str, role: Role | None = None
) -> Handler:
    """The active handler `username`, with `role` when given; NotAllowed otherwise (audited)."""
    if not username:
        raise NotAllowed(f"{action}: say who you are with --user USERNAME (or {USER_ENV})")
    with factory() as session:
        handler = session.scalars(select(Handler).where(Handler.username == username)).first()
    if handler is None or not handler.active:
        _refuse(factory, username, action, "unknown or inactive handler")
        raise NotAllowed(f"{action}: {username} is not an active handler of this database")
    if role is not None and handler.role is not role:
        _refuse(factory, username, action, f"role {handler.role.value}")
        raise NotAllowed(
            f"{action} is for {role.value}s only; {username} is a {handler.role.value}"
        )
    return handler


def require_supervisor(
    factory: sessionmaker[Session], username: str | None, action: str
) -> Handler:
    return require_role(factory, username, action, Role.SUPERVISOR)
