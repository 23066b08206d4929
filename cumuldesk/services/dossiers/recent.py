"""The dossiers the handler opened last, newest first, from the encrypted local cache
(`cache_dossiers.last_opened_at`, set when a dossier is opened). Never kept in the
settings file; names are for the screen only, never for a log line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from cumuldesk.domain.insz import InszError, format_insz
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import cache_dossiers
from cumuldesk.storage.models import Person

DEFAULT_LIMIT = 10


@dataclass(frozen=True)
class RecentDossier:
    insz: str  # 11 digits
    formatted: str  # YY.MM.DD-XXX.CC
    name: str  # given name and family name
    opened_at: datetime  # UTC


def _formatted(digits: str) -> str:
    try:
        return format_insz(digits)
    except InszError:  # a malformed number stored centrally: show it as it is
        return digits


def recent_dossiers(cache: LocalCache, limit: int = DEFAULT_LIMIT) -> list[RecentDossier]:
    """The `limit` dossiers opened most recently (only those ever opened)."""
    if limit <= 0:
        return []
    persons = Person.__table__
    query = (
        select(
            persons.c.insz,
            persons.c.given_name,
            persons.c.family_name,
            cache_dossiers.c.last_opened_at,
        )
        .join(persons, persons.c.id == cache_dossiers.c.person_id)
        .where(cache_dossiers.c.last_opened_at.is_not(None))
        .order_by(cache_dossiers.c.last_opened_at.desc(), persons.c.id.desc())
        .limit(limit)
    )
    with cache.engine.connect() as connection:
        rows = connection.execute(query).all()
    return [
        RecentDossier(
            insz=insz,
            formatted=_formatted(insz),
            name=f"{given} {family}".strip(),
            opened_at=opened if opened.tzinfo else opened.replace(tzinfo=UTC),
        )
        for insz, given, family, opened in rows
    ]
