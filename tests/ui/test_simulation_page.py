"""The simulation page on an.demo's synced demo cache: prefilled from the dossier (the same
report as `DossierView.simulation_report`), the verdict in the banner, edits recalculated
after the debounce, a bad input marked while the last result stays (greyed), the warning
for unverified law parameters, the month table sorted by month, and the letter button
that stays honest while no letters module listens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMetaMethod, Qt
from sqlalchemy import select
from ui.central_switch import set_central_up
from ui.conftest import NOW

from cumuldesk.domain.simulation import BRUSSELS_POINTS
from cumuldesk.errors import BadInput
from cumuldesk.services.dossiers.store import DossierView, open_dossier, stored_dossier
from cumuldesk.services.law.names import value_name
from cumuldesk.services.simulation.form import (
    IVT_IT_BETTER,
    RENOUNCE,
    FormError,
    form_from_dossier,
    simulate,
    verdict,
)
from cumuldesk.storage.models import IvtItDecision, Person
from cumuldesk.ui.kit.formatting import money
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.simulation.page import SimulationPage

_found: dict[str, str] = {}  # recommendation -> INSZ (the demo data is the same every run)


def _views(ctx, limit: int | None = None):
    """Cached dossiers that have something to simulate, in INSZ order (read straight from
    the cache: a bare view, no audit, for speed)."""
    with ctx.desk.cache.sessions() as session:
        numbers = list(session.scalars(select(Person.insz).order_by(Person.insz)))
        seen = 0
        for insz in numbers:
            parsed = stored_dossier(session, insz, ctx.desk.today())
            if parsed.simulation is None:
                continue
            yield DossierView(parsed, "", "", "nl", (), (), (), (), None, False, "cache")
            seen += 1
            if limit is not None and seen >= limit:
                return


def find(ctx, recommendation: str) -> str:
    """A dossier whose own values simulate to this recommendation (not Brussels: there
    the zorgtoeslag is a decided amount the handler types, see the Brussels test)."""
    if recommendation not in _found:
        for view in _views(ctx):
            if view.region == "brussels":
                continue
            kind = view.simulation_report(ctx.desk.law).recommendation.value
            _found.setdefault(kind, view.insz)
            if kind == recommendation:
                break
    return _found[recommendation]


@pytest.fixture
def page(ui_context, qtbot):
    widget = SimulationPage(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def load(page, insz: str) -> None:
    page.load(insz)
    assert wait_for_ops(10_000)
    assert page.outcome is not None, page.verdict_text()


def test_the_form_from_a_dossier_is_what_its_simulation_report_uses(ui_context):
    params = ui_context.desk.law
    kinds = set()
    brussels = 0
    for view in _views(ui_context, limit=40):
        form = form_from_dossier(view, params)
        if view.region == "brussels" and view.input.simulation.get("zorgtoeslag"):
            # never priced on the Flemish scale: a decided amount, empty until typed
            assert (form.zorgtoeslag_basis, form.zorgtoeslag_amount) == ("decided", None)
            with pytest.raises(FormError) as refused:
                simulate(form, view.input, params)
            assert refused.value.field == "zorgtoeslag_amount"
            assert refused.value.problem == BRUSSELS_POINTS
            with pytest.raises(BadInput, match="Brussels zorgtoeslag cannot be computed"):
                view.simulation_report(params)
            brussels += 1
            continue
        outcome = simulate(form, view.input, params)
        assert outcome.report == view.simulation_report(params), view.insz
        kinds.add(outcome.report.recommendation.value)
    assert len(kinds) >= 2 and brussels >= 1
    # and on a dossier opened as the page opens it
    view = open_dossier(ui_context.desk.cache, ui_context.desk.identity, find(ui_context, "ivt_it"))
    report = simulate(form_from_dossier(view, params), view.input, params).report
    assert report == view.simulation_report(params)


def test_a_dossier_without_an_ivt_it_decision_has_nothing_to_simulate(ui_context, page):
    with ui_context.desk.cache.sessions() as session:
        decided = select(IvtItDecision.person_id)
        insz = session.scalars(
            select(Person.insz).where(Person.id.not_in(decided)).order_by(Person.insz)
        ).first()
    view = open_dossier(ui_context.desk.cache, ui_context.desk.identity, insz, clock=lambda: NOW)
    with pytest.raises(BadInput):
        form_from_dossier(view, ui_context.desk.law)
    page.load(insz)
    assert wait_for_ops(10_000)
    assert (
        page.verdict_text() == "this dossier has no IVT/IT decision in force: nothing to simulate"
    )
    assert page.results.month_model.rowCount() == 0
    assert not page.inputs.editing_enabled()


def test_load_shows_the_dossier_values_and_the_verdict(ui_context, page):
    insz = find(ui_context, "renounce")
    load(page, insz)
    view = open_dossier(ui_context.desk.cache, ui_context.desk.identity, insz, clock=lambda: NOW)
    report = view.simulation_report(ui_context.desk.law)
    assert page.verdict_text() == "Zorgtoeslag + BOB is more favourable: propose renunciation"
    assert page.banner.kind == RENOUNCE
    assert money(-report.total_difference) in page.banner.detail.text()
    assert page.results.total_values["difference"].text() == money(report.total_difference) + " EUR"
    assert page.results.month_model.rowCount() == len(report.months)
    assert page.inputs.read_form() == form_from_dossier(view, ui_context.desk.law)
    assert view.formatted_insz in page.identity.text()
    assert not page.changed.isVisible()
    # a month where IVT/IT stops zorgtoeslag or BOB: the benefit stopped carries the
    # symbol (issue 17: not the month, where it followed every month), the month says so
    marked = [r for r in report.months if r.zorgtoeslag_banned or r.bob_banned]
    assert marked
    row = [r.month for r in page.results.month_model.rows].index(marked[0].month)
    index = page.results.month_model.index(row, 0)
    assert "\u2298" not in index.data()
    assert "IVT/IT stops" in index.data(Qt.ItemDataRole.ToolTipRole)
    titles = [c.title for c in page.results.month_model.columns]
    stopped = "Zorgtoeslag" if marked[0].zorgtoeslag_banned else "BOB"
    cell = page.results.month_model.index(row, titles.index(stopped))
    assert cell.data().endswith("\u2298")
    assert cell.data(Qt.ItemDataRole.ToolTipRole)  # why it is stopped (or recovered)


def test_editing_recalculates_after_the_debounce(ui_context, page, qtbot):
    load(page, find(ui_context, "renounce"))
    before = page.results.total_values["federal"].text()
    page.inputs.ivt_basis.setCurrentIndex(page.inputs.ivt_basis.findData(None))  # decided amount
    page.inputs.ivt_amount.selectAll()
    qtbot.keyClicks(page.inputs.ivt_amount, "2500,00")
    assert page.verdict_text().startswith("Zorgtoeslag + BOB")  # not yet: debounced
    qtbot.waitUntil(lambda: page.banner.kind == IVT_IT_BETTER, timeout=3000)
    assert page.results.total_values["federal"].text() != before
    assert page.verdict_text() == str(verdict(page.outcome.report, money).text)
    assert page.verdict_text().startswith("IVT/IT is more favourable by ")
    assert "IVT monthly amount" in page.changed.text()
    assert page.last_simulation_ms is not None and page.last_simulation_ms < 50
    # other zorgtoeslag points (a higher bracket, or a lower one when already the top)
    flemish = page.results.total_values["flemish"].text()
    page.inputs.zorgtoeslag_basis.setCurrentIndex(2)  # from points
    points = page.inputs.zorgtoeslag_points.value()
    page.inputs.zorgtoeslag_points.setValue(30 if points <= 20 else 10)
    qtbot.waitUntil(lambda: page.results.total_values["flemish"].text() != flemish, timeout=3000)
    page.reset_button.click()
    assert page.verdict_text() == "Zorgtoeslag + BOB is more favourable: propose renunciation"
    assert not page.changed.isVisible()


def test_invalid_input_is_marked_and_the_last_result_stays(ui_context, page, qtbot):
    load(page, find(ui_context, "ivt_it"))
    totals = page.results.total_values["federal"].text()
    rows = page.results.month_model.rowCount()
    page.inputs.ivt_basis.setCurrentIndex(page.inputs.ivt_basis.findData(None))
    page.inputs.ivt_amount.clear()
    qtbot.keyClicks(page.inputs.ivt_amount, "12,345")
    qtbot.waitUntil(lambda: page.verdict_text().startswith("Invalid input"), timeout=3000)
    assert page.verdict_text() == "Invalid input: IVT monthly amount: at most two decimals (cents)"
    mark = page.inputs.marks["ivt_amount"]
    assert mark.isVisible() and mark.text.text() == "at most two decimals (cents)"
    assert page.inputs.labels["ivt_amount"].text().startswith("\u26a0")
    assert page.inputs.ivt_amount.accessibleDescription() == "at most two decimals (cents)"
    assert "last valid inputs" in page.banner.detail.text()
    assert (
        page.results.month_model.rowCount() == rows
        and page.results.total_values["federal"].text() == totals
    )
    assert not page.results.month_box.isEnabled()  # greyed
    assert not page.letter_button.isEnabled()
    # pillar 1 above the total points: the pillar 1 field is marked
    qtbot.keyClick(page.inputs.ivt_amount, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not page.verdict_text().startswith("Invalid"), timeout=3000)
    assert page.results.month_box.isEnabled() and not mark.isVisible()
    page.inputs.zorgtoeslag_basis.setCurrentIndex(2)
    page.inputs.zorgtoeslag_points.setValue(2)
    page.inputs.pillar1_points.setValue(5)
    qtbot.waitUntil(lambda: page.inputs.marks["pillar1_points"].isVisible(), timeout=3000)
    assert page.verdict_text() == (
        "Invalid input: Pillar 1 points: cannot exceed the total zorgtoeslag points (2)"
    )


def test_unverified_parameters_are_warned_about(ui_context, page, qtbot):
    load(page, find(ui_context, "renounce"))
    report = page.outcome.report
    unverified = [p.value for p in report.parameters if p.value.kind != "sourced"]
    assert unverified  # computed zorgtoeslag amounts, open points of law
    # the law values' tab says there is something to check; on it, the warning
    results = page.results
    tab = results.indexOf(results.parameters_scroll)
    assert results.tabText(tab) == "Law parameters used \u26a0"
    assert results.tabToolTip(tab).startswith("Some values used are not read on a public page")
    results.show_parameters()
    assert page.results.unverified.isVisible()
    text = page.results.unverified.text()
    assert text.startswith("\u26a0 Some values used are not read on a public page")
    # named in words with their kind, never by their internal keys
    for item in unverified:
        if not isinstance(item.value, bool):
            assert f"{value_name(item.name, item.bracket)}, from " in text
            assert f"({item.kind.value})" in text
        assert item.name not in text and "[" not in text  # no internal keys
    # the open points of law the verdict rests on, in sentences
    assert [p.value.name for p in report.open_points]
    assert "Open points of law, default assumed until a supervisor confirms it: " in text
    assert "Zorgtoeslag recovered for arrears months (open point): yes" in text
    tooltip = page.results.unverified.toolTip()  # each open point's question and the assumption
    assert tooltip.startswith("Open point of law, not confirmed by a supervisor: is the ")
    kind_col = [c.title for c in page.results.parameter_model.columns].index("Kind")
    shown = [
        page.results.parameter_model.index(r, kind_col).data()
        for r in range(page.results.parameter_model.rowCount())
    ]
    assert "\u26a0 computed" in shown and "\u26a0 CARRIED" in shown and "sourced" in shown
    # decided amounts, no BOB, the payers told before the first month (no arrears):
    # only the sourced zorgtoeslag ban is used, no warning
    page.inputs.ivt_basis.setCurrentIndex(page.inputs.ivt_basis.findData(None))
    page.inputs.zorgtoeslag_basis.setCurrentIndex(1)
    page.inputs.bob_basis.setCurrentIndex(page.inputs.bob_basis.findData("none"))
    page.inputs.it_basis.setCurrentIndex(0)
    page.inputs.notified_month.setDate(page.inputs.first_payment_month.date())
    page.recalculate()
    assert page.error is None, page.verdict_text()
    assert all(p.value.kind == "sourced" for p in page.outcome.report.parameters)
    assert not page.results.unverified.isVisible()
    assert results.tabText(tab) == "Law parameters used"


def test_the_month_table_sorts_by_month(ui_context, page):
    load(page, find(ui_context, "renounce"))
    proxy = page.results.month_proxy
    months = sorted(str(row.month) for row in page.outcome.report.months)

    def first_and_last() -> tuple[str, str]:
        last = proxy.rowCount() - 1
        return proxy.index(0, 0).data(), proxy.index(last, 0).data()

    def label(month: str) -> str:
        return f"{month[5:]}/{month[:4]}"

    assert [p.split()[0] for p in first_and_last()] == [label(months[0]), label(months[-1])]
    page.results.month_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [p.split()[0] for p in first_and_last()] == [label(months[-1]), label(months[0])]
    # an amount column sorts by value, not by its text
    page.results.month_table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    differences = [
        float(proxy.index(r, 7).data(Qt.ItemDataRole.UserRole)) for r in range(proxy.rowCount())
    ]
    assert differences == sorted(differences)


def test_the_letter_button_is_honest_about_letters(ui_context, page, qtbot):
    load(page, find(ui_context, "renounce"))
    assert not page.isSignalConnected(QMetaMethod.fromSignal(page.letter_requested))
    assert not page.letter_button.isEnabled()
    assert "letters module is not installed" in page.letter_button.toolTip()
    received = []
    page.letter_requested.connect(received.append)
    qtbot.waitUntil(page.letter_button.isEnabled, timeout=2_000)  # updated just after
    page.letter_button.click()
    assert received == [page.outcome.report]
    assert received[0].recommendation == "renounce" and received[0].person.insz == page.insz


def test_a_dossier_not_available_offline_is_said_in_the_banner(ui_context, page):
    set_central_up(ui_context, False)
    page.load("00.01.01-001.05")  # valid number, not cached, central switched off
    assert wait_for_ops(10_000)
    assert page.outcome is None
    assert "not in the local cache" in page.verdict_text() or "no dossier" in page.verdict_text()


def test_an_amount_too_large_is_marked_in_its_field(ui_context, page, qtbot):
    # before: 24 nines raised an unhandled decimal.InvalidOperation in the recalculation
    load(page, find(ui_context, "ivt_it"))
    page.inputs.ivt_basis.setCurrentIndex(page.inputs.ivt_basis.findData(None))
    page.inputs.ivt_amount.clear()
    qtbot.keyClicks(page.inputs.ivt_amount, "9" * 24)
    qtbot.waitUntil(lambda: page.verdict_text().startswith("Invalid input"), timeout=3000)
    mark = page.inputs.marks["ivt_amount"]
    assert mark.isVisible() and mark.text.text() == "too large: at most 9999999,99"
    page.inputs.ivt_amount.editingFinished.emit()  # leaving the field keeps the text as typed
    assert page.inputs.ivt_amount.text() == "9" * 24
    page.inputs.ivt_amount.setText("9.999.999,99")
    page.inputs.ivt_amount.textEdited.emit(page.inputs.ivt_amount.text())
    qtbot.waitUntil(lambda: not mark.isVisible(), timeout=3000)
    assert page.outcome is not None
