"""Issue 17: the work list's conflict column says every case the same way, "N of M
months" (the conflict months now, of all), translated with the plural of the language,
and its header's tooltip explains what the two numbers are."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from ui.test_worklist_page import synthetic

from cumuldesk.ui.kit import i18n
from cumuldesk.ui.worklist.model import COL_CONFLICTS, WorkListModel

TODAY = date(2026, 11, 23)


def _texts(model: WorkListModel, pairs: list[tuple[int, int]]) -> list[str]:
    items = [
        dataclasses.replace(synthetic(n), conflict_months=("2025-01",) * total, conflicts_now=now)
        for n, (now, total) in enumerate(pairs, start=1)
    ]
    model.set_items(items, TODAY)
    return [model.data(model.index(r, COL_CONFLICTS)) for r in range(model.rowCount())]


def test_one_form_for_every_case(qapp):
    model = WorkListModel()
    texts = sorted(_texts(model, [(34, 35), (30, 30), (0, 35), (1, 1), (0, 0)]))
    # the source texts (the window speaks nl, fr or de: see below for the plurals)
    assert texts == [
        "",
        "0 of 35 month(s)",
        "1 of 1 month(s)",
        "30 of 30 month(s)",
        "34 of 35 month(s)",
    ]
    tip = model.headerData(COL_CONFLICTS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "forbidden cumulation" in tip and "period VSB asks about today" in tip


@pytest.mark.parametrize(
    ("language", "many", "one", "word"),
    [
        ("nl", "34 van 35 maanden", "1 van 1 maand", "cumulatie"),
        ("fr", "34 sur 35 mois", "1 sur 1 mois", "cumul"),
        ("de", "34 von 35 Monaten", "1 von 1 Monat", "Kumulierung"),
    ],
)
def test_translated_with_the_plural(qapp, language, many, one, word):
    i18n.install_translators(qapp, language)
    model = WorkListModel()
    texts = _texts(model, [(34, 35), (1, 1)])
    assert many in texts and one in texts
    tip = model.headerData(COL_CONFLICTS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert word in tip
