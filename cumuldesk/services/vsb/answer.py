"""Answer VSB's query file: the IVT/IT payment periods of par. 12-14 (supervisors only).

Deliberation IVC/KSZG/21/124, par. 12-14 (docs: /work/shared/DOMAIN.md, rule 4 and 6):

* VSB asks, per person (INSZ) and query day, about the person's *query window*
  (`cumuldesk.domain.cumulation.query_window`, the same window as `cumuldesk check`);
  only persons aged 17 years 11 months up to 24 on the query day have one;
* the answer holds the IVT/IT **payment** periods inside that window (paid: a monthly
  amount above 0 EUR, decision versions in force), cut to the window and to at most
  three years before the query day (par. 14), and nothing else: INSZ, start, end, the
  total monthly amount (IVT + IT) and the regulation (IVT, IT or IVT+IT). A change of
  amount or regulation starts a new row;
* a person with no paid IVT/IT in the window gets no row (par. 13);
* a row whose INSZ is invalid, whose person is unknown, whose query date is not a date,
  or whose person is outside the ages, goes to the rejects file with its line and the
  reason (the INSZ only where it is a valid number; a reason never quotes a cell).

The query file follows the VSB import's conventions (`cumuldesk.services.vsb.file`):
CSV, UTF-8 with or without byte order mark, semicolons (or commas), a header row naming
the INSZ and the query date columns (or an XLSX, first sheet), the same bounds on size,
rows and columns; a file that cannot be used at all is `BadInput` (exit 2) naming the
line, never quoting a cell.

The central database is read in a few queries for all persons of the file (chunks of
`CHUNK` INSZ): the persons' birth dates, then the paid periods of their decisions in
force. On the production set-up (a supervisor's own PostgreSQL login, `is_secured`) the
server's `cumuldesk_api.vsb_answer_state` reads them (a supervisor may not read the other
teams' persons) and `cumuldesk_api.vsb_answer_record` records the audit event
(40_supervisor.sql); elsewhere the tables are read and `record` writes the event.

The answer and the rejects file are written whole or not at all, mode 0600
(`storage.files.atomic_file`): the temporary files are filled while the database
transaction is open, and moved into place only once it has committed with its audit
event `vsb_answer` (counts, the file's name and checksum; no personal data).
"""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.config import ImportLimits, import_limits
from cumuldesk.domain.cumulation import DateWindow, query_window
from cumuldesk.domain.insz import InszError, parse_insz
from cumuldesk.domain.months import add_years
from cumuldesk.domain.periods import IvtItPeriod, Period, Regulation
from cumuldesk.errors import BadInput, CumulDeskError, Unavailable
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.supervisor_calls import call, server_message
from cumuldesk.services.vsb.file import (
    _XLS_MAGIC,
    _XLSX_MAGIC,
    Column,
    Progress,
    _csv_lines,
    _HashingReader,
    _too_large,
    _xlsx_lines,
    column_of,
    parse_vsb_date,
)
from cumuldesk.storage.audit import record, utcnow
from cumuldesk.storage.database import chunked, is_secured, transaction
from cumuldesk.storage.files import atomic_file, check_target
from cumuldesk.storage.models import IvtItDecision, IvtItPeriodRow, Person

ACTION = "answer-vsb"
AUDIT_ACTION = "vsb_answer"
CHUNK = 900  # values per IN (...) list: below every engine's limit on bound parameters
YEARS_BACK = 3  # par. 14: at most three years back from the query day
# the progress phase from which the files are filled, the audit event recorded, the
# transaction committed and the files moved into place: a step the command does not let
# Ctrl+C cut (commands.answer_vsb)
WRITING_PHASE = "writing the answer"

ANSWER_COLUMNS = ("INSZ", "start", "end", "monthly_amount", "regulation")
REJECTS_COLUMNS = ("line", "INSZ", "reason")

