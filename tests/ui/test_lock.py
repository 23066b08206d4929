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
from ui.central_switch import set_central_up

from cumuldesk.services.accounts.signin import offline_verifier, remember_offline
from cumuldesk.ui.shell.lock import InactivityLock, LockScreen

PERSONAL = "Quirijntje Zwartveldenhoek, 85.07.30-033.28"
PASSWORD = "an-demo-password"


@pytest.fixture
def ctx(ui_context):
    """an.demo's context; the cache keeps the verifier of an online sign-in (as after the
    sign-in dialog)."""
    remember_offline(ui_context.desk.cache, offline_verifier(ui_context.desk.identity, PASSWORD))
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


# ------------------------------------------------- the central database checks too


@pytest.fixture
def online(ctx):
    """The lock reaches the tests' central database (SQLite, like the embedded demo one:
    the connection needs no credentials, the password is checked against the stored
    hash); records the threads it was called on."""
    threads: list[object] = []

    def connect_as(credentials):
        import threading

        threads.append(threading.current_thread())
        return ctx.desk.connect()

    ctx.desk.connect_as = connect_as
    return threads


def central_do(ctx, *statements):
    from sqlalchemy import text

    central = ctx.desk.connect()
    try:
        with central.engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        central.close()


def central_events(ctx):
    import json

    from sqlalchemy import select

    from cumuldesk.storage.models import AuditEvent

    central = ctx.desk.connect()
    try:
        with central.sessions() as session:
            rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
            return [(e.actor, e.action, json.loads(e.details)) for e in rows]
    finally:
        central.close()


def test_a_closed_account_cannot_unlock_and_is_signed_out(qtbot, window, ctx, online):
    import threading

    central_do(ctx, "UPDATE handlers SET active = false WHERE username = 'an.demo'")
    lock = InactivityLock(window, ctx, minutes=10)
    lock.lock_now()
    with qtbot.waitSignal(lock.signed_out, timeout=10_000) as signed_out:
        type_password(qtbot, lock, PASSWORD)  # the password the laptop's cache still knows
    assert online and all(t is not threading.main_thread() for t in online)  # on a worker
    message = signed_out.args[0]
    assert message.startswith("The central database no longer accepts your password: your ")
    assert "You are signed out" in message
    assert lock.is_locked and lock.is_signed_out and not window.dossier.isVisible()
    screen = screen_of(lock)
    assert screen.message.text() == message and not screen.password.isEnabled()
    box = lock.sign_out_box
    assert box is not None and box.isVisible() and box.text() == message
    assert central_events(ctx)[-1][1:] == (
        "sign_in_failed",
        {"mode": "online", "reason": "inactive account"},
    )
    box.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)  # the session ends


def test_online_a_wrong_password_stays_locked_and_the_third_says_it_is_slowed(
    qtbot, window, ctx, online
):
    lock = InactivityLock(window, ctx, minutes=10)
    lock.lock_now()
    for attempt in range(1, 4):
        screen_of(lock).message.clear()
        type_password(qtbot, lock, "not-the-password")
        qtbot.waitUntil(lambda: screen_of(lock).message.text() != "", timeout=10_000)
        said = screen_of(lock).message.text()
        assert said.startswith("Wrong password: the window stays locked.")
        assert ("failed sign-in 3 in a row" in said) == (attempt == 3)
    assert lock.is_locked and not lock.is_signed_out and window.isVisible()
    assert len(online) == 3  # each checked by the central database
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        type_password(qtbot, lock, PASSWORD)
    assert central_events(ctx)[-1][:2] == ("an.demo", "sign_in")


def test_a_password_changed_centrally_is_the_one_that_unlocks(qtbot, window, ctx, online):
    from cumuldesk.services.accounts.signin import set_password, sign_in_offline

    central = ctx.desk.connect()
    try:
        set_password(central.sessions, ctx.desk.identity, "an.demo", "a-changed-password-9")
    finally:
        central.close()
    lock = InactivityLock(window, ctx, minutes=10)
    lock.lock_now()
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        type_password(qtbot, lock, "a-changed-password-9")
    # the cache learnt the new password: it also unlocks (and signs in) offline now
    assert sign_in_offline(ctx.desk.cache, "an.demo", "a-changed-password-9") == ctx.desk.identity


def test_unreachable_the_cache_decides_as_before(qtbot, window, ctx, online):
    central_do(ctx, "UPDATE handlers SET active = false WHERE username = 'an.demo'")
    set_central_up(ctx, False)  # the laptop is offline: the closure is not known
    lock = InactivityLock(window, ctx, minutes=10)
    lock.lock_now()
    type_password(qtbot, lock, "not-the-password")
    qtbot.waitUntil(lambda: screen_of(lock).message.isVisible(), timeout=10_000)
    assert screen_of(lock).message.text() == "Wrong password: the window stays locked."
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        type_password(qtbot, lock, PASSWORD)
    assert not lock.is_signed_out
