"""Law values as rows of `law_values` (central database and local cache) and back.

The central database keeps the dated values of the law parameters (`LawValue`); the
shipped parameter files keep what does not change without a release: unit, brackets,
description and rules. This module turns the approved rows into the `ParameterSet` the
rules use (`parameters_from_rows`), and the shipped values into the rows of the seed
(`seed_rows`, migration 0004). The workflow (propose, approve, reject) is in
`cumuldesk.services.law.data`; the copy into a cache in `cumuldesk.sync.law`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from cumuldesk.domain.law import Kind, LegalValue
from cumuldesk.params.loader import (
    ParameterError,
    ParameterSet,
    load_parameters,
    parameters_from_values,
)
from cumuldesk.storage.models import LawState, LawValue

LAW_VALUES: Table = LawValue.__table__
SHIPPED_ACTOR = "shipped"  # proposed_by / decided_by of the seed
SEED_VERSION = 1


def value_text(value: Decimal | bool) -> str:
    """A value as stored: "331.22", "true" or "false"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return format(Decimal(value).quantize(Decimal("0.01")), "f")


def parse_stored(text: str, unit: str) -> Decimal | bool:
    """The typed value of a stored text (the unit from the shipped metadata)."""
    if unit == "boolean":
        return text == "true"
    return Decimal(text)


def seed_rows(now: datetime) -> list[dict[str, Any]]:
    """Every value of the shipped parameter files as an approved row of version 1."""
    return [
        {
            "name": value.name,
            "bracket": value.bracket,
            "effective": value.effective,
            "value": value_text(value.value),
            "kind": value.kind.value,
            "source_title": value.source_title,
            "source_url": value.source_url,
            "state": LawState.APPROVED.value,
            "proposed_by": SHIPPED_ACTOR,
            "proposed_at": now,
            "decided_by": SHIPPED_ACTOR,
            "decided_at": now,
            "version": SEED_VERSION,
        }
        for value in load_parameters().all_values()
    ]


def approved_version(bind: Connection | Session) -> int | None:
    """The law-data version held: the highest approved version (None: no law data)."""
    found = bind.execute(
        select(func.max(LAW_VALUES.c.version)).where(LAW_VALUES.c.state == LawState.APPROVED.value)
    ).scalar()
    return None if found is None else int(found)


def approved_rows(bind: Connection | Session) -> list[dict[str, Any]]:
    """Every approved row, in approval order (version, then id), as plain dictionaries."""
    return [
        dict(row)
        for row in bind.execute(
            select(LAW_VALUES)
            .where(LAW_VALUES.c.state == LawState.APPROVED.value)
            .order_by(LAW_VALUES.c.version, LAW_VALUES.c.id)
        ).mappings()
    ]


def legal_value(row: Mapping[str, Any], unit: str, origin: str) -> LegalValue:
    return LegalValue(
        name=row["name"],
        bracket=row["bracket"],
        effective=row["effective"],
        value=parse_stored(row["value"], unit),
        unit=unit,
        source_title=row["source_title"],
        source_url=row["source_url"],
        kind=Kind(row["kind"]),
        origin=origin,
    )


def parameters_from_rows(rows: Iterable[Mapping[str, Any]], origin: str) -> ParameterSet | None:
    """The law data of these approved rows (given in approval order): version = the
    highest row version, each value's origin "central law data v<its version>". None
    when there are no rows. Raises ParameterError when a row does not fit the shipped
    metadata (a parameter or bracket this release does not know)."""
    rows = list(rows)
    if not rows:
        return None
    metadata = load_parameters()
    units: dict[str, str] = {}
    values: list[LegalValue] = []
    for row in rows:
        name = row["name"]
        if name not in units:
            try:
                units[name] = metadata.parameter(name).unit
            except KeyError:
                raise ParameterError(
                    f"{origin}: law value {row['id']} is for {name!r}, a parameter this "
                    "version of CumulDesk does not know"
                ) from None
        values.append(legal_value(row, units[name], f"central law data v{row['version']}"))
    version = max(int(row["version"]) for row in rows)
    return parameters_from_values(values, version, origin)


def stored_parameters(bind: Connection | Session, origin: str) -> ParameterSet | None:
    """The approved law data in this database (central or cache), None when it has none."""
    return parameters_from_rows(approved_rows(bind), origin)
