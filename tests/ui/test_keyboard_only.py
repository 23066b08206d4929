"""Issue 7's "done when": a handler who does not use a mouse signs in, looks a dossier up,
reads its timeline and periods, simulates it, drafts the letter, exports it to PDF and
exports the work list to Excel, with key events only (Tab, Enter, Space, arrows, Escape,
shortcuts and Alt+letter mnemonics, sent to the widget that has the focus). Every step
checks where the keyboard focus is, and that every control Tab passes on the way has a
name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from sqlalchemy import select
from ui.test_accessibility import _name_of

from cumuldesk.domain.insz import format_insz
from cumuldesk.services.dossiers.store import DossierView, stored_dossier
from cumuldesk.services.reports import check
from cumuldesk.storage.database import open_central, session_factory
from cumuldesk.storage.models import Case, Person
from cumuldesk.ui.dossier.periods_table import COL_FROM, COL_LANE
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.letters.dialog import LetterDialog
from cumuldesk.ui.letters.load import PROPOSAL
from cumuldesk.ui.shell.app import open_window
from cumuldesk.ui.shell.signin_dialog import SignInDialog

PASSWORD = "an-demo-password"  # the demo handler's public password (README)
NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _renunciation_dossier(url: str, today, params) -> str:
    """A dossier of an.demo's team (Team Gent, Flanders) with forbidden-cumulation months,
    where the simulation proposes renunciation: the letter to the applicant applies."""
    engine = open_central(url, must_exist=True)
    try:
        with session_factory(engine)() as session:
            team = session.scalars(
                select(Person.insz)
                .join(Case, Case.person_id == Person.id)
                .where(Case.team == "Team Gent")
                .order_by(Person.id)
            ).all()
            for insz in team:
                parsed = stored_dossier(session, insz, today)
                if parsed.simulation is None or parsed.dossier.region.value != "flanders":
                    continue  # (a Brussels zorgtoeslag needs a decided amount typed first)
                if not check(parsed, params).conflict_months:
                    continue
                view = DossierView(parsed, "", "", "nl", (), (), (), (), None, False, "cache")
                if view.simulation_report(params).recommendation == "renounce":
                    return insz
    finally:
        engine.dispose()
    raise AssertionError("the demo data has no renunciation dossier in Team Gent")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is lost"
    return widget


def press(qtbot, key: Qt.Key, modifiers=NONE) -> None:
    """A key pressed by the handler: it goes to whatever has the focus."""
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)  # ASCII only (QTest aborts on other characters)


def tab_to(qtbot, target: QWidget, most: int = 12) -> list[str]:
    """Tab until `target` has the focus; every control passed on the way has a name."""
    passed = []
    for _ in range(most):
        if focused() is target:
            return passed
        press(qtbot, Qt.Key.Key_Tab)
        name = _name_of(focused())
        assert name, f"an unnamed control in the Tab chain: {type(focused()).__name__}"
        passed.append(name)
    raise AssertionError(f"Tab never reaches {_name_of(target)!r}; it passed {passed}")


def save_as(qtbot, path: Path, shortcut: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    """Press `shortcut`, then type `path` into the save dialog that opens, and Enter."""
    seen: list[QWidget] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        field = QApplication.focusWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isAncestorOf(field):
            QTimer.singleShot(20, answer)  # not open yet, or not yet given the focus
            return
        seen.append(field)
        if not isinstance(field, QLineEdit):  # not the file name: give up, do not block
            press(qtbot, Qt.Key.Key_Escape)
            return
        press(qtbot, Qt.Key.Key_A, CTRL)  # over the suggested name
        type_text(qtbot, str(path))
        press(qtbot, Qt.Key.Key_Return)

    before = QApplication.activeWindow()
    QTimer.singleShot(0, answer)
    press(qtbot, *shortcut)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)  # a mnemonic clicks after ~100 ms
    # the save dialog opens with the cursor in its file name field
    assert isinstance(seen[0], QLineEdit), type(seen[0]).__name__
    assert wait_for_ops(20_000)
    qtbot.waitUntil(path.exists, timeout=10_000)
    window_manager_activates(qtbot, before)


def window_manager_activates(qtbot, window: QWidget) -> None:
    """When a dialog closes, the window manager activates the window below it; the
    offscreen platform has none, so the test does it (the focus inside is Qt's)."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def test_sign_in_look_up_simulate_draft_export_with_the_keyboard_only(
    qtbot, ui_files, monkeypatch, memory_keyring, tmp_path
):
    url = f"sqlite:///{ui_files.central}"
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", url)

    # sign in: the username field has the focus, Tab to the password, Enter signs in
    signin = SignInDialog(Settings(str(ui_files.central.parent / "desk.ini")))
    qtbot.addWidget(signin)
    with qtbot.waitActive(signin):
        signin.show()
    assert focused() is signin.username
    type_text(qtbot, "an.demo")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is signin.password
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)  # Sign in is the default button
    qtbot.waitUntil(lambda: signin.context is not None, timeout=20_000)
    ctx = signin.context

    window = open_window(ctx)
    qtbot.addWidget(window)
    try:
        insz = _renunciation_dossier(url, ctx.desk.today(), ctx.desk.law)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lookup.field)

        # Ctrl+2 shows the (empty) dossier page without leaving the focus on a bare page;
        # Ctrl+L brings the cursor back to the look-up; Enter opens the dossier
        press(qtbot, Qt.Key.Key_2, CTRL)
        assert focused() is not window.dossier_page
        press(qtbot, Qt.Key.Key_L, CTRL)
        assert focused() is window.lookup.field
        page = window.dossier_page
        with qtbot.waitSignal(page.dossier_shown, timeout=20_000):
            type_text(qtbot, format_insz(insz))
            press(qtbot, Qt.Key.Key_Return)
        assert window.tabs.currentWidget() is page
        assert focused() is window.lookup.field  # ready for the next number

        # Tab into the dossier: the high-contrast switch of the timeline, then the timeline
        tab_to(qtbot, page.simulate_button)
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.high_contrast_box
        assert not page.timeline.high_contrast()
        press(qtbot, Qt.Key.Key_Space)
        assert page.timeline.high_contrast()
        press(qtbot, Qt.Key.Key_Space)
        assert not page.timeline.high_contrast()
        timeline = page.timeline
        tab_to(qtbot, timeline)
        first = timeline.status_text()  # the period with the focus, in words
        assert first and first == timeline.segment_text(*_focused_period(timeline))
        press(qtbot, Qt.Key.Key_Right)
        assert timeline.status_text() and timeline.status_text() != first
        press(qtbot, Qt.Key.Key_Up)
        assert timeline.focused_segment() is not None

        # the timeline's text alternative: its description names every period, and the
        # periods table reads them one by one
        description = timeline.accessibleDescription()
        periods = page.periods
        lanes, starts = periods.row_texts(COL_LANE), periods.row_texts(COL_FROM)
        assert lanes and starts
        for lane, start in zip(lanes, starts, strict=True):
            # "Zorgtoeslag: 01/09/2012 - 31/03/2015; 01/04/2015 - open": a lane's periods
            named = description.split(f"{lane}: ", 1)
            assert len(named) == 2, (lane, description)
            assert start in named[1].split(".")[0], (lane, start, description)
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is periods.view
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Down)
        row = periods.view.currentIndex()
        assert row.isValid()
        assert row.siblingAtColumn(COL_LANE).data() in lanes
        assert row.siblingAtColumn(COL_FROM).data() in starts

        # simulate (Alt+S): the verdict, and the keyboard in the first input
        press(qtbot, Qt.Key.Key_S, ALT)
        simulation = window.simulation_page
        qtbot.waitUntil(lambda: window.tabs.currentWidget() is simulation, timeout=5_000)
        qtbot.waitUntil(lambda: simulation.outcome is not None, timeout=20_000)
        assert simulation.verdict_text().startswith("Zorgtoeslag + BOB is more favourable")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is simulation.inputs.ivt_basis)

        # Draft letter (Alt+D): the letter opens with the cursor in its text
        press(qtbot, Qt.Key.Key_D, ALT)
        qtbot.waitUntil(lambda: bool(window.findChildren(LetterDialog)), timeout=5_000)
        [letter] = window.findChildren(LetterDialog)
        qtbot.waitUntil(lambda: PROPOSAL in letter.editors, timeout=20_000)
        assert wait_for_ops(20_000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is letter.editors[PROPOSAL].text)

        # Tab leaves the letter's text (no tab character typed) and reaches every button
        passed = tab_to(qtbot, letter.pdf_button)
        assert "Save draft" in passed
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is letter.pdf_button

        # export to PDF (Alt+D in the letter), the file named in the save dialog
        pdf = tmp_path / "letter.pdf"
        save_as(qtbot, pdf, (Qt.Key.Key_D, ALT))
        assert pdf.stat().st_size > 0
        assert letter.message.text().startswith("\u2713")  # said in words, with a mark
        assert focused() is letter.pdf_button  # where the handler left it

        # Escape closes the letter; the keyboard is back in the main window
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not letter.isVisible(), timeout=5_000)
        window_manager_activates(qtbot, window)
        assert simulation.isAncestorOf(focused())  # where the handler was before

        # the work list (Ctrl+1), the conflicts of now (Alt+2), to Excel (Ctrl+E)
        press(qtbot, Qt.Key.Key_1, CTRL)
        worklist = window.worklist_page
        assert window.tabs.currentWidget() is worklist
        assert worklist.isAncestorOf(focused())
        qtbot.waitUntil(lambda: worklist.proxy.rowCount() > 0, timeout=20_000)
        tab_to(qtbot, worklist.table)  # through the search and every filter
        total = worklist.proxy.rowCount()
        press(qtbot, Qt.Key.Key_2, ALT)  # a button's shortcut clicks after ~100 ms
        qtbot.waitUntil(lambda: 0 < worklist.proxy.rowCount() < total, timeout=5_000)
        shown = worklist.proxy.rowCount()
        sheet = tmp_path / "work.xlsx"
        save_as(qtbot, sheet, (Qt.Key.Key_E, CTRL))
        rows = [r for r in load_workbook(sheet).active.iter_rows(values_only=True) if r[0]]
        assert sum(1 for r in rows if str(r[0]).startswith("CD-")) == shown
    finally:
        window.close()
        assert wait_for_ops(20_000)


def _focused_period(timeline):
    segment = timeline.focused_segment()
    assert segment is not None
    lane = next(lane for lane in timeline.timeline().lanes if segment in lane.segments)
    return lane, segment
