"""The monthly report's chart and page.

The chart: painted into an image, a bar stands over each month with conflicts and none
over a month without; the widget's accessible description holds the same figures as text.

The page (issue 18, point 4), on the demo central database screened by eva.demo: a
supervisor has the tab "Monthly report" (Ctrl+5, listed with the shortcuts), which loads
the first time it is shown, the previous month first; its figures are the service's
counts in the window's number format and its chart the service's 12 months; a handler has
no tab and no Ctrl+5; the Excel and PDF exports hold the page's figures and are audited;
offline, the page and an export say so in words (no error dialog); names, descriptions,
Tab order and Alt keys; no English left in Dutch, French and German.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import stat

import pytest
from factories import identity_of
from law_support import audit
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from ui.central_switch import set_central_up
from ui.conftest import NOW
from ui.test_accessibility import _mnemonic_clashes, _undescribed, _unnamed
from ui.text_walk import Marking, unmarked, visible_texts

from cumuldesk.domain.months import Month
from cumuldesk.services.monthly_report import FIGURES, build, monthly_report
from cumuldesk.ui.kit.formatting import count, money_eur
from cumuldesk.ui.kit.i18n import install_translators
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.report.chart import BAR_COLOUR, MonthlyChart, describe, paint_chart, window_locale
from cumuldesk.ui.report.page import EXCEL, PDF, MonthlyReportPage, month_name
from cumuldesk.ui.shell.main_window import MainWindow

NOV = Month(2026, 11)


def _report():
    tally = {
        "conflicts": {Month(2026, 3): 4, NOV: 9},
        "at_stake": {Month(2026, 3): 50000, NOV: 1234567},
    }
    return build(NOV, tally)


def test_bars_appear_for_the_months_with_conflicts(qapp):
    report = _report()
    image = QImage(1200, 500, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, 1200, 500), report.series)
    painter.end()
    # the plot's slots: find the bar colour in each month's column, low in the plot
    columns_with_bars = set()
    for x in range(image.width()):
        for y in range(image.height() - 60, image.height() - 30):
            if image.pixelColor(x, y) == BAR_COLOUR:
                columns_with_bars.add(x)
                break
    runs = []  # contiguous columns of bar colour: one per bar
    for x in sorted(columns_with_bars):
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    assert [p.conflicts > 0 for p in report.series].count(True) == 2
    assert len(runs) == 2  # March and November; the ten months without conflicts: none
    march, november = (sum(run) / len(run) for run in runs)
    slot = (november - march) / 8  # eight months apart
    assert 50 < slot < 1200 / 12


def test_the_chart_says_its_figures_as_text(qtbot):
    chart = MonthlyChart()
    qtbot.addWidget(chart)
    chart.set_series(_report().series)
    assert "9" in chart.accessibleDescription().splitlines()[-1]
    assert "12.345,67" in chart.accessibleDescription()
    image = chart.grab().toImage()
    assert any(
        image.pixelColor(x, y) == BAR_COLOUR
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


# ------------------------------------------------------------------------- the page

SUPERVISOR = "eva.demo"
HANDLER = "an.demo"
OCT = Month(2026, 10)  # the month before the test's day (23/11/2026): shown first


@pytest.fixture
def central(ui_context):
    """The demo central database with every open case screened by the supervisor on the
    test's day (November 2026)."""
    from cumuldesk.services.screening import screen

    central = ui_context.desk.connect()
    screen(central, identity_of(central.sessions, SUPERVISOR), clock=lambda: NOW)
    yield central
    central.close()


def as_user(ctx, central, username: str):
    desk = copy.copy(ctx.desk)  # the same cache and central database, another user
    desk.identity = identity_of(central.sessions, username)
    return dataclasses.replace(ctx, desk=desk)


def expected(central, month: Month):
    return monthly_report(
        central, identity_of(central.sessions, SUPERVISOR), month, today=NOW.date()
    )


def shown_page(qtbot, ctx, month: Month | None = None) -> MonthlyReportPage:
    page = MonthlyReportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    if month is not None and page.chosen_month() != month:
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            assert page.choose_month(month)
    return page


def wanted_figures(report) -> dict[str, str]:
    figures = {label: count(report.counts[key]) for key, label in FIGURES}
    figures["Amounts at stake (EUR)"] = money_eur(report.at_stake)
    return figures


