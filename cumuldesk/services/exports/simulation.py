"""Export of one simulation (IVT/IT against zorgtoeslag + BOB) to an Excel workbook; no Qt.

The first sheet holds the month table as the simulation page shows it: the month (a
real date shown as mm/yyyy), whether it is an arrears month (before the notified month:
the BOB already paid is kept), the amounts per month (numbers in a EUR format) with what
is kept with the IVT/IT in its own columns (never inside IVT + IT), a column naming the
benefits IVT/IT stops in that month, and a bold totals row under the table. Its header
block names the dossier (case reference, formatted INSZ), the months compared, the
notified month with the totals of the arrears months and of the months from it on, the
recommendation and the law-data version it was computed with. The second sheet lists the
law values the simulation used: their name in words, value, unit, effective date, the
months used for, their kind (sourced, computed, carried), source; then the open points
of law the verdict rests on. Written by the shared writer `services.exports.spreadsheets`
(private file, whole or not at all).

`record_simulation_export` audits it: how many months, never a name, an INSZ or an amount;
`export_and_record` (the desk's `Desk.export_simulation`) does both for a handler.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cumuldesk.domain.law import Kind
from cumuldesk.domain.money import cents
from cumuldesk.domain.months import Month
from cumuldesk.domain.simulation import MonthRow, Recommendation, UsedParameter
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.desk import Change, Changes
from cumuldesk.services.exports.spreadsheets import (
    CONTEXT,
    Column,
    Sheet,
    Translate,
    header_row,
    untranslated,
    write_workbook,
    xlsx_path,
)
from cumuldesk.services.law.names import kind_name, value_name
from cumuldesk.services.reports import SimulationReport
from cumuldesk.services.simulation.words import (
    law_data_name,
    open_point_lines,
    split_totals,
    unverified_values,
)
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.sync.outbox import record_local

AUDIT_ACTION = "simulation_exported"
TITLE = QT_TRANSLATE_NOOP("Spreadsheet", "CumulDesk simulation: IVT/IT against zorgtoeslag + BOB")
SHEET_NAME = QT_TRANSLATE_NOOP("Spreadsheet", "Months")
PARAMETERS_SHEET = QT_TRANSLATE_NOOP("Spreadsheet", "Parameters")
PARAMETERS_TITLE = QT_TRANSLATE_NOOP("Spreadsheet", "Law parameters used by the simulation")
STOPPED_HEADER = QT_TRANSLATE_NOOP("Spreadsheet", "Stopped by IVT/IT")
YES = QT_TRANSLATE_NOOP("Spreadsheet", "yes")
NO = QT_TRANSLATE_NOOP("Spreadsheet", "no")
UNITS = {  # the parameters' units (resources/parameters/*.toml) in the handler's words
    "EUR/month": QT_TRANSLATE_NOOP("Spreadsheet", "EUR/month"),
    "EUR/year": QT_TRANSLATE_NOOP("Spreadsheet", "EUR/year"),
    "boolean": QT_TRANSLATE_NOOP("Spreadsheet", "yes/no"),
}
ARREARS = QT_TRANSLATE_NOOP("Spreadsheet", "arrears")
# the month sheet's amounts: the federal side (IVT, IT, what is kept with them), the
# Flemish side, the difference
AMOUNTS: dict[str, Callable[[MonthRow], Decimal]] = {
    "ivt": lambda row: row.ivt,
    "it": lambda row: row.it,
    "zorgtoeslag_kept": lambda row: row.zorgtoeslag_kept,
    "bob_kept": lambda row: row.bob_kept,
    "federal": lambda row: row.federal,
    "zorgtoeslag": lambda row: row.zorgtoeslag,
    "bob": lambda row: row.bob,
    "flemish": lambda row: row.flemish,
    "difference": lambda row: row.difference,
}
AMOUNT_KEYS = tuple(AMOUNTS)

MONTH_COLUMNS: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("Spreadsheet", "Month"), "month", 18
    ),  # wide enough for "Total (36 months)"
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Arrears"), "text", 16),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "IVT"), "eur", 14),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "IT"), "eur", 14),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Zorgtoeslag kept"), "eur", 16),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "BOB kept"), "eur", 14),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Federal total"), "eur", 15),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Zorgtoeslag"), "eur", 14),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "BOB"), "eur", 14),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Flemish total"), "eur", 15),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Difference"), "eur", 15),
    Column(STOPPED_HEADER, "text", 24),
)
PARAMETER_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Name"), "text", 44),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Amount"), "eur", 14),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Value"), "text", 10),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Unit"), "text", 12),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Effective date"), "date", 14),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Used from"), "month", 11),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Used until"), "month", 11),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Kind"), "text", 14),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Source"), "text", 60),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "Link"), "text", 30),
    Column(QT_TRANSLATE_NOOP("Spreadsheet", "File"), "text", 28),
)
RECOMMENDATION_TEXT = {
    Recommendation.RENOUNCE: QT_TRANSLATE_NOOP(
        "Spreadsheet", "zorgtoeslag + BOB is more favourable: propose to renounce IVT/IT."
    ),
    Recommendation.IVT_IT: QT_TRANSLATE_NOOP(
        "Spreadsheet", "IVT/IT is more favourable: keep IVT/IT."
    ),
    Recommendation.NOT_APPLICABLE: QT_TRANSLATE_NOOP(
        "Spreadsheet", "not applicable: no cumulation ban applies to these months."
    ),
}


_STOPPABLE: tuple[tuple[str, Callable[[MonthRow], bool]], ...] = (
    (QT_TRANSLATE_NOOP("Spreadsheet", "zorgtoeslag"), lambda row: row.zorgtoeslag_banned),
    (QT_TRANSLATE_NOOP("Spreadsheet", "BOB"), lambda row: row.bob_banned),
)


def _stopped(month: MonthRow, t: Translate = untranslated) -> str:
    names = [t(CONTEXT, name) for name, stopped in _STOPPABLE if stopped(month)]
    return t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", " and ")).join(names)


def month_rows(report: SimulationReport, t: Translate = untranslated) -> list[list[Any]]:
    """The month table: one row per month, in MONTH_COLUMNS' order."""
    return [
        [
            month.month,
            t(CONTEXT, ARREARS) if month.arrears else None,
            *(cents(amount(month)) for amount in AMOUNTS.values()),
            _stopped(month, t),
        ]
        for month in report.months
    ]


