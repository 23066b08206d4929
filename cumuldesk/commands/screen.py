"""`cumuldesk screen`: check and simulate every open case with the law data in force and
keep each result centrally (supervisors; `cumuldesk.services.screening`).

By default only the cases whose dossier changed since their last screening, or that were
screened with another law-data version, are screened again; `--all` screens every open
case. A progress line on a terminal; the first Ctrl+C stops at the next safe point (the
results stored so far stay, the counts say how many), a second one at once (still safe:
each chunk of results is one transaction). A handler is refused (exit 4, audited).
"""

from __future__ import annotations

import argparse
import threading
from contextlib import AbstractContextManager
from typing import Any, TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import add_user_option, credentials
from cumuldesk.commands.support import (
    EXIT_CANCELLED,
    StderrProgress,
    ctrl_c_stops_at_a_safe_point,
    emit_json,
)
from cumuldesk.services.central.connect import sign_in_central
from cumuldesk.services.screening import ScreeningRun, as_json, screen

KEPT = "the results stored before the stop stay; the next `cumuldesk screen` goes on from there"


def register(sub: Any) -> None:
    description = (
        "check and simulate every open case with the law data in force and keep each "
        "result centrally (supervisors only)"
    )
    command = sub.add_parser(
        "screen",
        help=description,
        description=description
        + ". By default only the cases whose dossier or law data changed since their last "
        "screening are screened again. Progress on stderr; Ctrl+C stops at a safe point.",
    )
    add_user_option(command, "the supervisor who screens")
    command.add_argument(
        "--all", action="store_true", help="screen every open case again, changed or not"
    )
    command.add_argument("--json", action="store_true", help="print the counts as JSON")
    command.set_defaults(handler=cmd_screen)


def ctrl_c_stops() -> AbstractContextManager[threading.Event]:
    """The first Ctrl+C asks the screening to stop at its next safe point; a second one
    interrupts at once."""
    return ctrl_c_stops_at_a_safe_point("screen", KEPT)


def summary(run: ScreeningRun, out: TextIO) -> None:
    law = "the shipped law data" if run.law_version is None else f"law data v{run.law_version}"
    head = "Screening cancelled" if run.cancelled else "Screened"
    out.write(f"{head}: {run.screened:,} case(s) with {law} in {run.seconds:.1f} s:\n")
    for label, count in (
        ("renunciation to propose", run.renounce),
        ("IVT/IT pays more", run.ivt_it),
        ("not applicable", run.not_applicable),
        ("no verdict", run.failed),
        ("unchanged, kept", run.unchanged),
    ):
        out.write(f"  {label:24} {count:>8,}\n")
    if run.cancelled:
        out.write(f"Stopped at a safe point: {KEPT}.\n")


def cmd_screen(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "screen")
    central = central_for_command(credentials=(username, password))
    progress = StderrProgress("cumuldesk screen", "cases")
    try:
        identity = sign_in_central(central, username, password)
        with ctrl_c_stops() as stop:
            run = screen(
                central,
                identity,
                only_changed=not args.all,
                progress=lambda done, total: progress(done, total) if total else None,
                cancel=stop.is_set,
            )
    finally:
        central.close()
    if args.json:
        emit_json(as_json(run), out)
    else:
        summary(run, out)
    return EXIT_CANCELLED if run.cancelled else 0
