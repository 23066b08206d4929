"""The shared workbook writer: read back cell by cell (types, number formats, frozen
headers, auto-filter, the header block), private to its owner, whole or not at all."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from cumuldesk.domain.months import Month
from cumuldesk.errors import BadInput
from cumuldesk.services.exports.spreadsheets import (
    DATE_FORMAT,
    EUR_FORMAT,
    MONTH_FORMAT,
    Column,
    ExportCancelled,
    Sheet,
    header_row,
    write_workbook,
)
from cumuldesk.services.exports.worklist import HEADER_ROW

EXPORTED_AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
COLUMNS = [
    Column("Reference", "text", 18),
    Column("INSZ", "text"),
    Column("Day", "date"),
    Column("Count", "int"),
    Column("Amount", "eur"),
    Column("Month", "month"),
]


def write(path, rows, **options):
    values = {
        "title": "Test export",
        "exported_by": "An Demo (an.demo)",
        "exported_at": EXPORTED_AT,
        "description_lines": ["Filter: all.", "Second line."],
        "columns": COLUMNS,
        "rows": rows,
    }
    values.update(options)
    return write_workbook(path, **values)


def test_cells_are_typed_by_their_column_and_the_sheet_says_what_who_when(tmp_path):
    rows = [
        ["R-1", "00.01.01-001.28", date(2024, 2, 29), 7, Decimal("1234.56"), Month(2024, 3)],
        ["=1+1", "06032412345", "31/02/2024", "12", "-3.10", "2025-01"],
        ["R-3", None, None, None, None, None],
    ]
    target = tmp_path / "out.xlsx"
    assert write(target, rows, totals=["Total", None, None, 19, Decimal("1231.46"), None]) == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    book = load_workbook(target)
    sheet = book.active
    assert sheet.title == "Export" and book.properties.creator == "An Demo (an.demo)"
    top = header_row(["Filter: all.", "Second line."])
    assert top == 5
    # the header block: what, when and by whom, the description, personal data
    assert sheet["A1"].value == "Test export" and sheet["A1"].font.b
    local = EXPORTED_AT.astimezone()
    assert sheet["A2"].value == (
        f"Exported on {local:%d/%m/%Y} at {local:%H:%M} by An Demo (an.demo). Filter: all."
    )
    assert sheet["A3"].value == "Second line."
    assert "personal data" in sheet["A4"].value
    assert [c.value for c in sheet[top]] == [c.header for c in COLUMNS]
    assert all(c.font.b for c in sheet[top])
    assert sheet.freeze_panes == f"A{top + 1}"
    assert sheet.auto_filter.ref == f"A{top}:F{top + 3}"  # the table, not the totals
    assert sheet.column_dimensions["A"].width == 18
    assert sheet.column_dimensions["E"].width >= 12  # an amount with its "EUR"

    first = sheet[top + 1]
    assert [c.data_type for c in first] == ["s", "s", "d", "n", "n", "d"]
    assert first[1].value == "00.01.01-001.28"
    assert first[2].value == datetime(2024, 2, 29) and first[2].number_format == DATE_FORMAT
    assert first[3].value == 7 and isinstance(first[3].value, int)
    assert first[4].value == pytest.approx(1234.56) and first[4].number_format == EUR_FORMAT
    assert first[5].value == datetime(2024, 3, 1) and first[5].number_format == MONTH_FORMAT
    assert first[5].is_date

    second = sheet[top + 2]
    assert second[0].value == "=1+1" and second[0].data_type == "s"  # text, not a formula
    assert second[1].value == "06032412345" and isinstance(second[1].value, str)
    assert second[2].value == "31/02/2024" and second[2].data_type == "s"  # not a date
    assert second[3].value == 12 and second[3].data_type == "n"
    assert second[4].value == pytest.approx(-3.1) and second[4].number_format == EUR_FORMAT
    assert second[5].value == datetime(2025, 1, 1)
    assert [c.value for c in sheet[top + 3]][1:] == [None] * 5

    totals = sheet[top + 4]
    assert totals[0].value == "Total" and totals[0].font.b
    assert totals[3].value == 19 and totals[3].font.b
    assert totals[4].value == pytest.approx(1231.46) and totals[4].number_format == EUR_FORMAT
    assert sheet.max_row == top + 4


def test_more_sheets_have_their_own_header_block_and_filter(tmp_path):
    target = tmp_path / "two"  # the suffix is added
    extra = Sheet("Second", "The second sheet", [Column("Name"), Column("Day", "date")],
                  [["x", date(2020, 1, 2)]], ["About it."])  # fmt: skip
    write(target, [["R-1"]], more_sheets=[extra], personal_data=False)
    book = load_workbook(tmp_path / "two.xlsx")
    assert book.sheetnames == ["Export", "Second"]
    sheet = book["Second"]
    assert sheet["A1"].value == "The second sheet"
    assert sheet["A2"].value.endswith("by An Demo (an.demo). About it.")
    assert sheet["A3"].value == "Name" and sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == "A3:B4"
    assert sheet["B4"].is_date and sheet["B4"].value == datetime(2020, 1, 2)
    assert not any("personal data" in str(c.value) for c in book["Export"]["A"])


def test_progress_then_a_cancel_leaves_no_file(tmp_path):
    rows = [["R", "x", None, n, None, None] for n in range(2_100)]
    seen: list[tuple[int, int]] = []
    assert write(tmp_path / "a.xlsx", rows, progress=lambda d, t: seen.append((d, t))) == 2_100
    assert seen == [(0, 2100), (1000, 2100), (2000, 2100), (2100, 2100)]

    asked = iter([False, False, False, True])  # cancelled after the last row
    with pytest.raises(ExportCancelled):
        write(tmp_path / "b.xlsx", iter(rows), cancel=lambda: next(asked))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]


def test_an_error_while_writing_rows_leaves_no_file_and_the_old_one_stays(tmp_path):
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"old")

    def rows():
        yield ["R-1"]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write(target, rows())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.xlsx"]


def test_bad_places_are_said_in_words(tmp_path):
    with pytest.raises(BadInput, match="folder"):
        write(tmp_path / "missing" / "x.xlsx", [])
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(BadInput, match="folder"):
        write(tmp_path / "dir.xlsx", [])


def test_an_empty_table_still_has_its_headers_and_a_filter(tmp_path):
    assert write(tmp_path / "e.xlsx", []) == 0
    sheet = load_workbook(tmp_path / "e.xlsx").active
    assert sheet.auto_filter.ref == "A5:F6" and sheet["A5"].value == "Reference"


def test_the_work_list_header_block_is_the_shared_one():
    assert header_row(["Filter: All. 2 cases."]) == HEADER_ROW


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind"):
        Column("X", "money")
