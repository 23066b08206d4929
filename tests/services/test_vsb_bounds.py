"""The bounds of a VSB file (issue 15, point 3): size, rows and columns, configurable in
cumuldesk.toml; hostile workbooks refused within seconds and in little memory; dates in
ASCII digits, after the person's birth and at most a year ahead; no message quoting a
cell; a stray quotation mark named by its line."""

from __future__ import annotations

import io
import os
import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from factories import make_handler
from sqlalchemy import func, select
from vsb_bombs import (
    bomb_xlsx,
    csv_bomb_text,
    deflate_ratio,
    sheet_xml,
    sparse_xlsx,
    workbook_with_sheet,
)

from cumuldesk.cli import main
from cumuldesk.config import ConfigError, ImportLimits, import_limits
from cumuldesk.domain.insz import build_insz
from cumuldesk.errors import BadInput
from cumuldesk.services.vsb.file import FileRow, check_rows, parse_vsb_date, read_vsb_file
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import Role, VsbImport

A = build_insz(date(2006, 5, 20), 117)
TODAY = date(2026, 11, 23)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def refused(path: Path, limits: ImportLimits | None = None) -> tuple[str, float, float]:
    """The one-line message, the seconds and the peak MB (tracemalloc) of the refusal."""
    tracemalloc.start()
    began = time.perf_counter()
    try:
        with pytest.raises(BadInput) as caught:
            read_vsb_file(path, limits=limits)
        seconds = time.perf_counter() - began
        peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert caught.value.exit_code == 2 and "\n" not in message
    return message, seconds, peak


# --- hostile workbooks ------------------------------------------------------------------


def test_a_sparse_workbook_is_refused_at_its_first_far_cell(tmp_path):
    # before: every row padded to 16,384 cells (20,000 rows: 2.8 GB and 34 s)
    path = sparse_xlsx(tmp_path / "sparse.xlsx", rows=2_000)
    message, seconds, peak = refused(path)
    assert "line 2 has a value in column 16,384" in message and "max_columns" in message
    assert seconds < 5 and peak < 50


