"""What every view of a signed-in window needs, passed explicitly (no global singleton):
the handler's `Desk` (the application API: identity, cache, law data, the central
database, the clock), the preferences, the changes signal, and the window's lock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from cumuldesk.services.desk import Desk
from cumuldesk.ui.kit.changes import Changes
from cumuldesk.ui.kit.settings import Settings


class WindowLock(Protocol):
    """The window's inactivity lock (ui.shell.lock.InactivityLock)."""

    def lock_now(self) -> None: ...

    def dispose(self) -> None: ...

    def set_minutes(self, minutes: int) -> None: ...


@dataclass(eq=False)
class AppContext:
    desk: Desk
    changes: Changes
    settings: Settings
    lock: WindowLock | None = None  # set when the main window opens
    signin_notice: str | None = None  # the offline note of the sign-in, shown once
