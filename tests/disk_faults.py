"""A full disk for the fault tests (issue 15).

`full_disk` is a folder on a small tmpfs mounted for the test where this machine allows
it (root, and `mount -t tmpfs` permitted: a CI container may refuse it). Where it does
not, the same folder with "no space left on device" injected into every file CumulDesk
writes there through `storage.files` (its one place that opens a file for writing). The
fixture never skips: it runs as "tmpfs" and as "injected" (the first falls back to the
second), so both the real kernel error and the injected one are exercised here.

`disk.fill(keep)` leaves about `keep` bytes free (the real disk counts whole pages);
`disk.empty()` frees the space again.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cumuldesk.storage import files

DISK_BYTES = 1024 * 1024
PAGE = 4096


def _mount(folder: Path) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    done = subprocess.run(["umount", str(folder)], capture_output=True, check=False)
    if done.returncode != 0:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


class _Limited(io.RawIOBase):
    """A file that takes bytes while the injected disk has room, then fails like a full
    one (what fitted is written, as the kernel does)."""

    def __init__(self, raw: io.FileIO, disk: FullDisk) -> None:
        super().__init__()
        self.raw = raw
        self.disk = disk

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self.raw.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()

    def fileno(self) -> int:
        return self.raw.fileno()

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        size = len(data)
        free = self.disk.free
        if free is not None and size > free:
            if free:
                self.raw.write(bytes(data[:free]))
            self.disk.free = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        if free is not None:
            self.disk.free = free - size
        return self.raw.write(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


class FullDisk:
    def __init__(self, folder: Path, real: bool, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = folder
        self.real = real
        self.free: int | None = None  # injected: bytes left (None: not full)
        self.filler = folder / ".filler"
        if not real:
            opened = files._open_for_writing

            def open_for_writing(handle: int, path: Path):  # type: ignore[no-untyped-def]
                if self.free is None or folder not in Path(path).parents:
                    return opened(handle, path)
                return io.BufferedWriter(_Limited(io.FileIO(handle, "wb"), self))

            monkeypatch.setattr(files, "_open_for_writing", open_for_writing)

    @property
    def how(self) -> str:
        return "tmpfs" if self.real else "injected"

    def fill(self, keep: int = 0) -> None:
        """Leave about `keep` bytes free."""
        if not self.real:
            self.free = keep
            return
        descriptor = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            while True:
                os.write(descriptor, b"\0" * PAGE)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        finally:
            os.close(descriptor)
        if keep:
            size = self.filler.stat().st_size
            os.truncate(self.filler, max(0, size - -(-keep // PAGE) * PAGE))

    def empty(self) -> None:
        """Room again."""
        self.free = None
        self.filler.unlink(missing_ok=True)

    def leftovers(self) -> list[str]:
        """What is in the folder besides the filler and `keep`."""
        return sorted(p.name for p in self.folder.iterdir() if p != self.filler)


@pytest.fixture(params=["tmpfs", "injected"])
def full_disk(request, tmp_path, monkeypatch):
    """A folder whose disk can be filled (see the module text)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    real = request.param == "tmpfs" and _mount(folder)
    try:
        yield FullDisk(folder, real, monkeypatch)
    finally:
        if real:
            _unmount(folder)
