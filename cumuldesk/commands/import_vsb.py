"""`cumuldesk import-vsb FILE`: import VSB's monthly file of BOB periods (supervisors).

Ctrl+C while the file is read, checked or compared stops with nothing imported (the one
transaction is rolled back, temporary files removed). Once the writing starts, the
import, its commit and the rejects file are not cut: a Ctrl+C pressed meanwhile stops the
command right after them, and its line says the file was imported.

Once the import is committed, the cases whose dossiers changed are screened
(`cumuldesk.services.screening.screen`, as `cumuldesk screen` does), unless `--no-screen`:
its counts follow the import's (in JSON under "screening"). Ctrl+C during the screening
stops it at a safe point as for `cumuldesk screen` (exit 130; the import stays). A
screening that fails says so after the import's summary (exit 5, as a rejects file that
cannot be written): the import stays committed, `cumuldesk screen` screens what changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.screen import KEPT
from cumuldesk.commands.screen import ctrl_c_stops as screening_ctrl_c_stops
from cumuldesk.commands.screen import summary as screening_summary
from cumuldesk.commands.signin import add_user_option, credentials
from cumuldesk.commands.support import (
    EXIT_CANCELLED,
    defer_ctrl_c,
    emit_json,
    resume_ctrl_c,
    terminal_line,
    when_cancelled,
)
from cumuldesk.errors import CumulDeskError, Unavailable
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central, sign_in_central
from cumuldesk.services.screening import ScreeningRun, screen_changed
from cumuldesk.services.screening import as_json as screening_as_json
from cumuldesk.services.vsb.file import PROGRESS_STEP
from cumuldesk.services.vsb.importer import (
    RejectsNotWritten,
    RejectsWriter,
    VsbImportResult,
    import_vsb_file,
)
from cumuldesk.services.vsb.rejects import rejects_format, write_rejects_xlsx
from cumuldesk.storage.audit import utcnow

WRITING_PHASE = "importing"  # services.vsb.importer's phase that writes, then commits


class StderrProgress:
    """Progress of a large file on stderr: one updated line on a terminal, else one line
    per phase. A file under PROGRESS_STEP rows shows nothing."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.phase: str | None = None
        self.shown = False  # a large file: from the first report of PROGRESS_STEP rows on

    def __call__(self, phase: str, done: int, total: int | None) -> None:
        if not self.shown and max(done, total or 0) < PROGRESS_STEP:
            return
        count = f"{done:,} of {total:,} rows" if total else f"{done:,} rows"
        if self.live:
            self.stream.write(f"\r{phase}: {count}".ljust(70))
        elif phase != self.phase:
            self.stream.write(f"{phase}...\n")
        self.phase, self.shown = phase, True
        self.stream.flush()

    def writing(self, phase: str, done: int, total: int | None) -> None:
        """The progress, and from the import's writing phase on Ctrl+C deferred (see the
        module documentation)."""
        self(phase, done, total)
        if phase == WRITING_PHASE:
            defer_ctrl_c()

    def finish(self) -> None:
        if self.live and self.shown:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()
        self.shown = False


def _summary(result: VsbImportResult, out: TextIO, *, rejects_written: bool = True) -> None:
    out.write(
        f"Imported {terminal_line(result.file_name)} ({result.kind.upper()}, "
        f"{result.rows_total:,} rows) as VSB import {result.import_id}:\n"
    )
    for label, count in (
        ("new periods", result.new),
        ("updated periods", result.updated),
        ("unchanged", result.unchanged),
        ("rejected rows", result.rejected),
    ):
        out.write(f"  {label:16} {count:>8,}\n")
    if rejects_written:
        out.write(
            f"Rejects file: {result.rejects_path} (holds personal data: readable by you only)\n"
        )
    else:
        out.write(f"Rejects file: {result.rejects_path} was NOT written (the reason follows)\n")
    if not result.rejects:
        out.write("No row was rejected.\n")
        return
    noun = "row was" if result.rejected == 1 else "rows were"
    out.write(f"{result.rejected:,} {noun} rejected and not imported:\n")
    for reject in result.rejects:
        out.write(f"  line {reject.line}: {terminal_line(reject.reason)}\n")


def _as_json(result: VsbImportResult, not_written: str | None = None) -> dict[str, object]:
    answer: dict[str, object] = {
        "import_id": result.import_id,
        "file": result.file_name,
        "sha256": result.sha256,
        "format": result.kind,
        "rows_total": result.rows_total,
        "new": result.new,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "rejected": result.rejected,
        "rejects_file": None if not_written else str(result.rejects_path),
        "rejects": [{"line": r.line, "reason": r.reason} for r in result.rejects],
    }
    if not_written:
        answer["rejects_file_not_written"] = not_written
    return answer


def _xlsx_writer(identity: Identity) -> RejectsWriter:
    """Writes the rejected rows to the workbook `result.rejects_path`."""

    def write(result: VsbImportResult) -> None:
        write_rejects_xlsx(
            result.rejects,
            result.rejects_path,
            exported_by=f"{identity.display_name} ({identity.username})",
            exported_at=utcnow(),
            file_name=result.file_name,
            import_id=result.import_id,
        )

    return write


