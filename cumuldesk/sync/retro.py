"""Retroactive IVT/IT changes that arrive by sync, flagged for the handler.

When a pull brings a new version of an IVT/IT decision (or changed periods) for a person
who was already in the cache, the paid periods in force before and after are compared
(`cumuldesk.domain.cumulation.retroactive_change`). Months of the ban window where BOB
becomes owed again, or must stop, are stored as a `retro_flags` row per open case of the
person (one row without a case when there is none), in the same cache transaction as the
rows that caused it, until the handler acknowledges the flag. A dossier copied whole for
the first time is never flagged: there is no earlier version the handler relied on.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Row, Table, insert, select, update

from cumuldesk.domain.cumulation import retroactive_change
from cumuldesk.domain.periods import BobPeriod, IvtItPeriod, Period, Regulation
from cumuldesk.domain.simulation import BOB_BAN
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import BadInput
from cumuldesk.params.loader import load_parameters
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import retro_flags
from cumuldesk.storage.database import chunked
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    CaseStatus,
    IvtItDecision,
    IvtItPeriodRow,
    Person,
)
from cumuldesk.sync.law import cache_parameters

PERSONS: Table = Person.__table__
BOB: Table = BobPeriodRow.__table__
DECISIONS: Table = IvtItDecision.__table__
PERIODS: Table = IvtItPeriodRow.__table__
CASES: Table = Case.__table__

REF_LENGTH = 32  # retro_flags.decision_ref


@dataclass(frozen=True)
class RetroFlag:
    """A retroactive change the handler has to look at: months as "YYYY-MM"."""

    id: int
    person_id: int
    case_id: int | None
    decision_ref: str
    detected_at: datetime
    owed: tuple[str, ...]  # BOB is owed again for these months
    stop: tuple[str, ...]  # BOB must stop for these months
    acknowledged_at: datetime | None


def ban_start(cache: LocalCache | None = None) -> date | None:
    """When the BOB / IVT-IT cumulation ban came into force: in the cache's law data (as
    the handler's desk computes), the shipped defaults when it has none yet."""
    params = cache_parameters(cache) if cache is not None else None
    return (params or load_parameters()).first_effective(BOB_BAN, True)


def in_force_periods(
    connection: Connection, person_ids: Iterable[int]
) -> dict[int, list[IvtItPeriod]]:
    """The IVT/IT periods of the decision versions in force (not superseded), by person;
    every asked person is in the answer, with an empty list when they have none."""
    wanted = sorted(set(person_ids))
    found: dict[int, list[IvtItPeriod]] = {pid: [] for pid in wanted}
    for chunk in chunked(wanted):
        rows = connection.execute(
            select(
                DECISIONS.c.person_id,
                PERIODS.c.start_date,
                PERIODS.c.end_date,
                PERIODS.c.monthly_amount,
                PERIODS.c.regulation,
            )
            .join(DECISIONS, PERIODS.c.decision_id == DECISIONS.c.id)
            .where(DECISIONS.c.person_id.in_(chunk), DECISIONS.c.superseded_at.is_(None))
            .order_by(PERIODS.c.id)
        ).all()
        for row in rows:
            found[row.person_id].append(
                IvtItPeriod(
                    Period(row.start_date, row.end_date),
                    row.monthly_amount,
                    Regulation(getattr(row.regulation, "value", row.regulation)),
                )
            )
    return found


def decision_refs(connection: Connection, decision_ids: Iterable[int]) -> dict[int, str]:
    """{decision id: decision_ref} of these cached decisions."""
    refs: dict[int, str] = {}
    for chunk in chunked(sorted(set(decision_ids))):
        rows = connection.execute(
            select(DECISIONS.c.id, DECISIONS.c.decision_ref).where(DECISIONS.c.id.in_(chunk))
        ).all()
        refs.update({row.id: row.decision_ref for row in rows})
    return refs


def _bob_periods(connection: Connection, person_ids: Sequence[int]) -> dict[int, list[BobPeriod]]:
    found: dict[int, list[BobPeriod]] = defaultdict(list)
    for chunk in chunked(list(person_ids)):
        rows = connection.execute(
            select(BOB.c.person_id, BOB.c.start_date, BOB.c.end_date, BOB.c.voluntary_switch)
            .where(BOB.c.person_id.in_(chunk))
            .order_by(BOB.c.start_date)
        ).all()
        for row in rows:
            found[row.person_id].append(
                BobPeriod(Period(row.start_date, row.end_date), bool(row.voluntary_switch))
            )
    return found


