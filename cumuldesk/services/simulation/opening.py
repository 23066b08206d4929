"""Opening a dossier for the simulation page (worker thread, no Qt): the form filled with
the dossier's own values, the months the first payment month may take, and the
simulation of those values (or why there is none). `Desk.open_simulation` reads the
dossier (one cache session, audited as "simulation_run" with the law-data version) and
gives it here.
"""

from __future__ import annotations

from dataclasses import dataclass

from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.months import MonthRange
from cumuldesk.errors import CumulDeskError
from cumuldesk.services.dossiers.store import DossierView
from cumuldesk.services.reports import SimulationReport
from cumuldesk.services.simulation.form import (
    SimulationForm,
    form_from_dossier,
    horizon_limits,
    simulation_of,
)


@dataclass(frozen=True)
class OpenedSimulation:
    """A dossier as the simulation page opens it."""

    view: DossierView
    form: SimulationForm | None  # the dossier's values; None: nothing to simulate
    limits: MonthRange | None  # the months the first payment month may take
    report: SimulationReport | None  # the simulation of the dossier's values
    problem: str | None  # why there is no form or no report

    @property
    def insz(self) -> str:
        return self.view.insz


def simulation_of_dossier(view: DossierView, params: LegalParameters) -> OpenedSimulation:
    """The form of the dossier's own values and their simulation with `params`; what
    cannot be simulated says why in `problem` (a dossier without an IVT/IT decision, a
    Brussels zorgtoeslag known as points only, law data without a value for a month)."""
    limits = horizon_limits(view.input, params)
    try:
        form = form_from_dossier(view, params)
    except CumulDeskError as exc:
        return OpenedSimulation(view, None, limits, None, str(exc))
    try:
        report = simulation_of(form, view.input, params)
    except CumulDeskError as exc:
        return OpenedSimulation(view, form, limits, None, str(exc))
    return OpenedSimulation(view, form, limits, report, None)
