"""A simulation report (`services.reports.SimulationReport`) in words a person reads:
for the simulation page, its Excel export, the letters and the advice note; no Qt.

- `split_totals`: the totals of the arrears months (before the notified month: the BOB
  already paid is kept) apart from the months from the notification on;
- `used_values`: the law values the simulation used, typed, with `value_words` (their
  human name, `services.law.names`), `kind_words` (sourced, computed, carried) and, for
  an open point of law, `open_point_sentence`;
- `law_data_name`: the law-data version the verdict was computed with ("law data v7").

Every text is marked with `QT_TRANSLATE_NOOP` (context "SimulationWords") and goes
through a `translate(context, text)` callable: the window passes
`QCoreApplication.translate`, a letter `ts_catalogue.translator(its language)`, the
command line keeps English. Dates and months are written by the caller's functions (the
window's and the letter's formats differ).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cumuldesk.domain.law import Kind
from cumuldesk.domain.money import cents
from cumuldesk.domain.months import Month
from cumuldesk.domain.simulation import OPEN_POINT_ASSUMED, MonthRow, UsedParameter
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP
from cumuldesk.services.law.names import Translate, kind_name, untranslated, value_name
from cumuldesk.services.reports import SimulationReport

CONTEXT = "SimulationWords"
DayText = Callable[[date], str]
MonthText = Callable[[Month], str]
ZERO = Decimal("0.00")


# ------------------------------------------------------------------ the totals


@dataclass(frozen=True)
class PartTotals:
    """The sums over some months of the comparison."""

    months: int = 0
    ivt_it: Decimal = ZERO  # IVT + IT, without anything kept
    zorgtoeslag_kept: Decimal = ZERO
    bob_kept: Decimal = ZERO
    federal: Decimal = ZERO  # IVT + IT + what is kept
    flemish: Decimal = ZERO
    difference: Decimal = ZERO


@dataclass(frozen=True)
class SplitTotals:
    notified_month: Month | None  # the first month the payers no longer pay
    arrears: PartTotals  # the months before it: IVT/IT paid afterwards, BOB kept
    notified: PartTotals  # the months from it on

    @property
    def has_arrears(self) -> bool:
        return self.arrears.months > 0


def _sum(months: Sequence[MonthRow]) -> PartTotals:
    def total(amount: Callable[[MonthRow], Decimal]) -> Decimal:
        return sum((cents(amount(m)) for m in months), ZERO)

    return PartTotals(
        months=len(months),
        ivt_it=total(lambda m: m.ivt_it),
        zorgtoeslag_kept=total(lambda m: m.zorgtoeslag_kept),
        bob_kept=total(lambda m: m.bob_kept),
        federal=total(lambda m: m.federal),
        flemish=total(lambda m: m.flemish),
        difference=total(lambda m: m.difference),
    )


def split_totals(report: SimulationReport) -> SplitTotals:
    """The totals of the arrears months and of the months from the notification on
    (together they are the report's totals)."""
    months = report.months
    return SplitTotals(
        report.notified_month,
        _sum([m for m in months if m.arrears]),
        _sum([m for m in months if not m.arrears]),
    )


# ------------------------------------------------------------------ law values


@dataclass(frozen=True)
class UsedValue:
    """A law value the simulation used (a row of the report's "parameters")."""

    name: str
    bracket: str | None
    kind: Kind
    value: Decimal | bool
    unit: str
    effective: date
    first_month: Month
    last_month: Month
    source: str
    url: str | None

    @property
    def label(self) -> str:
        """The internal key, "zorgtoeslag_monthly[total_15_17]" (audit details, files)."""
        return self.name if self.bracket is None else f"{self.name}[{self.bracket}]"

    @property
    def sourced(self) -> bool:
        return self.kind is Kind.SOURCED

    @property
    def open_point(self) -> bool:
        """An open point of law: a yes/no rule whose default is assumed (carried)."""
        return self.kind is Kind.CARRIED and isinstance(self.value, bool)


def used_value(used: UsedParameter) -> UsedValue:
    """A law value the simulation used, amounts to the cent."""
    value = used.value
    return UsedValue(
        name=value.name,
        bracket=value.bracket,
        kind=value.kind,
        value=value.value if isinstance(value.value, bool) else cents(value.value),
        unit=value.unit,
        effective=value.effective,
        first_month=used.first_month,
        last_month=used.last_month,
        source=value.source_title,
        url=value.source_url,
    )


def used_values(report: SimulationReport) -> tuple[UsedValue, ...]:
    """Every law value the simulation used, in the report's order."""
    return tuple(used_value(used) for used in report.parameters)


def unverified_values(report: SimulationReport) -> tuple[UsedValue, ...]:
    """The values used that no public page gives (computed or carried, the open points
    among them): the ones a handler confirms before a letter is finalised."""
    return tuple(value for value in used_values(report) if not value.sourced)


def value_words(value: UsedValue, t: Translate = untranslated) -> str:
    """ "IVT per year, category A: lives with relatives or other"."""
    return value_name(value.name, value.bracket, t)


def kind_words(kind: Kind | str, t: Translate = untranslated) -> str:
    """sourced, computed or carried, in words."""
    return kind_name(kind, t)


def months_words(value: UsedValue, month: MonthText = str) -> str:
    """ "06/2024 – 11/2026" (or one month) in the caller's month format."""
    if value.first_month == value.last_month:
        return month(value.first_month)
    return f"{month(value.first_month)} \u2013 {month(value.last_month)}"


# ------------------------------------------------------------------ open points

# DOMAIN.md, "Open points of law": the question, and what the default assumed means for
# the months it decided (by its value: `OPEN_POINT_ASSUMED`, shared with the domain,
# which writes the English reasons)
OPEN_POINT_QUESTIONS: dict[str, str] = {
    "bob_ivt_it_ban": QT_TRANSLATE_NOOP(
        "SimulationWords",
        "does the ban on BOB with a paid IVT/IT apply from 1 August 2020 (deliberation "
        "21/124, par. 10 and 24) or only from 1 June 2021 (a secondary source)?",
    ),
    "ondersteuningstoeslag_ivt_it_ban": QT_TRANSLATE_NOOP(
        "SimulationWords",
        "does the ban continue for the ondersteuningstoeslag, which replaced the BOB in the "
        "Groeipakket from 1 January 2023?",
    ),
    "zorgtoeslag_arrears_recovered": QT_TRANSLATE_NOOP(
        "SimulationWords",
        "is the zorgtoeslag already paid for a month before the notification recovered when "
        "IVT/IT is granted with arrears for that month?",
    ),
}
OPEN_POINT = QT_TRANSLATE_NOOP(
    "SimulationWords",
    "Open point of law, not confirmed by a supervisor: {question} Assumed: {assumed}.",
)
OPEN_POINT_OTHER = QT_TRANSLATE_NOOP(
    "SimulationWords", "{name}: {value} from {effective}, in {months}"
)
YES = QT_TRANSLATE_NOOP("SimulationWords", "yes")
NO = QT_TRANSLATE_NOOP("SimulationWords", "no")


def open_point_sentence(
    value: UsedValue,
    t: Translate = untranslated,
    day: DayText = date.isoformat,
    month: MonthText = str,
) -> str:
    """The open point the verdict rests on, the question and the default assumed, in
    one sentence ("Open point of law, not confirmed by a supervisor: is the zorgtoeslag
    ... recovered ...? Assumed: it is recovered, so ... 12/2024 – 11/2026.")."""
    months = months_words(value, month)
    effective = day(value.effective)
    question = OPEN_POINT_QUESTIONS.get(value.name)
    assumed_text = (
        OPEN_POINT_ASSUMED.get((value.name, value.value)) if isinstance(value.value, bool) else None
    )
    if question is None or assumed_text is None:
        answer = (
            t(CONTEXT, YES if value.value is True else NO)
            if isinstance(value.value, bool)
            else str(value.value)
        )
        return t(CONTEXT, OPEN_POINT_OTHER).format(
            name=value_words(value, t), value=answer, effective=effective, months=months
        )
    assumed = t(CONTEXT, assumed_text).format(effective=effective, months=months)
    return t(CONTEXT, OPEN_POINT).format(question=t(CONTEXT, question), assumed=assumed)


UNVERIFIED_ITEM = QT_TRANSLATE_NOOP("SimulationWords", "{name}, from {effective} ({kind})")


def value_lines(
    values: Sequence[UsedValue], t: Translate = untranslated, day: DayText = date.isoformat
) -> list[str]:
    """The computed or carried amounts, one line per value and kind, its dates together:
    "Zorgtoeslag per month, 15 to 17 points, from 1/09/2024, 1/09/2025 (computed)"."""
    groups: dict[tuple[str, str | None, Kind], list[date]] = {}
    for value in values:
        if value.sourced or value.open_point:
            continue
        dates = groups.setdefault((value.name, value.bracket, value.kind), [])
        if value.effective not in dates:
            dates.append(value.effective)
    return [
        t(CONTEXT, UNVERIFIED_ITEM).format(
            name=value_name(name, bracket, t),
            effective=", ".join(day(d) for d in sorted(dates)),
            kind=kind_words(kind, t),
        )
        for (name, bracket, kind), dates in groups.items()
    ]


def open_point_lines(
    values: Sequence[UsedValue],
    t: Translate = untranslated,
    day: DayText = date.isoformat,
    month: MonthText = str,
) -> list[str]:
    """Every open point of law among `values`, in a sentence each."""
    return [open_point_sentence(value, t, day, month) for value in values if value.open_point]


def confirmation_lines(
    values: Sequence[UsedValue],
    t: Translate = untranslated,
    day: DayText = date.isoformat,
    month: MonthText = str,
) -> list[str]:
    """What a handler confirms before finalising, one line each: the computed and
    carried amounts (`value_lines`), then the open points (`open_point_lines`)."""
    return value_lines(values, t, day) + open_point_lines(values, t, day, month)


# ------------------------------------------------------------------ law-data version

LAW_DATA_VERSION = QT_TRANSLATE_NOOP("SimulationWords", "law data v{version}")
LAW_DATA_SHIPPED = QT_TRANSLATE_NOOP("SimulationWords", "the shipped law data (never synced)")


def law_data_name(version: int | None, t: Translate = untranslated) -> str:
    """ "law data v7", or the shipped defaults when the desk never synced law data."""
    if version is None:
        return t(CONTEXT, LAW_DATA_SHIPPED)
    return t(CONTEXT, LAW_DATA_VERSION).format(version=version)