def columns(specs: Sequence[Column], t: Translate = untranslated) -> list[Column]:
    """The columns with their headers in the handler's language."""
    return [Column(t(CONTEXT, c.header), c.kind, c.width) for c in specs]


def totals_row(report: SimulationReport, t: Translate = untranslated) -> list[Any]:
    """The totals under the month table: each amount column summed (federal, Flemish
    and difference as the report states them) and how many months stop a benefit."""
    months = report.months
    sums: dict[str, Decimal] = {
        key: sum((cents(amount(m)) for m in months), Decimal(0)) for key, amount in AMOUNTS.items()
    }
    sums["federal"] = cents(report.total_federal)
    sums["flemish"] = cents(report.total_flemish)
    sums["difference"] = cents(report.total_difference)
    stopped = sum(1 for month in months if _stopped(month))
    arrears = sum(1 for month in months if month.arrears)
    count = len(months)
    label = (
        t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "Total (1 month)"))
        if count == 1
        else t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "Total ({count} months)"))
    ).format(count=count)
    of = t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "{stopped} of {count} months"))
    return [
        label,
        of.format(stopped=arrears, count=count),
        *(sums[key] for key in AMOUNT_KEYS),
        of.format(stopped=stopped, count=count),
    ]


def unit_text(unit: str, t: Translate | None = None) -> str:
    """A parameter's unit in the handler's words (the window's parameter table too);
    without `t` (the command line) the unit as the parameter files write it."""
    return t(CONTEXT, UNITS[unit]) if t is not None and unit in UNITS else unit


