"""The simulation page in the 1280x800 window, in Dutch, French and German (issue 17): the
month table's columns are all on screen beside the inputs, no header or cell cut; the law
values' table shows every row and the warning whole; no text names a law value by its
internal key; the "⊘" marks only the benefit a month stops, never every month."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionHeader, QStyleOptionViewItem, QTableView
from ui.test_main_window import StandInPage
from ui.test_simulation_arrears import VOLUNTARY_INSZ
from ui.test_simulation_page import find
from ui.text_walk import visible_texts

from cumuldesk.ui.kit.i18n import install_translators
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.shell.main_window import MainWindow, PageFactories
from cumuldesk.ui.simulation.page import SimulationPage
from cumuldesk.ui.simulation.tables import STOPPED

LANGUAGES = ["nl", "fr", "de"]
INTERNAL_KEY = re.compile(r"\b[a-z]+_[a-z_]+(\[.*\])?")  # bob_monthly, ..._monthly[total_15_17]


@pytest.fixture(params=LANGUAGES)
def code(request, qapp) -> str:
    """The window's language, installed before the window is made."""
    install_translators(qapp, request.param)
    return request.param


@pytest.fixture
def window(qtbot, ui_context, code):
    """The main window at 1280x800 in the language `code`, with the real simulation page
    (stand-ins for the others)."""
    pages = PageFactories(
        worklist=lambda ctx, parent: StandInPage("Work list", parent),
        dossier=lambda ctx, parent: StandInPage("Dossier", parent),
        simulation=lambda ctx, parent: SimulationPage(ctx, parent),
    )
    window = MainWindow(ui_context, pages=pages, start_sync=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    assert wait_for_ops(10_000)


def simulate(qtbot, window, insz: str) -> SimulationPage:
    window.simulate(insz)
    assert wait_for_ops(10_000)
    page = window.simulation_page
    assert page.outcome is not None, page.verdict_text()
    assert page.heading.text() != "Simulation: IVT/IT against zorgtoeslag + BOB"  # translated
    qtbot.wait(50)  # the layout settles (the inputs' width, the splitter)
    return page


def header_problems(table: QTableView) -> list[str]:
    """The header texts cut or under the sort arrow: each line's width against the room
    the style gives the label (as `QHeaderView.paintSection` elides it)."""
    header = table.horizontalHeader()
    model = table.model()
    metrics = header.fontMetrics()
    problems = []
    for section in range(header.count()):
        text = str(model.headerData(section, Qt.Orientation.Horizontal))
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section = section
        option.text = text
        option.rect = QRect(0, 0, header.sectionSize(section), header.height())
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
        if sorted_here:
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        arrow = header.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
        for line in text.split("\n"):
            width = metrics.horizontalAdvance(line)
            if width > label.width():
                problems.append(f"{line!r}: {width} px in {label.width()}")
            elif sorted_here and label.center().x() + (width + 1) // 2 > arrow.left():
                problems.append(f"{line!r}: under the sort arrow")
    return problems


def cell_problems(table: QTableView) -> list[str]:
    """The cells whose text needs more room than their column has."""
    model = table.model()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    problems = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            needed = table.itemDelegateForIndex(index).sizeHint(option, index).width()
            if needed > table.columnWidth(column):
                problems.append(f"{index.data()!r}: {needed} px in {table.columnWidth(column)}")
    return problems


def the_widest_inputs(qtbot, page: SimulationPage) -> None:
    """Decided IVT and IT amounts, the BOB of the dossier's periods: the longest texts
    of the inputs' choices (the French and German screenshots), recalculated."""
    inputs = page.inputs
    inputs.ivt_basis.setCurrentIndex(inputs.ivt_basis.findData(None))
    inputs.it_basis.setCurrentIndex(inputs.it_basis.findData("decided"))
    inputs.it_amount.setText("394,80")
    inputs.bob_basis.setCurrentIndex(inputs.bob_basis.findData("periods"))
    page.recalculate()
    assert page.error is None, page.verdict_text()
    qtbot.wait(50)


def assert_months_whole(page: SimulationPage, code: str) -> None:
    table = page.results.month_table
    assert page.results.currentWidget() is page.results.month_box
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    for section in range(header.count()):  # "Total flamand" and "Différence" too
        left = header.sectionViewportPosition(section)
        right = left + header.sectionSize(section)
        title = table.model().headerData(section, Qt.Orientation.Horizontal)
        assert 0 <= left and right <= viewport, (code, title, left, right, viewport)
    assert table.horizontalScrollBar().maximum() == 0
    assert header_problems(table) == [], code
    assert cell_problems(table) == [], code
    # the inputs no wider than their rows need: the results get the rest
    inputs = page.inputs
    assert inputs.width() <= inputs.preferred_width() + 2, (inputs.width(), code)
    for name, label in inputs.labels.items():
        if label.isVisibleTo(page):
            editor = inputs.editors[name]
            assert label.width() >= label.sizeHint().width(), (code, label.text())
            assert editor.width() >= editor.sizeHint().width(), (code, name)
            assert inputs.box.rect().contains(editor.geometry()), (code, name)


def test_every_month_column_is_whole_on_screen_beside_the_inputs(qtbot, ui_context, window, code):
    for insz in (find(ui_context, "renounce"), VOLUNTARY_INSZ):
        page = simulate(qtbot, window, insz)
        assert_months_whole(page, code)
        the_widest_inputs(qtbot, page)
        assert_months_whole(page, code)


def test_the_law_values_show_every_row_and_the_whole_warning(qtbot, ui_context, window, code):
    page = simulate(qtbot, window, find(ui_context, "renounce"))
    results = page.results
    results.show_parameters()
    qtbot.wait(50)
    table = results.parameter_table
    model = table.model()
    assert model.rowCount() >= 5
    viewport = table.viewport().rect()
    for row in range(model.rowCount()):
        rect = table.visualRect(model.index(row, 0))
        assert rect.intersects(viewport) and viewport.contains(rect), (code, row, rect, viewport)
    # and the table itself on screen in its tab, not scrolled away
    scroll = results.parameters_scroll
    place = QRect(table.mapTo(scroll.viewport(), table.rect().topLeft()), table.size())
    assert scroll.viewport().rect().contains(place), (code, place)
    # the warning word-wrapped and whole, above the table
    warning = results.unverified
    assert warning.isVisible() and warning.wordWrap()
    assert warning.height() >= warning.heightForWidth(warning.width()), code
    assert warning.geometry().bottom() < table.geometry().top()
    assert header_problems(table) == [], code


def test_no_text_of_the_page_names_a_law_value_by_its_internal_key(qtbot, ui_context, window, code):
    for insz in (find(ui_context, "renounce"), VOLUNTARY_INSZ):
        page = simulate(qtbot, window, insz)
        assert page.results.parameter_model.rowCount() > 0
        keys = {
            text: where for text, where in visible_texts(page).items() if INTERNAL_KEY.search(text)
        }
        assert keys == {}, code


def test_the_stop_sign_marks_only_the_benefit_stopped(qtbot, ui_context, window, code):
    page = simulate(qtbot, window, find(ui_context, "renounce"))
    model = page.results.month_model
    titles = [column.title for column in model.columns]
    stopped_months = 0
    for row, month in enumerate(model.rows):
        assert STOPPED not in model.index(row, titles.index("Month")).data(), month.month
        for title, stopped in (
            ("Zorgtoeslag", month.zorgtoeslag_banned),
            ("BOB", month.bob_banned),
        ):
            assert (STOPPED in model.index(row, titles.index(title)).data()) == stopped
        stopped_months += month.zorgtoeslag_banned or month.bob_banned
    assert stopped_months > 0
    # the legend says what the sign means, in the window's language
    legend = page.results.legend.text()
    assert legend.startswith(f"{STOPPED} =") and "stops this benefit" not in legend, legend
