"""The rejects file of a VSB import: the rejected rows, for the supervisor to correct.

CSV for Excel (UTF-8 with byte order mark, semicolons) with the columns line, INSZ,
start, end and flag as they stand in the imported file, and the reason. It holds
personal data, so it is created with mode 0600 (readable by its owner only).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from cumuldesk.errors import BadInput
from cumuldesk.services.vsb_file import Reject

REJECTS_COLUMNS = ("line", "INSZ", "start", "end", "flag", "reason")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def default_rejects_path(path: Path) -> Path:
    """`<stem>.rejects.csv` next to the imported file."""
    return path.with_name(f"{path.stem}.rejects.csv")


def _safe_cell(text: str) -> str:
    """Text as in the file, but never a formula when Excel opens it (CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def check_rejects_path(path: Path, imported: Path) -> None:
    """Fail before importing when the rejects file could not be written afterwards."""
    if path.resolve() == imported.resolve():
        raise BadInput(f"rejects file {path}: that is the file being imported")
    if path.is_dir():
        raise BadInput(f"rejects file {path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise BadInput(f"rejects file {path}: the folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise BadInput(f"rejects file {path}: cannot be written there (permission denied)")


def write_rejects(path: Path, rejects: Sequence[Reject]) -> None:
    """Write the rejected rows, by line number, to `path` with mode 0600.

    Written to a temporary file in the same folder (created 0600) and moved into place,
    so the file never exists, even briefly, with wider permissions or half written.
    """
    handle, temporary = tempfile.mkstemp(prefix=".rejects-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
            writer.writerow(REJECTS_COLUMNS)
            for reject in sorted(rejects, key=lambda r: r.line):
                row = reject.row
                cells = (row.insz, row.start, row.end, row.flag)
                writer.writerow([row.line, *map(_safe_cell, cells), reject.reason])
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
