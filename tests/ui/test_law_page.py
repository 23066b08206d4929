"""The "Law data" page as supervisors and a handler use it, on the demo central database
(SQLite) with a second supervisor: eva.demo proposes through the dialog and cannot
approve her own proposal (the button says why); max.sup approves it (state, version, the
window asked to sync) or rejects one with a reason; an.demo (a handler) only reads;
offline, the page says so and shows the cache's values; a wrong amount or a missing
source is said next to its field and nothing is sent; a refusal of the central database
is shown in the dialog. Keyboard, names and Alt keys in each language; every text
translated. No sleeps: qtbot.waitUntil / waitSignal."""

from __future__ import annotations

import copy
import dataclasses
import re
from datetime import date

import pytest
from factories import identity_of, make_handler
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select, update
from ui.central_switch import set_central_up
from ui.test_accessibility import _mnemonic_clashes, _undescribed, _unnamed
from ui.text_walk import Marking, unmarked, visible_texts

from cumuldesk.services.law.data import central_parameters
from cumuldesk.storage.models import Handler, LawValue, Role
from cumuldesk.ui.kit.i18n import install_translators
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.law.actions import LawActions
from cumuldesk.ui.law.model import COL_PARAMETER, COL_STATE, COL_VALUE, COL_VERSION
from cumuldesk.ui.law.page import LawPage
from cumuldesk.ui.law.propose_dialog import ProposeDialog
from cumuldesk.ui.law.reject_dialog import RejectDialog
from cumuldesk.ui.shell.main_window import MainWindow

PROPOSER = "eva.demo"  # a supervisor of the demo data
APPROVER = "max.sup"
SOURCE = "Groeipakket, bedragen 1 september 2026 (test)"
URL = "https://www.groeipakket.be/bedragen"


@pytest.fixture
def central(ui_context):
    """The demo central database with a second supervisor; its law data (version 1) are
    what the desks compute with."""
    central = ui_context.desk.connect()
    with central.sessions.begin() as session:
        session.add(make_handler(APPROVER, Role.SUPERVISOR, team="Team Gent"))
    with central.sessions() as session:
        ui_context.desk.law = central_parameters(session)
    yield central
    central.close()


def as_user(ctx, central, username: str):
    desk = copy.copy(ctx.desk)  # the same cache and central database, another handler
    desk.identity = identity_of(central.sessions, username)
    return dataclasses.replace(ctx, desk=desk)


def shown_page(qtbot, ctx) -> LawPage:
    page = LawPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    return page


def cells(page: LawPage, row) -> list[str]:
    return [page.model.display(row, column) for column in range(page.model.columnCount())]


def values_in_central(central) -> int:
    with central.sessions() as session:
        return session.scalar(select(func.count()).select_from(LawValue))


def propose(qtbot, page: LawPage, *, amount="351,49", title=SOURCE, url=URL) -> ProposeDialog:
    """Open the dialog, fill it in for bob_monthly from 01/09/2026 and press Propose."""
    page.law_actions.propose_button.click()
    dialog = page.law_actions.dialog
    assert isinstance(dialog, ProposeDialog) and dialog.isVisible()
    dialog.select("bob_monthly")
    dialog.effective.setDate(QDate(2026, 9, 1))
    dialog.amount.setText(amount)
    dialog.source_title.setText(title)
    dialog.source_url.setText(url)
    dialog.propose_button.click()
    return dialog


def proposed_by_eva(qtbot, ui_context, central) -> tuple[LawPage, int]:
    page = shown_page(qtbot, as_user(ui_context, central, PROPOSER))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        dialog = propose(qtbot, page)
    assert dialog.value_id is not None
    return page, dialog.value_id


# ------------------------------------------------------------------- the workflow


def test_a_supervisor_proposes_and_cannot_approve_her_own_value(qtbot, ui_context, central):
    page = shown_page(qtbot, as_user(ui_context, central, PROPOSER))
    assert page.data.online
    assert page.version_label.text().startswith("This desk computes with law data v1")
    assert page.law_actions.isVisible() and not page.notice.isVisible()
    before = values_in_central(central)

    with qtbot.waitSignal(page.loaded, timeout=20_000):
        dialog = propose(qtbot, page)
    value_id = dialog.value_id
    assert values_in_central(central) == before + 1
    row = page.selected_row()
    assert row is not None and row.id == value_id
    assert page.shown_rows()[0].id == value_id  # proposals first
    text = cells(page, row)
    assert text[COL_PARAMETER] == "BOB / ondersteuningstoeslag per month"
    assert text[:4] == [text[COL_PARAMETER], "", "01/09/2026", "351,49 EUR"]
    assert text[4:8] == ["sourced", "proposed", "", PROPOSER]
    assert page.model.tooltip(row, 9) == f"{SOURCE}\n{URL}"
    assert page.filter_buttons["proposed"].text() == "Proposed (1)"
    assert "Proposed." in page.message.text.text()

    actions = page.law_actions
    assert not actions.approve_button.isEnabled()
    assert "another supervisor must approve it" in actions.approve_button.toolTip()
    assert actions.reason.isVisible() and actions.reason.text() == actions.approve_button.toolTip()
    assert actions.reject_button.isEnabled()  # she may withdraw it
    assert actions.propose_button.isEnabled()


