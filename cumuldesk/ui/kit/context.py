"""What every view of a signed-in window needs, passed explicitly (no global singleton):
the handler's `Desk` (the application API: identity, cache, law data, the central
database, the clock), the preferences, the changes signal, and the window's lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from cumuldesk.services.desk import Desk
from cumuldesk.ui.kit.changes import Changes
from cumuldesk.ui.kit.settings import Settings

if TYPE_CHECKING:
    from cumuldesk.params.loader import ParameterSet
    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.central.connect import Central
    from cumuldesk.storage.cache import LocalCache


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

    # The desk's context, read by the views (their reads and writes go through the desk).
    @property
    def identity(self) -> Identity:
        return self.desk.identity

    @property
    def cache(self) -> LocalCache:
        return self.desk.cache

    @property
    def params(self) -> ParameterSet:
        return self.desk.law

    @params.setter
    def params(self, value: ParameterSet) -> None:
        self.desk.law = value

    @property
    def clock(self) -> Callable[[], datetime]:
        return self.desk.clock

    @property
    def demo(self) -> bool:
        return self.desk.demo

    @property
    def online(self) -> bool | None:
        return self.desk.online

    @online.setter
    def online(self, value: bool | None) -> None:
        self.desk.online = value

    def today(self) -> date:
        """The query day: the local date."""
        return self.desk.today()

    def connect(self) -> Central:
        return self.desk.connect()

    def try_connect(self) -> Central | None:
        """The central database, or None when it cannot be reached. Worker threads only."""
        return self.desk.try_connect()
