"""What the desktop's dossier page reads and writes (no Qt): `DossierData`, opened in one
cache session by `Desk.open_dossier` (`services.dossiers.opening`); acknowledging its
retroactive-change flags; the legal representative and open flags of a cached person
(`person_facts`, for a letter); and months grouped in runs for the retroactive-change
banner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.months import Month
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.desk import Change, Changes
from cumuldesk.services.dossiers.actions import OPENED
from cumuldesk.services.dossiers.opening import DossierData as DossierData  # re-exported
from cumuldesk.services.dossiers.opening import Representative as Representative
from cumuldesk.services.dossiers.opening import open_dossier_data, representative
from cumuldesk.services.dossiers.store import parse_typed_insz
from cumuldesk.services.dossiers.stored import find_person, open_flag_rows
from cumuldesk.storage.cache import LocalCache
from cumuldesk.sync.retro import acknowledge


def person_facts(cache: LocalCache, digits: str) -> tuple[Representative | None, tuple[int, ...]]:
    """The legal representative (if any) and the open retroactive-change flag ids of the
    cached person with these INSZ digits (one session)."""
    with cache.sessions() as session:
        person = find_person(session, digits)
        if person is None:
            return None, ()
        flags = tuple(sorted(flag.id for flag in open_flag_rows(session, person.id)))
        return representative(session, person.id), flags


def load_dossier_data(
    cache: LocalCache,
    identity: Identity,
    params: LegalParameters,
    insz: str,
    *,
    connect: Callable[[], Central | None],
    today: date,
    clock: Callable[[], datetime],
    online: bool | None,
    audit: bool = True,
) -> DossierData:
    """`Desk.open_dossier` with the handler's context given one by one (worker thread):
    from the cache, else from the central database when `connect()` reaches it (closed
    again here). `audit`: False for a quiet reload of the dossier on screen (no new
    access). Raises DossierNotFound, NotAvailableOffline, BadInput (invalid INSZ)."""
    return open_dossier_data(
        cache,
        identity,
        params,
        parse_typed_insz(insz),
        connect=connect,
        today=today,
        clock=clock,
        online=online,
        audit_action=OPENED if audit else None,
    )


def acknowledge_flags(cache: LocalCache, data: DossierData, when: datetime) -> Changes:
    """The handler has seen the open retroactive-change flags of the dossier shown: they
    are no longer open (the work list drops its mark). BadInput when one is no longer
    open. Changes: the dossier's case work."""
    for flag_id in data.flag_ids:
        acknowledge(cache, flag_id, when)
    return Changes.of(Change.CASES, persons=[data.insz])


def month_runs(months: Iterable[str | Month]) -> list[tuple[Month, Month]]:
    """Months ("YYYY-MM", or `Month`s) as runs of consecutive months, in order."""
    ordered = sorted(
        {month if isinstance(month, Month) else Month.parse(month) for month in months},
        key=lambda m: (m.year, m.month),
    )
    runs: list[tuple[Month, Month]] = []
    for month in ordered:
        if runs and runs[-1][1] + 1 == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs
