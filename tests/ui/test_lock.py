"""The inactivity lock hides personal data after a while without input and opens again
only with the handler's password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
)

from cumuldesk.services.signin import offline_verifier, remember_offline
from cumuldesk.ui.lock import InactivityLock, LockScreen

PERSONAL = "Quirijntje Zwartveldenhoek, 85.07.30-033.28"
PASSWORD = "an-demo-password"


@pytest.fixture
def ctx(ui_context):
    """an.demo's context; the cache keeps the verifier of an online sign-in (as after the
    sign-in dialog)."""
    remember_offline(ui_context.cache, offline_verifier(ui_context.identity, PASSWORD))
    return ui_context


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    window.setWindowTitle("CumulDesk — An Demo")
    window.dossier = QLabel(PERSONAL)
    window.setCentralWidget(window.dossier)
    window.triggered = []
    action = QAction("Look up", window)
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.triggered.connect(lambda: window.triggered.append("look up"))
    window.menuBar().addMenu("&Dossier").addAction(action)
    window.addAction(action)
    window.statusBar().showMessage("an.demo · online")
    window.resize(640, 420)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def screen_of(lock: InactivityLock) -> LockScreen:
    assert lock.screen is not None
    return lock.screen


def type_password(qtbot, lock: InactivityLock, password: str) -> None:
    screen = screen_of(lock)
    screen.password.setText(password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def test_after_the_inactivity_time_the_data_are_hidden(qtbot, window, ctx):
    lock = InactivityLock(window, ctx, interval_ms=150)
    with qtbot.waitSignal(lock.locked, timeout=5_000):
        pass
    assert lock.is_locked
    assert not window.dossier.isVisible() and not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert window.windowTitle() == "CumulDesk — locked"
    screen = screen_of(lock)
    assert screen.isVisible() and screen.geometry() == window.rect()
    assert "An Demo (an.demo)" in screen.explanation.text()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: screen.geometry() == window.rect())


def test_input_restarts_the_countdown(qtbot, window, ctx):
    lock = InactivityLock(window, ctx, minutes=10)
    assert lock.timer.interval() == 10 * 60_000 and lock.timer.isActive()
    lock.timer.stop()
    qtbot.keyClick(window.dossier, Qt.Key.Key_A)
    assert lock.timer.isActive()
    lock.timer.stop()
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.dossier, press)
    assert lock.timer.isActive() and not lock.is_locked


def test_the_default_time_is_the_preference(window, ctx):
    ctx.settings.inactivity_minutes = 3
    assert InactivityLock(window, ctx).timer.interval() == 3 * 60_000


def test_only_the_right_password_unlocks(qtbot, window, ctx):
    lock = InactivityLock(window, ctx, minutes=10)
    window.dossier.setFocus()
    lock.lock_now()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.triggered == []  # the window's shortcuts do nothing while locked
    assert not lock.timer.isActive()

    type_password(qtbot, lock, "not-the-password")
    qtbot.waitUntil(lambda: screen_of(lock).message.isVisible(), timeout=10_000)
    assert screen_of(lock).message.text() == "Wrong password: the window stays locked."
    assert lock.is_locked and not window.dossier.isVisible()
    assert screen_of(lock).password.text() == ""

    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        type_password(qtbot, lock, PASSWORD)
    assert not lock.is_locked and lock.screen is None
    assert window.dossier.isVisible() and window.menuBar().isVisible()
    assert window.windowTitle() == "CumulDesk — An Demo"
    assert window.focusWidget() is window.dossier
    assert lock.timer.isActive()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.triggered == ["look up"]


def test_an_open_dialog_is_covered_too(qtbot, window, ctx):
    dialog = QDialog(window)
    dialog.field = QLineEdit(PERSONAL)
    QVBoxLayout(dialog).addWidget(dialog.field)
    dialog.show()
    qtbot.waitExposed(dialog)
    lock = InactivityLock(window, ctx, minutes=10)
    lock.lock_now()
    covers = [child for child in dialog.findChildren(LockScreen) if child.isVisible()]
    assert len(covers) == 1 and covers[0].geometry() == dialog.rect()
    assert not dialog.field.isEnabled()
    covers[0].password.setText(PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        qtbot.keyClick(covers[0].password, Qt.Key.Key_Return)
    assert dialog.field.isEnabled() and dialog.isVisible()
    assert not [child for child in dialog.findChildren(LockScreen) if child.isVisible()]
