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
import itertools
import re
import stat
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO, TextIO
from xml.etree import ElementTree

from cumuldesk.config import MAX_PACKING_RATIO, ImportLimits, import_limits
from cumuldesk.domain.insz import Insz, InszError, parse_insz
from cumuldesk.domain.months import add_years
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

# ASCII digits only (fullmatch): str.isdigit, \\d and int() also take other scripts' digits
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_BE_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_DATE_FORMATS = "expected YYYY-MM-DD or DD/MM/YYYY"

_XLSX_MAGIC = b"PK\x03\x04"
_XLS_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary Excel format (OLE2)
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True, slots=True)
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


def _holds_data(cells: Sequence[str]) -> bool:
    """A cell that is an INSZ or a date: a data row, not a header row."""
    for cell in cells:
        try:
            parse_insz(cell)
            return True
        except (InszError, TypeError):
            pass
        try:
            parse_vsb_date(cell)
            return True
        except ValueError:
            pass
    return False


def _map_header(cells: Sequence[str], file_name: str) -> dict[Column, int]:
    """The columns a header row names. The messages never quote a cell: a data row taken
    for a header may hold a name or an INSZ; columns are named by their number."""
    columns: dict[Column, int] = {}
    for index, cell in enumerate(cells):
        column = column_of(cell)
        if column is None:
            continue
        if column in columns:
            raise BadInput(
                f"{file_name}: columns {columns[column] + 1} and {index + 1} of the header "
                f"row are both read as {column.value}; rename one"
            )
        columns[column] = index
    missing = [c.value for c in (Column.INSZ, Column.START, Column.END) if c not in columns]
    if missing:
        if _holds_data(cells):
            raise BadInput(
                f"{file_name}: the first row holds data (an INSZ or a date) and text, so it "
                f"is read as a header row, but it names no {' and no '.join(missing)} column; "
                "add a header row, for example INSZ, start, end, voluntary_switch"
            )
        found = ", ".join(
            f"{column.value} (column {index + 1})" for column, index in columns.items()
        )
        raise BadInput(
            f"{file_name}: no {' and no '.join(missing)} column in the header row "
            f"(recognised: {found or 'none'}); name the columns for example "
            "INSZ, start, end, voluntary_switch"
        )
    return columns


def _looks_like_header(cells: Sequence[str]) -> bool:
    return any(any(ch.isalpha() for ch in cell) for cell in cells)


