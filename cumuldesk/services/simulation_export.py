"""Export of one simulation (IVT/IT against zorgtoeslag + BOB) to an Excel workbook; no Qt.

The first sheet holds the month table as the simulation page shows it: the month (a
real date shown as mm/yyyy), the amounts per month (numbers in a EUR format), a column
naming the benefits IVT/IT stops in that month, and a bold totals row under the table.
Its header block names the dossier (case reference, formatted INSZ), the months
compared and the recommendation. The second sheet lists the law parameters the
simulation used: name, value, unit, effective date, the months it was used for, its
source and whether it is verified. Written by the shared writer `services.spreadsheets`
(private file, whole or not at all).

`record_simulation_export` audits it: how many months, never a name, an INSZ or an amount.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cumuldesk.services.spreadsheets import Column, Sheet, header_row, write_workbook
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.sync.outbox import record_local

AUDIT_ACTION = "simulation_exported"
TITLE = "CumulDesk simulation: IVT/IT against zorgtoeslag + BOB"
SHEET_NAME = "Months"
PARAMETERS_SHEET = "Parameters"
PARAMETERS_TITLE = "Law parameters used by the simulation"
STOPPED_HEADER = "Stopped by IVT/IT"
AMOUNT_KEYS = ("ivt", "it", "zorgtoeslag", "bob", "federal", "flemish", "difference")

MONTH_COLUMNS: tuple[Column, ...] = (
    Column("Month", "month", 18),  # wide enough for "Total (36 months)"
    Column("IVT", "eur", 14),
    Column("IT", "eur", 14),
    Column("Zorgtoeslag", "eur", 14),
    Column("BOB", "eur", 14),
    Column("Federal total", "eur", 15),
    Column("Flemish total", "eur", 15),
    Column("Difference", "eur", 15),
    Column(STOPPED_HEADER, "text", 24),
)
PARAMETER_COLUMNS: tuple[Column, ...] = (
    Column("Name", "text", 44),
    Column("Amount", "eur", 14),
    Column("Value", "text", 10),
    Column("Unit", "text", 12),
    Column("Effective date", "date", 14),
    Column("Used from", "month", 11),
    Column("Used until", "month", 11),
    Column("Verified", "text", 10),
    Column("Source", "text", 60),
    Column("Link", "text", 30),
    Column("File", "text", 28),
)
RECOMMENDATION_TEXT = {
    "renounce": "zorgtoeslag + BOB is more favourable: propose to renounce IVT/IT.",
    "ivt_it": "IVT/IT is more favourable: keep IVT/IT.",
    "not_applicable": "not applicable: no cumulation ban applies to these months.",
}


def _stopped(month: Mapping[str, Any]) -> str:
    names = [
        name
        for name, key in (("zorgtoeslag", "zorgtoeslag_banned"), ("BOB", "bob_banned"))
        if month.get(key)
    ]
    return " and ".join(names)


def month_rows(report: Mapping[str, Any]) -> list[list[Any]]:
    """The month table: one row per month, in MONTH_COLUMNS' order."""
    return [
        [month["month"], *(Decimal(month[key]) for key in AMOUNT_KEYS), _stopped(month)]
        for month in report["months"]
    ]


def totals_row(report: Mapping[str, Any]) -> list[Any]:
    """The totals under the month table: each amount column summed (federal, Flemish
    and difference as the report states them) and how many months stop a benefit."""
    months = report["months"]
    totals = report["totals"]
    sums: dict[str, Decimal] = {
        key: sum((Decimal(m[key]) for m in months), Decimal(0)) for key in AMOUNT_KEYS
    }
    for key in ("federal", "flemish", "difference"):
        sums[key] = Decimal(totals[key])
    stopped = sum(1 for month in months if _stopped(month))
    count = int(totals.get("months", len(months)))
    label = "Total (1 month)" if count == 1 else f"Total ({count} months)"
    return [label, *(sums[key] for key in AMOUNT_KEYS), f"{stopped} of {count} months"]


