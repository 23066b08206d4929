"""Use cases on one dossier: the cumulation check and the simulation, as plain data.

The command line prints these dictionaries as JSON or as tables; the user interface
(later) shows them. Amounts are strings with two decimals, months `YYYY-MM`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cumuldesk.domain.cumulation import (
    MonthStatus,
    assess_months,
    ban_window,
    query_window,
    retroactive_change,
)
from cumuldesk.domain.insz import format_insz
from cumuldesk.domain.law import LegalParameters, LegalValue
from cumuldesk.domain.money import format_amount
from cumuldesk.domain.simulation import (
    BOB_BAN,
    MonthRow,
    SimulationInputError,
    SimulationResult,
    UsedParameter,
    simulate,
)
from cumuldesk.params.loader import SHIPPED
from cumuldesk.services.dossiers.input import DossierInput, InputError, parse_simulation


def ban_start(params: LegalParameters) -> date | None:
    """The date from which the BOB / IVT-IT cumulation ban is in force."""
    return params.first_effective(BOB_BAN, True)


def _identity(parsed: DossierInput) -> dict[str, Any]:
    dossier = parsed.dossier
    return {
        "insz": dossier.insz,
        "formatted": format_insz(dossier.insz),
        "birth_date": dossier.birth_date.isoformat(),
        "region": dossier.region.value,
    }


def check(parsed: DossierInput, params: LegalParameters) -> dict[str, Any]:
    """Conflict months, month statuses, query window and any retroactive change."""
    dossier = parsed.dossier
    start = ban_start(params)
    window = ban_window(dossier.birth_date, start) if start else None
    months = (
        assess_months(dossier.birth_date, start, dossier.bob_periods, dossier.ivt_it_periods)
        if start
        else []
    )
    query = query_window(dossier.birth_date, parsed.as_of)
    result: dict[str, Any] = {
        **_identity(parsed),
        "as_of": parsed.as_of.isoformat(),
        "ban_start": start.isoformat() if start else None,
        "ban_window": {"start": str(window.start), "end": str(window.end)} if window else None,
        "conflict_months": [str(m.month) for m in months if m.status is MonthStatus.CONFLICT],
        "query_window": (
            {"start": query.start.isoformat(), "end": query.end.isoformat()} if query else None
        ),
        "months": [
            {
                "month": str(m.month),
                "status": m.status.value,
                "in_ban_window": m.in_ban_window,
                "bob": m.bob,
                "bob_voluntary_switch": m.bob_voluntary_switch,
                "ivt_it": m.ivt_it,
                "ivt_it_paid": format_amount(m.ivt_it_paid),
            }
            for m in months
        ],
    }
    if parsed.previous_ivt_it_periods is not None and start is not None:
        impact = retroactive_change(
            dossier.birth_date,
            start,
            parsed.previous_ivt_it_periods,
            dossier.ivt_it_periods,
            dossier.bob_periods,
        )
        result["retroactive_change"] = {
            "bob_owed_again": [str(m) for m in impact.bob_owed_again],
            "bob_must_stop": [str(m) for m in impact.bob_must_stop],
        }
    return result


def parameter_json(value: LegalValue) -> dict[str, Any]:
    return {
        "name": value.name,
        "bracket": value.bracket,
        "effective": value.effective.isoformat(),
        "value": value.value if isinstance(value.value, bool) else format_amount(value.value),
        "unit": value.unit,
        "verified": value.verified,
        "kind": value.kind.value,
        "source": value.source_title,
        "url": value.source_url,
        "origin": value.origin,
    }


def _used_json(used: UsedParameter) -> dict[str, Any]:
    return {
        **parameter_json(used.value),
        "first_month": str(used.first_month),
        "last_month": str(used.last_month),
    }


def law_data_label(version: int | None) -> str:
    """The law-data version in words, as `ParameterSet.version_label` says it."""
    return SHIPPED if version is None else f"law data v{version}"


def _month_json(row: MonthRow) -> dict[str, Any]:
    return {
        "month": str(row.month),
        "ivt": format_amount(row.ivt),
        "it": format_amount(row.it),
        "zorgtoeslag": format_amount(row.zorgtoeslag),
        "bob": format_amount(row.bob),
        "federal": format_amount(row.federal),
        "flemish": format_amount(row.flemish),
        "difference": format_amount(row.difference),
        "zorgtoeslag_banned": row.zorgtoeslag_banned,
        "bob_banned": row.bob_banned,
        "arrears": row.arrears,
        "ivt_it": format_amount(row.ivt_it),
        "zorgtoeslag_kept": format_amount(row.zorgtoeslag_kept),
        "bob_kept": format_amount(row.bob_kept),
        "zorgtoeslag_recovered": row.zorgtoeslag_recovered,
        "bob_voluntary_switch": row.bob_voluntary_switch,
    }


def simulation_json(result: SimulationResult) -> dict[str, Any]:
    """The simulation as plain data. Each month: the amounts of both sides, what is
    kept on the federal side besides IVT + IT (`zorgtoeslag_kept`, `bob_kept`), whether
    it is an arrears month (before `notified_month`: the BOB paid is kept)."""
    return {
        "horizon": (
            {"start": str(result.horizon.start), "end": str(result.horizon.end)}
            if result.horizon
            else None
        ),
        "notified_month": (
            str(result.notified_month) if result.notified_month is not None else None
        ),
        "months": [_month_json(row) for row in result.months],
        "totals": {
            "months": len(result.months),
            "arrears_months": len(result.arrears_months),
            "federal": format_amount(result.total_federal),
            "flemish": format_amount(result.total_flemish),
            "difference": format_amount(result.total_difference),
        },
        "recommendation": result.recommendation.value,
        "reasons": list(result.reasons),
        "basis": dict(result.basis),
        "unverified_parameters": bool(result.unverified),
        "parameters": [_used_json(used) for used in result.parameters],
        "open_points": [_used_json(used) for used in result.open_points],
        "law_data_version": result.law_version,
        "law_data": law_data_label(result.law_version),
    }


def run_simulation(parsed: DossierInput, params: LegalParameters) -> SimulationResult:
    """Simulate a dossier's `simulation` inputs; InputError names the bad field."""
    data = parse_simulation(parsed)
    try:
        return simulate(data, params)
    except SimulationInputError as exc:
        raise InputError(f"simulation.{exc.field}", exc.message, exc.text) from None


def simulation_report(parsed: DossierInput, params: LegalParameters) -> dict[str, Any]:
    return {**_identity(parsed), **simulation_json(run_simulation(parsed, params))}
