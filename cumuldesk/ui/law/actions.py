"""The supervisor's buttons of the "Law data" page: propose a value, approve or reject the
selected proposal, and, in words next to them, why a button is unavailable (offline, no
proposal selected, your own proposal: another supervisor approves it).

Each step is a desk write (`Desk.approve_law_value`, `reject_law_value`; the propose
dialog's `propose_law_value`) in a background op on the network lane; the central
database checks the role and the two supervisors again. `done` says what happened (a
sentence, the value to select, and whether the law data got a new version, so that the
window syncs); `failed` carries the central database's sentence. Handlers do not see these
buttons (the page says the law data are read-only for them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.services.law.names import state_name
from cumuldesk.services.law.page_data import PROPOSED, LawRow, LawStep
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.ops import NETWORK, Op, user_message
from cumuldesk.ui.law.propose_dialog import ProposeDialog
from cumuldesk.ui.law.reject_dialog import RejectDialog


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class LawActions(QWidget):
    done = Signal(str, object, bool)  # what happened, the id to select, a new version
    failed = Signal(str)

    def __init__(
        self, ctx: AppContext, describe: Callable[[LawRow], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.describe = describe
        self.row: LawRow | None = None
        self.online = False
        self.busy = False
        self.dialog: ProposeDialog | None = None
        self.propose_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.reason)  # under the buttons: room for two lines
        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject_selected)
        self.setVisible(ctx.desk.identity.is_supervisor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.propose_button.setText(self.tr("&Propose a value ..."))
        self.approve_button.setText(self.tr("&Approve"))
        self.reject_button.setText(self.tr("Re&ject ..."))
        self.reason.setAccessibleName(self.tr("Why a button is unavailable"))
        self.show_for(self.row, self.online)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --------------------------------------------------------------- state

    def _why_not(self, row: LawRow | None, online: bool) -> tuple[str | None, str | None]:
        """Why approving, and why rejecting, is not possible now (None: it is)."""
        if not online:
            offline = self.tr(
                "The central database cannot be reached: proposing, approving and rejecting "
                "wait until it is back."
            )
            return offline, offline
        if row is None or row.id is None:
            none = self.tr("Select a proposed value to approve or reject it.")
            return none, none
        if row.state != PROPOSED:
            text = self.tr(
                "Only a proposed value can be approved or rejected; this one is {state}."
            ).format(state=state_name(row.state, _t))
            return text, text
        if row.proposed_by == self.ctx.desk.identity.username:
            return (
                self.tr(
                    "You proposed this value: another supervisor must approve it. You may "
                    "reject it to withdraw it."
                ),
                None,
            )
        return None, None

    def show_for(self, row: LawRow | None, online: bool) -> None:
        """Enable the buttons for the selected row; say why one is not."""
        self.row, self.online = row, online
        no_approve, no_reject = self._why_not(row, online)
        busy = self.busy
        self.propose_button.setEnabled(online and not busy)
        self.approve_button.setEnabled(no_approve is None and not busy)
        self.reject_button.setEnabled(no_reject is None and not busy)
        self.propose_button.setToolTip(
            self.tr("Propose a new dated value of a law parameter, with its source")
            if online
            else self.tr("The central database cannot be reached: proposing waits until it is back")
        )
        self.approve_button.setToolTip(
            no_approve
            or self.tr("Put the selected value in force: it becomes the next law-data version")
        )
        self.reject_button.setToolTip(
            no_reject or self.tr("Reject the selected proposed value, with an optional reason")
        )
        for button in (self.propose_button, self.approve_button, self.reject_button):
            button.setAccessibleDescription(button.toolTip())
        self.reason.setText(no_approve or "")
        self.reason.setVisible(bool(no_approve))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.show_for(self.row, self.online)

    # --------------------------------------------------------------- steps

    def propose(self) -> None:
        """Open the propose dialog (window-modal; it sends by itself)."""
        dialog = ProposeDialog(self.ctx, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.proposed.connect(self._proposed)
        self.dialog = dialog
        dialog.open()

    def _proposed(self, value_id: int) -> None:
        self.dialog = None
        self.done.emit(
            self.tr("Proposed. Another supervisor approves it before it is in force."),
            value_id,
            False,
        )

    def confirm_approval(self, what: str) -> bool:
        """Ask before a value goes in force for every desk."""
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Approve a law value"))
        box.setText(
            self.tr(
                "Approve {what}? It becomes the next law-data version, and every desk computes "
                "with it after its next sync."
            ).format(what=what)
        )
        yes = box.addButton(self.tr("&Approve"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def approve(self) -> None:
        row = self.row
        if row is None or row.id is None or self._why_not(row, self.online)[0] is not None:
            return
        what = self.describe(row)
        if not self.confirm_approval(what):
            return
        desk, value_id = self.ctx.desk, row.id
        self._set_busy(True)

        def approved(step: LawStep) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            self.done.emit(
                self.tr(
                    "Approved: {what}. It is part of law data v{version}; every desk gets it "
                    "with its next sync."
                ).format(what=what, version=step.version),
                value_id,
                True,
            )

        op = Op(
            self,
            lambda state: desk.approve_law_value(value_id),
            lane=NETWORK,
            changes=self.ctx.changes,
        )
        op.with_progress(self.tr("Approving ..."), cancellable=False)
        op.success(approved).failure(self._failed).run()

    def ask_reject_reason(self, what: str) -> str | None:
        """The reason typed ("" for none), None when the supervisor cancelled."""
        dialog = RejectDialog(what, self.window())
        try:
            if dialog.exec() != RejectDialog.DialogCode.Accepted:
                return None
            return dialog.reason_text()
        finally:
            dialog.deleteLater()

    def reject_selected(self) -> None:
        row = self.row
        if row is None or row.id is None or self._why_not(row, self.online)[1] is not None:
            return
        what = self.describe(row)
        reason = self.ask_reject_reason(what)
        if reason is None:
            return
        desk, value_id = self.ctx.desk, row.id
        self._set_busy(True)

        def rejected(_: LawStep) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            self.done.emit(self.tr("Rejected: {what}.").format(what=what), value_id, False)

        op = Op(
            self,
            lambda state: desk.reject_law_value(value_id, reason),
            lane=NETWORK,
            changes=self.ctx.changes,
        )
        op.with_progress(self.tr("Rejecting ..."), cancellable=False)
        op.success(rejected).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.failed.emit(user_message(exc))
