"""What the desktop's dossier page reads in one background job (no Qt): the dossier view
(from the cache, or fetched from the central database when it is not cached and can be
reached), its timeline, the legal representative and the open retroactive-change flags;
and months grouped in runs for the retroactive-change banner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from cumuldesk.domain.months import Month
from cumuldesk.params.loader import ParameterSet
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.dossiers.store import OPENED, DossierView, insz_digits, open_reachable
from cumuldesk.services.dossiers.timeline import Timeline, load_timeline
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import LegalRepresentative, Person
from cumuldesk.sync.retro import open_flags


@dataclass(frozen=True)
class Representative:
    name: str
    capacity: str  # "parent", "bewindvoerder" ...


@dataclass(frozen=True)
class DossierData:
    """Everything the page shows of one dossier, read in one background job."""

    view: DossierView
    timeline: Timeline | None
    representative: Representative | None
    flag_ids: tuple[int, ...]  # the open retroactive-change flags of the person
    online: bool | None  # the central database was reached (None: not tried yet)


def person_facts(cache: LocalCache, digits: str) -> tuple[Representative | None, tuple[int, ...]]:
    """The legal representative (if any) and the open retroactive-change flag ids of the
    cached person with these INSZ digits."""
    with cache.sessions() as session:
        person_id = session.scalar(select(Person.id).where(Person.insz == digits))
        if person_id is None:
            return None, ()
        row = session.execute(
            select(LegalRepresentative.name, LegalRepresentative.capacity).where(
                LegalRepresentative.person_id == person_id
            )
        ).first()
    representative = None if row is None else Representative(row.name, row.capacity)
    flags = tuple(flag.id for flag in open_flags(cache, person_id))
    return representative, flags


def load_dossier_data(
    cache: LocalCache,
    identity: Identity,
    params: ParameterSet,
    insz: str,
    *,
    connect: Callable[[], Central | None],
    today: date,
    clock: Callable[[], datetime],
    online: bool | None,
    audit: bool = True,
) -> DossierData:
    """Open the dossier (worker thread): from the cache, else from the central database
    when `connect()` reaches it (closed again here). `audit`: False for a quiet reload
    of the dossier on screen (no new access). Raises DossierNotFound,
    NotAvailableOffline, BadInput (invalid INSZ)."""
    digits = insz_digits(insz)
    view, online = open_reachable(
        cache,
        identity,
        digits,
        connect=connect,
        today=today,
        clock=clock,
        online=online,
        audit_action=OPENED if audit else None,
    )
    timeline = load_timeline(cache, digits, params, today)
    representative, flags = person_facts(cache, digits)
    return DossierData(
        view=view,
        timeline=timeline,
        representative=representative,
        flag_ids=flags,
        online=online,
    )


def month_runs(months: Iterable[str]) -> list[tuple[Month, Month]]:
    """Months ("YYYY-MM") as runs of consecutive months, in order."""
    ordered = sorted({Month.parse(text) for text in months}, key=lambda m: (m.year, m.month))
    runs: list[tuple[Month, Month]] = []
    for month in ordered:
        if runs and runs[-1][1] + 1 == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs
