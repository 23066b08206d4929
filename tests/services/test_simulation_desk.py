"""The check and the simulation through the desk: typed reports with the desk's law data,
the form's inputs on the dossier's facts, the simulation page's opening (audited with
the law-data version; a quiet reload is not) and the export (audited, saying the outbox
changed)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from factories import identity_of
from openpyxl import load_workbook
from sqlalchemy import func, select
from ui.conftest import HANDLER, NOW, UI_CACHE_KEY, ui_files, ui_template

from cumuldesk.config import CentralConfig
from cumuldesk.domain.months import Month
from cumuldesk.params.loader import ParameterSet, load_parameters
from cumuldesk.services.central.connect import connect_central
from cumuldesk.services.desk import Change, Changes, Desk
from cumuldesk.services.reports import CheckReport, SimulationReport, check
from cumuldesk.services.simulation.form import (
    AmountBasis,
    FormError,
    form_from_dossier,
    simulate,
)
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import AuditEvent

__all__ = ["ui_files", "ui_template"]  # fixtures shared with the desktop tests

RENOUNCE_INSZ = "07.07.12-810.25"  # a demo dossier of team Gent (see test_letter_command)


@pytest.fixture
def desk(ui_files):
    central = connect_central(CentralConfig(f"sqlite:///{ui_files.central}", False, "test"))
    identity = identity_of(central.sessions, HANDLER)
    central.close()
    cache = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)

    def offline():
        pytest.fail("a cached dossier needs no central database")

    yield Desk(identity, cache, load_parameters(), offline, clock=lambda: NOW, demo=True)
    cache.close()


def _simulations(desk: Desk) -> int:
    with desk.cache.sessions() as session:
        return session.scalar(select(func.count()).where(AuditEvent.action == "simulation_run"))


def test_check_and_simulate_give_typed_reports_with_the_desks_law_data(desk):
    data = desk.open_dossier(RENOUNCE_INSZ, quiet=True)
    report = desk.check(data)
    assert isinstance(report, CheckReport)
    assert report == check(data.view.input, desk.law) == desk.check(data.view)
    assert report.months and all(isinstance(m.month, Month) for m in report.months)
    assert report.conflict_months == ()  # a voluntary switch: the BOB is kept
    simulated = desk.simulate(data)
    assert isinstance(simulated, SimulationReport)
    assert simulated == data.view.simulation_report(desk.law)
    assert simulated.recommendation == "renounce" and simulated.law_version is None
    # the form's inputs on the dossier's facts: the dossier's own values give the same
    form = form_from_dossier(data.view, desk.law)
    assert desk.simulate(data.view, form) == simulated
    assert desk.simulate(data, form) == simulate(form, data.view.input, desk.law).report
    later = desk.simulate(data, replace(form, first_payment_month=form.first_payment_month + 6))
    assert len(later.months) == len(simulated.months) - 6
    with pytest.raises(FormError) as bad:
        desk.simulate(data, replace(form, it_points=19, it_basis=AmountBasis.POINTS))
    assert bad.value.field == "it_points"
    # the law data in force are the desk's
    desk.law = ParameterSet(desk.law._parameters, 7, "central law data v7")
    assert desk.simulate(data).law_version == 7


def test_opening_for_the_simulation_is_audited_once_and_a_reload_is_quiet(desk):
    before = _simulations(desk)
    opened = desk.open_simulation(RENOUNCE_INSZ)
    view = opened.view
    assert opened.insz == view.insz and opened.problem is None
    assert opened.form == form_from_dossier(view, desk.law)
    assert opened.report == desk.simulate(view)
    assert opened.limits is not None and opened.form.first_payment_month in opened.limits
    assert _simulations(desk) == before + 1
    again = desk.open_simulation(RENOUNCE_INSZ, quiet=True)
    assert again.report == opened.report
    assert _simulations(desk) == before + 1  # no new access


def test_the_export_is_written_audited_and_says_the_outbox_changed(desk, tmp_path):
    report = desk.simulate(desk.open_dossier(RENOUNCE_INSZ, quiet=True))
    result = desk.export_simulation(
        report, tmp_path / "simulation", dossier_reference="CD-1", notes=["a note"]
    )
    assert result.path == tmp_path / "simulation.xlsx"  # the ending added
    assert result.rows == len(report.months)
    assert result.changes == Changes.of(Change.OUTBOX)
    block = " ".join(
        str(cell.value) for cell in load_workbook(result.path)["Months"]["A"][:12] if cell.value
    )
    assert "Dossier CD-1" in block and report.person.formatted in block and "a note" in block
    assert "An Demo" in block
    with desk.cache.sessions() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "simulation_exported")
        ).one()
    assert json.loads(event.details) == {"rows": len(report.months), "format": "xlsx"}
    assert event.actor == HANDLER and report.person.insz not in (event.subject or "")


def test_screen_again_gives_a_work_list_row_the_desks_own_verdict_without_an_access(desk):
    """The work list's Screen again (issue 18): the case checked and simulated on the
    desk as the central screening does, the row given that result (marked as screened
    here, not stale), and no dossier access recorded (the handler opened nothing)."""
    from cumuldesk.services.screening import result_of
    from cumuldesk.services.worklist import screen_again

    digits = "".join(ch for ch in RENOUNCE_INSZ if ch.isdigit())
    item = next(i for i in desk.worklist() if i.insz == digits)
    with desk.cache.sessions() as session:
        accesses = session.scalar(select(func.count()).select_from(AuditEvent))
    fresh = screen_again(desk, item, now=NOW)
    with desk.cache.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == accesses
    data = desk.open_dossier(digits, quiet=True)
    expected = result_of(
        item.reference, desk.simulate(data), len(desk.check(data).conflict_months), NOW
    )
    assert fresh.screening == expected
    assert fresh.screening.proposes_renunciation and fresh.screening.at_stake > 0
    assert fresh.screened_here and not fresh.screening_stale
