"""The simulation page after the comparison learned the arrears (issue 13): the notified
month is an input; the arrears months are shown apart (a column, and the totals split
into the arrears months and the months from the notification on); what is kept with the
IVT/IT (the BOB of an arrears month or of a voluntary switch) has its own column, never
inside IVT + IT; the law values are named in words with their kind in each language; the
verdict names the law-data version; a Brussels dossier opens asking for the decided
zorgtoeslag amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from sqlalchemy import select
from ui.test_simulation_page import find, load, page

from cumuldesk.domain.money import cents
from cumuldesk.domain.simulation import BRUSSELS_POINTS
from cumuldesk.params.loader import ParameterSet, load_parameters
from cumuldesk.services.dossiers.store import stored_dossier
from cumuldesk.services.law.names import kind_name, value_name
from cumuldesk.storage.models import Person
from cumuldesk.ui.kit.formatting import money, money_eur
from cumuldesk.ui.kit.i18n import install_translators
from cumuldesk.ui.kit.ops import wait_for_ops

__all__ = ["page"]  # the simulation page fixture, shared

VOLUNTARY_INSZ = "07071281025"  # a demo dossier: a decided IT, the BOB after a voluntary switch


def column(page, title: str) -> int:
    return [c.title for c in page.results.month_model.columns].index(title)


def cell(page, row: int, title: str, role=Qt.ItemDataRole.DisplayRole):
    return page.results.month_model.index(row, column(page, title)).data(role)


def test_arrears_months_are_shown_apart_with_the_bob_kept(ui_context, page, qtbot):
    load(page, VOLUNTARY_INSZ)
    report = page.outcome.report
    months = list(report.months)
    arrears = [m for m in months if m.arrears]
    # as of 23 November 2026: 15 arrears months 2025-09 to 2026-11, 20 from 2026-12
    assert (len(arrears), len(months)) == (15, 35)
    rows = page.results.month_model.rows
    for index, month in enumerate(rows):
        shown = cell(page, index, "Arrears")
        assert shown == ("arrears" if month.arrears else "")
        # IVT + IT apart from what is kept: the BOB kept in its own column
        assert cell(page, index, "IT") == money(month.it)
        assert cell(page, index, "BOB kept") == money(month.bob_kept)
        federal = month.ivt_it + month.zorgtoeslag_kept
        assert month.federal == federal + month.bob_kept
    first = rows.index(arrears[0])
    assert arrears[0].bob_kept > 0
    tip = cell(page, first, "BOB kept", Qt.ItemDataRole.ToolTipRole)
    assert "kept" in tip  # why it is kept: voluntary switch, or an arrears month
    # the totals: the arrears months, the months from the notification on, all months
    parts = {
        part: [m for m in months if m.arrears == (part == "arrears")]
        for part in ("arrears", "notified")
    }
    for part, chosen in parts.items():
        assert page.results.part_values[(part, "months")].text() == str(len(chosen))
        for key in ("federal", "flemish", "difference"):
            total = sum((cents(getattr(m, key)) for m in chosen), Decimal(0))
            assert page.results.part_values[(part, key)].text() == money_eur(total)
    assert page.results.part_labels["arrears"].text() == "Arrears (before 12/2026)"
    assert page.results.part_labels["notified"].text() == "From the notification on (12/2026)"
    assert not page.results.part_labels["arrears"].isHidden()  # both parts have months: both shown
    assert page.results.total_values["months"].text() == str(len(months))

    # the notified month is an input: told before the first month, no arrears at all
    assert page.inputs.notified_month.date() == QDate(2026, 12, 1)  # the month after today
    assert (
        "arrears" in page.inputs.notified_month.toolTip()
        and page.inputs.labels["notified_month"].buddy()
    )
    page.inputs.notified_month.setDate(page.inputs.first_payment_month.date())
    qtbot.waitUntil(lambda: not page.outcome.report.arrears_months, timeout=3000)
    assert page.results.part_values[("arrears", "months")].text() == "0"
    assert page.results.part_values[("arrears", "federal")].text() == "-"
    # one part only: the whole horizon's row says it all, the months keep the room
    assert (
        page.results.part_labels["arrears"].isHidden()
        and page.results.part_labels["notified"].isHidden()
    )
    assert page.results.part_values[("notified", "federal")].isHidden()
    assert "Notified month" in page.changed.text()
    assert all(cell(page, r, "Arrears") == "" for r in range(page.results.month_model.rowCount()))
    page.reset_button.click()
    assert len(page.outcome.report.arrears_months) == len(arrears)
    assert page.inputs.read_form().notified_month is None  # the default again: not an edit


def test_a_voluntary_switch_keeps_the_bob_on_both_sides_never_in_ivt_it(ui_context, page):
    load(page, VOLUNTARY_INSZ)
    report = page.outcome.report
    assert all(m.bob_voluntary_switch for m in report.months)
    for index, month in enumerate(page.results.month_model.rows):
        assert month.bob_kept == month.bob > 0
        assert cell(page, index, "IVT") == money(Decimal("0"))
        assert cell(page, index, "IT") == money(Decimal("435.89"))  # the IT alone
        assert cell(page, index, "BOB kept") == money(month.bob)
        tip = cell(page, index, "BOB kept", Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Voluntary switch from NRTH: the BOB is kept with IVT/IT")


def test_the_verdict_names_the_law_data_version(ui_context, page):
    shipped = load_parameters()
    load(page, find(ui_context, "renounce"))
    assert "Computed with the shipped law data (never synced)." in page.banner.detail.text()
    ui_context.desk.law = ParameterSet(shipped._parameters, 7, "central law data v7")
    try:
        page.recalculate()
        assert page.outcome.report.law_version == 7
        assert page.banner.detail.text().endswith("Computed with law data v7.")
        assert page.law_data_text() == "Computed with law data v7."
    finally:
        ui_context.desk.law = shipped


@pytest.mark.parametrize("code", ["nl", "fr", "de"])
def test_the_parameter_table_names_values_in_words_in_each_language(ui_context, page, qapp, code):
    install_translators(qapp, code)
    page.retranslate_ui()
    load(page, find(ui_context, "renounce"))
    translate = QCoreApplication.translate
    model = page.results.parameter_model
    names = [c.title for c in model.columns]
    assert model.headerData(names.index("Kind"), Qt.Orientation.Horizontal) != "Kind"
    kinds = set()
    for row, used in enumerate(model.rows):
        item = used.value
        name = model.index(row, names.index("Name")).data()
        assert name == value_name(item.name, item.bracket, translate)
        assert item.name not in name and "[" not in name and "_" not in name
        kind = model.index(row, names.index("Kind")).data()
        assert kind_name(item.kind, translate).lower() in kind.lower()
        kinds.add(item.kind)
        if item.kind == "carried":  # loudly: capitals, a warning sign, bold
            assert kind == "\u26a0 " + kind_name("carried", translate).upper()
            assert model.index(row, names.index("Kind")).data(Qt.ItemDataRole.FontRole).bold()
    assert {"sourced", "computed", "carried"} <= kinds
    warning = page.results.unverified.text()
    for used in model.rows:
        assert used.value.name not in warning
    assert "Open point" not in warning and "Open point" not in page.results.unverified.toolTip()
    assert "_" not in warning and "[" not in warning


def _brussels_points_dossier(ctx) -> str:
    """A Brussels dossier whose zorgtoeslag is known as points only (the data exchange
    brings no Brussels amount)."""
    with ctx.desk.cache.sessions() as session:
        for insz in session.scalars(select(Person.insz).order_by(Person.insz)):
            parsed = stored_dossier(session, insz, ctx.desk.today())
            if (
                parsed.simulation is not None
                and parsed.dossier.region.value == "brussels"
                and parsed.simulation.get("zorgtoeslag")
            ):
                return insz
    pytest.skip("no Brussels dossier with zorgtoeslag points in the demo data")


def test_a_brussels_dossier_asks_for_the_decided_zorgtoeslag_amount(ui_context, page, qtbot):
    insz = _brussels_points_dossier(ui_context)
    page.load(insz)
    assert wait_for_ops(10_000)
    assert page.outcome is None and page.inputs.editing_enabled()
    assert page.inputs.zorgtoeslag_basis.currentData() == "decided"
    assert page.inputs.zorgtoeslag_amount.text() == ""
    mark = page.inputs.marks["zorgtoeslag_amount"]
    assert mark.isVisible() and mark.text.text() == str(BRUSSELS_POINTS)
    assert page.verdict_text() == f"Invalid input: Zorgtoeslag monthly amount: {BRUSSELS_POINTS}"
    assert not page.letter_button.isEnabled()
    page.inputs.zorgtoeslag_amount.setText("470,00")
    page.recalculate()
    assert page.error is None and page.outcome is not None, page.verdict_text()
    assert {m.zorgtoeslag for m in page.outcome.report.months} == {Decimal("470.00")}
    assert not mark.isVisible()
    assert "Zorgtoeslag monthly amount" in page.changed.text()
    # from points on purpose: refused at the zorgtoeslag input, in the domain's words
    page.inputs.zorgtoeslag_basis.setCurrentIndex(page.inputs.zorgtoeslag_basis.findData("points"))
    page.recalculate()
    assert page.inputs.marks["zorgtoeslag_basis"].text.text() == str(BRUSSELS_POINTS)
