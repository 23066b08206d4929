"""Export of a (filtered) work list to an Excel workbook, with openpyxl (no Qt).

The sheet starts with three lines that say what the file is, when and by whom it was
exported, which filter it shows and that it holds personal data; then the column
headers (frozen, with an auto-filter) and one row per case. Dates are date cells shown
as dd/mm/yyyy, counts are numbers, the INSZ is text (a number would lose its leading
zero). The workbook is streamed (write-only mode), so 100,000 rows fit in little memory;
the file is private to its owner (mode 0600) and appears whole or not at all (written
beside it, then renamed): all of it done by the shared writer `services.exports.spreadsheets`.

`record_export` writes the audit event in the cache (carried to the central trail by the
outbox): how many rows and which filter, never a name, a number or the search text.
`export_and_record` does both for a handler (`Desk.export_worklist`) and says what
changed (the outbox: the audit event waits to be pushed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.desk import NOTHING, Change, Changes
from cumuldesk.services.exports import spreadsheets
from cumuldesk.services.exports.spreadsheets import (
    CONTEXT,
    DATE_FORMAT,
    STEP,
    ExportCancelled,
    Translate,
    untranslated,
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
    "export_and_record",
    "export_worklist",
    "record_export",
]

MOMENT_FORMAT = "dd/mm/yyyy hh:mm"
HEADER_ROW = 4  # the column headers; rows 1-3 say what the file is
SHEET_TITLE = QT_TRANSLATE_NOOP("Spreadsheet", "Work list")
AUDIT_ACTION = "worklist_exported"

STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("Spreadsheet", "New"),
    "in_review": QT_TRANSLATE_NOOP("Spreadsheet", "In review"),
    "proposal_to_send": QT_TRANSLATE_NOOP("Spreadsheet", "Proposal to send"),
    "waiting_for_answer": QT_TRANSLATE_NOOP("Spreadsheet", "Waiting for answer"),
    "answered": QT_TRANSLATE_NOOP("Spreadsheet", "Answered"),
    "closed": QT_TRANSLATE_NOOP("Spreadsheet", "Closed"),
}
ANSWER_TEXT = {
    "accepted_renunciation": QT_TRANSLATE_NOOP("Spreadsheet", "Accepted renunciation"),
    "refused": QT_TRANSLATE_NOOP("Spreadsheet", "Refused"),
    "no_answer": QT_TRANSLATE_NOOP("Spreadsheet", "No answer"),
}
_KIND = {"number": "int"}  # this module's kinds in the shared writer's words


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # in characters
    kind: str  # "text", "date", "number"
    value: Callable[[WorkItem, Translate], Any]

    def sheet_column(self, translate: Translate = untranslated) -> spreadsheets.Column:
        header = translate(CONTEXT, self.header)
        return spreadsheets.Column(header, _KIND.get(self.kind, self.kind), self.width)


YES = QT_TRANSLATE_NOOP("Spreadsheet", "yes")
NO = QT_TRANSLATE_NOOP("Spreadsheet", "no")


def _word(words: dict[str, str], key: str | None, translate: Translate) -> str | None:
    """A status or answer in the handler's words (None stays empty)."""
    if key is None:
        return None
    return translate(CONTEXT, words[key]) if key in words else key


def _months(months: Sequence[str]) -> str:
    return ", ".join(months)


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Case"), 18, "text", lambda i, t: i.reference),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "INSZ"), 17, "text", lambda i, t: i.insz_formatted),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Name"), 28, "text", lambda i, t: i.name),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Birth date"), 12, "date", lambda i, t: i.birth_date),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Age"), 6, "number", lambda i, t: i.age),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "18th birthday"), 14, "date", lambda i, t: i.turns_18_on
    ),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Status"),
        20,
        "text",
        lambda i, t: _word(STATUS_TEXT, i.status, t),
    ),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Handler"), 20, "text", lambda i, t: i.handler),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Proposal sent"),
        14,
        "date",
        lambda i, t: i.proposal_sent_on,
    ),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Deadline"), 12, "date", lambda i, t: i.deadline),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Answer"),
        22,
        "text",
        lambda i, t: _word(ANSWER_TEXT, i.answer, t),
    ),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Conflict months now"),
        10,
        "number",
        lambda i, t: i.conflicts_now,
    ),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Conflict months (all)"),
        10,
        "number",
        lambda i, t: len(i.conflict_months),
    ),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Conflict months"),
        30,
        "text",
        lambda i, t: _months(i.conflict_months),
    ),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Retroactive change"),
        12,
        "text",
        lambda i, t: t(CONTEXT, YES if i.retro_open else NO),
    ),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Retroactive months"),
        24,
        "text",
        lambda i, t: _months(i.retro_months),
    ),
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Changes waiting to be pushed"),
        12,
        "number",
        lambda i, t: i.outbox_items,
    ),
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    changes: Changes = NOTHING  # recorded: the audit event waits in the outbox


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
    translate: Translate = untranslated,
) -> ExportResult:
    """Write `items` (in this order) to the workbook `path` (.xlsx). `exported_by`: who
    (a display name), `filters_label`: which filter and search gave these rows, in words.
    `progress(done, total)` is called every thousand rows; when `cancel()` says yes the
    export stops with ExportCancelled and no file is left behind."""
    target = xlsx_path(path)
    total = len(items)
    t = translate
    count = f"{total:,}".replace(",", ".")
    cases = (
        t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "1 case"))
        if total == 1
        else t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "{count} cases")).format(count=count)
    )
    title = (
        t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "CumulDesk work list of {team}")).format(
            team=team
        )
        if team
        else t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "CumulDesk work list"))
    )
    described = t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "Filter: {filters}. {cases}."))
    values = [column.value for column in COLUMNS]
    rows = write_workbook(
        target,
        title=title,
        exported_by=exported_by,
        exported_at=exported_at,
        description_lines=[described.format(filters=filters_label, cases=cases)],
        columns=[column.sheet_column(t) for column in COLUMNS],
        rows=([value(item, t) for value in values] for item in items),
        total=total,
        progress=progress,
        cancel=cancel,
        sheet_name=t(CONTEXT, SHEET_TITLE),
        translate=t,
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


def export_and_record(
    cache: LocalCache,
    identity: Identity,
    items: Sequence[WorkItem],
    path: Path | str,
    *,
    filters_label: str,
    filter_key: str | None,
    searched: bool,
    clock: Callable[[], datetime] = utcnow,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    translate: Translate = untranslated,
) -> ExportResult:
    """`export_worklist` by this handler (named in the file, with their team), then
    `record_export`. The result's `changes`: the outbox (the audit event)."""
    result = export_worklist(
        items,
        path,
        exported_by=f"{identity.display_name} ({identity.username})",
        exported_at=clock(),
        filters_label=filters_label,
        team=identity.team,
        progress=progress,
        cancel=cancel,
        translate=translate,
    )
    record_export(
        cache,
        identity.username,
        rows=result.rows,
        filter_key=filter_key,
        searched=searched,
        clock=clock,
    )
    return replace(result, changes=Changes.of(Change.OUTBOX))
