"""The work list page: the cases of the handler's team, the filters that matter (each
with its count), a search, the table, and the export of what is shown to Excel.

The list is loaded in a background op (local lane: `Desk.worklist` plus the filters'
masks and search keys, `ui.worklist.model.prepare`), shown in place when it arrives (the
old rows stay until then; the selected case stays selected). Dossiers or cases changed
by a sync or by the handler reload it quietly; a hidden page reloads when it is shown
again. Double-click or Enter opens the dossier (`open_dossier`, INSZ digits). The export
writes the rows shown, in their order, in a background op with progress and cancel
(`Desk.export_worklist`); the op broadcasts what it changed (the outbox), which this
page does not reload for.

The page puts together the filter bar (`ui.worklist.filters`), the search field
(`ui.worklist.search`), the table (`ui.worklist.table`) and the export
(`ui.worklist.export_flow`), and does the loading.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.services.worklist import FILTERS, WorkItem, screen_again, with_screenings
from cumuldesk.ui.kit.changes import CASES, DOSSIERS, OUTBOX, SYNC
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.ops import LOCAL, Op, user_message
from cumuldesk.ui.kit.stale_reload import StaleReload
from cumuldesk.ui.kit.style import repolish
from cumuldesk.ui.kit.widgets import LoadingBar
from cumuldesk.ui.worklist.export_flow import ExportFlow
from cumuldesk.ui.worklist.filters import ALL, FILTER_ORDER, FilterBar, count_text
from cumuldesk.ui.worklist.model import (
    HIDDEN_BY_DEFAULT,
    WorkListData,
    WorkListFilter,
    WorkListModel,
    prepare,
)
from cumuldesk.ui.worklist.search import SearchField
from cumuldesk.ui.worklist.table import WorkListTable

SCREEN_AGAIN_KEYS = "Ctrl+Shift+R"
DRAFT_PROPOSALS_KEYS = "Ctrl+Shift+D"


class WorkListPage(QWidget):
    open_dossier = Signal(str)  # INSZ digits
    loaded = Signal(int)  # a list is on screen: how many cases
    exported = Signal(str)  # the path of a finished export
    screened = Signal(str)  # a case screened again here: its reference

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._reload_again = False
        self._own_export = False  # an export just finished: its outbox change is ours
        self._error: str | None = None
        self._counts: dict[str, int] = {}

        self.model = WorkListModel(self)
        self.proxy = WorkListFilter(self)
        self.proxy.setSourceModel(self.model)

        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.search = SearchField(self)
        self.search_timer = self.search.timer
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self._fresh: dict[str, WorkItem] = {}  # screened again here, by case reference
        self._screening = False
        self.screen_button = QPushButton(self)  # Screen again (Ctrl+Shift+R)
        self.screen_button.setShortcut(QKeySequence(SCREEN_AGAIN_KEYS))
        self.screen_button.clicked.connect(self.screen_again)
        self.proposals_button = QPushButton(self)  # Draft proposals ... (Ctrl+Shift+D)
        self.proposals_button.clicked.connect(self.draft_proposals)
        self.export_flow = ExportFlow(self, ctx)
        self.export_flow.message.connect(lambda text, error: self._say(text, error=error))
        self.export_flow.written.connect(self._exported)

        self.filter_bar = FilterBar(self)
        self.filter_buttons, self.filter_group = self.filter_bar.buttons, self.filter_bar.group
        self.filter_bar.chosen.connect(self._filter_chosen)

        self.busy = LoadingBar(self)  # shows only when loading takes a while
        self.message = QLabel(self)
        self.message.setObjectName("worklistMessage")  # [error="true"]: the error colour
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.table = WorkListTable(self.proxy, self)
        self.table.activated.connect(self._open_index)
        self.table.open_current.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.hide_keys(ctx.settings.hidden_columns("worklist", HIDDEN_BY_DEFAULT))
        self.table.columns_chosen.connect(
            lambda: ctx.settings.set_hidden_columns("worklist", self.table.hidden_keys())
        )
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.search.paused.connect(self._apply_search)
        self.search.to_table.connect(self._search_to_table)
        self.refresh = StaleReload(self, self.reload, lambda: self._loading)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.busy)
        top.addWidget(self.search, 2)
        top.addWidget(self.screen_button)
        top.addWidget(self.proposals_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        # the page's focus goes to its first control (Ctrl+1; Down there moves on to the
        # table): a proxy further down the chain would take Tab from the tab bar straight
        # to it, leaving the search and the filters out of the Tab chain
        self.setFocusProxy(self.search)
        self.setTabOrder(self.search, self.filter_buttons[FILTER_ORDER[0]])
        previous: QWidget = self.filter_buttons[FILTER_ORDER[0]]
        for key in FILTER_ORDER[1:]:
            self.setTabOrder(previous, self.filter_buttons[key])
            previous = self.filter_buttons[key]
        self.setTabOrder(previous, self.table)
        self.setTabOrder(self.table, self.screen_button)
        self.setTabOrder(self.screen_button, self.proposals_button)
        self.setTabOrder(self.proposals_button, self.export_button)

        self.filter_buttons[ALL].setChecked(True)
        ctx.changes.changed.connect(self._changed)
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.search.retranslate_ui()
        self.export_button.setText(self.tr("E&xport to Excel ..."))
        self.export_button.setAccessibleName(self.tr("Export the cases shown to Excel"))
        self.export_button.setToolTip(
            self.tr("Save the cases shown, with this filter and search, as an Excel workbook")
        )
        self.find_shortcut.setWhatsThis(self.tr("Search the work list"))  # shortcuts list
        self.screen_button.setText(self.tr("Screen again"))
        self.screen_button.setShortcut(QKeySequence(SCREEN_AGAIN_KEYS))  # setText clears it
        self.screen_button.setWhatsThis(self.tr("Screen the selected case again"))
        self.screen_button.setAccessibleName(self.tr("Screen the selected case again"))
        self.screen_button.setToolTip(
            self.tr(
                "Check and simulate the selected case with today's data and law data, and "
                "show its verdict and amount at stake in the list ({keys}). Shown on this "
                "computer only: the central result is stored by a supervisor's screening."
            ).format(
                keys=QKeySequence(SCREEN_AGAIN_KEYS).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        keys = QKeySequence(DRAFT_PROPOSALS_KEYS)
        self.proposals_button.setText(self.tr("Draft proposals ..."))
        self.proposals_button.setShortcut(keys)  # setText clears it
        self.proposals_button.setWhatsThis(self.tr("Draft the proposals of the selected cases"))
        self.proposals_button.setAccessibleName(self.tr("Draft proposals"))
        self.proposals_button.setToolTip(
            self.tr(
                "Draft the renunciation proposal of every selected case, each in its "
                "applicant's language, then print them or export them to a folder ({keys}). "
                "Select several cases with Shift or Ctrl, or all shown with Ctrl+A."
            ).format(keys=keys.toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.table.retranslate_ui()
        self.summary.setAccessibleName(self.tr("Work list summary"))
        self.busy.setAccessibleName(self.tr("Loading the work list"))
        self.message.setAccessibleName(self.tr("Work list message"))
        self.empty.setAccessibleName(self.tr("No cases shown"))
        self.model.retranslate_ui()
        self._show_counts()
        self._show_summary()

    def filter_label(self, key: str) -> str:
        """The name of a filter as the handler reads it (without its count)."""
        return self.filter_bar.label(key)

    def _show_counts(self) -> None:
        self.filter_bar.show_counts(self._counts, self._total())

    def _total(self) -> int | None:
        return len(self.model.data_set.items) if not self.refresh.stale or self._counts else None

    def _show_summary(self) -> None:
        team = self.ctx.desk.identity.team
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
                text = self.tr("{count} cases of {team}").format(count=count_text(total), team=team)
            if shown != total:
                text += self.tr(", {shown} shown").format(shown=count_text(shown))
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
        self.refresh.stale = False
        self.busy.start()
        self._show_summary()
        desk = self.ctx.desk
        today = desk.today()

        fresh = dict(self._fresh)

        def work(state: Any) -> WorkListData:  # one query day for both
            return prepare(with_screenings(desk.worklist(today), fresh), today)

        Op(self, work, lane=LOCAL).success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, data: WorkListData) -> None:
        self._loading = False
        self.busy.stop()
        self._show_data(data)
        if self._reload_again:
            self.reload()

    def show_data(self, data: WorkListData) -> None:
        """Show a list loaded elsewhere (as `reload` does when its list arrives): the
        filter, search, sort and selected case stay as they were."""
        self.refresh.stale = False
        self._show_data(data)

    def _show_data(self, data: WorkListData) -> None:
        self._error = None
        self._hide_message_if_error()
        selected = self.selected_item()
        self.model.set_data(data)
        self._counts = data.counts
        if data.items:  # sized to every list that comes in (a longer name, a verdict)
            self.table.refit()
        self._show_counts()
        self._show_summary()
        if selected is None or not self.select_reference(selected.reference):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self.loaded.emit(len(data.items))

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.busy.stop()
        self._error = user_message(exc)
        self._say(self.tr("The work list could not be loaded: {reason}").format(reason=self._error))
        self._show_summary()
        if self._reload_again:
            self.reload()

    def _hide_message_if_error(self) -> None:
        if self.message.property("error"):
            self.message.hide()
            self.message.setProperty("error", False)
            repolish(self.message)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        repolish(self.message)
        self.message.show()

    def _changed(self, kinds: frozenset[str]) -> None:
        if self._own_export and kinds == {OUTBOX}:
            self._own_export = False  # the export's audit event: no row changed
            return
        if DOSSIERS in kinds or CASES in kinds or (OUTBOX in kinds and SYNC not in kinds):
            self.refresh.mark()

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

    # ------------------------------------------------------------------ bulk proposals

    def selected_items(self) -> list[WorkItem]:
        """The selected cases in the order shown (the current one when none is)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            current = self.selected_item()
            return [current] if current is not None else []
        return [self.proxy.item(row) for row in rows]

    def draft_proposals(self) -> None:
        """ "Draft proposals ...": the bulk window for the selected cases (it drafts in the
        background, with progress and cancel, and lists the cases it leaves out)."""
        from cumuldesk.ui.letters.bulk_dialog import BulkProposalsDialog

        items = self.selected_items()
        if not items:
            self._say(self.tr("Select the cases to draft proposals for first."))
            return
        dialog = BulkProposalsDialog(self.ctx, [item.reference for item in items], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------------ screen again

    def screen_again(self) -> None:
        """Check and simulate the selected case on the desk in the background and show
        its fresh verdict and amount at stake in its row (not stored centrally)."""
        item = self.selected_item()
        if item is None or self._screening:
            return
        self._screening = True
        self.screen_button.setEnabled(False)
        desk = self.ctx.desk
        data = self.model.data_set

        def work(state: Any) -> tuple[WorkItem, WorkListData, WorkListData]:
            fresh = screen_again(desk, item)
            items = [fresh if i.reference == item.reference else i for i in data.items]
            return fresh, data, prepare(items, data.today)

        Op(self, work, lane=LOCAL).success(self._screened).failure(self._screen_failed).run()

    def _screened(self, result: tuple[WorkItem, WorkListData, WorkListData]) -> None:
        self._screening = False
        self.screen_button.setEnabled(True)
        fresh, base, data = result
        self._fresh[fresh.reference] = fresh
        if self.model.data_set is base:
            self._show_data(data)
        else:  # another list arrived meanwhile: load it with the fresh result
            self.reload()
        self.screened.emit(fresh.reference)

    def _screen_failed(self, exc: BaseException) -> None:
        self._screening = False
        self.screen_button.setEnabled(True)
        self._say(
            self.tr("The case could not be screened again: {reason}").format(
                reason=user_message(exc)
            )
        )

    # ------------------------------------------------------------------ export

    def filters_description(self) -> str:
        """The filter and search of the rows shown, in words (for the export)."""
        return self.filter_bar.describe(self.proxy.filter_key, self.proxy.search_text)

    def export(self) -> None:
        """Ask for a file name and export the rows shown, in their order."""
        self.apply_search_now()
        self.export_flow.run(
            self.proxy.visible_items(),
            filters_label=self.filters_description(),
            filter_key=self.proxy.filter_key,
            searched=bool(self.proxy.search_text.strip()),
        )

    def _exported(self, path: str) -> None:
        # the export op broadcasts its change (the audit event waits to be pushed) right
        # after this: nothing to reload for it
        self._own_export = True
        QTimer.singleShot(0, self._export_done)
        self.exported.emit(path)

    def _export_done(self) -> None:
        if isValid(self):
            self._own_export = False
