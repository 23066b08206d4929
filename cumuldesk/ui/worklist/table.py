"""The work list's table view: one row per case, sorted by status at first, single row
selection, and Enter opening the current row on every platform.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cumuldesk.ui.worklist.model import COL_NAME, COL_STATUS


class WorkListTable(QTableView):
    """Enter opens the current row (also on platforms where it would not activate)."""

    open_current = Signal()

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(200)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Work list"))
        self.setAccessibleDescription(
            self.tr("The cases of your team. Enter or double-click opens the dossier.")
        )

    def size_columns(self) -> None:
        """Columns fitted to their contents, the name at least 14 em, none over 24 em."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("m")
        header.resizeSection(COL_NAME, max(header.sectionSize(COL_NAME), em * 14))
        for column in range(self.model().columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), em * 24))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            return
        super().keyPressEvent(event)
