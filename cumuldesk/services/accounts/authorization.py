"""Whether the signed-in handler's role allows an action.

Every check is made on an `Identity` that came from signing in
(`cumuldesk.services.accounts.signin`), and is made again against the central database, so that
a handler whose role was changed or whose account was closed since signing in (the
window stays open for hours) is refused too. A refusal is written to the audit trail in
its own transaction, so it stays recorded although the action itself does not happen.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.errors import NotAllowed
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.storage.audit import record
from cumuldesk.storage.models import Handler, Role


def refuse(factory: sessionmaker[Session], username: str, action: str, reason: str) -> None:
    """Record the refusal of `action` to `username` (its own transaction)."""
    with factory.begin() as session:
        record(session, username, "refused", details={"action": action, "reason": reason})


def require_role(
    factory: sessionmaker[Session], identity: Identity, action: str, role: Role | None = None
) -> Identity:
    """`identity`, when its account is still active and, if `role` is given, has that role
    in the central database now; NotAllowed otherwise (audited)."""
    with factory() as session:
        handler = session.scalars(
            select(Handler).where(Handler.username == identity.username)
        ).first()
    if handler is None or not handler.active:
        refuse(factory, identity.username, action, "unknown or inactive handler")
        raise NotAllowed(f"{action}: {identity.username} is not an active handler any more")
    current = Identity.of(handler)
    if role is not None and current.role is not role:
        refuse(factory, identity.username, action, f"role {current.role.value}")
        raise NotAllowed(
            f"{action} is for {role.value}s only; {identity.username} is a {current.role.value}"
        )
    return current


def require_supervisor(factory: sessionmaker[Session], identity: Identity, action: str) -> Identity:
    return require_role(factory, identity, action, Role.SUPERVISOR)
