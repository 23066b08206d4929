"""The VSB import's rejects as an Excel workbook: the CSV's columns read back cell by
cell (line a number, INSZ text, dates real dates when they are dates), private, and
written by `cumuldesk import-vsb FILE --rejects NAME.xlsx`."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from services.test_vsb_import import (
    P1,
    P2,
    STRANGER,
    cli,
    factory,
    no_insz_in,
    periods,
    write_csv,
)

from cumuldesk.domain.insz import format_insz
from cumuldesk.services.exports.spreadsheets import DATE_FORMAT, header_row
from cumuldesk.services.vsb.file import FileRow, Reject
from cumuldesk.services.vsb.rejects import REJECTS_COLUMNS, write_rejects_xlsx

__all__ = ["cli", "factory"]  # fixtures of the VSB import tests

EXPORTED_AT = datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
HEADERS = list(REJECTS_COLUMNS)


def rows_of(path: Path) -> tuple[Any, int]:
    """The sheet and the row of its column headers."""
    sheet = load_workbook(path).active
    top = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "line")
    return sheet, top


def test_the_rejects_read_back_cell_by_cell(tmp_path):
    rejects = [
        Reject(FileRow(7, "=cmd", "2024-13-01", "", "x"), "invalid INSZ: ..."),
        Reject(FileRow(3, f" {format_insz(STRANGER)} ", "01/02/2024", "2024-03-31", "ja"),
               "no dossier: ..."),
    ]  # fmt: skip
    target = tmp_path / "rejects.xlsx"
    written = write_rejects_xlsx(
        rejects, target, exported_by="Eva Demo (eva.demo)", exported_at=EXPORTED_AT,
        file_name="vsb-2026-03.csv", import_id=12,
    )  # fmt: skip
    assert written == 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    sheet, top = rows_of(target)
    assert sheet["A1"].value == "CumulDesk VSB import: rejected rows"
    local = EXPORTED_AT.astimezone()
    assert sheet["A2"].value == (
        f"Exported on {local:%d/%m/%Y} at {local:%H:%M} by Eva Demo (eva.demo). "
        "File vsb-2026-03.csv (VSB import 12): 2 rows were rejected and not imported."
    )
    assert top == header_row(["a", "b"])
    assert [c.value for c in sheet[top]] == HEADERS
    assert sheet.freeze_panes == f"A{top + 1}" and sheet.auto_filter.ref == f"A{top}:F{top + 2}"

    first, second = sheet[top + 1], sheet[top + 2]  # by line number
    assert first[0].value == 3 and first[0].data_type == "n"
    assert first[1].value == f" {format_insz(STRANGER)} " and first[1].data_type == "s"
    assert first[2].is_date and first[2].value == datetime(2024, 2, 1)
    assert first[2].number_format == DATE_FORMAT
    assert first[3].value == datetime(2024, 3, 31) and first[4].value == "ja"
    assert first[5].value == "no dossier: ..."
    assert second[0].value == 7
    assert second[1].value == "=cmd" and second[1].data_type == "s"  # never a formula
    assert second[2].value == "2024-13-01" and second[2].data_type == "s"  # not a date
    assert second[3].value is None


def test_the_command_writes_the_rejects_as_a_workbook(cli, tmp_path, capsys):
    path = write_csv(
        tmp_path,
        f"{P1};2024-01-01;;",
        f"{STRANGER};2024-01-01;2024-06-30;",
        f"{format_insz(P2)[:-1]}0;01/02/2024;;",
    )
    target = tmp_path / "out" / "rejects.xlsx"
    target.parent.mkdir()
    code, out = cli("import-vsb", str(path), "--user", "eva.demo", "--rejects", str(target))
    assert code == 0, capsys.readouterr().err
    assert f"Rejects file: {target}" in out and "2 rows were rejected" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["rejects.xlsx"]  # no CSV left
    assert not (tmp_path / "vsb-2026-03.rejects.csv").exists()
    sheet, top = rows_of(target)
    assert "(eva.demo). File vsb-2026-03.csv (VSB import " in sheet["A2"].value
    table = [[c.value for c in row] for row in sheet.iter_rows(min_row=top + 1)]
    assert [row[0] for row in table] == [3, 4]
    assert table[0][1] == STRANGER and table[0][2] == datetime(2024, 1, 1)
    assert table[0][3] == datetime(2024, 6, 30) and table[0][5].startswith("no dossier")
    assert table[1][1] == f"{format_insz(P2)[:-1]}0" and table[1][2] == datetime(2024, 2, 1)
    assert table[1][5].startswith("invalid INSZ")
    assert no_insz_in(out)

    code, out = cli(
        "import-vsb", str(path), "--user", "eva.demo", "--rejects", str(target), "--json"
    )
    assert code == 0 and json.loads(out)["rejects_file"] == str(target)


def test_a_csv_name_still_gets_a_csv(cli, tmp_path):
    path = write_csv(tmp_path, f"{STRANGER};2024-01-01;;")
    target = tmp_path / "r.csv"
    code, _ = cli("import-vsb", str(path), "--user", "eva.demo", "--rejects", str(target))
    assert code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfline;INSZ;start;end;flag;reason")


def test_a_bad_workbook_place_is_refused_before_importing(cli, factory, tmp_path, capsys):
    path = write_csv(tmp_path, f"{P1};2024-01-01;;")
    missing = tmp_path / "missing" / "r.xlsx"
    code, out = cli("import-vsb", str(path), "--user", "eva.demo", "--rejects", str(missing))
    assert code == 2 and out == "" and "does not exist" in capsys.readouterr().err
    assert periods(factory) == set()  # nothing imported
