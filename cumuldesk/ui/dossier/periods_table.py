"""Every period of a dossier's timeline as a sortable table (the full text alternative of
the timeline): lane, dates, monthly amount, regulation, voluntary switch and how many
conflict months the period covers. Sorting uses the raw values (`SORT_ROLE`).

The monthly amount of a BOB or zorgtoeslag period comes from the law data in force, as the
simulation uses it (`ui.dossier.period_amounts`): one amount, or the first and the last
when it changes over the period (every step with its months in the tooltip), and in words
where no law value is published. Long headers wrap on two lines and every column is as
wide as its header and cells, so nothing is cut in any language or font size.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.domain.law import Kind
from cumuldesk.services.dossiers.timeline import (
    LANE_BOB,
    LANE_IT,
    LANE_IVT,
    LANE_ZORGTOESLAG,
    Lane,
    Segment,
    Timeline,
)
from cumuldesk.ui.dossier.period_amounts import BEFORE_17, PeriodAmounts
from cumuldesk.ui.kit.formatting import day, money, money_eur, month_label

SORT_ROLE = Qt.ItemDataRole.UserRole
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1

COL_LANE, COL_FROM, COL_TO, COL_AMOUNT, COL_REGULATION, COL_VOLUNTARY, COL_CONFLICTS = range(7)
_OPEN_END = date.max.toordinal()  # an open period sorts after every dated one
_NO_AMOUNT = -1.0

Index = QModelIndex | QPersistentModelIndex
WRAP_FROM = 15  # a header longer than this (in characters) is set on two lines


def wrapped(text: str) -> str:
    """A long header on two lines, broken at the space nearest its middle."""
    if len(text) < WRAP_FROM or " " not in text:
        return text
    middle = len(text) / 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


class PeriodsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Lane, Segment, int]] = []  # lane, period, conflict months
        self._amounts: dict[Segment, PeriodAmounts] = {}  # BOB and zorgtoeslag periods
        self._header_lines: dict[int, str] = {}  # headers broken to their column's cells
        self._lane_order: dict[str, int] = {}
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._header_lines = {}
        self._headers = (
            self.tr("Lane"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Monthly amount"),
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
        self._kinds = {
            Kind.SOURCED: self.tr("sourced"),
            Kind.COMPUTED: self.tr("computed"),
            Kind.CARRIED: self.tr("carried"),
        }
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_timeline(
        self, timeline: Timeline | None, amounts: dict[Segment, PeriodAmounts] | None = None
    ) -> None:
        """Show these periods; `amounts`: the law amounts of the BOB and zorgtoeslag
        periods (`period_amounts`)."""
        self.beginResetModel()
        self._amounts = dict(amounts or {})
        if timeline is None:
            self._rows = []
            self._lane_order = {}
        else:
            self._lane_order = {lane.name: i for i, lane in enumerate(timeline.lanes)}
            self._rows = [
                (lane, seg, timeline.conflicts_in(seg)) for lane, seg in timeline.segments()
            ]
        self.endResetModel()

    def amounts(self) -> dict[Segment, PeriodAmounts]:
        return dict(self._amounts)

    def set_amounts(self, amounts: dict[Segment, PeriodAmounts]) -> None:
        """New law amounts for the same periods (the rows, their order and sort stay)."""
        self._amounts = dict(amounts)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_AMOUNT), self.index(len(self._rows) - 1, COL_AMOUNT)
            )

    def segment(self, row: int) -> Segment:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_lines.get(section) or wrapped(self._headers[section])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers[section]
        return None

    def header_text(self, section: int) -> str:
        """A column's header on one line."""
        return self._headers[section]

    def set_header_lines(self, lines: dict[int, str]) -> None:
        """Headers broken into lines by the view (to the width of their cells)."""
        if lines != self._header_lines:
            self._header_lines = dict(lines)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

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
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_AMOUNT and seg in self._amounts:
                return self._amount_details(self._amounts[seg])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_AMOUNT, COL_CONFLICTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, lane: Lane, seg: Segment, conflicts: int, column: int) -> str:
        if column == COL_LANE:  # "Supplément de soins" on two lines: the table fits
            return wrapped(self._names.get(lane.name, lane.name))
        if column == COL_FROM:
            return day(seg.start)
        if column == COL_TO:
            return self._open if seg.end is None else day(seg.end)
        if column == COL_AMOUNT:
            if seg in self._amounts:
                return self._amount_text(self._amounts[seg])
            return self.tr("not known") if seg.amount is None else money_eur(seg.amount)
        if column == COL_REGULATION:
            return wrapped(self._names.get(seg.regulation, seg.regulation))
        if column == COL_VOLUNTARY:
            return self._yes if seg.voluntary_switch else self._no
        return str(conflicts)

    def _scale_text(self, region: str) -> str:
        if region == "brussels":
            return self.tr("no law value published (Brussels scale)")
        if region == "wallonia":
            return self.tr("no law value published (Walloon scale)")
        return self.tr("no law value published")

    def _amount_text(self, amounts: PeriodAmounts) -> str:
        """ "331,22 EUR", "300,00 to 351,49 EUR", in words where no law value is known."""
        if amounts.outside is not None:
            if amounts.outside == BEFORE_17:
                return wrapped(self.tr("not compared (before age 17)"))
            return wrapped(self.tr("not compared (after age 21)"))
        if amounts.other_scale is not None:
            return wrapped(self._scale_text(amounts.other_scale))
        known = amounts.known
        if not known:
            return wrapped(self.tr("no law value published"))
        values = [step.amount for step in known if step.amount is not None]
        if len(set(values)) == 1:
            text = money_eur(values[0])
        else:
            text = (
                self.tr("%1 to %2 EUR")
                .replace("%1", money(values[0]))
                .replace("%2", money(values[-1]))
            )
        unknown = amounts.unknown
        if unknown:
            if unknown[-1].last < known[0].first:
                text += "\n" + wrapped(
                    self.tr("no law value published before %1").replace(
                        "%1", month_label(known[0].first)
                    )
                )
            else:
                text += "\n" + wrapped(self.tr("no law value published for some months"))
        return text

    def _amount_details(self, amounts: PeriodAmounts) -> str:
        """Every amount step with its months and kind (the tooltip)."""
        if amounts.outside is not None:
            return self.tr(
                "The comparison concerns the months from the 17th up to the 21st birthday; "
                "this period lies outside them."
            )
        if amounts.other_scale is not None:
            return self._scale_text(amounts.other_scale)
        lines = [
            self.tr(
                "Monthly amount in force each month (law data, as the simulation uses it), "
                "from the 17th up to the 21st birthday:"
            )
        ]
        for step in amounts.steps:
            months = (
                month_label(step.first)
                if step.first == step.last
                else self.tr("%1 to %2")
                .replace("%1", month_label(step.first))
                .replace("%2", month_label(step.last))
            )
            if step.amount is None:
                value = self.tr("no law value published")
            elif step.kind is None:
                value = money_eur(step.amount)
            else:
                value = f"{money_eur(step.amount)} ({self._kinds[step.kind]})"
            lines.append(f"{months}: {value}")
        return "\n".join(lines)

    def _sort_value(self, lane: Lane, seg: Segment, conflicts: int, column: int) -> Any:
        if column == COL_LANE:
            return self._lane_order.get(lane.name, 0)
        if column == COL_FROM:
            return seg.start.toordinal()
        if column == COL_TO:
            return _OPEN_END if seg.end is None else seg.end.toordinal()
        if column == COL_AMOUNT:
            # cents as a whole number: exact, and compared as numbers (never as text)
            amount = self._amounts[seg].sort_value if seg in self._amounts else seg.amount
            return _NO_AMOUNT if amount is None else int(amount * 100)
        if column == COL_REGULATION:
            return seg.regulation
        if column == COL_VOLUNTARY:
            return int(seg.voluntary_switch)
        return conflicts


