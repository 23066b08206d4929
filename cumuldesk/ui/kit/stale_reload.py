"""Reload a page after a change only while it is shown: a burst of change signals gives
one reload, and a hidden page reloads when it is next shown (the work list, the law data).

The page composes one `StaleReload` (no mixin): `mark()` when a change concerns it,
`stale = False` when it has loaded (or been given) fresh data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

CHANGES_DELAY_MS = 200  # a burst of change signals gives one reload


class StaleReload(QObject):
    def __init__(
        self,
        page: QWidget,
        reload: Callable[[], None],
        busy: Callable[[], bool],
        delay_ms: int = CHANGES_DELAY_MS,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.stale = True  # nothing loaded yet
        self._reload = reload
        self._busy = busy
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._reload_if_shown)
        page.installEventFilter(self)

    def mark(self) -> None:
        """A change concerns the page: reload soon if it is shown, else when it is."""
        self.stale = True
        self.timer.start()

    def _reload_if_shown(self) -> None:
        if isValid(self.page) and self.page.isVisible():
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.page and event.type() == QEvent.Type.Show:
            if self.stale and not self._busy():
                QTimer.singleShot(0, self._reload_if_stale)
        return False

    def _reload_if_stale(self) -> None:
        if isValid(self.page) and self.stale and not self._busy():
            self._reload()