def kind_text(kind: Kind, t: Translate = untranslated) -> str:
    """sourced, computed, or CARRIED (loudly: no value is known for that date)."""
    words = kind_name(kind, t)
    return words.upper() if kind is Kind.CARRIED else words


def _parameter_row(parameter: UsedParameter, t: Translate = untranslated) -> list[Any]:
    law = parameter.value
    name = value_name(law.name, law.bracket, t)
    unit = law.unit
    value = law.value if isinstance(law.value, bool) else cents(law.value)
    amount = value if unit.startswith("EUR") and not isinstance(value, bool) else None
    if isinstance(value, bool):
        shown: Any = t(CONTEXT, YES if value else NO)
    else:
        shown = None if amount is not None else str(value)
    return [
        name,
        amount,
        shown,
        unit_text(unit, None if t is untranslated else t),
        law.effective,
        parameter.first_month,
        parameter.last_month,
        kind_text(law.kind, t),
        law.source_title or "",
        law.source_url or "",
        law.origin or "",
    ]


def parameter_rows(report: SimulationReport, t: Translate = untranslated) -> list[list[Any]]:
    """The parameters sheet: one row per parameter value, in PARAMETER_COLUMNS' order."""
    return [_parameter_row(parameter, t) for parameter in report.parameters]


def _dossier(reference: str, insz_formatted: str, t: Translate) -> str:
    case = reference or t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "(no case)"))
    return t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "Dossier {case}, INSZ {insz}")).format(
        case=case, insz=insz_formatted
    )


def description_lines(
    report: SimulationReport,
    dossier_reference: str,
    insz_formatted: str,
    t: Translate = untranslated,
) -> list[str]:
    horizon = report.horizon
    count = len(report.months)
    dossier = _dossier(dossier_reference, insz_formatted, t)
    if horizon is not None:
        compared = t(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Spreadsheet", "{dossier}: {count} months compared, {start} to {end}."
            ),
        ).format(
            dossier=dossier,
            count=count,
            start=_month_text(horizon.start),
            end=_month_text(horizon.end),
        )
    else:
        compared = t(
            CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "{dossier}: {count} months compared.")
        ).format(dossier=dossier, count=count)
    recommendation = t(CONTEXT, RECOMMENDATION_TEXT[report.recommendation])
    lines = [
        compared,
        *_arrears_lines(report, t),
        t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "Recommendation: {text}")).format(
            text=recommendation
        ),
        t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "Computed with {law_data}.")).format(
            law_data=law_data_name(report.law_version, t)
        ),
        t(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Spreadsheet",
                '"{stopped}" names the benefits not paid together with IVT/IT in that '
                "month (cumulation ban). Difference = federal total - Flemish total. "
                "Amounts in EUR per month.",
            ),
        ).format(stopped=t(CONTEXT, STOPPED_HEADER)),
    ]
    if unverified_values(report):
        lines.append(
            t(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "Some law values used are computed or carried, or open points of law "
                    "(sheet {sheet}, column Kind): check them before deciding.",
                ),
            ).format(sheet=t(CONTEXT, PARAMETERS_SHEET))
        )
    return lines


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def _arrears_lines(report: SimulationReport, t: Translate) -> list[str]:
    """The notified month, and the totals of the arrears months and of the months from
    the notification on (one line each)."""
    split = split_totals(report)
    if split.notified_month is None:
        return []
    notified = _month_text(split.notified_month)
    head = t(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Spreadsheet",
            "Notified month {month}: the first month the zorgkas and the Groeipakket no "
            "longer pay; the months before it are arrears (the BOB already paid is kept).",
        ),
    ).format(month=notified)
    part = t(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Spreadsheet",
            "{part}: {count} months, federal {federal} EUR, Flemish {flemish} EUR, "
            "difference {difference} EUR.",
        ),
    )
    lines = [head]
    for name, sums in (
        (QT_TRANSLATE_NOOP("Spreadsheet", "Arrears months"), split.arrears),
        (QT_TRANSLATE_NOOP("Spreadsheet", "From the notified month on"), split.notified),
    ):
        lines.append(
            part.format(
                part=t(CONTEXT, name),
                count=sums.months,
                federal=_money(sums.federal),
                flemish=_money(sums.flemish),
                difference=_money(sums.difference),
            )
        )
    return lines