class CompactHeader(QHeaderView):
    """A horizontal header that reserves for the sort arrow the arrow's width: Qt reserves
    the section's height, so a header on two or three lines grew as wide as it was tall."""

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803 (Qt API)
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and self.orientation() == Qt.Orientation.Horizontal:
            style = self.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
            reserved = size.height() + margin  # what Qt added
            size.setWidth(size.width() - reserved + arrow + 2 * margin)
        return size


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
        self.view.setHorizontalHeader(CompactHeader(Qt.Orientation.Horizontal, self.view))
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
        # every column as wide as its (wrapped) header and its cells: none is squeezed to
        # fill or to fit, so none is cut (a horizontal scroll bar at a very large font)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setWordWrap(False)  # a cell's lines are the model's, never re-broken
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.retranslate_ui()
        self.fit_headers()
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
        elif event.type() == QEvent.Type.FontChange:
            self.fit_headers()
        super().changeEvent(event)

    def fit_headers(self) -> None:
        """Break each long header into lines no wider than its column's widest cell (or
        its longest word, or about twelve characters), so a column is as narrow as its
        contents allow and its header stays whole."""
        model = self.model
        cells = self.view.fontMetrics()
        heads = self.view.horizontalHeader().fontMetrics()
        lines: dict[int, str] = {}
        for column in range(model.columnCount()):
            text = model.header_text(column)
            words = text.split()
            widest_cell = max(
                (
                    cells.horizontalAdvance(line)
                    for row in range(model.rowCount())
                    for line in str(model.index(row, column).data() or "").splitlines()
                ),
                default=0,
            )
            room = max(
                widest_cell,
                max((heads.horizontalAdvance(word) for word in words), default=0),
                heads.averageCharWidth() * WRAP_FROM,
            )
            broken: list[str] = []
            for word in words:
                if broken and heads.horizontalAdvance(broken[-1] + " " + word) <= room:
                    broken[-1] += " " + word
                else:
                    broken.append(word)
            lines[column] = "\n".join(broken)
        model.set_header_lines(lines)

    def set_timeline(
        self, timeline: Timeline | None, amounts: dict[Segment, PeriodAmounts] | None = None
    ) -> None:
        self.model.set_timeline(timeline, amounts)
        self.fit_headers()

    def row_texts(self, column: int) -> list[str]:
        """The shown texts of one column, in the current (sorted) order."""
        return [
            self.proxy.data(self.proxy.index(row, column)) for row in range(self.proxy.rowCount())
        ]

    def _activated(self, index: QModelIndex) -> None:
        self.segment_activated.emit(index.data(SEGMENT_ROLE))
