"""Issue 6's "done when", as a handler does it in the window: for a demo dossier where
renunciation is advised, the simulation's "Draft letter" opens the proposal in the
applicant's language with its reply form; the handler prints it, exports it to PDF,
exports the work list to a spreadsheet a team lead can filter, and all of it is in the
audit trail."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select
from ui.test_letter_dialog import find, pdf_text

from cumuldesk.storage.models import AuditEvent
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.letters.dialog import LetterDialog
from cumuldesk.ui.letters.load import PROPOSAL
from cumuldesk.ui.shell.main_window import MainWindow


def _actions(ctx) -> list[tuple[str, dict]]:
    with ctx.desk.cache.sessions() as session:
        rows = session.execute(select(AuditEvent.action, AuditEvent.details)).all()
    return [(action, json.loads(details)) for action, details in rows]


def test_letter_printed_exported_and_work_list_exported_all_audited(
    qtbot, ui_context, monkeypatch, tmp_path
):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    insz = find(ui_context, "renounce")

    window.simulate(insz)
    page = window.simulation_page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=20_000)
    assert page.verdict_text().startswith("Zorgtoeslag + BOB is more favourable")
    qtbot.waitUntil(page.letter_button.isEnabled, timeout=5_000)
    page.letter_button.click()
    [dialog] = window.findChildren(LetterDialog)
    qtbot.waitUntil(lambda: PROPOSAL in dialog.editors, timeout=20_000)
    assert wait_for_ops(20_000)
    draft = dialog.slots[PROPOSAL].draft
    assert draft.language == "nl"  # the applicant's language (a Dutch-speaking person)
    assert "verzaken" in dialog.editors[PROPOSAL].plain_text().lower()

    # print (to a PDF printer standing in for the desk printer)
    printed = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(printed))
        return made

    dialog.tabs.setCurrentWidget(dialog.editors[PROPOSAL])
    dialog.output.make_printer = printer
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog.print_button.click()
    assert wait_for_ops(20_000) and printed.stat().st_size > 0

    # export to PDF: the letter with its reply form (the declaration) on its own page
    exported = tmp_path / "letter.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(exported), ""))
    )
    dialog.pdf_button.click()
    assert wait_for_ops(20_000) and exported.stat().st_size > 0
    text = pdf_text(exported).replace("\t", " ")
    pages = text.split("\f")
    assert draft.insz_formatted in pages[0] and draft.reference in pages[-2]
    assert "verklaring" in pages[-2].lower()  # the renunciation declaration
    assert text.count("pagina ") >= 3  # "pagina N van M" on every page

    # the work list, filtered to the conflicts of now, to a spreadsheet
    window.show_page(0)
    worklist = window.worklist_page
    qtbot.waitUntil(lambda: worklist.proxy.rowCount() > 0, timeout=20_000)
    worklist.set_filter("conflicts_now")
    shown = worklist.proxy.rowCount()
    sheet_path = tmp_path / "work.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(sheet_path), ""))
    )
    window.export_worklist()
    assert wait_for_ops(20_000)
    sheet = load_workbook(sheet_path).active
    assert sheet.auto_filter.ref  # a team lead can filter it
    assert sheet.freeze_panes is not None
    data_rows = [r for r in sheet.iter_rows(min_row=1, values_only=True) if r and r[0]]
    assert sum(1 for r in data_rows if str(r[0]).startswith("CD-")) == shown

    # and all of it is in the audit trail (no personal data in the details)
    actions = _actions(ui_context)
    names = [action for action, _ in actions]
    for expected in ("simulation_run", "printed", "pdf_exported", "worklist_exported"):
        assert expected in names, expected
    for _, details in actions:
        assert insz not in json.dumps(details)
    window.close()
