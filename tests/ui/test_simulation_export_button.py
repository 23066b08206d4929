"""The simulation page's "Export to Excel..." button: the month table shown goes to the
file chosen (in a background op), the export is audited and the page says where.

The page's signals are watched with a plain slot, not qtbot.waitSignal: that one
disconnects while the signal is being emitted, and the page's disconnectNotify (the
letter button's check) calls isSignalConnected there, which Qt forbids (it deadlocks)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from cumuldesk.services.dossiers.store import DossierView, stored_dossier
from cumuldesk.services.exports.simulation import months_header_row
from cumuldesk.storage.models import AuditEvent, Person
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.simulation.page import SimulationPage


@pytest.fixture
def page(ui_context, qtbot):
    widget = SimulationPage(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def first_simulable(ctx) -> str:
    """The first cached dossier (INSZ order) whose simulation advises to renounce."""
    with ctx.desk.cache.sessions() as session:
        for insz in session.scalars(select(Person.insz).order_by(Person.insz)):
            parsed = stored_dossier(session, insz, ctx.desk.today())
            if parsed.simulation is None or parsed.dossier.region.value == "brussels":
                continue  # a Brussels zorgtoeslag needs a decided amount typed first
            view = DossierView(parsed, "", "", "nl", (), (), (), (), None, False, "cache")
            if view.simulation_report(ctx.desk.law).recommendation == "renounce":
                return insz
    raise AssertionError("no demo dossier advises to renounce")


def exports_audited(page) -> list[AuditEvent]:
    with page.ctx.desk.cache.sessions() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "simulation_exported"))
        )


def test_the_button_is_named_and_waits_for_a_result(page):
    button = page.results.export_button
    assert button.accessibleName() == "Export to Excel"
    assert "Excel" in button.toolTip() and "Alt+E" in button.toolTip()
    assert not button.isEnabled()  # nothing simulated yet


def test_export_writes_the_month_table_shown_and_audits_it(qtbot, page, tmp_path, monkeypatch):
    page.load(first_simulable(page.ctx))
    assert wait_for_ops(10_000) and page.outcome is not None
    assert page.results.export_button.isEnabled()
    asked: list[str] = []

    def save_as(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "simulation"), filters  # no suffix: .xlsx is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    written: list[str] = []
    page.exported.connect(written.append)  # (qtbot.waitSignal's disconnect: see below)
    qtbot.mouseClick(page.results.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    target = tmp_path / "simulation.xlsx"
    assert written == [str(target)]
    assert asked[0].endswith(".xlsx") and page.insz not in asked[0]
    assert (
        str(target) in page.results.export_message.text()
        and page.results.export_message.isVisible()
    )

    report = page.outcome.report
    sheet = load_workbook(target)["Months"]
    top = months_header_row(report)
    assert page._view.formatted_insz in sheet.cell(2, 1).value
    months = report.months
    assert sheet.max_row == top + len(months) + 1  # the months and the totals row
    # Month, Arrears, IVT, IT, Zorgtoeslag kept, BOB kept, Federal total, Zorgtoeslag, BOB,
    # Flemish total, Difference, Stopped by IVT/IT
    first = sheet.cell(top + 1, 3)
    assert first.data_type == "n" and Decimal(str(first.value)) == months[0].ivt
    assert sheet.cell(top + 1, 2).value == ("arrears" if months[0].arrears else None)
    difference = sheet.cell(top + len(months) + 1, 11).value
    assert Decimal(str(difference)) == report.total_difference

    events = exports_audited(page)
    assert len(events) == 1
    assert json.loads(events[0].details) == {"rows": len(months), "format": "xlsx"}
    assert page.insz not in events[0].details


def test_cancelling_the_file_dialog_writes_and_audits_nothing(qtbot, page, monkeypatch):
    page.load(first_simulable(page.ctx))
    assert wait_for_ops(10_000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    written: list[str] = []
    page.exported.connect(written.append)
    page.results.export_to_excel()
    assert wait_for_ops(5_000)
    assert written == []
    assert not page.results.export_message.isVisible()
    assert exports_audited(page) == []
