"""The work list's search field: it searches once typing pauses, moves on to the table with
Down or Enter, and clears with Escape.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

SEARCH_DELAY_MS = 150  # typing pauses this long before the search runs


class SearchField(QLineEdit):
    """Down arrow or Enter moves on to the table; Escape clears the search. `paused` comes
    when typing paused (the search should run); `timer` is that pause."""

    to_table = Signal()
    paused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 24)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.paused)
        self.textChanged.connect(lambda _text: self.timer.start())

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("Search case, INSZ or name (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search the work list"))
        self.setAccessibleDescription(
            self.tr(
                "Shows the cases whose reference, INSZ (typed in any form) or name contains "
                "the text. Down arrow moves to the table, Escape clears."
            )
        )
        self.setToolTip(self.tr("Search by case reference, INSZ or name (Ctrl+F)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_table.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
