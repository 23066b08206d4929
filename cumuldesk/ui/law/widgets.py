"""The parts of the "Law data" page: the filter buttons by state (each with its count and
an Alt+number key), the table of law values, and the notice line (offline, read-only,
what a step did)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from cumuldesk.services.law.page_data import APPROVED, PROPOSED, REJECTED
from cumuldesk.ui.kit.style import mark_banner, set_severity
from cumuldesk.ui.kit.widgets import FlowLayout
from cumuldesk.ui.law.model import COL_BRACKET, COL_DECIDED, COL_PARAMETER, COL_PROPOSED, COL_SOURCE

FILTERS = (None, PROPOSED, APPROVED, REJECTED)  # None: every value
WIDEST_EM = {COL_PARAMETER: 14, COL_BRACKET: 15, COL_PROPOSED: 8, COL_DECIDED: 8}  # else 12


class LawFilterBar(QWidget):
    """One button per state, one checked at a time (kept by `check`: not an exclusive
    QButtonGroup, whose unchecked buttons Tab would skip)."""

    chosen = Signal(object)  # None (every value) or a state

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str | None, QToolButton] = {}
        flow = FlowLayout(self)
        for number, state in enumerate(FILTERS, start=1):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setShortcut(QKeySequence(f"Alt+{number}"))
            button.clicked.connect(lambda _=False, state=state: self.chosen.emit(state))
            self.buttons[state] = button
            flow.addWidget(button)
        self.show_counts(None)

    def check(self, state: str | None) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == state)

    def label(self, state: str | None) -> str:
        labels = {
            None: self.tr("All"),
            PROPOSED: self.tr("Proposed"),
            APPROVED: self.tr("Approved"),
            REJECTED: self.tr("Rejected"),
        }
        return labels[state]

    def show_counts(self, counts: dict[str, int] | None) -> None:
        """Each button's name with its count (none while unknown), in the current language."""
        tips = {
            None: self.tr("Every law value"),
            PROPOSED: self.tr("Values waiting for a second supervisor"),
            APPROVED: self.tr("Values in force from their version on"),
            REJECTED: self.tr("Values a supervisor rejected"),
        }
        for number, state in enumerate(FILTERS, start=1):
            name = self.label(state)
            count = None
            if counts is not None:
                count = sum(counts.values()) if state is None else counts.get(state, 0)
            button = self.buttons[state]
            if count is None:
                button.setText(name.replace("&", "&&"))
                button.setAccessibleName(self.tr("Filter: {name}").format(name=name))
            else:
                text = self.tr("{name} ({count})").format(name=name, count=count)
                button.setText(text.replace("&", "&&"))
                button.setAccessibleName(
                    self.tr("Filter: {name}, {count} values").format(name=name, count=count)
                )
            button.setToolTip(
                self.tr("{tip} (Alt+{number})").format(tip=tips[state], number=number)
            )


class OneLine(QStyledItemDelegate):
    """A cell on one line, cut with "..." (the source: its tooltip gives it whole), in a
    table whose other cells wrap."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class LawTable(QTableView):
    """The law values: sortable (no column at first: the default order, proposals
    first), one row selected, long names wrapped, the source on one line."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)  # long category names take two lines, never cut off
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegateForColumn(COL_SOURCE, OneLine(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)

    def size_columns(self) -> None:
        """Columns fitted to their contents, at most WIDEST_EM (the names wrap) but never
        narrower than their title; the source takes the rest."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("m")
        titles = header.fontMetrics()
        for column in range(COL_SOURCE):
            title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            limit = max(em * WIDEST_EM.get(column, 12), titles.horizontalAdvance(title) + em * 2)
            header.resizeSection(column, min(header.sectionSize(column), limit))


class LawNotice(QFrame):
    """One line in a tinted box with a symbol (never colour alone): offline, done, refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        mark_banner(self, "lawNotice", "info")
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def say(self, text: str | None, severity: str = "info") -> None:
        if not text:
            self.hide()
            return
        icons = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }
        standard = icons.get(severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
        size = max(
            self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize),
            self.fontMetrics().height(),
        )
        self.icon.setPixmap(self.style().standardIcon(standard).pixmap(size, size))
        self.text.setText(text)
        self.setAccessibleName(text)
        set_severity(self, severity)
        self.show()
