"""Files written whole or not at all, and temporary files kept private. No Qt.

`atomic_file(path)` (and `write_atomic(path, data)`): the bytes go to a temporary file in
the target's folder (mode 0600), which is flushed and fsynced, renamed over the target,
and the folder fsynced: the target holds the old file or the new one, never half of one.
The temporary file is removed on every path (an error, Ctrl+C). A write error is a
message that names the path: `DiskProblem` (exit code 5) when the disk is full, failing
or read-only; `BadInput` (exit code 2) when the target cannot be a file written there (a
folder, a device such as /dev/full, a missing folder, no permission). `check_target` says
the latter before any work is done.

`write_new(path, data)`: the same for a file that must never replace another one (a key,
a signed checkpoint): BadInput when the name is taken.

`private_temp_dir()`: a folder only its owner can open (0700) in the data folder, for the
temporary files that hold personal data (never the system's shared temp folder); removed
on every path, and whatever a killed process left there is removed the next time one is
made.

`local_disk_error(exc, ...)`: the error to report when `exc` is a local disk error
(SQLite's "database or disk is full" or "disk I/O error", an OSError ENOSPC or EIO), or
None: the sync tells a full laptop disk from a central database that cannot be reached.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cumuldesk.errors import BadInput, CumulDeskError, Unavailable
from cumuldesk.paths import data_dir

TEMP_FOLDER = "tmp"  # in the data folder
STALE_AFTER = 24 * 3600.0  # seconds: a leftover whose owner cannot be checked (Windows)

# errno -> what it means for the user: a problem of the disk itself (exit code 5)
DISK_ERRORS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EIO: "the disk reported an input/output error",
    errno.EROFS: "the disk is read-only",
    errno.EFBIG: "the file is too large for the disk",
}
_NO_FOLDER = (errno.ENOENT, errno.ENOTDIR)
_NO_PERMISSION = (errno.EACCES, errno.EPERM)
_BAD_NAME = (errno.ENAMETOOLONG, errno.EINVAL, errno.EISDIR, errno.ENXIO, errno.ENODEV, errno.ELOOP)
_SQLITE_DISK = {"database or disk is full": errno.ENOSPC, "disk i/o error": errno.EIO}


class DiskProblem(Unavailable):
    """A file could not be written: the disk is full, failing or read-only (exit code 5).
    Nothing was lost: the file is unchanged."""


def _named(path: str | os.PathLike[str]) -> str:
    return os.fspath(path)


def write_error(exc: OSError, path: str | os.PathLike[str], what: str = "file") -> CumulDeskError:
    """The error to report for `exc`, raised while writing `path` (the path named)."""
    name = _named(path)
    reason = exc.strerror or type(exc).__name__
    code = exc.errno
    if code in DISK_ERRORS:
        return DiskProblem(
            f"the {what} {name} was not written: {DISK_ERRORS[code]} ({reason}); "
            "any earlier file there is unchanged"
        )
    if code in _NO_PERMISSION:
        return BadInput(
            f"the {what} {name} was not written: permission denied (choose another folder, "
            "or close the file if another program has it open)"
        )
    if code in _NO_FOLDER:
        return BadInput(f"the {what} {name} was not written: its folder does not exist")
    if code in _BAD_NAME:
        return BadInput(
            f"the {what} {name} was not written: not a file name that can be written there "
            f"({reason})"
        )
    return DiskProblem(
        f"the {what} {name} was not written: a disk or input/output problem ({reason}); "
        "any earlier file there is unchanged"
    )


def _read_only(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def check_target(path: str | os.PathLike[str], what: str = "file") -> Path:
    """The file to write for `path` (a link is followed to its file); BadInput (exit code
    2) when no file can be written there, DiskProblem (exit code 5) when its disk is
    read-only. Called before the work, so that a bad path costs nothing."""
    try:
        return _checked(path, what)
    except OSError as exc:  # a folder on the way that cannot be read, a link loop, ...
        raise write_error(exc, path, what) from None


def _checked(path: str | os.PathLike[str], what: str) -> Path:
    name = _named(path)
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.is_dir():
        raise BadInput(f"the {what} {name} is a folder; give a file name")
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        raise BadInput(
            f"the {what} {name} is not a regular file (a device or another special file); "
            "give a file name"
        )
    folder = target.parent
    if not folder.is_dir():
        raise BadInput(f"the {what} {name} cannot be written: the folder {folder} does not exist")
    if _read_only(folder):
        raise DiskProblem(f"the {what} {name} cannot be written: the disk is read-only")
    if not os.access(folder, os.W_OK | os.X_OK) or (
        target.exists() and not os.access(target, os.W_OK)
    ):
        raise BadInput(f"the {what} {name} cannot be written there (permission denied)")
    return target


def _open_for_writing(handle: int, path: Path) -> BinaryIO:
    """The stream over a new temporary file (the fault tests put a full disk here when
    they cannot mount a small one)."""
    del path
    return os.fdopen(handle, "wb")


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows cannot open a folder for this)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(descriptor)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def atomic_file(
    path: str | os.PathLike[str], *, what: str = "file", mode: int = 0o600
) -> Iterator[BinaryIO]:
    """A binary stream whose bytes replace the file `path` when the block ends without an
    error (see the module text); on any error or Ctrl+C the target is unchanged and the
    temporary file gone. An OSError becomes DiskProblem or BadInput naming `path`."""
    target = check_target(path, what)
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name[:80]}.", suffix=".part", dir=target.parent
        )
        temporary = Path(name)
        with _open_for_writing(handle, temporary) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if mode != 0o600:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
        temporary = None
        _sync_folder(target.parent)
    except OSError as exc:
        raise write_error(exc, path, what) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def write_atomic(
    path: str | os.PathLike[str], data: bytes, *, what: str = "file", mode: int = 0o600
) -> None:
    """Write `data` to `path` whole or not at all (see `atomic_file`)."""
    with atomic_file(path, what=what, mode=mode) as stream:
        stream.write(data)


def _exists_already(name: str, what: str) -> BadInput:
    return BadInput(f"{name} exists already: a {what} is never overwritten (choose another name)")


def _place_new(temporary: Path, target: Path) -> None:
    """Give the finished temporary file the target's name, never over an existing file:
    a hard link (POSIX; FileExistsError when the name is taken), a rename on Windows
    (which never replaces); where links are not supported, a rename after a check."""
    if os.name == "nt":
        os.rename(temporary, target)
        return
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(temporary, target)
        return
    with contextlib.suppress(OSError):
        temporary.unlink()


def write_new(
    path: str | os.PathLike[str], data: bytes, *, what: str = "file", mode: int = 0o600
) -> None:
    """Write a new file whole or not at all, never over an existing one (BadInput when
    the name is taken). Errors as `atomic_file`."""
    name = _named(path)
    target = Path(path)
    if os.path.lexists(target):
        raise _exists_already(name, what)
    check_target(path, what)
    temporary: Path | None = None
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{target.name[:80]}.", suffix=".part", dir=target.parent
        )
        temporary = Path(temporary_name)
        with _open_for_writing(handle, temporary) as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)  # whatever the umask
        try:
            _place_new(temporary, target)
        except FileExistsError:
            raise _exists_already(name, what) from None
        temporary = None
        _sync_folder(target.parent)
    except OSError as exc:
        raise write_error(exc, path, what) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


# ---------------------------------------------------------------- private temporary files


def _owner_gone(entry: Path) -> bool:
    """Whether the process that made this temporary folder (its pid starts the name) is
    no longer running; on Windows (no safe check) when it is older than a day."""
    pid_text = entry.name.split("-", 1)[0]
    if os.name != "nt" and pid_text.isdigit():
        pid = int(pid_text)
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False  # it runs (as someone else)
        return False
    try:
        return time.time() - entry.stat().st_mtime > STALE_AFTER
    except OSError:
        return False


def sweep_temp_folders(root: Path | None = None) -> int:
    """Remove what killed processes left in the private temporary folder; returns how
    many folders were removed."""
    root = root or data_dir() / TEMP_FOLDER
    removed = 0
    with contextlib.suppress(OSError):
        for entry in root.iterdir():
            if _owner_gone(entry):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
                removed += 1
    return removed


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt" and stat.S_IMODE(folder.stat().st_mode) != 0o700:
        os.chmod(folder, 0o700)


@contextlib.contextmanager
def private_temp_dir(purpose: str = "work") -> Iterator[Path]:
    """A new folder only its owner can open, in the data folder; removed with all it holds
    when the block ends, however it ends. A killed process's folder is removed the next
    time one is made (`sweep_temp_folders`)."""
    root = data_dir() / TEMP_FOLDER
    try:
        _private_folder(root.parent)
        _private_folder(root)
        sweep_temp_folders(root)
        folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-{purpose}-", dir=root))
    except OSError as exc:
        raise write_error(exc, root, "temporary folder") from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ------------------------------------------------------------------- local disk errors


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [getattr(item, "orig", None), item.__cause__, item.__context__]


def local_disk_problem(exc: BaseException) -> tuple[int, str] | None:
    """(errno, the system's words) when `exc` is, or was caused by, a local disk error:
    an OSError of the disk (ENOSPC, EIO, ...) or SQLite's "database or disk is full" /
    "disk I/O error" (a file database: the cache, an embedded central database). A
    PostgreSQL server's own full disk is not local and gives None."""
    for item in _chain(exc):
        if isinstance(item, OSError) and item.errno in DISK_ERRORS:
            return item.errno, item.strerror or type(item).__name__
        module = type(item).__module__.split(".")[0]
        if module in ("sqlite3", "sqlcipher3", "pysqlite3"):
            text = str(item).strip()
            for words, code in _SQLITE_DISK.items():
                if text.lower().startswith(words):
                    return code, text[: len(words)]  # SQLite's words, not a query
    return None


_LOCAL = {
    errno.ENOSPC: ("the local disk is full", "free some space"),
    errno.EDQUOT: ("the local disk quota is used up", "free some space"),
    errno.EIO: ("the local disk reported an input/output error", "check the disk"),
    errno.EROFS: ("the local disk is read-only", "check the disk"),
    errno.EFBIG: ("a local file is too large for its disk", "free some space"),
}


def local_disk_error(
    exc: BaseException, stopped: str, again: str, after: str
) -> DiskProblem | None:
    """The DiskProblem (exit code 5) to report for `exc` when it is a local disk error
    (see `local_disk_problem`), else None. `stopped`: what stopped ("the sync stopped");
    `again`: what to do once the disk is mended ("sync again"); `after`: what became of
    the work ("nothing was lost")."""
    found = local_disk_problem(exc)
    if found is None:
        return None
    code, words = found
    what, advice = _LOCAL[code]
    return DiskProblem(f"{stopped}: {what} ({words}); {advice}, then {again}; {after}")