def _import(
    central: Central, args: argparse.Namespace, identity: Identity, progress: StderrProgress
) -> VsbImportResult:
    """Import; with `--rejects NAME.xlsx` the rejected rows go to a workbook, else to CSV."""
    target: Path | None = args.rejects
    writer = None if target is None or rejects_format(target) != "xlsx" else _xlsx_writer(identity)
    return import_vsb_file(
        central.sessions,
        args.file,
        identity=identity,
        rejects_path=target,
        rejects_writer=writer,
        progress=progress.writing,
    )


class ScreeningNotRun(Unavailable):
    """The import is committed, but the screening after it failed (exit code 5)."""

    def __init__(self, result: VsbImportResult, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"VSB import {result.import_id} of {result.file_name} is committed, but the "
            f"screening after it did not run to its end: {reason}. Run `cumuldesk screen` "
            "to screen the cases that changed"
        )


Screening = ScreeningRun | ScreeningNotRun | None  # None: --no-screen


def _screen_after(
    central: Central, identity: Identity, result: VsbImportResult, *, stoppable: bool
) -> ScreeningRun | ScreeningNotRun:
    """Screen the cases that changed since their last screening (the import's among them);
    a failure is returned, never raised: the import stays committed."""
    try:
        if not stoppable:  # Ctrl+C is deferred until the command ends
            return screen_changed(central, identity)
        with screening_ctrl_c_stops() as stop:
            when_cancelled(
                f"the file was imported before the stop (VSB import {result.import_id}); {KEPT}"
            )
            return screen_changed(central, identity, cancel=stop.is_set)
    except CumulDeskError as exc:
        return ScreeningNotRun(result, str(exc) or type(exc).__name__)


def _screening_text(screening: Screening, out: TextIO, *, reason_follows: bool) -> None:
    """The screening's counts after the import's summary, or that it did not run."""
    if isinstance(screening, ScreeningRun):
        screening_summary(screening, out)
    elif screening is not None and reason_follows:
        out.write("The changed cases were NOT screened (the reason follows).\n")
    elif screening is not None:
        out.write(f"The changed cases were NOT screened: {screening.reason}.\n")


def _with_screening(answer: dict[str, object], screening: Screening) -> dict[str, object]:
    """The import's JSON with the screening's counts under "screening" (null when it did
    not run, with "screening_not_run": why); unchanged with --no-screen."""
    if isinstance(screening, ScreeningRun):
        answer["screening"] = screening_as_json(screening)
    elif screening is not None:
        answer["screening"] = None
        answer["screening_not_run"] = str(screening)
    return answer


def cmd_import_vsb(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "import-vsb")
    central = central_for_command(credentials=(username, password))
    progress = StderrProgress()
    screening: Screening = None
    try:
        try:
            identity = sign_in_central(central, username, password)
            result = _import(central, args, identity, progress)
        except RejectsNotWritten as exc:
            # committed: say what was imported (and each rejected line), screen, then why
            # the rejects file is missing (the error, exit code 5)
            progress.finish()
            if not args.no_screen:
                screening = _screen_after(central, identity, exc.result, stoppable=False)
            if args.json:
                emit_json(_with_screening(_as_json(exc.result, str(exc)), screening), out)
            else:
                _summary(exc.result, out, rejects_written=False)
                _screening_text(screening, out, reason_follows=False)
            raise
        except BaseException:
            resume_ctrl_c(interrupt=False)  # nothing was imported, or the error says what was
            raise
        finally:
            progress.finish()
        when_cancelled(f"the file was imported before the stop (VSB import {result.import_id})")
        resume_ctrl_c()  # a Ctrl+C pressed while it was written stops here
        if not args.json:  # the import's summary first, before the screening's wait
            _summary(result, out)
            out.flush()
        if not args.no_screen:
            screening = _screen_after(central, identity, result, stoppable=True)
    finally:
        central.close()
    if args.json:
        emit_json(_with_screening(_as_json(result), screening), out)
    else:
        _screening_text(screening, out, reason_follows=True)
    if isinstance(screening, ScreeningNotRun):
        raise screening
    if isinstance(screening, ScreeningRun) and screening.cancelled:
        return EXIT_CANCELLED
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    description = (
        "import VSB's monthly file of BOB periods (CSV or XLSX) into the central database "
        "(supervisors only)"
    )
    command = sub.add_parser("import-vsb", help=description, description=description)
    command.add_argument("file", type=Path, metavar="FILE", help="the VSB file, .csv or .xlsx")
    add_user_option(command, "the supervisor who imports")
    command.add_argument(
        "--rejects",
        type=Path,
        metavar="PATH",
        help=(
            "where to write the rejected rows: an Excel workbook when PATH ends in .xlsx, "
            "else CSV (default: <FILE stem>.rejects.csv next to FILE)"
        ),
    )
    command.add_argument(
        "--no-screen",
        action="store_true",
        help="do not screen the changed cases after the import (`cumuldesk screen` does it later)",
    )
    command.add_argument("--json", action="store_true", help="print JSON")
    command.set_defaults(handler=cmd_import_vsb)
