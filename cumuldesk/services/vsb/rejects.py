"""The rejects file of a VSB import: the rejected rows, for the supervisor to correct.

CSV for Excel (UTF-8 with byte order mark, semicolons) with the columns line, INSZ,
start, end and flag as they stand in the imported file, and the reason; or, when the
file name ends in .xlsx (`write_rejects_xlsx`), an Excel workbook with the same columns:
the line a number, the INSZ text, start and end real dates when they are dates (else the
text as in the file), under a header block that says what the file is, when and by whom
it was written. It holds personal data, so it is created with mode 0600 (readable by its
owner only).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from cumuldesk.errors import BadInput
from cumuldesk.services.exports.spreadsheets import Column, write_workbook
from cumuldesk.services.vsb.file import Reject, parse_vsb_date
from cumuldesk.storage.files import atomic_file, check_target

REJECTS_COLUMNS = ("line", "INSZ", "start", "end", "flag", "reason")
REJECTS_SHEET_COLUMNS = (
    Column("line", "int", 8),
    Column("INSZ", "text", 18),
    Column("start", "date", 12),
    Column("end", "date", 12),
    Column("flag", "text", 8),
    Column("reason", "text", 70),
)
REJECTS_TITLE = "CumulDesk VSB import: rejected rows"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def default_rejects_path(path: Path) -> Path:
    """`<stem>.rejects.csv` next to the imported file."""
    return path.with_name(f"{path.stem}.rejects.csv")


def _safe_cell(text: str) -> str:
    """Text as in the file, but never a formula when Excel opens it (CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def check_rejects_path(path: Path, imported: Path) -> None:
    """Fail before importing when the rejects file could not be written afterwards: the
    file being imported, a folder, a device, a missing folder, no permission (BadInput,
    exit code 2), a read-only disk (DiskProblem, exit code 5)."""
    if path.resolve() == imported.resolve():
        raise BadInput(f"rejects file {path}: that is the file being imported")
    check_target(path, "rejects file")


def write_rejects(path: Path, rejects: Sequence[Reject]) -> None:
    """Write the rejected rows, by line number, to `path` with mode 0600.

    Written whole or not at all (`storage.files`): a temporary file in the same folder
    (created 0600), fsynced and moved into place, so the file never exists, even briefly,
    with wider permissions or half written. A write error is DiskProblem or BadInput
    naming the path; the temporary file is gone on every path.
    """
    with atomic_file(path, what="rejects file") as binary:
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(REJECTS_COLUMNS)
        for reject in sorted(rejects, key=lambda r: r.line):
            row = reject.row
            cells = (row.insz, row.start, row.end, row.flag)
            writer.writerow([row.line, *map(_safe_cell, cells), reject.reason])
        stream.flush()
        stream.detach()  # the binary stream is closed (and fsynced) by atomic_file


def rejects_format(path: Path) -> str:
    """ "xlsx" when the rejects file's name ends in .xlsx, else "csv"."""
    return "xlsx" if path.suffix.lower() == ".xlsx" else "csv"


def _date_or_text(text: str) -> date | str:
    """The date a cell states (YYYY-MM-DD or DD/MM/YYYY), else the text as in the file."""
    try:
        return parse_vsb_date(text)
    except ValueError:
        return text


def write_rejects_xlsx(
    rejects: Sequence[Reject],
    path: Path,
    *,
    exported_by: str,
    exported_at: datetime,
    file_name: str,
    import_id: int | None = None,
) -> int:
    """Write the rejected rows, by line number, to the workbook `path` (mode 0600, whole
    or not at all) with the CSV's columns; returns how many rows. `file_name`: the
    imported file (named in the header block)."""
    ordered = sorted(rejects, key=lambda r: r.line)
    count = len(ordered)
    rows = "1 row was" if count == 1 else f"{count:,} rows were".replace(",", ".")
    imported = f" (VSB import {import_id})" if import_id is not None else ""
    return write_workbook(
        path,
        title=REJECTS_TITLE,
        exported_by=exported_by,
        exported_at=exported_at,
        description_lines=[
            f"File {file_name}{imported}: {rows} rejected and not imported.",
            "Cells as they stand in the imported file; correct the rows in the VSB file "
            "and import it again.",
        ],
        columns=REJECTS_SHEET_COLUMNS,
        rows=[
            [
                reject.line,
                reject.row.insz,
                _date_or_text(reject.row.start),
                _date_or_text(reject.row.end),
                reject.row.flag,
                reject.reason,
            ]
            for reject in ordered
        ],
        sheet_name="Rejected rows",
    )
