"""The work list page: the cases of the handler's team, the filters that matter (each
with its count), a search, the table, and the export of what is shown to Excel.

The list is loaded in a background op (local lane: `load_worklist` plus the filters'
masks and search keys, `worklist_model.prepare`), shown in place when it arrives (the
old rows stay until then; the selected case stays selected). Dossiers or cases changed
by a sync or by the handler reload it quietly; a hidden page reloads when it is shown
again. Double-click or Enter opens the dossier (`open_dossier`, INSZ digits). The export
writes the rows shown, in their order, in a background op with progress and cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.services.worklist import (
    CONFLICTS_NOW,
    FILTERS,
    PROPOSAL_TO_SEND,
    RETROACTIVE,
    TURNING_18_SOON,
    WAITING_PAST_DEADLINE,
    WorkItem,
    load_worklist,
)
from cumuldesk.services.worklist_export import (
    ExportCancelled,
    ExportResult,
    export_worklist,
    record_export,
)
from cumuldesk.ui.changes import CASES, DOSSIERS, OUTBOX, SYNC
from cumuldesk.ui.context import AppContext
from cumuldesk.ui.ops import LOCAL, Op, show_error, user_message
from cumuldesk.ui.worklist_model import (
    COL_NAME,
    COL_STATUS,
    WorkListData,
    WorkListFilter,
    WorkListModel,
    prepare,
)

ALL = "all"  # the button that shows every case
FILTER_ORDER = (
    ALL,
    CONFLICTS_NOW,
    PROPOSAL_TO_SEND,
    WAITING_PAST_DEADLINE,
    TURNING_18_SOON,
    RETROACTIVE,
)
SEARCH_DELAY_MS = 150  # typing pauses this long before the search runs
CHANGES_DELAY_MS = 200  # a burst of change signals gives one reload


class _SearchField(QLineEdit):
    """Down arrow or Enter moves on to the table; Escape clears the search."""

    to_table = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_table.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class _Table(QTableView):
    """Enter opens the current row (also on platforms where it would not activate)."""

    open_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            return
        super().keyPressEvent(event)


class _FlowLayout(QLayout):
    """Widgets side by side, wrapping to the next line when the width runs out (the
    filter buttons at a large font size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        spacing = max(self.spacing(), 6)
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class WorkListPage(QWidget):
    open_dossier = Signal(str)  # INSZ digits
    loaded = Signal(int)  # a list is on screen: how many cases
    exported = Signal(str)  # the path of a finished export

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._reload_again = False
        self._stale = True  # nothing loaded yet
        self._emitting = False
        self._error: str | None = None
        self._sized = False
        self._counts: dict[str, int] = {}

        self.model = WorkListModel(self)
        self.proxy = WorkListFilter(self)
        self.proxy.setSourceModel(self.model)

        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.search = _SearchField(self)
        self.search.setClearButtonEnabled(True)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 24)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)

        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QToolButton] = {}
        for key in FILTER_ORDER:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            button.toggled.connect(lambda on, key=key: on and self._filter_chosen(key))

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * 10)
        self.busy.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.table = _Table(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(200)
        self.table.activated.connect(self._open_index)
        self.table.open_current.connect(lambda: self._open_index(self.table.currentIndex()))
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.to_table.connect(self._search_to_table)
        self.changes_timer = QTimer(self)
        self.changes_timer.setSingleShot(True)
        self.changes_timer.setInterval(CHANGES_DELAY_MS)
        self.changes_timer.timeout.connect(self._reload_if_shown)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.busy)
        top.addWidget(self.search, 2)
        top.addWidget(self.export_button)
        filters = _FlowLayout()
        for key in FILTER_ORDER:
            filters.addWidget(self.filter_buttons[key])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.setTabOrder(self.search, self.filter_buttons[FILTER_ORDER[0]])
        previous: QWidget = self.filter_buttons[FILTER_ORDER[0]]
        for key in FILTER_ORDER[1:]:
            self.setTabOrder(previous, self.filter_buttons[key])
            previous = self.filter_buttons[key]
        self.setTabOrder(previous, self.table)
        self.setTabOrder(self.table, self.export_button)
        self.setFocusProxy(self.table)

        self.filter_buttons[ALL].setChecked(True)
        ctx.changes.changed.connect(self._changed)
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search case, INSZ or name (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the work list"))
        self.search.setAccessibleDescription(
            self.tr(
                "Shows the cases whose reference, INSZ (typed in any form) or name contains "
                "the text. Down arrow moves to the table, Escape clears."
            )
        )
        self.search.setToolTip(self.tr("Search by case reference, INSZ or name (Ctrl+F)"))
        self.export_button.setText(self.tr("E&xport to Excel ..."))
        self.export_button.setAccessibleName(self.tr("Export the cases shown to Excel"))
        self.export_button.setToolTip(
            self.tr("Save the cases shown, with this filter and search, as an Excel workbook")
        )
        self.table.setAccessibleName(self.tr("Work list"))
        self.table.setAccessibleDescription(
            self.tr("The cases of your team. Enter or double-click opens the dossier.")
        )
        self.summary.setAccessibleName(self.tr("Work list summary"))
        self.busy.setAccessibleName(self.tr("Loading the work list"))
        self.message.setAccessibleName(self.tr("Work list message"))
        self.empty.setAccessibleName(self.tr("No cases shown"))
        self.model.retranslate_ui()
        self._show_counts()
        self._show_summary()

    def filter_label(self, key: str) -> str:
        """The name of a filter as the handler reads it (without its count)."""
        labels = {
            ALL: self.tr("All"),
            CONFLICTS_NOW: self.tr("Conflicts now"),
            PROPOSAL_TO_SEND: self.tr("Proposal to send"),
            WAITING_PAST_DEADLINE: self.tr("Waiting past deadline"),
            TURNING_18_SOON: self.tr("Turning 18 within two months"),
            RETROACTIVE: self.tr("Retroactive changes"),
        }
        return labels[key]

    def _filter_tip(self, key: str) -> str:
        tips = {
            ALL: self.tr("Every case of your team"),
            CONFLICTS_NOW: self.tr(
                "BOB and a paid IVT/IT in the same months, in the period VSB asks about today"
            ),
            PROPOSAL_TO_SEND: self.tr("A renunciation proposal is ready to be sent"),
            WAITING_PAST_DEADLINE: self.tr(
                "Waiting for the applicant's answer and the deadline has passed"
            ),
            TURNING_18_SOON: self.tr("The applicant turns 18 within two months from today"),
            RETROACTIVE: self.tr("A retroactive IVT/IT change arrived by sync and is not seen yet"),
        }
        return tips[key]

    def _show_counts(self) -> None:
        for number, key in enumerate(FILTER_ORDER, start=1):
            button = self.filter_buttons[key]
            count = self._total() if key == ALL else self._counts.get(key)
            name = self.filter_label(key)
            text = (
                name
                if count is None
                else self.tr("{name} ({count})").format(name=name, count=_number(count))
            )
            button.setText(text.replace("&", "&&"))
            button.setAccessibleName(
                self.tr("Filter: {name}").format(name=name)
                if count is None
                else self.tr("Filter: {name}, {count} cases").format(
                    name=name, count=_number(count)
                )
            )
            button.setToolTip(
                self.tr("{tip} (Alt+{number})").format(tip=self._filter_tip(key), number=number)
            )
            button.setShortcut(QKeySequence(f"Alt+{number}"))

    def _total(self) -> int | None:
        return len(self.model.data_set.items) if not self._stale or self._counts else None

    def _show_summary(self) -> None:
        team = self.ctx.identity.team
        if self._error is not None:
            text = self.tr("The work list of {team} could not be loaded.").format(team=team)
        elif not self._counts and self._loading:
            text = self.tr("Loading the cases of {team} ...").format(team=team)
        else:
            total = len(self.model.data_set.items)
            shown = self.proxy.rowCount()
            if total == 1:
                text = self.tr("1 case of {team}").format(team=team)
            else:
                text = self.tr("{count} cases of {team}").format(count=_number(total), team=team)
            if shown != total:
                text += self.tr(", {shown} shown").format(shown=_number(shown))
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        self._show_empty()

    def _show_empty(self) -> None:
        if self._loading and not self.model.data_set.items:
            self.empty.hide()
            return
        if self.proxy.rowCount() == 0 and self._error is None:
            if not self.model.data_set.items:
                text = self.tr("Your team has no cases in the local cache yet.")
            elif self.proxy.search_text.strip():
                text = self.tr("No case matches the search. Escape in the search field clears it.")
            else:
                text = self.tr("No case matches this filter.")
            self.empty.setText(text)
            self.empty.show()
        else:
            self.empty.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Load the work list again in the background (the rows shown stay until then)."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self._reload_again = False
        self._stale = False
        self.busy.show()
        self._show_summary()
        cache, params = self.ctx.cache, self.ctx.params
        team, today = self.ctx.identity.team, self.ctx.today()

        def work(state: Any) -> WorkListData:
            return prepare(load_worklist(cache, team, params, today), today)

        Op(self, work, lane=LOCAL).success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, data: WorkListData) -> None:
        if not isValid(self):
            return
        self._loading = False
        self.busy.hide()
        self._show_data(data)
        if self._reload_again:
            self.reload()

    def show_data(self, data: WorkListData) -> None:
        """Show a list loaded elsewhere (as `reload` does when its list arrives): the
        filter, search, sort and selected case stay as they were."""
        self._stale = False
        self._show_data(data)

    def _show_data(self, data: WorkListData) -> None:
        self._error = None
        self._hide_message_if_error()
        selected = self.selected_item()
        self.model.set_data(data)
        self._counts = data.counts
        if not self._sized and data.items:
            self._size_columns()
        self._show_counts()
        self._show_summary()
        if selected is None or not self.select_reference(selected.reference):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self.loaded.emit(len(data.items))

    def _load_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._loading = False
        self.busy.hide()
        self._error = user_message(exc)
        self._say(self.tr("The work list could not be loaded: {reason}").format(reason=self._error))
        self._show_summary()
        if self._reload_again:
            self.reload()

    def _hide_message_if_error(self) -> None:
        if self.message.property("error"):
            self.message.hide()
            self.message.setProperty("error", False)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.show()

    def _size_columns(self) -> None:
        self._sized = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("m")
        header.resizeSection(COL_NAME, max(header.sectionSize(COL_NAME), em * 14))
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), em * 24))

    def _changed(self, kinds: frozenset[str]) -> None:
        if self._emitting:
            return
        if DOSSIERS in kinds or CASES in kinds or (OUTBOX in kinds and SYNC not in kinds):
            self._stale = True
            self.changes_timer.start()

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and not self._loading:
            QTimer.singleShot(0, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if isValid(self) and self._stale and not self._loading:
            self.reload()

    # ------------------------------------------------------------------ filter, search

    def _filter_chosen(self, key: str) -> None:
        selected = self.selected_item()
        self.proxy.set_filter(None if key == ALL else key)
        self._after_filtering(selected)

    def set_filter(self, key: str | None) -> None:
        """Show the cases of a filter (a key of `FILTERS`; None or "all": every case)."""
        key = ALL if key is None else key
        if key != ALL and key not in FILTERS:
            raise ValueError(f"unknown work list filter {key!r}")
        self.filter_buttons[key].setChecked(True)

    def _apply_search(self) -> None:
        selected = self.selected_item()
        self.proxy.set_search(self.search.text())
        self._after_filtering(selected)

    def apply_search_now(self) -> None:
        """Run the search typed so far without waiting for the typing pause."""
        self.search_timer.stop()
        self._apply_search()

    def _after_filtering(self, selected: WorkItem | None) -> None:
        """The same case stays selected when it is still shown, else the first row."""
        self._show_summary()
        if selected is not None and self.select_reference(selected.reference):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.scrollToTop()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_to_table(self) -> None:
        self.apply_search_now()
        if self.proxy.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.selectRow(self.table.currentIndex().row())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ rows

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def selected_item(self) -> WorkItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.item(index.row())

    def select_reference(self, reference: str) -> bool:
        """Make the case with this reference the current row, when it is shown."""
        row = self.proxy.row_of(reference)
        if row is None or row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_dossier.emit(self.proxy.item(index.row()).insz)

    # ------------------------------------------------------------------ export

    def filters_description(self) -> str:
        """The filter and search of the rows shown, in words (for the export)."""
        key = self.proxy.filter_key
        text = self.filter_label(ALL if key is None else key)
        typed = self.proxy.search_text.strip()
        if typed:
            text = self.tr('{filter}, search "{text}"').format(filter=text, text=typed)
        return text

    def export(self) -> None:
        """Ask for a file name and export the rows shown, in their order."""
        self.apply_search_now()
        items = self.proxy.visible_items()
        if not items:
            self._say(self.tr("There is nothing to export: no case is shown."))
            return
        today = self.ctx.today()
        suggested = str(Path.home() / f"worklist-{today.isoformat()}.xlsx")
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the work list"),
            suggested,
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        cache, clock = self.ctx.cache, self.ctx.clock
        identity = self.ctx.identity
        label = self.filters_description()
        key, searched = self.proxy.filter_key, bool(self.proxy.search_text.strip())
        exported_by = f"{identity.display_name} ({identity.username})"

        def work(state: Any) -> ExportResult:
            result = export_worklist(
                items,
                path,
                exported_by=exported_by,
                exported_at=clock(),
                filters_label=label,
                team=identity.team,
                progress=state.set_progress,
                cancel=state.cancelled,
            )
            record_export(
                cache,
                identity.username,
                rows=result.rows,
                filter_key=key,
                searched=searched,
                clock=clock,
            )
            return result

        self._say(
            self.tr("Exporting {count} cases ...").format(count=_number(len(items))), error=False
        )
        (
            Op(self, work, lane=LOCAL)
            .with_progress(self.tr("Exporting the work list ..."))
            .success(self._exported)
            .failure(self._export_failed)
            .run()
        )

    def _exported(self, result: ExportResult) -> None:
        if not isValid(self):
            return
        rows = result.rows
        text = (
            self.tr("Exported 1 case to {path}")
            if rows == 1
            else self.tr("Exported {count} cases to {path}")
        ).format(count=_number(rows), path=str(result.path))
        self._say(text, error=False)
        self._emitting = True
        try:
            self.ctx.changes.emit(OUTBOX)  # the audit event waits to be pushed
        finally:
            self._emitting = False
        self.exported.emit(str(result.path))

    def _export_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(exc, ExportCancelled):
            self._say(self.tr("Export cancelled; no file was written."), error=False)
            return
        self._say(self.tr("The export failed: {reason}").format(reason=user_message(exc)))
        show_error(self, exc)


def _number(count: int) -> str:
    """1.234 (Belgian thousands separator)."""
    return f"{count:,}".replace(",", ".")
