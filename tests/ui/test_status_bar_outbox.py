"""Issue 17: the status bar's "changes waiting" follows every outbox write. A handler
signs in, opens a dossier (an audited access), simulates it (audited) and exports the
letter to PDF (audited): after each step the count shown is the number of rows waiting
in the outbox, without a sync in between."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.exceptions import TimeoutError
from sqlalchemy import func, select
from ui.test_keyboard_only import _renunciation_dossier

from cumuldesk.storage.cache_models import PENDING, outbox
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.letters.dialog import LetterDialog
from cumuldesk.ui.letters.load import PROPOSAL
from cumuldesk.ui.shell.main_window import MainWindow
from cumuldesk.ui.shell.signin_dialog import SignInDialog

PASSWORD = "an-demo-password"


def _waiting_rows(ctx) -> int:
    with ctx.desk.cache.engine.connect() as connection:
        query = select(func.count()).select_from(outbox).where(outbox.c.state == PENDING)
        return int(connection.execute(query).scalar_one())


def _count_follows(qtbot, window: MainWindow, ctx, step: str) -> int:
    assert wait_for_ops(20_000)
    rows = _waiting_rows(ctx)

    def shown() -> bool:
        state = window.status.state
        return state is not None and state.pending == rows

    try:
        qtbot.waitUntil(shown, timeout=5_000)
    except TimeoutError:
        state = window.status.state
        raise AssertionError(
            f"after {step}: the status bar says {window.status.waiting_label.text()!r} "
            f"({None if state is None else state.pending}) while {rows} rows wait"
        ) from None
    assert str(rows) in window.status.waiting_label.text()
    return rows


def test_the_changes_count_follows_opening_simulating_and_exporting(
    qtbot, ui_files, monkeypatch, memory_keyring, tmp_path
):
    url = f"sqlite:///{ui_files.central}"
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", url)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    signin = SignInDialog(Settings(str(ui_files.central.parent / "desk.ini")))
    qtbot.addWidget(signin)
    signin.show()
    signin.username.setText("an.demo")
    signin.password.setText(PASSWORD)
    signin.sign_in_button.click()
    qtbot.waitUntil(lambda: signin.context is not None, timeout=30_000)
    ctx = signin.context
    window = MainWindow(ctx, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    try:
        before = _count_follows(qtbot, window, ctx, "signing in")

        insz = _renunciation_dossier(url, ctx.desk.today(), ctx.desk.law)
        with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000):
            window.open_dossier(insz)
        opened = _count_follows(qtbot, window, ctx, "opening a dossier")
        assert opened > before  # the access is audited: it waits to be pushed

        window.simulate(insz)
        page = window.simulation_page
        qtbot.waitUntil(lambda: page.outcome is not None, timeout=20_000)
        simulated = _count_follows(qtbot, window, ctx, "simulating")
        assert simulated > opened

        qtbot.waitUntil(page.letter_button.isEnabled, timeout=5_000)
        page.letter_button.click()
        [dialog] = window.findChildren(LetterDialog)
        qtbot.waitUntil(lambda: PROPOSAL in dialog.editors, timeout=20_000)
        assert wait_for_ops(20_000)
        exported = tmp_path / "letter.pdf"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(exported), ""))
        )
        dialog.tabs.setCurrentWidget(dialog.editors[PROPOSAL])
        dialog.pdf_button.click()
        assert wait_for_ops(20_000) and exported.stat().st_size > 0
        after = _count_follows(qtbot, window, ctx, "exporting the PDF")
        assert after > simulated
    finally:
        window.close()
        assert wait_for_ops(20_000)
        ctx.desk.cache.close()
