"""Texts are shown whole (issue 17, point 2).

For every page and dialog, in Dutch, French and German, at the normal font in a
1280x800 window and at 200 % font (in a full-HD window, the screen that
test_large_font.py asks the window to fit), no header, label, button, group title, tab,
combo text or table cell is elided or clipped: the font metrics' width of each text is
compared with the room Qt gives it (tests/ui/fitting.py says how), no widget sticks out
of its parent, no column of a table needs a horizontal scroll at the normal size, and
nothing overlaps on the timeline's ruler (`TimelineWidget.text_rects()`).

Pages: the dossier page (timeline, periods table, case panel), the simulation page with
a result, the work list, the law-data page of a supervisor, the monthly report of a
supervisor (loaded and offline, with the texts its chart paints), a dossier not found,
the window offline. Dialogs: sign-in with the demo accounts, preferences, keyboard
shortcuts, conflicts (a conflict and a refused note), the letter dialog, the lock, the
cache-rebuild dialog, the law propose and reject dialogs, the sender block's publish
dialog.

Fast: one main window per language and font (a module-scoped fixture) serves every
check of that language and font: the 80 tests take about 30 s on two shared cores. Each
failure names the window, the widget, the text and the pixels needed and given;
CUMULDESK_FIT_SHOTS=<folder> also saves a picture of every window checked.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from factories import identity_of
from keyring.backends import fail
from PySide6.QtCore import QLocale, QRectF, QSize
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from ui.central_switch import SWITCHES, set_central_up
from ui.conftest import HANDLER, NOW, UI_CACHE_KEY, _central
from ui.fitting import (
    Misfit,
    beyond,
    chart_misfits,
    misfits,
    offscreen_columns,
    overlapping,
    shown_text,
    too_large,
)
from ui.test_letter_dialog import find

from cumuldesk.params.loader import load_parameters
from cumuldesk.services.desk import Desk
from cumuldesk.services.sync_service import SyncState
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import DatabaseUnavailable
from cumuldesk.ui.kit import i18n
from cumuldesk.ui.kit.ops import wait_for_ops

LANGUAGES = ("nl", "fr", "de")
FONTS = {"normal": 1.0, "200%": 2.0}
SCREENS = {"normal": QSize(1280, 800), "200%": QSize(1920, 1080)}
SUPERVISOR = "eva.demo"  # a supervisor of the demo data (the law-data page)
NOT_FOUND_INSZ = "85.07.30-033.28"  # synthetic, valid, no dossier in the demo data


@dataclass
class Screen:
    """One language and font: the window with a dossier open, and what the checks need."""

    language: str
    font: str
    size: QSize
    ctx: object
    window: object  # MainWindow
    insz: str
    data_words: set[str]

    def name(self, what: str) -> str:
        return f"{self.language} {self.font} {what}"


def _wait(condition: Callable[[], object], what: str, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition():
        if waited >= timeout_ms:
            raise AssertionError(f"timed out waiting for {what}")
        QTest.qWait(20)
        waited += 20


def _context(ui_template, folder):
    """an.demo's AppContext over a copy of the session's demo files (as ui_context, but
    for the whole module)."""
    from cumuldesk.ui.kit.changes import Changes
    from cumuldesk.ui.kit.context import AppContext
    from cumuldesk.ui.kit.settings import Settings

    for source in ui_template.central.parent.iterdir():
        shutil.copy2(source, folder / source.name)
    central_file = folder / "central.sqlite"
    cache = LocalCache.open(folder / "cache.sqlite", UI_CACHE_KEY, owner=HANDLER)
    up = [True]

    def connect():
        if not up[0]:
            raise DatabaseUnavailable("cannot reach the central database (test: switched off)")
        return _central(central_file)

    probe = _central(central_file)
    identity = identity_of(probe.sessions, HANDLER)
    probe.close()
    desk = Desk(identity, cache, load_parameters(), connect, clock=lambda: NOW, demo=True)
    SWITCHES[id(desk)] = up
    settings = Settings(str(folder / "desktop.ini"))
    return AppContext(desk=desk, changes=Changes(), settings=settings)


@pytest.fixture(autouse=True)
def _source_texts_after_each_test():
    """Overrides tests/ui/conftest.py's: the language, font and style sheet stay for all
    the checks of one screen; `screen` puts them back when it is done."""
    yield


@pytest.fixture(
    scope="module",
    params=[(language, font) for language in LANGUAGES for font in FONTS],
    ids=lambda p: f"{p[0]}-{p[1]}",
)
def screen(request, qapp, ui_template, tmp_path_factory) -> Iterator[Screen]:
    from ui.test_translations import _data_words

    from cumuldesk.ui.kit.style import apply_style, remove_style
    from cumuldesk.ui.shell.main_window import MainWindow

    language, font = request.param
    locale = QLocale()
    normal = qapp.font()
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # never the system keyring (sign-in, rebuild)
    i18n.install_translators(qapp, language)
    if FONTS[font] != 1.0:
        large = QFont(normal)
        large.setPointSizeF(normal.pointSizeF() * FONTS[font])
        qapp.setFont(large)
    apply_style(qapp)  # the look of `cumuldesk app`: paddings and fonts of the style sheet
    ctx = _context(ui_template, tmp_path_factory.mktemp(f"fit-{language}-{font}"))
    window = MainWindow(ctx, start_sync=False)
    size = SCREENS[font]
    window.resize(size)
    window.show()
    insz = find(ctx, "renounce")
    words = _data_words(ctx, None)
    shown = Screen(language, font, size, ctx, window, insz, words)
    _show_dossier(shown)
    try:
        yield shown
    finally:
        window.close()
        wait_for_ops(20_000)
        window.deleteLater()
        QTest.qWait(10)
        ctx.desk.cache.close()
        SWITCHES.pop(id(ctx.desk), None)
        i18n.reset(qapp)
        QLocale.setDefault(locale)
        qapp.setFont(normal)
        if qapp.styleSheet():
            remove_style(qapp)
        keyring.set_keyring(previous_keyring)


def _show_dossier(screen: Screen) -> None:
    window = screen.window
    page = window.dossier_page
    if page.current_insz != screen.insz or page.shown_data() is None:
        window.open_dossier(screen.insz)
        _wait(
            lambda: page.current_insz == screen.insz and page.shown_data() is not None,
            "the dossier",
        )
    window.show_page(1)
    assert wait_for_ops(20_000)
    QApplication.processEvents()


def _report(found: list[Misfit]) -> str:
    return "\n".join(["texts not shown whole:", *(str(m) for m in found)])


def _check(screen: Screen, root: QWidget, what: str, *, columns: bool = True) -> list[Misfit]:
    """Every misfit of `root` (its layout settled first)."""
    QApplication.processEvents()
    where = screen.name(what)
    found = misfits(root, where, screen.data_words)
    shots = os.environ.get("CUMULDESK_FIT_SHOTS")  # a folder: a picture of what was checked
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        file = re.sub(r"[^\w-]+", "_", where) + ".png"
        root.grab().save(str(Path(shots) / file))
    if screen.font == "normal" and columns:
        # at 1280x800 every column is on screen; at 200 % a table may scroll sideways
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView

        for view in root.findChildren(QAbstractItemView):
            if view.isVisible() and not isinstance(view, QHeaderView):
                found.extend(offscreen_columns(view, where))
    return found


def _window_check(screen: Screen, what: str) -> list[Misfit]:
    return too_large(screen.window, screen.name(what), screen.size) + _check(
        screen, screen.window, what
    )


def _dialog_check(screen: Screen, dialog: QWidget, what: str) -> list[Misfit]:
    QApplication.processEvents()
    return too_large(dialog, screen.name(what), screen.size) + _check(screen, dialog, what)


# ------------------------------------------------------------------------ the pages


def test_the_dossier_page(screen):
    _show_dossier(screen)
    found = _window_check(screen, "dossier page")
    assert found == [], _report(found)


def test_nothing_overlaps_on_the_timeline_ruler(screen):
    """The ruler's year and month labels, the "Application" and "Today" marks and the
    ban-window label are drawn where they do not cover each other, and none is cut at
    the timeline's edge. `text_rects()`: the
    text and its rectangle of every text the timeline paints (the timeline's engineer
    adds it)."""
    _show_dossier(screen)
    timeline = screen.window.dossier_page.timeline
    rects = timeline.text_rects()
    assert rects, "the timeline paints no text"
    where = screen.name("timeline")
    found = overlapping(list(rects), where)
    found += beyond(list(rects), QRectF(timeline.rect()), where)  # none cut at its edge
    assert found == [], _report(found)


def test_the_simulation_page(screen):
    window = screen.window
    page = window.simulation_page
    if page.outcome is None or page.insz != screen.insz:
        window.simulate(screen.insz)
        _wait(lambda: page.outcome is not None, "the simulation")
    window.show_page(2)
    assert wait_for_ops(20_000)
    found = _window_check(screen, "simulation page")
    assert found == [], _report(found)


def test_the_work_list(screen):
    window = screen.window
    window.show_page(0)
    page = window.worklist_page
    _wait(lambda: page.model.rowCount() > 0, "the work list")
    assert wait_for_ops(20_000)
    found = _window_check(screen, "work list")
    assert found == [], _report(found)


@pytest.fixture
def supervisor_ctx(screen):
    """eva.demo's context over the same cache and central database (as the screenshots)."""
    central = screen.ctx.desk.connect()
    try:
        desk = copy.copy(screen.ctx.desk)
        desk.identity = identity_of(central.sessions, SUPERVISOR)
    finally:
        central.close()
    return dataclasses.replace(screen.ctx, desk=desk)


