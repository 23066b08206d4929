"""The monthly report (issue 18, point 4): how a month of the monthly exchange went, in
counts and sums only (no case reference, no name, no INSZ), for supervisors.

What each figure counts, from what the central database holds (months are calendar
months in UTC for moments, as stored):

- `vsb_files`, `vsb_persons`: the VSB files imported that month (`vsb_imports` by
  `imported_at`) and the rows they held (`rows_total`: the persons in VSB's file(s));
- `conflicts`: the cases whose screening made that month (`screening_results` by
  `screened_at`) found at least one conflict month;
- `renounce`, `ivt_it`, `not_applicable`, `no_verdict`: those screenings by verdict;
- `at_stake`: the sum of the positive amounts at stake (EUR over the simulation's horizon)
  of those screenings that call for a renunciation proposal;
- `proposals_sent`: the renunciation proposals finalised that month (`letters` by
  `finalised_at`);
- `accepted`, `refused`: the answers dated that month (`cases.answer_date`);
- `no_answer`: the cases whose answer deadline fell that month, before `today`, without an
  accepted or refused answer on or before it.

Only a case's newest screening is kept: a case screened again counts in the month of its
newest screening, not in the earlier one. A month's screening figures are complete when
every open case was screened that month (`cumuldesk screen --all`); the chart's earlier
months show the cases whose newest screening is of that month.

The series (`series`) holds `conflicts` and `at_stake` for the 12 months ending at the
report's month. On the production set-up a supervisor reads only their team's rows: the
counts over every team come from the supervisors' server function
`cumuldesk_api.monthly_report_counts`, which returns counts only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from cumuldesk.domain.months import Month
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cumuldesk.services.accounts.identity import Identity

ACTION = "monthly report"  # the refused action
AUDIT_ACTION = "monthly_report"  # the audit event of an export, with its counts
SERIES_MONTHS = 12
COUNT_KEYS = (
    "vsb_files",
    "vsb_persons",
    "conflicts",
    "renounce",
    "ivt_it",
    "not_applicable",
    "no_verdict",
    "proposals_sent",
    "accepted",
    "refused",
    "no_answer",
)

CONTEXT = "MonthlyReport"  # the translation context of the report's texts
TITLE = QT_TRANSLATE_NOOP("MonthlyReport", "Monthly report {month}")
FIGURES: tuple[tuple[str, str], ...] = (
    ("vsb_files", QT_TRANSLATE_NOOP("MonthlyReport", "VSB files imported")),
    ("vsb_persons", QT_TRANSLATE_NOOP("MonthlyReport", "Persons in VSB's file(s)")),
    ("conflicts", QT_TRANSLATE_NOOP("MonthlyReport", "Conflicts found")),
    ("renounce", QT_TRANSLATE_NOOP("MonthlyReport", "Verdict: renunciation to propose")),
    ("ivt_it", QT_TRANSLATE_NOOP("MonthlyReport", "Verdict: IVT/IT pays more")),
    ("not_applicable", QT_TRANSLATE_NOOP("MonthlyReport", "Verdict: not applicable")),
    ("no_verdict", QT_TRANSLATE_NOOP("MonthlyReport", "Verdict: cannot screen")),
    ("proposals_sent", QT_TRANSLATE_NOOP("MonthlyReport", "Proposals sent")),
    ("accepted", QT_TRANSLATE_NOOP("MonthlyReport", "Answers: renunciation accepted")),
    ("refused", QT_TRANSLATE_NOOP("MonthlyReport", "Answers: refused")),
    ("no_answer", QT_TRANSLATE_NOOP("MonthlyReport", "No answer by the deadline")),
)
AT_STAKE = QT_TRANSLATE_NOOP("MonthlyReport", "Amounts at stake (EUR)")
MONTH = QT_TRANSLATE_NOOP("MonthlyReport", "Month")
CONFLICTS = QT_TRANSLATE_NOOP("MonthlyReport", "Conflicts")
FIGURE = QT_TRANSLATE_NOOP("MonthlyReport", "Figure")
VALUE = QT_TRANSLATE_NOOP("MonthlyReport", "Value")


@dataclass(frozen=True)
class MonthPoint:
    """One month of the chart: conflicts found and the amounts at stake."""

    month: Month
    conflicts: int
    at_stake: Decimal


@dataclass(frozen=True)
class MonthlyReport:
    """The figures of one month (see the module text for what each one counts)."""

    month: Month
    vsb_files: int
    vsb_persons: int
    conflicts: int
    renounce: int
    ivt_it: int
    not_applicable: int
    no_verdict: int
    proposals_sent: int
    accepted: int
    refused: int
    no_answer: int
    at_stake: Decimal
    series: tuple[MonthPoint, ...]  # SERIES_MONTHS months, the oldest first

    @property
    def counts(self) -> dict[str, int]:
        """The counts of the audit event and of `cumuldesk report --json`."""
        return {key: int(getattr(self, key)) for key in COUNT_KEYS}

    def as_json(self) -> dict[str, object]:
        return {
            "month": str(self.month),
            **self.counts,
            "at_stake": f"{self.at_stake:.2f}",
            "series": [
                {"month": str(p.month), "conflicts": p.conflicts, "at_stake": f"{p.at_stake:.2f}"}
                for p in self.series
            ],
        }


def _utc_month(moment: datetime | date | None) -> Month | None:
    if moment is None:
        return None
    if isinstance(moment, datetime):
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
        return Month(moment.year, moment.month)
    return Month.of(moment)


def _cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


# item -> month -> value (counts; "at_stake" in cents): what both ways of reading give
Tally = dict[str, dict[Month, int]]


def _direct(session: Session, first: Month, month: Month, today: date) -> Tally:
    """SQLite and the owner's connection: the rows (no personal column), tallied here."""
    from sqlalchemy import select

    from cumuldesk.domain.cases import Answer, LetterKind
    from cumuldesk.domain.simulation import Recommendation
    from cumuldesk.storage.models import Case, Letter, ScreeningRow, VsbImport

    start = datetime.combine(first.first_day, datetime.min.time(), UTC)
    end = datetime.combine((month + 1).first_day, datetime.min.time(), UTC)
    tally: Tally = defaultdict(lambda: defaultdict(int))

    def add(item: str, at: datetime | date | None, value: int = 1) -> None:
        when = _utc_month(at)
        if when is not None and first <= when <= month:
            tally[item][when] += value

    naive = session.get_bind().dialect.name == "sqlite"  # SQLite keeps UTC without a zone
    low, high = (start.replace(tzinfo=None), end.replace(tzinfo=None)) if naive else (start, end)
    for at, total in session.execute(
        select(VsbImport.imported_at, VsbImport.rows_total).where(
            VsbImport.imported_at >= low, VsbImport.imported_at < high
        )
    ):
        add("vsb_files", at)
        add("vsb_persons", at, int(total))
    for at, verdict, conflicts, stake in session.execute(
        select(
            ScreeningRow.screened_at,
            ScreeningRow.verdict,
            ScreeningRow.conflict_months,
            ScreeningRow.at_stake,
        ).where(ScreeningRow.screened_at >= low, ScreeningRow.screened_at < high)
    ):
        if conflicts > 0:
            add("conflicts", at)
        key = "no_verdict" if verdict is None else Recommendation(verdict).value
        add(key, at)
        if verdict is not None and Recommendation(verdict) is Recommendation.RENOUNCE:
            if stake > 0:
                add("at_stake", at, _cents(stake))
    for (finalised,) in session.execute(
        select(Letter.finalised_at).where(
            Letter.kind == LetterKind.RENUNCIATION_PROPOSAL,
            Letter.finalised_at >= low,
            Letter.finalised_at < high,
        )
    ):
        add("proposals_sent", finalised)
    for answer, answered_on, deadline in session.execute(
        select(Case.answer, Case.answer_date, Case.deadline)
    ):
        answer = None if answer is None else Answer(answer)
        if answer is Answer.ACCEPTED_RENUNCIATION:
            add("accepted", answered_on)
        elif answer is Answer.REFUSED:
            add("refused", answered_on)
        if deadline is not None and deadline < today:
            answered_in_time = (
                answer in (Answer.ACCEPTED_RENUNCIATION, Answer.REFUSED)
                and answered_on is not None
                and answered_on <= deadline
            )
            if not answered_in_time:
                add("no_answer", deadline)
    return tally


