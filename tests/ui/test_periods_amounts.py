"""The periods table shows the monthly BOB and zorgtoeslag amounts from the law data in
force (never a bare "-"), in words where no law value is published, and the page shows
the amounts the simulation uses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from cumuldesk.domain.months import Month, birthday
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.timeline import Lane, Segment, Timeline
from cumuldesk.storage.models import Person
from cumuldesk.ui.dossier.page import DossierPage
from cumuldesk.ui.dossier.period_amounts import period_amounts
from cumuldesk.ui.dossier.periods_table import COL_AMOUNT, COL_LANE, PeriodsTable

BOB = Segment(date(2020, 9, 1), None, None, "BOB", "BOB")
ZT = Segment(date(2012, 9, 1), None, None, "x", "Zorgtoeslag", points=17, pillar1_points=5)
IT = Segment(date(2021, 4, 1), None, Decimal("379.48"), "IT", "IT")


def _timeline(zorgtoeslag: Segment = ZT, birth: date = date(2004, 2, 16)) -> Timeline:
    # born 16/02/2004: the timeline runs from 02/2021 (17) to 02/2028 (24)
    return Timeline(
        birth=birth,
        today=date(2026, 11, 23),
        axis_start=Month.of(birthday(birth, 17)),
        axis_end=Month.of(birthday(birth, 24)),
        ban_window=None,
        query_window=None,
        conflict_months=(),
        retro_owed=(),
        retro_stop=(),
        markers=(),
        lanes=(
            Lane("BOB", (BOB,)),
            Lane("IVT", ()),
            Lane("IT", (IT,)),
            Lane("Zorgtoeslag", (zorgtoeslag,)),
        ),
    )


def _table(
    qtbot, region: str = "flanders", zorgtoeslag: Segment = ZT, birth: date = date(2004, 2, 16)
) -> PeriodsTable:
    table = PeriodsTable()
    qtbot.addWidget(table)
    timeline = _timeline(zorgtoeslag, birth)
    table.set_timeline(timeline, period_amounts(timeline, region, load_parameters()))
    table.view.sortByColumn(COL_LANE, Qt.SortOrder.AscendingOrder)
    return table


def _cell(table: PeriodsTable, lane: str, role=Qt.ItemDataRole.DisplayRole) -> str:
    for row in range(table.proxy.rowCount()):
        if table.proxy.index(row, COL_LANE).data() == lane:
            return table.proxy.index(row, COL_AMOUNT).data(role)
    raise AssertionError(lane)


def test_bob_and_zorgtoeslag_show_their_law_amounts_with_every_step(qtbot):
    table = _table(qtbot)
    # BOB from 02/2021 (17) up to 02/2025 (21): 300.00 (not indexed) up to 12/2022, the
    # ondersteuningstoeslag from 01/2023, +2 % each September (computed from 09/2024)
    assert _cell(table, "BOB") == "300,00 to 337,84 EUR"
    steps = _cell(table, "BOB", Qt.ItemDataRole.ToolTipRole).splitlines()
    assert steps[1:] == [
        "02/2021 to 12/2022: 300,00 EUR (sourced)",
        "01/2023 to 08/2023: 324,73 EUR (sourced)",
        "09/2023 to 08/2024: 331,22 EUR (sourced)",
        "09/2024 to 02/2025: 337,84 EUR (computed)",
    ]
    # zorgtoeslag 17 points (15 to 17): 490.09 (09/2020) ... 530.49 (09/2024)
    assert _cell(table, "Zorgtoeslag") == "490,09 to 530,49 EUR"
    details = _cell(table, "Zorgtoeslag", Qt.ItemDataRole.ToolTipRole).splitlines()
    assert "09/2021 to 08/2022: 499,89 EUR (sourced)" in details
    assert _cell(table, "IT") == "379,48 EUR"
    texts = table.row_texts(COL_AMOUNT)
    assert "-" not in texts and all(texts)


def test_months_without_a_law_value_are_said_in_words(qtbot):
    # born 10/03/2002: from 03/2019 (17); the zorgtoeslag scale starts in 01/2020
    table = _table(qtbot, birth=date(2002, 3, 10))
    assert _cell(table, "Zorgtoeslag") == (
        "480,48 to 509,89 EUR\nno law value published\nbefore 01/2020"
    )
    details = _cell(table, "Zorgtoeslag", Qt.ItemDataRole.ToolTipRole).splitlines()
    assert details[1] == "03/2019 to 12/2019: no law value published"


def test_an_amount_that_cannot_be_known_is_said_in_words(qtbot):
    # born 10/03/2002: 03/2019 to 12/2019 lie before the zorgtoeslag scale (01/2020)
    before = Segment(date(2012, 9, 1), date(2019, 12, 31), None, "x", "Zorgtoeslag", points=17)
    table = _table(qtbot, zorgtoeslag=before, birth=date(2002, 3, 10))
    assert _cell(table, "Zorgtoeslag") == "no law value\npublished"
    assert _cell(_table(qtbot, "brussels"), "Zorgtoeslag") == (
        "no law value published\n(Brussels scale)"
    )
    # a single amount over the whole period
    one = Segment(date(2023, 9, 1), date(2024, 8, 31), None, "x", "Zorgtoeslag", points=17)
    assert _cell(_table(qtbot, zorgtoeslag=one), "Zorgtoeslag") == "520,09 EUR"
    # after the 21st birthday (02/2025) nothing is compared: no amount is made up
    late = Segment(date(2025, 6, 1), None, None, "x", "Zorgtoeslag", points=17)
    assert _cell(_table(qtbot, zorgtoeslag=late), "Zorgtoeslag") == ("not compared\n(after age 21)")


def test_sorting_by_amount_uses_the_first_law_amount(qtbot):
    table = _table(qtbot)
    table.view.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    assert table.row_texts(COL_LANE) == ["BOB", "IT", "Zorgtoeslag"]


@pytest.mark.usefixtures("qapp")
def test_the_dossier_page_shows_the_amounts_the_simulation_uses(qtbot, ui_context):
    desk = ui_context.desk
    with desk.cache.sessions() as session:
        numbers = list(session.scalars(select(Person.insz).order_by(Person.id).limit(60)))
    page = DossierPage(ui_context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    compared = 0
    for insz in numbers:
        report = desk.open_simulation(insz, quiet=True).report
        if report is None or str(report.region) != "flanders":
            continue
        with qtbot.waitSignal(page.dossier_shown, timeout=10_000):
            page.show_dossier(insz)
        amounts = page.periods.model.amounts()
        for row in report.result.months:
            for segment, shown in amounts.items():
                if not segment.covers(row.month) or shown.other_scale is not None:
                    continue
                step = next(s for s in shown.steps if s.first <= row.month <= s.last)
                simulated = row.bob if segment.regulation == "BOB" else row.zorgtoeslag
                if simulated:
                    assert step.amount == simulated, (segment.regulation, row.month)
                    compared += 1
        if compared > 40:
            break
    assert compared > 40
