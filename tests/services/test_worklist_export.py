"""The work list export: read back cell by cell (real dates and numbers, frozen headers,
an auto-filter, who exported what and when), private to its owner, audited without
personal data, cancellable without leaving a file behind."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from ui.conftest import DEMO_TODAY, HANDLER, NOW, UI_CACHE_KEY, ui_files, ui_template

from cumuldesk.params.loader import load_parameters
from cumuldesk.services.exports.worklist import (
    COLUMNS,
    HEADER_ROW,
    ExportCancelled,
    export_worklist,
    record_export,
)
from cumuldesk.services.worklist import CONFLICTS_NOW, WorkItem, load_worklist, select_items
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox
from cumuldesk.storage.models import AuditEvent

__all__ = ["ui_files", "ui_template"]  # fixtures shared with the desktop tests

EXPORTED_AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def item(n: int, **changes) -> WorkItem:
    values = {
        "case_id": n,
        "reference": f"CD-2026-{n:06d}",
        "insz": "06032412345",
        "insz_formatted": "06.03.24-123.45",
        "name": f"Test Persoon {n}",
        "birth_date": date(2006, 3, 24),
        "age": 20,
        "turns_18_on": date(2024, 3, 24),
        "status": "waiting_for_answer",
        "handler": "An Demo",
        "deadline": date(2026, 12, 1),
        "answer": None,
        "proposal_sent_on": date(2026, 11, 1),
        "conflict_months": ("2025-01", "2025-02", "2025-03"),
        "conflicts_now": 2,
        "retro_open": False,
        "retro_months": (),
        "outbox_items": 0,
    }
    values.update(changes)
    return WorkItem(**values)


def header_index(name: str) -> int:
    return [c.header for c in COLUMNS].index(name) + 1


def test_the_export_reads_back_with_real_dates_numbers_and_who_when_what(tmp_path):
    items = [
        item(1),
        item(2, deadline=None, proposal_sent_on=None, conflict_months=(), conflicts_now=0,
             retro_open=True, retro_months=("2025-05",), outbox_items=3, answer="refused",
             status="answered", insz="00010100128", insz_formatted="00.01.01-001.28"),
    ]  # fmt: skip
    result = export_worklist(
        items,
        tmp_path / "list.xlsx",
        exported_by="An Demo (an.demo)",
        exported_at=EXPORTED_AT,
        filters_label='Conflicts now, search "persoon"',
        team="Team Gent",
    )
    assert result.rows == 2 and result.path == tmp_path / "list.xlsx"
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    sheet = load_workbook(result.path).active
    assert sheet.title == "Work list"
    assert sheet["A1"].value == "CumulDesk work list of Team Gent"
    local = EXPORTED_AT.astimezone()
    info = sheet["A2"].value
    assert f"{local:%d/%m/%Y} at {local:%H:%M}" in info
    assert "by An Demo (an.demo)" in info
    assert 'Filter: Conflicts now, search "persoon"' in info and "2 cases" in info
    assert "personal data" in sheet["A3"].value
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    last = sheet.cell(HEADER_ROW, len(COLUMNS)).column_letter
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:{last}{HEADER_ROW + 2}"
    headers = [sheet.cell(HEADER_ROW, c).value for c in range(1, len(COLUMNS) + 1)]
    assert headers == [c.header for c in COLUMNS]
    assert sheet.cell(HEADER_ROW, 1).font.b
    assert sheet.column_dimensions["C"].width >= 20  # the name column is wide enough

    first, second = HEADER_ROW + 1, HEADER_ROW + 2
    cell = sheet.cell(first, header_index("Birth date"))
    assert cell.is_date and cell.value.date() == date(2006, 3, 24)
    assert cell.number_format == "dd/mm/yyyy"
    assert sheet.cell(first, header_index("Deadline")).value.date() == date(2026, 12, 1)
    assert sheet.cell(first, header_index("Age")).value == 20
    assert sheet.cell(first, header_index("Age")).data_type == "n"
    assert sheet.cell(first, header_index("Conflict months now")).value == 2
    assert sheet.cell(first, header_index("Conflict months (all)")).value == 3
    assert sheet.cell(first, header_index("Conflict months")).value == "2025-01, 2025-02, 2025-03"
    assert sheet.cell(first, header_index("Status")).value == "Waiting for answer"
    assert sheet.cell(first, header_index("Case")).value == "CD-2026-000001"
    # the INSZ stays text: a leading zero is not lost
    assert sheet.cell(second, header_index("INSZ")).value == "00.01.01-001.28"
    assert sheet.cell(second, header_index("Deadline")).value is None
    assert sheet.cell(second, header_index("Conflict months now")).value == 0
    assert sheet.cell(second, header_index("Retroactive change")).value == "yes"
    assert sheet.cell(second, header_index("Retroactive months")).value == "2025-05"
    assert sheet.cell(second, header_index("Changes waiting to be pushed")).value == 3
    assert sheet.cell(second, header_index("Answer")).value == "Refused"
    assert sheet.max_row == HEADER_ROW + 2


def test_progress_cancel_and_no_file_left_behind(tmp_path):
    items = [item(n) for n in range(2_500)]
    seen: list[tuple[int, int]] = []
    export_worklist(
        items,
        tmp_path / "all",  # the .xlsx suffix is added
        exported_by="An Demo",
        exported_at=EXPORTED_AT,
        filters_label="All",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]
    assert load_workbook(tmp_path / "all.xlsx").active.max_row == HEADER_ROW + 2500

    asked = iter([False, True])
    with pytest.raises(ExportCancelled):
        export_worklist(
            items,
            tmp_path / "cancelled.xlsx",
            exported_by="An Demo",
            exported_at=EXPORTED_AT,
            filters_label="All",
            cancel=lambda: next(asked),
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.xlsx"]


def test_an_existing_file_is_replaced_and_made_private(tmp_path):
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o644)
    export_worklist(
        [item(1)], target, exported_by="x", exported_at=EXPORTED_AT, filters_label="All"
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert load_workbook(target).active["A1"].value == "CumulDesk work list"


def test_a_missing_folder_is_said_in_words(tmp_path):
    from cumuldesk.errors import BadInput

    with pytest.raises(BadInput, match="folder"):
        export_worklist(
            [item(1)], tmp_path / "nowhere" / "x.xlsx", exported_by="x",
            exported_at=EXPORTED_AT, filters_label="All",
        )  # fmt: skip


def test_the_export_of_the_demo_cache_is_audited_without_personal_data(ui_files, tmp_path):
    cache = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)
    try:
        items = select_items(
            load_worklist(cache, "Team Gent", load_parameters(), DEMO_TODAY), CONFLICTS_NOW,
            DEMO_TODAY,
        )  # fmt: skip
        result = export_worklist(
            items, tmp_path / "c.xlsx", exported_by="An Demo", exported_at=NOW,
            filters_label="Conflicts now",
        )  # fmt: skip
        record_export(
            cache, HANDLER, rows=result.rows, filter_key=CONFLICTS_NOW, searched=True,
            clock=lambda: NOW,
        )  # fmt: skip
        sheet = load_workbook(result.path).active
        refs = [sheet.cell(r, 1).value for r in range(HEADER_ROW + 1, sheet.max_row + 1)]
        assert refs == [i.reference for i in items] and refs
        with cache.sessions() as session:
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "worklist_exported")
            ).one()
            assert json.loads(event.details) == {
                "rows": len(items),
                "filter": CONFLICTS_NOW,
                "search": True,
            }
            assert event.actor == HANDLER and event.subject is None
            pushed = [
                json.loads(row.payload)
                for row in session.execute(select(outbox).where(outbox.c.kind == "audit"))
            ]
        assert any(p["action"] == "worklist_exported" for p in pushed)
        details = event.details
        for i in items:
            assert i.insz not in details and i.name not in details
    finally:
        cache.close()
