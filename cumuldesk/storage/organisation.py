"""The letters' sender block as rows of `organisation_values` (central database and local
cache) and back.

Every publication of a field in a language is a row with the next version (the highest
plus one over the whole table); the current value of a (field, language) is its row of the
highest version. This module reads them, in the central database and in a cache alike:
the versions held (`highest_version`), the rows after a version (`rows_after`: what an
incremental pull copies), and the current values as the domain's `SenderValue`
(`current_values`, `sender_block`). The publishing (checks, audit, the server's function)
is in `cumuldesk.services.organisation`; the copy into a cache in
`cumuldesk.sync.organisation`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderBlock, SenderField, SenderValue
from cumuldesk.storage.models import OrganisationValue

ORGANISATION_VALUES: Table = OrganisationValue.__table__

Key = tuple[SenderField, Language]


def highest_version(bind: Connection | Session) -> int | None:
    """The highest published version in this database (None: nothing published)."""
    found = bind.execute(select(func.max(ORGANISATION_VALUES.c.version))).scalar()
    return None if found is None else int(found)


def rows_after(bind: Connection | Session, version: int | None) -> list[dict[str, Any]]:
    """The rows published after `version` (all of them for None), oldest first."""
    query = select(ORGANISATION_VALUES).order_by(ORGANISATION_VALUES.c.version)
    if version is not None:
        query = query.where(ORGANISATION_VALUES.c.version > version)
    return [dict(row) for row in bind.execute(query).mappings()]


def _aware(moment: datetime) -> datetime:
    """A stored time as UTC with its zone (SQLite hands it back without one)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def sender_value(row: Mapping[str, Any]) -> SenderValue:
    return SenderValue(
        text=row["text"],
        source=row["source"],
        published_by=row["published_by"],
        published_at=_aware(row["published_at"]),
    )


def _key(row: Mapping[str, Any]) -> Key | None:
    """The (field, language) of a row; None for a field this release does not know."""
    try:
        return SenderField(row["field"]), Language(row["language"])
    except ValueError:
        return None


def current_rows(
    bind: Connection | Session, language: Language | None = None
) -> dict[Key, dict[str, Any]]:
    """The current row of every published (field, language) (of one language when given)."""
    query = select(ORGANISATION_VALUES).order_by(ORGANISATION_VALUES.c.version)
    if language is not None:
        query = query.where(ORGANISATION_VALUES.c.language == language.value)
    found: dict[Key, dict[str, Any]] = {}
    for mapping in bind.execute(query).mappings():
        row = dict(mapping)
        key = _key(row)
        if key is not None:
            found[key] = row  # a later version replaces an earlier one
    return found


def current_values(
    bind: Connection | Session, language: Language | None = None
) -> dict[Key, SenderValue]:
    """The current value of every published (field, language)."""
    return {key: sender_value(row) for key, row in current_rows(bind, language).items()}


def block_of(values: Mapping[Key, SenderValue], language: Language) -> SenderBlock:
    """The sender block of one language: every field, None where none is published."""
    return SenderBlock(language, {field: values.get((field, language)) for field in SenderField})


def sender_block(bind: Connection | Session, language: Language) -> SenderBlock:
    """The sender block of one language as published in this database."""
    return block_of(current_values(bind, language), language)


def history_rows(
    bind: Connection | Session,
    fields: Iterable[SenderField] = (),
    languages: Iterable[Language] = (),
) -> list[dict[str, Any]]:
    """Every published version (of these fields and languages, all when none given),
    newest first."""
    query = select(ORGANISATION_VALUES).order_by(ORGANISATION_VALUES.c.version.desc())
    wanted_fields = [field.value for field in fields]
    wanted_languages = [language.value for language in languages]
    if wanted_fields:
        query = query.where(ORGANISATION_VALUES.c.field.in_(wanted_fields))
    if wanted_languages:
        query = query.where(ORGANISATION_VALUES.c.language.in_(wanted_languages))
    return [dict(row) for row in bind.execute(query).mappings()]
