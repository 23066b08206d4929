"""Issue 17: in a 1280x800 window, in Dutch, French and German, the work list shows
every column on screen with its header whole, and the conflicts dialog shows its
headers, labels and buttons whole (tests/ui/fitting.py measures them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
)
from ui.fitting import misfits, offscreen_columns, too_large

from cumuldesk.ui.kit import i18n
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.shell.main_window import MainWindow

SIZE = QSize(1280, 800)


@pytest.fixture
def styled(qapp):
    from cumuldesk.ui.kit.style import apply_style, remove_style

    locale = QLocale()
    apply_style(qapp)  # the look of `cumuldesk app`: paddings and fonts of the style sheet
    yield
    i18n.reset(qapp)
    QLocale.setDefault(locale)
    remove_style(qapp)


def _found(root, where: str) -> list:
    QApplication.processEvents()
    found = too_large(root, where, SIZE) + misfits(root, where)
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and not isinstance(view, QHeaderView):
            found.extend(offscreen_columns(view, where))
    return found


def _header_words_cut(table) -> list[str]:
    """Header words wider than their section's label (the style's own label rect, with
    the style sheet's padding and the sort arrow): a wrapped header cuts no word."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    cut = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.rect = QRect(0, 0, header.sectionSize(column), header.height())
        option.section = column
        option.text = text
        if column == header.sortIndicatorSection():
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        for word in text.split():
            if metrics.horizontalAdvance(word) > label.width():
                cut.append(f"{word!r} {metrics.horizontalAdvance(word)}/{label.width()}")
    return cut


def _worklist_at_1280x800(qtbot, qapp, ui_context, language: str):
    """The main window at 1280x800 in `language`, its work list loaded."""
    i18n.install_translators(qapp, language)
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.resize(SIZE)
    window.show()
    page = window.worklist_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
    assert wait_for_ops(20_000)
    return page


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_the_work_list_fits_at_1280x800(qtbot, qapp, ui_context, styled, language):
    page = _worklist_at_1280x800(qtbot, qapp, ui_context, language)
    found = _found(page, f"{language} work list")
    assert found == [], "\n".join(str(misfit) for misfit in found)
    assert _header_words_cut(page.table) == []
    # sorted by any column (its header then has the sort arrow), every column still fits
    header = page.table.horizontalHeader()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        QApplication.processEvents()
        name = page.proxy.headerData(column, Qt.Orientation.Horizontal)
        found = list(offscreen_columns(page.table, f"{language} sorted by {name!r}"))
        assert found == [], "\n".join(str(misfit) for misfit in found)
        assert _header_words_cut(page.table) == [], name
    page.window().close()
    assert wait_for_ops(10_000)


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


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_the_conflicts_dialog_fits(qtbot, qapp, ui_context, styled, language):
    from cumuldesk.ui.shell.conflicts_dialog import ConflictsDialog

    i18n.install_translators(qapp, language)
    _conflict_and_refusal(ui_context)
    dialog = ConflictsDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    found = []
    for row in range(dialog.list.count()):  # the conflict, then the refused note
        dialog.list.setCurrentRow(row)
        found += _found(dialog, f"{language} conflicts dialog (row {row + 1})")
    dialog.close()
    assert found == [], "\n".join(str(misfit) for misfit in found)


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_row_fits_not_only_those_on_screen(qtbot, qapp, ui_context, styled, language):
    """The columns are sized to the whole list: scrolled page by page to its end, and
    with every filter, no cell is cut (a "Waiting for answer" or a past deadline two
    hundred rows down, a long name, the largest amount at stake)."""
    from ui.fitting import cell_misfits
    from ui.test_worklist_screening import _screen

    _screen(ui_context.desk.cache, ui_context.desk.law.version)  # verdicts and amounts
    page = _worklist_at_1280x800(qtbot, qapp, ui_context, language)
    table = page.table
    found: list = []
    for key, button in page.filter_buttons.items():
        button.click()
        QApplication.processEvents()
        bar = table.verticalScrollBar()
        for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
            bar.setValue(min(value, bar.maximum()))
            QApplication.processEvents()
            found.extend(cell_misfits(table, f"{language} work list, {key}", set()))
    assert found == [], "\n".join(str(misfit) for misfit in found[:20])