def test_the_second_supervisor_approves_and_the_window_is_asked_to_sync(
    qtbot, ui_context, central, monkeypatch
):
    _, value_id = proposed_by_eva(qtbot, ui_context, central)
    page = shown_page(qtbot, as_user(ui_context, central, APPROVER))
    assert page.select_id(value_id)
    actions = page.law_actions
    assert actions.approve_button.isEnabled() and not actions.reason.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(
        LawActions, "confirm_approval", lambda self, what: asked.append(what) or True
    )

    with qtbot.waitSignal(page.sync_requested, timeout=20_000):
        actions.approve_button.click()
    qtbot.waitUntil(lambda: page.selected_row().state == "approved", timeout=20_000)
    row = page.selected_row()
    assert row.id == value_id and row.version == 2 and row.decided_by == APPROVER
    assert cells(page, row)[COL_STATE] == "approved"
    assert cells(page, row)[COL_VERSION] == "v2"
    assert asked == ["BOB / ondersteuningstoeslag per month from 01/09/2026: 351,49 EUR"]
    said = page.message.text.text()
    assert "law data v2" in said and "next sync" in said and "syncs now" in said
    assert page.filter_buttons["proposed"].text() == "Proposed (0)"
    assert not actions.approve_button.isEnabled()  # approved: nothing left to approve
    with central.sessions() as session:
        assert session.get(LawValue, value_id).version == 2


def test_a_supervisor_rejects_with_a_reason(qtbot, ui_context, central, monkeypatch):
    _, value_id = proposed_by_eva(qtbot, ui_context, central)
    page = shown_page(qtbot, as_user(ui_context, central, APPROVER))
    page.set_filter("proposed")
    assert [row.id for row in page.shown_rows()] == [value_id]
    monkeypatch.setattr(LawActions, "ask_reject_reason", lambda self, what: "wrong date")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.law_actions.reject_button.click()
    row = page.selected_row()  # shown although the filter is "proposed"
    assert row.id == value_id and row.state == "rejected" and row.reason == "wrong date"
    assert page.model.tooltip(row, COL_STATE) == "Rejected: wrong date"
    assert page.proxy.state is None


def test_the_reject_dialog_asks_for_an_optional_reason(qtbot):
    dialog = RejectDialog("IVT per year from 01/09/2026: 7.500,00 EUR")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("  not   published yet ")
    assert dialog.reason_text() == "not published yet"
    assert "IVT per year from 01/09/2026" in dialog.summary.text()
    assert _unnamed(dialog) == [] and _undescribed(dialog) == []
    assert _mnemonic_clashes(dialog) == {}


def test_a_handler_reads_and_sees_no_propose_or_approve(qtbot, ui_context, central):
    page = shown_page(qtbot, ui_context)  # an.demo
    assert not ui_context.desk.identity.is_supervisor
    assert page.law_actions.isHidden()
    assert not page.law_actions.propose_button.isVisible()
    assert not page.law_actions.approve_button.isVisible()
    assert "read-only for you" in page.notice.text.text() and page.notice.isVisible()
    assert page.proxy.rowCount() == len(page.data.rows) > 100
    assert page.reload_button.isVisible()


def test_offline_the_page_says_so_and_shows_the_values_in_use(qtbot, ui_context, central):
    set_central_up(ui_context, False)
    page = shown_page(qtbot, as_user(ui_context, central, PROPOSER))
    assert not page.data.online
    notice = page.notice.text.text()
    assert notice == (
        "The central database cannot be reached: shown are the approved values this desk "
        "computes with, as of the last sync."
    )
    assert page.data.rows and {row.state for row in page.data.rows} == {"approved"}
    assert {row.version for row in page.data.rows} == {1}  # the version in use
    actions = page.law_actions
    assert not actions.propose_button.isEnabled() and not actions.approve_button.isEnabled()
    assert "cannot be reached" in actions.propose_button.toolTip()
    assert "cannot be reached" in actions.reason.text()


