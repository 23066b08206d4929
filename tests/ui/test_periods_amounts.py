"""The periods table shows the monthly BOB and zorgtoeslag amounts from the law data in
force (never a bare "-"), in words where no law value is published, and the page shows
the amounts the simulation uses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from cumuldesk.domain.months import Month
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.timeline import Lane, Segment, Timeline
from cumuldesk.storage.models import Person
from cumuldesk.ui.dossier.page import DossierPage
from cumuldesk.ui.dossier.period_amounts import period_amounts
from cumuldesk.ui.dossier.periods_table import COL_AMOUNT, COL_LANE, PeriodsTable

BOB = Segment(date(2020, 9, 1), None, None, "BOB", "BOB")
ZT = Segment(date(2012, 9, 1), None, None, "x", "Zorgtoeslag", points=17, pillar1_points=5)
IT = Segment(date(2021, 4, 1), None, Decimal("379.48"), "IT", "IT")


def _timeline(zorgtoeslag: Segment = ZT) -> Timeline:
    # born 10/03/2002: the timeline runs from 03/2019 (17) to 03/2026 (24)
    return Timeline(
        birth=date(2002, 3, 10),
        today=date(2026, 11, 23),
        axis_start=Month(2019, 3),
        axis_end=Month(2026, 3),
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


def _table(qtbot, region: str = "flanders", zorgtoeslag: Segment = ZT) -> PeriodsTable:
    table = PeriodsTable()
    qtbot.addWidget(table)
    timeline = _timeline(zorgtoeslag)
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
    # BOB: 300.00 (not indexed) up to 12/2022 ... 344.60 from 09/2025 (September rule)
    assert _cell(table, "BOB") == "300,00 to 344,60 EUR"
    steps = _cell(table, "BOB", Qt.ItemDataRole.ToolTipRole).splitlines()
    assert steps[1:] == [
        "09/2020 to 12/2022: 300,00 EUR (sourced)",
        "01/2023 to 08/2023: 324,73 EUR (sourced)",
        "09/2023 to 08/2024: 331,22 EUR (sourced)",
        "09/2024 to 08/2025: 337,84 EUR (computed)",
        "09/2025 to 03/2026: 344,60 EUR (computed)",
    ]
    # zorgtoeslag 17 points: no law value before 01/2020, said in words
    assert _cell(table, "Zorgtoeslag") == (
        "480,48 to 541,10 EUR\nno law value published before 01/2020"
    )
    details = _cell(table, "Zorgtoeslag", Qt.ItemDataRole.ToolTipRole).splitlines()
    assert details[1] == "03/2019 to 12/2019: no law value published"
    assert "09/2021 to 08/2022: 499,89 EUR (sourced)" in details
    assert _cell(table, "IT") == "379,48 EUR"
    texts = table.row_texts(COL_AMOUNT)
    assert "-" not in texts and all(texts)


def test_an_amount_that_cannot_be_known_is_said_in_words(qtbot):
    before = Segment(date(2012, 9, 1), date(2014, 8, 31), None, "x", "Zorgtoeslag", points=17)
    assert _cell(_table(qtbot, zorgtoeslag=before), "Zorgtoeslag") == "no law value published"
    assert _cell(_table(qtbot, "brussels"), "Zorgtoeslag") == (
        "no law value published (Brussels scale)"
    )
    # a single amount over the whole period
    one = Segment(date(2023, 9, 1), date(2024, 8, 31), None, "x", "Zorgtoeslag", points=17)
    assert _cell(_table(qtbot, zorgtoeslag=one), "Zorgtoeslag") == "520,09 EUR"


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
