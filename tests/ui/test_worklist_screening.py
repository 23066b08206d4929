"""Issue 18: the work list shows the screening's verdict (a word or two in the cell, the
whole phrase in its tooltip and for a screen reader) and the amount at stake in EUR
(sortable), a "Renunciation to propose" filter with its count (Alt+7), a stale screening
marked as such, Screen again (Ctrl+Shift+R) showing the fresh verdict in the row, and
"Draft proposals ..." (Ctrl+Shift+D) for the cases selected."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert, select

from cumuldesk.domain.simulation import Recommendation
from cumuldesk.services.worklist import RENUNCIATION_TO_PROPOSE
from cumuldesk.storage.models import Case, ScreeningRow
from cumuldesk.storage.screening import dossier_states
from cumuldesk.ui.kit import i18n
from cumuldesk.ui.kit.formatting import set_language
from cumuldesk.ui.worklist.model import COL_AT_STAKE, COL_CASE, COL_VERDICT
from cumuldesk.ui.worklist.page import WorkListPage

TEAM = "Team Gent"
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def _screen(cache, law_version):
    """Four screened cases of the team: renounce +1234.56 (current), IVT/IT -50 (current),
    renounce +10 (stale: the dossier changed since), cannot screen. Their references."""
    with cache.sessions.begin() as session:
        rows = session.execute(
            select(Case.id, Case.reference, Case.person_id)
            .where(Case.team == TEAM, Case.status != "closed")
            .order_by(Case.reference)
            .limit(4)
        ).all()
        state = dossier_states(session)
        specs = [
            (Recommendation.RENOUNCE, None, Decimal("1234.56"), 0),
            (Recommendation.IVT_IT, None, Decimal("-50.00"), 0),
            (Recommendation.RENOUNCE, None, Decimal("10.00"), -1),  # older dossier state
            (None, "no IVT/IT decision in force", Decimal("0.00"), 0),
        ]
        for (case_id, reference, person_id), (verdict, problem, amount, older) in zip(
            rows, specs, strict=True
        ):
            seq, count = state[person_id]
            session.execute(
                insert(ScreeningRow.__table__).values(
                    case_id=case_id, case_reference=reference, verdict=verdict,
                    problem=problem, at_stake=amount, months_compared=36,
                    conflict_months=3, arrears_months=0, open_points="[]",
                    law_version=law_version, screened_at=WHEN,
                    dossier_seq=seq + older, dossier_rows=count,
                )
            )  # fmt: skip
    return [row.reference for row in rows]


@pytest.fixture
def screened(ui_context):
    return _screen(ui_context.desk.cache, ui_context.desk.law.version)


@pytest.fixture
def page(qtbot, ui_context, screened):
    shown = WorkListPage(ui_context)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.show()
    return shown


def cell(page, reference, column, role=Qt.ItemDataRole.DisplayRole):
    row = page.proxy.row_of(reference)
    assert row is not None
    return page.proxy.data(page.proxy.index(row, column), role)


def test_verdict_and_amount_columns_show_the_screening(page, screened):
    renounce, ivt, stale, failed = screened
    assert cell(page, renounce, COL_VERDICT) == "Renunciation"
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert cell(page, renounce, COL_VERDICT, spoken) == "Propose renunciation"
    assert cell(page, renounce, COL_VERDICT, Qt.ItemDataRole.ToolTipRole).startswith(
        "Propose renunciation\nAmount at stake over the horizon: +1.234,56 EUR"
    )
    assert cell(page, renounce, COL_AT_STAKE) == "+1.234,56"
    assert cell(page, ivt, COL_VERDICT) == "IVT/IT"
    assert cell(page, ivt, COL_VERDICT, spoken) == "IVT/IT pays more"
    assert cell(page, ivt, COL_AT_STAKE) == "-50,00"
    assert cell(page, failed, COL_VERDICT) == "Cannot screen"
    assert "no IVT/IT decision in force" in cell(
        page, failed, COL_VERDICT, Qt.ItemDataRole.ToolTipRole
    )
    assert cell(page, failed, COL_AT_STAKE) == ""
    other = page.proxy.item(0).reference
    if other not in screened:
        assert cell(page, other, COL_VERDICT) == "Not screened"
    header = page.proxy.headerData(COL_AT_STAKE, Qt.Orientation.Horizontal)
    assert header == "Amount at stake (EUR)"


def test_a_stale_screening_is_marked(page, screened):
    renounce, _, stale, _ = screened
    assert cell(page, stale, COL_VERDICT) == "\u26a0 Renunciation"
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert cell(page, stale, COL_VERDICT, spoken) == "Propose renunciation (stale)"
    assert "Stale" in cell(page, stale, COL_VERDICT, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, renounce, COL_VERDICT) == "Renunciation"


def test_sorting_by_amount_at_stake_is_by_value_with_the_unscreened_last(page, screened):
    renounce, ivt, stale, _ = screened

    def first(count):
        return [page.proxy.item(row).reference for row in range(count)]

    page.table.sortByColumn(COL_AT_STAKE, Qt.SortOrder.DescendingOrder)
    assert first(3) == [renounce, stale, ivt]
    page.table.sortByColumn(COL_AT_STAKE, Qt.SortOrder.AscendingOrder)
    assert first(3) == [ivt, stale, renounce]
    assert cell(page, page.proxy.item(3).reference, COL_AT_STAKE) == ""
    page.table.sortByColumn(COL_VERDICT, Qt.SortOrder.AscendingOrder)
    assert set(first(2)) == {renounce, stale}


def test_the_renunciation_filter_counts_and_selects(page, screened):
    renounce, _, stale, _ = screened
    button = page.filter_buttons[RENUNCIATION_TO_PROPOSE]
    assert button.text() == "Renunciation to propose (2)"
    assert button.shortcut().toString() == "Alt+7"
    button.click()
    assert sorted(page.proxy.item(r).reference for r in range(page.shown_count())) == sorted(
        [renounce, stale]
    )


def test_screen_again_shows_the_fresh_verdict_in_the_row(qtbot, page, screened):
    _, _, stale, _ = screened
    page.select_reference(stale)
    with qtbot.waitSignal(page.screened, timeout=10_000):
        page.screen_button.click()
    qtbot.waitUntil(lambda: "\u26a0" not in cell(page, stale, COL_VERDICT), timeout=5_000)
    item = page.proxy.item(page.proxy.row_of(stale))
    assert item.screened_here and not item.screening_stale
    assert item.screening.screened_at > WHEN
    expected = page.model.verdict_text(item)
    assert cell(page, stale, COL_VERDICT) == expected != "Not screened"
    assert "supervisor" in cell(page, stale, COL_VERDICT, Qt.ItemDataRole.ToolTipRole)
    assert page.screen_button.shortcut().toString() == "Ctrl+Shift+R"
    assert cell(page, stale, COL_CASE) == stale


@pytest.mark.parametrize(
    ("language", "verdict", "amount"),
    [
        ("nl", "Verzaking", "+1.234,56"),
        ("fr", "Renonciation", "+1\u202f234,56"),
        ("de", "Verzicht", "+1.234,56"),
    ],
)
def test_the_columns_in_each_language(qapp, qtbot, ui_context, screened, language, verdict, amount):
    i18n.install_translators(qapp, language)
    set_language(language)
    try:
        shown = WorkListPage(ui_context)
        qtbot.addWidget(shown)
        with qtbot.waitSignal(shown.loaded, timeout=10_000):
            shown.show()
        assert cell(shown, screened[0], COL_VERDICT) == verdict
        assert cell(shown, screened[0], COL_AT_STAKE).replace("\u00a0", "\u202f") == amount
    finally:
        i18n.reset(qapp)
        set_language("nl")
