"""Every period of a dossier's timeline as a sortable table (the full text alternative of
the timeline): lane, dates, monthly amount, regulation, voluntary switch and how many
conflict months the period covers. Sorting uses the raw values (`SORT_ROLE`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from cumuldesk.services.dossiers.timeline import (
    LANE_BOB,
    LANE_IT,
    LANE_IVT,
    LANE_ZORGTOESLAG,
    Lane,
    Segment,
    Timeline,
)
from cumuldesk.ui.kit.formatting import day, money

SORT_ROLE = Qt.ItemDataRole.UserRole
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1

COL_LANE, COL_FROM, COL_TO, COL_AMOUNT, COL_REGULATION, COL_VOLUNTARY, COL_CONFLICTS = range(7)
_OPEN_END = date.max.toordinal()  # an open period sorts after every dated one
_NO_AMOUNT = -1.0

Index = QModelIndex | QPersistentModelIndex


class PeriodsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Lane, Segment, int]] = []  # lane, period, conflict months
        self._lane_order: dict[str, int] = {}
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._headers = (
            self.tr("Lane"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Monthly amount (EUR)"),
            self.tr("Regulation"),
            self.tr("Voluntary switch"),
            self.tr("Conflict months in this period"),
        )
        # the lanes and the regulation codes of the data (a lane is named by its
        # regulation; an IVT+IT decision lies on the IVT lane), in the handler's words
        self._names = {
            LANE_BOB: self.tr("BOB"),
            LANE_IVT: self.tr("IVT"),
            LANE_IT: self.tr("IT"),
            LANE_ZORGTOESLAG: self.tr("Zorgtoeslag"),
            "IVT+IT": self.tr("IVT+IT"),
        }
        self._open = self.tr("open")
        self._yes, self._no = self.tr("Yes"), self.tr("No")
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.beginResetModel()
        if timeline is None:
            self._rows = []
            self._lane_order = {}
        else:
            self._lane_order = {lane.name: i for i, lane in enumerate(timeline.lanes)}
            self._rows = [
                (lane, seg, timeline.conflicts_in(seg)) for lane, seg in timeline.segments()
            ]
        self.endResetModel()

    def segment(self, row: int) -> Segment:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lane, seg, conflicts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(lane, seg, conflicts, column)
        if role == SORT_ROLE:
            return self._sort_value(lane, seg, conflicts, column)
        if role == SEGMENT_ROLE:
            return seg
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_AMOUNT, COL_CONFLICTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, lane: Lane, seg: Segment, conflicts: int, column: int) -> str:
        if column == COL_LANE:
            return self._names.get(lane.name, lane.name)
        if column == COL_FROM:
            return day(seg.start)
        if column == COL_TO:
            return self._open if seg.end is None else day(seg.end)
        if column == COL_AMOUNT:
            return money(seg.amount)
        if column == COL_REGULATION:
            return self._names.get(seg.regulation, seg.regulation)
        if column == COL_VOLUNTARY:
            return self._yes if seg.voluntary_switch else self._no
        return str(conflicts)

    def _sort_value(self, lane: Lane, seg: Segment, conflicts: int, column: int) -> Any:
        if column == COL_LANE:
            return self._lane_order.get(lane.name, 0)
        if column == COL_FROM:
            return seg.start.toordinal()
        if column == COL_TO:
            return _OPEN_END if seg.end is None else seg.end.toordinal()
        if column == COL_AMOUNT:
            # cents as a whole number: exact, and compared as numbers (never as text)
            return _NO_AMOUNT if seg.amount is None else int(seg.amount * 100)
        if column == COL_REGULATION:
            return seg.regulation
        if column == COL_VOLUNTARY:
            return int(seg.voluntary_switch)
        return conflicts


class PeriodsTable(QWidget):
    """The periods of a timeline in a sortable table; `segment_activated` when the user
    picks one (Enter or double-click), e.g. to focus it on the timeline."""

    segment_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeriodsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_FROM, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.retranslate_ui()
        self.setAccessibleName(self.tr("Periods"))
        self.view.setAccessibleName(self.tr("Periods table"))
        self.view.setAccessibleDescription(
            self.tr(
                "Every BOB, IVT, IT and zorgtoeslag period of the dossier; click a column "
                "header to sort"
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.model.set_timeline(timeline)

    def row_texts(self, column: int) -> list[str]:
        """The shown texts of one column, in the current (sorted) order."""
        return [
            self.proxy.data(self.proxy.index(row, column)) for row in range(self.proxy.rowCount())
        ]

    def _activated(self, index: QModelIndex) -> None:
        self.segment_activated.emit(index.data(SEGMENT_ROLE))