def test_the_law_data_page_of_a_supervisor(screen, supervisor_ctx, qtbot):
    from cumuldesk.ui.law.page import LawPage

    page = LawPage(supervisor_ctx)
    qtbot.addWidget(page)
    window = screen.window
    page.resize(window.tabs.currentWidget().size())  # the room of a page in the window
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert wait_for_ops(20_000)
    found = _check(screen, page, "law-data page")
    parts = getattr(page, "parts", None)  # the law values and the letters' sender block
    for index in range(1, parts.count() if parts is not None else 0):
        parts.setCurrentIndex(index)
        assert wait_for_ops(20_000)
        found += _check(screen, page, f"law-data page ({shown_text(parts.tabText(index))})")
    sender = getattr(page, "sender_block", None)
    if sender is not None and sender.publish_button.isVisible():  # a supervisor publishes
        sender.publish_button.click()
        publish = sender.dialog
        assert publish is not None and publish.isVisible()
        found += _dialog_check(screen, publish, "sender-block publish dialog")
        publish.reject()
    if parts is not None:
        parts.setCurrentIndex(0)

    page.law_actions.propose_button.click()
    dialog = page.law_actions.dialog
    assert dialog is not None and dialog.isVisible()
    for name in ("ivt_yearly", "bob_ivt_it_ban"):  # with categories and an amount; yes/no
        dialog.select(name)
        found += _dialog_check(screen, dialog, f"law propose dialog ({name})")
    dialog.reject()

    from cumuldesk.ui.law.reject_dialog import RejectDialog

    row = page.data.rows[0]
    reject = RejectDialog(f"{row.label}: {page.model.index(0, 2).data()}", page)
    qtbot.addWidget(reject)
    reject.show()
    found += _dialog_check(screen, reject, "law reject dialog")
    reject.reject()
    page.close()
    assert found == [], _report(found)


