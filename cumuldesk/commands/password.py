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
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.passwords import (
    change_password,
    check_may_set_password,
    set_password_as_administrator,
)
from cumuldesk.services.accounts.signin import MIN_PASSWORD_LENGTH, offline_verifier
from cumuldesk.services.cache_service import cache_path, open_cache
from cumuldesk.services.central.connect import sign_in_central


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


def _run_as_admin(args: argparse.Namespace, out: TextIO) -> int:
    """The administrator gives an account a password (a forgotten one, or an account from
    before the production set-up, which then gets its login role)."""
    target = (args.for_user or "").strip()
    if not target:
        raise BadInput("with --admin-url, say whose password to set: --for USERNAME")
    central = admin_central(args)
    try:
        new_password = new_password_of(target)
        set_password_as_administrator(central.sessions, target, new_password)
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
        check_may_set_password(central.sessions, identity, target)  # before it is asked
        new_password = new_password_of(target)
        change_password(central.sessions, identity, target, new_password)
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
