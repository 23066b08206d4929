"""Rebuild the local cache from the sign-in window, with the safeguards of `cumuldesk
cache rebuild --discard-unpushed` (issue 15: nothing unsynced is lost unsaid).

The sign-in dialog offers it when the cache does not open (damaged, a wrong passphrase or
keyring key, another handler's) and the central database was reached. The dialog says
what is wrong and how many changes not yet sent would be lost (counted off the GUI
thread; "cannot be counted" when the cache does not open), asks for the username typed as
confirmation whenever anything may be lost (and, without a keyring, a new cache
passphrase typed twice: the one typed at sign-in may be the mistyped one), then rebuilds
on a worker with progress. The old cache is kept in a private backup folder beside it;
the dialog says where. Keyboard only: every field has its Alt+letter, Enter rebuilds
once the confirmation is typed, Esc cancels (not while the rebuild runs).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.services.accounts.desktop_signin import inspect_work, rebuild_work
from cumuldesk.services.cache_service import (
    DAMAGED,
    LOCKED,
    CacheCondition,
    RebuildResult,
)
from cumuldesk.storage.cache import (
    DAMAGE_BOOKKEEPING,
    DAMAGE_EMPTY,
    DAMAGE_LINK,
    DAMAGE_NOT_A_FILE,
    DAMAGE_TRAIL_CUT,
    DAMAGE_TRUNCATED,
    CacheDamaged,
    CacheLocked,
)
from cumuldesk.storage.keys import MIN_PASSPHRASE_LENGTH, KeySource
from cumuldesk.ui.kit.ops import LOCAL, NETWORK, Op, user_message
from cumuldesk.ui.kit.widgets import grow_to_contents


class RebuildCacheDialog(QDialog):
    """After `exec()`/`open()` ends Accepted, `result_value` is the RebuildResult and
    `new_passphrase_chosen` the passphrase of the new cache (None: the keyring keeps its
    key, or it comes from the environment)."""

    def __init__(
        self,
        username: str,
        password: str,
        passphrase: str | None = None,
        *,
        ask_new_passphrase: bool = False,
        cause: BaseException | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.username = username
        self._password = password  # in memory for the dialog's life only
        self._passphrase = passphrase
        self.ask_new_passphrase = ask_new_passphrase
        self.cause = cause
        self.condition: CacheCondition | None = None
        self.result_value: RebuildResult | None = None
        self.new_passphrase_chosen: str | None = None  # the new cache's, once rebuilt
        self._busy = False
        self._build()
        self.retranslate_ui()
        self._count()

    # ------------------------------------------------------------------ widgets

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.loss = QLabel()
        self.loss.setWordWrap(True)
        bold = self.loss.font()
        bold.setBold(True)  # what is lost is what the handler must read
        self.loss.setFont(bold)
        self.loss.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        for label in (self.problem, self.loss, self.backup_note):
            layout.addWidget(label)

        form = QFormLayout()
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase_again = QLineEdit()
        self.new_passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.new_passphrase_label, self.again_label = QLabel(), QLabel()
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        for label, field in (
            (self.new_passphrase_label, self.new_passphrase),
            (self.again_label, self.new_passphrase_again),
            (self.confirm_label, self.confirm),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
            field.textChanged.connect(self._update_button)
            field.returnPressed.connect(self.start_rebuild)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox()
        self.rebuild_button = QPushButton()
        self.rebuild_button.setAutoDefault(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.continue_button = QPushButton()
        self.buttons.addButton(self.rebuild_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.hide()  # once rebuilt (after addButton, which shows it)
        self.rebuild_button.clicked.connect(self.start_rebuild)
        self.cancel_button.clicked.connect(self.reject)
        self.continue_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.new_passphrase, self.new_passphrase_again)
        QWidget.setTabOrder(self.new_passphrase_again, self.confirm)
        QWidget.setTabOrder(self.confirm, self.rebuild_button)
        QWidget.setTabOrder(self.rebuild_button, self.cancel_button)
        for widget in (self.new_passphrase_label, self.new_passphrase, self.again_label):
            widget.setVisible(self.ask_new_passphrase)
        self.new_passphrase_again.setVisible(self.ask_new_passphrase)
        self._show_confirmation(False)
        self.rebuild_button.setEnabled(False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Rebuild your local cache"))
        self.setAccessibleName(self.tr("Rebuild your local cache"))
        self.problem.setText(self._problem_text())
        self.problem.setAccessibleName(self.tr("What is wrong"))
        self.loss.setAccessibleName(self.tr("What would be lost"))
        if self.condition is None:
            self.loss.setText(self.tr("Counting the changes not yet sent ..."))
        else:
            self.loss.setText(self._loss_text(self.condition))
        self.backup_note.setText(
            self.tr(
                "A new cache is filled with your team's dossiers from the central database. "
                "The old cache file is not deleted: it is kept in a private backup folder "
                "beside it, in CumulDesk's data folder."
            )
        )
        self.new_passphrase_label.setText(self.tr("&New cache passphrase:"))
        self.again_label.setText(self.tr("Type it &again:"))
        self.new_passphrase.setAccessibleName(self.tr("New cache passphrase"))
        self.new_passphrase.setAccessibleDescription(
            self.tr(
                "This computer has no system keyring: choose the passphrase of the new "
                "local cache (at least 12 characters)"
            )
        )
        self.new_passphrase_again.setAccessibleName(self.tr("New cache passphrase again"))
        self.new_passphrase_again.setAccessibleDescription(
            self.tr("The same passphrase once more, to be sure it is typed as meant")
        )
        self.confirm_label.setText(
            self.tr("&Type your username ({0}) to confirm that they may be lost:").replace(
                "{0}", self.username
            )
        )
        self.confirm.setAccessibleName(self.tr("Username, typed to confirm"))
        self.confirm.setAccessibleDescription(
            self.tr("The rebuild starts only when your username is typed here")
        )
        self.message.setAccessibleName(self.tr("Rebuild message"))
        self.progress.setAccessibleName(self.tr("Rebuilding the local cache"))
        self.rebuild_button.setText(self.tr("&Rebuild"))
        self.rebuild_button.setToolTip(
            self.tr("Set the old cache aside and fill a new one from the central database")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Change nothing (Esc)"))
        self.continue_button.setText(self.tr("&Continue signing in"))
        self.continue_button.setToolTip(self.tr("Sign in with the new local cache (Enter)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -------------------------------------------------------------------- texts

    def _problem_text(self) -> str:
        cause, condition = self.cause, self.condition
        reason = getattr(cause, "reason", None)
        if condition is not None and condition.state == DAMAGED:
            reason = condition.reason
        damaged = isinstance(cause, CacheDamaged) or (
            condition is not None and condition.state == DAMAGED
        )
        if damaged:
            return {
                DAMAGE_EMPTY: self.tr("Your local cache file is empty (0 bytes)."),
                DAMAGE_TRUNCATED: self.tr("Your local cache file is cut short (truncated)."),
                DAMAGE_LINK: self.tr(
                    "Your local cache file was replaced by a link to something else."
                ),
                DAMAGE_NOT_A_FILE: self.tr(
                    "Something that is not a file stands where your local cache file belongs."
                ),
                DAMAGE_BOOKKEEPING: self.tr("Your local cache file lacks CumulDesk's bookkeeping."),
                DAMAGE_TRAIL_CUT: self.tr(
                    "Events were removed from the audit trail of your local cache."
                ),
            }.get(
                reason or "",
                self.tr("Your local cache file is damaged or was changed outside CumulDesk."),
            )
        locked = isinstance(cause, CacheLocked) or (
            condition is not None and condition.state == LOCKED
        )
        if locked:
            if (condition and condition.key_source is KeySource.PASSPHRASE) or (
                condition is None and self._passphrase
            ):
                return self.tr(
                    "Your local cache does not open with the cache passphrase typed: it is "
                    "probably mistyped. Cancel and type it again, unless it is lost for good."
                )
            return self.tr(
                "Your local cache does not open with the key kept in this computer's keyring "
                "(the key is missing, or it is another one)."
            )
        return self.tr(
            "Your local cache belongs to another handler or was filled from another central "
            "database."
        )

    def _loss_text(self, condition: CacheCondition) -> str:
        total = condition.unpushed_total
        if total is None:
            return self.tr(
                "The changes in it that were not yet sent to the central database cannot be "
                "counted, because it does not open: they will be lost."
            )
        if total == 0:
            return self.tr(
                "It holds no change that is not in the central database: nothing is lost."
            )
        counted = condition.unpushed or {}
        return (
            self.tr(
                "{0} change(s) not yet sent to the central database will be lost: {1} note(s), "
                "{2} case change(s), {3} letter(s), {4} audit event(s)."
            )
            .replace("{0}", f"{total:,}")
            .replace("{1}", f"{counted.get('note', 0):,}")
            .replace("{2}", f"{counted.get('case', 0):,}")
            .replace("{3}", f"{counted.get('letter', 0):,}")
            .replace("{4}", f"{counted.get('audit', 0):,}")
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._grow()

    def _grow(self) -> None:
        grow_to_contents(self)  # room for what just appeared: labels not squeezed

    # ---------------------------------------------------------------- behaviour

    @property
    def busy(self) -> bool:
        return self._busy

    def _show_confirmation(self, shown: bool) -> None:
        self.confirm_label.setVisible(shown)
        self.confirm.setVisible(shown)

    def _count(self) -> None:
        """What a rebuild would lose, counted on a worker (opening the cache takes time)."""
        self._set_busy(True)
        username, passphrase = self.username, self._passphrase
        self.counting = (
            Op(self, lambda _state: inspect_work(username, passphrase), lane=LOCAL)
            .success(self._counted)
            .failure(self._count_failed)
            .run()
        )

    def _counted(self, condition: CacheCondition) -> None:
        self._set_busy(False)
        self.condition = condition
        self.problem.setText(self._problem_text())
        self.loss.setText(self._loss_text(condition))
        self._show_confirmation(condition.at_risk)
        self._update_button()
        self._grow()
        first: QWidget = self.confirm if condition.at_risk else self.rebuild_button
        if self.ask_new_passphrase:
            first = self.new_passphrase
        first.setFocus()

    def _count_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.loss.setText(
            self.tr("What the cache holds cannot be counted now, so it is not rebuilt.")
        )
        self.show_message(user_message(exc))
        self.rebuild_button.setEnabled(False)
        self.cancel_button.setFocus()

    def _problems(self) -> str | None:
        """Why the rebuild cannot start yet, in words (None: it can)."""
        if self.condition is None:
            return self.tr("Wait until the changes are counted.")
        if self.ask_new_passphrase:
            chosen = self.new_passphrase.text()
            if len(chosen) < MIN_PASSPHRASE_LENGTH:
                return self.tr("The new cache passphrase needs at least 12 characters.")
            if chosen != self.new_passphrase_again.text():
                return self.tr("The two new cache passphrases differ.")
        if self.condition.at_risk and self.confirm.text().strip() != self.username:
            return self.tr("Type your username to confirm.")
        return None

    def _update_button(self) -> None:
        self.rebuild_button.setEnabled(not self._busy and self._problems() is None)
        self.rebuild_button.setDefault(self.rebuild_button.isEnabled())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.new_passphrase,
            self.new_passphrase_again,
            self.confirm,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self._update_button()
        self._grow()

    def start_rebuild(self) -> None:
        if self._busy or self.result_value is not None:
            return
        problem = self._problems()
        if problem is not None or self.condition is None:
            self.show_message(problem or "")
            return
        shown, typed = self.condition, self.confirm.text().strip()
        username, password, passphrase = self.username, self._password, self._passphrase
        chosen = self.new_passphrase.text() if self.ask_new_passphrase else None
        self.show_message(self.tr("Rebuilding your local cache ..."))
        self._set_busy(True)
        self.rebuild_button.setEnabled(False)
        self.op = (
            Op(
                self,
                lambda state: rebuild_work(
                    username,
                    password,
                    typed,
                    shown,
                    passphrase=passphrase,
                    new_passphrase=chosen,
                    progress=lambda done, total: state.set_progress(done, total),
                ),
                lane=NETWORK,
            )
            .on_progress(self._progress)
            .success(self._rebuilt)
            .failure(self._failed)
            .run()
        )

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.show_message(
            self.tr("Storing dossiers: {0} of {1} ...")
            .replace("{0}", f"{done:,}")
            .replace("{1}", f"{total:,}")
        )

    def _rebuilt(self, result: RebuildResult) -> None:
        self._set_busy(False)
        self.result_value = result
        if self.ask_new_passphrase:
            self.new_passphrase_chosen = self.new_passphrase.text()
        text = self.tr("Your local cache was rebuilt: {0} dossiers.").replace(
            "{0}", f"{result.stored:,}"
        )
        if result.backup is not None:
            text += " " + self.tr("The old cache is kept in {0}.").replace(
                "{0}", str(result.backup)
            )
        elif result.condition is not None and result.condition.at_risk:
            text += " " + self.tr("The old cache could not be kept as a backup.")
        self.show_message(text)
        for widget in (
            self.new_passphrase,
            self.new_passphrase_again,
            self.confirm,
            self.rebuild_button,
            self.cancel_button,
        ):
            widget.setEnabled(False)
        self.rebuild_button.hide()
        self.cancel_button.hide()
        self.continue_button.show()
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_message(user_message(exc))
        (self.confirm if self.confirm.isVisible() else self.cancel_button).setFocus()

    def reject(self) -> None:
        if self._busy and self.condition is not None:
            return  # the rebuild runs: its result must be taken
        super().reject()
