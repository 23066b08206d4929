"""The work list through the desk: the team's cases on the desk's query day, and the export
written, audited and saying what it changed (the outbox)."""

from __future__ import annotations

import json

import pytest
from factories import identity_of
from openpyxl import load_workbook
from sqlalchemy import select
from ui.conftest import DEMO_TODAY, HANDLER, NOW, UI_CACHE_KEY, ui_files, ui_template

from cumuldesk.config import CentralConfig
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.central.connect import connect_central
from cumuldesk.services.desk import Change, Changes, Desk
from cumuldesk.services.exports.worklist import HEADER_ROW
from cumuldesk.services.worklist import CONFLICTS_NOW, load_worklist, select_items
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import AuditEvent

__all__ = ["ui_files", "ui_template"]  # fixtures shared with the desktop tests


@pytest.fixture
def desk(ui_files):
    central = connect_central(CentralConfig(f"sqlite:///{ui_files.central}", False, "test"))
    identity = identity_of(central.sessions, HANDLER)
    central.close()
    cache = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)

    def offline():
        pytest.fail("the work list needs no central database")

    yield Desk(identity, cache, load_parameters(), offline, clock=lambda: NOW, demo=True)
    cache.close()


def test_the_work_list_is_the_teams_cases_on_the_desks_query_day(desk):
    assert desk.today() == DEMO_TODAY
    items = desk.worklist()
    assert items and {item.insz for item in items}
    assert items == load_worklist(desk.cache, desk.identity.team, desk.law, DEMO_TODAY)


def test_the_export_is_written_audited_and_says_the_outbox_changed(desk, tmp_path):
    items = select_items(desk.worklist(), CONFLICTS_NOW, desk.today())
    assert items
    seen: list[tuple[int, int]] = []
    result = desk.export_worklist(
        items,
        tmp_path / "list.xlsx",
        filters_label="Conflicts now",
        filter_key=CONFLICTS_NOW,
        searched=False,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert (result.path, result.rows) == (tmp_path / "list.xlsx", len(items))
    assert result.changes == Changes.of(Change.OUTBOX)
    sheet = load_workbook(result.path).active
    assert [sheet.cell(r, 1).value for r in range(HEADER_ROW + 1, sheet.max_row + 1)] == [
        item.reference for item in items
    ]
    identity = desk.identity
    assert f"{identity.display_name} ({identity.username})" in str(sheet.cell(2, 1).value)
    with desk.cache.sessions() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "worklist_exported")
        ).one()
    assert event.actor == HANDLER
    assert json.loads(event.details) == {
        "rows": len(items),
        "filter": CONFLICTS_NOW,
        "search": False,
    }
