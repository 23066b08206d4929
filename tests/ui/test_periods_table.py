"""The periods table sorts dates and amounts as values, not as text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from cumuldesk.domain.months import Month
from cumuldesk.services.dossiers.timeline import Lane, Segment, Timeline
from cumuldesk.ui.dossier.periods_table import (
    COL_AMOUNT,
    COL_CONFLICTS,
    COL_FROM,
    COL_TO,
    PeriodsTable,
)


def _timeline() -> Timeline:
    ivt = (
        Segment(date(2024, 1, 15), date(2024, 3, 31), Decimal("898.21"), "IVT", "IVT"),
        Segment(date(2023, 2, 1), date(2023, 12, 31), Decimal("1000.00"), "IVT", "IVT"),
    )
    it = (Segment(date(2024, 4, 1), None, Decimal("126.40"), "IT", "IT"),)
    bob = (Segment(date(2023, 1, 2), date(2024, 2, 29), None, "BOB", "BOB"),)
    zt = (Segment(date(2022, 12, 1), None, Decimal("0"), "x", "Zorgtoeslag", points=3),)
    return Timeline(
        birth=date(2005, 12, 1),
        today=date(2026, 11, 23),
        axis_start=Month(2022, 12),
        axis_end=Month(2029, 12),
        ban_window=None,
        query_window=None,
        conflict_months=(Month(2024, 1), Month(2024, 2)),
        retro_owed=(),
        retro_stop=(),
        markers=(),
        lanes=(Lane("BOB", bob), Lane("IVT", ivt), Lane("IT", it), Lane("Zorgtoeslag", zt)),
    )


def test_sorting_by_date_and_amount_uses_the_values(qtbot):
    table = PeriodsTable()
    qtbot.addWidget(table)
    table.set_timeline(_timeline())
    # as text "01/02/2023" < "01/04/2024" < "02/01/2023" ...: wrong; by date:
    assert table.row_texts(COL_FROM) == [
        "01/12/2022",
        "02/01/2023",
        "01/02/2023",
        "15/01/2024",
        "01/04/2024",
    ]
    table.view.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    # as text "1.000,00" would come before "126,40"; a period without amount first
    assert table.row_texts(COL_AMOUNT) == [
        "not known",
        "0,00 EUR",
        "126,40 EUR",
        "898,21 EUR",
        "1.000,00 EUR",
    ]
    table.view.sortByColumn(COL_TO, Qt.SortOrder.DescendingOrder)
    assert table.row_texts(COL_TO)[:3] == ["open", "open", "31/03/2024"]


def test_conflict_months_per_period_and_accessible_names(qtbot):
    table = PeriodsTable()
    qtbot.addWidget(table)
    table.set_timeline(_timeline())
    table.view.sortByColumn(COL_FROM, Qt.SortOrder.AscendingOrder)
    # BOB 01/2023-02/2024 covers both conflict months; IVT from 15/01/2024 too
    assert table.row_texts(COL_CONFLICTS) == ["0", "2", "0", "2", "0"]
    assert table.view.accessibleName() == "Periods table"
    # headers whole, a long one on more lines (as narrow as its cells allow); the
    # tooltip and the accessible text on one line
    header = table.model.headerData
    assert header(COL_AMOUNT, Qt.Orientation.Horizontal).split() == ["Monthly", "amount"]
    conflicts = header(COL_CONFLICTS, Qt.Orientation.Horizontal)
    assert "\n" in conflicts and conflicts.split() == "Conflict months in this period".split()
    assert header(COL_CONFLICTS, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == (
        "Conflict months in this period"
    )
    table.set_timeline(None)
    assert table.proxy.rowCount() == 0
