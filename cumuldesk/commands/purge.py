"""`cumuldesk purge`: the retention purge (supervisors)."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from typing import Any, TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import add_user_option, credentials
from cumuldesk.commands.support import (
    defer_ctrl_c,
    emit_json,
    iso_date,
    resume_ctrl_c,
    when_cancelled,
)
from cumuldesk.config import cache_forget_days
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.signin import offline_verifier
from cumuldesk.services.cache_service import cache_path, open_cache
from cumuldesk.services.central.connect import sign_in_central
from cumuldesk.services.retention import PurgeReport, purge_cache, purge_central


def register(sub: Any) -> None:
    command = sub.add_parser(
        "purge",
        help="remove the data whose retention period is over (supervisors)",
        description="Remove from the central database the persons whose retention period "
        "is over (10 years after death, end of all rights or a judgment; 1 year after "
        "accepting to renounce), and report what was removed, by count.",
    )
    add_user_option(command, "the acting supervisor")
    command.add_argument("--dry-run", action="store_true", help="count only, remove nothing")
    command.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    command.add_argument("--json", action="store_true", help="print JSON")
    command.set_defaults(handler=run)


def print_report(report: PurgeReport, out: TextIO, where: str) -> None:
    verb = "would be removed" if report.dry_run else "removed"
    out.write(f"{where}: {report.persons} persons {verb} (retention over on {report.today})\n")
    for rule, count in sorted(report.persons_by_rule.items()):
        out.write(f"  {rule.replace('_', ' ')}: {count}\n")
    for table, count in sorted(report.rows.items()):
        if table != "persons":
            out.write(f"  {table.replace('_', ' ')}: {count} rows\n")
    if report.persons_without_case:
        out.write(
            f"  {report.persons_without_case} persons have no case: no retention rule applies, "
            "please check them\n"
        )


def run(args: argparse.Namespace, out: TextIO) -> int:
    today = args.today or date.today()
    username, password = credentials(args, "purge")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        handler = require_supervisor(central.sessions, identity, "purge")
        report = purge_central(
            central.sessions,
            handler.username,
            today,
            dry_run=args.dry_run,
            before_commit=defer_ctrl_c,  # the commit and what Ctrl+C then says go together
        )
        if not args.dry_run:
            when_cancelled(
                f"the central database was purged before the stop ({report.persons} "
                "persons); your local cache may not be: run the command again, it purges "
                "what is left"
            )
        resume_ctrl_c()
    finally:
        central.close()
    reports = {"central": report}
    if cache_path(handler.username).is_file():
        cache = open_cache(handler.username, remember=offline_verifier(handler, password))
        try:
            now = datetime.combine(today, datetime.now(UTC).timetz())
            reports["cache"] = purge_cache(
                cache,
                handler.username,
                now,
                forget_after_days=cache_forget_days(),
                dry_run=args.dry_run,
            )
        finally:
            cache.close()
    if args.json:
        emit_json({name: r.as_dict() for name, r in reports.items()}, out)
        return 0
    print_report(report, out, "central database")
    if "cache" in reports:
        print_report(reports["cache"], out, "your local cache")
        if reports["cache"].cache_forgotten:
            out.write(
                f"  {reports['cache'].cache_forgotten} dossiers not opened for "
                f"{cache_forget_days()} days forgotten\n"
            )
    return 0