INSZ_COLUMN = "INSZ"
DATE_COLUMN = "query date"
# header words of the query date column (compared without case, accents, punctuation)
_DATE_PREFIXES = ("date", "datum", "query", "bevraging", "peil", "consult", "request", "demande")

UNKNOWN_PERSON = "unknown person: this INSZ is not in the central database"
OUTSIDE_AGES = (
    "outside the ages of a query on the query date: 17 years 11 months up to 24 "
    "(deliberation par. 12)"
)
DATE_FORMATS = "expected YYYY-MM-DD or DD/MM/YYYY"


class AnswerFailed(CumulDeskError):
    """The database refused to answer; nothing was written."""


# --- the query file --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueryRow:
    """One data row as it stands in the file."""

    line: int
    insz: str
    query_date: str


@dataclass(frozen=True)
class QueryFile:
    name: str
    sha256: str
    kind: str  # "csv" or "xlsx"
    rows: tuple[QueryRow, ...]


@dataclass(frozen=True)
class Query:
    """A row that passed the checks: a valid INSZ and a query day."""

    line: int
    insz: str  # 11 digits
    day: date


@dataclass(frozen=True)
class AnswerReject:
    line: int
    insz: str  # 11 digits when the number is valid, else ""
    reason: str  # never quotes a cell


