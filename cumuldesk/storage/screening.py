"""The central screening results and what the screening reads (issue 18): the open cases
with the state of their dossier, the dossiers' rows in a few big queries, the results
written a chunk at a time (`cumuldesk.services.screening` does the work).

Two ways to the same data. On SQLite and on the owner's PostgreSQL connection, plain
selects and writes. On the production set-up (a supervisor's own login, `is_secured`) a
supervisor reads only their team's dossiers and writes no table: the same rows then come
from the supervisors' functions of storage/security/40_supervisor.sql
(`cumuldesk_api.screening_cases`, `screening_dossiers`, `screening_store`,
`screening_done`), which check the caller again and record the audit event.

A dossier's state is the highest change sequence of its rows (person, BOB periods,
IVT/IT decisions and their periods, zorgtoeslag attestations) and their number: a row
added or changed raises the first, a row deleted lowers the second.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, func, insert, literal, select, text, union_all
from sqlalchemy.orm import Session

from cumuldesk.domain.cases import CaseStatus
from cumuldesk.domain.screening import ScreeningResult
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    IvtItDecision,
    IvtItPeriodRow,
    Person,
    RegionCode,
    RegulationCode,
    ScreeningRow,
    ZorgtoeslagPoints,
)

SCREENING: Table = ScreeningRow.__table__
CASES: Table = Case.__table__
PERSONS: Table = Person.__table__
BOB: Table = BobPeriodRow.__table__
DECISIONS: Table = IvtItDecision.__table__
PERIODS: Table = IvtItPeriodRow.__table__
POINTS: Table = ZorgtoeslagPoints.__table__

SCREENING_EVENT = "screening_run"  # the audit event of a run, with its counts
ID_CHUNK = 5000  # person ids per IN (...) list


# ------------------------------------------------------------------------ values


@dataclass(frozen=True, slots=True)
class OpenCase:
    """An open case to screen (or not): its dossier's state now and at its last screening."""

    case_id: int
    reference: str
    person_id: int
    insz: str  # 11 digits, in memory only
    birth_date: date
    region: RegionCode
    dossier_seq: int
    dossier_rows: int
    screened_law: int | None  # the law-data version of its stored screening
    screened_seq: int | None  # None: never screened
    screened_rows: int | None


@dataclass(frozen=True, slots=True)
class BobRow:
    start: date
    end: date | None
    voluntary_switch: bool


@dataclass(frozen=True, slots=True)
class PeriodRow:
    start: date
    end: date | None
    monthly_amount: Decimal
    regulation: RegulationCode


@dataclass(frozen=True, slots=True)
class PointsRow:
    valid_from: date
    points: int
    pillar1_points: int


@dataclass
class DossierRows:
    """A dossier's rows, ordered as `services.dossiers.stored` reads them."""

    bob: list[BobRow]
    periods: list[PeriodRow]
    points: list[PointsRow]


@dataclass(frozen=True, slots=True)
class Stored:
    """A result with the dossier state it was made from."""

    case_id: int
    result: ScreeningResult
    dossier_seq: int
    dossier_rows: int


def _secured(session: Session) -> bool:
    from cumuldesk.storage.database import is_secured

    return is_secured(session)


# ------------------------------------------------------------------------ reading


def dossier_states(session: Session) -> dict[int, tuple[int, int]]:
    """person id -> (highest change sequence, number of rows) of the open cases' dossiers."""
    open_persons = select(CASES.c.person_id).where(CASES.c.status != CaseStatus.CLOSED.value)
    parts = [
        select(
            PERSONS.c.id.label("pid"), PERSONS.c.change_seq.label("seq"), literal(1).label("n")
        ).where(PERSONS.c.id.in_(open_persons)),
        select(BOB.c.person_id, func.max(BOB.c.change_seq), func.count())
        .where(BOB.c.person_id.in_(open_persons))
        .group_by(BOB.c.person_id),
        select(DECISIONS.c.person_id, func.max(DECISIONS.c.change_seq), func.count())
        .where(DECISIONS.c.person_id.in_(open_persons))
        .group_by(DECISIONS.c.person_id),
        select(DECISIONS.c.person_id, func.max(PERIODS.c.change_seq), func.count())
        .select_from(PERIODS.join(DECISIONS, DECISIONS.c.id == PERIODS.c.decision_id))
        .where(DECISIONS.c.person_id.in_(open_persons))
        .group_by(DECISIONS.c.person_id),
        select(POINTS.c.person_id, func.max(POINTS.c.change_seq), func.count())
        .where(POINTS.c.person_id.in_(open_persons))
        .group_by(POINTS.c.person_id),
    ]
    state: dict[int, tuple[int, int]] = {}
    for pid, seq, count in session.execute(union_all(*parts)).all():
        old = state.get(pid, (0, 0))
        state[pid] = (max(old[0], int(seq or 0)), old[1] + int(count))
    return state


