"""Opening a dossier for the simulation page (worker thread, no widgets): the dossier,
the form filled with its own values, the months the first payment month may take, and
the simulation of those values (or why there is none).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from cumuldesk.domain.months import MonthRange
from cumuldesk.errors import CumulDeskError
from cumuldesk.params.loader import ParameterSet
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.dossiers.store import SIMULATED, DossierView, open_reachable
from cumuldesk.services.simulation.form import (
    SimulationForm,
    SimulationOutcome,
    form_from_dossier,
    horizon_limits,
    simulate,
)
from cumuldesk.storage.cache import LocalCache
from cumuldesk.ui.kit.formatting import money


@dataclass(frozen=True)
class LoadedSimulation:
    view: DossierView
    form: SimulationForm | None  # the dossier's values; None: nothing to simulate
    limits: MonthRange | None  # the months the first payment month may take
    outcome: SimulationOutcome | None
    problem: str | None  # why there is no outcome


def load_simulation(
    cache: LocalCache,
    identity: Identity,
    params: ParameterSet,
    insz: str,
    *,
    connect: Callable[[], Central | None],
    today: date,
    clock: Callable[[], datetime],
    online: bool | None,
    audit: bool = True,
) -> LoadedSimulation:
    """Worker thread: open the dossier (cache, else central when reachable) and simulate
    its own values; audited as "simulation_run" with the law-data version it computes
    with (`audit` False: a quiet reload after a sync). Raises DossierNotFound,
    NotAvailableOffline, BadInput."""
    view, _online = open_reachable(
        cache,
        identity,
        insz,
        connect=connect,
        today=today,
        clock=clock,
        online=online,
        audit_action=SIMULATED if audit else None,
        audit_details={"law_data_version": params.version},
    )
    limits = horizon_limits(view.input, params)
    try:
        form = form_from_dossier(view, params)
    except CumulDeskError as exc:
        return LoadedSimulation(view, None, limits, None, str(exc))
    try:
        outcome = simulate(form, view.input, params, money)
    except CumulDeskError as exc:
        return LoadedSimulation(view, form, limits, None, str(exc))
    return LoadedSimulation(view, form, limits, outcome, None)
