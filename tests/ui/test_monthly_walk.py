"""Issue 18's "done when", at the desk: the supervisor's screening reaches the handler's
cache with the sync; the handler picks "Renunciation to propose" (Alt+7), sorts by the
amount at stake, selects every case shown (Ctrl+A), drafts their proposals (Ctrl+Shift+D)
and prints them as one job, each letter audited."""

from __future__ import annotations

from factories import identity_of
from pypdf import PdfReader
from PySide6.QtCore import Qt
from ui.conftest import NOW, _central
from ui.test_letter_dialog import audited, pdf_printer

from cumuldesk.services.screening import screen
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.letters.bulk_dialog import BulkProposalsDialog
from cumuldesk.ui.worklist.model import COL_AT_STAKE, COL_VERDICT
from cumuldesk.ui.worklist.page import WorkListPage

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_screened_then_sorted_selected_and_printed_in_one_go(qtbot, ui_context, ui_files, tmp_path):
    central = _central(ui_files.central)
    try:
        supervisor = identity_of(central.sessions, "eva.demo")
        run = screen(central, supervisor, only_changed=False, workers=1, clock=lambda: NOW)
    finally:
        central.close()
    assert run.renounce > 0
    ui_context.desk.sync()  # the screening's results come with the sync

    page = WorkListPage(ui_context)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    table = page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_7, ALT)  # Renunciation to propose
    qtbot.waitUntil(
        lambda: page.filter_buttons["renunciation_to_propose"].isChecked(), timeout=2_000
    )
    shown = page.proxy.rowCount()
    assert 0 < shown < len(page.model.data_set.items)
    assert {page.proxy.index(r, COL_VERDICT).data() for r in range(shown)} <= {
        "Renunciation",
        "\u26a0 Renunciation",
    }
    table.sortByColumn(COL_AT_STAKE, Qt.SortOrder.DescendingOrder)
    amounts = [page.proxy.item(r).at_stake for r in range(shown)]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] > 0

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    chosen = [page.proxy.item(r).reference for r in range(shown)]
    qtbot.keyClick(table, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(page.findChildren(BulkProposalsDialog)), timeout=5_000)
    [dialog] = page.findChildren(BulkProposalsDialog)
    assert dialog.references == chosen
    qtbot.waitUntil(lambda: dialog.drafts is not None, timeout=60_000)
    assert wait_for_ops(60_000)
    drafted = [letter.reference for letter in dialog.drafts.letters]
    assert set(drafted) | {out.reference for out in dialog.drafts.left_out} == set(chosen)
    assert drafted  # the screening said so: most of them still call for a proposal

    dialog.make_printer = lambda: pdf_printer(tmp_path, "all.pdf")
    dialog.ask_printer = lambda printer: True
    qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL)
    assert wait_for_ops(60_000)
    qtbot.waitUntil(lambda: "sent to the printer" in dialog.message.text(), timeout=60_000)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "all.pdf").pages)
    assert all(reference in text for reference in drafted)
    printed = [event["case"] for event in audited(ui_context, "printed")]
    assert sorted(printed) == sorted(drafted)
    dialog.close()