def open_cases(session: Session) -> list[OpenCase]:
    """Every open case (not closed) with its dossier's state and its stored screening's."""
    if _secured(session):
        rows = session.execute(
            text(
                "SELECT case_id, case_reference, person_id, insz, birth_date, region, "
                "dossier_seq, dossier_rows, screened_law, screened_seq, screened_rows "
                "FROM cumuldesk_api.screening_cases()"
            )
        ).all()
        return [
            OpenCase(r[0], r[1], r[2], r[3], r[4], RegionCode(r[5]), r[6], r[7], r[8], r[9], r[10])
            for r in rows
        ]
    state = dossier_states(session)
    query = (
        select(
            CASES.c.id,
            CASES.c.reference,
            CASES.c.person_id,
            PERSONS.c.insz,
            PERSONS.c.birth_date,
            PERSONS.c.region,
            SCREENING.c.law_version,
            SCREENING.c.dossier_seq,
            SCREENING.c.dossier_rows,
        )
        .select_from(
            CASES.join(PERSONS, PERSONS.c.id == CASES.c.person_id).outerjoin(
                SCREENING, SCREENING.c.case_id == CASES.c.id
            )
        )
        .where(CASES.c.status != CaseStatus.CLOSED.value)
        .order_by(CASES.c.id)
    )
    found = []
    for row in session.execute(query).all():
        seq, count = state.get(row.person_id, (0, 0))
        found.append(
            OpenCase(
                row.id,
                row.reference,
                row.person_id,
                row.insz,
                row.birth_date,
                RegionCode(row.region),
                seq,
                count,
                row.law_version,
                row.dossier_seq,
                row.dossier_rows,
            )
        )
    return found


def _chunks(ids: Sequence[int], size: int = ID_CHUNK) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def dossier_rows(session: Session, person_ids: Sequence[int]) -> dict[int, DossierRows]:
    """The rows of these persons' dossiers: BOB periods (by start, then id), the IVT/IT
    periods of the decision versions in force (by start, then id) and the zorgtoeslag
    attestations (by date of validity, then id), in three queries per chunk of ids."""
    found: dict[int, DossierRows] = defaultdict(lambda: DossierRows([], [], []))
    if _secured(session):
        for ids in _chunks(person_ids):
            for r in session.execute(
                text(
                    "SELECT person_id, kind, start_date, end_date, flag, amount, regulation, "
                    "points, pillar1 FROM cumuldesk_api.screening_dossiers(:ids)"
                ),
                {"ids": ids},
            ).all():
                rows = found[r[0]]
                if r[1] == "bob":
                    rows.bob.append(BobRow(r[2], r[3], bool(r[4])))
                elif r[1] == "ivt":
                    amount = (Decimal(r[5]) / 100).quantize(Decimal("0.01"))
                    rows.periods.append(PeriodRow(r[2], r[3], amount, RegulationCode(r[6])))
                else:
                    rows.points.append(PointsRow(r[2], r[7], r[8]))
        return dict(found)
    for ids in _chunks(person_ids):
        for r in session.execute(
            select(BOB.c.person_id, BOB.c.start_date, BOB.c.end_date, BOB.c.voluntary_switch)
            .where(BOB.c.person_id.in_(ids))
            .order_by(BOB.c.person_id, BOB.c.start_date, BOB.c.id)
        ).all():
            found[r[0]].bob.append(BobRow(r[1], r[2], bool(r[3])))
        for r in session.execute(
            select(
                DECISIONS.c.person_id,
                PERIODS.c.start_date,
                PERIODS.c.end_date,
                PERIODS.c.monthly_amount,
                PERIODS.c.regulation,
            )
            .select_from(PERIODS.join(DECISIONS, DECISIONS.c.id == PERIODS.c.decision_id))
            .where(DECISIONS.c.person_id.in_(ids), DECISIONS.c.superseded_at.is_(None))
            .order_by(DECISIONS.c.person_id, PERIODS.c.start_date, PERIODS.c.id)
        ).all():
            amount = r[3]  # Money: a Decimal already
            found[r[0]].periods.append(PeriodRow(r[1], r[2], amount, RegulationCode(r[4])))
        for r in session.execute(
            select(
                POINTS.c.person_id, POINTS.c.valid_from, POINTS.c.points, POINTS.c.pillar1_points
            )
            .where(POINTS.c.person_id.in_(ids))
            .order_by(POINTS.c.person_id, POINTS.c.valid_from, POINTS.c.id)
        ).all():
            found[r[0]].points.append(PointsRow(r[1], r[2], r[3]))
    return dict(found)