def _on_server(session: Session, first: Month, month: Month, today: date) -> Tally:
    """The production set-up: the supervisors' function counts over every team."""
    from sqlalchemy import text

    tally: Tally = defaultdict(lambda: defaultdict(int))
    rows = session.execute(
        text(
            "SELECT item, month, value FROM cumuldesk_api.monthly_report_counts("
            ":first, :end, :today)"
        ),
        {"first": first.first_day, "end": (month + 1).first_day, "today": today},
    )
    for item, when, value in rows:
        tally[str(item)][Month.parse(str(when))] += int(value)
    return tally


def build(month: Month, tally: Tally) -> MonthlyReport:
    """The report of `month` from a tally (item -> month -> value)."""

    def get(item: str, when: Month = month) -> int:
        return tally.get(item, {}).get(when, 0)

    first = month - (SERIES_MONTHS - 1)
    series = tuple(
        MonthPoint(
            first + i, get("conflicts", first + i), Decimal(get("at_stake", first + i)) / 100
        )
        for i in range(SERIES_MONTHS)
    )
    return MonthlyReport(
        month=month,
        **{key: get(key) for key in COUNT_KEYS},
        at_stake=Decimal(get("at_stake")) / 100,
        series=series,
    )


def monthly_report(
    central: Any,
    identity: Identity,
    month: Month,
    *,
    today: date | None = None,
    clock: Callable[[], datetime] | None = None,
) -> MonthlyReport:
    """The report of `month` (see the module text), for a supervisor. NotAllowed (audited)
    for a handler; on the production set-up the server checks again."""
    from cumuldesk.services.accounts.authorization import require_supervisor
    from cumuldesk.services.screening import server_refusals
    from cumuldesk.storage.database import is_secured

    sessions = central.sessions
    require_supervisor(sessions, identity, ACTION)
    if today is None:
        today = (clock or (lambda: datetime.now(UTC)))().date()
    first = month - (SERIES_MONTHS - 1)
    with server_refusals(), sessions() as session:
        reader = _on_server if is_secured(session) else _direct
        tally = reader(session, first, month, today)
    return build(month, tally)


