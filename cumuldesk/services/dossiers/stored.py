"""A stored dossier as domain values: the rows of one person (the same tables in the cache
and the central database) become the domain `Dossier` directly, with what the simulation
compares, as a DOSSIER.json file with these facts would give them (the file reader,
`services.dossiers.input`, is for files only).

Only the IVT/IT periods of the decision versions in force count (not the superseded
ones); the simulation compares the decided IVT/IT amount in force on the query day with
the zorgtoeslag points in force and BOB in the BOB periods.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from cumuldesk.domain.dossier import Dossier, Region
from cumuldesk.domain.insz import Insz
from cumuldesk.domain.money import CENT
from cumuldesk.domain.periods import BobPeriod, IvtItPeriod, Period, Regulation
from cumuldesk.services.dossiers.input import DossierInput, InputError
from cumuldesk.storage.cache_models import retro_flags
from cumuldesk.storage.models import (
    BobPeriodRow,
    IvtItDecision,
    IvtItPeriodRow,
    Person,
    RegulationCode,
    ZorgtoeslagPoints,
)


def find_person(session: Session, digits: str) -> Person | None:
    """The stored person with these INSZ digits, if any."""
    return session.scalars(select(Person).where(Person.insz == digits)).first()


def bob_rows(session: Session, person_id: int) -> list[BobPeriodRow]:
    """The BOB periods, by start."""
    return list(
        session.scalars(
            select(BobPeriodRow)
            .where(BobPeriodRow.person_id == person_id)
            .order_by(BobPeriodRow.start, BobPeriodRow.id)
        )
    )


def periods_in_force(session: Session, person_id: int) -> list[IvtItPeriodRow]:
    """The IVT/IT periods of the decision versions in force (not superseded), by start."""
    return list(
        session.scalars(
            select(IvtItPeriodRow)
            .join(IvtItDecision, IvtItDecision.id == IvtItPeriodRow.decision_id)
            .where(IvtItDecision.person_id == person_id, IvtItDecision.superseded_at.is_(None))
            .order_by(IvtItPeriodRow.start, IvtItPeriodRow.id)
        )
    )


def points_rows(session: Session, person_id: int) -> list[ZorgtoeslagPoints]:
    """Every zorgtoeslag attestation, oldest first (by date of validity, then as stored)."""
    return list(
        session.scalars(
            select(ZorgtoeslagPoints)
            .where(ZorgtoeslagPoints.person_id == person_id)
            .order_by(ZorgtoeslagPoints.valid_from, ZorgtoeslagPoints.id)
        )
    )


def points_in_force(points: Sequence[ZorgtoeslagPoints], today: date) -> ZorgtoeslagPoints | None:
    """The latest attestation valid on `today` (of `points_rows`, oldest first)."""
    valid = [row for row in points if row.valid_from <= today]
    return valid[-1] if valid else None


def open_flag_rows(session: Session, person_id: int) -> list[Row[Any]]:
    """The person's retroactive-change flags not acknowledged yet, oldest first (the
    cache's table: the central database has none)."""
    return list(
        session.execute(
            select(retro_flags)
            .where(retro_flags.c.person_id == person_id, retro_flags.c.acknowledged_at.is_(None))
            .order_by(retro_flags.c.detected_at, retro_flags.c.id)
        ).all()
    )


def flag_months(stored: str) -> tuple[str, ...]:
    """The months ("YYYY-MM") of a flag, as the cache stores them (a JSON list)."""
    return tuple(json.loads(stored))


def _simulation(
    periods: Sequence[IvtItPeriodRow], points: ZorgtoeslagPoints | None, today: date
) -> dict[str, Any] | None:
    """What the simulation compares (the `simulation` object of a DOSSIER.json, which
    `services.dossiers.input.parse_simulation` reads): the decided IVT/IT amount in force
    on `today` (else of the latest period), the zorgtoeslag points in force, and BOB in
    the months of the BOB periods. None without any IVT/IT period."""
    if not periods:
        return None
    current = [p for p in periods if p.start <= today and (p.end is None or p.end >= today)]
    period = (current or periods)[-1]
    amount = {"monthly_amount": str(period.monthly_amount)}
    simulation: dict[str, Any] = {"ivt": amount, "it": None}
    if period.regulation is RegulationCode.IT:
        simulation = {"ivt": {"monthly_amount": "0.00"}, "it": amount}
    if points is not None:
        simulation["zorgtoeslag"] = {
            "points": points.points,
            "pillar1_points": points.pillar1_points,
        }
    return simulation


def stored_input(
    person: Person,
    bob: Iterable[BobPeriodRow],
    periods: Sequence[IvtItPeriodRow],
    points: Sequence[ZorgtoeslagPoints],
    today: date,
    insz: Insz,
) -> DossierInput:
    """The domain input of a stored dossier on the query day `today`, from its rows:
    `insz` is the person's number, parsed (its birth date must agree with the stored
    one, as in a DOSSIER.json). The stored rows passed the database's checks (an end
    after the start, an amount not negative, a known region and regulation)."""
    if insz.birth_date is not None and insz.birth_date != person.birth_date:
        raise InputError("birth_date", "does not match the birth date in the INSZ")
    dossier = Dossier(
        insz=insz.digits,
        birth_date=person.birth_date,
        region=Region(person.region.value),
        bob_periods=tuple(
            BobPeriod(Period(row.start, row.end), bool(row.voluntary_switch)) for row in bob
        ),
        ivt_it_periods=tuple(
            IvtItPeriod(
                Period(row.start, row.end),
                row.monthly_amount.quantize(CENT),
                Regulation(row.regulation.value),
            )
            for row in periods
        ),
    )
    simulation = _simulation(periods, points_in_force(points, today), today)
    return DossierInput(dossier, today, None, simulation)


def read_stored_input(
    session: Session,
    person: Person,
    today: date,
    insz: Insz,
    points: Sequence[ZorgtoeslagPoints] | None = None,
) -> DossierInput:
    """`stored_input` of a stored person, its rows read in `session` (the zorgtoeslag
    attestations too, unless the caller read them already: `points`)."""
    return stored_input(
        person,
        bob_rows(session, person.id),
        periods_in_force(session, person.id),
        points_rows(session, person.id) if points is None else points,
        today,
        insz,
    )
