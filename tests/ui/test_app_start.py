"""Starting the application: sign-in dialog, then the main window with its inactivity lock;
one instance at a time; `cumuldesk app --smoke-test` for CI."""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from cumuldesk.cli import build_parser
from cumuldesk.config import demo_database_path
from cumuldesk.paths import data_dir
from cumuldesk.services.worklist import load_worklist
from cumuldesk.ui.kit import logs
from cumuldesk.ui.shell import app as app_module
from cumuldesk.ui.shell.lock import InactivityLock
from cumuldesk.ui.shell.signin_dialog import SignInDialog

REPOSITORY = Path(__file__).resolve().parents[2]
PASSWORD = "an-demo-password"


class StandInDossierPage(QLabel):
    """The dossier page's interface as the smoke test uses it."""

    dossier_shown = Signal(str)
    current_insz: str | None = None

    def show_dossier(self, insz: str) -> None:
        self.current_insz = insz
        self.dossier_shown.emit(insz)


class StandInWindow(QMainWindow):
    """The main window's interface as app.py uses it."""

    lock_requested = Signal()
    made: list[StandInWindow] = []

    def __init__(self, ctx, parent=None, *, start_sync: bool = True) -> None:
        super().__init__(parent)
        self.ctx, self.start_sync = ctx, start_sync
        self.setCentralWidget(QLabel("dossiers"))
        self.dossier_page = StandInDossierPage(self)
        self.opened: list[str] = []
        StandInWindow.made.append(self)

    def open_dossier(self, insz: str) -> None:
        self.opened.append(insz)
        self.dossier_page.show_dossier(insz)


@pytest.fixture
def started(monkeypatch, ui_files, memory_keyring):
    """main() with the demo database made, a stand-in main window, hooks restored."""
    demo_database_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ui_files.central, demo_database_path())
    StandInWindow.made.clear()
    monkeypatch.setitem(
        sys.modules,
        "cumuldesk.ui.shell.main_window",
        types.SimpleNamespace(MainWindow=StandInWindow),
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)
    monkeypatch.setattr(os, "umask", lambda mask: 0o022)  # not the test process's own
    yield
    if logs._handler is not None:
        root.removeHandler(logs._handler)
        logs._handler.close()
        logs._handler = None


def _dialog() -> SignInDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_main_signs_in_then_opens_the_window_with_its_lock(qtbot, started, monkeypatch):
    seen: dict[str, object] = {}

    def sign_in_when_shown() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, sign_in_when_shown)
            return
        seen["prefilled"] = dialog.username.text()
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    def run(app) -> int:  # instead of app.exec(): look at the window
        window = StandInWindow.made[-1]
        seen["visible"] = window.isVisible()
        seen["start_sync"] = window.start_sync
        lock = window.ctx.lock
        seen["lock"] = lock
        window.lock_requested.emit()  # File > Lock
        seen["locked"] = lock.is_locked and not window.centralWidget().isVisible()
        seen["name"] = (app.applicationName(), app.organizationName())
        return 0

    monkeypatch.setattr(app_module, "_run", run)
    QTimer.singleShot(0, sign_in_when_shown)
    assert app_module.main(["--user", "an.demo"]) == 0
    assert seen["prefilled"] == "an.demo"
    assert seen["visible"] is True and seen["start_sync"] is True
    assert isinstance(seen["lock"], InactivityLock) and seen["locked"] is True
    assert seen["name"] == ("CumulDesk", "DG HAN")
    assert (data_dir() / "logs" / "cumuldesk.log").is_file()
    assert QLockFile(str(data_dir() / app_module.LOCK_FILE)).tryLock(0)  # released


def test_quitting_the_sign_in_opens_no_window(qtbot, started):
    def quit_when_shown() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, quit_when_shown)
            return
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, quit_when_shown)
    assert app_module.main([]) == 0
    assert StandInWindow.made == []


def test_one_instance_at_a_time(started, capsys):
    data_dir().mkdir(parents=True, exist_ok=True)
    other = QLockFile(str(data_dir() / app_module.LOCK_FILE))
    assert other.tryLock(0)
    try:
        assert app_module.main(["--smoke-test"]) == 1
    finally:
        other.unlock()
    assert "already running" in capsys.readouterr().err


