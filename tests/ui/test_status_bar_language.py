"""Issue 17: the status bar speaks the window's language only: its offline tooltip in
words (the sync's technical reason goes to the log), counts with the language's plural
("0 modification en attente", "1 refusée"); the domain's validation messages reach the
window translated."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from cumuldesk.domain.amounts import ItFromPoints, ZorgtoeslagFromPoints
from cumuldesk.domain.money import parse_amount
from cumuldesk.services.sync_service import SyncState
from cumuldesk.ui.kit import i18n
from cumuldesk.ui.kit.i18n import translated
from cumuldesk.ui.shell.status_bar import SyncStatusBar

TECHNICAL = "connection refused (OperationalError: could not connect to server)"


@pytest.fixture
def french(qapp):
    i18n.install_translators(qapp, "fr")
    yield
    i18n.reset(qapp)


def test_the_offline_tooltip_is_french_and_the_reason_goes_to_the_log(
    qtbot, ui_context, french, caplog
):
    bar = SyncStatusBar(ui_context)
    qtbot.addWidget(bar)
    synced = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)
    with caplog.at_level(logging.INFO, logger="cumuldesk.ui.shell.status_bar"):
        bar.set_state(SyncState(False, synced, 0, 0, 1, problem=TECHNICAL))
    tip = bar.online_label.toolTip()
    assert "base de données centrale" in tip and "synchronisation" in tip
    assert "OperationalError" not in tip and "connection" not in tip
    assert TECHNICAL in caplog.text
    assert bar.online_label.text().endswith("Hors ligne")
    assert bar.waiting_label.text() == "0 modification en attente, 1 refusée"
    bar.set_state(SyncState(False, synced, 3, 0, 2, problem=TECHNICAL))
    assert bar.waiting_label.text() == "3 modifications en attente, 2 refusées"


def test_domain_validation_messages_are_french_in_the_window(french):
    with pytest.raises(ValueError) as points:
        ItFromPoints(40)
    assert str(points.value) == "IT points must be 0 to 18"  # the command line's English
    assert translated(points.value.text) == "Les points IT doivent être compris entre 0 et 18"
    with pytest.raises(ValueError) as pillar:
        ZorgtoeslagFromPoints(3, 5)
    assert translated(pillar.value.text) == (
        "Les points du pilier 1 ne peuvent pas dépasser le total des points"
    )
    with pytest.raises(ValueError) as amount:
        parse_amount("12.345")
    assert translated(amount.value.text) == "Le montant a plus de deux décimales"