def _open_cases(connection: Connection, person_ids: Sequence[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for chunk in chunked(list(person_ids)):
        rows = connection.execute(
            select(CASES.c.person_id, CASES.c.id)
            .where(CASES.c.person_id.in_(chunk), CASES.c.status != CaseStatus.CLOSED)
            .order_by(CASES.c.id)
        ).all()
        for row in rows:
            found[row.person_id].append(row.id)
    return found


def _births(connection: Connection, person_ids: Sequence[int]) -> dict[int, date]:
    births: dict[int, date] = {}
    for chunk in chunked(list(person_ids)):
        rows = connection.execute(
            select(PERSONS.c.id, PERSONS.c.birth_date).where(PERSONS.c.id.in_(chunk))
        ).all()
        births.update({row.id: row.birth_date for row in rows})
    return births


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def flag_changes(
    connection: Connection,
    before: Mapping[int, Sequence[IvtItPeriod]],
    refs: Mapping[int, Iterable[str]],
    *,
    ban_start: Callable[[], date | None],
    detected_at: datetime,
) -> int:
    """Compare the in-force periods `before` (by person, read before the new rows were
    written) with those now in the cache, and store a flag per open case of each person
    whose BOB changes. `refs`: the decision references that changed, by person.
    `ban_start` is asked only when some person's periods changed. Returns the number of
    flag rows written (in the caller's cache transaction)."""
    after = in_force_periods(connection, before)
    changed = [pid for pid in sorted(before) if pid in after and after[pid] != list(before[pid])]
    if not changed:
        return 0
    start = ban_start()
    if start is None:
        return 0
    births = _births(connection, changed)
    bobs = _bob_periods(connection, changed)
    cases = _open_cases(connection, changed)
    rows = []
    for pid in changed:
        if pid not in births:
            continue  # the person is no longer in the cache
        impact = retroactive_change(births[pid], start, before[pid], after[pid], bobs.get(pid, ()))
        if not impact.changed:
            continue
        ref = ", ".join(sorted(set(refs.get(pid, ())))) or "?"
        open_cases: Sequence[int | None] = cases.get(pid) or [None]
        for case_id in open_cases:
            rows.append(
                {
                    "person_id": pid,
                    "case_id": case_id,
                    "decision_ref": ref[:REF_LENGTH],
                    "detected_at": _naive_utc(detected_at),
                    "owed": json.dumps([str(m) for m in impact.bob_owed_again]),
                    "stop": json.dumps([str(m) for m in impact.bob_must_stop]),
                    "acknowledged_at": None,
                }
            )
    if rows:
        connection.execute(insert(retro_flags), rows)
    return len(rows)


def _flag(row: Row[Any]) -> RetroFlag:
    return RetroFlag(
        id=row.id,
        person_id=row.person_id,
        case_id=row.case_id,
        decision_ref=row.decision_ref,
        detected_at=row.detected_at,
        owed=tuple(json.loads(row.owed)),
        stop=tuple(json.loads(row.stop)),
        acknowledged_at=row.acknowledged_at,
    )


def open_flags(cache: LocalCache, person_id: int | None = None) -> list[RetroFlag]:
    """The flags not acknowledged yet (of one person, or all), oldest first."""
    query = select(retro_flags).where(retro_flags.c.acknowledged_at.is_(None))
    if person_id is not None:
        query = query.where(retro_flags.c.person_id == person_id)
    with cache.engine.connect() as connection:
        rows = connection.execute(query.order_by(retro_flags.c.id)).all()
    return [_flag(row) for row in rows]


def acknowledge(cache: LocalCache, flag_id: int, when: datetime) -> None:
    """The handler has seen the flag: it is no longer open (it stays in the cache).

    Raises BadInput when there is no open flag with this id."""
    with cache.engine.begin() as connection:
        done = connection.execute(
            update(retro_flags)
            .where(retro_flags.c.id == flag_id, retro_flags.c.acknowledged_at.is_(None))
            .values(acknowledged_at=_naive_utc(when))
        )
        if done.rowcount == 0:
            raise BadInput(
                Message(
                    "Sync",
                    QT_TRANSLATE_NOOP(
                        "Sync", "there is no open retroactive-change flag with this number"
                    ),
                )
            )
