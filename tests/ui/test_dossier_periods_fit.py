"""Issue 17: the periods table of the dossier page shows every header and cell whole in
Dutch, French and German, in a 1280x800 window (every column on screen, no horizontal
scroll) and at 200 % font (as tests/ui/test_large_font.py sets it, in a full-HD window:
each column as wide as its header and cells; a scroll bar may appear, nothing is cut)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle
from sqlalchemy import select

from cumuldesk.storage.models import BobPeriodRow, Case, Person
from cumuldesk.ui.dossier.periods_table import COL_AMOUNT, PeriodsTable
from cumuldesk.ui.kit import formatting, i18n
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.shell.main_window import MainWindow

SIZES = {"normal": QSize(1280, 800), "200%": QSize(1920, 1080)}
CELL_MARGIN = 2 * 3  # QTableView's text margins (PM_FocusFrameHMargin + 1, each side)


@pytest.fixture
def styled(qapp):
    from cumuldesk.ui.kit.style import apply_style, remove_style

    locale, font = QLocale(), qapp.font()
    apply_style(qapp)  # the look of `cumuldesk app`: paddings and fonts of the style sheet
    yield
    qapp.setFont(font)
    i18n.reset(qapp)
    formatting.set_language("nl")
    QLocale.setDefault(locale)
    remove_style(qapp)


def _with_bob_and_zorgtoeslag(ctx) -> str:
    """A cached person with a case and a BOB period (the demo data gives most a
    zorgtoeslag attestation too)."""
    with ctx.desk.cache.sessions() as session:
        return session.scalars(
            select(Person.insz)
            .join(Case, Case.person_id == Person.id)
            .join(BobPeriodRow, BobPeriodRow.person_id == Person.id)
            .order_by(Person.id)
        ).first()


def _cut(table: PeriodsTable) -> list[str]:
    """Each header line and cell line wider than the room its column gives it."""
    view, header, model = table.view, table.view.horizontalHeader(), table.proxy
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    found = []
    for column in range(model.columnCount()):
        width = header.sectionSize(column)
        text = model.headerData(column, Qt.Orientation.Horizontal)
        for line in text.splitlines():
            needed = header.fontMetrics().horizontalAdvance(line) + 12 + arrow + 2 * margin
            if needed > width:
                found.append(f"header {line!r}: needs {needed} px, has {width}")
        for row in range(model.rowCount()):
            for line in str(model.index(row, column).data()).splitlines():
                needed = view.fontMetrics().horizontalAdvance(line) + CELL_MARGIN
                if needed > width:
                    found.append(f"cell {line!r}: needs {needed} px, has {width}")
    return found


@pytest.mark.parametrize("font", ["normal", "200%"])
@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_the_periods_table_shows_its_texts_whole(qtbot, qapp, ui_context, styled, language, font):
    i18n.install_translators(qapp, language)
    formatting.set_language(language)
    if font == "200%":
        large = QFont(qapp.font())
        large.setPointSizeF(large.pointSizeF() * 2)
        qapp.setFont(large)
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.resize(SIZES[font])
    window.show()
    with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000):
        window.open_dossier(_with_bob_and_zorgtoeslag(ui_context))
    assert wait_for_ops(20_000)
    QApplication.processEvents()
    table = window.dossier_page.periods
    assert table.proxy.rowCount() >= 2
    amounts = table.row_texts(COL_AMOUNT)
    assert all(text and text != "-" for text in amounts), amounts
    where = f"{language} {font}"
    cut = _cut(table)
    assert cut == [], f"{where}: " + "; ".join(cut)
    if font == "normal":  # every column on screen
        header = table.view.horizontalHeader()
        total = sum(header.sectionSize(c) for c in range(header.count()))
        texts = [(header.sectionSize(c), table.row_texts(c)) for c in range(header.count())]
        assert total <= table.view.viewport().width(), (where, texts)
        assert not table.view.horizontalScrollBar().isVisible(), where
    window.close()
    assert wait_for_ops(10_000)
