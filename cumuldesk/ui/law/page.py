"""The "Law data" page: which law-data version this desk computes with, and every law
value of the organisation (parameter, category, from, value, kind, state, version, who
proposed and who decided, source), filtered by state with counts and sortable, the
proposals first. Supervisors propose, approve and reject from here (`ui.law.actions`);
handlers read. A second tab, "Sender block" (`ui.law.sender_block`), shows the letters'
sender block per language with its sources; supervisors publish its fields there.

Loading runs in background ops through the desk (`Desk.central_law_values`, plain data from
`services.law.page_data`): the central database's values on the network lane; when it
cannot be reached, the approved values this desk computes with from the local cache
(`Desk.cached_law_values`) on the local lane, and the page says so in one sentence. A hidden page
loads when it is shown; a sync (or new law data) marks it stale. After an approval the
page asks the window to sync (`sync_requested`), so this desk gets the new version too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.services.law.names import value_name
from cumuldesk.services.law.page_data import PROPOSED, LawData, LawRow
from cumuldesk.ui.kit.changes import PARAMETERS, SYNC
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.ops import LOCAL, NETWORK, Op, user_message
from cumuldesk.ui.kit.stale_reload import StaleReload
from cumuldesk.ui.kit.widgets import LoadingBar
from cumuldesk.ui.law.actions import LawActions
from cumuldesk.ui.law.model import COL_FROM, COL_VALUE, LawFilter, LawModel
from cumuldesk.ui.law.sender_block import SenderBlockPanel
from cumuldesk.ui.law.widgets import FILTERS, LawFilterBar, LawNotice, LawTable


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class LawPage(QWidget):
    loaded = Signal(int)  # a list is on screen: how many values
    sync_requested = Signal()  # an approval: this desk should sync now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: LawData | None = None
        self.loading = False
        self._reload_again = False
        self._select_after: int | None = None
        self._sized = False
        self.error: str | None = None

        self.model = LawModel(self)
        self.proxy = LawFilter(self)
        self.proxy.setSourceModel(self.model)

        self.version_label = QLabel(self)
        self.version_label.setWordWrap(True)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = LoadingBar(self)  # shows only when loading takes a while
        self.notice = LawNotice(self)  # offline, or read-only for handlers
        self.message = LawNotice(self)  # what the last step did

        self.filter_bar = LawFilterBar(self)
        self.filter_buttons = self.filter_bar.buttons
        self.filter_bar.chosen.connect(self.set_filter)
        self.table = LawTable(self.proxy, self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.hide()

        self.law_actions = LawActions(ctx, self.describe, self)
        self.law_actions.done.connect(self._action_done)
        self.law_actions.failed.connect(lambda text: self.message.say(text, "error"))
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(self.version_label, 1)
        top.addWidget(self.busy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.law_actions, 1)
        bottom.addStretch(0 if ctx.desk.identity.is_supervisor else 1)
        bottom.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.law_part = QWidget(self)  # the law values; the sender block is the other tab
        layout = QVBoxLayout(self.law_part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.sender_block = SenderBlockPanel(ctx, self)
        # the two parts under a tab bar: the part not chosen is hidden (a plain layout, so
        # that wrapped texts and the filter buttons get their height); chosen with the Alt
        # keys of the tabs (Alt+V, Alt+B); the Tab key goes round the part shown
        self.parts = QTabBar(self)
        # named as a tab widget's own tab bar: its scroll buttons (never needed for two
        # tabs) are its inner parts, spoken by it
        self.parts.setObjectName("qt_lawpage_tabbar")
        self.parts.setUsesScrollButtons(False)
        self.parts.setDocumentMode(True)
        self.parts.setDrawBase(False)
        self.parts.setExpanding(False)
        self.parts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.parts.addTab("")
        self.parts.addTab("")
        self.sender_block.hide()
        self.parts.currentChanged.connect(self.show_part)
        page_layout = QVBoxLayout(self)
        page_layout.addWidget(self.parts)
        page_layout.addWidget(self.law_part, 1)
        page_layout.addWidget(self.sender_block, 1)
        previous: QWidget = self.filter_buttons[FILTERS[0]]  # the filters, then the table
        for state in FILTERS[1:]:
            self.setTabOrder(previous, self.filter_buttons[state])
            previous = self.filter_buttons[state]
        actions = self.law_actions
        chain = [
            previous,
            self.table,
            actions.propose_button,
            actions.approve_button,
            actions.reject_button,
            self.reload_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

        self.set_filter(None)
        self.refresh = StaleReload(self, self.reload, lambda: self.loading)
        ctx.changes.changed.connect(self._changed)
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.model.retranslate_ui()
        self.law_actions.retranslate_ui()
        self.table.setAccessibleName(self.tr("Law values"))
        self.table.setAccessibleDescription(
            self.tr(
                "Every law value with its category, date, value, kind, state, version and "
                "source; the proposals first. Click a column header to sort."
            )
        )
        self.reload_button.setText(self.tr("Re&load"))
        self.reload_button.setToolTip(self.tr("Read the law values again"))
        self.busy.setAccessibleName(self.tr("Loading the law values"))
        self.version_label.setAccessibleName(self.tr("Law data in use"))
        self.empty.setAccessibleName(self.tr("No law values shown"))
        self.message.text.setAccessibleName(self.tr("Law data message"))
        self.parts.setTabText(0, self.tr("Law &values"))
        self.parts.setTabText(1, self.tr("Sender &block"))
        self.parts.setTabToolTip(
            1, self.tr("DG HAN's address, phone, opening hours and signatory on the letters")
        )
        self.parts.setAccessibleName(self.tr("Parts of the law-data page"))
        self.parts.setAccessibleDescription(
            self.tr("The law values, or the sender block of the letters")
        )
        self._show_counts()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_part(self, index: int) -> None:
        """Show the law values (0) or the sender block (1)."""
        if self.parts.currentIndex() != index:
            self.parts.setCurrentIndex(index)  # comes back here
            return
        self.law_part.setVisible(index == 0)
        self.sender_block.setVisible(index == 1)

    def _show_counts(self) -> None:
        self.filter_bar.show_counts(self.data.counts() if self.data is not None else None)

    def version_text(self) -> str:
        """Which law data this desk computes with, in words."""
        params = self.ctx.desk.law
        if params.version is None:
            text = self.tr(
                "This desk computes with the shipped defaults: it has no law data from the "
                "central database yet."
            )
        else:
            text = self.tr("This desk computes with law data v{version} (central database).")
            text = text.format(version=params.version)
        held = self.data.cache_version if self.data is not None else None
        if held is not None and held != params.version:
            text += " " + self.tr(
                "The last sync brought law data v{version}: this desk uses it from your next "
                "sign-in."
            ).format(version=held)
        return text

    def _show_state(self) -> None:
        self.version_label.setText(self.version_text())
        self.version_label.setAccessibleDescription(self.version_label.text())
        if self.error is not None:
            self.notice.say(
                self.tr("The law values could not be loaded: {reason}").format(reason=self.error),
                "error",
            )
        elif self.data is not None and not self.data.online:
            self.notice.say(
                self.tr(
                    "The central database cannot be reached: shown are the approved values "
                    "this desk computes with, as of the last sync."
                ),
                "warning",
            )
        elif not self.ctx.desk.identity.is_supervisor:
            self.notice.say(
                self.tr(
                    "The law data are read-only for you: supervisors propose and approve values."
                )
            )
        else:
            self.notice.say(None)
        self._show_empty()
        self._selection_changed()

    def _show_empty(self) -> None:
        if self.data is None or self.proxy.rowCount():
            self.empty.hide()
            return
        if self.proxy.state == PROPOSED:
            text = self.tr("No value waits for approval.")
        else:
            text = self.tr("No law value in this state.")
        self.empty.setText(text)
        self.empty.show()

    def describe(self, row: LawRow) -> str:
        """A value in words: parameter and category, from which day, the value."""
        return self.tr("{name} from {day}: {value}").format(
            name=value_name(row.name, row.bracket, _t),
            day=self.model.display(row, COL_FROM),
            value=self.model.display(row, COL_VALUE),
        )

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the law values again in the background (the rows shown stay until then)."""
        if self.loading:
            self._reload_again = True
            return
        self.loading = True
        self._reload_again = False
        self.refresh.stale = False
        self.busy.start()
        self.reload_button.setEnabled(False)
        desk = self.ctx.desk
        op = Op(self, lambda state: desk.central_law_values(), lane=NETWORK)
        op.success(self._central_loaded).failure(self._load_failed).run()

    def _central_loaded(self, data: LawData | None) -> None:
        if data is not None:
            self._loaded(data)
            return
        desk = self.ctx.desk
        op = Op(self, lambda state: desk.cached_law_values(), lane=LOCAL)
        op.success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, data: LawData) -> None:
        self._done_loading()
        self.error = None
        selected = wanted = self._select_after
        if selected is None:
            row = self.selected_row()
            selected = row.id if row is not None else None
        self._select_after = None
        self.data = data
        self.model.set_rows(list(data.rows))
        if not self._sized and data.rows:
            self._size_columns()
        self._show_counts()
        if wanted is not None and self.proxy.proxy_row_of(wanted) is None:
            self.set_filter(None)  # the value just proposed or decided: show it
        if selected is not None and not self.select_id(selected) and self.proxy.rowCount():
            self.table.selectRow(0)
        elif selected is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_state()
        self.loaded.emit(len(data.rows))
        if self._reload_again:
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self._done_loading()
        self.error = user_message(exc)
        self._show_state()
        if self._reload_again:
            self.reload()

    def _done_loading(self) -> None:
        self.loading = False
        self.busy.stop()
        self.reload_button.setEnabled(True)

    def _size_columns(self) -> None:
        self._sized = True
        self.table.size_columns()

    def _changed(self, kinds: frozenset[str]) -> None:
        if SYNC in kinds or PARAMETERS in kinds:
            self.refresh.mark()

    # ------------------------------------------------------------------ rows

    def set_filter(self, state: str | None) -> None:
        """Show the values of one state (None: all)."""
        selected = self.selected_row()
        self.filter_bar.check(state)
        self.proxy.set_state(state)
        if selected is None or not self.select_id(selected.id):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self._show_empty()
        self._selection_changed()

    def selected_row(self) -> LawRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index.row())

    def select_id(self, value_id: int | None) -> bool:
        row = self.proxy.proxy_row_of(value_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def shown_rows(self) -> list[LawRow]:
        return [self.proxy.row_at(row) for row in range(self.proxy.rowCount())]

    def _selection_changed(self) -> None:
        online = self.data is not None and self.data.online
        self.law_actions.show_for(self.selected_row(), online)

    def _action_done(self, text: str, value_id: Any, new_version: bool) -> None:
        if new_version:
            text += " " + self.tr("This desk syncs now.")
        self.message.say(text, "success")
        self._select_after = value_id if isinstance(value_id, int) else None
        self.reload()
        if new_version:
            self.sync_requested.emit()
