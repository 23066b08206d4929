"""The interface in Dutch, French and German.

- Every text a handler can see goes through Qt's translation: with a translator that
  wraps every translated text in ⟦ ⟧, every screen (main window with a dossier, its
  simulation and the work list, the letter dialog, preferences, shortcuts, conflicts,
  sign-in, the lock, a wrong INSZ) shows no word outside the marks except data (names,
  case references, numbers, the law parameters' own source notes).
- Every text the code marks (`pyside6-lupdate` over `cumuldesk/`) has a finished
  translation in each shipped language, with the same `{fields}` and `%1` markers, and
  the shipped `.qm` files are compiled from the shipped `.ts` files.
- A French-speaking handler sees the window in French, amounts as `1 234,56 EUR`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select
from ui.central_switch import set_central_up
from ui.test_letter_dialog import find
from ui.text_walk import Marking, unmarked, visible_texts

from cumuldesk.services.demo.cases import DEMO_HANDLERS
from cumuldesk.services.reports import SimulationReport
from cumuldesk.services.sync_service import SyncState
from cumuldesk.storage.models import Case, Handler, Note, Person
from cumuldesk.ui.kit import formatting
from cumuldesk.ui.kit.i18n import LANGUAGES, install_translators, translation_file
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.letters.dialog import LetterDialog
from cumuldesk.ui.letters.load import PROPOSAL
from cumuldesk.ui.shell.lock import InactivityLock
from cumuldesk.ui.shell.main_window import MainWindow, ShortcutsDialog
from cumuldesk.ui.shell.preferences import PreferencesDialog
from cumuldesk.ui.shell.signin_dialog import SignInDialog

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
PLACEHOLDERS = re.compile(r"\{\w+\}|%\d|%n")


@pytest.fixture
def marking(qapp):
    translator = Marking()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def language(qapp):
    """Install a language for one test (tests/ui/conftest.py puts the untranslated texts
    and the locale back after each test)."""

    def install(code: str) -> None:
        install_translators(qapp, code)

    return install


def _data_words(ctx, report: SimulationReport | None) -> set[str]:
    """Words that are data, not interface: names, references, notes, parameter sources."""
    words = {"EUR", *LANGUAGES.values()}  # each language named in its own words

    def add(text: object) -> None:
        words.update(re.findall(r"[^\W\d_]{2,}", str(text or "")))

    with ctx.desk.cache.sessions() as session:
        for person in session.scalars(select(Person)):
            add(person.given_name)
            add(person.family_name)
        for handler in session.scalars(select(Handler)):
            add(handler.display_name)
        for reference in session.scalars(select(Case.reference)):
            add(reference)
        for note in session.scalars(select(Note.text)):
            add(note)
    add(ctx.desk.identity.team)
    for account in DEMO_HANDLERS:  # the demo accounts listed at sign-in
        add(" ".join(str(value) for value in vars(account).values()))
    for used in report.parameters if report is not None else ():
        item = used.value
        for text in (item.name, item.bracket, item.source_title, item.source_url, item.origin):
            add(text)
    return words


def _walk(root, data: set[str]) -> dict[str, str]:
    return unmarked(visible_texts(root), data)


def test_every_visible_text_goes_through_translation(
    qtbot, ui_context, marking, monkeypatch, tmp_path
):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    insz = find(ui_context, "renounce")
    with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000):
        window.open_dossier(insz)
    window.simulate(insz)
    page = window.simulation_page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=20_000)
    assert wait_for_ops(20_000)
    data = _data_words(ui_context, page.outcome.report)
    assert _walk(window, data) == {}

    # the letter dialog (the letter itself is in the applicant's language: not walked)
    qtbot.waitUntil(page.letter_button.isEnabled, timeout=5_000)
    page.letter_button.click()
    [dialog] = window.findChildren(LetterDialog)
    qtbot.waitUntil(lambda: PROPOSAL in dialog.editors, timeout=20_000)
    assert wait_for_ops(20_000)
    assert _walk(dialog, data) == {}
    dialog.close()

    # a wrong amount typed in the simulation: the mark and the banner say why
    edits = (
        page.inputs.ivt_amount,
        page.inputs.own_income,
        page.inputs.it_amount,
        page.inputs.bob_amount,
    )
    edit = next(edit for edit in edits if edit.isEnabled() and edit.isVisible())
    edit.selectAll()
    qtbot.keyClicks(edit, "12,3,4")
    qtbot.waitUntil(lambda: page.error is not None, timeout=3_000)
    assert _walk(page, data) == {}
    assert "\u27e6more than one decimal comma\u27e7" in page.verdict_text()

    # a wrong INSZ typed in the look-up, then asked to open
    window.lookup.field.setText("85.13.30")
    assert _walk(window.lookup, data) == {}
    window.lookup.field.setText("12")
    window.lookup.open_button.click()
    assert _walk(window.lookup, data) == {}

    for other in (
        PreferencesDialog(ui_context.settings, window),
        ShortcutsDialog(window.shortcut_rows(), window),
        SignInDialog(ui_context.settings),
    ):
        qtbot.addWidget(other)
        other.show()
        assert _walk(other, data) == {}, type(other).__name__

    from cumuldesk.ui.shell.conflicts_dialog import ConflictsDialog

    conflicts = ConflictsDialog(ui_context, window)
    qtbot.addWidget(conflicts)
    conflicts.show()
    qtbot.waitUntil(lambda: conflicts.loaded, timeout=20_000)
    assert _walk(conflicts, data) == {}
    conflicts.close()
    window.close()

    # every text asked for was found by pyside6-lupdate (a text translated from a
    # variable needs its literal marked with QT_TRANSLATE_NOOP in the same context)
    extracted = tmp_path / "extracted.ts"
    _lupdate(extracted)
    known = set(_messages(extracted))
    ours = {(c, s) for c, s in marking.asked if not _qt_context(c)}
    not_extracted = "\n".join(f"{c}: {s!r}" for c, s in sorted(ours - known))
    assert not not_extracted, f"translated but not extracted:\n{not_extracted}"


def _qt_context(context: str) -> bool:
    """A context of Qt's own texts (standard buttons, dialogs, shortcuts)."""
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets

    name = context.split("::")[0]
    return (
        name.startswith("Q")
        and any(
            hasattr(module, name) for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
        )
        or name in ("QPlatformTheme", "QShortcut", "QWidgetTextControl", "QFileDialog")
    )


