"""The work list at a desk (issue 18): the handler chooses the columns shown (the header's
context menu, or the menu key on the table), remembered for the next start; the birth
date starts hidden (the age says it, its tooltip gives the date). Several cases are
selected with Shift/Ctrl or Ctrl+A, and "Draft proposals ..." (Ctrl+Shift+D) opens the
bulk window for exactly those cases."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.letters.bulk_dialog import BulkProposalsDialog
from cumuldesk.ui.worklist.model import COL_AGE, COL_BIRTH, COL_CASE
from cumuldesk.ui.worklist.page import WorkListPage

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _page(qtbot, ctx) -> WorkListPage:
    page = WorkListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def _menu_by_key(qtbot, page) -> QMenu:
    """The menu key on the table: the columns menu opens."""
    table = page.table
    table.setFocus()
    at = table.viewport().rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, table.mapToGlobal(at))
    QApplication.sendEvent(table, event)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in page.findChildren(QMenu)), timeout=2_000)
    return next(m for m in page.findChildren(QMenu) if m.isVisible())


def test_the_birth_date_starts_hidden_and_the_age_tells_it(qtbot, ui_context):
    page = _page(qtbot, ui_context)
    header = page.table.horizontalHeader()
    assert header.isSectionHidden(COL_BIRTH)
    assert not header.isSectionHidden(COL_AGE)
    item = page.proxy.item(0)
    tip = page.proxy.index(0, COL_AGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"Born on {item.birth_date:%d/%m/%Y}; turns 18 on ")


def test_the_handler_chooses_the_columns_and_they_are_remembered(qtbot, ui_context):
    page = _page(qtbot, ui_context)
    menu = _menu_by_key(qtbot, page)
    actions = {action.text(): action for action in menu.actions()}
    assert not actions["Birth date"].isChecked()
    assert actions["Case"].isChecked() and not actions["Case"].isEnabled()  # always shown
    actions["Birth date"].trigger()  # shown
    actions["Retroactive"].trigger()  # hidden
    menu.close()
    header = page.table.horizontalHeader()
    assert not header.isSectionHidden(COL_BIRTH)
    shown = [
        page.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(header.count())
        if not header.isSectionHidden(c)
    ]
    assert "Birth date" in shown and "Retroactive" not in shown
    again = _page(qtbot, ui_context)  # the next start, same preferences file
    header = again.table.horizontalHeader()
    assert not header.isSectionHidden(COL_BIRTH)
    assert [c for c in range(header.count()) if header.isSectionHidden(c)] == [
        next(
            c
            for c in range(header.count())
            if again.proxy.headerData(c, Qt.Orientation.Horizontal) == "Retroactive"
        )
    ]
    assert not header.isSectionHidden(COL_CASE)


def test_draft_proposals_opens_the_bulk_window_for_the_selected_cases(qtbot, ui_context):
    page = _page(qtbot, ui_context)
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)  # three cases selected by keyboard
    chosen = [page.proxy.item(row).reference for row in range(3)]
    assert [item.reference for item in page.selected_items()] == chosen
    assert page.proposals_button.shortcut().toString() == "Ctrl+Shift+D"
    qtbot.keyClick(table, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(page.findChildren(BulkProposalsDialog)), timeout=5_000)
    [dialog] = page.findChildren(BulkProposalsDialog)
    assert dialog.references == chosen
    qtbot.waitUntil(lambda: dialog.drafts is not None, timeout=20_000)
    assert wait_for_ops()
    drafted = {letter.reference for letter in dialog.drafts.letters}
    left = {out.reference for out in dialog.drafts.left_out}
    assert drafted | left == set(chosen)  # every selected case drafted or listed
    dialog.close()

    table.selectAll()  # Ctrl+A: every case shown
    assert len(page.selected_items()) == page.proxy.rowCount()
    table.clearSelection()
    table.setCurrentIndex(QModelIndex())
    page.proposals_button.click()  # nothing selected: said, no window
    assert page.message.text() == "Select the cases to draft proposals for first."


def test_a_column_the_handler_widened_keeps_its_width_when_the_list_reloads(qtbot, ui_context):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from cumuldesk.ui.worklist.model import COL_STATUS

    page = _page(qtbot, ui_context)
    header = page.table.horizontalHeader()
    before = header.sectionSize(COL_STATUS)
    edge = header.sectionViewportPosition(COL_STATUS) + before - 1
    middle = header.height() // 2
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(header.viewport(), left, Qt.KeyboardModifier.NoModifier, QPoint(edge, middle))
    for step in range(1, 9):  # dragged by the mouse, 40 pixels to the right
        QTest.mouseMove(header.viewport(), QPoint(edge + 5 * step, middle))
    QTest.mouseRelease(
        header.viewport(), left, Qt.KeyboardModifier.NoModifier, QPoint(edge + 40, middle)
    )
    widened = header.sectionSize(COL_STATUS)
    assert widened > before + 20
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert header.sectionSize(COL_STATUS) == widened
