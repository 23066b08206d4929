"""The status bar of the main window: who is signed in, online or offline (in words),
how old the data is, how many changes wait to be pushed (and conflicts), the progress of
a sync under way, and a "Sync now" button. It only shows what it is given
(`set_state`, `set_progress`, `set_syncing`, `show_failure`): the sync runs elsewhere
(`cumuldesk.ui.shell.sync_worker`). Offline is said here only, once, with the time of
the data; its tooltip says what that means in the window's language (the technical
reason goes to the log).

When conflicts or refused changes wait, a "Resolve ..." button beside the count emits
`conflicts_requested` and opens the conflicts dialog (`ui.shell.conflicts_dialog`)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QStatusBar,
    QStyleOption,
    QToolButton,
    QWidget,
)

from cumuldesk.services.sync_service import SyncState
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import count, moment
from cumuldesk.ui.kit.style import repolish

FAILURE_SHOWN_MS = 30_000
ONLINE_MARK = "\u25cf"  # filled circle
OFFLINE_MARK = "\u25cb"  # hollow circle: the state is in the word as well

log = logging.getLogger(__name__)


class ElidedLabel(QLabel):
    """A one-line label that gives way when the window is narrow (a large font): it
    shows "An Demo (hand..." and keeps the whole text in its tooltip and for screen
    readers (`text()` is unchanged)."""

    MIN_CHARS = 8
    kept = ""  # a start of the text always shown whole (the count of waiting changes)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        narrow = metrics.averageCharWidth() * self.MIN_CHARS
        if self.kept:  # the kept words and the ellipsis after them
            margins = self.contentsMargins().left() + self.contentsMargins().right()
            narrow = metrics.horizontalAdvance(self.kept + " …") + margins
        return QSize(min(hint.width(), narrow), hint.height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            option.palette,
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


def set_chip(label: QLabel, chip: str) -> None:
    """The stylesheet's status chip for `label` (online, offline, conflict; "" none): a
    tint beside the words and symbol that say it."""
    if label.property("chip") != chip:
        label.setProperty("chip", chip)
        repolish(label)


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class SyncStatusBar(QStatusBar):
    """Permanent widgets, left to right: handler, online state, data as of, waiting
    changes (and "Resolve ..." while conflicts or refused changes wait), sync progress
    (only while syncing), Sync now."""

    sync_now_requested = Signal()
    conflicts_requested = Signal()  # the handler wants to see the conflicts and choose

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._state: SyncState | None = None
        self._stage: tuple[str, int, int] | None = None
        self._syncing = False
        self._logged_problem: str | None = None

        self.handler_label = ElidedLabel(self)
        self.online_label = QLabel(self)
        self.as_of_label = QLabel(self)  # these two never give way: they matter most
        # the count of waiting changes stays whole; the conflicts and refusals after it
        # give way in a narrow window (a large font: "Resolve ..." names them too)
        self.waiting_label = ElidedLabel(self)
        self.conflicts_button = QToolButton(self)  # shown while something waits for a choice
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.hide()
        self.conflicts_requested.connect(self.open_conflicts)
        self.progress_label = ElidedLabel(self)  # the words: the bar has no text
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.progress_label.hide()
        self.progress_bar.hide()
        self.sync_button = QToolButton(self)
        self.sync_button.clicked.connect(self.sync_now_requested)
        for widget in (self.handler_label, self.online_label, self.as_of_label):
            self.addPermanentWidget(widget)
            self.addPermanentWidget(_separator(self))
        self.addPermanentWidget(self.waiting_label)
        self.addPermanentWidget(self.conflicts_button)
        self.progress_separator = _separator(self)
        self.progress_separator.hide()
        self.addPermanentWidget(self.progress_separator)
        self.addPermanentWidget(self.progress_label)
        self.addPermanentWidget(self.progress_bar)
        self.addPermanentWidget(self.sync_button)
        self.retranslate_ui()

    # ------------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        identity = self.ctx.desk.identity
        role = self.tr("supervisor") if identity.is_supervisor else self.tr("handler")
        self.handler_label.setText(
            self.tr("{name} ({role}, {team})").format(
                name=identity.display_name, role=role, team=identity.team
            )
        )
        self.handler_label.setAccessibleName(self.tr("Signed in as"))
        self.online_label.setAccessibleName(self.tr("Connection"))
        self.as_of_label.setAccessibleName(self.tr("Data as of"))
        self.waiting_label.setAccessibleName(self.tr("Changes waiting"))
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.progress_label.setAccessibleName(self.tr("Sync progress"))
        self.conflicts_button.setText(self.tr("Resolve ..."))
        self.conflicts_button.setAccessibleName(self.tr("Resolve conflicts and refused changes"))
        self.conflicts_button.setToolTip(
            self.tr("See both versions of each conflict and choose; see why changes were refused")
        )
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send your changes and fetch the latest data (F5)"))
        self._show_state()
        self._show_progress()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---------------------------------------------------------------- showing

    @property
    def state(self) -> SyncState | None:
        return self._state

    def set_state(self, state: SyncState) -> None:
        self._state = state
        self._show_state()

    def _show_state(self) -> None:
        state = self._state
        online = None if state is None else state.online
        if online is True:
            text = f"{ONLINE_MARK} " + self.tr("Online")
            tip = self.tr("The central database can be reached")
        elif online is False:
            text = f"{OFFLINE_MARK} " + self.tr("Offline")
            tip = self.tr("The central database cannot be reached; you work on the local copy")
            if state is not None and state.last_sync_at is not None:
                tip += "\n" + self.tr("Data as of the last sync, {moment}.").format(
                    moment=moment(state.last_sync_at)
                )
            elif state is not None:
                tip += "\n" + self.tr("The local copy was never synced.")
            tip += "\n" + self.tr(
                "Your changes are kept here and sent when the connection is back."
            )
            if state is not None and state.problem and state.problem != self._logged_problem:
                self._logged_problem = state.problem  # the technical words: for the log only
                log.info("offline: %s", state.problem)
        else:
            text = f"{OFFLINE_MARK} " + self.tr("Not connected yet")
            tip = self.tr("Not connected to the central database yet")
        self.online_label.setText(text)
        self.online_label.setToolTip(tip)
        set_chip(self.online_label, "online" if online is True else "offline")

        if state is None:
            self.as_of_label.setText("")
            self.waiting_label.setText("")
            self.conflicts_button.hide()
            return
        if state.last_sync_at is None:
            self.as_of_label.setText(self.tr("never synced"))
        else:
            self.as_of_label.setText(
                self.tr("data as of {moment}").format(moment=moment(state.last_sync_at))
            )
        # the plural of the language (%n: "0 modification en attente" in French)
        waiting = (
            self.tr("1 change waiting")
            if state.pending == 1
            else self.tr("%n changes waiting", "", state.pending)
        )
        extra = []
        if state.conflicts:
            extra.append(
                self.tr("1 conflict")
                if state.conflicts == 1
                else self.tr("%n conflicts", "", state.conflicts)
            )
        if state.rejected:
            extra.append(self.tr("%n refused", "changes refused", state.rejected))
        self.waiting_label.kept = waiting
        self.waiting_label.setText(", ".join([waiting, *extra]))
        self.waiting_label.updateGeometry()
        set_chip(self.waiting_label, "conflict" if extra else "")
        self.conflicts_button.setVisible(bool(state.conflicts or state.rejected))
        self.conflicts_button.setAccessibleDescription(", ".join(extra))
        self.waiting_label.setToolTip(  # the whole text too: it may be shown cut
            self.waiting_label.text()
            + "\n"
            + self.tr("Changes made here that the central database does not have yet")
        )

    def open_conflicts(self) -> None:
        """The conflicts dialog, over the window (modal: returns when it is closed)."""
        from cumuldesk.ui.shell.conflicts_dialog import open_conflicts

        open_conflicts(self.ctx, self.window())

    def set_syncing(self, syncing: bool) -> None:
        """A sync started or ended: the progress bar shows only while one runs."""
        self._syncing = syncing
        if not syncing:
            self._stage = None
        self._show_progress()

    def set_progress(self, stage: str, done: int, total: int) -> None:
        self._syncing = True
        self._stage = (stage, done, total)
        self._show_progress()

    def progress_text(self) -> str:
        """The words beside the progress bar ("" when no sync runs)."""
        return self.progress_label.text() if self._syncing else ""

    def _show_progress(self) -> None:
        if not self._syncing:
            for widget in (self.progress_separator, self.progress_label, self.progress_bar):
                widget.hide()
            return
        if self._stage is None:
            self.progress_bar.setRange(0, 0)  # busy: nothing counted yet
            self.progress_bar.setFormat(self.tr("Sync: connecting ..."))
        else:
            stage, done, total = self._stage
            stage_word = self.tr("push") if stage == "push" else self.tr("pull")
            items = self.tr("changes") if stage == "push" else self.tr("dossiers")
            if total > 0:
                self.progress_bar.setRange(0, total)
                self.progress_bar.setValue(min(done, total))
                percent = done * 100 // total
                self.progress_bar.setFormat(
                    self.tr("Sync: {stage} {percent}% ({done} of {total} {items})").format(
                        stage=stage_word,
                        percent=percent,
                        done=count(done),
                        total=count(total),
                        items=items,
                    )
                )
            else:
                self.progress_bar.setRange(0, 0)
                self.progress_bar.setFormat(self.tr("Sync: {stage} ...").format(stage=stage_word))
        self.progress_bar.setAccessibleDescription(self.progress_bar.format())
        self.progress_label.setText(self.progress_bar.format())
        for widget in (self.progress_separator, self.progress_label, self.progress_bar):
            widget.show()

    def show_failure(self, message: str) -> None:
        """A sync that failed for a reason retrying cannot mend: said in words."""
        text = self.tr("Sync failed: {message}").format(message=message)
        self.showMessage(text, FAILURE_SHOWN_MS)