def test_the_monthly_report_page_of_a_supervisor(screen, supervisor_ctx, qtbot):
    from cumuldesk.ui.report.page import MonthlyReportPage

    page = MonthlyReportPage(supervisor_ctx)
    qtbot.addWidget(page)
    page.resize(screen.window.tabs.currentWidget().size())  # the room of a page
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert page.report is not None
    assert wait_for_ops(20_000)
    found = _check(screen, page, "monthly report")
    found += chart_misfits(page.chart, screen.name("monthly report chart"))
    page.message.say(  # the longest message of an export, with a path
        page.tr(
            "Not exported: an export is recorded in the central database, which cannot "
            "be reached now. Connect to the network and try again."
        ),
        "error",
    )
    found += _check(screen, page, "monthly report (export message)")
    set_central_up(screen.ctx, False)
    try:
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.show_button.click()
        assert page.notice.isVisible()
        found += _check(screen, page, "monthly report offline")
    finally:
        set_central_up(screen.ctx, True)
    page.close()
    assert found == [], _report(found)


# ---------------------------------------------------------------------- the dialogs


def test_the_sign_in_dialog_with_the_demo_accounts(screen, qtbot):
    from cumuldesk.ui.shell.signin_dialog import SignInDialog

    dialog = SignInDialog(screen.ctx.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_box.isVisible(), "the demo accounts are listed"
    QTest.qWait(50)  # the keyring asked again on a worker once on screen
    assert wait_for_ops(20_000)
    found = _dialog_check(screen, dialog, "sign-in")
    dialog.close()
    assert found == [], _report(found)


def test_preferences_and_shortcuts(screen, qtbot):
    from cumuldesk.ui.shell.main_window import ShortcutsDialog
    from cumuldesk.ui.shell.preferences import PreferencesDialog

    window = screen.window
    preferences = PreferencesDialog(screen.ctx.settings, window)
    qtbot.addWidget(preferences)
    preferences.show()
    found = _dialog_check(screen, preferences, "preferences")
    preferences.reject()
    shortcuts = ShortcutsDialog(window.shortcut_rows(), window)
    qtbot.addWidget(shortcuts)
    shortcuts.show()
    found += _dialog_check(screen, shortcuts, "shortcuts")
    shortcuts.close()
    assert found == [], _report(found)


def _conflict_and_refusal(ctx) -> None:
    """A case answered here while it was put back "in review" centrally, and a note on a
    case deleted centrally (as tests/ui/test_conflicts_dialog.py's fixtures)."""
    from sqlalchemy import select, update
    from ui.test_conflicts_dialog import ANSWERED_ON, CENTRAL_CHANGE, TEXT, open_cases, sync

    from cumuldesk.services.cases import add_note, record_answer
    from cumuldesk.storage.models import Answer, Case, CaseStatus

    first, second = open_cases(ctx, 2)
    record_answer(
        ctx.desk.cache, ctx.desk.identity, first, Answer.ACCEPTED_RENUNCIATION, ANSWERED_ON,
        clock=ctx.desk.clock,
    )  # fmt: skip
    add_note(ctx.desk.cache, ctx.desk.identity, second, TEXT, clock=ctx.desk.clock)
    central = ctx.desk.connect()
    try:
        with central.sessions.begin() as session:
            session.execute(
                update(Case)
                .where(Case.reference == first)
                .values(status=CaseStatus.IN_REVIEW, updated_at=CENTRAL_CHANGE)
            )
            session.delete(session.scalars(select(Case).where(Case.reference == second)).one())
    finally:
        central.close()
    pushed = sync(ctx).pushed
    assert pushed.conflicts == 1 and pushed.rejected == 1


def test_the_conflicts_dialog(screen, qtbot):
    from cumuldesk.ui.shell.conflicts_dialog import ConflictsDialog

    _conflict_and_refusal(screen.ctx)
    dialog = ConflictsDialog(screen.ctx, screen.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    found = []
    for row in range(dialog.list.count()):  # the conflict, then the refused note
        dialog.list.setCurrentRow(row)
        found += _dialog_check(screen, dialog, f"conflicts dialog (row {row + 1})")
    dialog.close()
    assert found == [], _report(found)


def test_the_letter_dialog(screen, qtbot, monkeypatch):
    from cumuldesk.ui.letters.dialog import LetterDialog
    from cumuldesk.ui.letters.load import PROPOSAL

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window = screen.window
    page = window.simulation_page
    if page.outcome is None or page.insz != screen.insz:
        window.simulate(screen.insz)
        _wait(lambda: page.outcome is not None, "the simulation")
    window.show_page(2)
    qtbot.waitUntil(page.letter_button.isEnabled, timeout=10_000)
    page.letter_button.click()
    dialogs = [d for d in window.findChildren(LetterDialog) if d.isVisible()]
    assert dialogs, "the letter dialog opened"
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: PROPOSAL in dialog.editors, timeout=20_000)
    assert wait_for_ops(20_000)
    found = _dialog_check(screen, dialog, "letter dialog")
    dialog.close()
    assert found == [], _report(found)


def test_the_lock(screen):
    from cumuldesk.ui.shell.lock import InactivityLock

    window = screen.window
    lock = InactivityLock(window, screen.ctx, interval_ms=3_600_000)
    try:
        lock.lock_now()
        QApplication.processEvents()
        assert lock.screen is not None and lock.screen.isVisible()
        found = _check(screen, lock.screen, "lock")
    finally:
        lock._unlock()  # as after the right password
        lock.dispose()
    assert found == [], _report(found)


def test_the_cache_rebuild_dialog(screen, qtbot):
    from cumuldesk.ui.shell.cache_rebuild_dialog import RebuildCacheDialog

    # an.demo's cache in the data folder cannot be opened (there is none): the dialog says
    # what is wrong and that the changes cannot be counted, and asks for the username
    dialog = RebuildCacheDialog(HANDLER, "an-demo-password", ask_new_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert wait_for_ops(20_000)
    found = _dialog_check(screen, dialog, "cache-rebuild dialog")
    dialog.reject()
    assert found == [], _report(found)


def test_a_dossier_not_found(screen):
    window = screen.window
    lookup = window.lookup
    page = window.dossier_page
    lookup.field.setText(NOT_FOUND_INSZ)
    lookup.request_open()
    # (not `lookup.busy`: the bar stays "Opening the dossier ..." for 20 s after a
    # dossier not found, BUSY_AT_MOST_MS; the screen is checked as the handler sees it)
    _wait(lambda: page.message_text() != "", "the message")
    assert wait_for_ops(20_000)
    found = _window_check(screen, "dossier not found")
    lookup.field.clear()
    _show_dossier(screen)
    assert found == [], _report(found)


def test_the_window_offline(screen):
    window = screen.window
    set_central_up(screen.ctx, False)
    try:
        synced = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)
        window.sync._deliver_state(SyncState(False, synced, 3, 1, 1, problem="switched off"))
        _show_dossier(screen)
        assert window.sync.state is not None and window.sync.state.online is False
        found = _window_check(screen, "offline")
    finally:
        set_central_up(screen.ctx, True)
        window.sync._deliver_state(SyncState(True, NOW, 0, 0, 0))
    assert found == [], _report(found)


# ------------------------------------------------------------- the checks themselves


def _kinds(root: QWidget) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in misfits(root, "test")]


