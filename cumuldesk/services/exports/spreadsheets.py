"""One Excel workbook writer for every export (work list, simulation, VSB rejects); no Qt.

Each sheet starts with a header block that says what it is, when and by whom it was
exported (and the caller's description: a filter, a dossier reference, ...) and that it
holds personal data; then the column headers (bold, frozen, with an auto-filter over the
table) and the rows. Cells are real values, typed by their column's kind:

- "text": a string, never a formula (a value that starts with "=" stays text);
- "date": a date cell shown as dd/mm/yyyy (a string that is not a date stays text);
- "int": a number;
- "eur": a number with the number format `#,##0.00 "EUR"` (Excel and LibreOffice show
  the separators of the reader's locale: "1.234,56 EUR" in Belgium);
- "month": the first day of the month as a date cell shown as mm/yyyy.

The workbook is streamed (openpyxl's write-only mode: 100,000 rows fit in little memory):
each sheet's rows go to a file in a private temporary folder of the data folder (mode
0700, never the system's shared temp folder; removed however the export ends, and a
killed export's leftovers at the next one), and the workbook to a temporary file beside
the target (mode 0600), fsynced and renamed into place at the end (`storage.files`): no
half file is left after an error, a cancel or Ctrl+C, and a full disk is an error that
names the path. openpyxl is imported when an export is made, not when the window starts
(about 0.2 s).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cumuldesk.domain.months import Month
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP
from cumuldesk.errors import CumulDeskError
from cumuldesk.storage.files import atomic_file, check_target, private_temp_dir

DATE_FORMAT = "dd/mm/yyyy"
MONTH_FORMAT = "mm/yyyy"
EUR_FORMAT = '#,##0.00 "EUR"'
KINDS = ("text", "date", "int", "eur", "month")
STEP = 1_000  # rows between progress reports and cancel checks
CONTEXT = "Spreadsheet"  # the translation context of every text in an export
PERSONAL_DATA_LINE = QT_TRANSLATE_NOOP(
    "Spreadsheet",
    "Contains personal data: keep this file in a safe place and delete it when it is "
    "no longer needed.",
)
EXPORTED = QT_TRANSLATE_NOOP("Spreadsheet", "Exported on {day} at {time} by {who}.")
# (context, text) -> the text in the handler's language; the window passes
# QCoreApplication.translate, the command line keeps English
Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    del context
    return text


_DEFAULT_WIDTH = {"text": 16.0, "date": 12.0, "int": 8.0, "eur": 14.0, "month": 10.0}
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # not allowed in XML (openpyxl)
_MAX_WIDTH = 60.0
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")  # Excel refuses these in a sheet name

Progress = Callable[[int, int], None]


class ExportCancelled(CumulDeskError):
    """The handler cancelled the export; no file was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled; no file was written")


@dataclass(frozen=True)
class Column:
    """A column: its header, the kind of its cells (see the module text) and its width
    in characters (None: a width for the kind, at least as wide as the header)."""

    header: str
    kind: str = "text"
    width: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}; expected one of {KINDS}")

    @property
    def shown_width(self) -> float:
        if self.width is not None:
            return self.width
        return min(max(_DEFAULT_WIDTH[self.kind], len(self.header) + 2), _MAX_WIDTH)


@dataclass(frozen=True)
class Sheet:
    """A further sheet of a workbook (see `write_workbook`'s `more_sheets`)."""

    name: str  # the tab (at most 31 characters)
    title: str  # the first line of the sheet
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    description_lines: Sequence[str] = ()
    totals: Sequence[Any] | None = None


def xlsx_path(path: Path | str) -> Path:
    """`path`, with ".xlsx" added when it has another ending."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    return target


def local_time(moment: datetime) -> datetime:
    """A moment as local time without a time zone (Excel has none)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.replace(tzinfo=None, microsecond=0)


def header_lines(
    title: str,
    exported_by: str,
    exported_at: datetime,
    description_lines: Sequence[str] = (),
    *,
    personal_data: bool = True,
    translate: Translate = untranslated,
) -> list[str]:
    """The header block's lines: the title; when and by whom, followed by the first
    description line; each further description line; the personal-data warning."""
    when = local_time(exported_at)
    exported = translate(CONTEXT, EXPORTED).format(
        day=f"{when:%d/%m/%Y}", time=f"{when:%H:%M}", who=exported_by
    )
    first, *more = [line for line in description_lines if line] or [""]
    lines = [title, f"{exported} {first}".rstrip(), *more]
    if personal_data:
        lines.append(translate(CONTEXT, PERSONAL_DATA_LINE))
    return lines