def test_offline_errors_and_the_lock_go_through_translation(
    qtbot, ui_context, marking, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    assert wait_for_ops(20_000)
    data = _data_words(ui_context, None)
    # offline: said in the status bar (the technical problem is for the log only)
    set_central_up(ui_context, False)
    synced = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)
    window.sync._deliver_state(SyncState(False, synced, 3, 1, 1, problem="switched off"))
    assert "⟦" in window.status.online_label.text()  # "Offline", translated
    assert _walk(window, data | {"switched", "off"}) == {}
    # a dossier that is neither cached nor reachable: the page says why
    window.open_dossier("85073003328")
    assert wait_for_ops(20_000)
    assert _walk(window.dossier_page, data) == {}
    said = " ".join([*visible_texts(window.dossier_page), *shown])
    assert "\u27e6This dossier is not available offline" in said
    assert all(not unmarked({text: ""}, data) for text in shown), shown
    # the lock screen
    lock = InactivityLock(window, ui_context, interval_ms=3_600_000)
    lock.lock_now()
    assert _walk(window, data | {"switched", "off"}) == {}
    lock.dispose()
    window.close()


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """{(context, source): (translation, type)} of a .ts file (numerus forms joined)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else (translation.text or "")
            found[(name, source)] = (text, translation.get("type"))
    return found


def _lupdate(target: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "cumuldesk").rglob("*.py"))
    done = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_marked_text_has_a_translation(code, tmp_path):
    extracted = tmp_path / f"extracted_{code}.ts"
    _lupdate(extracted)
    wanted = _messages(extracted)
    assert len(wanted) > 300  # the extraction found the interface
    shipped = _messages(translation_file(code, "ts"))
    missing, unfinished, wrong_fields = [], [], []
    for key in wanted:
        if key not in shipped:
            missing.append(key)
            continue
        text, kind = shipped[key]
        if not text.strip() or kind in ("unfinished", "vanished", "obsolete"):
            unfinished.append(key)
        elif any(
            sorted(PLACEHOLDERS.findall(key[1])) != sorted(PLACEHOLDERS.findall(form))
            for form in text.split(" | ")  # each plural form has every field
        ):
            wrong_fields.append((key, text))
    assert missing == [], (
        f"{len(missing)} texts not in cumuldesk_{code}.ts: run scripts/translations.py"
    )
    assert unfinished == [], f"{len(unfinished)} texts without a {code} translation"
    assert wrong_fields == []


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_the_shipped_qm_is_compiled_from_the_shipped_ts(code, tmp_path):
    compiled = tmp_path / f"cumuldesk_{code}.qm"
    done = subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            str(translation_file(code, "ts")),
            "-qm",
            str(compiled),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert compiled.read_bytes() == translation_file(code).read_bytes(), (
        "run scripts/translations.py"
    )


def test_a_french_speaking_handler_sees_the_window_in_french(qtbot, ui_context, language):
    language("fr")
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    insz = find(ui_context, "renounce")
    window.simulate(insz)
    page = window.simulation_page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=20_000)
    assert wait_for_ops(20_000)
    menus = [menu.title().replace("&", "") for menu in window.menus()]
    assert menus[0] == "Fichier"
    assert [window.tabs.tabText(i).replace("&", "") for i in range(3)] == [
        "Liste de travail",
        "Dossier",
        "Simulation",
    ]
    verdict = page.verdict_text()
    assert "plus favorable" in verdict or "plus avantageu" in verdict
    detail = page.banner.detail.text()
    assert re.search(r"\d{1,3}(\u00a0\d{3})*,\d\d EUR", detail), detail
    assert formatting.money_eur(1234.56) == "1\u00a0234,56 EUR"
    # Qt's own texts too: the standard buttons of a message box
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    window.close()


def test_dutch_and_german_amounts_use_a_dot_between_thousands(language):
    language("de")
    assert formatting.money_eur(1234.56) == "1.234,56 EUR"
    language("nl")
    assert formatting.money_eur(1234.56) == "1.234,56 EUR"
    assert formatting.day(__import__("datetime").date(2023, 3, 15)) == "15/03/2023"


def test_the_translation_tools_are_installed():
    for tool in ("pyside6-lupdate", "pyside6-lrelease"):
        assert (TOOLS / tool).exists() or shutil.which(tool), tool


@pytest.mark.parametrize(
    ("system", "expected"),
    [("fr_BE", "fr"), ("nl_BE", "nl"), ("de_DE", "de"), ("en_GB", "nl"), ("fr_FR", "fr")],
)
def test_the_language_follows_the_system_and_dutch_is_the_default(system, expected):
    from cumuldesk.ui.kit.i18n import resolve, system_language

    assert system_language(QLocale(system)) == expected
    assert resolve("system", QLocale(system)) == expected
    assert resolve("de", QLocale(system)) == "de"  # a preference wins


def test_the_preference_is_kept_and_applies_at_the_next_start(qtbot, ui_context, language):
    language("nl")
    dialog = PreferencesDialog(ui_context.settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"  # the default
    assert dialog.language_note.text() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.language_note.text()  # "... when you start CumulDesk again"
    dialog.accept()
    assert ui_context.settings.language == "fr"
    again = type(ui_context.settings)(ui_context.settings.qsettings.fileName())
    assert again.language == "fr"


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_in_each_language_no_two_alt_keys_of_a_page_collide(qtbot, ui_context, language, code):
    from ui.test_accessibility import _mnemonic_clashes, _undescribed, _unnamed

    language(code)
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    insz = find(ui_context, "renounce")
    with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000):
        window.open_dossier(insz)
    window.simulate(insz)
    qtbot.waitUntil(lambda: window.simulation_page.outcome is not None, timeout=20_000)
    assert wait_for_ops(20_000)
    assert _unnamed(window) == [] and _undescribed(window) == []
    for index in range(window.tabs.count()):  # each page on screen, the menus, the look-up
        window.show_page(index)
        assert _mnemonic_clashes(window) == {}, window.tabs.tabText(index)
    page = window.simulation_page
    qtbot.waitUntil(page.letter_button.isEnabled, timeout=5_000)
    page.letter_button.click()
    [letters] = window.findChildren(LetterDialog)
    qtbot.waitUntil(lambda: PROPOSAL in letters.editors, timeout=20_000)
    assert wait_for_ops(20_000)
    assert _mnemonic_clashes(letters) == {} and _undescribed(letters) == []
    letters.close()
    for dialog in (
        PreferencesDialog(ui_context.settings, window),
        SignInDialog(ui_context.settings),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _mnemonic_clashes(dialog) == {}, type(dialog).__name__
    window.close()
