"""The work list's "Draft proposals..." window (issue 18) by keyboard: the selected
cases drafted in the background, those that no longer call for a proposal listed with
the reason, "Export PDFs to folder..." (one PDF per letter, 0600, audited) and "Print
all..." (one print job, audited per letter)."""

from __future__ import annotations

import stat

from pypdf import PdfReader
from PySide6.QtCore import Qt
from ui.test_letter_dialog import audited, pdf_printer

from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.letters.bulk_dialog import BulkProposalsDialog

RENOUNCE = "CD-2025-000001"  # renunciation advised
OTHER = "CD-2025-000340"  # renunciation advised
IVT_IT = "CD-2023-000063"  # IVT/IT is more favourable now
KIND = "renunciation_proposal"
ALT = Qt.KeyboardModifier.AltModifier


def open_dialog(qtbot, ctx) -> BulkProposalsDialog:
    dialog = BulkProposalsDialog(ctx, [RENOUNCE, IVT_IT, OTHER])
    qtbot.addWidget(dialog)
    dialog.show()
    assert wait_for_ops()
    qtbot.waitUntil(lambda: dialog.drafts is not None, timeout=20_000)
    return dialog


def rows(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_drafted_and_left_out_then_exported_by_keyboard(qtbot, ui_context, tmp_path):
    dialog = open_dialog(qtbot, ui_context)
    assert rows(dialog.drafted) == [f"{RENOUNCE}   NL   draft", f"{OTHER}   NL   draft"]
    assert rows(dialog.left_out) == [
        f"{IVT_IT}: IVT/IT is more favourable now: no proposal applies"
    ]
    assert dialog.summary.text() == "2 letter(s) drafted; 1 case(s) left out."
    assert dialog.drafted.hasFocus() and dialog.export_button.isEnabled()

    folder = tmp_path / "out"
    dialog.choose_folder = lambda: str(folder)
    qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
    assert wait_for_ops()
    qtbot.waitUntil(lambda: "written to" in dialog.message.text(), timeout=20_000)
    names = sorted(path.name for path in folder.iterdir())
    assert names == [f"renunciation-proposal-{r}.pdf" for r in (RENOUNCE, OTHER)]
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert audited(ui_context, "pdf_exported") == [
        {"case": RENOUNCE, "kind": KIND},
        {"case": OTHER, "kind": KIND},
    ]
    assert dialog.message.text() == f"2 PDF(s) written to {folder}"


def test_print_all_is_one_job_audited_per_letter(qtbot, ui_context, tmp_path):
    dialog = open_dialog(qtbot, ui_context)
    dialog.make_printer = lambda: pdf_printer(tmp_path, "all.pdf")
    dialog.ask_printer = lambda printer: True
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert wait_for_ops()
    qtbot.waitUntil(lambda: "sent to the printer" in dialog.message.text(), timeout=20_000)
    pages = PdfReader(tmp_path / "all.pdf").pages
    text = " ".join(page.extract_text() for page in pages)
    assert RENOUNCE in text and OTHER in text and IVT_IT not in text
    assert "pagina 1 van 4" in " ".join(text.split())
    assert audited(ui_context, "printed") == [
        {"case": RENOUNCE, "kind": KIND},
        {"case": OTHER, "kind": KIND},
    ]
    assert dialog.message.text().startswith("2 letter(s) sent to the printer")


def test_a_cancelled_folder_choice_writes_nothing(qtbot, ui_context):
    dialog = open_dialog(qtbot, ui_context)
    dialog.choose_folder = lambda: ""
    qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
    assert wait_for_ops()
    assert audited(ui_context, "pdf_exported") == []