def header_row(description_lines: Sequence[str] = (), *, personal_data: bool = True) -> int:
    """The row (1-based) of the column headers under this header block."""
    lines = header_lines(
        "", "", datetime(2000, 1, 1), description_lines, personal_data=personal_data
    )
    return len(lines) + 1


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _ILLEGAL.sub("", value if isinstance(value, str) else str(value))


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _as_month(value: Any) -> date | None:
    if isinstance(value, Month):
        return date(value.year, value.month, 1)
    if isinstance(value, date):
        return date(value.year, value.month, 1)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            month = Month.parse(value.strip())
            return date(month.year, month.month, 1)
    return None


def _number(value: Any) -> int | float | Decimal | None:
    if isinstance(value, bool):
        return None  # shown as yes / no
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, str):
        with contextlib.suppress(ArithmeticError, ValueError):
            return Decimal(value.strip())
    return None


class _Cells:
    """Turns values into write-only cells of one sheet (typed by the column's kind)."""

    def __init__(self, sheet: Any) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        self.sheet = sheet
        self.new = WriteOnlyCell
        self.bold = Font(bold=True)
        self.big = Font(bold=True, size=13)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.wrap_right = Alignment(wrap_text=True, vertical="top", horizontal="right")

    def text(self, value: Any, font: Any = None) -> Any:
        text = _text(value)
        if not text:
            return None
        if font is None and not text.startswith("="):
            return text  # a plain string is a text cell (and quicker to stream)
        cell = self.new(self.sheet, text)
        cell.data_type = "s"  # "=..." stays text, never a formula
        if font is not None:
            cell.font = font
        return cell

    def formatted(self, value: Any, number_format: str, font: Any) -> Any:
        cell = self.new(self.sheet, value)
        cell.number_format = number_format
        if font is not None:
            cell.font = font
        return cell

    def value(self, value: Any, kind: str, font: Any = None) -> Any:
        if value is None or value == "":
            return None
        if kind == "date" and (day := _as_date(value)) is not None:
            return self.formatted(day, DATE_FORMAT, font)
        if kind == "month" and (first := _as_month(value)) is not None:
            return self.formatted(first, MONTH_FORMAT, font)
        if kind in ("int", "eur") and (number := _number(value)) is not None:
            if kind == "eur":
                return self.formatted(number, EUR_FORMAT, font)
            if font is None:
                return number
            return self.formatted(number, "General", font)
        return self.text(value, font)

    def header(self, column: Column) -> Any:
        """A column header: bold, wrapped, over numbers aligned right like them."""
        cell = self.text(column.header, self.bold)
        if cell is not None:
            numeric = column.kind in ("int", "eur")
            cell.alignment = self.wrap_right if numeric else self.wrap
        return cell


def _discard(sheet: Any) -> None:
    """Remove the temporary file openpyxl streams a sheet to (it holds personal data)."""
    writer = getattr(sheet, "_writer", None)
    if writer is None:
        return
    with contextlib.suppress(Exception):
        sheet.close()
    with contextlib.suppress(Exception):
        writer.cleanup()


def _stream_to(sheet: Any, folder: Path) -> None:
    """Have openpyxl stream the sheet's rows to a file in `folder` (the private temporary
    folder) rather than to its own temporary file in the system's shared temp folder,
    which a killed export would leave there. Called where openpyxl would make its own
    (just before the first row: the column widths and panes set before it are written)."""
    from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter

    handle, name = tempfile.mkstemp(prefix="sheet-", suffix=".xml", dir=folder)
    os.close(handle)
    ALL_TEMP_FILES.append(name)  # openpyxl's own bookkeeping: removed as its own are
    sheet._writer = WorksheetWriter(sheet, out=name)
    sheet._writer.write_top()


class _Sink:
    """The stream openpyxl saves to. After a failed save (a full disk) openpyxl leaves its
    zip file open, and Python closing it later would write to a closed file and print
    a traceback: once detached, whatever it still writes goes nowhere."""

    def __init__(self, stream: Any) -> None:
        self._stream: Any = stream
        self._position = 0

    def detach(self) -> None:
        if self._stream is not None:
            with contextlib.suppress(OSError, ValueError):
                self._position = self._stream.tell()
        self._stream = None

    def write(self, data: bytes) -> int:
        return len(data) if self._stream is None else self._stream.write(data)

    def tell(self) -> int:
        return self._position if self._stream is None else self._stream.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._position if self._stream is None else self._stream.seek(offset, whence)

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        if self._stream is not None:
            self._stream.flush()


