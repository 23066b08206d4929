"""Use cases on one dossier: the cumulation check and the simulation, as typed values.

`check` gives a `CheckReport` and `simulation_report` a `SimulationReport`: frozen
dataclasses of `Month`, `MonthRange`, `Decimal`, enums (`MonthStatus`, `Recommendation`)
and the law values used (`UsedParameter`, `LegalValue`). The window, the letters and the
exports read these values; JSON exists only at the edge (`cumuldesk.commands.report_json`
prints `cumuldesk check --json` and `cumuldesk simulate --json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cumuldesk.domain.cumulation import (
    DateWindow,
    MonthAssessment,
    MonthStatus,
    RetroactiveImpact,
    assess_months,
    ban_window,
    query_window,
    retroactive_change,
)
from cumuldesk.domain.dossier import Dossier, Region
from cumuldesk.domain.insz import format_insz
from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.months import Month, MonthRange
from cumuldesk.domain.simulation import (
    BOB_BAN,
    MonthRow,
    Recommendation,
    SimulationInput,
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


def law_data_label(version: int | None) -> str:
    """The law-data version in words, as `ParameterSet.version_label` says it."""
    return SHIPPED if version is None else f"law data v{version}"


@dataclass(frozen=True)
class ReportPerson:
    """Whom a report is about. Kept in memory only: never logged."""

    insz: str  # 11 digits
    birth_date: date
    region: Region

    @classmethod
    def of(cls, dossier: Dossier) -> ReportPerson:
        return cls(dossier.insz, dossier.birth_date, dossier.region)

    @property
    def formatted(self) -> str:
        """The INSZ as `YY.MM.DD-XXX.CC`."""
        return format_insz(self.insz)


@dataclass(frozen=True)
class CheckReport:
    """The cumulation check of one dossier on a day (`as_of`).

    `months`: every month from the 18th to the 21st birthday with its status (empty when
    the law data know no ban); `retroactive_change`: the BOB months an IVT/IT decision
    changed retroactively, when the dossier gives its previous IVT/IT periods."""

    person: ReportPerson
    as_of: date
    ban_start: date | None
    ban_window: MonthRange | None
    query_window: DateWindow | None
    months: tuple[MonthAssessment, ...]
    retroactive_change: RetroactiveImpact | None = None

    @property
    def conflict_months(self) -> tuple[Month, ...]:
        """The months of forbidden cumulation, in order."""
        return tuple(m.month for m in self.months if m.status is MonthStatus.CONFLICT)


@dataclass(frozen=True)
class SimulationReport:
    """The simulation of one dossier: whom it is about and the domain's result (each
    month's amounts of both sides, the totals, the recommendation with its reasons, the
    law values used). The properties read the result."""

    person: ReportPerson
    result: SimulationResult

    @property
    def region(self) -> Region:
        return self.person.region

    @property
    def horizon(self) -> MonthRange | None:
        return self.result.horizon

    @property
    def notified_month(self) -> Month | None:
        return self.result.notified_month

    @property
    def months(self) -> tuple[MonthRow, ...]:
        return self.result.months

    @property
    def arrears_months(self) -> tuple[MonthRow, ...]:
        return self.result.arrears_months

    @property
    def total_federal(self) -> Decimal:
        return self.result.total_federal

    @property
    def total_flemish(self) -> Decimal:
        return self.result.total_flemish

    @property
    def total_difference(self) -> Decimal:
        return self.result.total_difference

    @property
    def recommendation(self) -> Recommendation:
        return self.result.recommendation

    @property
    def reasons(self) -> tuple[str, ...]:
        return self.result.reasons

    @property
    def basis(self) -> dict[str, str]:
        return self.result.basis

    @property
    def parameters(self) -> tuple[UsedParameter, ...]:
        return self.result.parameters

    @property
    def open_points(self) -> tuple[UsedParameter, ...]:
        return self.result.open_points

    @property
    def unverified(self) -> tuple[UsedParameter, ...]:
        return self.result.unverified

    @property
    def law_version(self) -> int | None:
        """The law-data version used; None: the shipped defaults."""
        return self.result.law_version

    @property
    def law_data(self) -> str:
        """The law-data version in words."""
        return law_data_label(self.result.law_version)


def check(parsed: DossierInput, params: LegalParameters) -> CheckReport:
    """Conflict months, month statuses, query window and any retroactive change."""
    dossier = parsed.dossier
    start = ban_start(params)
    window = ban_window(dossier.birth_date, start) if start else None
    months = (
        assess_months(dossier.birth_date, start, dossier.bob_periods, dossier.ivt_it_periods)
        if start
        else []
    )
    impact = None
    if parsed.previous_ivt_it_periods is not None and start is not None:
        impact = retroactive_change(
            dossier.birth_date,
            start,
            parsed.previous_ivt_it_periods,
            dossier.ivt_it_periods,
            dossier.bob_periods,
        )
    return CheckReport(
        person=ReportPerson.of(dossier),
        as_of=parsed.as_of,
        ban_start=start,
        ban_window=window,
        query_window=query_window(dossier.birth_date, parsed.as_of),
        months=tuple(months),
        retroactive_change=impact,
    )


def simulate_dossier(
    dossier: Dossier, data: SimulationInput, params: LegalParameters
) -> SimulationReport:
    """Simulate `data` for `dossier`; InputError names the bad field (`simulation.*`),
    NoValueInForce when the law data have no value for a month of the horizon."""
    try:
        result = simulate(data, params)
    except SimulationInputError as exc:
        raise InputError(f"simulation.{exc.field}", exc.message, exc.text) from None
    return SimulationReport(ReportPerson.of(dossier), result)


def run_simulation(parsed: DossierInput, params: LegalParameters) -> SimulationResult:
    """Simulate a dossier's `simulation` inputs; InputError names the bad field."""
    return simulation_report(parsed, params).result


def simulation_report(parsed: DossierInput, params: LegalParameters) -> SimulationReport:
    """The simulation of a dossier description's `simulation` inputs."""
    return simulate_dossier(parsed.dossier, parse_simulation(parsed), params)