def test_the_smoke_path_in_process(started, monkeypatch):
    monkeypatch.setenv("CUMULDESK_USER", "an.demo")
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    assert app_module.main(["--smoke-test"]) == 0
    assert StandInWindow.made[-1].start_sync is False


def test_the_smoke_path_opens_the_first_dossier_of_the_work_list(started, monkeypatch, capsys):
    monkeypatch.setenv("CUMULDESK_USER", "an.demo")
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("CUMULDESK_SMOKE_INSZ", raising=False)
    assert app_module.main(["--smoke-test"]) == 0, capsys.readouterr().err
    window = StandInWindow.made[-1]
    ctx = window.ctx  # the cache was empty (a first start): the smoke test synced it
    first = load_worklist(ctx.desk.cache, ctx.desk.identity.team, ctx.desk.law, ctx.desk.today())[0]
    assert window.opened == [first.insz]
    log_text = (data_dir() / "logs" / "cumuldesk.log").read_text(encoding="utf-8")
    assert "smoke test: dossier opened" in log_text
    assert first.insz not in log_text


def test_the_smoke_path_opens_the_dossier_asked_for(started, monkeypatch):
    monkeypatch.setenv("CUMULDESK_USER", "an.demo")
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("CUMULDESK_SMOKE_INSZ", "85.07.30-033.28")
    assert app_module.main(["--smoke-test"]) == 0
    assert StandInWindow.made[-1].opened == ["85073003328"]


def test_a_wrong_smoke_insz_fails_with_a_message_and_no_digits(started, monkeypatch, capsys):
    monkeypatch.setenv("CUMULDESK_USER", "an.demo")
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("CUMULDESK_SMOKE_INSZ", "85073003329")  # check digits wrong
    assert app_module.main(["--smoke-test"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "cumuldesk app --smoke-test: CUMULDESK_SMOKE_INSZ is not a valid INSZ (wrong checksum)"
    ]
    assert StandInWindow.made[-1].opened == []


def test_the_command_is_registered():
    args = build_parser().parse_args(["app", "--user", "an.demo", "--smoke-test"])
    assert args.user == "an.demo" and args.smoke_test


def _smoke(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cumuldesk", "app", "--smoke-test"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


WINDOW_MODULES = (
    "cumuldesk.ui.shell.main_window",
    "cumuldesk.ui.worklist.page",
    "cumuldesk.ui.dossier.page",
    "cumuldesk.ui.simulation.page",
)
MISSING = [name for name in WINDOW_MODULES if importlib.util.find_spec(name) is None]


@pytest.mark.skipif(
    bool(MISSING), reason=f"the real main window needs {', '.join(MISSING)} (not there yet)"
)
def test_cumuldesk_app_smoke_test_in_a_new_process(ui_files, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(ui_files.central, data / demo_database_path().name)
    env = {
        **os.environ,
        "CUMULDESK_DATA_DIR": str(data),
        "CUMULDESK_CONFIG_DIR": str(tmp_path / "config"),
        "CUMULDESK_CACHE_PASSPHRASE": "a long cache passphrase",  # no keyring here
        "CUMULDESK_USER": "an.demo",
        "CUMULDESK_PASSWORD": PASSWORD,
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("CUMULDESK_CENTRAL_URL", None)
    done = _smoke(env)
    assert done.returncode == 0, done.stderr
    log_text = (data / "logs" / "cumuldesk.log").read_text(encoding="utf-8")
    assert "smoke test: window shown" in log_text
    assert "smoke test: dossier opened" in log_text

    absent = _smoke({**env, "CUMULDESK_SMOKE_INSZ": "85073003328"})  # valid, not in the data
    assert absent.returncode == 1
    assert "the dossier page did not show the dossier asked for" in absent.stderr
    assert "85073003328" not in absent.stderr

    wrong = _smoke({**env, "CUMULDESK_PASSWORD": "not-the-password"})
    assert wrong.returncode == 4
    assert wrong.stderr.strip().splitlines() == [
        "cumuldesk app --smoke-test: wrong username or password"
    ]