def _words(header: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[a-z0-9]+", plain.lower())


def _is_date_header(header: str) -> bool:
    return any(word.startswith(_DATE_PREFIXES) for word in _words(header))


def _header(cells: Sequence[str], file_name: str, line: int) -> tuple[int, int]:
    """(INSZ column, query date column) of the header row. Messages name columns by
    number, never quote a cell (a data row taken for a header may hold an INSZ)."""
    insz = [i for i, cell in enumerate(cells) if column_of(cell) is Column.INSZ]
    day = [i for i, cell in enumerate(cells) if i not in insz and _is_date_header(cell)]
    for found, what in ((insz, INSZ_COLUMN), (day, DATE_COLUMN)):
        if len(found) > 1:
            raise BadInput(
                f"{file_name}: columns {found[0] + 1} and {found[1] + 1} of the header row "
                f"are both read as {what}; rename one"
            )
    missing = [what for found, what in ((insz, INSZ_COLUMN), (day, DATE_COLUMN)) if not found]
    if missing:
        raise BadInput(
            f"{file_name}: line {line} is not a header row naming the {' and the '.join(missing)} "
            "column; the first row must name the columns, for example INSZ;query_date"
        )
    return insz[0], day[0]


def _query_rows(
    lines: Iterable[tuple[int, list[str]]], file_name: str, limits: ImportLimits
) -> tuple[QueryRow, ...]:
    columns: tuple[int, int] | None = None
    rows: list[QueryRow] = []
    for line, cells in lines:
        filled = [index for index, cell in enumerate(cells) if cell.strip()]
        if not filled:
            continue
        if filled[-1] >= limits.max_columns:
            raise BadInput(
                f"{file_name}: line {line} has a value in column {filled[-1] + 1:,}; at most "
                f"{limits.max_columns:,} columns are read ([import] max_columns)"
            )
        if columns is None:
            columns = _header(cells, file_name, line)
            continue
        if len(rows) >= limits.max_rows:
            raise BadInput(
                f"{file_name}: more than {limits.max_rows:,} rows (line {line} is beyond the "
                "bound); split the file, or ask the administrator to raise [import] max_rows"
            )
        insz_at, day_at = columns
        rows.append(
            QueryRow(
                line,
                cells[insz_at] if insz_at < len(cells) else "",
                cells[day_at] if day_at < len(cells) else "",
            )
        )
    if columns is None:
        raise BadInput(f"{file_name}: the file is empty: no header row")
    return tuple(rows)


def _read_csv(path: Path, limits: ImportLimits) -> tuple[str, tuple[QueryRow, ...]]:
    name = path.name
    try:
        with path.open("rb", buffering=0) as raw:
            hashing = _HashingReader(raw, limits.max_file_bytes, lambda: _too_large(path, limits))
            stream = io.TextIOWrapper(io.BufferedReader(hashing), encoding="utf-8-sig", newline="")
            try:
                rows = _query_rows(_csv_lines(stream, name), name, limits)
            except UnicodeDecodeError:
                raise BadInput(
                    f"{name}: not a CSV (UTF-8 text) or XLSX file; in Excel, save as "
                    "'CSV UTF-8' or as .xlsx"
                ) from None
            except csv.Error as exc:
                if "NUL" in str(exc):
                    raise BadInput(f"{name}: not a CSV or XLSX file (binary content)") from None
                raise BadInput(f"{name}: not a readable CSV file") from None
            return hashing.finish(), rows
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None


def _sha256(path: Path, limits: ImportLimits) -> str:
    try:
        with path.open("rb", buffering=0) as raw:
            return _HashingReader(
                raw, limits.max_file_bytes, lambda: _too_large(path, limits)
            ).finish()
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None


def read_query_file(path: Path, limits: ImportLimits | None = None) -> QueryFile:
    """Read VSB's query file; `BadInput` (exit 2) when it cannot be used at all or crosses
    one of the VSB import's bounds (`[import]` of cumuldesk.toml)."""
    limits = limits or import_limits()
    name = path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise BadInput(f"{path}: is a folder, not a file")
        if not stat.S_ISREG(status.st_mode):
            raise BadInput(f"{path}: not a regular file (a device or a pipe)")
        if status.st_size > limits.max_file_bytes:
            raise _too_large(path, limits)
        with path.open("rb") as stream:
            magic = stream.read(len(_XLSX_MAGIC))
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if magic == _XLSX_MAGIC:
        rows = _query_rows(_xlsx_lines(path, name, limits), name, limits)
        return QueryFile(name, _sha256(path, limits), "xlsx", rows)
    if magic == _XLS_MAGIC:
        raise BadInput(f"{name}: the old .xls format cannot be read; save it as .xlsx or CSV")
    sha256, rows = _read_csv(path, limits)
    return QueryFile(name, sha256, "csv", rows)


def check_queries(
    rows: Sequence[QueryRow], today: date | None = None
) -> tuple[list[Query], list[AnswerReject]]:
    """Each row on its own (INSZ, query date at most a year ahead) and against the earlier
    lines (the same INSZ and day twice)."""
    latest = add_years(today or date.today(), 1)
    good: list[Query] = []
    rejects: list[AnswerReject] = []
    first_line: dict[tuple[str, date], int] = {}
    for row in rows:
        problems: list[str] = []
        digits = ""
        try:
            digits = parse_insz(row.insz).digits
        except InszError as error:
            message = error.message
            problems.append(f"invalid INSZ: {message[:1].lower()}{message[1:].rstrip('.')}")
        day: date | None = None
        if not row.query_date.strip():
            problems.append(f"the {DATE_COLUMN} is empty")
        else:
            try:
                day = parse_vsb_date(row.query_date)
            except ValueError:
                problems.append(f"the {DATE_COLUMN} is not a date ({DATE_FORMATS})")
        if day is not None and day > latest:
            problems.append(f"the {DATE_COLUMN} is more than a year in the future")
        if problems or day is None:
            rejects.append(AnswerReject(row.line, digits, "; ".join(problems)))
            continue
        earlier = first_line.get((digits, day))
        if earlier is not None:
            rejects.append(
                AnswerReject(row.line, digits, f"duplicate row: the same as line {earlier}")
            )
            continue
        first_line[(digits, day)] = row.line
        good.append(Query(row.line, digits, day))
    return good, rejects


# --- the answer (pure) -----------------------------------------------------------------


@dataclass(frozen=True)
class AnswerRow:
    line: int  # the query's line
    insz: str
    start: date
    end: date
    monthly_amount: Decimal  # IVT + IT
    regulation: Regulation


@dataclass(frozen=True)
class PersonState:
    birth_date: date
    periods: tuple[IvtItPeriod, ...]  # of the decision versions in force


def answer_window(birth: date, day: date) -> DateWindow | None:
    """The query window (`query_window`, par. 12), starting at most three years before
    the query day (par. 14); None outside the ages 17 years 11 months up to 24."""
    window = query_window(birth, day)
    if window is None:
        return None
    start = max(window.start, add_years(day, -YEARS_BACK))
    return DateWindow(start, window.end) if start <= window.end else None


def _regulation(regulations: set[Regulation]) -> Regulation:
    if Regulation.IVT_IT in regulations or {Regulation.IVT, Regulation.IT} <= regulations:
        return Regulation.IVT_IT
    (only,) = regulations
    return only


def paid_rows(query: Query, window: DateWindow, periods: Sequence[IvtItPeriod]) -> list[AnswerRow]:
    """The paid IVT/IT of `periods` inside `window`, day by day summed (IVT + IT) and cut
    where the amount or the regulation changes; adjacent equal stretches are one row."""
    paid = [p for p in periods if p.is_paid]
    if not paid:
        return []
    after = window.end + timedelta(days=1)
    cuts = {window.start, after}
    for p in paid:
        for day in (p.period.start, None if p.period.end is None else p.period.end + timedelta(1)):
            if day is not None and window.start < day < after:
                cuts.add(day)
    points = sorted(cuts)
    rows: list[AnswerRow] = []
    for begin, stop in zip(points, points[1:], strict=False):
        covering = [
            p
            for p in paid
            if p.period.start <= begin and (p.period.end is None or p.period.end >= begin)
        ]
        if not covering:
            continue
        amount = sum((p.monthly_amount for p in covering), Decimal("0"))
        regulation = _regulation({p.regulation for p in covering})
        end = stop - timedelta(days=1)
        last = rows[-1] if rows else None
        if (
            last is not None
            and last.end + timedelta(days=1) == begin
            and (last.monthly_amount, last.regulation) == (amount, regulation)
        ):
            rows[-1] = AnswerRow(query.line, query.insz, last.start, end, amount, regulation)
        else:
            rows.append(AnswerRow(query.line, query.insz, begin, end, amount, regulation))
    return rows


@dataclass(frozen=True)
class Answer:
    rows: tuple[AnswerRow, ...]
    rejects: tuple[AnswerReject, ...]  # by line
    answered: int  # queries with at least one row
    no_payment: int  # queries in the ages, without paid IVT/IT in the window (no row)


def build_answer(
    queries: Sequence[Query], states: Mapping[str, PersonState], rejects: Sequence[AnswerReject]
) -> Answer:
    rows: list[AnswerRow] = []
    refused = list(rejects)
    answered = no_payment = 0
    for query in queries:
        state = states.get(query.insz)
        if state is None:
            refused.append(AnswerReject(query.line, query.insz, UNKNOWN_PERSON))
            continue
        window = answer_window(state.birth_date, query.day)
        if window is None:
            refused.append(AnswerReject(query.line, query.insz, OUTSIDE_AGES))
            continue
        found = paid_rows(query, window, state.periods)
        if found:
            answered += 1
            rows.extend(found)
        else:
            no_payment += 1
    ordered = tuple(sorted(refused, key=lambda r: r.line))
    return Answer(tuple(rows), ordered, answered, no_payment)


# --- the database ----------------------------------------------------------------------


def _period(start: date, end: date | None, amount: Any, regulation: Any) -> IvtItPeriod:
    return IvtItPeriod(Period(start, end), Decimal(str(amount)), Regulation(str(regulation)))


def load_states(session: Session, insz: Iterable[str]) -> dict[str, PersonState]:
    """Birth date and paid IVT/IT periods (decision versions in force) of these INSZ, in
    two queries per chunk of `CHUNK` numbers."""
    numbers = sorted(set(insz))
    if is_secured(session):
        return _server_states(session, numbers)
    births: dict[int, tuple[str, date]] = {}
    for chunk in chunked(numbers, CHUNK):
        query = select(Person.id, Person.insz, Person.birth_date).where(Person.insz.in_(chunk))
        births.update((pid, (number, born)) for pid, number, born in session.execute(query))
    periods: dict[int, list[IvtItPeriod]] = defaultdict(list)
    table, decisions = IvtItPeriodRow.__table__, IvtItDecision.__table__
    for ids in chunked(sorted(births), CHUNK):
        query = (
            select(
                decisions.c.person_id,
                table.c.start_date,
                table.c.end_date,
                table.c.monthly_amount,
                table.c.regulation,
            )
            .select_from(table.join(decisions, decisions.c.id == table.c.decision_id))
            .where(
                decisions.c.person_id.in_(ids),
                decisions.c.superseded_at.is_(None),
                table.c.monthly_amount > 0,
            )
        )
        for row in session.execute(query):
            values: tuple[Any, ...] = tuple(row)  # person, start, end, amount, regulation
            person_id, start, end, amount, regulation = values
            periods[person_id].append(_period(start, end, amount, regulation))
    return {
        number: PersonState(born, tuple(periods.get(pid, ())))
        for pid, (number, born) in births.items()
    }


def _refused(exc: DBAPIError) -> CumulDeskError:
    return AnswerFailed(
        f"the central database refused to answer ({server_message(exc) or 'refused'}); "
        "nothing was written"
    )


def _server_states(session: Session, numbers: Sequence[str]) -> dict[str, PersonState]:
    """`load_states` through `cumuldesk_api.vsb_answer_state` (one call)."""
    rows = call(
        session,
        text("SELECT * FROM cumuldesk_api.vsb_answer_state(CAST(:insz AS text[]))"),
        {"insz": list(numbers)},
        ACTION,
        refused=_refused,
    )
    births: dict[str, date] = {}
    periods: dict[str, list[IvtItPeriod]] = defaultdict(list)
    for row in rows:
        number, born, start, end, amount, regulation = tuple(row)
        births[number] = born
        if start is not None:
            periods[number].append(_period(start, end, amount, regulation))
    return {n: PersonState(b, tuple(periods.get(n, ()))) for n, b in births.items()}


def _audit(
    session: Session,
    user: str,
    details: dict[str, Any],
    clock: Callable[[], datetime],
) -> None:
    if is_secured(session):
        counts = {k: v for k, v in details.items() if isinstance(v, int)}
        call(
            session,
            text("SELECT cumuldesk_api.vsb_answer_record(:name, :sha256, CAST(:counts AS jsonb))"),
            {"name": details["file"], "sha256": details["sha256"], "counts": json.dumps(counts)},
            ACTION,
            refused=_refused,
        )
    else:
        record(session, user, AUDIT_ACTION, details=details, clock=clock)


# --- the files -------------------------------------------------------------------------


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _writer(stream: BinaryIO) -> tuple[io.TextIOWrapper, Any]:
    wrapper = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    return wrapper, csv.writer(wrapper, delimiter=";", lineterminator="\r\n")


def _write_answer(stream: BinaryIO, rows: Sequence[AnswerRow]) -> None:
    wrapper, writer = _writer(stream)
    writer.writerow(ANSWER_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.insz,
                row.start.isoformat(),
                row.end.isoformat(),
                f"{row.monthly_amount:.2f}",
                row.regulation.value,
            ]
        )
    wrapper.flush()
    wrapper.detach()


