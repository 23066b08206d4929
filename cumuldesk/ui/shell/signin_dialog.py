"""The sign-in dialog: who is working, their password, and (on a computer without a system
keyring) the passphrase of their local cache.

The work itself is `services.accounts.desktop_signin.sign_in_work` (no widgets; it runs on a
worker); `build_context` turns what it produced into the window's `AppContext` on the GUI
thread. `sign_in_for_desktop` does both in one call (tests call it directly, on the GUI
thread).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.errors import NotAllowed
from cumuldesk.services.accounts.desktop_signin import (
    DEMO_ACCOUNTS,
    STAGE_CACHE,
    STAGE_DEMO,
    STAGE_PASSWORD,
    Progress,
    SignedIn,
    can_rebuild,
    is_demo_configuration,
    keyring_available,
    needs_passphrase,
    sign_in_work,
)
from cumuldesk.services.desk import Desk
from cumuldesk.ui.kit.changes import Changes
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import count
from cumuldesk.ui.kit.i18n import translated
from cumuldesk.ui.kit.ops import NETWORK, Op, user_message
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.kit.widgets import grow_to_contents

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # loaded when needed: the dialog is on screen before the database layer
    from cumuldesk.ui.shell.cache_rebuild_dialog import RebuildCacheDialog


def build_context(signed: SignedIn, settings: Settings) -> AppContext:
    """The window's context (GUI thread: it makes the changes signal)."""
    return AppContext(
        desk=Desk.signed_in(signed),
        changes=Changes(),
        settings=settings,
        signin_notice=signed.notice or None,
    )


def sign_in_for_desktop(
    username: str,
    password: str,
    passphrase: str | None = None,
    *,
    progress: Progress | None = None,
    settings: Settings | None = None,
) -> AppContext:
    """Sign in and return the window's context (call on the GUI thread; the dialog runs
    `sign_in_work` on a worker and `build_context` on the GUI thread)."""
    signed = sign_in_work(username, password, passphrase, progress=progress)
    return build_context(signed, settings or Settings())


# --------------------------------------------------------------------------- widgets