def _month_text(month: Month) -> str:
    return f"{month.month:02d}/{month.year:04d}"


def months_header_row(report: SimulationReport) -> int:
    """The row of the month table's column headers (for readers of the file)."""
    return header_row(description_lines(report, "x", "x"))


def export_simulation(
    report: SimulationReport,
    path: Path | str,
    *,
    dossier_reference: str,
    insz_formatted: str,
    exported_by: str,
    exported_at: datetime,
    notes: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    translate: Translate = untranslated,
) -> int:
    """Write the simulation `report` (services.reports.SimulationReport) to the
    workbook `path` (".xlsx" added when missing) and return how many months it holds.
    `notes`: more header lines (say which inputs differ from the dossier's values).
    Raises BadInput (folder missing, not writable) or ExportCancelled."""
    t = translate
    parameters: Sequence[list[Any]] = parameter_rows(report, t)
    dossier = _dossier(dossier_reference, insz_formatted, t)
    law_data = t(CONTEXT, QT_TRANSLATE_NOOP("Spreadsheet", "Computed with {law_data}.")).format(
        law_data=law_data_name(report.law_version, t)
    )
    points = open_point_lines(unverified_values(report), t, lambda d: f"{d:%d/%m/%Y}", _month_text)
    return write_workbook(
        path,
        title=t(CONTEXT, TITLE),
        exported_by=exported_by,
        exported_at=exported_at,
        description_lines=[
            *description_lines(report, dossier_reference, insz_formatted, t),
            *notes,
        ],
        columns=columns(MONTH_COLUMNS, t),
        rows=month_rows(report, t),
        totals=totals_row(report, t),
        progress=progress,
        cancel=cancel,
        sheet_name=t(CONTEXT, SHEET_NAME),
        translate=t,
        more_sheets=[
            Sheet(
                t(CONTEXT, PARAMETERS_SHEET),
                t(CONTEXT, PARAMETERS_TITLE),
                columns(PARAMETER_COLUMNS, t),
                parameters,
                [
                    t(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("Spreadsheet", "{dossier}: {count} parameter values."),
                    ).format(dossier=dossier, count=len(parameters)),
                    law_data,
                    t(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Spreadsheet",
                            "Kind: sourced (read on a public page), computed (by a sourced "
                            "rule, no published table confirms it) or CARRIED (no value "
                            "known for that date: the last one reused).",
                        ),
                    ),
                    *points,
                    t(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Spreadsheet", "Amount: in EUR, per month or per year as the unit says."
                        ),
                    ),
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


@dataclass(frozen=True)
class SimulationExport:
    """A simulation written to a workbook and audited."""

    path: Path  # the workbook (".xlsx" added when it was missing)
    rows: int  # the months it holds
    changes: Changes  # the audit event waits in the outbox


def export_and_record(
    cache: LocalCache,
    identity: Identity,
    report: SimulationReport,
    path: Path | str,
    *,
    dossier_reference: str,
    notes: Sequence[str] = (),
    clock: Callable[[], datetime] = utcnow,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    translate: Translate = untranslated,
) -> SimulationExport:
    """`export_simulation` by this handler (named in the file), then
    `record_simulation_export` with the dossier as the event's subject. Raises BadInput
    or ExportCancelled (nothing written, nothing audited)."""
    target = xlsx_path(path)
    rows = export_simulation(
        report,
        target,
        dossier_reference=dossier_reference,
        insz_formatted=report.person.formatted,
        exported_by=f"{identity.display_name} ({identity.username})",
        exported_at=clock(),
        notes=notes,
        progress=progress,
        cancel=cancel,
        translate=translate,
    )
    record_simulation_export(
        cache, identity.username, rows=rows, clock=clock, insz=report.person.insz
    )
    return SimulationExport(target, rows, Changes.of(Change.OUTBOX))