@pytest.fixture
def plain_app(qapp):
    """No style sheet and a 9-point font while the checks are tested on their own widgets
    (a screen of this module may still be set up: its fixture ends with the module)."""
    sheet, font = qapp.styleSheet(), qapp.font()
    qapp.setStyleSheet("")
    qapp.setFont(QFont("DejaVu Sans", 9))
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


def test_the_checks_find_a_cut_text_and_pass_a_whole_one(qtbot, plain_app):
    """Each check on its own widgets: cut texts reported, whole ones not, a name elided on
    purpose with its tool tip not."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableView, QVBoxLayout

    long = "Conflictmaanden in deze periode, een lange tekst"
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(700, 500)
    whole, cut = QLabel("Kort", root), QLabel(long, root)
    whole.setGeometry(0, 0, 200, 30)
    cut.setGeometry(0, 30, 60, 30)
    wrapped = QLabel(" ".join([long] * 4), root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 60, 200, 20)  # room for one line of four
    button, narrow = QPushButton("OK", root), QPushButton("Exporteren naar Excel…", root)
    button.setGeometry(0, 90, 120, 36)
    narrow.setGeometry(130, 90, 60, 30)
    group = QGroupBox("Demo-accounts (alleen synthetische gegevens)", root)
    group.setGeometry(0, 130, 80, 60)
    outside = QLabel("Sluiten", root)
    outside.setGeometry(650, 470, 100, 40)  # half outside the window
    table = QTableView(root)
    table.setGeometry(0, 200, 690, 200)
    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["Spoor", long])
    name = QStandardItem("Voorbeeldpoel-Verbeeldssens, Emma Louise Josephine")
    name.setToolTip(name.text())  # a name elided on purpose, whole in its tool tip
    model.setItem(0, 0, name)
    model.setItem(1, 0, QStandardItem("1.234.567,89 EUR per maand, geraamd"))
    table.setModel(model)
    for column, width in ((0, 80), (1, 90)):
        table.setColumnWidth(column, width)
    root.show()
    qtbot.waitExposed(root)
    found = _kinds(root)
    assert ("label", long) in found and ("label", "Kort") not in found
    assert ("label", " ".join([long] * 4)) in found  # its height
    assert ("button", "Exporteren naar Excel…") in found and ("button", "OK") not in found
    assert ("group", "Demo-accounts (alleen synthetische gegevens)") in found
    assert ("clipped", "Sluiten") in found
    assert ("header", long) in found and ("header", "Spoor") not in found
    assert ("cell", "1.234.567,89 EUR per maand, geraamd") in found
    assert not any(text.startswith("Voorbeeldpoel") for _, text in found)
    # given room, nothing is reported
    for widget in (cut, wrapped, narrow, group, outside):
        widget.hide()
    table.setColumnWidth(0, 330)
    table.setColumnWidth(1, 340)
    assert _kinds(root) == []
    layout_root = QWidget()
    qtbot.addWidget(layout_root)
    QVBoxLayout(layout_root).addWidget(QLabel(long))
    layout_root.show()
    assert _kinds(layout_root) == []


def test_overlapping_texts_on_the_ruler_are_found():
    from PySide6.QtCore import QRectF

    apart = [("2024", QRectF(0, 0, 30, 12)), ("Vandaag", QRectF(40, 0, 50, 12))]
    assert overlapping(apart, "test") == []
    touching = [*apart, ("Aanvraag", QRectF(80, 0, 60, 12))]
    [found] = overlapping(touching, "test")
    assert found.text == "Vandaag / Aanvraag" and found.kind == "ruler"
