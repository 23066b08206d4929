"""Reading the VSB file (CSV, XLSX, headers, dates, flags) and checking each row."""

from __future__ import annotations

import csv
import os
import stat
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from cumuldesk.domain.insz import build_insz, format_insz
from cumuldesk.errors import BadInput
from cumuldesk.services.vsb.file import (
    Column,
    FileRow,
    Reject,
    check_rows,
    column_of,
    parse_flag,
    parse_vsb_date,
    read_vsb_file,
)
from cumuldesk.services.vsb.rejects import default_rejects_path, write_rejects

A = build_insz(date(2006, 5, 20), 117)
B = build_insz(date(2005, 11, 3), 42)


def write(tmp_path: Path, text: str, name: str = "vsb.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(tmp_path: Path, rows: list[list[object]], name: str = "vsb.xlsx") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def cells(path: Path) -> list[tuple[int, str, str, str, str]]:
    return [(r.line, r.insz, r.start, r.end, r.flag) for r in read_vsb_file(path).rows]


# --- reading ---------------------------------------------------------------------------


@pytest.mark.parametrize("separator", [",", ";"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_csv_with_comma_or_semicolon_with_or_without_bom(tmp_path, separator, bom, newline):
    text = newline.join(
        [
            separator.join(["INSZ", "start", "end", "voluntary_switch"]),
            separator.join([A, "2024-01-01", "2024-06-30", "1"]),
            separator.join([B, "01/02/2024", "", ""]),
        ]
    )
    vsb = read_vsb_file(write(tmp_path, bom + text + newline))
    assert vsb.kind == "csv" and vsb.has_header
    assert [(r.line, r.insz, r.start, r.end, r.flag) for r in vsb.rows] == [
        (2, A, "2024-01-01", "2024-06-30", "1"),
        (3, B, "01/02/2024", "", ""),
    ]


def test_the_file_hash_is_the_sha256_of_its_bytes(tmp_path):
    import hashlib

    path = write(tmp_path, f"INSZ;start;end\n{A};2024-01-01;\n")
    assert read_vsb_file(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_line_numbers_count_as_the_user_sees_the_file(tmp_path):
    text = (
        "INSZ,start,end,note\n"  # line 1
        f"{A},2024-01-01,,x\n"  # line 2
        "\n"  # line 3: blank, not a row
        f'{B},2024-01-01,,"two\nlines"\n'  # lines 4-5
        f"{A},2025-01-01,,\n"  # line 6
    )
    assert [row[0] for row in cells(write(tmp_path, text))] == [2, 4, 6]


def test_the_columns_may_come_in_any_order_and_extra_columns_are_ignored(tmp_path):
    text = (
        "Naam;Einddatum;Vrijwillige overstap;Rijksregisternummer;Begindatum\n"
        f"X;;ja;{A};2024-01-01\n"
    )
    assert cells(write(tmp_path, text)) == [(2, A, "2024-01-01", "", "ja")]


def test_without_header_the_columns_are_insz_start_end_flag(tmp_path):
    text = f"{A};2024-01-01;2024-03-31;0\n{B};2024-02-01;\n"
    vsb = read_vsb_file(write(tmp_path, text))
    assert not vsb.has_header
    assert [(r.line, r.insz, r.end, r.flag) for r in vsb.rows] == [
        (1, A, "2024-03-31", "0"),
        (2, B, "", ""),
    ]


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("INSZ", Column.INSZ),
        ("NISS", Column.INSZ),
        ("SSN", Column.INSZ),
        ("Rijksregisternummer", Column.INSZ),
        ("numéro national", Column.INSZ),
        ("insz_nummer", Column.INSZ),
        ("start", Column.START),
        ("BOB start", Column.START),
        ("begin", Column.START),
        ("Startdatum", Column.START),
        ("Begindatum BOB", Column.START),
        ("début", Column.START),
        ("Date de début", Column.START),
        ("start_date", Column.START),
        ("end", Column.END),
        ("BOB end", Column.END),
        ("einde", Column.END),
        ("Einddatum", Column.END),
        ("fin", Column.END),
        ("date de fin", Column.END),
        ("end_date", Column.END),
        ("voluntary_switch", Column.FLAG),
        ("Voluntary switch", Column.FLAG),
        ("vrijwillig", Column.FLAG),
        ("Vrijwillige overstap", Column.FLAG),
        ("volontaire", Column.FLAG),
        ("Passage volontaire", Column.FLAG),
        ("Naam", None),
        ("Remarque", None),
    ],
)
def test_tolerant_header_names(header, column):
    assert column_of(header) is column


def test_xlsx_with_date_cells_text_dates_and_boolean_flags(tmp_path):
    path = write_xlsx(
        tmp_path,
        [
            ["NISS", "Début", "Fin", "Volontaire"],
            [A, datetime(2024, 1, 1), date(2024, 6, 30), True],
            [B, "01/02/2024", None, "non"],
            [],
            [A, "2024-09-01", "", 0],
        ],
    )
    vsb = read_vsb_file(path)
    assert vsb.kind == "xlsx" and vsb.has_header
    assert [(r.line, r.insz, r.start, r.end, r.flag) for r in vsb.rows] == [
        (2, A, "2024-01-01", "2024-06-30", "1"),
        (3, B, "01/02/2024", "", "non"),
        (5, A, "2024-09-01", "", "0"),
    ]
    good, rejects = check_rows(vsb.rows)
    assert not rejects
    assert [(r.start, r.end, r.voluntary_switch) for r in good] == [
        (date(2024, 1, 1), date(2024, 6, 30), True),
        (date(2024, 2, 1), None, False),
        (date(2024, 9, 1), None, False),
    ]


def test_an_insz_stored_as_a_number_in_xlsx_is_rejected_with_the_lost_zero_hint(tmp_path):
    number = build_insz(date(2004, 3, 2), 11)  # starts with 0
    path = write_xlsx(tmp_path, [["INSZ", "start", "end"], [int(number), date(2024, 1, 1), None]])
    good, rejects = check_rows(read_vsb_file(path).rows)
    assert not good
    assert "leading zero may have been lost" in rejects[0].reason


# --- files that cannot be used ---------------------------------------------------------


def unusable(path: Path) -> str:
    with pytest.raises(BadInput) as caught:
        read_vsb_file(path)
    assert caught.value.exit_code == 2
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_missing_file(tmp_path):
    assert "no such file" in unusable(tmp_path / "nothere.csv")


def test_a_folder(tmp_path):
    assert "folder" in unusable(tmp_path)


def test_binary_garbage(tmp_path):
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 4)
    assert "not a CSV" in unusable(path)


def test_text_that_is_not_utf8(tmp_path):
    path = write(tmp_path, f"INSZ;début;fin\n{A};2024-01-01;\n", encoding="cp1252")
    assert "UTF-8" in unusable(path)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "vsb.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "not a readable XLSX file" in unusable(path)


def test_the_old_xls_format(tmp_path):
    path = tmp_path / "vsb.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert ".xls" in unusable(path)


def test_no_insz_column(tmp_path):
    message = unusable(write(tmp_path, "Naam;start;end\nX;2024-01-01;\n"))
    assert "no INSZ column" in message and "BOB start (column 2)" in message
    assert "Naam" not in message  # no cell is quoted: it may be a name (see test_vsb_bounds)


def test_no_end_column(tmp_path):
    assert "no BOB end column" in unusable(write(tmp_path, f"INSZ;start\n{A};2024-01-01\n"))


def test_an_empty_file(tmp_path):
    assert "no INSZ column" in unusable(write(tmp_path, ""))


def test_two_columns_for_the_same_thing(tmp_path):
    message = unusable(write(tmp_path, "INSZ;NISS;start;end\n"))
    assert "columns 1 and 2 of the header row are both read as INSZ" in message


def test_the_no_insz_column_message_never_echoes_a_data_row(tmp_path):
    # a first data row with a letter in it is taken for a header: its numbers stay out
    message = unusable(write(tmp_path, f"x{A};2024-01-01;\n"))
    assert A not in message and "2024" not in message


# --- checking rows ---------------------------------------------------------------------


def row(line: int, insz: str = A, start: str = "2024-01-01", end: str = "", flag: str = ""):
    return FileRow(line, insz, start, end, flag)


def reasons(*rows: FileRow) -> dict[int, str]:
    return {reject.line: reject.reason for reject in check_rows(rows)[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("05/03/2024", date(2024, 3, 5)),
        ("5/3/2024", date(2024, 3, 5)),
        (" 2024-03-05 ", date(2024, 3, 5)),
    ],
)
def test_both_date_formats(text, expected):
    assert parse_vsb_date(text) == expected


@pytest.mark.parametrize("text", ["2024-02-30", "31/04/2024", "03-05-2024", "2024/03/05", "x"])
def test_impossible_or_other_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_vsb_date(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1", True),
        ("true", True),
        ("TRUE", True),
        ("ja", True),
        ("oui", True),
        ("yes", True),
        ("0", False),
        ("false", False),
        ("nee", False),
        ("non", False),
        ("no", False),
        ("", False),
        ("  ", False),
    ],
)
def test_flags(text, value):
    assert parse_flag(text) is value


