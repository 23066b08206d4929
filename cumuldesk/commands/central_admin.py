"""`cumuldesk central setup|check`: what the database administrator runs (docs/security.md).

Both take `--admin-url postgresql+psycopg://ADMIN@HOST:PORT/DB` (the password asked at
the terminal or taken from $CUMULDESK_ADMIN_PASSWORD): the administrator's role, which
owns the database and may create roles. That URL is never written into a laptop's
configuration.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from cumuldesk.commands.support import emit_json
from cumuldesk.errors import BadInput

if TYPE_CHECKING:
    from cumuldesk.services.central.connect import Central

ADMIN_URL_ENV = "CUMULDESK_ADMIN_URL"
ADMIN_PASSWORD_ENV = "CUMULDESK_ADMIN_PASSWORD"


def add_admin_url(command: argparse.ArgumentParser, *, required: bool = True) -> None:
    command.add_argument(
        "--admin-url",
        default=os.environ.get(ADMIN_URL_ENV),
        required=required and not os.environ.get(ADMIN_URL_ENV),
        metavar="URL",
        help="the administrator's connection, postgresql+psycopg://ADMIN@HOST:PORT/DB "
        f"(default: ${ADMIN_URL_ENV}); its password is asked at the terminal, or taken from "
        f"${ADMIN_PASSWORD_ENV}",
    )


def admin_url_of(args: argparse.Namespace) -> str:
    """The --admin-url with its password filled in (asked when neither the URL nor
    $CUMULDESK_ADMIN_PASSWORD gives one)."""
    from cumuldesk.services.central.setup import parse_admin_url

    raw = (args.admin_url or "").strip()
    if not raw:
        raise BadInput(
            f"say how to connect as the administrator: --admin-url URL (or ${ADMIN_URL_ENV})"
        )
    url = parse_admin_url(raw)
    if url.needs_password:
        password = os.environ.get(ADMIN_PASSWORD_ENV)
        if not password and sys.stdin.isatty():
            password = getpass.getpass(f"Password of the administrator {url.username}: ")
        if password:
            return url.with_password(password)
    return url.url


def admin_central(args: argparse.Namespace) -> Central:
    """The central database opened as its administrator (--admin-url): the owner's own
    connection, for what only the administrator does (the first supervisor, demo data
    with login roles)."""
    from cumuldesk.config import CentralConfig
    from cumuldesk.services.central.connect import connect_central

    config = CentralConfig(admin_url_of(args), is_demo=False, origin="--admin-url")
    return connect_central(config)


def register(sub: Any) -> None:
    central = sub.add_parser(
        "central",
        help="set up and check the central PostgreSQL database (database administrator)",
        description="What the database administrator runs: set up the central PostgreSQL "
        "database (schema, roles, row-level security, functions, grants) and check the "
        "server's sign-in protections. See docs/security.md.",
    )
    actions = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup",
        help="create or upgrade the central database and its security set-up",
        description="Create or upgrade the schema (as the owner), the group roles "
        "cumuldesk_handler and cumuldesk_supervisor, the row-level security policies, the "
        "functions through which clients write, and the grants. Run it again after every "
        "upgrade. The administrator's role owns the database, may create roles, and is not "
        "a superuser.",
    )
    add_admin_url(setup)
    setup.add_argument("--json", action="store_true", help="print JSON")
    setup.set_defaults(handler=run_setup)
    check = actions.add_parser(
        "check",
        help="check the server's protections against password guessing",
        description="Report, in words, each of the server's sign-in protections that is "
        "missing: auth_delay (shared_preload_libraries, auth_delay.milliseconds), a "
        "connection limit on every handler login role, a log fail2ban can read (the client's "
        "address in log_line_prefix, failed passwords logged, a text log in English), "
        "password_encryption = scram-sha-256, and an administrator's role that is not a "
        "superuser. Exit code 1 when any is missing, 0 when all are there. See "
        "docs/admin-guide.md, Slowing password guessing.",
    )
    add_admin_url(check)
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=run_check)


def run_setup(args: argparse.Namespace, out: TextIO) -> int:
    from cumuldesk.services.central.setup import setup_central

    report = setup_central(admin_url_of(args))
    if args.json:
        emit_json(
            {
                "database": report.database,
                "admin": report.admin,
                "revision": report.revision,
                "files": list(report.files),
            },
            out,
        )
        return 0
    out.write(
        f"central database {report.database}: schema at revision {report.revision}, security "
        f"set-up applied as {report.admin} ({len(report.files)} parts: "
        f"{', '.join(report.files)})\n"
        "Handlers connect with their own PostgreSQL login role; a laptop's configuration "
        "names only postgresql+psycopg://HOST:PORT/DB.\n"
    )
    return 0


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    from cumuldesk.services.central.check import check_server

    report = check_server(admin_url_of(args))
    if args.json:
        emit_json(
            {
                "server": report.server,
                "admin": report.admin,
                "ok": report.ok,
                "checks": [
                    {"name": c.name, "ok": c.ok, "sentence": c.sentence} for c in report.checks
                ],
                "notes": list(report.notes),
            },
            out,
        )
        return 0 if report.ok else 1
    out.write(f"Sign-in protections of the {report.server} (checked as {report.admin}):\n")
    for check in report.checks:
        out.write(f"  {'ok     ' if check.ok else 'MISSING'}  {check.sentence}\n")
    for note in report.notes:
        out.write(f"  note     {note}\n")
    missing = report.missing
    if missing:
        out.write(
            f"{len(missing)} of {len(report.checks)} protections missing: "
            f"{', '.join(c.name for c in missing)}. See docs/admin-guide.md, Slowing password "
            "guessing.\n"
        )
        return 1
    out.write(f"All {len(report.checks)} protections are in place.\n")
    return 0
