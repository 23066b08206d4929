"""The dossier page: who the applicant is, how fresh the data is, a retroactive change that
arrived by sync, the timeline with the periods below it, and the case beside them.

`show_dossier(insz)` asks the desk for everything in ONE background op
(`Desk.open_dossier`: one cache session for the dossier view, the timeline, the legal
representative and the open retroactive-change flags; fetched from the central database
first when it is not cached and can be reached) and hands the typed `DossierData` back
to the GUI thread. A dossier that cannot be shown is explained in the page in words.
When the window's changes signal says dossiers or cases changed, the shown dossier is
reloaded quietly (no greying, no busy text, no new access). Acknowledging a retroactive
change is a desk write too (`Desk.acknowledge_retro`), whose changes the op broadcasts.

The header is `ui.dossier.header`, the retroactive-change banner `ui.dossier.retro_banner`; the
page lays them out with the timeline, the periods and the case panel, and loads.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.errors import CumulDeskError
from cumuldesk.services.desk import Changes
from cumuldesk.services.dossiers.opening import DossierData
from cumuldesk.services.dossiers.store import DossierNotFound, NotAvailableOffline
from cumuldesk.services.dossiers.timeline import Segment
from cumuldesk.ui.dossier.case_panel import CasePanel
from cumuldesk.ui.dossier.header import DossierHeader
from cumuldesk.ui.dossier.period_amounts import PeriodAmounts, period_amounts
from cumuldesk.ui.dossier.periods_table import PeriodsTable
from cumuldesk.ui.dossier.retro_banner import RetroBanner, key_text
from cumuldesk.ui.kit.changes import CASES, DOSSIERS, SYNC
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.ops import LOCAL, Op, user_message
from cumuldesk.ui.timeline.view import TimelineWidget

BUSY_AFTER_MS = 150  # the busy text and the greyed old dossier, only for a slow look-up
SPLITTER_KEY = "dossier/splitter"
SIDE_SPLITTER_KEY = "dossier/side_splitter"
HIGH_CONTRAST_KEY = "timeline/high_contrast"
NOT_FOUND = "not_found"
NOT_OFFLINE = "not_offline"
LOOKUP_KEYS = "Ctrl+L"  # the window's look-up field (ui.shell.main_window)
SYNC_KEYS = "F5"  # the window's Sync now


class DossierPage(QWidget):
    """One dossier: header, freshness, retroactive change, timeline, periods, case."""

    simulate_requested = Signal(str)  # INSZ digits
    dossier_shown = Signal(str)  # INSZ digits, once on screen
    dossier_failed = Signal(str)  # INSZ digits: not found, not offline, an error (said)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._data: DossierData | None = None
        self._amounts: dict[Segment, PeriodAmounts] = {}  # BOB, zorgtoeslag: law amounts
        self._insz: str | None = None  # shown (or being reloaded)
        self._request = 0  # the newest load; older results are dropped
        self._loading = False
        self._loading_other = False  # a different dossier is being looked up
        self._reload_again = False
        self._error: str | None = None
        self._error_kind: str | None = None  # NOT_FOUND, NOT_OFFLINE: a next step to say
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

        self.header = DossierHeader()
        self.name_label = self.header.name_label
        self.captions, self.values = self.header.captions, self.header.values

        self.simulate_button = QPushButton()
        self.simulate_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.simulate_button.clicked.connect(self._simulate)
        self.simulate_shortcut = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        self.simulate_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.simulate_shortcut.activated.connect(self._simulate)
        # the timeline in black, white and patterns only (kept for the next start)
        self.high_contrast_box = QCheckBox()
        self.high_contrast_box.toggled.connect(self._set_high_contrast)
        actions = QVBoxLayout()
        actions.addWidget(self.simulate_button)
        actions.addWidget(self.high_contrast_box)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(actions)

        self.freshness_label = QLabel()
        self.freshness_label.setWordWrap(True)

        # retroactive change banner: an icon and words, not colour alone
        self.retro_banner = RetroBanner()
        self.retro_icon, self.retro_label = self.retro_banner.icon, self.retro_banner.label
        self.acknowledge_button = self.retro_banner.acknowledge_button
        self.acknowledge_button.clicked.connect(self._acknowledge)

        # errors and loading, in words
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message_font = QFont(self.message_label.font())
        message_font.setBold(True)
        self.message_label.setFont(message_font)
        self.message_label.hide()
        self.message_label.setProperty("message", "error")  # the stylesheet's error colour
        self.hint_label = QLabel()  # what the handler can do next
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label.hide()
        self.busy_label = QLabel()
        self.busy_label.hide()

        # timeline over periods, case beside them
        self.timeline = TimelineWidget()
        high_contrast = ctx.settings.qsettings.value(HIGH_CONTRAST_KEY, False, type=bool)
        self.high_contrast_box.setChecked(bool(high_contrast))
        self.timeline.set_high_contrast(bool(high_contrast))
        self.periods = PeriodsTable()
        self.periods.segment_activated.connect(self._focus_segment)
        self.case_panel = CasePanel(ctx)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.addWidget(self.timeline)
        self.side_splitter.addWidget(self.periods)
        self.side_splitter.setChildrenCollapsible(False)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side_splitter)
        self.splitter.addWidget(self.case_panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self._restore_splitters()
        self.splitter.splitterMoved.connect(self._save_splitters)
        self.side_splitter.splitterMoved.connect(self._save_splitters)

        self.body = QWidget()  # everything of a shown dossier
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addWidget(self.freshness_label)
        body.addWidget(self.retro_banner)
        body.addWidget(self.splitter, 1)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # a message and what to do about it, together in the middle of the page
        self.message_box = QWidget()
        message_box = QVBoxLayout(self.message_box)
        message_box.setContentsMargins(0, 0, 0, 0)
        message_box.addStretch(1)
        message_box.addWidget(self.message_label)
        message_box.addWidget(self.hint_label)
        message_box.addStretch(1)
        self.message_box.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.message_box, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()

        for first, second in (
            (self.name_label, self.simulate_button),
            (self.simulate_button, self.high_contrast_box),
            (self.high_contrast_box, self.acknowledge_button),
            (self.acknowledge_button, self.timeline),
            (self.timeline, self.periods.view),
            (self.periods.view, self.case_panel.status_combo),
        ):
            QWidget.setTabOrder(first, second)

        ctx.changes.changed.connect(self._on_changed)
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Dossier"))
        self.header.retranslate_ui()
        self.simulate_button.setText(self.tr("&Simulate"))
        self.simulate_button.setAccessibleName(self.tr("Simulate this dossier"))
        self.simulate_button.setToolTip(
            self.tr("Compare IVT/IT with zorgtoeslag + BOB for this dossier (Alt+S, Ctrl+Shift+S)")
        )
        self.high_contrast_box.setText(self.tr("High &contrast timeline"))
        self.high_contrast_box.setAccessibleName(self.tr("High contrast timeline"))
        self.high_contrast_box.setToolTip(
            self.tr(
                "Draw the timeline in black and white with patterns only, for low vision "
                "or a monochrome printout (Alt+C)"
            )
        )
        self.retro_banner.retranslate_ui()
        self.freshness_label.setAccessibleName(self.tr("Data freshness"))
        self.message_label.setAccessibleName(self.tr("Message"))
        self.hint_label.setAccessibleName(self.tr("What you can do"))
        self.busy_label.setAccessibleName(self.tr("Loading"))
        self.empty_label.setText(
            self.tr("No dossier open. Type an INSZ in the look-up field (Ctrl+L) and press Enter.")
        )
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.periods.setAccessibleName(self.tr("Periods"))
        if self._busy_shown:
            self.busy_label.setText(self.tr("Loading the dossier ..."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ public

    @property
    def current_insz(self) -> str | None:
        """The INSZ digits of the dossier on screen (None when none is)."""
        return None if self._data is None or self._error is not None else self._data.view.insz

    def show_dossier(self, insz: str) -> None:
        """Load and show this dossier (in the background); errors are shown in the page."""
        self._load(insz, quiet=False)

    def shown_data(self) -> DossierData | None:
        return self._data

    def header_texts(self) -> dict[str, str]:
        """What the header says, by field (for tests and screen readers)."""
        return self.header.texts()

    def message_text(self) -> str:
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    def hint_text(self) -> str:
        """What the handler can do about the message shown ("" when none)."""
        return self.hint_label.text() if self.hint_label.isVisibleTo(self) else ""

    # ------------------------------------------------------------------ loading

    def _load(self, insz: str, *, quiet: bool) -> None:
        self._request += 1
        request = self._request
        self._loading = True
        self._loading_other = not quiet or insz != self.current_insz
        self._reload_again = False
        desk = self.ctx.desk
        if not quiet:
            self.message_label.hide()
            self.message_box.hide()
            self._busy_timer.start()  # a quick look-up never flickers through a busy state

        def work(state: object) -> tuple[DossierData, dict[Segment, PeriodAmounts]]:
            data = desk.open_dossier(insz, quiet=quiet)
            # the monthly BOB and zorgtoeslag amounts the simulation would use
            return data, period_amounts(data.timeline, data.view.region, desk.law)

        Op(self, work, lane=LOCAL).success(
            lambda loaded: self._loaded(request, loaded[0], quiet, loaded[1])
        ).failure(lambda exc: self._failed(request, exc, insz)).run()

    def _show_busy(self) -> None:
        """The look-up takes a while: say so, and grey the old dossier until the new one is
        in (the window stays usable)."""
        if not self._loading:
            return
        self._busy_shown = True
        self.busy_label.setText(self.tr("Loading the dossier ..."))
        self.busy_label.show()
        self.body.setEnabled(False)

    def _finish_loading(self) -> None:
        self._loading = False
        self._busy_timer.stop()
        if self._busy_shown:
            self._busy_shown = False
            self.busy_label.hide()
            self.body.setEnabled(True)

    def _loaded(
        self,
        request: int,
        data: DossierData,
        quiet: bool,
        amounts: dict[Segment, PeriodAmounts] | None = None,
    ) -> None:
        if request != self._request:
            return  # a newer look-up replaced this one
        self._finish_loading()
        self._data = data
        self._amounts = dict(amounts or {})
        self._error = None
        self._insz = data.view.insz
        self._render()
        if not quiet:
            self.dossier_shown.emit(data.view.insz)
        if self._reload_again:
            self._load(data.view.insz, quiet=True)

    def _failed(self, request: int, exc: BaseException, insz: str) -> None:
        if request != self._request:
            return
        self._finish_loading()
        self._error_kind = None
        if isinstance(exc, DossierNotFound):
            text = self.tr("No dossier with this INSZ in the central database.")
            self._error_kind = NOT_FOUND
        elif isinstance(exc, NotAvailableOffline):
            self._error_kind = NOT_OFFLINE
            text = self.tr(
                "This dossier is not available offline: it is not in your local cache and "
                "the central database cannot be reached. Try again when the connection is "
                "back."
            )
        elif isinstance(exc, CumulDeskError):
            message = user_message(exc)
            text = message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
        else:
            text = user_message(exc)
        self._error = text
        self._data = None
        self._insz = None
        self._render()
        self.dossier_failed.emit(insz)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if self._insz is None:
            return
        if SYNC in kinds and self._data is not None and self._error is None:
            self.freshness_label.setText(self._freshness(self._data))  # online or not
        if not kinds & {DOSSIERS, CASES}:
            return
        if self._loading:
            self._reload_again = True
            return
        self._load(self._insz, quiet=True)

    # ------------------------------------------------------------------ rendering

    def _next_step(self) -> str:
        """What the handler can do about the error shown, with the keys."""
        if self._error_kind == NOT_OFFLINE:
            return (
                self.tr(
                    "Sync now (%1) tries the connection again; once online, open the dossier "
                    "again from the look-up field (%2)."
                )
                .replace("%1", key_text(SYNC_KEYS))
                .replace("%2", key_text(LOOKUP_KEYS))
            )
        if self._error_kind != NOT_FOUND:
            return ""
        return "\n".join(
            (
                self.tr("Check the number typed (%1).").replace("%1", key_text(LOOKUP_KEYS)),
                self.tr(
                    "If it is right, the person is not in the VSB files imported so far "
                    "(no BOB), or the case belongs to another team: ask your supervisor."
                ),
            )
        )

    def _render(self) -> None:
        hint = self._next_step() if self._error is not None else ""
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        if self._error is not None:
            self.message_label.setText(self._error)
            self.message_label.show()
            self.message_box.show()
            self.body.hide()
            self.empty_label.hide()
            self.simulate_button.setEnabled(False)
            self.timeline.set_timeline(None)
            self.periods.set_timeline(None)
            self.case_panel.set_dossier(None)
            return
        self.message_label.hide()
        self.message_box.hide()
        data = self._data
        if data is None:
            self.simulate_button.setEnabled(False)
            self.body.hide()
            self.empty_label.show()
            return
        self.empty_label.hide()
        view = data.view
        self.header.show_view(view, data.representative)
        self.freshness_label.setText(self._freshness(data))
        self.retro_banner.show_flags(
            view.retro_flags,
            can_acknowledge=bool(data.flag_ids),
            letter_sent=None if view.case is None else view.case.proposal_sent_on,
        )
        self.simulate_button.setEnabled(True)
        if self.timeline.timeline() != data.timeline:  # a reload keeps zoom, scroll, sort
            self.timeline.set_timeline(data.timeline)
            self.periods.set_timeline(data.timeline, self._amounts)
        elif self.periods.model.amounts() != self._amounts:  # new law data: the amounts only
            self.periods.model.set_amounts(self._amounts)
            self.periods.fit_headers()
        self.case_panel.set_dossier(view)
        self.body.show()

    def _freshness(self, data: DossierData) -> str:
        return self.header.freshness(data, self.ctx.desk.online)

    def retro_text(self) -> str:
        return self.retro_label.text() if self.retro_banner.isVisibleTo(self) else ""

    # ------------------------------------------------------------------ actions

    def _focus_segment(self, segment: Segment | None) -> None:
        """A period picked in the table is focused on the timeline."""
        if segment is not None:
            self.timeline.focus_segment(segment)
            self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_high_contrast(self, on: bool) -> None:
        self.timeline.set_high_contrast(on)
        self.ctx.settings.qsettings.setValue(HIGH_CONTRAST_KEY, bool(on))

    def _simulate(self) -> None:
        insz = self.current_insz
        # a quiet reload of the same dossier (after a sync) does not swallow the key press
        if insz is not None and not (self._loading and self._loading_other):
            self.simulate_requested.emit(insz)

    def _acknowledge(self) -> None:
        data = self._data
        if data is None or not data.flag_ids:
            return
        desk = self.ctx.desk
        self.acknowledge_button.setEnabled(False)

        def work(state: object) -> Changes:
            return desk.acknowledge_retro(data)  # the op broadcasts its changes (cases)

        def failed(exc: BaseException) -> None:
            self.acknowledge_button.setEnabled(True)
            self.retro_banner.add_line(user_message(exc))

        Op(self, work, lane=LOCAL, changes=self.ctx.changes).failure(failed).run()

    # ------------------------------------------------------------------ settings

    def _restore_splitters(self) -> None:
        for key, splitter in (
            (SPLITTER_KEY, self.splitter),
            (SIDE_SPLITTER_KEY, self.side_splitter),
        ):
            state = self.ctx.settings.geometry(key)
            if state is not None:
                splitter.restoreState(state)

    def _save_splitters(self, *args: Any) -> None:
        self.ctx.settings.set_geometry(SPLITTER_KEY, self.splitter.saveState())
        self.ctx.settings.set_geometry(SIDE_SPLITTER_KEY, self.side_splitter.saveState())
