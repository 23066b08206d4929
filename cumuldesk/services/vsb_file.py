"""The VSB monthly file: read its rows (CSV or XLSX) and check each row on its own.

VSB sends, once a month, the BOB payment periods of young people: the INSZ, the start
and the end of each period (empty: still open) and, optionally, whether the person
switched voluntarily from NRTH to BOB. The file is CSV (comma or semicolon, UTF-8 with
or without byte order mark) or XLSX (first sheet). A header row may name the columns
in Dutch, French or English; without one, the columns are INSZ, start, end, flag.

`read_vsb_file` returns every row as text, with its line number as a user counts lines
in the file (the header is line 1). It raises `BadInput` only when the file cannot be
used at all. `check_rows` then checks each row (INSZ, dates, end after start, flag,
duplicate of an earlier line) and says why a row is rejected, in words that never
repeat the INSZ or a date.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from cumuldesk.domain.insz import InszError, parse_insz
from cumuldesk.errors import BadInput

# (phase, done, total or None): long work reports through this; the caller shows it.
Progress = Callable[[str, int, int | None], None]

PROGRESS_STEP = 1000  # rows between two progress reports


class Column(StrEnum):
    INSZ = "INSZ"
    START = "BOB start"
    END = "BOB end"
    FLAG = "voluntary-switch flag"


# Header names, compared without case, accents and punctuation. A header matches a
# column when one of its words starts with one of the prefixes, or when the whole
# header (its words joined) is one of the exact names.
_PREFIXES: dict[Column, tuple[str, ...]] = {
    Column.INSZ: ("insz", "niss", "inss", "ssn", "rijksregister", "rrn"),
    Column.START: ("start", "begin", "debut", "aanvang", "ingang"),
    Column.END: ("end", "einde", "eind", "fin", "stop", "afloop"),
    Column.FLAG: ("voluntar", "vrijwillig", "volontai", "switch", "overstap"),
}
_EXACT: dict[Column, frozenset[str]] = {
    Column.INSZ: frozenset(
        {
            "nn",
            "nrn",
            "nationalnumber",
            "nationalregisternumber",
            "numeronational",
            "numeroderegistrenational",
            "socialsecuritynumber",
            "identificatienummer",
        }
    ),
    Column.START: frozenset({"from", "van", "vanaf", "du", "de"}),
    Column.END: frozenset({"to", "tot", "totmet", "until", "au", "a", "jusque", "jusqua"}),
    Column.FLAG: frozenset({"vs", "flag"}),
}
_POSITIONAL = (Column.INSZ, Column.START, Column.END, Column.FLAG)

_TRUE = frozenset({"1", "true", "waar", "vrai", "ja", "j", "oui", "o", "yes", "y", "x"})
_FALSE = frozenset({"0", "false", "onwaar", "faux", "nee", "n", "non", "no"})

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_BE_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DATE_FORMATS = "expected YYYY-MM-DD or DD/MM/YYYY"

_XLSX_MAGIC = b"PK\x03\x04"
_XLS_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary Excel format (OLE2)
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class FileRow:
    """One data row as it stands in the file (cells as text, dates of XLSX as ISO)."""

    line: int
    insz: str
    start: str
    end: str
    flag: str


@dataclass(frozen=True)
class VsbFile:
    name: str  # the file name, without its folder
    sha256: str
    kind: str  # "csv" or "xlsx"
    has_header: bool
    rows: tuple[FileRow, ...]


@dataclass(frozen=True)
class BobRow:
    """A row that passed the checks of `check_rows`."""

    line: int
    insz: str  # 11 digits
    start: date
    end: date | None  # None: the period is still open
    voluntary_switch: bool
    source: FileRow

    @property
    def key(self) -> tuple[str, date, date | None, bool]:
        return (self.insz, self.start, self.end, self.voluntary_switch)


@dataclass(frozen=True)
class Reject:
    row: FileRow
    reason: str  # in words; never the INSZ or a date

    @property
    def line(self) -> int:
        return self.row.line


# --- reading ---------------------------------------------------------------------------


def _normalise_header(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[a-z0-9]+", plain.lower())


def column_of(header: str) -> Column | None:
    """The column a header names (None: not one of ours); ambiguous names match none."""
    words = _normalise_header(header)
    joined = "".join(words)
    found = {
        column
        for column in Column
        if joined in _EXACT[column] or any(word.startswith(_PREFIXES[column]) for word in words)
    }
    return found.pop() if len(found) == 1 else None


def _map_header(cells: Sequence[str], file_name: str) -> dict[Column, int]:
    columns: dict[Column, int] = {}
    for index, cell in enumerate(cells):
        column = column_of(cell)
        if column is None:
            continue
        if column in columns:
            raise BadInput(
                f"{file_name}: two columns are read as {column.value}: "
                f"{cells[columns[column]].strip()!r} and {cell.strip()!r}; rename one"
            )
        columns[column] = index
    missing = [c.value for c in (Column.INSZ, Column.START, Column.END) if c not in columns]
    if missing:
        # only cells without digits: a data row taken for a header must not be echoed
        names = [c.strip() for c in cells if c.strip() and not any(ch.isdigit() for ch in c)]
        shown = ", ".join(repr(name) for name in names)[:200]
        raise BadInput(
            f"{file_name}: no {' and no '.join(missing)} column in the header row "
            f"(found {shown or 'no names'}); name the columns for example "
            "INSZ, start, end, voluntary_switch"
        )
    return columns


def _looks_like_header(cells: Sequence[str]) -> bool:
    return any(any(ch.isalpha() for ch in cell) for cell in cells)


def _cell(cells: Sequence[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _rows_from_cells(
    lines: Iterable[tuple[int, list[str]]], file_name: str, progress: Progress | None
) -> tuple[bool, tuple[FileRow, ...]]:
    """Header detection and column mapping over (line number, cells) pairs."""
    columns: dict[Column, int] | None = None
    has_header = False
    rows: list[FileRow] = []
    for line, cells in lines:
        if not any(cell.strip() for cell in cells):
            continue  # blank line: not a row
        if columns is None:
            if _looks_like_header(cells):
                columns, has_header = _map_header(cells, file_name), True
                continue
            if len(cells) < 3:
                raise BadInput(
                    f"{file_name}: line {line} has {len(cells)} column(s) and there is no "
                    "header row; expected INSZ, start, end and optionally the flag"
                )
            columns = {column: index for index, column in enumerate(_POSITIONAL)}
        rows.append(FileRow(line, *(_cell(cells, columns.get(c)) for c in _POSITIONAL)))
        if progress and len(rows) % PROGRESS_STEP == 0:
            progress("reading", len(rows), None)
    if columns is None:
        raise BadInput(f"{file_name}: the file is empty: no INSZ column")
    return has_header, tuple(rows)


def _detect_delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return max(_DELIMITERS, key=first.count)


def _csv_lines(text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(text))
    line = 1
    for cells in reader:
        yield line, cells
        line = reader.line_num + 1  # a quoted cell may span lines: the next row starts after


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_lines(data: bytes, file_name: str) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # only needed for XLSX files

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not workbook.worksheets:
                raise ValueError("no sheet")
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some writers store wrong dimensions: read every row
            return [
                (line, [_cell_text(value) for value in values])
                for line, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1)
            ]
        finally:
            workbook.close()
    except Exception as exc:  # whatever openpyxl raises, the file is not a usable workbook
        raise BadInput(f"{file_name}: not a readable XLSX file ({type(exc).__name__})") from None


def read_vsb_file(path: Path, progress: Progress | None = None) -> VsbFile:
    """Read a VSB file; `BadInput` (exit 2) when it cannot be used at all."""
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    sha256 = hashlib.sha256(data).hexdigest()
    if data.startswith(_XLSX_MAGIC):
        kind = "xlsx"
        has_header, rows = _rows_from_cells(_xlsx_lines(data, name), name, progress)
    elif data.startswith(_XLS_MAGIC):
        raise BadInput(f"{name}: the old .xls format cannot be read; save it as .xlsx or CSV")
    else:
        kind = "csv"
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadInput(
                f"{name}: not a CSV (UTF-8 text) or XLSX file; in Excel, save as "
                "'CSV UTF-8' or as .xlsx"
            ) from None
        if "\x00" in text:
            raise BadInput(f"{name}: not a CSV or XLSX file (binary content)")
        try:
            has_header, rows = _rows_from_cells(_csv_lines(text), name, progress)
        except csv.Error as exc:
            raise BadInput(f"{name}: not a readable CSV file ({exc})") from None
    return VsbFile(name, sha256, kind, has_header, rows)


# --- checking --------------------------------------------------------------------------


def parse_vsb_date(text: str) -> date:
    """`YYYY-MM-DD` or `DD/MM/YYYY` (day and month may have one digit); ValueError if not."""
    text = text.strip()
    if match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _BE_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise ValueError(_DATE_FORMATS)
    return date(year, month, day)


def parse_flag(text: str) -> bool:
    """The voluntary-switch flag: 1/0, true/false, ja/nee, oui/non, yes/no; empty is no."""
    value = text.strip().lower()
    if not value or value in _FALSE:
        return False
    if value in _TRUE:
        return True
    raise ValueError("not a yes/no value")


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:]


def _check_fields(row: FileRow) -> BobRow | str:
    """The checked row, or the reasons it is rejected (joined with '; ')."""
    problems: list[str] = []
    insz = ""
    try:
        insz = parse_insz(row.insz).digits
    except InszError as error:
        problems.append(f"invalid INSZ: {_lower_first(error.message).rstrip('.')}")
    start: date | None = None
    end: date | None = None
    if not row.start.strip():
        problems.append(f"{Column.START.value} is empty")
    else:
        try:
            start = parse_vsb_date(row.start)
        except ValueError:
            problems.append(f"{Column.START.value} is not a date ({_DATE_FORMATS})")
    if row.end.strip():
        try:
            end = parse_vsb_date(row.end)
        except ValueError:
            problems.append(f"{Column.END.value} is not a date ({_DATE_FORMATS}, or empty)")
    try:
        flag = parse_flag(row.flag)
    except ValueError:
        flag = False
        problems.append(
            f"the {Column.FLAG.value} is not understood "
            "(use 1/0, true/false, ja/nee, oui/non, yes/no or leave it empty)"
        )
    if start is not None and end is not None and end < start:
        problems.append(f"{Column.END.value} is before {Column.START.value}")
    if problems or start is None:
        return "; ".join(problems)
    return BobRow(row.line, insz, start, end, flag, row)


def check_rows(
    rows: Sequence[FileRow], progress: Progress | None = None
) -> tuple[list[BobRow], list[Reject]]:
    """Check every row on its own and against the earlier lines (exact duplicates)."""
    good: list[BobRow] = []
    rejects: list[Reject] = []
    first_line: dict[tuple[str, date, date | None, bool], int] = {}
    for done, row in enumerate(rows, start=1):
        checked = _check_fields(row)
        if isinstance(checked, str):
            rejects.append(Reject(row, checked))
        elif (earlier := first_line.get(checked.key)) is not None:
            rejects.append(Reject(row, f"duplicate row: the same as line {earlier}"))
        else:
            first_line[checked.key] = row.line
            good.append(checked)
        if progress and done % PROGRESS_STEP == 0:
            progress("checking", done, len(rows))
    return good, rejects
