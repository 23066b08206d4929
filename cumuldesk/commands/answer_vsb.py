"""`cumuldesk answer-vsb QUERY --out ANSWER`: answer VSB's query file (supervisors).

The answer lists the IVT/IT payment periods of deliberation 21/124 par. 12-14 for each
person of the query file (`cumuldesk.services.vsb.answer`). Both files are written whole
or not at all, readable by their owner only. Ctrl+C while the file is read or the
database is read stops with nothing written and nothing audited; once the writing starts
(the files, the audit event, the commit, the files moved into place) it is not cut: a
Ctrl+C pressed meanwhile stops the command right after, and its line says the files were
written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.import_vsb import StderrProgress
from cumuldesk.commands.signin import add_user_option, credentials
from cumuldesk.commands.support import (
    defer_ctrl_c,
    emit_json,
    resume_ctrl_c,
    terminal_line,
    when_cancelled,
)
from cumuldesk.services.central.connect import sign_in_central
from cumuldesk.services.vsb.answer import WRITING_PHASE, VsbAnswerResult, answer_vsb_file


def _summary(result: VsbAnswerResult, out: TextIO) -> None:
    out.write(
        f"Answered {terminal_line(result.file_name)} ({result.kind.upper()}, "
        f"{result.rows_total:,} rows):\n"
    )
    for label, count in (
        ("persons answered", result.answered),
        ("answer rows", result.answer_rows),
        ("no paid IVT/IT", result.no_payment),
        ("rejected rows", result.rejected),
    ):
        out.write(f"  {label:17} {count:>8,}\n")
    out.write(f"Answer file: {result.out_path} (holds personal data: readable by you only)\n")
    out.write(f"Rejects file: {result.rejects_path} (holds personal data: readable by you only)\n")
    if not result.rejects:
        out.write("No row was rejected.\n")
        return
    noun = "row was" if result.rejected == 1 else "rows were"
    out.write(f"{result.rejected:,} {noun} rejected and not answered:\n")
    for reject in result.rejects:
        out.write(f"  line {reject.line}: {terminal_line(reject.reason)}\n")


def _as_json(result: VsbAnswerResult) -> dict[str, object]:
    return {
        "file": result.file_name,
        "sha256": result.sha256,
        "format": result.kind,
        "rows_total": result.rows_total,
        "answered": result.answered,
        "answer_rows": result.answer_rows,
        "no_payment": result.no_payment,
        "rejected": result.rejected,
        "answer_file": str(result.out_path),
        "rejects_file": str(result.rejects_path),
        "rejects": [{"line": r.line, "reason": r.reason} for r in result.rejects],
    }


def cmd_answer_vsb(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "answer-vsb")
    central = central_for_command(credentials=(username, password))
    progress = StderrProgress()

    def report(phase: str, done: int, total: int | None) -> None:
        progress(phase, done, total)
        if phase == WRITING_PHASE:
            defer_ctrl_c()

    try:
        identity = sign_in_central(central, username, password)
        result = answer_vsb_file(
            central.sessions,
            args.file,
            args.out,
            identity=identity,
            rejects_path=args.rejects,
            progress=report,
        )
    except BaseException:
        resume_ctrl_c(interrupt=False)  # nothing was written, or the error says what was
        raise
    finally:
        progress.finish()
        central.close()
    when_cancelled(f"the answer was written before the stop ({result.out_path})")
    resume_ctrl_c()  # a Ctrl+C pressed while it was written stops here
    if args.json:
        emit_json(_as_json(result), out)
    else:
        _summary(result, out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    description = "answer VSB's query file (supervisors)"
    command = sub.add_parser(
        "answer-vsb",
        help=description,
        description=f"{description}: the IVT/IT payment periods of each person's query window "
        "(deliberation 21/124 par. 12-14), written whole or not at all, readable by you only",
    )
    command.add_argument("file", type=Path, metavar="QUERY", help="VSB's query file, .csv or .xlsx")
    command.add_argument(
        "--out", type=Path, required=True, metavar="ANSWER", help="the answer file (CSV)"
    )
    add_user_option(command, "the supervisor who answers")
    command.add_argument(
        "--rejects",
        type=Path,
        metavar="PATH",
        help="where to write the rejected rows, CSV (default: <ANSWER stem>.rejects.csv "
        "next to ANSWER)",
    )
    command.add_argument("--json", action="store_true", help="print JSON")
    command.set_defaults(handler=cmd_answer_vsb)