def test_an_empty_end_is_an_open_period():
    good, _ = check_rows([row(2, end=""), row(3, insz=B, end="30/06/2024")])
    assert [r.end for r in good] == [None, date(2024, 6, 30)]


def test_formatted_insz_is_accepted_as_the_same_person():
    good, rejects = check_rows([row(2, insz=format_insz(A))])
    assert not rejects and good[0].insz == A


def test_invalid_insz_says_why_without_the_number():
    wrong = A[:-1] + str((int(A[-1]) + 1) % 10)
    reason = reasons(row(2), row(7, insz=wrong))[7]
    assert reason.startswith("invalid INSZ: the check digits")
    assert wrong not in reason and wrong[:6] not in reason


def test_each_date_problem_names_its_column():
    found = reasons(
        row(2, start=""),
        row(3, start="2024-13-01"),
        row(4, end="tomorrow"),
        row(5, start="2024-06-01", end="2024-05-31"),
    )
    assert found == {
        2: "BOB start is empty",
        3: "BOB start is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
        4: "BOB end is not a date (expected YYYY-MM-DD or DD/MM/YYYY, or empty)",
        5: "BOB end is before BOB start",
    }


def test_a_one_day_period_is_fine():
    assert not reasons(row(2, start="2024-06-01", end="01/06/2024"))