def record_report(central: Any, identity: Identity, report: MonthlyReport) -> None:
    """The audit event of an export: the month and its counts (on the production set-up
    the supervisors' function `cumuldesk_api.monthly_report_done` records it)."""
    from cumuldesk.services.screening import server_refusals
    from cumuldesk.storage.audit import record
    from cumuldesk.storage.database import is_secured

    counts = report.counts
    with server_refusals(), central.sessions.begin() as session:
        if is_secured(session):
            import json

            from sqlalchemy import text

            session.execute(
                text("SELECT cumuldesk_api.monthly_report_done(:month, CAST(:counts AS jsonb))"),
                {"month": str(report.month), "counts": json.dumps(counts)},
            )
            return
        record(
            session,
            identity.username,
            AUDIT_ACTION,
            details={"month": str(report.month), **counts},
        )


def write_xlsx(
    report: MonthlyReport,
    path: Any,
    *,
    exported_by: str,
    exported_at: datetime,
    translate: Callable[[str, str], str] | None = None,
) -> None:
    """The workbook: a sheet of the month's figures, a sheet of the 12-month series;
    written whole or not at all, mode 0600 (`services.exports.spreadsheets`)."""
    from cumuldesk.services.exports.spreadsheets import Column, Sheet, untranslated, write_workbook

    tr = translate or untranslated
    rows: list[list[Any]] = [[tr(CONTEXT, label), report.counts[key]] for key, label in FIGURES]
    title = tr(CONTEXT, TITLE).format(month=str(report.month))
    series = Sheet(
        name="12",
        title=title,
        columns=[Column(tr(CONTEXT, MONTH), "month"), Column(tr(CONTEXT, CONFLICTS), "int"),
                 Column(tr(CONTEXT, AT_STAKE), "eur")],
        rows=[[p.month, p.conflicts, p.at_stake] for p in report.series],
    )  # fmt: skip
    write_workbook(
        path,
        title=title,
        exported_by=exported_by,
        exported_at=exported_at,
        description_lines=(),
        columns=[Column(tr(CONTEXT, FIGURE), "text", 40), Column(tr(CONTEXT, VALUE), "int")],
        rows=rows,
        totals=[tr(CONTEXT, AT_STAKE), report.at_stake],
        sheet_name=str(report.month),
        personal_data=False,
        more_sheets=[series],
        translate=tr,
    )
