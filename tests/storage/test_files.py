"""storage.files: a file is written whole or not at all, a write error names the path
with the documented exit code (5: the disk; 2: a path where no file can be written),
temporary files stay in private folders and go on every path, and a local disk error is
recognised as such (issue 15, point 2)."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from disk_faults import full_disk
from sqlalchemy.exc import OperationalError

from cumuldesk.errors import BadInput
from cumuldesk.paths import data_dir
from cumuldesk.storage import files
from cumuldesk.storage.files import (
    DiskProblem,
    atomic_file,
    local_disk_error,
    local_disk_problem,
    private_temp_dir,
    sweep_temp_folders,
    write_atomic,
    write_new,
)

__all__ = ["full_disk"]

OLD = b"the earlier version, whole\n"
BIG = os.urandom(200 * 1024)  # does not compress: a real disk needs the room


def test_a_file_is_replaced_whole_and_private(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(OLD)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]
    write_atomic(target, b"public", mode=0o644)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_full_disk_is_exit_5_naming_the_path_and_the_old_file_stays(full_disk):
    target = full_disk.folder / "letter.pdf"
    target.write_bytes(OLD)
    full_disk.fill(keep=8192)
    with pytest.raises(DiskProblem) as caught:
        write_atomic(target, BIG, what="letter PDF")
    message = str(caught.value)
    assert caught.value.exit_code == 5, full_disk.how
    assert f"the letter PDF {target} was not written: the disk is full" in message
    assert target.read_bytes() == OLD  # never truncated
    assert full_disk.leftovers() == ["letter.pdf"]  # no temporary file left
    full_disk.empty()
    write_atomic(target, BIG)
    assert target.read_bytes() == BIG


def test_dev_full_is_refused_and_left_alone():
    before = sorted(os.listdir("/dev"))
    with pytest.raises(BadInput) as caught:
        write_atomic("/dev/full", b"x", what="letter PDF")
    assert caught.value.exit_code == 2
    assert str(caught.value).startswith("the letter PDF /dev/full is not a regular file")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert sorted(os.listdir("/dev")) == before


def test_paths_where_no_file_can_be_written_are_exit_2(tmp_path):
    with pytest.raises(BadInput, match=f"the export {tmp_path} is a folder"):
        write_atomic(tmp_path, b"x", what="export")
    missing = tmp_path / "no such folder" / "x.xlsx"
    with pytest.raises(BadInput, match="the folder .* does not exist") as caught:
        write_atomic(missing, b"x", what="export")
    assert str(missing) in str(caught.value) and caught.value.exit_code == 2
    assert not missing.parent.exists()


@pytest.mark.parametrize(
    ("step", "code", "exit_code", "words"),
    [
        ("fsync", errno.EIO, 5, "the disk reported an input/output error"),
        ("replace", errno.EROFS, 5, "the disk is read-only"),
        ("replace", errno.EDQUOT, 5, "the disk quota is used up"),
        ("replace", errno.EACCES, 2, "permission denied"),
    ],
)
def test_each_write_error_is_said_with_its_exit_code(
    tmp_path, monkeypatch, step, code, exit_code, words
):
    target = tmp_path / "rejects.csv"
    target.write_bytes(OLD)

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, step, fail)
    with pytest.raises((DiskProblem, BadInput)) as caught:
        write_atomic(target, b"new", what="rejects file")
    monkeypatch.undo()
    assert caught.value.exit_code == exit_code
    assert str(caught.value).startswith(f"the rejects file {target} was not written: {words}")
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rejects.csv"]


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, RuntimeError])
def test_ctrl_c_or_an_error_inside_leaves_the_old_file_and_no_temporary(tmp_path, interruption):
    target = tmp_path / "export.xlsx"
    target.write_bytes(OLD)
    with pytest.raises(interruption), atomic_file(target) as stream:
        stream.write(b"half")
        raise interruption()
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.xlsx"]


def test_a_new_file_is_never_written_over_one_and_a_full_disk_blocks_no_retry(full_disk):
    target = full_disk.folder / "checkpoint.json"
    full_disk.fill(keep=4096)
    with pytest.raises(DiskProblem, match=f"the checkpoint file {target} was not written"):
        write_new(target, BIG, what="checkpoint file", mode=0o644)
    assert not target.exists() and full_disk.leftovers() == []  # so a retry can work
    full_disk.empty()
    write_new(target, BIG, what="checkpoint file", mode=0o644)
    assert target.read_bytes() == BIG and stat.S_IMODE(target.stat().st_mode) == 0o644
    with pytest.raises(BadInput, match="exists already: a checkpoint file is never overwritten"):
        write_new(target, b"other", what="checkpoint file")
    assert target.read_bytes() == BIG


# ------------------------------------------------------------- private temporary files


def test_temporary_folders_are_private_and_go_on_every_path():
    root = data_dir() / files.TEMP_FOLDER
    with private_temp_dir("export") as folder:
        assert folder.parent == root
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(root.stat().st_mode) == 0o700
        (folder / "sheet.xml").write_text("personal data")
    assert not folder.exists()
    for interruption in (KeyboardInterrupt, ValueError):
        with pytest.raises(interruption), private_temp_dir() as folder:
            (folder / "sheet.xml").write_text("personal data")
            raise interruption()
        assert not folder.exists()
    assert list(root.iterdir()) == []


def test_what_a_killed_process_left_is_swept_the_next_time():
    root = data_dir() / files.TEMP_FOLDER
    code = (
        "import os, sys, time\n"
        "from cumuldesk.storage.files import private_temp_dir\n"
        "with private_temp_dir('export') as folder:\n"
        "    (folder / 'sheet.xml').write_text('personal data')\n"
        "    print(folder, flush=True)\n"
        "    time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    left = Path(child.stdout.readline().strip())
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (left / "sheet.xml").exists()  # kill -9: nothing can run
    living = root / f"{os.getppid()}-export-kept"  # a running process's folder stays
    living.mkdir()
    with private_temp_dir():
        assert not left.exists() and living.exists()
    assert sweep_temp_folders() == 0 and living.exists()


# ------------------------------------------------------------------ local disk errors


def test_a_local_disk_error_is_recognised_and_a_server_s_is_not(full_disk):
    if full_disk.real:  # SQLite's own words on a really full disk
        database = sqlite3.connect(full_disk.folder / "cache.sqlite")
        database.execute("CREATE TABLE t (b BLOB)")
        database.commit()
        full_disk.fill()
        with pytest.raises(sqlite3.OperationalError) as caught:
            database.execute("INSERT INTO t VALUES (?)", (BIG,))
            database.commit()
        database.close()
        raw: Exception = caught.value
    else:
        raw = sqlite3.OperationalError("database or disk is full")
    wrapped = OperationalError("INSERT INTO t", {}, raw)
    assert local_disk_problem(wrapped) == (errno.ENOSPC, "database or disk is full")
    problem = local_disk_error(wrapped, "the sync stopped", "sync again", "nothing was lost")
    assert isinstance(problem, DiskProblem) and problem.exit_code == 5
    assert str(problem) == (
        "the sync stopped: the local disk is full (database or disk is full); free some "
        "space, then sync again; nothing was lost"
    )
    io_error = OperationalError("SELECT", {}, sqlite3.OperationalError("disk I/O error"))
    assert local_disk_problem(io_error) == (errno.EIO, "disk I/O error")
    assert local_disk_problem(OSError(errno.ENOSPC, "No space left on device"))[0] == 28
    # said within another error (raised while handling it) still counts
    try:
        try:
            raise wrapped
        except OperationalError:
            raise RuntimeError("the push stopped") from None
    except RuntimeError as outer:
        assert local_disk_problem(outer) is not None
    # the central server's own full disk, a lost connection: not the local disk
    import psycopg.errors

    assert local_disk_problem(psycopg.errors.DiskFull("could not extend file")) is None
    lost = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    assert local_disk_problem(lost) is None
    assert local_disk_problem(ConnectionResetError(errno.ECONNRESET, "reset")) is None
