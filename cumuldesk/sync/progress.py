"""Progress and cancellation of long sync work.

A `Progress` callback gets (done, total) counts; a `Cancel` callable is asked between
steps and, when it says yes, the work stops with `SyncCancelled` at a point where
nothing is half written (each step is its own transaction).
"""

from __future__ import annotations

from collections.abc import Callable

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import CumulDeskError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class SyncCancelled(CumulDeskError):
    """The handler cancelled the sync; what was done so far is kept and nothing is lost."""

    exit_code = 130


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise SyncCancelled(
            Message(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync", "sync cancelled; nothing was lost, the next sync goes on from here"
                ),
            )
        )


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