class _DemoAccounts(QTreeWidget):
    """The demo handlers with their public passwords; Enter or a double-click picks one
    (Enter does not also press the dialog's default button)."""

    picked = Signal(str, str)  # username, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for account in DEMO_ACCOUNTS:
            item = QTreeWidgetItem(
                [account.username, account.password, account.display_name, account.team]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (account.username, account.password))
            self.addTopLevelItem(item)
        self.itemDoubleClicked.connect(lambda item, _column: self._pick(item))

    def fit_rows(self) -> None:
        """Room for every demo account without scrolling (font-size aware)."""
        rows = self.topLevelItemCount()
        height = self.header().sizeHint().height() + rows * max(self.sizeHintForRow(0), 1)
        self.setMinimumHeight(height + 2 * self.frameWidth() + 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._pick(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def _pick(self, item: QTreeWidgetItem) -> None:
        username, password = item.data(0, Qt.ItemDataRole.UserRole)
        self.picked.emit(username, password)


class SignInDialog(QDialog):
    """Sign in; after `exec()` returns Accepted, `context` is the signed-in AppContext."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, username: str | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.demo = is_demo_configuration()
        self._context: AppContext | None = None
        self._busy = False
        self._keyring: bool | None = None  # whether there is a system keyring (asked once)
        self._build()
        self.retranslate_ui()
        self.username.setText(username or settings.last_username)
        self._update_passphrase()
        (self.password if self.username.text() else self.username).setFocus()

    @property
    def context(self) -> AppContext | None:
        return self._context

    @property
    def busy(self) -> bool:
        return self._busy

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # the dialog grows when the message and the progress bar appear (never squeezes)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.username = QLineEdit()
        self.username.textChanged.connect(self._update_passphrase)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_why = QLabel()
        self.passphrase_why.setWordWrap(True)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.passphrase_label = QLabel()
        for label, field in (
            (self.username_label, self.username),
            (self.password_label, self.password),
            (self.passphrase_label, self.passphrase),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.passphrase_why)
        layout.addLayout(form)

        self.demo_box = QGroupBox()
        demo_layout = QVBoxLayout(self.demo_box)
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.accounts = _DemoAccounts()
        self.accounts.picked.connect(self.fill)
        demo_layout.addWidget(self.demo_hint)
        demo_layout.addWidget(self.accounts)
        self.demo_box.setVisible(self.demo)
        # wide enough for the demo accounts' four columns, in characters (font size aware)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * (90 if self.demo else 50))
        layout.addWidget(self.demo_box)

        self.message = QLabel()  # errors and progress, in words
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton()
        self.quit_button = QPushButton()
        # offered when the local cache does not open (and the central database is reached)
        self.rebuild_button = QPushButton()
        self.rebuild_button.setAutoDefault(False)
        self.rebuild_button.hide()
        self.buttons.addButton(self.rebuild_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.quit_button.clicked.connect(self.reject)
        self.rebuild_button.clicked.connect(self.offer_rebuild)
        self.rebuild_dialog: RebuildCacheDialog | None = None
        self._cache_problem: BaseException | None = None
        self._tried: tuple[str, str, str | None] = ("", "", None)
        layout.addWidget(self.buttons)
        # only now that the button belongs to the dialog: the dialog keeps it as its default
        # (set earlier, the dialog never learns it, and the first focus that passes over a
        # button takes the default away for good)
        self.sign_in_button.setDefault(True)

        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.accounts)
        QWidget.setTabOrder(self.accounts, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.quit_button)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in to CumulDesk"))
        self.setAccessibleName(self.tr("Sign in to CumulDesk"))
        self.intro.setText(self.tr("Sign in with your CumulDesk account."))
        self.username_label.setText(self.tr("&Username:"))
        self.password_label.setText(self.tr("&Password:"))
        self.passphrase_label.setText(self.tr("&Cache passphrase:"))  # Alt+P: the password
        self.passphrase_why.setText(
            self.tr(
                "This computer has no system keyring, so your local cache is locked with a "
                "passphrase (the first time, choose one of at least 12 characters)."
            )
        )
        self.username.setAccessibleName(self.tr("Username"))
        self.password.setAccessibleName(self.tr("Password"))
        self.username.setAccessibleDescription(self.tr("Your CumulDesk user name (Alt+U)"))
        self.password.setAccessibleDescription(
            self.tr("The password of your CumulDesk account; Enter signs in (Alt+P)")
        )
        self.passphrase.setAccessibleName(self.tr("Cache passphrase"))
        self.passphrase.setAccessibleDescription(self.passphrase_why.text())
        self.demo_box.setTitle(self.tr("Demo accounts (synthetic data only)"))
        self.demo_hint.setText(
            self.tr(
                "Demo mode: no central database is configured, so CumulDesk works on "
                "synthetic demo data kept on this computer (made at the first start). "
                "Double-click an account, or select it and press Enter, to fill in the fields."
            )
        )
        self.accounts.setHeaderLabels(
            [self.tr("Username"), self.tr("Password"), self.tr("Name"), self.tr("Team")]
        )
        for column in range(self.accounts.columnCount()):
            self.accounts.resizeColumnToContents(column)
        self.accounts.fit_rows()
        self.accounts.setAccessibleName(self.tr("Demo accounts"))
        self.accounts.setAccessibleDescription(self.demo_hint.text())
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.progress.setAccessibleName(self.tr("Signing in"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setToolTip(self.tr("Sign in (Enter)"))
        self.rebuild_button.setText(self.tr("&Rebuild local cache..."))
        self.rebuild_button.setAccessibleName(self.tr("Rebuild local cache"))
        self.rebuild_button.setToolTip(
            self.tr(
                "Replace the local cache that does not open with a new one from the central "
                "database; says first what would be lost"
            )
        )
        self.quit_button.setText(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.setToolTip(self.tr("Close CumulDesk without signing in (Esc)"))

    # ------------------------------------------------------------------ behaviour

    def _system_keyring(self) -> bool:
        """Whether there is a system keyring. python-keyring's first answer is slow (it
        tries every backend it knows), so the dialog lays itself out with the answer this
        computer gave last time and asks again on a worker; only the very first start
        waits for it."""
        if self._keyring is None:
            remembered = self.settings.system_keyring
            if remembered is None:
                self._keyring_answered(keyring_available())
            else:
                self._keyring = remembered
                self._ask_keyring_on_a_worker()
        assert self._keyring is not None
        return self._keyring

    def _ask_keyring_on_a_worker(self) -> None:
        answer = _KeyringAnswer()
        answer.given.connect(self._keyring_answered, Qt.ConnectionType.QueuedConnection)
        self._keyring_question = answer  # kept alive as long as the dialog
        threading.Thread(target=answer.ask, name="keyring question", daemon=True).start()

    def _keyring_answered(self, present: bool) -> None:
        changed = self._keyring is not None and self._keyring != present
        self._keyring = present
        if self.settings.system_keyring != present:
            self.settings.system_keyring = present
            self.settings.sync()
        if changed:  # the keyring came or went since the last start
            self._update_passphrase()

    def _update_passphrase(self) -> None:
        wanted = needs_passphrase(self.username.text().strip(), self._system_keyring)
        for widget in (self.passphrase_label, self.passphrase, self.passphrase_why):
            widget.setVisible(wanted)
        self._grow()

    def fill(self, username: str, password: str) -> None:
        self.username.setText(username)
        self.password.setText(password)
        self.sign_in_button.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._grow()

    def _grow(self) -> None:
        grow_to_contents(self)  # room for what just appeared: labels not squeezed

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.username,
            self.password,
            self.passphrase,
            self.accounts,
            self.sign_in_button,
            self.quit_button,
            self.rebuild_button,
        ):
            widget.setEnabled(not busy)
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self._grow()

    def start_sign_in(self) -> None:
        if self._busy:
            return
        username = self.username.text().strip()
        password = self.password.text()
        passphrase = None if self.passphrase.isHidden() else self.passphrase.text()
        if not username or not password:
            self.show_message(self.tr("Type your username and your password."))
            (self.password if username else self.username).setFocus()
            return
        self.show_message(self.tr("Signing in ..."))
        self._offer_rebuild(None)
        # what was typed, for a rebuild of a cache that does not open (the fields are
        # cleared then); in memory only, as long as the dialog is open
        self._tried = (username, password, passphrase)
        self._set_busy(True)
        self.op = (
            Op(
                self,
                lambda state: sign_in_work(
                    username, password, passphrase, progress=state.set_progress
                ),
                lane=NETWORK,
            )
            .on_progress(self._progress)
            .success(self._signed_in)
            .failure(self._failed)
            .run()
        )

    def _progress(self, done: int, total: int, stage: str) -> None:
        if stage == STAGE_DEMO:
            self.show_message(
                self.tr("First start: making the demo data ({0} of {1} persons) ...")
                .replace("{0}", count(done))
                .replace("{1}", count(total))
            )
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
        elif stage == STAGE_PASSWORD:
            self.show_message(self.tr("Checking your password ..."))
            self.progress.setRange(0, 0)
        elif stage == STAGE_CACHE:
            self.show_message(self.tr("Opening your local cache ..."))
            self.progress.setRange(0, 0)

    def _signed_in(self, signed: SignedIn) -> None:
        self._set_busy(False)
        self.settings.last_username = signed.identity.username
        self.settings.sync()
        self._context = build_context(signed, self.settings)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from cumuldesk.services.accounts.signin import WRONG_CREDENTIALS
        from cumuldesk.services.accounts.signin_guard import WrongCredentials
        from cumuldesk.storage.cache import CacheLocked

        self._set_busy(False)
        if isinstance(exc, WrongCredentials) or (
            isinstance(exc, NotAllowed) and str(exc) == WRONG_CREDENTIALS
        ):
            text = self.tr("Wrong username or password. Please try again.")
            note = getattr(exc, "note", None)
            if note is not None:  # the third failure in a row, or more: further ones are slowed
                text += " " + translated(note)
            self.show_message(text)
            self.password.clear()
            self.password.setFocus()
            return
        if _cache_does_not_open(exc):
            self.show_message(self._cache_problem_text(exc))
            self._offer_rebuild(exc if can_rebuild(exc) else None)
        else:
            self.show_message(_sentence(user_message(exc)))
        if isinstance(exc, CacheLocked) and not self.passphrase.isHidden():
            self.passphrase.clear()
            self.passphrase.setFocus()
        elif isinstance(exc, NotAllowed):
            self.password.clear()
            self.password.setFocus()
        elif self.rebuild_button.isVisible():
            self.rebuild_button.setFocus()

    # ------------------------------------------------------- a cache that does not open

    def _cache_problem_text(self, exc: BaseException) -> str:
        from cumuldesk.storage.cache import CacheDamaged, CacheLocked

        if isinstance(exc, CacheDamaged):
            text = self.tr(
                "Your local cache on this computer is damaged or was changed outside "
                "CumulDesk, so it cannot be opened. Nothing was changed."
            )
        elif isinstance(exc, CacheLocked) and not self.passphrase.isHidden():
            text = self.tr(
                "Your local cache does not open with this cache passphrase: it is probably "
                "mistyped. Type it again."
            )
        elif isinstance(exc, CacheLocked):
            text = self.tr(
                "Your local cache does not open with the key kept in this computer's keyring."
            )
        else:
            text = self.tr(
                "Your local cache belongs to another handler or was filled from another "
                "central database."
            )
        if can_rebuild(exc):
            return (
                text
                + " "
                + self.tr(
                    "If it cannot be opened any more, choose Rebuild local cache: it says first "
                    "what would be lost."
                )
            )
        return (
            text
            + " "
            + self.tr("Rebuilding it needs the central database, which cannot be reached now.")
        )

    def _offer_rebuild(self, exc: BaseException | None) -> None:
        self._cache_problem = exc
        self.rebuild_button.setVisible(exc is not None)
        self._grow()

    def offer_rebuild(self) -> None:
        """Open the rebuild dialog (window-modal); when it rebuilt, sign in again."""
        if self._busy or self._cache_problem is None:
            return
        from cumuldesk.ui.shell.cache_rebuild_dialog import RebuildCacheDialog

        username, password, passphrase = self._tried
        dialog = RebuildCacheDialog(
            username,
            password,
            passphrase,
            ask_new_passphrase=not self.passphrase.isHidden(),
            cause=self._cache_problem,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._rebuilt(dialog))
        self.rebuild_dialog = dialog
        dialog.open()

    def _rebuilt(self, dialog: RebuildCacheDialog) -> None:
        self._offer_rebuild(None)
        if dialog.new_passphrase_chosen is not None:
            self.passphrase.setText(dialog.new_passphrase_chosen)
        self.start_sign_in()

    def reject(self) -> None:
        if self._busy:
            return  # the sign-in is under way: its result must be taken (it opens the cache)
        super().reject()


class _KeyringAnswer(QObject):
    """Asks python-keyring on a worker thread; the answer comes back on the GUI thread."""

    given = Signal(bool)

    def ask(self) -> None:  # worker thread
        try:
            present = keyring_available()
        except Exception:  # a broken backend: the remembered answer stays
            log.warning("the system keyring could not be asked", exc_info=True)
            return
        self.given.emit(present)


def _cache_does_not_open(exc: BaseException) -> bool:
    """A sign-in error of a cache that exists but does not open (giving the key is not
    the way out, unlike KeyUnavailable)."""
    from cumuldesk.storage.cache import CacheDamaged, CacheLocked, CacheMismatch
    from cumuldesk.storage.keys import KeyUnavailable

    return isinstance(exc, (CacheLocked, CacheDamaged, CacheMismatch)) and not isinstance(
        exc, KeyUnavailable
    )


def _sentence(text: str) -> str:
    """A service message ("the cache ...") as a sentence on screen."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
