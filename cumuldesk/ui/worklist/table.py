"""The work list's table view: one row per case, sorted by status at first, rows selected
one or several at a time (Shift/Ctrl+click, Shift+arrows, Ctrl+A: the bulk proposals),
Enter opening the current row on every platform, and the columns a handler chooses to
see (the header's context menu, or the menu key on the table: "Columns").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QPoint, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cumuldesk.ui.worklist.model import COL_CASE, COL_NAME, COL_STATUS, COLUMN_KEYS


class WorkListTable(QTableView):
    """Enter opens the current row (also on platforms where it would not activate)."""

    open_current = Signal()
    columns_chosen = Signal()  # the handler showed or hid a column

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        self._natural: list[int] = []  # each column fitted to its contents, one-line header
        self._cells: list[int] = []  # each column's widest cell (`size_columns`)
        self._fitting = False
        self._handler_sized = False  # the handler dragged a column: keep their widths
        header.sectionResized.connect(self._section_resized)
        header.sortIndicatorChanged.connect(lambda *_: self.fit_columns())
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda at: self.columns_menu().popup(header.mapToGlobal(at))
        )

    # ------------------------------------------------------------------ columns shown

    def hidden_keys(self) -> frozenset[str]:
        header = self.horizontalHeader()
        return frozenset(k for c, k in enumerate(COLUMN_KEYS) if header.isSectionHidden(c))

    def hide_keys(self, keys: Iterable[str]) -> None:
        """Hide these columns (by their names in the preferences), show the others; the
        case reference always shows."""
        hidden = set(keys)
        header = self.horizontalHeader()
        self._fitting = True  # not the handler sizing a column
        try:
            for column, key in enumerate(COLUMN_KEYS):
                header.setSectionHidden(column, key in hidden and column != COL_CASE)
        finally:
            self._fitting = False
        if self.model().rowCount():
            self.size_columns()

    def set_column_shown(self, column: int, shown: bool) -> None:
        self._fitting = True
        try:
            self.horizontalHeader().setSectionHidden(column, not shown)
        finally:
            self._fitting = False
        self.size_columns()
        self.columns_chosen.emit()

    def columns_menu(self) -> QMenu:
        """ "Columns": one check box per column (the case reference stays)."""
        menu = QMenu(self.tr("Columns"), self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName(self.tr("Columns shown"))
        header = self.horizontalHeader()
        for column in range(header.count()):
            text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != COL_CASE)
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """The menu key (or Shift+F10) on the table: the same "Columns" menu."""
        at = event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            at = self.viewport().mapToGlobal(QPoint(0, 0))
        self.columns_menu().popup(at)
        event.accept()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Work list"))
        self.setAccessibleDescription(
            self.tr("The cases of your team. Enter or double-click opens the dossier.")
        )

    def size_columns(self) -> None:
        """Columns fitted to their contents, the name at least 14 em, none over 24 em;
        when they do not all fit in the table's width, the headers wrap to a second line
        (a column then needs its cells and its header's longest word: `fit_columns`)."""
        header = self.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("m")
        # each column's widest cell of the whole list (the model's `widest_cells`:
        # measured once here, kept for `fit_columns`; a resize measures nothing again)
        self._cells = [
            0 if header.isSectionHidden(column) else self._widest_cell(column)
            for column in range(header.count())
        ]
        natural = []
        for column, cells in enumerate(self._cells):
            if header.isSectionHidden(column):
                natural.append(0)
                continue
            width = max(cells, header.sectionSizeFromContents(column).width())
            if column == COL_NAME:
                width = max(width, em * 14)
            natural.append(min(width, em * 24))
        self._natural = natural  # `fit_columns` sizes the sections from these
        self._handler_sized = False
        self.fit_columns()

    def _widest_cell(self, column: int) -> int:
        """The width the widest cell of the whole list needs in `column` (the model's
        `widest_cells`), with the style's item margins and the grid line."""
        model = self.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        cells = getattr(source, "widest_cells", None)
        if cells is None:
            return 0
        widest = 0
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        for text, bold in cells(column):
            font = QFont(self.font())
            font.setBold(bold)
            option.font = font
            option.fontMetrics = QFontMetrics(font)
            option.text = text
            size = self.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
            )
            widest = max(widest, size.width() + (1 if self.showGrid() else 0))
        return widest

    def refit(self) -> None:
        """A new list came in: size the columns to it, unless the handler sized them."""
        if not self._handler_sized:
            self.size_columns()

    def _header_margins(self, column: int) -> tuple[int, int]:
        """(the text's margins, the sort arrow's room) of a header section, as Qt sizes
        it: its one-line size is the text, the margins (the style sheet's padding too)
        and, in every section while the sort indicator is shown, the arrow's room."""
        header = self.horizontalHeader()
        text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        whole = header.sectionSizeFromContents(column)
        arrow = 0
        if header.isSortIndicatorShown():
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            arrow = whole.height() + margin
        return whole.width() - header.fontMetrics().horizontalAdvance(text) - arrow, arrow

    def _arrow_room(self, column: int) -> int:
        """The room the sort arrow takes in the sorted column's header (none in the
        others: Qt keeps it in every section's one-line size)."""
        if column != self.horizontalHeader().sortIndicatorSection():
            return 0
        return self._header_margins(column)[1]

    def _header_word_room(self, column: int) -> int:
        """The width a column's header needs with its text wrapped at every space: the
        longest word, the text margins and (sorted) the arrow."""
        header = self.horizontalHeader()
        text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = header.fontMetrics()
        words = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        return words + self._header_margins(column)[0] + 2 + self._arrow_room(column)

    def fit_columns(self) -> None:
        """Every column within the table's width when it can be: the columns whose header
        is wider than their cells give way to their header's longest word (the header
        wraps), the names to the longest name, then (when still too wide) to 10 em. The
        handler's own widths are kept once they dragged a column."""
        if not self._natural or self._handler_sized:
            return
        header = self.horizontalHeader()
        widths = [0 if header.isSectionHidden(c) else w for c, w in enumerate(self._natural)]
        room = self.viewport().width()
        if sum(widths) > room:
            for column, width in enumerate(widths):
                if header.isSectionHidden(column):
                    continue
                cells = self._cells[column]  # measured by `size_columns`
                widths[column] = min(width, max(cells, self._header_word_room(column)))
            # still too wide (a sort arrow, long words): the names give way, down to 10
            # em; a name cut short ends in "..." and shows whole in its tooltip
            over = sum(widths) - room
            if over > 0 and not header.isSectionHidden(COL_NAME):
                least = min(widths[COL_NAME], self.fontMetrics().horizontalAdvance("m") * 10)
                widths[COL_NAME] = max(least, widths[COL_NAME] - over)
        last = self._last_shown()
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                if header.isSectionHidden(column):
                    continue
                if column != last or not header.stretchLastSection():
                    header.resizeSection(column, width)
            if header.stretchLastSection():  # at least its own room, more when there is
                header.resizeSection(last, max(widths[last], room - sum(widths[:last])))
        finally:
            self._fitting = False
        self._fit_header_height()

    def _last_shown(self) -> int:
        header = self.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        return shown[-1] if shown else header.count() - 1

    def _fit_header_height(self) -> None:
        """Room for the wrapped headers: the tallest one's lines."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        tallest = metrics.height()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            margins = self._header_margins(column)[0]
            width = max(header.sectionSize(column) - margins - self._arrow_room(column), 1)
            tallest = max(tallest, metrics.boundingRect(0, 0, width, 10_000, flags, text).height())
        one_line = header.sectionSizeFromContents(0).height() - metrics.height()
        header.setMinimumHeight(tallest + max(one_line, 0))

    def _section_resized(self, *args: object) -> None:
        # the handler dragging a column's edge; not Qt stretching the last column to a
        # new window width, nor our own sizing
        if not self._fitting and QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._handler_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            return
        super().keyPressEvent(event)