def test_a_deflate_bomb_is_refused_before_it_is_unpacked(tmp_path):
    # before: 4 million rows read one by one (minutes, gigabytes)
    path = bomb_xlsx(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 1024 * 1024 and deflate_ratio(path) > 300
    message, seconds, peak = refused(path)
    assert "possible zip bomb" in message
    assert seconds < 2 and peak < 20


def test_a_workbook_under_the_packing_checks_stops_at_the_row_bound(tmp_path):
    path = bomb_xlsx(tmp_path / "rows.xlsx", rows=5_000)
    message, seconds, peak = refused(path, ImportLimits(max_rows=1_000))
    assert "more than 1,000 rows (line 1002 is beyond the bound)" in message
    assert seconds < 5 and peak < 20


def test_a_row_far_below_is_refused_by_its_number(tmp_path):
    path = sparse_xlsx(tmp_path / "far.xlsx", rows=0)  # the header, then row 1,048,576
    message, _, _ = refused(path, ImportLimits(max_columns=16_384))
    assert "more than 100,000 rows (line 1048576" in message


def test_empty_formatted_cells_far_right_are_skipped_not_padded(tmp_path):
    path = sparse_xlsx(tmp_path / "styled.xlsx", rows=2_000, far_value=False)
    tracemalloc.start()
    try:
        vsb = read_vsb_file(path)
        peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()
    assert len(vsb.rows) == 2_000 and peak < 30


# --- CSV ------------------------------------------------------------------------------


def test_a_csv_beyond_max_rows_names_the_line(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(csv_bomb_text(101), encoding="utf-8")
    message, _, _ = refused(path, ImportLimits(max_rows=100))
    assert "more than 100 rows (line 102 is beyond the bound)" in message
    assert len(read_vsb_file(path, limits=ImportLimits(max_rows=101)).rows) == 101


def test_a_csv_with_a_value_beyond_max_columns(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(f"INSZ;start;end\n{A};2024-01-01;;;;x\n", encoding="utf-8")
    message, _, _ = refused(path, ImportLimits(max_columns=5))
    assert "line 2 has a value in column 6; at most 5 columns" in message
    # empty cells beyond the bound (a spreadsheet's trailing separators) are fine
    path.write_text(f"INSZ;start;end\n{A};2024-01-01;;;;;;;;;\n", encoding="utf-8")
    assert len(read_vsb_file(path, limits=ImportLimits(max_columns=5)).rows) == 1


def test_a_file_larger_than_max_file_mb(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(csv_bomb_text(50_000), encoding="utf-8")  # 1.3 MB
    message, seconds, _ = refused(path, ImportLimits(max_file_mb=1))
    assert "larger than 1 MB" in message and "max_file_mb" in message and seconds < 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_device_is_not_read(tmp_path):
    fifo = tmp_path / "vsb.csv"
    os.mkfifo(fifo)
    assert "not a regular file" in refused(fifo)[0]


# --- the configuration ----------------------------------------------------------------


def test_the_administrator_sets_the_bounds_in_cumuldesk_toml(tmp_path, monkeypatch):
    monkeypatch.setenv("CUMULDESK_CONFIG_DIR", str(tmp_path))
    assert import_limits() == ImportLimits(20, 100_000, 50)
    config = tmp_path / "cumuldesk.toml"
    config.write_text("[import]\nmax_file_mb = 5\nmax_rows = 300\nmax_columns = 8\n")
    assert import_limits() == ImportLimits(5, 300, 8)
    path = tmp_path / "long.csv"
    path.write_text(csv_bomb_text(301), encoding="utf-8")
    with pytest.raises(BadInput, match="more than 300 rows"):
        read_vsb_file(path)  # the configured bound, not the default
    for text, key in (
        ("max_rows = 0", "max_rows"),
        ("max_rows = true", "max_rows"),
        ('max_file_mb = "20"', "max_file_mb"),
        ("max_columns = 20000", "max_columns"),
        ("max_cells = 3", "max_cells"),
    ):
        config.write_text(f"[import]\n{text}\n")
        with pytest.raises(ConfigError, match=f"\\[import\\] {key}"):
            import_limits()


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2024-03-05", "05/03/2024", "5/3/2024"])
def test_dates_in_other_scripts_digits_are_refused(text):
    assert parse_vsb_date(text) == date(2024, 3, 5)
    with pytest.raises(ValueError):
        parse_vsb_date(text.translate(ARABIC_INDIC))  # int() and \d would take them


def reasons(*rows: FileRow) -> dict[int, str]:
    return {reject.line: reject.reason for reject in check_rows(rows, today=TODAY)[1]}


def test_placeholder_dates_are_rejected_with_their_line():
    # before: all imported, and one person went from 0 to 34 conflict months
    found = reasons(
        FileRow(2, A, "0001-01-01", "", ""),
        FileRow(3, A, "1900-01-01", "2024-01-31", ""),
        FileRow(4, A, "2024-01-01", "9999-12-31", ""),
        FileRow(5, A, "01/01/1900", "", ""),
    )
    assert found == {
        2: "BOB start is before the person's birth (the birth date in the INSZ)",
        3: "BOB start is before the person's birth (the birth date in the INSZ)",
        4: "BOB end is more than a year in the future",
        5: "BOB start is before the person's birth (the birth date in the INSZ)",
    }


def test_the_bounds_of_a_date_are_the_birth_and_a_year_from_today():
    assert not reasons(
        FileRow(2, A, "2006-05-20", "2026-11-23", ""),  # born that day; ends today
        FileRow(3, A, "2027-11-23", "", ""),  # exactly a year ahead
    )
    assert reasons(FileRow(2, A, "2006-05-19", "", ""), FileRow(3, A, "2027-11-24", "", "")) == {
        2: "BOB start is before the person's birth (the birth date in the INSZ)",
        3: "BOB start is more than a year in the future",
    }


def test_an_insz_without_a_full_birth_date_bounds_by_its_birth_year():
    partial = build_insz(None, 5, birth_year=2005)
    assert reasons(
        FileRow(2, partial, "2004-12-31", "", ""), FileRow(3, partial, "2005-01-01", "", "")
    ) == {2: "BOB start is before the person's birth (the birth date in the INSZ)"}


def test_arabic_indic_dates_in_a_file_are_rejected_by_line(tmp_path):
    path = tmp_path / "vsb.csv"
    path.write_text(f"INSZ;start;end\n{A};{'2024-01-01'.translate(ARABIC_INDIC)};\n", "utf-8")
    good, rejects = check_rows(read_vsb_file(path).rows, today=TODAY)
    assert not good and rejects[0].line == 2 and "BOB start is not a date" in rejects[0].reason


# --- messages that never quote a person ------------------------------------------------


def test_a_header_less_file_with_names_never_echoes_them(tmp_path):
    path = tmp_path / "vsb.csv"
    path.write_text(f"Jan Peeters;{A};2024-01-01;\nMarie Dubois;{A};2025-01-01;\n", "utf-8")
    message, _, _ = refused(path)
    assert "Peeters" not in message and "Jan" not in message and A not in message
    assert "the first row holds data" in message
    # a real header that names no INSZ column: the recognised columns, never the others
    path.write_text("Naam;Begin;Einde\nJan Peeters;2024-01-01;\n", "utf-8")
    message, _, _ = refused(path)
    assert "Naam" not in message and "BOB start (column 2), BOB end (column 3)" in message


def test_two_cells_read_as_one_column_are_named_by_number(tmp_path):
    path = tmp_path / "vsb.csv"
    path.write_text("Finn Peeters;INSZ;start;end\n", "utf-8")  # "Finn" reads as "fin"(end)
    message, _, _ = refused(path)
    assert message.endswith(
        "columns 1 and 4 of the header row are both read as BOB end; rename one"
    )
    assert "Finn" not in message


# --- a stray quotation mark -----------------------------------------------------------


def test_a_stray_quote_is_refused_with_the_line_where_merging_began(tmp_path):
    # before: the rest of the file silently became one rejected row
    path = tmp_path / "vsb.csv"
    rows = [f"{A};2024-0{n}-01;2024-0{n}-02;" for n in range(1, 8)]
    rows[2] = f'{A};"2024-03-01;2024-03-02;'
    path.write_text("INSZ;start;end;flag\n" + "\n".join(rows) + "\n", "utf-8")
    message, _, _ = refused(path)
    assert "a quotation mark on line 4 opens a cell that runs to line 8" in message
    assert A not in message


def test_a_quoted_note_over_two_lines_is_still_fine(tmp_path):
    path = tmp_path / "vsb.csv"
    path.write_text(f'INSZ;start;end;note\n{A};2024-01-01;;"two\nlines"\n', "utf-8")
    assert [r.line for r in read_vsb_file(path).rows] == [2]


# --- through the command line: exit 2, nothing imported, nothing written --------------


@pytest.fixture
def import_command(sqlite_central_url, monkeypatch, password_env):
    url = sqlite_central_url
    engine = open_central(url)
    migrate(engine)
    factory = session_factory(engine)
    with factory.begin() as session:
        session.add(make_handler("eva.demo", Role.SUPERVISOR, "Team A"))
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", url)

    def run(capsys, path: Path) -> tuple[int, str, str, int]:
        out = io.StringIO()
        code = main(["import-vsb", str(path), "--user", "eva.demo"], out)
        with factory() as session:
            imported = session.scalar(select(func.count()).select_from(VsbImport)) or 0
        return code, out.getvalue(), capsys.readouterr().err, imported

    yield run
    engine.dispose()


def test_the_command_refuses_each_bad_file_in_one_line(tmp_path, capsys, import_command):
    folder = tmp_path / "files"
    folder.mkdir()
    stray = folder / "stray.csv"
    stray.write_text(f'INSZ;start;end\n{A};"2024-01-01;;\n{A};2025-01-01;;\n', "utf-8")
    names = folder / "names.csv"
    names.write_text(f"Jan Peeters;{A};2024-01-01;\n", "utf-8")
    bad = [
        sparse_xlsx(folder / "sparse.xlsx", rows=2_000),
        bomb_xlsx(folder / "bomb.xlsx"),
        stray,
        names,
    ]
    for path in bad:
        began = time.perf_counter()
        code, out, err, imported = import_command(capsys, path)
        assert (code, out, imported) == (2, "", 0), err
        assert err.count("\n") == 1 and err.startswith(f"cumuldesk: {path.name}: ")
        assert A not in err and "Peeters" not in err
        assert time.perf_counter() - began < 10
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in bad)


def test_the_command_lists_placeholder_dates_as_rejected_lines(tmp_path, capsys, import_command):
    path = tmp_path / "vsb.csv"
    path.write_text(f"INSZ;start;end\n{A};0001-01-01;\n{A};2024-01-01;9999-12-31\n", "utf-8")
    code, out, err, imported = import_command(capsys, path)
    assert (code, imported) == (0, 1), err
    assert "line 2: BOB start is before the person's birth" in out
    assert "line 3: BOB end is more than a year in the future" in out
    rejects = (tmp_path / "vsb.rejects.csv").read_text("utf-8-sig")
    assert "BOB start is before the person's birth" in rejects


def test_stored_empty_rows_count_towards_the_bound(tmp_path):
    sheet = sheet_xml([["INSZ", "start", "end"], [A, "2024-01-01", ""]])
    sheet = sheet.replace("</sheetData>", "<row/>" * 5_000 + "</sheetData>")
    path = workbook_with_sheet(tmp_path / "empty-rows.xlsx", sheet)
    message, _, peak = refused(path, ImportLimits(max_rows=1_000))
    assert "more than 1,000 rows (line 2003" in message and peak < 20


def test_a_shared_strings_part_larger_than_max_file_mb(tmp_path):
    sheet = sheet_xml([["INSZ", "start", "end"]])
    path = workbook_with_sheet(tmp_path / "shared.xlsx", sheet, shared=("x" * 2_000_000,))
    message, _, _ = refused(path, ImportLimits(max_file_mb=1))
    assert "other than a sheet (shared text, styles, ...) unpacks to more than 1 MB" in message


def test_a_workbook_is_known_by_its_content_not_its_name(tmp_path):
    path = sparse_xlsx(tmp_path / "export.dat", rows=3, far_value=False)
    vsb = read_vsb_file(path)
    assert vsb.kind == "xlsx" and [r.line for r in vsb.rows] == [2, 3, 4]
