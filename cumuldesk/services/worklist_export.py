"""Export of a (filtered) work list to an Excel workbook, with openpyxl (no Qt).

The sheet starts with three lines that say what the file is, when and by whom it was
exported, which filter it shows and that it holds personal data; then the column
headers (frozen, with an auto-filter) and one row per case. Dates are date cells shown
as dd/mm/yyyy, counts are numbers, the INSZ is text (a number would lose its leading
zero). The workbook is streamed (write-only mode), so 100,000 rows fit in little memory;
the file is private to its owner (mode 0600) and appears whole or not at all (written
beside it, then renamed).

`record_export` writes the audit event in the cache (carried to the central trail by the
outbox): how many rows and which filter, never a name, a number or the search text.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cumuldesk.errors import BadInput, CumulDeskError
from cumuldesk.services.worklist import WorkItem
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.sync.outbox import record_local

DATE_FORMAT = "dd/mm/yyyy"
MOMENT_FORMAT = "dd/mm/yyyy hh:mm"
HEADER_ROW = 4  # the column headers; rows 1-3 say what the file is
STEP = 1_000  # rows between progress reports and cancel checks
SHEET_TITLE = "Work list"
AUDIT_ACTION = "worklist_exported"

STATUS_TEXT = {
    "new": "New",
    "in_review": "In review",
    "proposal_to_send": "Proposal to send",
    "waiting_for_answer": "Waiting for answer",
    "answered": "Answered",
    "closed": "Closed",
}
ANSWER_TEXT = {
    "accepted_renunciation": "Accepted renunciation",
    "refused": "Refused",
    "no_answer": "No answer",
}


class ExportCancelled(CumulDeskError):
    """The handler cancelled the export; no file was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled; no file was written")


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # in characters
    kind: str  # "text", "date", "number"
    value: Callable[[WorkItem], Any]


def _months(months: Sequence[str]) -> str:
    return ", ".join(months)


COLUMNS: tuple[Column, ...] = (
    Column("Case", 18, "text", lambda i: i.reference),
    Column("INSZ", 17, "text", lambda i: i.insz_formatted),
    Column("Name", 28, "text", lambda i: i.name),
    Column("Birth date", 12, "date", lambda i: i.birth_date),
    Column("Age", 6, "number", lambda i: i.age),
    Column("18th birthday", 14, "date", lambda i: i.turns_18_on),
    Column("Status", 20, "text", lambda i: STATUS_TEXT.get(i.status, i.status)),
    Column("Handler", 20, "text", lambda i: i.handler),
    Column("Proposal sent", 14, "date", lambda i: i.proposal_sent_on),
    Column("Deadline", 12, "date", lambda i: i.deadline),
    Column("Answer", 22, "text", lambda i: ANSWER_TEXT.get(i.answer or "", i.answer)),
    Column("Conflict months now", 10, "number", lambda i: i.conflicts_now),
    Column("Conflict months (all)", 10, "number", lambda i: len(i.conflict_months)),
    Column("Conflict months", 30, "text", lambda i: _months(i.conflict_months)),
    Column("Retroactive change", 12, "text", lambda i: "yes" if i.retro_open else "no"),
    Column("Retroactive months", 24, "text", lambda i: _months(i.retro_months)),
    Column("Changes waiting to be pushed", 12, "number", lambda i: i.outbox_items),
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _local(moment: datetime) -> datetime:
    """A moment as local time without a time zone (Excel has none)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.replace(tzinfo=None, microsecond=0)


def _header_lines(
    rows: int, exported_by: str, exported_at: datetime, filters_label: str, team: str | None
) -> list[str]:
    when = _local(exported_at)
    title = "CumulDesk work list" + (f" of {team}" if team else "")
    cases = "1 case" if rows == 1 else f"{rows:,} cases".replace(",", ".")
    return [
        title,
        f"Exported on {when:%d/%m/%Y} at {when:%H:%M} by {exported_by}. "
        f"Filter: {filters_label}. {cases}.",
        "Contains personal data: keep this file in a safe place and delete it when it is "
        "no longer needed.",
    ]


def _cell(sheet: Any, value: Any, kind: str, bold: Any = None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None or (kind == "text" and value == ""):
        return None
    if kind == "date" and isinstance(value, date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = DATE_FORMAT
        return cell
    if bold is not None:
        cell = WriteOnlyCell(sheet, value)
        cell.font = bold
        return cell
    return value


def _discard(sheet: Any) -> None:
    """Remove the temporary file openpyxl streams the rows to (it holds personal data)."""
    writer = getattr(sheet, "_writer", None)
    if writer is None:
        return
    with contextlib.suppress(Exception):
        sheet.close()
    with contextlib.suppress(Exception):
        writer.cleanup()


def _private_file(path: Path) -> Any:
    """A new file only its owner can read and write (mode 0600)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)  # also when the file was there already
    return os.fdopen(descriptor, "wb")


def export_worklist(
    items: Sequence[WorkItem],
    path: Path | str,
    *,
    exported_by: str,
    exported_at: datetime,
    filters_label: str,
    team: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write `items` (in this order) to the workbook `path` (.xlsx). `exported_by`: who
    (a display name), `filters_label`: which filter and search gave these rows, in words.
    `progress(done, total)` is called every thousand rows; when `cancel()` says yes the
    export stops with ExportCancelled and no file is left behind."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    if not target.parent.is_dir():
        raise BadInput("the folder to save the export in does not exist")
    # openpyxl is imported when an export is made, not when the window starts (0.2 s)
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    total = len(items)
    workbook = Workbook(write_only=True)
    workbook.properties.title = "CumulDesk work list"
    workbook.properties.creator = exported_by
    workbook.properties.created = _local(exported_at)
    sheet = workbook.create_sheet(SHEET_TITLE)
    last = get_column_letter(len(COLUMNS))
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(total, 1)}"
    bold = Font(bold=True)
    lines = _header_lines(total, exported_by, exported_at, filters_label, team)
    sheet.append([_cell(sheet, lines[0], "text", Font(bold=True, size=13))])
    for line in lines[1:]:
        sheet.append([line])
    sheet.append([_cell(sheet, column.header, "text", bold) for column in COLUMNS])
    kinds = [(column.value, column.kind) for column in COLUMNS]
    try:
        for done, item in enumerate(items):
            if done % STEP == 0:
                if cancel is not None and cancel():
                    raise ExportCancelled()
                if progress is not None:
                    progress(done, total)
            sheet.append([_cell(sheet, value(item), kind) for value, kind in kinds])
        if cancel is not None and cancel():
            raise ExportCancelled()
    except BaseException:
        _discard(sheet)
        raise
    staging = target.with_name(f".{target.name}.part")
    try:
        with _private_file(staging) as stream:
            workbook.save(stream)
        os.replace(staging, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise BadInput(
            f"the export could not be saved ({exc.strerror or type(exc).__name__})"
        ) from None
    if progress is not None:
        progress(total, total)
    return ExportResult(target, total)


def record_export(
    cache: LocalCache,
    username: str,
    *,
    rows: int,
    filter_key: str | None,
    searched: bool,
    clock: Callable[[], datetime] = utcnow,
) -> None:
    """Audit an export in the cache: how many rows, which filter (its key, "all" for
    none) and whether a search narrowed it; never the search text or any row."""
    with cache.sessions.begin() as session:
        record_local(
            session,
            username,
            AUDIT_ACTION,
            details={"rows": rows, "filter": filter_key or "all", "search": searched},
            clock=clock,
        )
