"""`cumuldesk app`: open the desktop window (Qt is imported only when it runs)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

HELP = (
    "open the desktop window (sign in, look up dossiers, timeline, simulation, work list); "
    "on the embedded demo data when no central database is configured"
)


def register(sub: Any) -> None:
    command = sub.add_parser(
        "app",
        help=HELP,
        description="Open the CumulDesk desktop window: sign in, look up dossiers by INSZ, "
        "see their timeline, simulate, work through the team's cases. When no central "
        "database is configured it works on the embedded demo data (made at the first "
        "start) and the sign-in window lists the demo accounts with their passwords.",
    )
    command.add_argument("--user", metavar="USERNAME", help="pre-fill the sign-in dialog")
    command.add_argument(
        "--language",
        choices=("nl", "fr", "de", "system"),
        help="the interface language for this run (default: the preference, File > "
        "Preferences; at first the system's language, Dutch when it is not one of these)",
    )
    command.add_argument(
        "--smoke-test",
        action="store_true",
        help="(CI) sign in with $CUMULDESK_USER and $CUMULDESK_PASSWORD without the dialog, "
        "open the window, open a dossier, close it; exit 0 when all went well",
    )
    command.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from cumuldesk.ui.shell.app import main

    argv: list[str] = []
    if args.user:
        argv += ["--user", args.user]
    if args.language:
        argv += ["--language", args.language]
    if args.smoke_test:
        argv.append("--smoke-test")
    return main(argv)
