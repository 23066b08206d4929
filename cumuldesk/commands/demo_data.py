"""`cumuldesk demo-data`: fill the central database with a synthetic demo population.

Prints counts only (never a name, INSZ or date of a person); progress goes to stderr.
Everything is one transaction: Ctrl+C while the persons are written rolls it back
("cancelled: nothing was changed", exit code 130); once the last person is written, the
commit is not cut, and a Ctrl+C pressed meanwhile stops the command right after it, saying
that the data was written.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO

from cumuldesk.commands.central_admin import add_admin_url, admin_central
from cumuldesk.commands.signin import credentials
from cumuldesk.commands.support import (
    StderrProgress,
    defer_ctrl_c,
    emit_json,
    iso_date,
    resume_ctrl_c,
    when_cancelled,
)
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.identity import USER_ENV
from cumuldesk.services.central.connect import connect_central, sign_in_central
from cumuldesk.services.demo.data import (
    DEFAULT_PERSONS,
    DEFAULT_SEED,
    MAX_PERSONS,
    SYSTEM_ACTOR,
    DemoSummary,
    check_request,
    create_demo_data,
)
from cumuldesk.services.demo.plan import Profile

FORCE_ACTION = "demo-data --force"

PROFILE_TEXT: dict[str, str] = {
    Profile.CONFLICT: "BOB and paid IVT/IT in the same months (conflict)",
    Profile.BOB_STOPPED: "BOB stopped when IVT/IT started",
    Profile.ZERO_AMOUNT: "0 EUR IVT/IT decision next to BOB",
    Profile.VOLUNTARY_SWITCH: "voluntary switch from NRTH to BOB",
    Profile.RETROACTIVE: "decision changed retroactively (2 versions)",
    Profile.BOB_ONLY: "BOB only, application pending",
    Profile.IVT_ONLY: "IVT/IT only, no BOB",
    Profile.TURNING_18: "turning 18 next month",
    Profile.WALLONIA: "Wallonia (no BOB)",
    Profile.RETENTION: "closed more than 10 years ago (retention)",
}


def _persons(text: str) -> int:
    try:
        return int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError("expected a whole number of persons") from None


def register(sub: Any) -> None:
    help_text = "fill the central database with a synthetic demo population"
    parser = sub.add_parser("demo-data", help=help_text, description=help_text)
    parser.add_argument(
        "--persons",
        type=_persons,
        default=DEFAULT_PERSONS,
        metavar="N",
        help=f"number of persons, 1 to {MAX_PERSONS:,} (default {DEFAULT_PERSONS:,})",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="S",
        help=f"random seed: the same seed and --today give the same data (default {DEFAULT_SEED})",
    )
    parser.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the day the histories are built around (default: today)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the persons already in the database (the audit trail is kept); on a "
        "configured central database (not the embedded demo file) only a supervisor may, "
        "signed in with --user",
    )
    parser.add_argument(
        "--user",
        default=os.environ.get(USER_ENV),
        metavar="USERNAME",
        help=f"who is named in the audit trail (default ${USER_ENV}, else {SYSTEM_ACTOR!r})",
    )
    add_admin_url(parser, required=False)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=cmd_demo_data)


def cmd_demo_data(args: argparse.Namespace, out: TextIO) -> int:
    today = args.today or date.today()
    check_request(args.persons, today)  # before touching any database
    central = admin_central(args) if args.admin_url else connect_central()
    try:
        actor = args.user or SYSTEM_ACTOR
        if args.force and not central.config.is_demo and not args.admin_url:
            # replacing the persons of a configured central database: supervisors only
            username, password = credentials(args, FORCE_ACTION)
            identity = sign_in_central(central, username, password)
            actor = require_supervisor(central.sessions, identity, FORCE_ACTION).username
        try:
            summary = create_demo_data(
                central,
                persons=args.persons,
                seed=args.seed,
                today=today,
                force=args.force,
                actor=actor,
                progress=_committing_at_the_end(StderrProgress()),
            )
        except BaseException:
            resume_ctrl_c(interrupt=False)  # rolled back: the error (or Ctrl+C) says so
            raise
    finally:
        central.close()
    when_cancelled(
        f"the demo data was written before the stop ({summary.persons:,} persons); "
        "`cumuldesk demo-data --force` replaces it"
    )
    resume_ctrl_c()  # a Ctrl+C pressed during the commit stops here
    if args.json:
        emit_json(summary.as_json(), out)
    else:
        _print(summary, out)
    return 0


def _committing_at_the_end(progress: StderrProgress) -> Callable[[int, int], None]:
    """The progress, and once every person is written (what is left: the audit event and
    the commit, a moment) Ctrl+C deferred until the command has the result."""

    def report(done: int, total: int) -> None:
        progress(done, total)
        if done >= total:
            defer_ctrl_c()

    return report


def _print(summary: DemoSummary, out: TextIO) -> None:
    out.write(
        f"Demo data written to the {summary.database} in {summary.seconds:.1f} s "
        f"(seed {summary.seed}, today {summary.today.isoformat()})\n"
    )
    if summary.replaced_persons:
        out.write(f"Replaced {summary.replaced_persons:,} persons (audit trail kept)\n")
    out.write("\nRows written:\n")
    for name, count in summary.rows.items():
        out.write(f"  {name.replace('_', ' '):24} {count:>9,}\n")
    out.write("\nPersons by history:\n")
    for name, count in summary.profiles.items():
        out.write(f"  {PROFILE_TEXT[name]:52} {count:>9,}\n")
    out.write("\nPersons by region and language:\n  ")
    out.write(", ".join(f"{name} {count:,}" for name, count in summary.regions.items()))
    out.write("\n  ")
    out.write(", ".join(f"{name} {count:,}" for name, count in summary.languages.items()))
    out.write("\n\nCases by status:\n")
    for name, count in summary.case_statuses.items():
        out.write(f"  {name.replace('_', ' '):24} {count:>9,}\n")
    out.write(f"\nDemo handlers: {', '.join(summary.handlers)}\n")
