"""`cumuldesk password`: change your own password, or (supervisors) another handler's."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.central_admin import add_admin_url, admin_central
from cumuldesk.commands.signin import (
    NEW_PASSWORD_ENV,
    add_user_option,
    credentials,
    new_password_of,
)
from cumuldesk.errors import (
    BadInput,
    CumulDeskError,
)
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.handlers import server_accounts, set_password_on_server
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import (
    MIN_PASSWORD_LENGTH,
    SET_OTHERS_PASSWORD,
    check_new_password,
    offline_verifier,
    set_password,
)
from cumuldesk.services.cache_service import cache_path, open_cache
from cumuldesk.services.central.connect import (
    Central,
    sign_in_central,
)


def register(sub: Any) -> None:
    command = sub.add_parser(
        "password",
        help="change your password (a supervisor can set another handler's)",
        description="Change your password: sign in with the current one, then type the new "
        f"one twice (or set ${NEW_PASSWORD_ENV}). At least {MIN_PASSWORD_LENGTH} characters. "
        "A supervisor can set another handler's password with --for.",
    )
    add_user_option(command, "who you are")
    command.add_argument(
        "--for",
        dest="for_user",
        metavar="USERNAME",
        help="(supervisors) set this handler's password instead of your own",
    )
    add_admin_url(command, required=False)
    command.add_argument("--json", action="store_true", help="print JSON")
    command.set_defaults(handler=run)


def _refresh_cache(identity: Identity, new_password: str) -> None:
    """Let the own local cache accept the new password offline (and no longer the old)."""
    if not cache_path(identity.username).is_file():
        return
    try:
        verifier = offline_verifier(identity, new_password)
        with open_cache(identity.username, remember=verifier):
            pass
    except CumulDeskError as exc:
        sys.stderr.write(
            f"cumuldesk: note: your local cache could not be opened now ({exc}); until your "
            "next online sign-in with it (for example cumuldesk cache status), it still "
            "accepts the previous password offline\n"
        )


def _set(central: Central, identity: Identity, target: str, new_password: str) -> None:
    """On the production set-up the new password is the login role's, set by the server's
    function from a SCRAM verifier; elsewhere the stored hash (`signin.set_password`)."""
    with central.sessions.begin() as session:
        on_server = server_accounts(session)
        if on_server:
            check_new_password(target, new_password)
            set_password_on_server(session, target, new_password)
    if not on_server:
        set_password(central.sessions, identity, target, new_password)


def _run_as_admin(args: argparse.Namespace, out: TextIO) -> int:
    """The administrator gives an account a password (a forgotten one, or an account from
    before the production set-up, which then gets its login role)."""
    target = (args.for_user or "").strip()
    if not target:
        raise BadInput("with --admin-url, say whose password to set: --for USERNAME")
    central = admin_central(args)
    try:
        new_password = new_password_of(target)
        check_new_password(target, new_password)
        with central.sessions.begin() as session:
            if not server_accounts(session):
                raise BadInput(
                    "this database is not set up for login roles: run cumuldesk central setup"
                )
            set_password_on_server(session, target, new_password)
    finally:
        central.close()
    out.write(f"The password of {target} was changed.\n")
    return 0


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.admin_url:
        return _run_as_admin(args, out)
    username, password = credentials(args, "password")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        target = (args.for_user or identity.username).strip()
        if target != identity.username:  # refused before a new password is asked
            require_supervisor(central.sessions, identity, SET_OTHERS_PASSWORD)
        new_password = new_password_of(target)
        _set(central, identity, target, new_password)
    finally:
        central.close()
    if target == identity.username:
        _refresh_cache(identity, new_password)
    if args.json:
        json.dump({"handler": target, "changed": True}, out)  # one line: scripts read it
        out.write("\n")
    else:
        out.write(f"The password of {target} was changed.\n")
    return 0
