"""The inactivity lock: after some minutes without keyboard or mouse input, the window
hides every personal datum and asks for the handler's password again.

Locked, the main window shows only a lock screen (its central widget, menus, tool bars,
docks and status bar are hidden), its shortcuts do nothing, and every other open window
of the application (a dialog) is covered by a lock screen too and its controls disabled.
The password is checked on a worker (`Desk.unlock`, `services.accounts.unlock`): by the central
database when it can be reached, so that a closed account cannot unlock the window, else
against the local cache (`sign_in_offline`). A password the central database refuses but
the cache still knows (a closed account, a password changed elsewhere) signs the handler
out: a message says so, and the window closes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.errors import NotAllowed
from cumuldesk.services.accounts.signin_guard import WrongCredentials
from cumuldesk.services.accounts.unlock import (
    AccountRefused,
    Unlocked,
)
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.i18n import translated
from cumuldesk.ui.kit.ops import LOCAL, Op, user_message

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def _on_lock_screen(watched: QObject | None) -> bool:
    """Whether `watched` (the receiver of a shortcut: a button's mnemonic) is part of a
    lock screen."""
    while watched is not None:
        if isinstance(watched, LockScreen):
            return True
        watched = watched.parent()
    return False


class LockScreen(QFrame):
    """What a locked window shows: who is signed in and a password field. Covers its
    parent entirely (the lock keeps its geometry in step)."""

    unlock_requested = Signal(str)  # the password typed
    quit_requested = Signal()

    def __init__(self, display_name: str, username: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.display_name, self.username = display_name, username
        self.setAutoFillBackground(True)  # the system palette's window colour, opaque
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._submit)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.quit_button)
        column = QVBoxLayout()
        for widget in (
            self.title,
            self.explanation,
            self.password_label,
            self.password,
            self.message,
        ):
            column.addWidget(widget)
        column.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        QWidget.setTabOrder(self.password, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.quit_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("CumulDesk is locked"))
        self.title.setText(self.tr("CumulDesk is locked"))
        self.password_label.setText(self.tr("&Password:"))
        self.explanation.setText(
            self.tr(
                "The window was locked to protect personal data. {0} ({1}): type your "
                "password to continue."
            )
            .replace("{0}", self.display_name)
            .replace("{1}", self.username)
        )
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setAccessibleDescription(
            self.tr("Your CumulDesk password; Enter unlocks the window")
        )
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr("Unlock the window (Enter)"))
        self.quit_button.setText(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit CumulDesk"))
        self.quit_button.setToolTip(
            self.tr("Close CumulDesk (changes not yet pushed stay in the cache)")
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password, self.unlock_button):
            widget.setEnabled(not busy)

    def _submit(self) -> None:
        if self.password.text():
            self.unlock_requested.emit(self.password.text())
        else:
            self.show_message(self.tr("Type your password."))


class InactivityLock(QObject):
    """Locks `window` after `minutes` (default: the preference) without input."""

    locked = Signal()
    unlocked = Signal()
    signed_out = Signal(str)  # the message shown: the central database refused the account

    def __init__(
        self,
        window: QMainWindow,
        ctx: AppContext,
        minutes: int | None = None,
        *,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        if interval_ms is None:
            interval_ms = (minutes or ctx.settings.inactivity_minutes) * 60_000
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.lock_now)
        self._locked = False
        self._checking = False
        self._screens: list[LockScreen] = []
        self._hidden: list[QWidget] = []
        self._disabled: list[QWidget] = []
        self._title = ""
        self._focus: QWidget | None = None
        self._signed_out = False
        self.sign_out_box: QMessageBox | None = None
        app = QApplication.instance()
        assert app is not None, "make the QApplication first"
        app.installEventFilter(self)
        window.destroyed.connect(self._forget)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def screen(self) -> LockScreen | None:
        """The lock screen over the main window (while locked)."""
        return self._screens[0] if self._screens else None

    def _live(self) -> list[LockScreen]:
        """The lock screens still there (a covered dialog may be deleted while locked,
        and its lock screen with it)."""
        self._screens[:] = [screen for screen in self._screens if shiboken6.isValid(screen)]
        return self._screens

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        if not self._locked:
            self.timer.start()

    def dispose(self) -> None:
        """Stop watching input (the window is closing)."""
        self._locked = False
        self._forget()

    def _forget(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    # ---------------------------------------------------------------------- input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._locked:
            if kind == QEvent.Type.Shortcut and not _on_lock_screen(watched):
                return True  # the window's shortcuts do nothing while locked
            if kind == QEvent.Type.Resize and watched is not None:
                self._fit(watched)
            return False
        if kind in INPUT_EVENTS:
            self.timer.start()  # restarts
        return False

    def _fit(self, watched: QObject) -> None:
        for screen in self._live():
            parent = screen.parentWidget()
            if parent is not None and parent is watched:
                screen.setGeometry(parent.rect())
                screen.raise_()

    # ----------------------------------------------------------------------- lock

    def lock_now(self) -> None:
        if self._locked:
            return
        self._locked = True
        self.timer.stop()
        window = self.window
        self._title = window.windowTitle()
        self._focus = QApplication.focusWidget()
        self._hidden = [
            child
            for child in window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisible() and not child.isWindow()
        ]
        for child in self._hidden:
            child.hide()
        window.setWindowTitle(self.tr("CumulDesk — locked"))
        self._screens = [self._cover(window)]
        for other in QApplication.topLevelWidgets():
            if other is window or not other.isVisible() or isinstance(other, LockScreen):
                continue
            for child in other.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if child.isEnabled() and not child.isWindow():
                    child.setEnabled(False)
                    self._disabled.append(child)
            self._screens.append(self._cover(other))
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        target = next((s for s in self._screens if s.parentWidget() is active), self._screens[0])
        target.password.setFocus()
        self.locked.emit()

    def _cover(self, parent: QWidget) -> LockScreen:
        identity = self.ctx.desk.identity
        screen = LockScreen(identity.display_name, identity.username, parent)
        screen.setGeometry(parent.rect())
        screen.unlock_requested.connect(lambda password, s=screen: self._check(s, password))
        screen.quit_requested.connect(self.window.close)
        screen.show()
        screen.raise_()
        return screen

    # --------------------------------------------------------------------- unlock

    def _check(self, screen: LockScreen, password: str) -> None:
        if self._checking or not self._locked or self._signed_out:
            return
        self._checking = True
        for each in self._live():
            each.set_busy(True)
        desk = self.ctx.desk

        def work(state: object) -> Unlocked:
            return desk.unlock(password)

        Op(screen, work, lane=LOCAL).success(lambda _unlocked: self._unlock()).failure(
            lambda exc: self._refused(screen, exc)
        ).run()

    def _refused(self, screen: LockScreen, exc: BaseException) -> None:
        self._checking = False
        if isinstance(exc, AccountRefused):
            self._sign_out(screen, user_message(exc))
            return
        for each in self._live():
            each.set_busy(False)
        if isinstance(exc, NotAllowed) and exc.text is None:
            text = self.tr("Wrong password: the window stays locked.")
            if isinstance(exc, WrongCredentials) and exc.note is not None:
                text += " " + translated(exc.note)
            screen.show_message(text)
        else:
            screen.show_message(user_message(exc))  # offline sign-in expired, and the like
        screen.password.clear()
        screen.password.setFocus()

    @property
    def is_signed_out(self) -> bool:
        return self._signed_out

    def _sign_out(self, screen: LockScreen, message: str) -> None:
        """The central database refused the account: the data stay hidden, the password
        field stays disabled, a message says why, and the window closes (the session
        ends) when it is read."""
        self._signed_out = True
        for each in self._live():
            each.set_busy(True)
        screen.show_message(message)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Signed out"))
        box.setText(message)
        box.setAccessibleName(self.tr("Signed out"))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self.window.close())
        self.sign_out_box = box
        self.signed_out.emit(message)
        box.open()

    def _unlock(self) -> None:
        self._checking = False
        for screen in self._live():
            screen.hide()
            screen.deleteLater()
        self._screens = []
        for child in self._hidden:
            if shiboken6.isValid(child):
                child.show()
        for child in self._disabled:
            if shiboken6.isValid(child):  # its dialog may be gone meanwhile
                child.setEnabled(True)
        self._hidden, self._disabled = [], []
        self.window.setWindowTitle(self._title)
        focus = self._focus
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        self._focus = None
        self._locked = False
        self.timer.start()
        self.unlocked.emit()