def _cell(cells: Sequence[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _too_many_rows(file_name: str, line: int, limits: ImportLimits) -> BadInput:
    return BadInput(
        f"{file_name}: more than {limits.max_rows:,} rows (line {line} is beyond the "
        "bound); split the file, or ask the administrator to raise [import] max_rows"
    )


def _too_many_columns(file_name: str, line: int, column: int, limits: ImportLimits) -> BadInput:
    return BadInput(
        f"{file_name}: line {line} has a value in column {column:,}; at most "
        f"{limits.max_columns:,} columns are read ([import] max_columns)"
    )


def _rows_from_cells(
    lines: Iterable[tuple[int, list[str]]],
    file_name: str,
    progress: Progress | None,
    limits: ImportLimits,
) -> tuple[bool, tuple[FileRow, ...]]:
    """Header detection and column mapping over (line number, cells) pairs; at most
    `limits.max_rows` data rows and `limits.max_columns` columns."""
    columns: dict[Column, int] | None = None
    has_header = False
    rows: list[FileRow] = []
    for line, cells in lines:
        filled = [index for index, cell in enumerate(cells) if cell.strip()]
        if not filled:
            continue  # blank line: not a row
        if filled[-1] >= limits.max_columns:
            raise _too_many_columns(file_name, line, filled[-1] + 1, limits)
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
        if len(rows) >= limits.max_rows:
            raise _too_many_rows(file_name, line, limits)
        rows.append(FileRow(line, *(_cell(cells, columns.get(c)) for c in _POSITIONAL)))
        if progress and len(rows) % PROGRESS_STEP == 0:
            progress("reading", len(rows), None)
    if columns is None:
        raise BadInput(f"{file_name}: the file is empty: no INSZ column")
    return has_header, tuple(rows)


class _HashingReader(io.RawIOBase):
    """A binary file read through: the SHA-256 of what was read, and at most `limit` bytes
    (a file that grows, or a device, is stopped there)."""

    def __init__(self, raw: io.RawIOBase, limit: int, on_too_large: Callable[[], BadInput]) -> None:
        self.raw = raw
        self.limit = limit
        self.on_too_large = on_too_large
        self.hash = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self.raw.readinto(buffer) or 0
        self.size += count
        if self.size > self.limit:
            raise self.on_too_large()
        self.hash.update(memoryview(buffer)[:count])
        return count

    def finish(self) -> str:
        """Read what is left (hashing it) and return the hex digest."""
        while self.read(1 << 16):
            pass
        return self.hash.hexdigest()


def _detect_delimiter(first_line: str) -> str:
    return max(_DELIMITERS, key=first_line.count)


def _csv_lines(stream: TextIO, file_name: str) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of a CSV text stream. A quoted cell that runs over several lines and
    holds the separator is a stray quotation mark merging rows: refused, with its line."""
    head: list[str] = []
    for text in stream:
        head.append(text)
        if text.strip():
            break
    delimiter = _detect_delimiter(head[-1] if head else "")
    reader = csv.reader(itertools.chain(head, stream), delimiter=delimiter)
    line = 1
    for cells in reader:
        if reader.line_num > line and any(
            ("\n" in cell or "\r" in cell) and delimiter in cell for cell in cells
        ):
            raise BadInput(
                f"{file_name}: a quotation mark on line {line} opens a cell that runs to line "
                f'{reader.line_num} and swallows the rows between; remove the stray " '
                "or close it (nothing was imported)"
            )
        yield line, cells
        line = reader.line_num + 1  # a quoted cell may span lines: the next row starts after


def _read_csv(
    path: Path, file_name: str, progress: Progress | None, limits: ImportLimits
) -> tuple[str, bool, tuple[FileRow, ...]]:
    """The SHA-256, header flag and rows of a CSV, read as a stream."""
    try:
        with path.open("rb", buffering=0) as raw:
            hashing = _HashingReader(raw, limits.max_file_bytes, lambda: _too_large(path, limits))
            stream = io.TextIOWrapper(io.BufferedReader(hashing), encoding="utf-8-sig", newline="")
            try:
                has_header, rows = _rows_from_cells(
                    _csv_lines(stream, file_name), file_name, progress, limits
                )
            except UnicodeDecodeError:
                raise BadInput(
                    f"{file_name}: not a CSV (UTF-8 text) or XLSX file; in Excel, save as "
                    "'CSV UTF-8' or as .xlsx"
                ) from None
            except csv.Error as exc:
                if "NUL" in str(exc):
                    raise BadInput(
                        f"{file_name}: not a CSV or XLSX file (binary content)"
                    ) from None
                raise BadInput(f"{file_name}: not a readable CSV file ({exc})") from None
            return hashing.finish(), has_header, rows
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None


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


_EXCEL_MAX_ROW = 1_048_576
_EXCEL_MAX_COLUMN = 16_384
_CELL_PARTS = 200  # elements inside one cell (value, formula, rich text runs)
_ARCHIVE_MEMBERS = 10_000


def _check_archive(path: Path, file_name: str, limits: ImportLimits) -> None:
    """Refuse a workbook that unpacks to too much, before anything is unpacked: the sizes
    the zip declares bound what `zipfile` will ever give (it stops there, CRC checked)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise BadInput(f"{file_name}: not a readable XLSX file (not a zip archive)") from None
    if len(members) > _ARCHIVE_MEMBERS:
        raise BadInput(f"{file_name}: not a readable XLSX file ({len(members):,} parts)")
    for member in members:  # read whole by openpyxl: the shared strings, the styles, ...
        if not member.filename.startswith("xl/worksheets/") and (
            member.file_size > limits.max_file_bytes
        ):
            raise BadInput(
                f"{file_name}: a part of the workbook other than a sheet (shared text, styles, "
                f"...) unpacks to more than {limits.max_file_mb:,} MB: refused as a possible "
                "zip bomb"
            )
    unpacked = sum(member.file_size for member in members)
    packed = max(path.stat().st_size, 1)
    if unpacked > limits.max_unpacked_bytes or (
        unpacked > 10 * 1024 * 1024 and unpacked > MAX_PACKING_RATIO * packed
    ):
        raise BadInput(
            f"{file_name}: the workbook unpacks to {unpacked / 1024 / 1024:,.0f} MB, "
            f"{unpacked / packed:,.0f} times its size (at most "
            f"{limits.max_unpacked_bytes // 1024 // 1024:,} MB and {MAX_PACKING_RATIO} times): "
            "refused as a possible zip bomb; save it again from Excel, or as CSV"
        )


def _xlsx_lines(
    path: Path, file_name: str, limits: ImportLimits
) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of the first sheet, streamed element by element: a finished
    cell is dropped at once, nothing is padded, and the row, column and size bounds stop
    the reading as soon as they are crossed.

    openpyxl reads the package, the shared strings and the styles (which cells are dates);
    its worksheet reader is not used: it would first scan the whole sheet for its size and
    pad every row to the widest one."""
    _check_archive(path, file_name, limits)
    from openpyxl.reader.excel import ExcelReader  # only needed for XLSX files
    from openpyxl.styles.stylesheet import apply_stylesheet

    with warnings.catch_warnings(), path.open("rb") as stream:
        warnings.simplefilter("ignore")  # openpyxl warns about styles and odd cells
        try:
            reader = ExcelReader(stream, read_only=True, data_only=True)
            try:
                reader.read_manifest()
                reader.read_strings()
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
                target = next(
                    (
                        rel.target
                        for _sheet, rel in reader.parser.find_sheets()
                        if rel.target in reader.valid_files and "chartsheet" not in rel.Type
                    ),
                    None,
                )
                if target is None:
                    raise BadInput(f"{file_name}: not a readable XLSX file (no sheet)")
                cells = _CellReader(
                    reader.shared_strings,
                    reader.wb._date_formats,
                    reader.wb._timedelta_formats,
                    reader.wb.epoch,
                )
                with reader.archive.open(target) as source:
                    yield from _sheet_rows(source, cells, file_name, limits)
            finally:
                reader.archive.close()
        except BadInput:
            raise
        except Exception as exc:  # a malformed package or sheet, whatever is raised
            raise BadInput(
                f"{file_name}: not a readable XLSX file ({type(exc).__name__})"
            ) from None


_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL = f"{_SHEET_NS}row", f"{_SHEET_NS}c"
_VALUE, _INLINE, _TEXT, _RUN = (f"{_SHEET_NS}{tag}" for tag in ("v", "is", "t", "r"))
_REFERENCE = re.compile(r"([A-Z]{1,3})[0-9]{1,7}")


class _CellReader:
    """The value of a `<c>` element as text: shared and inline strings, numbers, dates
    (a number with a date style), booleans, error values."""

    def __init__(
        self, shared: Sequence[str], dates: set[int], durations: set[int], epoch: datetime
    ) -> None:
        self.shared = shared
        self.dates = dates
        self.durations = durations
        self.epoch = epoch

    def text(self, element: ElementTree.Element) -> str:
        kind = element.get("t", "n")
        if kind == "inlineStr":
            inline = element.find(_INLINE)
            if inline is None:
                return ""
            parts = [inline.findtext(_TEXT) or ""]
            parts += [run.findtext(_TEXT) or "" for run in inline.iterfind(_RUN)]
            return "".join(parts)
        value = element.findtext(_VALUE)
        if value is None or value == "":
            return ""
        if kind == "s":
            return str(self.shared[int(value)])
        if kind == "b":
            return "1" if value.strip() not in ("", "0") else "0"
        if kind == "n":
            return self._number(value, element.get("s"))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            return _cell_text(from_ISO8601(value))
        return value  # "str" (a formula's text), "e" (an error such as #N/A)

    def _number(self, value: str, style: str | None) -> str:
        number: float | int = float(value) if any(c in value for c in ".eE") else int(value)
        if style and style.isdigit() and int(style) in self.dates:
            from openpyxl.utils.datetime import from_excel

            try:
                number = from_excel(number, self.epoch, timedelta=int(style) in self.durations)
            except (OverflowError, ValueError):
                return "#VALUE!"  # marked as a date, but no date: a rejected row says so
        return _cell_text(number)


def _column(reference: str | None, previous: int) -> int:
    """The column number of a cell reference such as "C12"; the next one without."""
    if reference is None:
        return previous + 1
    match = _REFERENCE.fullmatch(reference)
    if match is None:
        raise ValueError("a bad cell reference")
    number = 0
    for letter in match.group(1):
        number = number * 26 + ord(letter) - 64
    return number


def _sheet_rows(
    source: BinaryIO, cells: _CellReader, file_name: str, limits: ImportLimits
) -> Iterator[tuple[int, list[str]]]:
    bad = BadInput(f"{file_name}: not a readable XLSX file (a malformed sheet)")
    max_line = limits.max_rows + 1  # the header row
    stack: list[ElementTree.Element] = []
    row_number = rows_seen = column = 0
    values: dict[int, str] = {}
    in_cell = False
    cell_parts = 0
    for event, element in ElementTree.iterparse(source, events=("start", "end")):
        tag = element.tag
        if event == "start":
            stack.append(element)
            if in_cell:
                cell_parts += 1
                if cell_parts > _CELL_PARTS:
                    raise bad
            elif tag == _CELL:
                in_cell, cell_parts = True, 0
            elif tag == _ROW:
                number = element.get("r")
                if number is None:
                    row_number += 1
                elif number.isascii() and number.isdigit() and len(number) <= 7:
                    if int(number) <= row_number:
                        raise bad  # rows out of order
                    row_number = int(number)
                else:
                    raise bad
                rows_seen += 1
                if row_number > _EXCEL_MAX_ROW or rows_seen > 2 * max_line:
                    raise _too_many_rows(file_name, row_number, limits)
                values, column = {}, 0
            continue
        stack.pop()
        if tag == _CELL:
            in_cell = False
            column = _column(element.get("r"), column)
            if column > _EXCEL_MAX_COLUMN:
                raise bad
            text = cells.text(element)
            if text.strip():
                if column > limits.max_columns:
                    raise _too_many_columns(file_name, row_number, column, limits)
                values[column] = text
        elif tag == _ROW and values:
            if row_number > max_line:
                raise _too_many_rows(file_name, row_number, limits)
            yield row_number, [values.get(number, "") for number in range(1, max(values) + 1)]
        if not in_cell and stack:
            stack[-1].remove(element)  # finished: dropped (the parent keeps no children)


def _too_large(path: Path, limits: ImportLimits) -> BadInput:
    return BadInput(
        f"{path.name}: larger than {limits.max_file_mb:,} MB; split the file, or ask the "
        "administrator to raise [import] max_file_mb"
    )


def read_vsb_file(
    path: Path, progress: Progress | None = None, limits: ImportLimits | None = None
) -> VsbFile:
    """Read a VSB file; `BadInput` (exit 2) when it cannot be used at all or crosses one of
    the bounds (`limits`, default: `cumuldesk.toml`'s `[import]`). The file is read as a
    stream: never whole in memory, only its rows (at most `max_rows`) are kept."""
    limits = limits or import_limits()
    name = path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise BadInput(f"{path}: is a folder, not a file")
        if not stat.S_ISREG(status.st_mode):
            raise BadInput(f"{path}: not a regular file (a device or a pipe)")
        if status.st_size > limits.max_file_bytes:
            raise _too_large(path, limits)
        with path.open("rb") as stream:
            magic = stream.read(len(_XLSX_MAGIC))
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if magic == _XLSX_MAGIC:
        has_header, rows = _rows_from_cells(_xlsx_lines(path, name, limits), name, progress, limits)
        return VsbFile(name, _file_sha256(path, limits), "xlsx", has_header, rows)
    if magic == _XLS_MAGIC:
        raise BadInput(f"{name}: the old .xls format cannot be read; save it as .xlsx or CSV")
    sha256, has_header, rows = _read_csv(path, name, progress, limits)
    return VsbFile(name, sha256, "csv", has_header, rows)


def _file_sha256(path: Path, limits: ImportLimits) -> str:
    try:
        with path.open("rb", buffering=0) as raw:
            hashing = _HashingReader(raw, limits.max_file_bytes, lambda: _too_large(path, limits))
            return hashing.finish()
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None


# --- checking --------------------------------------------------------------------------


def parse_vsb_date(text: str) -> date:
    """`YYYY-MM-DD` or `DD/MM/YYYY` (day and month may have one digit, every digit ASCII);
    ValueError if not."""
    text = text.strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _BE_DATE.fullmatch(text):
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


def _earliest_day(insz: Insz) -> date | None:
    """The person's birth (the first day of the birth year when the INSZ has no complete
    birth date): no BOB period starts or ends before it."""
    if insz.birth_date is not None:
        return insz.birth_date
    return date(insz.birth_year, 1, 1) if insz.birth_year is not None else None


def _out_of_bounds(column: Column, day: date, earliest: date | None, latest: date) -> str | None:
    if earliest is not None and day < earliest:
        return f"{column.value} is before the person's birth (the birth date in the INSZ)"
    if day > latest:
        return f"{column.value} is more than a year in the future"
    return None


def _check_fields(row: FileRow, latest: date) -> BobRow | str:
    """The checked row, or the reasons it is rejected (joined with '; '). No date after
    `latest` (a year from today) nor before the person's birth."""
    problems: list[str] = []
    insz = ""
    earliest: date | None = None
    try:
        parsed = parse_insz(row.insz)
        insz, earliest = parsed.digits, _earliest_day(parsed)
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
    for column, day in ((Column.START, start), (Column.END, end)):
        if day is not None and (problem := _out_of_bounds(column, day, earliest, latest)):
            problems.append(problem)
    if start is not None and end is not None and end < start:
        problems.append(f"{Column.END.value} is before {Column.START.value}")
    if problems or start is None:
        return "; ".join(problems)
    return BobRow(row.line, insz, start, end, flag, row)


def check_rows(
    rows: Sequence[FileRow], progress: Progress | None = None, today: date | None = None
) -> tuple[list[BobRow], list[Reject]]:
    """Check every row on its own and against the earlier lines (exact duplicates).
    `today` (default: the system date) bounds the dates: at most a year ahead."""
    latest = add_years(today or date.today(), 1)
    good: list[BobRow] = []
    rejects: list[Reject] = []
    first_line: dict[tuple[str, date, date | None, bool], int] = {}
    for done, row in enumerate(rows, start=1):
        checked = _check_fields(row, latest)
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