def _write_rejects(stream: BinaryIO, rejects: Sequence[AnswerReject]) -> None:
    wrapper, writer = _writer(stream)
    writer.writerow(REJECTS_COLUMNS)
    for reject in rejects:
        reason = "'" + reject.reason if reject.reason.startswith(_FORMULA_START) else reject.reason
        writer.writerow([reject.line, reject.insz, reason])
    wrapper.flush()
    wrapper.detach()


def default_rejects_path(out: Path) -> Path:
    """`<answer stem>.rejects.csv` next to the answer file."""
    return out.with_name(f"{out.stem}.rejects.csv")


def check_paths(query: Path, out: Path, rejects: Path) -> None:
    """BadInput before any work when the files could not be written: the query file
    itself, the same file twice, a folder, a missing folder, no permission."""
    resolved = {"query": query.resolve()}
    for what, path in (("answer file", out), ("rejects file", rejects)):
        if path.resolve() == resolved["query"]:
            raise BadInput(f"{what} {path}: that is the query file")
        check_target(path, what)
    if out.resolve() == rejects.resolve():
        raise BadInput(f"rejects file {rejects}: that is the answer file")


# --- the whole -------------------------------------------------------------------------


@dataclass(frozen=True)
class VsbAnswerResult:
    file_name: str
    sha256: str
    kind: str
    rows_total: int
    queries: int  # rows that passed the checks (valid INSZ and date)
    answered: int  # persons with at least one row
    no_payment: int  # persons in the ages without paid IVT/IT in the window
    answer_rows: int
    rejects: tuple[AnswerReject, ...]
    out_path: Path
    rejects_path: Path

    @property
    def rejected(self) -> int:
        return len(self.rejects)

    def counts(self) -> dict[str, int]:
        return {
            "rows_total": self.rows_total,
            "answered": self.answered,
            "no_payment": self.no_payment,
            "answer_rows": self.answer_rows,
            "rejected": self.rejected,
        }