# ------------------------------------------------------------------------ writing


def _cents(amount: Decimal) -> int:
    return int(amount * 100)


def store_results(session: Session, results: Sequence[Stored]) -> None:
    """Write these results (each replaces its case's previous one), in the caller's
    transaction."""
    if not results:
        return
    if _secured(session):
        payload = [
            {
                "case_id": s.case_id,
                "case_reference": s.result.case_reference,
                "verdict": None if s.result.verdict is None else s.result.verdict.value,
                "problem": s.result.problem,
                "at_stake": _cents(s.result.at_stake),
                "months_compared": s.result.months_compared,
                "conflict_months": s.result.conflict_months,
                "arrears_months": s.result.arrears_months,
                "open_points": json.dumps(list(s.result.open_points)),
                "law_version": s.result.law_version,
                "screened_at": s.result.screened_at.isoformat(),
                "dossier_seq": s.dossier_seq,
                "dossier_rows": s.dossier_rows,
            }
            for s in results
        ]
        _call(session, "SELECT cumuldesk_api.screening_store(CAST(:rows AS jsonb))", rows=payload)
        return
    session.execute(delete(SCREENING).where(SCREENING.c.case_id.in_([s.case_id for s in results])))
    session.execute(
        insert(SCREENING),
        [
            {
                "case_id": s.case_id,
                "case_reference": s.result.case_reference,
                "verdict": s.result.verdict,
                "problem": s.result.problem,
                "at_stake": s.result.at_stake,
                "months_compared": s.result.months_compared,
                "conflict_months": s.result.conflict_months,
                "arrears_months": s.result.arrears_months,
                "open_points": json.dumps(list(s.result.open_points)),
                "law_version": s.result.law_version,
                "screened_at": s.result.screened_at,
                "dossier_seq": s.dossier_seq,
                "dossier_rows": s.dossier_rows,
            }
            for s in results
        ],
    )


def record_run(session: Session, actor: str, counts: Mapping[str, int], now: datetime) -> None:
    """The audit event of a run (kind `screening_run`, its counts), in the caller's
    transaction; on the production set-up the server's function records it."""
    if _secured(session):
        _call(session, "SELECT cumuldesk_api.screening_done(CAST(:rows AS jsonb))", rows=counts)
        return
    from cumuldesk.storage.audit import record

    record(session, actor, SCREENING_EVENT, details=dict(counts), clock=lambda: now)


def _call(session: Session, statement: str, *, rows: Any) -> None:
    """A supervisors' function; its refusal is the database error (the services say it
    in the user's words: `services.screening`)."""
    session.execute(text(statement), {"rows": json.dumps(rows)})


# ------------------------------------------------------------------------ results


def _in_utc(moment: datetime) -> datetime:
    """SQLite keeps moments without their zone: they are UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def result_of_row(row: Any) -> ScreeningResult:
    from cumuldesk.domain.simulation import Recommendation

    verdict = row.verdict
    if verdict is not None and not isinstance(verdict, Recommendation):
        verdict = Recommendation(verdict)
    return ScreeningResult(
        case_reference=row.case_reference,
        verdict=verdict,
        problem=row.problem,
        at_stake=row.at_stake,
        months_compared=row.months_compared,
        conflict_months=row.conflict_months,
        arrears_months=row.arrears_months,
        open_points=tuple(json.loads(row.open_points)),
        law_version=row.law_version,
        screened_at=_in_utc(row.screened_at),
    )


def load_results(session: Session) -> dict[str, ScreeningResult]:
    """Every stored screening the caller may read, by case reference."""
    rows = session.scalars(select(ScreeningRow)).all()
    return {row.case_reference: result_of_row(row) for row in rows}
