"""`cumuldesk handler first-supervisor|add|list|close`: handler accounts."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.central_admin import add_admin_url, admin_central
from cumuldesk.commands.signin import (
    NEW_PASSWORD_ENV,
    add_user_option,
    credentials,
    new_password_of,
)
from cumuldesk.commands.support import emit_json, terminal_line
from cumuldesk.config import central_config
from cumuldesk.errors import BadInput
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.handlers import (
    NewHandler,
    add_handler,
    close_handler,
    create_first_supervisor,
    list_handlers,
)
from cumuldesk.services.accounts.signin import MIN_PASSWORD_LENGTH
from cumuldesk.services.central.connect import sign_in_central, signs_in_as_handler
from cumuldesk.storage.models import Language, Role


def register(sub: Any) -> None:
    handler = sub.add_parser(
        "handler",
        help="handler accounts: the first supervisor, then add, list, close (supervisors)",
        description="Handler accounts in the central database. On a new database, make the "
        "first supervisor with `first-supervisor` (no sign-in; refused once a supervisor "
        "exists); afterwards a signed-in supervisor adds, lists and closes accounts. The "
        f"new password is typed twice at the terminal (or taken from ${NEW_PASSWORD_ENV}), "
        f"at least {MIN_PASSWORD_LENGTH} characters.",
    )
    actions = handler.add_subparsers(dest="handler_command", metavar="ACTION", required=True)

    def details(command: argparse.ArgumentParser) -> None:
        command.add_argument("username", metavar="USERNAME")
        command.add_argument("--name", required=True, help="display name, e.g. 'An Peeters'")
        command.add_argument("--team", required=True, help="the team whose cases they handle")
        command.add_argument(
            "--language",
            choices=[lang.value for lang in Language],
            default=Language.NL.value,
            help="language of the handler (default: nl)",
        )
        command.add_argument("--json", action="store_true", help="print JSON")

    first = actions.add_parser(
        "first-supervisor",
        help="make the first supervisor of a new central database (no sign-in)",
        description="Make the first supervisor account of a central database that has none. "
        "On the production set-up (PostgreSQL after `cumuldesk central setup`) the database "
        "administrator runs it with --admin-url: it makes the supervisor's PostgreSQL login "
        "role.",
    )
    details(first)
    add_admin_url(first, required=False)
    first.set_defaults(handler=run_first)

    add = actions.add_parser("add", help="add a handler account (supervisors)")
    details(add)
    add.add_argument("--supervisor", action="store_true", help="the new account supervises")
    add_user_option(add, "the acting supervisor")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="list the handler accounts (supervisors)")
    add_user_option(listing, "the acting supervisor")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    close = actions.add_parser("close", help="close a handler account (supervisors)")
    close.add_argument("username", metavar="USERNAME")
    add_user_option(close, "the acting supervisor")
    close.add_argument("--json", action="store_true", help="print JSON")
    close.set_defaults(handler=run_close)


def _new(args: argparse.Namespace, role: Role) -> NewHandler:
    return NewHandler(args.username, args.name, args.team, role, Language(args.language))


def _created(args: argparse.Namespace, out: TextIO, role: Role) -> None:
    if args.json:
        emit_json({"handler": args.username, "role": role.value, "created": True}, out)
    else:
        out.write(f"The {role.value} account {args.username} was made.\n")


def run_first(args: argparse.Namespace, out: TextIO) -> int:
    new = _new(args, Role.SUPERVISOR).checked()
    if args.admin_url:
        central = admin_central(args)
    elif signs_in_as_handler(central_config()):
        raise BadInput(
            "on the production set-up the first supervisor is made by the database "
            "administrator: add --admin-url postgresql+psycopg://ADMIN@HOST:PORT/DB"
        )
    else:
        central = central_for_command(create=True)
    try:
        password = new_password_of(new.username)
        create_first_supervisor(central.sessions, new, password)
    finally:
        central.close()
    _created(args, out, Role.SUPERVISOR)
    return 0


def run_add(args: argparse.Namespace, out: TextIO) -> int:
    role = Role.SUPERVISOR if args.supervisor else Role.HANDLER
    new = _new(args, role).checked()
    username, password = credentials(args, "handler add")
    central = central_for_command(credentials=(username, password))
    try:
        actor = sign_in_central(central, username, password)
        require_supervisor(central.sessions, actor, "handler add")  # before asking a password
        add_handler(central.sessions, actor, new, new_password_of(new.username))
    finally:
        central.close()
    _created(args, out, role)
    return 0


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "handler list")
    central = central_for_command(credentials=(username, password))
    try:
        actor = sign_in_central(central, username, password)
        rows = list_handlers(central.sessions, actor)
    finally:
        central.close()
    if args.json:
        emit_json(rows, out)
        return 0
    out.write(f"{'username':<20} {'name':<28} {'team':<20} {'role':<11} state\n")
    for row in rows:
        state = "active" if row["active"] else "closed"
        if row["active"] and not row["password_set"]:
            state = "no password yet"
        out.write(
            f"{terminal_line(row['username']):<20} {terminal_line(row['display_name']):<28} "
            f"{terminal_line(row['team']):<20} {row['role']:<11} {state}\n"
        )
    return 0


def run_close(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "handler close")
    central = central_for_command(credentials=(username, password))
    try:
        actor = sign_in_central(central, username, password)
        close_handler(central.sessions, actor, args.username.strip())
    finally:
        central.close()
    if args.json:
        emit_json({"handler": args.username, "closed": True}, out)
    else:
        out.write(f"The account {args.username} was closed; it can no longer sign in.\n")
    return 0
