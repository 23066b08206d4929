"""The check and simulation reports as JSON: the one edge where they become text.

`cumuldesk check --json`, `cumuldesk simulate --json`, `cumuldesk params --json` and
`cumuldesk dossier --json` print these dictionaries; their shape is documented and
guarded byte for byte (tests/cli, tests/scenarios). Amounts are strings with two
decimals, months `YYYY-MM`, days `YYYY-MM-DD`. Inside the application the reports stay
typed (`cumuldesk.services.reports`).
"""

from __future__ import annotations

from typing import Any

from cumuldesk.domain.cumulation import MonthAssessment
from cumuldesk.domain.law import LegalValue
from cumuldesk.domain.money import format_amount
from cumuldesk.domain.simulation import MonthRow, UsedParameter
from cumuldesk.services.reports import CheckReport, ReportPerson, SimulationReport


def person_json(person: ReportPerson) -> dict[str, Any]:
    return {
        "insz": person.insz,
        "formatted": person.formatted,
        "birth_date": person.birth_date.isoformat(),
        "region": person.region.value,
    }


def _assessment_json(m: MonthAssessment) -> dict[str, Any]:
    return {
        "month": str(m.month),
        "status": m.status.value,
        "in_ban_window": m.in_ban_window,
        "bob": m.bob,
        "bob_voluntary_switch": m.bob_voluntary_switch,
        "ivt_it": m.ivt_it,
        "ivt_it_paid": format_amount(m.ivt_it_paid),
    }


def check_json(report: CheckReport) -> dict[str, Any]:
    """`cumuldesk check --json` (without the law-data keys the command adds)."""
    window = report.ban_window
    query = report.query_window
    result: dict[str, Any] = {
        **person_json(report.person),
        "as_of": report.as_of.isoformat(),
        "ban_start": report.ban_start.isoformat() if report.ban_start else None,
        "ban_window": {"start": str(window.start), "end": str(window.end)} if window else None,
        "conflict_months": [str(m) for m in report.conflict_months],
        "query_window": (
            {"start": query.start.isoformat(), "end": query.end.isoformat()} if query else None
        ),
        "months": [_assessment_json(m) for m in report.months],
    }
    impact = report.retroactive_change
    if impact is not None:
        result["retroactive_change"] = {
            "bob_owed_again": [str(m) for m in impact.bob_owed_again],
            "bob_must_stop": [str(m) for m in impact.bob_must_stop],
        }
    return result


def parameter_json(value: LegalValue) -> dict[str, Any]:
    """One law value (`cumuldesk params --json`, and each parameter a simulation used)."""
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


def simulation_json(report: SimulationReport) -> dict[str, Any]:
    """`cumuldesk simulate --json` (without the law-data origin the command adds). Each
    month: the amounts of both sides, what is kept on the federal side besides IVT + IT
    (`zorgtoeslag_kept`, `bob_kept`), whether it is an arrears month (before
    `notified_month`: the BOB paid is kept)."""
    horizon = report.horizon
    notified = report.notified_month
    return {
        **person_json(report.person),
        "horizon": {"start": str(horizon.start), "end": str(horizon.end)} if horizon else None,
        "notified_month": str(notified) if notified is not None else None,
        "months": [_month_json(row) for row in report.months],
        "totals": {
            "months": len(report.months),
            "arrears_months": len(report.arrears_months),
            "federal": format_amount(report.total_federal),
            "flemish": format_amount(report.total_flemish),
            "difference": format_amount(report.total_difference),
        },
        "recommendation": report.recommendation.value,
        "reasons": list(report.reasons),
        "basis": dict(report.basis),
        "unverified_parameters": bool(report.unverified),
        "parameters": [_used_json(used) for used in report.parameters],
        "open_points": [_used_json(used) for used in report.open_points],
        "law_data_version": report.law_version,
        "law_data": report.law_data,
    }
