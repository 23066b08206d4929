"""Import a VSB monthly file of BOB periods into the central database (supervisors only).

1. The signed-in supervisor is checked (`require_supervisor`; a refusal is audited).
2. The file is read and each row checked on its own (`cumuldesk.services.vsb.file`).
3. In ONE transaction: the persons of the file and their BOB periods are loaded in a
   few set-based queries; each row is compared with them (`plan_import`); the new
   periods are inserted and the changed ones updated in bulk (SQLAlchemy Core); a
   `VsbImport` row and one `vsb_import` audit event record the import. Any error
   rolls all of it back.
4. The rejected rows are written to the rejects file (`cumuldesk.services.vsb.rejects`),
   whole or not at all. When that fails (a full disk, ...) the import stays committed:
   `RejectsNotWritten` (exit code 5) says so, with the counts, the path and the reason,
   and carries the result (the rejected rows); importing the same file again changes
   nothing more and writes the rejects file.

On the production set-up (a supervisor's own PostgreSQL login, `is_secured`) the
supervisor can neither read other teams' persons nor write a table: step 3 then asks the
server for the persons and periods of the file's INSZ (`cumuldesk_api.vsb_state`, which
takes the import lock), plans the import here as above, and hands the plan to
`cumuldesk_api.vsb_import`, which re-checks it, writes it, records the `VsbImport` row and
the audit event in the same transaction (cumuldesk/storage/security/40_supervisor.sql).

A row whose person and start match a stored period updates that period when its end
or flag differs (VSB closes an open period) and leaves it unchanged when identical, so
importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.errors import CumulDeskError, Unavailable
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.supervisor_calls import call, server_message
from cumuldesk.services.vsb.file import (
    BobRow,
    Progress,
    Reject,
    VsbFile,
    check_rows,
    read_vsb_file,
)
from cumuldesk.services.vsb.rejects import check_rejects_path, default_rejects_path, write_rejects
from cumuldesk.storage.audit import record, utcnow
from cumuldesk.storage.database import chunked, is_secured, transaction
from cumuldesk.storage.files import write_error
from cumuldesk.storage.models import BobPeriodRow, Person, VsbImport

ACTION = "import-vsb"
AUDIT_ACTION = "vsb_import"
CHUNK = 900  # values per IN (...) list: below every engine's limit on bound parameters
_PG_IMPORT_LOCK = 0x56534249  # "VSBI": one VSB import at a time on PostgreSQL

NO_DOSSIER = (
    "no dossier: this INSZ is not in the central database, and DG HAN keeps BOB periods "
    "only for persons it has a dossier for"
)
OVERLAP_IN_DATABASE = (
    "overlaps another BOB period of the same person already in the central database "
    "(only the period with the same start can be updated)"
)


class ImportFailed(CumulDeskError):
    """The database refused the import; everything was rolled back."""


@dataclass(frozen=True)
class StoredPeriod:
    id: int
    start: date
    end: date | None
    voluntary_switch: bool


@dataclass
class ImportPlan:
    new: list[tuple[int, BobRow]] = field(default_factory=list)  # (person id, row)
    updated: list[tuple[int, BobRow]] = field(default_factory=list)  # (period id, row)
    unchanged: list[BobRow] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


@dataclass(frozen=True)
class VsbImportResult:
    import_id: int
    file_name: str
    sha256: str
    kind: str
    rows_total: int
    new: int
    updated: int
    unchanged: int
    rejects: tuple[Reject, ...]  # sorted by line
    rejects_path: Path

    @property
    def rejected(self) -> int:
        return len(self.rejects)

    @property
    def imported(self) -> int:
        """Rows that changed the database: new periods and updated ones."""
        return self.new + self.updated


RejectsWriter = Callable[[VsbImportResult], None]


class RejectsNotWritten(Unavailable):
    """The import is committed, but its rejects file could not be written (exit code 5).
    `result`: the committed import, with its rejected rows; `reason`: why, naming the
    path."""

    def __init__(self, result: VsbImportResult, reason: str) -> None:
        self.result = result
        self.reason = reason
        super().__init__(
            f"VSB import {result.import_id} of {result.file_name} is committed ({result.new:,} "
            f"new, {result.updated:,} updated, {result.unchanged:,} unchanged, "
            f"{result.rejected:,} rejected rows), but {reason}. To get the rejects file, "
            "free some space (or choose another --rejects path) and import the same file "
            "again: that changes nothing more and writes the rejects file"
        )


def _write_csv(result: VsbImportResult) -> None:
    write_rejects(result.rejects_path, result.rejects)


# --- comparing the rows with the database (pure) ---------------------------------------


def _last_day(end: date | None) -> date:
    return date.max if end is None else end


def _overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    return a_start <= _last_day(b_end) and b_start <= _last_day(a_end)


def _overlaps_in_file(rows: Sequence[BobRow]) -> dict[int, int]:
    """{line: another line it overlaps} over one person's rows (sweep by start date).

    Both rows of an overlapping pair are named: the file does not say which is right.
    """
    named: dict[int, int] = {}
    holder: BobRow | None = None  # the row with the latest end so far
    for row in sorted(rows, key=lambda r: (r.start, r.line)):
        if holder is not None and row.start <= _last_day(holder.end):
            named.setdefault(row.line, holder.line)
            named.setdefault(holder.line, row.line)
        if holder is None or _last_day(row.end) > _last_day(holder.end):
            holder = row
    return named


def _plan_person(
    person_id: int, rows: list[BobRow], stored: Sequence[StoredPeriod], plan: ImportPlan
) -> None:
    overlapping = _overlaps_in_file(rows)
    for row in rows:
        if row.line in overlapping:
            plan.rejects.append(
                Reject(
                    row.source,
                    f"overlaps the BOB period on line {overlapping[row.line]} for the same "
                    "person (both lines are rejected: the file must say which is right)",
                )
            )
    # A row replaces the stored period with its start; it must not overlap any other
    # stored period. A rejected row replaces nothing, so check again until stable.
    active = {row.start: row for row in rows if row.line not in overlapping}
    changed = True
    while changed:
        changed = False
        for row in list(active.values()):
            if any(
                period.start not in active
                and _overlaps(row.start, row.end, period.start, period.end)
                for period in stored
            ):
                plan.rejects.append(Reject(row.source, OVERLAP_IN_DATABASE))
                del active[row.start]
                changed = True
    by_start = {period.start: period for period in stored}
    for row in active.values():
        period = by_start.get(row.start)
        if period is None:
            plan.new.append((person_id, row))
        elif (period.end, period.voluntary_switch) == (row.end, row.voluntary_switch):
            plan.unchanged.append(row)
        else:
            plan.updated.append((period.id, row))


def plan_import(
    rows: Iterable[BobRow],
    persons: Mapping[str, int],
    stored: Mapping[int, Sequence[StoredPeriod]],
) -> ImportPlan:
    """What the checked rows do to the database: new, updated, unchanged or rejected.

    `persons` maps the INSZ of the file to person ids; `stored` holds their BOB periods.
    """
    plan = ImportPlan()
    by_person: dict[int, list[BobRow]] = defaultdict(list)
    for row in rows:
        person_id = persons.get(row.insz)
        if person_id is None:
            plan.rejects.append(Reject(row.source, NO_DOSSIER))
        else:
            by_person[person_id].append(row)
    for person_id, person_rows in by_person.items():
        _plan_person(person_id, person_rows, stored.get(person_id, ()), plan)
    return plan


# --- the database ----------------------------------------------------------------------


def load_state(
    session: Session, insz: Iterable[str]
) -> tuple[dict[str, int], dict[int, list[StoredPeriod]]]:
    """The person ids of these INSZ and their stored BOB periods, in a few queries."""
    persons: dict[str, int] = {}
    for chunk in chunked(sorted(set(insz)), CHUNK):
        query = select(Person.insz, Person.id).where(Person.insz.in_(chunk))
        persons.update((insz, person_id) for insz, person_id in session.execute(query))
    stored: dict[int, list[StoredPeriod]] = defaultdict(list)
    table = BobPeriodRow.__table__
    columns = (table.c.person_id, table.c.id, table.c.start_date, table.c.end_date)
    for ids in chunked(sorted(persons.values()), CHUNK):
        query = select(*columns, table.c.voluntary_switch).where(table.c.person_id.in_(ids))
        for row in session.execute(query):
            values: tuple[Any, ...] = tuple(row)  # Core columns: person, id, start, end, flag
            person_id, period_id, start, end, flag = values
            stored[person_id].append(StoredPeriod(period_id, start, end, bool(flag)))
    return persons, dict(stored)


def _write(session: Session, plan: ImportPlan, import_id: int) -> None:
    table = BobPeriodRow.__table__
    if plan.new:
        session.execute(
            insert(table),
            [
                {
                    "person_id": person_id,
                    "start_date": row.start,
                    "end_date": row.end,
                    "voluntary_switch": row.voluntary_switch,
                    "import_id": import_id,
                }
                for person_id, row in plan.new
            ],
        )
    if plan.updated:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("period_id"))
            .values(
                end_date=bindparam("new_end"),
                voluntary_switch=bindparam("new_flag"),
                import_id=bindparam("new_import"),
            ),
            [
                {
                    "period_id": period_id,
                    "new_end": row.end,
                    "new_flag": row.voluntary_switch,
                    "new_import": import_id,
                }
                for period_id, row in plan.updated
            ],
        )


def _counts(vsb: VsbFile, plan: ImportPlan) -> dict[str, int]:
    return {
        "rows_total": len(vsb.rows),
        "new": len(plan.new),
        "updated": len(plan.updated),
        "unchanged": len(plan.unchanged),
        "rejected": len(plan.rejects),
    }


def _import(
    session: Session,
    vsb: VsbFile,
    rows: Sequence[BobRow],
    rejects: list[Reject],
    user: str,
    progress: Progress | None,
    clock: Callable[[], datetime],
) -> tuple[int, ImportPlan]:
    if is_secured(session):
        return _import_on_server(session, vsb, rows, rejects, progress)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_IMPORT_LOCK})
    if progress:
        progress("comparing with the central database", 0, len(rows))
    persons, stored = load_state(session, (row.insz for row in rows))
    plan = plan_import(rows, persons, stored)
    plan.rejects.extend(rejects)
    counts = _counts(vsb, plan)
    log = VsbImport(
        file_name=vsb.name[:255],
        file_sha256=vsb.sha256,
        imported_at=clock(),
        imported_by=user,
        rows_total=counts["rows_total"],
        rows_imported=counts["new"] + counts["updated"],
        rows_unchanged=counts["unchanged"],
        rows_rejected=counts["rejected"],
    )
    session.add(log)
    session.flush()
    if progress:
        progress("importing", 0, counts["new"] + counts["updated"])
    _write(session, plan, log.id)
    record(
        session,
        user,
        AUDIT_ACTION,
        details={**counts, "file": vsb.name, "sha256": vsb.sha256, "import_id": log.id},
        clock=clock,
    )
    return log.id, plan


# --- the production set-up: the server's functions ------------------------------------


def _refused_import(exc: DBAPIError) -> CumulDeskError:
    return ImportFailed(
        f"the central database refused the import ({server_message(exc) or 'refused'}); "
        "nothing was imported"
    )


def server_state(
    session: Session, insz: Iterable[str]
) -> tuple[dict[str, int], dict[int, list[StoredPeriod]]]:
    """`load_state` through `cumuldesk_api.vsb_state` (a supervisor may not read the other
    teams' persons): the same answer, and the import lock taken until the transaction ends."""
    rows = call(
        session,
        text("SELECT * FROM cumuldesk_api.vsb_state(CAST(:insz AS text[]))"),
        {"insz": sorted(set(insz))},
        ACTION,
        refused=_refused_import,
    )
    persons: dict[str, int] = {}
    stored: dict[int, list[StoredPeriod]] = defaultdict(list)
    for row in rows:
        number, person_id, period_id, start, end, flag = tuple(row)
        persons[number] = person_id
        if period_id is not None:
            stored[person_id].append(StoredPeriod(period_id, start, end, bool(flag)))
    return persons, dict(stored)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _import_on_server(
    session: Session,
    vsb: VsbFile,
    rows: Sequence[BobRow],
    rejects: list[Reject],
    progress: Progress | None,
) -> tuple[int, ImportPlan]:
    if progress:
        progress("comparing with the central database", 0, len(rows))
    persons, stored = server_state(session, (row.insz for row in rows))
    plan = plan_import(rows, persons, stored)
    plan.rejects.extend(rejects)
    counts = _counts(vsb, plan)
    if progress:
        progress("importing", 0, counts["new"] + counts["updated"])
    new = [
        {
            "person_id": person_id,
            "start_date": row.start.isoformat(),
            "end_date": _day(row.end),
            "voluntary_switch": row.voluntary_switch,
        }
        for person_id, row in plan.new
    ]
    updated = [
        {
            "period_id": period_id,
            "person_id": persons[row.insz],
            "end_date": _day(row.end),
            "voluntary_switch": row.voluntary_switch,
        }
        for period_id, row in plan.updated
    ]
    import_id = call(
        session,
        text(
            "SELECT cumuldesk_api.vsb_import(:name, :sha256, CAST(:counts AS jsonb),"
            " CAST(:new AS jsonb), CAST(:updated AS jsonb))"
        ),
        {
            "name": vsb.name[:255],
            "sha256": vsb.sha256,
            "counts": json.dumps(counts),
            "new": json.dumps(new),
            "updated": json.dumps(updated),
        },
        ACTION,
        refused=_refused_import,
    ).scalar_one()
    return int(import_id), plan


def import_vsb_file(
    factory: sessionmaker[Session],
    path: Path,
    *,
    identity: Identity,
    rejects_path: Path | None = None,
    rejects_writer: RejectsWriter | None = None,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> VsbImportResult:
    """Import the VSB file at `path` as the signed-in `identity` (a supervisor); see the
    module docstring. `rejects_writer(result)` writes the rejects file to
    `result.rejects_path` (default: the CSV, `write_rejects`).

    Raises NotAllowed (not a supervisor), BadInput (unusable file or rejects path),
    ImportFailed or Unavailable (the database failed: nothing was imported),
    RejectsNotWritten (imported, but the rejects file could not be written).
    """
    handler = require_supervisor(factory, identity, ACTION)
    vsb = read_vsb_file(path, progress)
    rejects_path = rejects_path or default_rejects_path(path)
    check_rejects_path(rejects_path, path)
    rows, rejects = check_rows(vsb.rows, progress)
    try:
        with transaction(factory) as session:
            import_id, plan = _import(
                session, vsb, rows, rejects, handler.username, progress, clock
            )
    except OperationalError as exc:
        raise Unavailable(
            f"the central database failed during the import ({type(exc.orig).__name__}); "
            "nothing was imported"
        ) from None
    except SQLAlchemyError as exc:
        raise ImportFailed(
            f"the central database refused the import ({type(exc).__name__}); nothing was imported"
        ) from None
    ordered = tuple(sorted(plan.rejects, key=lambda r: r.line))
    result = VsbImportResult(
        import_id=import_id,
        file_name=vsb.name,
        sha256=vsb.sha256,
        kind=vsb.kind,
        rows_total=len(vsb.rows),
        new=len(plan.new),
        updated=len(plan.updated),
        unchanged=len(plan.unchanged),
        rejects=ordered,
        rejects_path=rejects_path,
    )
    try:
        (rejects_writer or _write_csv)(result)
    except CumulDeskError as exc:  # DiskProblem or BadInput, naming the path
        raise RejectsNotWritten(result, str(exc)) from None
    except OSError as exc:
        raise RejectsNotWritten(
            result, str(write_error(exc, rejects_path, "rejects file"))
        ) from None
    return result
