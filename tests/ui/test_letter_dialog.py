"""The letters dialog on an.demo's synced demo cache: prefilled from the simulation,
drafts saved with the handler's edits, finalising (with the explicit confirmation of
unverified parameters, audited) that makes the letter read-only for good, print, print
preview and PDF export (each audited), no letter to the applicant where none applies, and
the main window's wiring of the simulation page's "Draft letter" button.

No modal dialog blocks: QMessageBox.question, the print dialogs and the file dialog are
replaced; the printer is a PDF printer writing to a file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from sqlalchemy import select
from ui.test_accessibility import _unnamed

from cumuldesk.domain.dossier import Region
from cumuldesk.services.dossiers.store import DossierView, stored_dossier
from cumuldesk.services.letters.store import stored_letters
from cumuldesk.services.reports import SimulationReport
from cumuldesk.services.simulation.words import confirmation_lines, value_words
from cumuldesk.storage.models import AuditEvent, Person
from cumuldesk.ui.kit.i18n import SOURCE_LANGUAGE, install_translators
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.letters.dialog import LetterDialog, open_letter_dialog
from cumuldesk.ui.letters.document import write_pdf
from cumuldesk.ui.letters.load import ADVICE, PROPOSAL
from cumuldesk.ui.letters.output import UnverifiedConfirmation

_found: dict[str, str] = {}  # recommendation -> INSZ (the demo data is the same every run)
MARK = "Zie ook ons gesprek van vorige week"


def find(ctx, recommendation: str) -> str:
    """A Flemish cached dossier whose simulation recommends this."""
    if recommendation not in _found:
        with ctx.desk.cache.sessions() as session:
            for insz in session.scalars(select(Person.insz).order_by(Person.insz)):
                parsed = stored_dossier(session, insz, ctx.desk.today())
                # Flemish only (a Brussels zorgtoeslag needs a decided amount typed first)
                if parsed.simulation is None or parsed.dossier.region.value != "flanders":
                    continue
                view = DossierView(parsed, "", "", "nl", (), (), (), (), None, False, "cache")
                report = view.simulation_report(ctx.desk.law)
                _found.setdefault(report.recommendation.value, insz)
                if recommendation in _found:
                    break
    return _found[recommendation]


def report_of(ctx, insz: str) -> SimulationReport:
    with ctx.desk.cache.sessions() as session:
        parsed = stored_dossier(session, insz, ctx.desk.today())
    view = DossierView(parsed, "", "", "nl", (), (), (), (), None, False, "cache")
    return view.simulation_report(ctx.desk.law)


@pytest.fixture(autouse=True)
def no_modals(monkeypatch):
    """Questions answered Yes (finalise) or Discard (unsaved edits); any other message
    box is recorded instead of blocking."""
    asked: list[str] = []

    def question(parent, title, text, buttons=None, default=None):
        asked.append(text)
        if buttons is not None and buttons & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    return asked


def open_dialog(qtbot, ctx, recommendation: str = "renounce", report=None) -> LetterDialog:
    insz = find(ctx, recommendation)
    dialog = LetterDialog(ctx, insz, report or report_of(ctx, insz))
    qtbot.addWidget(dialog)
    dialog.show()
    assert wait_for_ops(20_000)
    assert dialog.setup is not None, dialog.notice.text()
    return dialog


def pdf_printer(tmp_path, name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / name))
    return printer


def audit_actions(ctx) -> list[tuple[str, dict]]:
    with ctx.desk.cache.sessions() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        return [(event.action, json.loads(event.details or "{}")) for event in events]


def audited(ctx, word: str) -> list[dict]:
    """The details of the audit events whose action names `word`."""
    return [details for action, details in audit_actions(ctx) if word in action]


def pdf_text(path) -> str:
    """The PDF's text, page by page in reading order (pypdf's layout mode), each page
    ended by a form feed (as pdftotext writes it)."""
    pages = PdfReader(path).pages
    return "".join(page.extract_text(extraction_mode="layout") + "\f" for page in pages)


def test_the_dialog_opens_prefilled_from_the_simulation(qtbot, ui_context):
    dialog = open_dialog(qtbot, ui_context)
    setup = dialog.setup
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Letter to the applicant",
        "Advice note",
    ]
    letter = dialog.editors[PROPOSAL]
    text = letter.plain_text()
    assert setup.formatted_insz in text
    for part in setup.name.split():
        assert part in text
    draft = dialog.slots[PROPOSAL].draft
    assert draft.addressee in letter.info.text()
    assert "Answer by" in letter.info.text()
    assert "not saved yet" in letter.status.text()
    assert not letter.text.isReadOnly()
    assert dialog.editors[ADVICE].plain_text().strip()
    assert dialog.save_button.isEnabled() and dialog.finalise_button.isEnabled()
    # the simulation used unverified parameters: said before finalising
    assert dialog.unverified.isVisible() and draft.unverified
    # keyboard: every control has a name, the editor has the focus, Tab leaves it
    assert letter.text.hasFocus() or dialog.focusWidget() is letter.text
    assert letter.text.tabChangesFocus()
    for button in (dialog.save_button, dialog.finalise_button, dialog.print_button):
        assert button.accessibleName() and button.toolTip()
    assert "Ctrl+S" in dialog.save_button.toolTip()
    assert _unnamed(dialog) == []
    confirm = UnverifiedConfirmation(draft.unverified_values, dialog)
    assert _unnamed(confirm) == [] and not confirm.finalise_button.isEnabled()
    confirm.deleteLater()
    assert "Ctrl+B" in letter.bold_action.toolTip()


def test_edits_are_saved_as_a_draft_and_reopened(qtbot, ui_context, no_modals):
    dialog = open_dialog(qtbot, ui_context)
    reference = dialog.setup.reference
    editor = dialog.editors[PROPOSAL]
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, MARK)
    assert editor.is_modified()
    with qtbot.waitSignal(ui_context.changes.changed, timeout=10_000) as changed:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert {"cases", "outbox"} <= set(changed.args[0])
    assert wait_for_ops()
    drafts = [s for s in stored_letters(ui_context.desk.cache, reference) if s.kind == PROPOSAL]
    assert len(drafts) == 1 and drafts[0].finalised_at is None
    assert MARK in drafts[0].html
    assert not editor.is_modified()
    assert "Draft saved on" in editor.status.text()
    dialog.close()
    assert no_modals == []  # nothing unsaved: no question on closing

    again = open_dialog(qtbot, ui_context)
    assert MARK in again.editors[PROPOSAL].plain_text()  # the saved draft, not a new one
    assert again.redraft_button.isVisible()
    again.redraft_button.click()
    assert MARK not in again.editors[PROPOSAL].plain_text()
    assert again.editors[PROPOSAL].is_modified()


def test_finalising_needs_the_unverified_parameters_confirmed(
    qtbot, ui_context, monkeypatch, no_modals
):
    dialog = open_dialog(qtbot, ui_context)
    reference = dialog.setup.reference
    editor = dialog.editors[PROPOSAL]
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, MARK)
    seen: list[bool] = []

    def refuse(box: UnverifiedConfirmation) -> int:
        seen.append(box.finalise_button.isEnabled())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnverifiedConfirmation, "exec", refuse)
    dialog.finalise_button.click()
    assert wait_for_ops()
    assert seen == [False]  # "Finalise" works only once the box is ticked
    assert "not confirmed" in dialog.message.text()
    assert stored_letters(ui_context.desk.cache, reference) == []
    assert not editor.text.isReadOnly()

    def confirm(box: UnverifiedConfirmation) -> int:
        draft = dialog.slots[PROPOSAL].draft
        values = draft.unverified_values
        listed = box.list.text()
        # in words: each computed or carried amount once with its kind and dates, each open
        # point of law in a sentence, each sender-block field to confirm; never the keys
        sender = len(draft.sender_to_check)
        assert listed.count("\u2022") == len(confirmation_lines(values)) + sender
        assert listed.count("Sender block, ") == sender
        for value in values:
            assert value.name not in listed and "[" not in listed
            if value.open_point:
                assert "Open point of law, not confirmed by a supervisor: " in listed
            else:
                assert f"{value_words(value)}, from " in listed
                assert f"({value.kind.value})" in listed
        box.checked.setChecked(True)
        assert box.finalise_button.isEnabled()
        box.finalise_button.click()
        return box.result()

    monkeypatch.setattr(UnverifiedConfirmation, "exec", confirm)
    with qtbot.waitSignal(ui_context.changes.changed, timeout=10_000):
        dialog.finalise_button.click()
    assert wait_for_ops()
    assert any("Finalise" in text for text in no_modals)  # the first confirmation
    [stored] = stored_letters(ui_context.desk.cache, reference)
    assert stored.finalised_at is not None and MARK in stored.html
    [confirmation] = audited(ui_context, "unverified")
    assert confirmation["parameters"] == list(dialog.slots[PROPOSAL].draft.unverified)
    assert editor.text.isReadOnly()
    assert not dialog.save_button.isEnabled() and not dialog.finalise_button.isEnabled()
    assert "Finalised on" in editor.status.text() and stored.sha256 in editor.status.text()
    assert dialog.printable(PROPOSAL).html == stored.html  # re-printing: the same document
    finalised_text = editor.plain_text()
    dialog.close()

    again = open_dialog(qtbot, ui_context)
    reopened = again.editors[PROPOSAL]
    assert reopened.text.isReadOnly() and not reopened.bold_action.isEnabled()
    assert reopened.plain_text() == finalised_text
    assert "Finalised on" in reopened.status.text()
    assert not again.finalise_button.isEnabled()
    assert again.printable(PROPOSAL).html == stored.html


def test_export_pdf_writes_the_letter_and_audits_it(qtbot, ui_context, monkeypatch, tmp_path):
    dialog = open_dialog(qtbot, ui_context)
    editor = dialog.editors[PROPOSAL]
    shown = editor.text.document().defaultFont().pointSizeF()
    qtbot.keyClick(editor.text, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert editor.text.document().defaultFont().pointSizeF() > shown  # zoomed on screen ...
    target = tmp_path / "letter"  # ".pdf" is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.pdf_button.click()
    assert wait_for_ops(20_000)
    written = tmp_path / "letter.pdf"
    assert written.exists() and written.stat().st_size > 0
    assert "PDF written" in dialog.message.text()
    text = pdf_text(written)
    assert dialog.setup.reference in text
    assert dialog.setup.formatted_insz in text
    # ... not on paper: the editor's HTML prints like its draft (same font, pages)
    draft = dialog.slots[PROPOSAL].draft
    direct = tmp_path / "draft.pdf"
    write_pdf(
        draft.html,
        direct,
        reference=draft.reference,
        insz_formatted=draft.insz_formatted,
        title=draft.title,
        language=draft.language,
    )
    assert pdf_text(direct) == text
    [event] = audited(ui_context, "pdf_exported")
    assert event == {"case": dialog.setup.reference, "kind": PROPOSAL}  # no personal data
    assert not audited(ui_context, "printed")


def test_cancelled_file_dialog_writes_and_audits_nothing(qtbot, ui_context, monkeypatch):
    dialog = open_dialog(qtbot, ui_context)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog.pdf_button.click()
    assert wait_for_ops()
    assert not audited(ui_context, "pdf_exported")


def test_print_and_print_preview_are_audited(qtbot, ui_context, monkeypatch, tmp_path):
    dialog = open_dialog(qtbot, ui_context)
    dialog.tabs.setCurrentWidget(dialog.editors[ADVICE])
    dialog.output.make_printer = lambda: pdf_printer(tmp_path, "printed.pdf")
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert wait_for_ops()
    printed = tmp_path / "printed.pdf"
    assert printed.exists() and printed.stat().st_size > 0
    assert audited(ui_context, "printed") == [{"case": dialog.setup.reference, "kind": ADVICE}]
    count = len(audited(ui_context, "printed"))

    # the preview paints with the same routine; closing it without printing: no event
    dialog.output.make_printer = lambda: pdf_printer(tmp_path, "preview.pdf")

    def preview(box: QPrintPreviewDialog, result=QDialog.DialogCode.Rejected) -> int:
        box.paintRequested.emit(box.printer())
        return result

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)
    dialog.preview_button.click()
    assert wait_for_ops()
    assert (tmp_path / "preview.pdf").stat().st_size > 0
    assert len(audited(ui_context, "printed")) == count
    monkeypatch.setattr(
        QPrintPreviewDialog, "exec", lambda box: preview(box, QDialog.DialogCode.Accepted)
    )
    dialog.preview_button.click()
    assert wait_for_ops()
    assert len(audited(ui_context, "printed")) == count + 1


def test_no_letter_to_the_applicant_where_none_applies(qtbot, ui_context):
    dialog = open_dialog(qtbot, ui_context, "ivt_it")
    assert list(dialog.editors) == [ADVICE]
    assert dialog.tabs.count() == 1 and dialog.tabs.tabText(0) == "Advice note"
    assert "IVT/IT is more favourable" in dialog.notice.text()
    assert dialog.save_button.isEnabled()

    insz = find(ui_context, "renounce")
    report = report_of(ui_context, insz)
    walloon = replace(report, person=replace(report.person, region=Region.WALLONIA))
    other = open_dialog(qtbot, ui_context, report=walloon)
    assert list(other.editors) == [ADVICE]
    assert "Wallonia" in other.notice.text()


def test_closing_with_unsaved_edits_asks_first(qtbot, ui_context, no_modals):
    dialog = open_dialog(qtbot, ui_context)
    qtbot.keyClicks(dialog.editors[ADVICE].text, MARK)
    dialog.reject()
    assert any("Save your changes" in text for text in no_modals)
    assert stored_letters(ui_context.desk.cache, dialog.setup.reference) == []  # discarded


def test_the_main_window_wires_the_draft_letter_button(qtbot, ui_context):
    from cumuldesk.ui.shell.main_window import MainWindow

    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    page = window.simulation_page
    assert page.letters_available()
    insz = find(ui_context, "renounce")
    window.simulate(insz)
    assert wait_for_ops(20_000)
    qtbot.waitUntil(lambda: page.letter_button.isEnabled(), timeout=10_000)
    page.letter_button.click()
    dialogs = window.findChildren(LetterDialog)
    assert len(dialogs) == 1 and dialogs[0].insz == insz
    assert wait_for_ops(20_000)
    assert dialogs[0].setup is not None
    # asked again for the same simulation: the same dialog comes forward
    assert open_letter_dialog(ui_context, page.outcome.report, window) is dialogs[0]


@pytest.mark.parametrize(
    ("language", "proposal", "advice"),
    [
        ("nl", "verzakingsvoorstel-", "adviesnota-"),
        ("fr", "proposition-renonciation-", "note-avis-"),
        ("de", "Verzichtsvorschlag-", "Stellungnahme-"),
    ],
)
def test_the_suggested_pdf_name_is_in_the_windows_language(
    qtbot, ui_context, monkeypatch, language, proposal, advice
):
    """The file name offered when exporting: the window's language and the case
    reference only (never a name or an INSZ)."""
    install_translators(QApplication.instance(), language)
    try:
        dialog = open_dialog(qtbot, ui_context)
        reference = dialog.setup.reference
        offered: list[str] = []

        def ask(parent, caption, suggested, filters):
            offered.append(suggested)
            return "", ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
        for kind, stem in ((PROPOSAL, proposal), (ADVICE, advice)):
            dialog.tabs.setCurrentWidget(dialog.editors[kind])
            dialog.pdf_button.click()
            assert Path(offered[-1]).name == f"{stem}{reference}.pdf"
            for private in (
                dialog.setup.insz,
                dialog.setup.formatted_insz,
                *dialog.setup.name.split(),
            ):
                assert private not in Path(offered[-1]).name
        dialog.close()
    finally:
        install_translators(QApplication.instance(), SOURCE_LANGUAGE)
