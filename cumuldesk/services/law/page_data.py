"""What the "Law data" page shows and does, as plain data and plain functions (no Qt),
run on worker threads through the desk (`services.desk.Desk`: `central_law_values`,
`cached_law_values`, `propose_law_value`, `approve_law_value`, `reject_law_value`).

- `load_central(connect, cache)`: every law value of the central database (proposed,
  approved, rejected: `services.law.data.list_values`); None when the central database
  cannot be reached.
- `load_cache(cache, params)`: offline, the approved values this desk computes with (the
  law-data version of `params`) from the local cache, as the last sync left them; the
  shipped values when the desk computes with the shipped defaults.
- `propose_value`, `approve_value`, `reject_value`: one supervisor's step, each one job
  that opens the central database, calls `services.law.data` with the signed-in identity
  (which checks the role and the two supervisors again, on the server's data) and closes
  it. Unreachable: `Unavailable` with a marked sentence; refused: the service's
  `BadInput` / `NotAllowed` sentence. Each returns a `LawStep`.

Rows come back as `LawRow` (plain data, the value typed by the parameter's unit), in the
page's default order (`default_order`: proposals first, then the newest approvals).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from cumuldesk.domain.law import LegalValue
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import Unavailable
from cumuldesk.params.loader import ParameterSet, load_parameters
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.desk import NOTHING, Changes
from cumuldesk.services.law import data as law
from cumuldesk.services.law.form import Proposal
from cumuldesk.services.law.names import PARAMETER_NAMES, bracket_order
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.law_data import SEED_VERSION as SEED_VERSION
from cumuldesk.storage.law_data import SHIPPED_ACTOR as SHIPPED_ACTOR
from cumuldesk.storage.law_data import approved_rows, parse_stored
from cumuldesk.sync.law import cache_law_version

PROPOSED, APPROVED, REJECTED = "proposed", "approved", "rejected"
STATES = (PROPOSED, APPROVED, REJECTED)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "LawLoad",
    "The central database cannot be reached: nothing was sent. Try again when the "
    "connection is back.",
)

Connect = Callable[[], Central]


@dataclass(frozen=True)
class LawRow:
    """One law value as the page shows it."""

    id: int | None  # None: read from the shipped defaults
    name: str
    bracket: str | None
    effective: date
    value: Decimal | bool | None  # None: a parameter this release does not know
    value_text: str  # as stored: "331.22", "true"
    unit: str
    kind: str
    state: str
    version: int | None
    proposed_by: str | None
    proposed_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    source_title: str
    source_url: str | None
    reason: str | None = None

    @property
    def label(self) -> str:
        """As the command line names it: ivt_yearly[A]."""
        return self.name if self.bracket is None else f"{self.name}[{self.bracket}]"


@dataclass(frozen=True)
class LawData:
    """What the page shows: the rows, and whether they came from the central database."""

    online: bool
    rows: tuple[LawRow, ...]
    cache_version: int | None  # the law-data version in the local cache (as of the last sync)

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATES, 0)
        for row in self.rows:
            found[row.state] = found.get(row.state, 0) + 1
        return found


@dataclass(frozen=True)
class LawStep:
    """What a supervisor's step did: the value it concerns, the law-data version an
    approval made, and what changed on this desk: nothing yet (the law in force here
    changes with the next sync, which the page asks for after an approval)."""

    value_id: int
    version: int | None = None  # an approval: the new law-data version
    changes: Changes = NOTHING


# --------------------------------------------------------------------------- rows


def _typed(text: str, unit: str | None) -> Decimal | bool | None:
    if unit is None:
        return None
    try:
        return parse_stored(text, unit)
    except ArithmeticError:
        return None


def rows_from_views(views: Iterable[law.LawValueView], metadata: ParameterSet) -> list[LawRow]:
    units = {name: metadata.parameter(name).unit for name in metadata.names()}
    return [
        LawRow(
            id=view.id,
            name=view.name,
            bracket=view.bracket,
            effective=view.effective,
            value=_typed(view.value, units.get(view.name)),
            value_text=view.value,
            unit=units.get(view.name, ""),
            kind=view.kind,
            state=view.state,
            version=view.version,
            proposed_by=view.proposed_by,
            proposed_at=view.proposed_at,
            decided_by=view.decided_by,
            decided_at=view.decided_at,
            source_title=view.source_title,
            source_url=view.source_url,
            reason=view.reason,
        )
        for view in views
    ]


def _row_of_value(value: LegalValue) -> LawRow:
    return LawRow(
        id=None,
        name=value.name,
        bracket=value.bracket,
        effective=value.effective,
        value=value.value,
        value_text=str(value.value).lower() if isinstance(value.value, bool) else f"{value.value}",
        unit=value.unit,
        kind=value.kind.value,
        state=APPROVED,
        version=None,
        proposed_by=None,
        proposed_at=None,
        decided_by=None,
        decided_at=None,
        source_title=value.source_title,
        source_url=value.source_url,
    )


def default_order(rows: Iterable[LawRow]) -> list[LawRow]:
    """Proposals first (the oldest first: they wait longest), then the approved values
    newest version first, then the rejected ones; within those by parameter (the order of
    `law_names`), bracket and date."""
    names = list(PARAMETER_NAMES)

    def key(row: LawRow) -> tuple[int, int, int, str, int, date, int]:
        rank = STATES.index(row.state) if row.state in STATES else len(STATES)
        newest = 0 if row.state == PROPOSED else -(row.version or 0)
        place = names.index(row.name) if row.name in names else len(names)
        bracket = bracket_order(row.name, row.bracket)
        return (rank, newest, place, row.name, bracket, row.effective, row.id or 0)

    return sorted(rows, key=key)


# ------------------------------------------------------------------------- loading


def load_central(connect: Callable[[], Central | None], cache: LocalCache) -> LawData | None:
    """Every law value of the central database, None when it cannot be reached."""
    central = connect()
    if central is None:
        return None
    try:
        views = law.list_values(central.sessions)
    finally:
        central.close()
    rows = rows_from_views(views, load_parameters())
    return LawData(True, tuple(default_order(rows)), cache_law_version(cache))


def load_cache(cache: LocalCache, params: ParameterSet) -> LawData:
    """Offline: the approved values of the law data this desk computes with."""
    held = cache_law_version(cache)
    rows: list[LawRow] = []
    if params.version is not None:
        with cache.engine.connect() as connection:
            stored = [r for r in approved_rows(connection) if int(r["version"]) <= params.version]
        views = [
            law.LawValueView(
                id=r["id"],
                name=r["name"],
                bracket=r["bracket"],
                effective=r["effective"],
                value=r["value"],
                kind=str(getattr(r["kind"], "value", r["kind"])),
                source_title=r["source_title"],
                source_url=r["source_url"],
                state=APPROVED,
                proposed_by=r["proposed_by"],
                proposed_at=r["proposed_at"],
                decided_by=r["decided_by"],
                decided_at=r["decided_at"],
                version=r["version"],
                reason=None,
            )
            for r in stored
        ]
        rows = rows_from_views(views, load_parameters())
    if not rows:  # the shipped defaults (or a cache without the rows of this version)
        rows = [_row_of_value(value) for value in params.all_values()]
    return LawData(False, tuple(default_order(rows)), held)


# ----------------------------------------------------------------------- the steps


def _central(connect: Connect) -> Central:
    try:
        return connect()
    except Unavailable:
        raise Unavailable(Message("LawLoad", UNREACHABLE)) from None


def propose_value(connect: Connect, identity: Identity, proposal: Proposal) -> LawStep:
    """Send a checked proposal (another supervisor approves it)."""
    central = _central(connect)
    try:
        value_id = law.propose(
            central.sessions,
            identity,
            proposal.name,
            proposal.effective,
            proposal.value,
            proposal.kind,
            proposal.source_title,
            proposal.source_url,
            proposal.bracket,
        )
    finally:
        central.close()
    return LawStep(value_id)


def approve_value(connect: Connect, identity: Identity, value_id: int) -> LawStep:
    """Approve a value another supervisor proposed: it makes the next law-data version."""
    central = _central(connect)
    try:
        version = law.approve(central.sessions, identity, value_id)
    finally:
        central.close()
    return LawStep(value_id, version)


def reject_value(connect: Connect, identity: Identity, value_id: int, reason: str) -> LawStep:
    """Reject a proposed value, with a reason when one is given."""
    central = _central(connect)
    try:
        law.reject(central.sessions, identity, value_id, reason or None)
    finally:
        central.close()
    return LawStep(value_id)


def find(rows: Sequence[LawRow], value_id: int | None) -> LawRow | None:
    return next((row for row in rows if value_id is not None and row.id == value_id), None)