def test_offline_with_the_shipped_defaults(qtbot, ui_context):
    set_central_up(ui_context, False)
    page = shown_page(qtbot, ui_context)  # ui_context computes with the shipped defaults
    assert page.version_label.text().startswith("This desk computes with the shipped defaults")
    assert len(page.data.rows) == len(ui_context.desk.law.all_values())
    assert all(row.proposed_by is None for row in page.data.rows)


# ------------------------------------------------------------------- the dialog


def test_bad_input_is_said_next_to_the_field_and_nothing_is_sent(qtbot, ui_context, central):
    page = shown_page(qtbot, as_user(ui_context, central, PROPOSER))
    before = values_in_central(central)
    dialog = propose(qtbot, page, amount="12,3,4", title="   ", url="groeipakket.be")
    assert dialog.isVisible() and not dialog.sending and dialog.value_id is None
    problems = dialog.problems()
    assert problems["value"] == "more than one decimal comma"
    assert problems["source_title"].startswith("give the title of the act or public page")
    assert problems["source_url"].startswith("a web address starts with https://")
    for key in ("value", "source_title", "source_url"):
        assert dialog.marks[key].isVisible()
        assert dialog.marks[key].accessibleName() == problems[key]
    assert dialog.focusWidget() is dialog.amount  # the first wrong field
    assert wait_for_ops(5_000)
    assert values_in_central(central) == before

    dialog.amount.setText("abc")
    dialog.source_title.setText(SOURCE)
    dialog.source_url.clear()
    dialog.propose_button.click()
    assert list(dialog.problems()) == ["value"]
    assert values_in_central(central) == before
    dialog.reject()


def test_a_yes_no_rule_and_its_categories(qtbot, ui_context, central):
    page = shown_page(qtbot, as_user(ui_context, central, PROPOSER))
    page.law_actions.propose_button.click()
    dialog = page.law_actions.dialog
    dialog.select("zorgtoeslag_ivt_it_ban", "brussels")
    assert dialog.yes_no.isVisible() and not dialog.amount.isVisible()
    assert dialog.bracket.isVisible()
    assert [dialog.bracket.itemText(i) for i in range(dialog.bracket.count())] == [
        "Flanders",
        "Brussels",
        "Wallonia",
    ]
    assert dialog.labels["value"].buddy() is dialog.yes_no
    dialog.yes_no.setCurrentIndex(1)  # no
    dialog.source_title.setText(SOURCE)
    form = dialog.form_values()
    assert (form.name, form.bracket, form.yes, form.amount_text) == (
        "zorgtoeslag_ivt_it_ban",
        "brussels",
        False,
        "",
    )
    dialog.select("bob_ivt_it_ban")
    assert not dialog.bracket.isVisible() and dialog.form_values().bracket is None
    dialog.select("ivt_yearly")
    assert dialog.bracket.isVisible() and dialog.amount.isVisible()
    assert dialog.unit.text() == "EUR per year"
    dialog.reject()


def test_a_refusal_of_the_central_database_is_shown_in_the_dialog(qtbot, ui_context, central):
    page = shown_page(qtbot, as_user(ui_context, central, PROPOSER))
    with central.sessions.begin() as session:  # eva is no supervisor any more
        session.execute(
            update(Handler).where(Handler.username == PROPOSER).values(role=Role.HANDLER)
        )
    before = values_in_central(central)
    dialog = propose(qtbot, page)
    qtbot.waitUntil(lambda: dialog.refusal.isVisible(), timeout=20_000)
    said = dialog.refusal.message
    assert said.startswith("The central database did not take the proposal: ")
    assert "supervisors only" in said
    assert dialog.isVisible() and dialog.propose_button.isEnabled()
    assert dialog.amount.text() == "351,49"  # what was typed stays
    assert values_in_central(central) == before
    dialog.reject()


# ------------------------------------------------------------------- the window


