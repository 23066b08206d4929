"""Setting a password on the central database: a handler's own, another handler's (a
supervisor), or any account's (the database administrator, for a forgotten one).

On the production set-up the new password is the handler's PostgreSQL login role's, set by
the server's function from a SCRAM verifier made here (the password never travels:
`handlers.set_password_on_server`); elsewhere (the embedded SQLite database, an
administrator's URL on a database without login roles) it is the stored hash
(`signin.set_password`). Each is audited; no password is ever in the trail.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.errors import BadInput
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.handlers import server_accounts, set_password_on_server
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import (
    SET_OTHERS_PASSWORD,
    check_new_password,
    set_password,
)


def check_may_set_password(
    central_sessions: sessionmaker[Session], identity: Identity, target: str
) -> None:
    """Refuse (NotAllowed, audited) a handler who is not a supervisor setting another
    handler's password: asked before the new password is."""
    if target != identity.username:
        require_supervisor(central_sessions, identity, SET_OTHERS_PASSWORD)


def change_password(
    central_sessions: sessionmaker[Session], identity: Identity, target: str, new_password: str
) -> None:
    """Set `target`'s password (the signed-in `identity`'s own, or another handler's for a
    supervisor): the login role's on the production set-up, else the stored hash.
    BadInput for a password too weak or an unknown handler."""
    with central_sessions.begin() as session:
        on_server = server_accounts(session)
        if on_server:
            check_new_password(target, new_password)
            set_password_on_server(session, target, new_password)
    if not on_server:
        set_password(central_sessions, identity, target, new_password)


def set_password_as_administrator(
    central_sessions: sessionmaker[Session], target: str, new_password: str
) -> None:
    """The database administrator gives an account a password (a forgotten one, or an
    account from before the production set-up, which then gets its login role). BadInput
    for a password too weak, or a database without login roles."""
    check_new_password(target, new_password)
    with central_sessions.begin() as session:
        if not server_accounts(session):
            raise BadInput(
                "this database is not set up for login roles: run cumuldesk central setup"
            )
        set_password_on_server(session, target, new_password)
