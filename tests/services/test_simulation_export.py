"""A simulation's month table exported to Excel and read back cell by cell: months as
dates, the arrears months marked, amounts as numbers in a EUR format with the kept
columns, the totals row, the notified month and the law-data version in the header, the
parameters sheet with names in words and their kind; the export audited without personal
data."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from ui.conftest import HANDLER, NOW, UI_CACHE_KEY, ui_files, ui_template

from cumuldesk.commands.report_json import simulation_json
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.input import parse_dossier
from cumuldesk.services.exports.simulation import (
    MONTH_COLUMNS,
    PARAMETER_COLUMNS,
    export_simulation,
    months_header_row,
    record_simulation_export,
)
from cumuldesk.services.exports.spreadsheets import EUR_FORMAT, MONTH_FORMAT, ExportCancelled
from cumuldesk.services.law.names import value_name
from cumuldesk.services.reports import SimulationReport, simulation_report
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox
from cumuldesk.storage.models import AuditEvent

__all__ = ["ui_files", "ui_template"]  # fixtures shared with the desktop tests

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
EXPORTED_AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def report() -> SimulationReport:
    data = json.loads((EXAMPLES / "renounce-flanders.json").read_text())
    return simulation_report(parse_dossier(data, date(2026, 11, 23)), load_parameters())


def export(report, path, **options):
    values = {
        "dossier_reference": "CD-2026-000042",
        "insz_formatted": report.person.formatted,
        "exported_by": "An Demo (an.demo)",
        "exported_at": EXPORTED_AT,
    }
    values.update(options)
    return export_simulation(report, path, **values)


def test_the_month_table_reads_back_with_real_months_and_amounts(report, tmp_path):
    target = tmp_path / "sim.xlsx"
    data = simulation_json(report)  # the values as `cumuldesk simulate --json` gives them
    months = data["months"]
    assert export(report, target) == len(months) == data["totals"]["months"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    book = load_workbook(target)
    assert book.sheetnames == ["Months", "Parameters"]
    sheet = book["Months"]
    top = months_header_row(report)
    assert sheet["A1"].value.startswith("CumulDesk simulation")
    block = " ".join(str(sheet.cell(r, 1).value) for r in range(2, top))
    local = EXPORTED_AT.astimezone()
    assert f"Exported on {local:%d/%m/%Y} at {local:%H:%M} by An Demo (an.demo)." in block
    assert "Dossier CD-2026-000042" in block and data["formatted"] in block
    # the example: notified 2026-12, 30 arrears months (the BOB kept), 6 from it on
    assert "Recommendation: IVT/IT is more favourable" in block
    assert "Notified month 12/2026: the first month the zorgkas and the Groeipakket" in block
    assert "Arrears months: 30 months" in block and "From the notified month on: 6 months" in block
    assert "Computed with the shipped law data (never synced)." in block
    assert "personal data" in block
    assert [c.value for c in sheet[top]] == [c.header for c in MONTH_COLUMNS]
    assert sheet.freeze_panes == f"A{top + 1}"
    assert sheet.auto_filter.ref == f"A{top}:L{top + len(months)}"

    keys = (
        "ivt", "it", "zorgtoeslag_kept", "bob_kept", "federal", "zorgtoeslag", "bob", "flemish",
        "difference",
    )  # fmt: skip
    for offset, month in enumerate(months, start=1):
        row = sheet[top + offset]
        year, number = (int(part) for part in month["month"].split("-"))
        assert row[0].is_date and row[0].value == datetime(year, number, 1)
        assert row[0].number_format == MONTH_FORMAT
        assert row[1].value == ("arrears" if month["arrears"] else None)
        for cell, key in zip(row[2:11], keys, strict=True):
            assert cell.data_type == "n" and isinstance(cell.value, int | float)
            assert Decimal(str(cell.value)) == Decimal(month[key])
            assert cell.number_format == EUR_FORMAT
        stopped = [n for n, k in (("zorgtoeslag", "zorgtoeslag_banned"), ("BOB", "bob_banned"))
                   if month[k]]  # fmt: skip
        assert row[11].value == (" and ".join(stopped) or None)
    # an arrears month keeps the BOB on the federal side, in its own column
    arrears = sheet[top + 1]
    assert arrears[1].value == "arrears" and arrears[5].value == pytest.approx(331.22)
    assert arrears[6].value == pytest.approx(880.62 + 331.22)

    totals = sheet[top + len(months) + 1]
    assert totals[0].value == f"Total ({len(months)} months)" and totals[0].font.b
    assert totals[1].value == f"30 of {len(months)} months"
    for cell, key in zip(
        (totals[6], totals[9], totals[10]), ("federal", "flemish", "difference"), strict=True
    ):
        assert Decimal(str(cell.value)) == Decimal(data["totals"][key])
        assert cell.number_format == EUR_FORMAT and cell.font.b
    ivt_total = sum(Decimal(m["ivt"]) for m in months)
    assert Decimal(str(totals[2].value)).quantize(Decimal("0.01")) == ivt_total
    assert sheet.max_row == top + len(months) + 1


def test_the_parameters_sheet_lists_value_unit_date_source_and_kind(report, tmp_path):
    export(report, tmp_path / "sim.xlsx")
    sheet = load_workbook(tmp_path / "sim.xlsx")["Parameters"]
    block = " ".join(str(sheet.cell(r, 1).value) for r in range(1, 12))
    assert "Computed with the shipped law data (never synced)." in block
    assert "Open point of law, not confirmed by a supervisor: " in block  # in words
    assert "recovered" in block and "06/2024 \u2013 11/2026" in block
    top = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Name")
    assert [c.value for c in sheet[top]] == [c.header for c in PARAMETER_COLUMNS]
    assert sheet.freeze_panes == f"A{top + 1}"
    parameters = simulation_json(report)["parameters"]  # as `cumuldesk simulate --json`
    assert sheet.max_row == top + len(parameters)
    for offset, parameter in enumerate(parameters, start=1):
        row = {c.header: cell for c, cell in zip(PARAMETER_COLUMNS, sheet[top + offset],
                                                 strict=False)}  # fmt: skip
        assert row["Name"].value == value_name(parameter["name"], parameter["bracket"])
        assert "_" not in row["Name"].value and "[" not in row["Name"].value  # no internal key
        assert row["Unit"].value == parameter["unit"]
        assert row["Effective date"].is_date
        assert row["Effective date"].value.date() == date.fromisoformat(parameter["effective"])
        if isinstance(parameter["value"], bool):
            assert row["Value"].value == ("yes" if parameter["value"] else "no")
            assert row["Amount"].value is None
        else:
            assert Decimal(str(row["Amount"].value)) == Decimal(parameter["value"])
            assert row["Amount"].number_format == EUR_FORMAT
        kind = parameter["kind"]
        assert row["Kind"].value == (kind.upper() if kind == "carried" else kind)
        assert row["Source"].value == parameter["source"]
        assert row["Used from"].is_date and row["Used from"].number_format == MONTH_FORMAT


def test_notes_say_what_was_changed_from_the_dossier(report, tmp_path):
    export(report, tmp_path / "sim.xlsx", notes=["Changed from the dossier: IVT"])
    sheet = load_workbook(tmp_path / "sim.xlsx")["Months"]
    top = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Month")
    assert sheet.cell(top - 2, 1).value == "Changed from the dossier: IVT"
    assert "personal data" in sheet.cell(top - 1, 1).value


def test_a_cancelled_export_leaves_no_file(report, tmp_path):
    with pytest.raises(ExportCancelled):
        export(report, tmp_path / "sim.xlsx", cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_the_export_is_audited_without_personal_data(ui_files, report):
    cache = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)
    try:
        insz = report.person.insz
        record_simulation_export(cache, HANDLER, rows=36, clock=lambda: NOW, insz=insz)
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
        assert event.subject and report.person.insz not in event.subject  # a pseudonym
        assert any(p["action"] == "simulation_exported" for p in pushed)
    finally:
        cache.close()


def test_the_workbook_names_the_law_data_version_it_was_computed_with(report, tmp_path):
    versioned = replace(report, result=replace(report.result, law_version=7))
    assert versioned.law_data == "law data v7"
    export(versioned, tmp_path / "sim.xlsx")
    book = load_workbook(tmp_path / "sim.xlsx")
    for sheet in book.worksheets:
        block = " ".join(str(sheet.cell(r, 1).value) for r in range(1, 16))
        assert "Computed with law data v7." in block, sheet.title