def _parameter_row(parameter: Mapping[str, Any]) -> list[Any]:
    name = parameter["name"]
    if parameter.get("bracket"):
        name = f"{name}[{parameter['bracket']}]"
    value, unit = parameter["value"], str(parameter.get("unit") or "")
    amount = value if unit.startswith("EUR") and not isinstance(value, bool) else None
    if isinstance(value, bool):
        shown: Any = "yes" if value else "no"
    else:
        shown = None if amount is not None else str(value)
    return [
        name,
        Decimal(amount) if amount is not None else None,
        shown,
        unit,
        date.fromisoformat(parameter["effective"]),
        parameter.get("first_month"),
        parameter.get("last_month"),
        "yes" if parameter.get("verified") else "NO: check before deciding",
        parameter.get("source") or "",
        parameter.get("url") or "",
        parameter.get("origin") or "",
    ]


def parameter_rows(report: Mapping[str, Any]) -> list[list[Any]]:
    """The parameters sheet: one row per parameter value, in PARAMETER_COLUMNS' order."""
    return [_parameter_row(parameter) for parameter in report["parameters"]]


def description_lines(
    report: Mapping[str, Any], dossier_reference: str, insz_formatted: str
) -> list[str]:
    horizon = report.get("horizon") or {}
    count = report["totals"]["months"]
    span = ""
    if horizon.get("start") and horizon.get("end"):
        span = f", {_month_text(horizon['start'])} to {_month_text(horizon['end'])}"
    recommendation = RECOMMENDATION_TEXT.get(report["recommendation"], report["recommendation"])
    lines = [
        f"Dossier {dossier_reference or '(no case)'}, INSZ {insz_formatted}: "
        f"{count} months compared{span}.",
        f"Recommendation: {recommendation}",
        f'"{STOPPED_HEADER}" names the benefits not paid together with IVT/IT in that '
        "month (cumulation ban). Difference = federal total - Flemish total. Amounts in "
        "EUR per month.",
    ]
    if report.get("unverified_parameters"):
        lines.append(
            "Some law parameters used are not verified (sheet Parameters): check them "
            "before deciding."
        )
    return lines


def _month_text(month: str) -> str:
    year, number = month.split("-")
    return f"{number}/{year}"


def months_header_row(report: Mapping[str, Any]) -> int:
    """The row of the month table's column headers (for readers of the file)."""
    return header_row(description_lines(report, "x", "x"))


def export_simulation(
    report: dict[str, Any],
    path: Path | str,
    *,
    dossier_reference: str,
    insz_formatted: str,
    exported_by: str,
    exported_at: datetime,
    notes: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the simulation `report` (services.assessment.simulation_report's dict) to the
    workbook `path` (".xlsx" added when missing) and return how many months it holds.
    `notes`: more header lines (say which inputs differ from the dossier's values).
    Raises BadInput (folder missing, not writable) or ExportCancelled."""
    parameters: Sequence[list[Any]] = parameter_rows(report)
    return write_workbook(
        path,
        title=TITLE,
        exported_by=exported_by,
        exported_at=exported_at,
        description_lines=[
            *description_lines(report, dossier_reference, insz_formatted),
            *notes,
        ],
        columns=MONTH_COLUMNS,
        rows=month_rows(report),
        totals=totals_row(report),
        progress=progress,
        cancel=cancel,
        sheet_name=SHEET_NAME,
        more_sheets=[
            Sheet(
                PARAMETERS_SHEET,
                PARAMETERS_TITLE,
                PARAMETER_COLUMNS,
                parameters,
                [
                    f"Dossier {dossier_reference or '(no case)'}, INSZ {insz_formatted}: "
                    f"{len(parameters)} parameter values.",
                    "Amount: in EUR, per month or per year as the unit says.",
                ],
            )
        ],
    )


def record_simulation_export(
    cache: LocalCache,
    username: str,
    *,
    rows: int,
    clock: Callable[[], datetime] = utcnow,
    insz: str | None = None,
) -> None:
    """Audit a simulation export in the cache (carried to the central trail by the
    outbox): how many months. The dossier, when given, is the event's subject (the
    trail keeps its pseudonym); the details hold no personal data."""
    with cache.sessions.begin() as session:
        record_local(
            session,
            username,
            AUDIT_ACTION,
            insz=insz,
            details={"rows": rows, "format": "xlsx"},
            clock=clock,
        )
