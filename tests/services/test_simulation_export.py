"""A simulation's month table exported to Excel and read back cell by cell: months as
dates, amounts as numbers in a EUR format, the totals row, the parameters sheet; the
export audited without personal data."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from ui.conftest import HANDLER, NOW, UI_CACHE_KEY, ui_files, ui_template

from cumuldesk.params.loader import load_parameters
from cumuldesk.services.assessment import simulation_report
from cumuldesk.services.dossier_input import parse_dossier
from cumuldesk.services.simulation_export import (
    MONTH_COLUMNS,
    PARAMETER_COLUMNS,
    export_simulation,
    months_header_row,
    record_simulation_export,
)
from cumuldesk.services.spreadsheets import EUR_FORMAT, MONTH_FORMAT, ExportCancelled
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox
from cumuldesk.storage.models import AuditEvent

__all__ = ["ui_files", "ui_template"]  # fixtures shared with the desktop tests

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
EXPORTED_AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def report() -> dict:
    data = json.loads((EXAMPLES / "renounce-flanders.json").read_text())
    return simulation_report(parse_dossier(data, date(2026, 11, 23)), load_parameters())


def export(report, path, **options):
    values = {
        "dossier_reference": "CD-2026-000042",
        "insz_formatted": report["formatted"],
        "exported_by": "An Demo (an.demo)",
        "exported_at": EXPORTED_AT,
    }
    values.update(options)
    return export_simulation(report, path, **values)


def test_the_month_table_reads_back_with_real_months_and_amounts(report, tmp_path):
    target = tmp_path / "sim.xlsx"
    months = report["months"]
    assert export(report, target) == len(months) == report["totals"]["months"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    book = load_workbook(target)
    assert book.sheetnames == ["Months", "Parameters"]
    sheet = book["Months"]
    top = months_header_row(report)
    assert sheet["A1"].value.startswith("CumulDesk simulation")
    block = " ".join(str(sheet.cell(r, 1).value) for r in range(2, top))
    local = EXPORTED_AT.astimezone()
    assert f"Exported on {local:%d/%m/%Y} at {local:%H:%M} by An Demo (an.demo)." in block
    assert "Dossier CD-2026-000042" in block and report["formatted"] in block
    assert "Recommendation: zorgtoeslag + BOB is more favourable" in block
    assert "personal data" in block
    assert [c.value for c in sheet[top]] == [c.header for c in MONTH_COLUMNS]
    assert sheet.freeze_panes == f"A{top + 1}"
    assert sheet.auto_filter.ref == f"A{top}:I{top + len(months)}"

    for offset, month in enumerate(months, start=1):
        row = sheet[top + offset]
        year, number = (int(part) for part in month["month"].split("-"))
        assert row[0].is_date and row[0].value == datetime(year, number, 1)
        assert row[0].number_format == MONTH_FORMAT
        keys = ("ivt", "it", "zorgtoeslag", "bob", "federal", "flemish", "difference")
        for cell, key in zip(row[1:8], keys, strict=True):
            assert cell.data_type == "n" and isinstance(cell.value, int | float)
            assert Decimal(str(cell.value)) == Decimal(month[key])
            assert cell.number_format == EUR_FORMAT
        stopped = [n for n, k in (("zorgtoeslag", "zorgtoeslag_banned"), ("BOB", "bob_banned"))
                   if month[k]]  # fmt: skip
        assert row[8].value == (" and ".join(stopped) or None)

    totals = sheet[top + len(months) + 1]
    assert totals[0].value == f"Total ({len(months)} months)" and totals[0].font.b
    for cell, key in zip(totals[5:8], ("federal", "flemish", "difference"), strict=True):
        assert Decimal(str(cell.value)) == Decimal(report["totals"][key])
        assert cell.number_format == EUR_FORMAT and cell.font.b
    ivt_total = sum(Decimal(m["ivt"]) for m in months)
    assert Decimal(str(totals[1].value)).quantize(Decimal("0.01")) == ivt_total
    assert sheet.max_row == top + len(months) + 1


def test_the_parameters_sheet_lists_value_unit_date_source_and_verified(report, tmp_path):
    export(report, tmp_path / "sim.xlsx")
    sheet = load_workbook(tmp_path / "sim.xlsx")["Parameters"]
    top = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Name")
    assert [c.value for c in sheet[top]] == [c.header for c in PARAMETER_COLUMNS]
    assert sheet.freeze_panes == f"A{top + 1}"
    parameters = report["parameters"]
    assert sheet.max_row == top + len(parameters)
    for offset, parameter in enumerate(parameters, start=1):
        row = {c.header: cell for c, cell in zip(PARAMETER_COLUMNS, sheet[top + offset],
                                                 strict=False)}  # fmt: skip
        name = parameter["name"] + (f"[{parameter['bracket']}]" if parameter["bracket"] else "")
        assert row["Name"].value == name
        assert row["Unit"].value == parameter["unit"]
        assert row["Effective date"].is_date
        assert row["Effective date"].value.date() == date.fromisoformat(parameter["effective"])
        if isinstance(parameter["value"], bool):
            assert row["Value"].value == ("yes" if parameter["value"] else "no")
            assert row["Amount"].value is None
        else:
            assert Decimal(str(row["Amount"].value)) == Decimal(parameter["value"])
            assert row["Amount"].number_format == EUR_FORMAT
        assert row["Verified"].value.startswith("yes" if parameter["verified"] else "NO")
        assert row["Source"].value == parameter["source"]
        assert row["Used from"].is_date and row["Used from"].number_format == MONTH_FORMAT


def test_notes_say_what_was_changed_from_the_dossier(report, tmp_path):
    export(report, tmp_path / "sim.xlsx", notes=["Changed from the dossier: IVT"])
    sheet = load_workbook(tmp_path / "sim.xlsx")["Months"]
    top = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "Month")
    assert sheet.cell(top - 2, 1).value == "Changed from the dossier: IVT"
    assert "personal data" in sheet.cell(top - 1, 1).value


def test_a_cancelled_export_leaves_no_file(report, tmp_path):
    with pytest.raises(ExportCancelled):
        export(report, tmp_path / "sim.xlsx", cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_the_export_is_audited_without_personal_data(ui_files, report):
    cache = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)
    try:
        record_simulation_export(cache, HANDLER, rows=36, clock=lambda: NOW, insz=report["insz"])
        with cache.sessions() as session:
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "simulation_exported")
            ).one()
            pushed = [
                json.loads(row.payload)
                for row in session.execute(select(outbox).where(outbox.c.kind == "audit"))
            ]
        assert json.loads(event.details) == {"rows": 36, "format": "xlsx"}
        assert event.actor == HANDLER
        assert event.subject and report["insz"] not in event.subject  # a pseudonym
        assert any(p["action"] == "simulation_exported" for p in pushed)
    finally:
        cache.close()