def _checker(
    total: int | None, progress: Progress | None, cancel: Callable[[], bool] | None
) -> Callable[[int], None]:
    def check(done: int) -> None:
        if cancel is not None and cancel():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total if total is not None else done)

    return check


def _fill(
    sheet: Any,
    lines: Sequence[str],
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    totals: Sequence[Any] | None,
    check: Callable[[int], None] | None,
    folder: Path,
) -> int:
    from openpyxl.utils import get_column_letter

    cells = _Cells(sheet)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.shown_width
    top = len(lines) + 1  # the column headers
    sheet.freeze_panes = f"A{top + 1}"
    # printed: landscape, one page wide, the column headers repeated on every page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{top}:{top}"
    _stream_to(sheet, folder)
    sheet.append([cells.text(lines[0], cells.big)])
    for line in lines[1:]:
        sheet.append([cells.text(line)])
    sheet.append([cells.header(column) for column in columns])
    kinds = [column.kind for column in columns]
    done = 0
    for row in rows:
        if check is not None and done % STEP == 0:
            check(done)
        sheet.append([cells.value(value, kind) for value, kind in zip(row, kinds, strict=False)])
        done += 1
    # the filter covers the table, not the totals row under it (it would sort with it)
    sheet.auto_filter.ref = f"A{top}:{get_column_letter(len(columns))}{top + max(done, 1)}"
    if totals is not None:
        sheet.append([cells.value(v, k, cells.bold) for v, k in zip(totals, kinds, strict=False)])
    return done


def write_workbook(
    path: Path | str,
    *,
    title: str,
    exported_by: str,
    exported_at: datetime,
    description_lines: Sequence[str],
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    sheet_name: str = "Export",
    totals: Sequence[Any] | None = None,
    total: int | None = None,
    personal_data: bool = True,
    more_sheets: Sequence[Sheet] = (),
    translate: Translate = untranslated,
) -> int:
    """Write the workbook `path` (".xlsx" added when missing, see `xlsx_path`) and return
    how many rows of `rows` the first sheet holds.

    `title`: what the sheet is; `exported_by`: who (a display name); `description_lines`:
    what else to say (the first one follows the "Exported on ... by ..." sentence on its
    line, each further one has a line of its own). `totals`: a bold row under the table.
    `progress(done, total)` is called every thousand rows (`total`: the number of rows
    when known, else len(rows) when it has one) and at the end; when `cancel()` says yes
    the export stops with ExportCancelled and no file is written. `more_sheets` follow
    the first one, with the same "exported" line. Raises BadInput (exit code 2) when no
    file can be written at `path` (no such folder, a folder, a device, no permission) and
    DiskProblem (exit code 5) when the disk is full or fails: the message names the path
    and the target is unchanged.
    """
    target = xlsx_path(path)
    check_target(target, "export")  # before the work: a bad path costs nothing
    from openpyxl import Workbook

    if total is None and isinstance(rows, Sequence):
        total = len(rows)
    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    workbook.properties.creator = exported_by
    workbook.properties.created = local_time(exported_at)
    first = Sheet(sheet_name, title, columns, rows, description_lines, totals)
    sheets: list[Any] = []
    written = 0
    check = _checker(total, progress, cancel)
    with private_temp_dir("export") as folder:
        try:
            for index, spec in enumerate((first, *more_sheets)):
                sheet = workbook.create_sheet(_SHEET_NAME_FORBIDDEN.sub("-", spec.name)[:31])
                sheets.append(sheet)
                lines = header_lines(
                    spec.title,
                    exported_by,
                    exported_at,
                    spec.description_lines,
                    personal_data=personal_data,
                    translate=translate,
                )
                count = _fill(
                    sheet,
                    lines,
                    spec.columns,
                    spec.rows,
                    spec.totals,
                    check if index == 0 else None,
                    folder,
                )
                if index == 0:
                    written = count
            if cancel is not None and cancel():
                raise ExportCancelled()
            with atomic_file(target, what="export") as stream:
                sink = _Sink(stream)
                try:
                    workbook.save(sink)
                finally:
                    sink.detach()
        finally:
            for sheet in sheets:
                _discard(sheet)
    if progress is not None:
        progress(written, total if total is not None else written)
    return written