def _phase(progress: Progress | None, phase: str, total: int) -> None:
    if progress:
        progress(phase, 0, total)


def answer_vsb_file(
    factory: sessionmaker[Session],
    path: Path,
    out: Path,
    *,
    identity: Identity,
    rejects_path: Path | None = None,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = utcnow,
    today: date | None = None,
) -> VsbAnswerResult:
    """Answer the query file at `path` into `out` (and the rejects file) as the signed-in
    `identity` (a supervisor); see the module docstring.

    Raises NotAllowed (not a supervisor, audited), BadInput (an unusable file or path),
    AnswerFailed or Unavailable (the database failed: nothing was written), DiskProblem
    (a file could not be written: none was, unless the disk failed between the two moves).
    """
    handler = require_supervisor(factory, identity, ACTION)
    query_file = read_query_file(path)
    rejects_path = rejects_path or default_rejects_path(out)
    check_paths(path, out, rejects_path)
    queries, rejects = check_queries(query_file.rows, today)
    _phase(progress, "reading the central database", len(queries))
    try:
        with (
            atomic_file(out, what="answer file") as answer_stream,
            atomic_file(rejects_path, what="rejects file") as rejects_stream,
        ):
            with transaction(factory) as session:
                states = load_states(session, (q.insz for q in queries))
                _phase(progress, "answering", len(queries))
                answer = build_answer(queries, states, rejects)
                result = VsbAnswerResult(
                    file_name=query_file.name,
                    sha256=query_file.sha256,
                    kind=query_file.kind,
                    rows_total=len(query_file.rows),
                    queries=len(queries),
                    answered=answer.answered,
                    no_payment=answer.no_payment,
                    answer_rows=len(answer.rows),
                    rejects=answer.rejects,
                    out_path=out,
                    rejects_path=rejects_path,
                )
                _phase(progress, WRITING_PHASE, len(answer.rows))
                _write_answer(answer_stream, answer.rows)
                _write_rejects(rejects_stream, answer.rejects)
                _audit(
                    session,
                    handler.username,
                    {**result.counts(), "file": query_file.name[:255], "sha256": result.sha256},
                    clock,
                )
    except OperationalError as exc:
        raise Unavailable(
            f"the central database failed while answering ({type(exc.orig).__name__}); "
            "nothing was written"
        ) from None
    except SQLAlchemyError as exc:
        raise AnswerFailed(
            f"the central database refused to answer ({type(exc).__name__}); nothing was written"
        ) from None
    return result