def test_the_law_data_tab_in_the_window(qtbot, ui_context, central, monkeypatch):
    from cumuldesk.ui.shell.sync_worker import SyncWorker

    calls: list[bool] = []
    monkeypatch.setattr(SyncWorker, "sync_now", lambda self: calls.append(True))
    ctx = as_user(ui_context, central, PROPOSER)
    window = MainWindow(ctx, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.tabText(3) == "Law data"
    assert window.tabs.tabToolTip(3).startswith("Law data (")
    assert window.page_actions[3].shortcut().toString() == "Ctrl+4"
    assert window.page_actions[3].text() == "L&aw data"
    qtbot.waitUntil(window.lookup.field.hasFocus)  # the window's first focus, then Ctrl+4
    with qtbot.waitSignal(window.law_page.loaded, timeout=20_000):
        window.show_page(3)
    assert window.tabs.currentWidget() is window.law_page
    assert window.law_page.isAncestorOf(QApplication.focusWidget())
    window.law_page.sync_requested.emit()  # an approval: the window syncs
    assert calls == [True]
    assert wait_for_ops(20_000)
    window.close()


def test_every_control_is_reached_with_tab(qtbot, ui_context, central):
    page = shown_page(qtbot, as_user(ui_context, central, APPROVER))
    _, value_id = proposed_by_eva(qtbot, ui_context, central)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reload()
    assert page.select_id(value_id)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    first = page.filter_buttons[None]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached: list[QWidget] = [first]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is first or not page.isAncestorOf(widget):
            break
        reached.append(widget)
    actions = page.law_actions
    wanted = [
        *page.filter_buttons.values(),
        page.table,
        actions.propose_button,
        actions.approve_button,
        actions.reject_button,
        page.reload_button,
    ]
    assert reached == wanted


@pytest.mark.parametrize("code", ["en", "nl", "fr", "de"])
def test_names_descriptions_and_alt_keys_in_each_language(qtbot, ui_context, central, code):
    if code != "en":
        install_translators(QApplication.instance(), code)
    ctx = as_user(ui_context, central, PROPOSER)
    window = MainWindow(ctx, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.law_page.loaded, timeout=20_000):
        window.show_page(3)
    page = window.law_page
    assert _unnamed(page) == [] and _undescribed(page) == []
    assert _mnemonic_clashes(window) == {}
    assert page.filter_buttons["approved"].text().endswith(f"({len(page.data.rows)})")
    page.law_actions.propose_button.click()
    dialog = page.law_actions.dialog
    for name in ("ivt_yearly", "bob_ivt_it_ban"):  # with and without categories, yes/no
        dialog.select(name)
        assert _unnamed(dialog) == [] and _undescribed(dialog) == []
        assert _mnemonic_clashes(dialog) == {}, name
    dialog.reject()
    reject = RejectDialog("x", window)
    reject.show()
    assert _unnamed(reject) == [] and _undescribed(reject) == []
    assert _mnemonic_clashes(reject) == {}
    reject.reject()
    assert wait_for_ops(20_000)
    window.close()


def test_every_text_of_the_page_and_its_dialogs_is_translated(
    qtbot, ui_context, central, monkeypatch
):
    _, value_id = proposed_by_eva(qtbot, ui_context, central)
    marking = Marking()
    QApplication.instance().installTranslator(marking)
    try:
        monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
        page = shown_page(qtbot, as_user(ui_context, central, PROPOSER))
        assert page.select_id(value_id)
        data = {"EUR", "v1", "v2", "https", "www", "groeipakket", "be", "bedragen"}
        for row in page.data.rows:
            data.update(re.findall(r"[^\W\d_]{2,}", f"{row.source_title} {row.source_url or ''}"))
            data.update(re.findall(r"[^\W\d_]{2,}", f"{row.proposed_by} {row.decided_by}"))
            data.update(re.findall(r"[^\W\d_]{2,}", row.label))
        page.set_filter("proposed")
        assert unmarked(visible_texts(page), data) == {}
        page.set_filter(None)
        assert unmarked(visible_texts(page), data) == {}
        page.law_actions.propose_button.click()
        dialog = page.law_actions.dialog
        dialog.amount.setText("12,3,4")
        dialog.propose_button.click()
        assert unmarked(visible_texts(dialog), data) == {}
        dialog.reject()
        reject = RejectDialog("x", page)
        qtbot.addWidget(reject)
        assert unmarked(visible_texts(reject), data | {"x"}) == {}
        # offline
        set_central_up(ui_context, False)
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.reload()
        assert unmarked(visible_texts(page), data) == {}
    finally:
        QApplication.instance().removeTranslator(marking)
    assert wait_for_ops(20_000)


def test_law_names_follow_the_window_language(qtbot, ui_context, central):
    install_translators(QApplication.instance(), "fr")
    page = shown_page(qtbot, as_user(ui_context, central, PROPOSER))
    row = next(r for r in page.data.rows if r.name == "ivt_yearly")
    text = cells(page, row)
    assert text[COL_PARAMETER] == "ARR par an"  # IVT is ARR in French
    assert re.fullmatch(r"\d{1,3}(\u00a0\d{3})*,\d\d EUR", text[COL_VALUE]), text[COL_VALUE]
    assert text[2] == row.effective.strftime("%d/%m/%Y")
    assert date(2017, 9, 1) <= row.effective
