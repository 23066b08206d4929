"""Export of a (filtered) work list to an Excel workbook, with openpyxl (no Qt).

The sheet starts with three lines that say what the file is, when and by whom it was
exported, which filter it shows and that it holds personal data; then the column
headers (frozen, with an auto-filter) and one row per case. Dates are date cells shown
as dd/mm/yyyy, counts are numbers, the INSZ is text (a number would lose its leading
zero). The workbook is streamed (write-only mode), so 100,000 rows fit in little memory;
the file is private to its owner (mode 0600) and appears whole or not at all (written
beside it, then renamed): all of it done by the shared writer `services.spreadsheets`.

`record_export` writes the audit event in the cache (carried to the central trail by the
outbox): how many rows and which filter, never a name, a number or the search text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cumuldesk.services import spreadsheets
from cumuldesk.services.spreadsheets import (
    DATE_FORMAT,
    STEP,
    ExportCancelled,
    write_workbook,
    xlsx_path,
)
from cumuldesk.services.worklist import WorkItem
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.sync.outbox import record_local

__all__ = [
    "ANSWER_TEXT",
    "AUDIT_ACTION",
    "COLUMNS",
    "DATE_FORMAT",
    "HEADER_ROW",
    "MOMENT_FORMAT",
    "SHEET_TITLE",
    "STATUS_TEXT",
    "STEP",
    "Column",
    "ExportCancelled",
    "ExportResult",
    "export_worklist",
    "record_export",
]

MOMENT_FORMAT = "dd/mm/yyyy hh:mm"
HEADER_ROW = 4  # the column headers; rows 1-3 say what the file is
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
_KIND = {"number": "int"}  # this module's kinds in the shared writer's words


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # in characters
    kind: str  # "text", "date", "number"
    value: Callable[[WorkItem], Any]

    def sheet_column(self) -> spreadsheets.Column:
        return spreadsheets.Column(self.header, _KIND.get(self.kind, self.kind), self.width)


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
    target = xlsx_path(path)
    total = len(items)
    cases = "1 case" if total == 1 else f"{total:,} cases".replace(",", ".")
    values = [column.value for column in COLUMNS]
    rows = write_workbook(
        target,
        title="CumulDesk work list" + (f" of {team}" if team else ""),
        exported_by=exported_by,
        exported_at=exported_at,
        description_lines=[f"Filter: {filters_label}. {cases}."],
        columns=[column.sheet_column() for column in COLUMNS],
        rows=([value(item) for value in values] for item in items),
        total=total,
        progress=progress,
        cancel=cancel,
        sheet_name=SHEET_TITLE,
    )
    return ExportResult(target, rows)


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