def no_dialog(monkeypatch) -> list[str]:
    """Fail on any message box: the page says everything in words on the page."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def test_a_supervisor_has_the_tab_and_sees_the_month_s_figures(qtbot, ui_context, central):
    ctx = as_user(ui_context, central, SUPERVISOR)
    window = MainWindow(ctx, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.report_page
    assert isinstance(page, MonthlyReportPage)
    assert window.tabs.count() == 5 and window.tabs.tabText(4) == "Monthly report"
    assert window.tabs.tabToolTip(4) == "Monthly report (Ctrl+5)"
    assert window.page_actions[4].shortcut().toString() == "Ctrl+5"
    assert window.page_actions[4] in window.go_menu.actions()
    assert ("Monthly report", "Ctrl+5") in window.shortcut_rows()
    rows = window.shortcut_rows()
    own = [keys for name, keys in rows if name.startswith("Monthly report: ")]
    assert sorted(own) == ["Alt+D", "Alt+E", "Alt+S"]  # the buttons: Show, Excel, PDF
    pages = [f"{window.tabs.tabText(i)}: " for i in range(window.tabs.count())]
    window_keys = [keys for name, keys in rows if not name.startswith(tuple(pages))]
    assert window_keys.count("Ctrl+5") == 1
    assert not set(own) & set(window_keys), "a key of the page is one of the window's"
    assert page.report is None and not page.loading  # nothing read at sign-in

    qtbot.waitUntil(window.lookup.field.hasFocus)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        window.page_actions[4].trigger()  # Ctrl+5
    assert window.tabs.currentWidget() is page
    assert page.month_combo.hasFocus()
    assert page.report is not None and page.report.month == OCT  # the month past
    assert page.figures() == wanted_figures(expected(central, OCT))

    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.month_combo.setCurrentIndex(0)  # November 2026, so far
    report = expected(central, NOV)
    assert page.month_combo.currentText() == f"{month_name(NOV)} (so far)"
    assert page.report == report
    assert report.conflicts > 0 and report.at_stake > 0  # the screening gave figures
    assert page.figures() == wanted_figures(report)
    assert page.title.text() == f"Monthly report {month_name(NOV)}"
    assert page.chart.series() == report.series
    assert page.chart.accessibleDescription() == describe(
        report.series, window_locale(), lambda _c, text: text
    )
    assert page.month_combo.count() == 24
    assert page.month_combo.itemData(0) == "2026-11"  # no month after this one
    assert wait_for_ops(20_000)
    window.close()


def test_a_handler_has_no_report_tab(qtbot, ui_context, central):
    window = MainWindow(as_user(ui_context, central, HANDLER), start_sync=False)
    qtbot.addWidget(window)
    window.show()
    assert window.report_page is None
    assert window.tabs.count() == 4
    assert not window.findChildren(MonthlyReportPage)
    assert [a.shortcut().toString() for a in window.page_actions] == [
        "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4",
    ]  # fmt: skip
    assert all(keys != "Ctrl+5" for _name, keys in window.shortcut_rows())
    assert "monthly" not in window.tabs.tabBar().accessibleDescription().lower()
    window.close()


def test_the_excel_export_holds_the_page_s_figures(
    qtbot, ui_context, central, tmp_path, monkeypatch
):
    from openpyxl import load_workbook

    shown = no_dialog(monkeypatch)
    page = shown_page(qtbot, as_user(ui_context, central, SUPERVISOR), NOV)
    asked: list[str] = []
    target = tmp_path / "chosen"  # without its extension: the page adds it

    def save_dialog(parent, caption, suggested, wanted):  # noqa: ARG001
        asked.append(suggested)
        return str(target), wanted

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with qtbot.waitSignal(page.exported, timeout=20_000) as written:
        page.excel_button.click()
    path = tmp_path / "chosen.xlsx"
    assert written.args == [str(path)]
    assert asked and asked[0].endswith("monthly-report-2026-11.xlsx")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert page.message.text.text().startswith("\u2713 ")
    assert str(path) in page.message.text.text()
    first, series = load_workbook(path).worksheets
    values = {row[0]: row[1] for row in first.iter_rows(values_only=True) if row[0]}
    shown_figures = page.figures()
    for _key, label in FIGURES:
        assert count(values[label]) == shown_figures[label], label
    assert money_eur(values["Amounts at stake (EUR)"]) == shown_figures["Amounts at stake (EUR)"]
    months = [row for row in series.iter_rows(values_only=True) if isinstance(row[1], int)]
    assert [m[1] for m in months] == [p.conflicts for p in page.report.series]
    events = audit(central.sessions, "monthly_report")
    assert events[-1][0] == SUPERVISOR and events[-1][2]["month"] == "2026-11"
    assert events[-1][2]["conflicts"] == page.report.conflicts
    assert shown == []


def test_the_pdf_export_holds_the_month_and_its_figures(qtbot, ui_context, central, tmp_path):
    from pypdf import PdfReader

    page = shown_page(qtbot, as_user(ui_context, central, SUPERVISOR), NOV)
    path = tmp_path / "report.pdf"
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.write(PDF, path)
    raw = PdfReader(path).pages[0].extract_text()
    text = " ".join(raw.replace("\ufb01", "fi").replace("\ufb02", "fl").split())
    assert "Monthly report 2026-11" in text
    assert f"Conflicts found {count(page.report.conflicts)}" in text
    assert page.figures()["Amounts at stake (EUR)"].removesuffix(" EUR") in text
    assert "Conflicts found (bars, left axis)" in text  # the chart's legend
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert audit(central.sessions, "monthly_report")[-1][2]["month"] == "2026-11"


def test_offline_the_page_says_so_in_words(qtbot, ui_context, central, tmp_path, monkeypatch):
    shown = no_dialog(monkeypatch)
    ctx = as_user(ui_context, central, SUPERVISOR)
    set_central_up(ui_context, False)
    page = shown_page(qtbot, ctx)
    assert page.report is None
    notice = page.notice.text.text()
    assert page.notice.isVisible()
    assert "needs the central database" in notice and "try again" in notice
    assert set(page.figures().values()) == {"-"}
    assert not page.excel_button.isEnabled() and not page.pdf_button.isEnabled()

    set_central_up(ui_context, True)  # back: Show reads it
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show_button.click()
    assert page.report is not None and not page.notice.isVisible()

    set_central_up(ui_context, False)  # an export is audited centrally: not done offline
    path = tmp_path / "report.xlsx"
    page.write(EXCEL, path)
    qtbot.waitUntil(lambda: not page.exporting, timeout=20_000)
    assert not path.exists()
    assert "Not exported" in page.message.text.text()
    assert "try again" in page.message.text.text()
    assert page.excel_button.isEnabled()
    assert wait_for_ops(20_000)
    assert shown == []


def test_every_control_is_reached_with_tab_and_named(qtbot, ui_context, central):
    page = shown_page(qtbot, as_user(ui_context, central, SUPERVISOR))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    first = page.month_combo
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached: list[QWidget] = [first]
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), "\t")
        widget = QApplication.focusWidget()
        if widget is first or not page.isAncestorOf(widget):
            break
        reached.append(widget)
    assert reached == [
        page.month_combo, page.show_button, page.table, page.chart, page.excel_button,
        page.pdf_button,
    ]  # fmt: skip
    assert _unnamed(page) == [] and _undescribed(page) == []
    assert page.chart.accessibleName() and page.chart.accessibleDescription()
    assert page.month_label.buddy() is page.month_combo


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("nl", "maandrapport-2026-10.xlsx"),
        ("fr", "rapport-mensuel-2026-10.xlsx"),
        ("de", "Monatsbericht-2026-10.xlsx"),
    ],
)
def test_no_english_is_left_in_each_language(qtbot, ui_context, central, code, name):
    english = shown_page(qtbot, as_user(ui_context, central, SUPERVISOR))
    english_texts = _words_texts(english)
    english.close()
    install_translators(QApplication.instance(), code)
    ctx = as_user(ui_context, central, SUPERVISOR)
    window = MainWindow(ctx, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    page = window.report_page
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        window.show_page(4)
    assert _mnemonic_clashes(window) == {}
    assert _unnamed(page) == [] and _undescribed(page) == []
    left = english_texts & _words_texts(page)
    assert left == set(), f"{code}: English left: {sorted(left)}"
    assert page.default_name(EXCEL) == name
    assert window.tabs.tabText(4) != "Monthly report"
    assert wait_for_ops(20_000)
    window.close()


def _words_texts(page: MonthlyReportPage) -> set[str]:
    """The page's texts with words (not numbers, not "EUR" or "PDF" alone, not the month
    names of the chooser: the window's locale writes them)."""
    combo = page.month_combo
    months = {combo.itemText(i) for i in range(combo.count())}
    return {
        text
        for text in visible_texts(page)
        if re.search(r"[^\W\d_]{3,}", text)
        and text.strip() not in {"EUR", "PDF", "Excel"}
        and text not in months
    }


def _month_words() -> set[str]:
    """The month names of the window's locale: data, not interface texts."""
    locale = window_locale()
    return {locale.standaloneMonthName(m, locale.FormatType.LongFormat) for m in range(1, 13)}


def test_every_text_of_the_page_is_marked_for_translation(qtbot, ui_context, central):
    marking = Marking()
    QApplication.instance().installTranslator(marking)
    try:
        page = shown_page(qtbot, as_user(ui_context, central, SUPERVISOR), NOV)
        data = {"EUR", *_month_words()}
        assert unmarked(visible_texts(page), data) == {}
        set_central_up(ui_context, False)
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.show_button.click()
        assert unmarked(visible_texts(page), data) == {}
    finally:
        QApplication.instance().removeTranslator(marking)
    assert wait_for_ops(20_000)