def test_an_unknown_flag_is_rejected():
    assert "flag is not understood" in reasons(row(9, flag="maybe"))[9]


def test_several_problems_of_one_row_are_all_named():
    reason = reasons(row(4, insz="", start="x", flag="?"))[4]
    assert reason.count(";") == 2 and "invalid INSZ" in reason and "BOB start" in reason


def test_a_duplicate_row_names_the_earlier_line():
    found = reasons(
        row(2),
        row(3, insz=B),
        row(4, insz=format_insz(A), start="01/01/2024"),  # the same row written differently
        row(5, end="2024-12-31"),  # not a duplicate (an overlap, checked by the import)
    )
    assert found == {4: "duplicate row: the same as line 2"}


# --- the rejects file ------------------------------------------------------------------


def test_the_rejects_file_is_for_excel_and_private(tmp_path):
    path = default_rejects_path(tmp_path / "vsb-2026-03.csv")
    assert path == tmp_path / "vsb-2026-03.rejects.csv"
    path.write_text("old content")
    os.chmod(path, 0o644)
    write_rejects(
        path,
        [
            Reject(FileRow(9, "=HYPERLINK(1)", "x", "", "maybe"), "later line; with semicolon"),
            Reject(FileRow(3, A, "2024-01-01", "", ""), "no dossier"),
        ],
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream, delimiter=";"))
    assert table == [
        ["line", "INSZ", "start", "end", "flag", "reason"],
        ["3", A, "2024-01-01", "", "", "no dossier"],
        ["9", "'=HYPERLINK(1)", "x", "", "maybe", "later line; with semicolon"],
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rejects-")]
