"""`cumuldesk report`: the monthly report (issue 18, `cumuldesk.services.monthly_report`)
as an Excel workbook (a sheet of the month's figures, a sheet of the 12-month series) and,
with `--pdf`, an A4 PDF with the figures and the chart. Counts only, no personal data;
each file written whole or not at all, mode 0600; audited with the counts. Supervisors
only: a handler is refused (exit 4, audited)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any, TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import add_user_option, credentials
from cumuldesk.commands.support import emit_json
from cumuldesk.errors import BadInput


def register(sub: Any) -> None:
    description = "the monthly report as Excel and PDF (supervisors)"
    command = sub.add_parser(
        "report",
        help=description,
        description=description
        + ": persons in VSB's file(s), conflicts found, cases by verdict, proposals sent, "
        "answers, amounts at stake, and a chart of the last 12 months. Counts only.",
    )
    command.add_argument("--month", required=True, help="the month, YYYY-MM")
    command.add_argument("--xlsx", required=True, help="the Excel workbook to write")
    command.add_argument("--pdf", help="also write the report as a PDF")
    add_user_option(command, "the supervisor who reports")
    command.add_argument("--json", action="store_true", help="print the figures as JSON")
    command.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from cumuldesk.domain.months import Month
    from cumuldesk.services.central.connect import sign_in_central
    from cumuldesk.services.monthly_report import monthly_report, record_report, write_xlsx

    try:
        month = Month.parse(args.month)
    except ValueError as exc:
        raise BadInput(f"--month: {exc}") from None
    username, password = credentials(args, "report")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        report = monthly_report(central, identity, month)
        write_xlsx(report, args.xlsx, exported_by=identity.username, exported_at=datetime.now(UTC))
        if args.pdf:
            from cumuldesk.ui.report.pdf import write_report_pdf

            write_report_pdf(report, args.pdf)
        record_report(central, identity, report)
    finally:
        central.close()
    if args.json:
        emit_json(report.as_json(), out)
    else:
        out.write(f"Monthly report {month}:\n")
        for key, count in report.counts.items():
            out.write(f"  {key.replace('_', ' '):24} {count:>8,}\n")
        out.write(f"  {'at stake (EUR)':24} {report.at_stake:>8,.2f}\n")
    return 0
