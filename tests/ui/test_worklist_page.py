"""The work list page on the demo cache: every case of the team, filter buttons with
their counts that change the rows shown, a search that finds an INSZ however it is
typed, Enter and double-click open the dossier, sorting by any column, the export of
the rows shown, and a quiet reload when cases change."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPersistentModelIndex, QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from cumuldesk.services.cases import add_note
from cumuldesk.services.exports.worklist import HEADER_ROW
from cumuldesk.services.worklist import (
    CONFLICTS_NOW,
    FILTERS,
    PROPOSAL_TO_SEND,
    TURNING_18_SOON,
    WorkItem,
    filter_counts,
    load_worklist,
)
from cumuldesk.storage.models import AuditEvent
from cumuldesk.ui.kit.changes import CASES, OUTBOX, SYNC
from cumuldesk.ui.worklist.model import (
    COL_AGE,
    COL_CASE,
    COL_CONFLICTS,
    COL_DEADLINE,
    COL_PUSH,
    SORT_ROLE,
    WorkListFilter,
    WorkListModel,
)
from cumuldesk.ui.worklist.page import ALL, WorkListPage

TEAM = "Team Gent"


@pytest.fixture
def expected(ui_context):
    return load_worklist(ui_context.desk.cache, TEAM, ui_context.desk.law, ui_context.desk.today())


@pytest.fixture
def page(qtbot, ui_context):
    shown = WorkListPage(ui_context)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.show()  # the first show loads the list
    return shown


def shown_refs(page: WorkListPage) -> list[str]:
    return [page.proxy.item(row).reference for row in range(page.proxy.rowCount())]


def test_the_page_lists_every_case_of_the_team_with_counts_per_filter(page, expected):
    assert page.shown_count() == len(expected) > 100
    assert sorted(shown_refs(page)) == sorted(i.reference for i in expected)
    assert page.summary.text() == f"{len(expected)} cases of {TEAM}"
    counts = filter_counts(expected, page.ctx.desk.today())
    assert counts[CONFLICTS_NOW] > 0 and counts[PROPOSAL_TO_SEND] > 0
    assert page.filter_buttons[ALL].text() == f"All ({len(expected)})"
    assert page.filter_buttons[CONFLICTS_NOW].text() == f"Conflicts now ({counts[CONFLICTS_NOW]})"
    assert page.filter_buttons[TURNING_18_SOON].text() == (
        f"Turning 18 within two months ({counts[TURNING_18_SOON]})"
    )
    for button in page.filter_buttons.values():
        assert button.accessibleName().startswith("Filter: ")
    assert page.table.accessibleName() == "Work list"
    assert page.search.accessibleName()


def test_the_filter_buttons_change_the_rows_shown(qtbot, page, expected):
    today = page.ctx.desk.today()
    for key, work_filter in FILTERS.items():
        qtbot.mouseClick(page.filter_buttons[key], Qt.MouseButton.LeftButton)
        wanted = {i.reference for i in expected if work_filter.predicate(i, today)}
        assert set(shown_refs(page)) == wanted, key
        if len(wanted) != len(expected):
            assert page.summary.text().endswith(f", {len(wanted)} shown")
    qtbot.mouseClick(page.filter_buttons[ALL], Qt.MouseButton.LeftButton)
    assert page.shown_count() == len(expected)


def test_the_search_finds_an_insz_typed_in_any_form(qtbot, page, expected):
    wanted = expected[len(expected) // 2]
    digits = wanted.insz
    for typed in (
        wanted.insz_formatted,
        f"{digits[:6]} {digits[6:9]} {digits[9:]}",
        digits,
        wanted.name.split()[-1].upper(),
        wanted.reference.lower(),
    ):
        page.search.clear()
        qtbot.keyClicks(page.search, typed)
        page.apply_search_now()
        assert wanted.reference in shown_refs(page), typed
        assert page.shown_count() < len(expected)
    page.search.clear()
    qtbot.keyClicks(page.search, wanted.insz_formatted)
    qtbot.waitUntil(lambda: page.shown_count() == 1)  # after the typing pause
    assert shown_refs(page) == [wanted.reference]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.shown_count() == len(expected))


def test_a_search_that_finds_nothing_says_so(qtbot, page):
    page.search.setText("no such applicant")
    page.apply_search_now()
    assert page.shown_count() == 0
    assert page.empty.isVisible()
    assert "No case matches the search" in page.empty.text()


def test_enter_and_double_click_open_the_dossier(qtbot, page):
    page.set_filter(CONFLICTS_NOW)
    page.table.setFocus()
    page.table.selectRow(1)
    second = page.proxy.item(1)
    with qtbot.waitSignal(page.open_dossier, timeout=2_000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [second.insz]
    assert second.insz.isdigit() and len(second.insz) == 11

    first = page.proxy.item(0)
    centre = page.table.visualRect(page.proxy.index(0, 2)).center()
    viewport = page.table.viewport()
    with qtbot.waitSignal(page.open_dossier, timeout=2_000) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)  # as a hand does
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [first.insz]


def test_search_then_down_arrow_goes_to_the_table_and_enter_opens(qtbot, page, expected):
    wanted = expected[5]
    page.focus_search()
    qtbot.keyClicks(page.search, wanted.insz)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() or page.table.currentIndex().isValid()
    with qtbot.waitSignal(page.open_dossier, timeout=2_000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [wanted.insz]


def test_clicking_a_header_sorts_by_the_raw_values(qtbot, page, expected):
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, COL_AGE))
    ages = [page.proxy.item(row).age for row in range(page.proxy.rowCount())]
    assert ages in (sorted(ages), sorted(ages, reverse=True))
    assert ages[0] != ages[-1]
    page.table.sortByColumn(COL_DEADLINE, Qt.SortOrder.DescendingOrder)
    deadlines = [page.proxy.item(r).deadline for r in range(page.proxy.rowCount())]
    dated = [d for d in deadlines if d is not None]
    assert deadlines[: len(dated)] == sorted(dated, reverse=True)  # empty ones last
    page.table.sortByColumn(COL_CASE, Qt.SortOrder.AscendingOrder)
    assert shown_refs(page) == sorted(i.reference for i in expected)


def _centre(header, column):
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_export_writes_the_rows_shown_and_says_where(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "conflicts.xlsx"
    asked: list[str] = []

    def save_as(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page.set_filter(CONFLICTS_NOW)
    page.table.sortByColumn(COL_CONFLICTS, Qt.SortOrder.DescendingOrder)
    wanted = shown_refs(page)
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export()
    assert asked and asked[0].endswith(".xlsx")
    sheet = load_workbook(target).active
    assert [sheet.cell(r, 1).value for r in range(HEADER_ROW + 1, sheet.max_row + 1)] == wanted
    assert "Filter: Conflicts now" in sheet["A2"].value
    assert str(target) in page.message.text() and f"{len(wanted)} cases" in page.message.text()
    with page.ctx.desk.cache.sessions() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "worklist_exported")
        ).one()
    assert json.loads(event.details) == {
        "rows": len(wanted),
        "filter": CONFLICTS_NOW,
        "search": False,
    }


def test_the_export_says_the_outbox_changed_without_reloading_the_list(
    qtbot, page, ui_context, tmp_path, monkeypatch
):
    target = str(tmp_path / "all.xlsx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (target, "")))
    heard: list[frozenset] = []
    ui_context.changes.changed.connect(heard.append)
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export()
    assert heard == [frozenset({OUTBOX})]  # the op broadcast the desk's changes
    with qtbot.assertNotEmitted(page.loaded, wait=500):  # its own audit event: no reload
        pass
    ui_context.changes.announce(OUTBOX)  # another outbox change (not the export's) reloads
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass


def test_cancelling_the_file_dialog_writes_nothing(qtbot, page, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    with qtbot.assertNotEmitted(page.exported, wait=300):
        page.export()
    assert not page.message.isVisible()
    with page.ctx.desk.cache.sessions() as session:
        audited = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "worklist_exported")
        ).all()
    assert audited == []


def test_changed_cases_reload_the_list_quietly_and_keep_the_selection(qtbot, page, ui_context):
    page.set_filter(ALL)
    row = 3
    page.table.selectRow(row)
    chosen = page.proxy.item(row)
    assert page.proxy.data(page.proxy.index(row, COL_PUSH)) == ""
    add_note(ui_context.desk.cache, ui_context.desk.identity, chosen.reference, "Called.")
    with qtbot.assertNotEmitted(page.loaded, wait=400):
        ui_context.changes.announce(OUTBOX, SYNC)  # a quiet sync round: nothing to reload
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ui_context.changes.announce(CASES, OUTBOX)
    assert page.selected_item().reference == chosen.reference
    current = page.table.currentIndex().row()
    assert page.proxy.data(page.proxy.index(current, COL_PUSH)) == "Yes (1)"


# ---------------------------------------------------------------- model and filter alone


def synthetic(n: int) -> WorkItem:
    return WorkItem(
        case_id=n,
        reference=f"CD-{n:07d}",
        insz=f"{n:011d}",
        insz_formatted=f"{n:011d}",
        name=f"Given{n} Family{n % 7}",
        birth_date=date(2006 - n % 5, 1 + n % 5, 1 + n % 28),  # age on 23/11/2026
        age=20 + n % 5,
        turns_18_on=date(2018 + n % 9, 1 + n % 12, 1 + n % 28),
        status=("new", "proposal_to_send", "closed")[n % 3],
        handler=None,
        deadline=None if n % 4 else date(2026, 1 + n % 12, 1),
        answer=None,
        proposal_sent_on=None,
        conflict_months=("2025-01",) * (n % 2),
        conflicts_now=n % 2,
        retro_open=False,
        retro_months=(),
        outbox_items=0,
    )


def test_the_model_sorts_itself_and_keeps_the_selected_row(qtbot, qapp):
    model = WorkListModel()
    proxy = WorkListFilter()
    proxy.setSourceModel(model)
    items = [synthetic(n) for n in range(1, 501)]
    model.set_items(items, date(2026, 11, 23))
    proxy.set_filter(CONFLICTS_NOW)
    assert proxy.rowCount() == 250
    keep = proxy.index(10, 0)
    persistent = QPersistentModelIndex(keep)
    kept = proxy.item(10)
    proxy.sort(COL_AGE, Qt.SortOrder.DescendingOrder)
    assert proxy.item(persistent.row()) == kept  # the selection follows its row
    ages = [proxy.item(r).age for r in range(proxy.rowCount())]
    assert ages == sorted(ages, reverse=True)
    assert proxy.data(proxy.index(0, COL_AGE), SORT_ROLE) is not None
    proxy.set_search("family3")
    assert {proxy.item(r).name.endswith("Family3") for r in range(proxy.rowCount())} == {True}
    assert proxy.visible_items() == [proxy.item(r) for r in range(proxy.rowCount())]
    model.set_items(items[:100], date(2026, 11, 23))  # a reload keeps filter, search, sort
    ages = [proxy.item(r).age for r in range(proxy.rowCount())]
    assert ages == sorted(ages, reverse=True) and proxy.rowCount() > 0
    assert all(proxy.item(r).conflicts_now for r in range(proxy.rowCount()))
