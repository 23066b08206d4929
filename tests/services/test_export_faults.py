"""Exports and rejects files on a full disk, to a device, interrupted and killed (issue
15, point 2): each writer leaves the earlier file whole or no file at all, names the
path with the documented exit code, and never puts personal data in the system's temp
folder: the sheets stream to a private folder of the data folder (0700), removed on every
path, and swept after a kill -9."""

from __future__ import annotations

import os
import selectors
import signal
import stat
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from disk_faults import full_disk
from openpyxl import load_workbook
from services.test_simulation_export import export, report
from services.test_worklist_export import item

from cumuldesk.errors import BadInput
from cumuldesk.paths import data_dir
from cumuldesk.services.exports.spreadsheets import Column, write_workbook
from cumuldesk.services.exports.worklist import export_worklist
from cumuldesk.services.vsb.file import FileRow, Reject
from cumuldesk.services.vsb.rejects import write_rejects, write_rejects_xlsx
from cumuldesk.storage.files import TEMP_FOLDER, DiskProblem

__all__ = ["full_disk", "report"]

REPO = Path(__file__).resolve().parents[2]
EXPORTED_AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
OLD = b"the export of last week, whole"
INSZ = "06032412345"
ROWS = 5000  # a workbook far larger than the room left on the full disk


def private_leftovers() -> list[Path]:
    folder = data_dir() / TEMP_FOLDER
    return list(folder.iterdir()) if folder.exists() else []


def rejects(count: int) -> list[Reject]:
    return [
        Reject(FileRow(n + 2, f"{INSZ[:-2]}{n % 100:02d}", "2024-01-01", "", ""), "no dossier")
        for n in range(count)
    ]


def writers(report):
    """Each writer of a user-chosen file, as (what it says, how to call it)."""
    return {
        "simulation export": lambda path: export(report, path),
        "work list export": lambda path: export_worklist(
            [item(n) for n in range(1, ROWS)], path, exported_by="An Demo",
            exported_at=EXPORTED_AT, filters_label="All",
        ),
        "rejects workbook": lambda path: write_rejects_xlsx(
            rejects(ROWS), path, exported_by="Eva Demo", exported_at=EXPORTED_AT,
            file_name="vsb.csv",
        ),
        "rejects CSV": lambda path: write_rejects(path, rejects(ROWS)),
    }  # fmt: skip


WHAT = {
    "simulation export": "export",
    "work list export": "export",
    "rejects workbook": "export",
    "rejects CSV": "rejects file",
}


@pytest.mark.parametrize("writer", list(WHAT))
def test_on_a_full_disk_each_writer_fails_naming_the_path_and_the_old_file_stays(
    full_disk, report, writer
):
    name = "rejects.csv" if writer == "rejects CSV" else "export.xlsx"
    target = full_disk.folder / name
    target.write_bytes(OLD)
    full_disk.fill(keep=8192)
    with pytest.raises(DiskProblem) as caught:
        writers(report)[writer](target)
    assert caught.value.exit_code == 5
    assert str(caught.value).startswith(
        f"the {WHAT[writer]} {target} was not written: the disk is full"
    ), full_disk.how
    assert target.read_bytes() == OLD  # never truncated
    assert full_disk.leftovers() == [name]  # no temporary file
    assert private_leftovers() == []
    full_disk.empty()
    writers(report)[writer](target)
    assert target.read_bytes() != OLD and stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("writer", list(WHAT))
def test_a_link_to_dev_full_is_refused_before_the_work(tmp_path, report, writer):
    name = "rejects.csv" if writer == "rejects CSV" else "export.xlsx"
    link = tmp_path / name
    link.symlink_to("/dev/full")
    with pytest.raises(BadInput) as caught:
        writers(report)[writer](link)
    assert caught.value.exit_code == 2
    assert str(caught.value) == (
        f"the {WHAT[writer]} {link} is not a regular file (a device or another special "
        "file); give a file name"
    )
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode) and link.is_symlink()


def test_the_sheets_never_go_to_the_system_temp_folder_and_go_on_ctrl_c(tmp_path, monkeypatch):
    """openpyxl streams a sheet to a file in the system's temp folder: a killed export left
    18 MB of INSZ numbers there. Now it is a private folder of the data folder."""
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    private = data_dir() / TEMP_FOLDER
    seen: list[tuple[list[str], list[str], int, bytes]] = []

    def rows():
        for n in range(3000):
            if n == 2000:  # streamed to disk by now
                [sheet] = private.glob("*/*")
                mode = stat.S_IMODE(sheet.parent.stat().st_mode)
                seen.append((os.listdir(system_temp), sheet.name, mode, sheet.read_bytes()))
                raise KeyboardInterrupt
            yield [INSZ, date(2024, 1, 1), n]

    target = tmp_path / "rejects.xlsx"
    with pytest.raises(KeyboardInterrupt):
        write_workbook(
            target, title="t", exported_by="x", exported_at=EXPORTED_AT,
            description_lines=[], columns=[Column("INSZ"), Column("start", "date"),
                                           Column("n", "int")], rows=rows(),
        )  # fmt: skip
    [(in_system_temp, sheet, mode, content)] = seen
    assert in_system_temp == []
    assert sheet.startswith("sheet-") and mode == 0o700 and INSZ.encode() in content
    assert not target.exists() and list(private.iterdir()) == []
    assert os.listdir(system_temp) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        "system-temp"
    ]


CHILD = """
import sys, time
from datetime import UTC, datetime
from cumuldesk.services.exports.spreadsheets import Column, write_workbook

def rows():
    for n in range(100000):
        if n == 3000:
            print("READY", flush=True)
            time.sleep(120)
        yield ["{insz}", n]

write_workbook(sys.argv[1], title="t", exported_by="x", exported_at=datetime.now(UTC),
               description_lines=[], columns=[Column("INSZ"), Column("n", "int")], rows=rows())
"""


def test_a_killed_export_leaves_its_sheet_only_in_the_private_folder_until_the_next(tmp_path):
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    env = {**os.environ, "TMPDIR": str(system_temp), "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(insz=INSZ), str(tmp_path / "out.xlsx")],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            assert selector.select(timeout=60), "the child did not reach its kill point"
        assert child.stdout.readline().strip() == "READY"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert os.listdir(system_temp) == []  # never there, so nothing left there
    private = data_dir() / TEMP_FOLDER
    [left] = list(private.iterdir())
    assert stat.S_IMODE(left.stat().st_mode) == 0o700
    assert INSZ.encode() in next(left.glob("sheet-*")).read_bytes()
    assert not (tmp_path / "out.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.xlsx")] == []
    # the next export (any process) removes what the killed one left
    write_workbook(
        tmp_path / "next.xlsx", title="t", exported_by="x", exported_at=EXPORTED_AT,
        description_lines=[], columns=[Column("n", "int")], rows=[[1]],
    )  # fmt: skip
    assert list(private.iterdir()) == []
    assert load_workbook(tmp_path / "next.xlsx").active is not None
