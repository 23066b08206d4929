"""The screening (issue 18): check and simulate every open case with the law data in force
and keep each result centrally (`screening_results`, `cumuldesk.storage.screening`), so
that the work list, the bulk proposals and the monthly report read it instead of
simulating each dossier again.

`screen` is a supervisor's work. It reads the central database in a few big queries (the
open cases with their dossiers' state, then the dossiers' rows by chunks of ids), builds
each dossier's domain input with the very function the desk uses
(`services.dossiers.stored.stored_input`) and runs the desk's own check and simulation
(`services.reports.check`, `DossierView.simulation_report`): a screened case says what
opening and simulating it one by one says on the same day with the same law data.

Re-screening (`only_changed`, the default) screens a case again only when its dossier
changed since (a row with a higher change sequence, or a row fewer) or the law-data
version is not the one it was screened with; the others are counted as unchanged.

The simulation takes a millisecond or two per case: large runs go to a pool of processes
(one per core, chunks of `CHUNK` cases); each chunk's results are written in their own
transaction as they come, so that a cancelled run keeps what it stored (`ScreeningRun`
says how many). Each run is audited with its counts (`screening_run`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from cumuldesk.domain.screening import ScreeningResult
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import CumulDeskError
from cumuldesk.storage import screening as store
from cumuldesk.storage.screening import DossierRows, OpenCase, Stored

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from cumuldesk.params.loader import ParameterSet
    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.reports import SimulationReport

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

CHUNK = 500  # cases per chunk: one transaction of results, one task of the pool
POOL_FROM = 1500  # fewer cases to screen than this: in this process (a pool costs ~0.2 s)
ACTION = "screen"  # the refused action, in the audit trail and the refusal


@dataclass(frozen=True)
class ScreeningRun:
    """What one run did: how many cases were screened (and stored), with which verdict,
    how many could not be simulated (`failed`: the result says why), how many were
    skipped because nothing changed since their last screening, whether it was
    cancelled (what was stored before stays), the law-data version and how long it
    took."""

    screened: int
    renounce: int
    ivt_it: int
    not_applicable: int
    failed: int
    unchanged: int
    cancelled: bool
    law_version: int | None
    seconds: float

    @property
    def counts(self) -> dict[str, int]:
        """The counts of the audit event and of `cumuldesk screen --json`."""
        counts = {
            "screened": self.screened,
            "renounce": self.renounce,
            "ivt_it": self.ivt_it,
            "not_applicable": self.not_applicable,
            "failed": self.failed,
            "unchanged": self.unchanged,
            "cancelled": int(self.cancelled),
        }
        if self.law_version is not None:
            counts["law_data_version"] = self.law_version
        return counts


# ------------------------------------------------------------------ one case


@dataclass(frozen=True, slots=True)
class _Task:
    """One case to screen, with its dossier's rows (picklable: the pool's input)."""

    case: OpenCase
    rows: DossierRows


def _open_point_key(name: str, bracket: str | None) -> str:
    return name if bracket is None else f"{name}[{bracket}]"


def result_of(
    reference: str, report: SimulationReport, conflicts: int, at: datetime
) -> ScreeningResult:
    """What a check (`conflicts`: its conflict months) and a simulation of a case found."""
    return ScreeningResult(
        case_reference=reference,
        verdict=report.recommendation,
        problem=None,
        at_stake=report.total_flemish - report.total_federal,
        months_compared=len(report.months),
        conflict_months=conflicts,
        arrears_months=len(report.arrears_months),
        open_points=tuple(
            _open_point_key(used.value.name, used.value.bracket) for used in report.open_points
        ),
        law_version=report.law_version,
        screened_at=at,
    )


def refusal_of(
    reference: str, exc: BaseException, conflicts: int, law_version: int | None, at: datetime
) -> ScreeningResult:
    """A case that could not be simulated: why (English, no personal data), and its
    conflict months when the check got that far."""
    return ScreeningResult(
        reference, None, str(exc) or type(exc).__name__, Decimal("0.00"),
        0, conflicts, 0, (), law_version, at,
    )  # fmt: skip


def screen_case(task: _Task, law: ParameterSet, today: date, now: datetime) -> Stored:
    """The check and the simulation of one case, as the desk makes them
    (`Desk.check`, `Desk.simulate` on the dossier read from the database)."""
    from cumuldesk.services.dossiers.store import DossierView, parse_typed_insz
    from cumuldesk.services.dossiers.stored import stored_input
    from cumuldesk.services.reports import check
    from cumuldesk.storage.models import (
        BobPeriodRow,
        IvtItPeriodRow,
        Person,
        ZorgtoeslagPoints,
    )

    case = task.case
    conflicts = 0
    try:
        # the row values as `stored_input` reads them (the same attributes as the models)
        parsed = stored_input(
            cast(Person, case),
            cast(list[BobPeriodRow], task.rows.bob),
            cast(list[IvtItPeriodRow], task.rows.periods),
            cast(list[ZorgtoeslagPoints], task.rows.points),
            today,
            parse_typed_insz(case.insz),
        )
        view = DossierView(parsed, "", "", "", (), (), (), (), None, True, "central")
        conflicts = len(check(view.input, law).conflict_months)
        report = view.simulation_report(law)
    except CumulDeskError as exc:  # no verdict: why, and the conflict months when known
        result = refusal_of(case.reference, exc, conflicts, law.version, now)
        return Stored(case.case_id, result, case.dossier_seq, case.dossier_rows)
    result = result_of(case.reference, report, conflicts, now)
    return Stored(case.case_id, result, case.dossier_seq, case.dossier_rows)


# ------------------------------------------------------------------ the pool

_worker_law: ParameterSet | None = None


def _worker_start(law: ParameterSet) -> None:
    """A pool process: Ctrl+C is the parent's to handle (it stops at a safe point)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_law
    _worker_law = law


def _screen_chunk(tasks: Sequence[_Task], today: date, now: datetime) -> list[Stored]:
    assert _worker_law is not None
    return [screen_case(task, _worker_law, today, now) for task in tasks]


def _workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ------------------------------------------------------------------ the run


def due(case: OpenCase, law_version: int | None, only_changed: bool) -> bool:
    """Whether a case is screened (again): never screened, not `only_changed`, another
    law-data version, or its dossier changed since (a newer row, or fewer rows)."""
    if not only_changed or case.screened_seq is None:
        return True
    return (
        case.screened_law != law_version
        or case.dossier_seq != case.screened_seq
        or case.dossier_rows != case.screened_rows
    )


def _chunks(tasks: Sequence[OpenCase], size: int) -> Iterator[Sequence[OpenCase]]:
    for start in range(0, len(tasks), size):
        yield tasks[start : start + size]


def screen(
    central: Any,
    identity: Identity,
    *,
    only_changed: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    law: ParameterSet | None = None,
    clock: Callable[[], datetime] | None = None,
    workers: int | None = None,
) -> ScreeningRun:
    """Screen every open case of the central database (`central`: a `Central`, or
    anything with its `sessions`) as the signed-in supervisor `identity`; see the module
    text. `law`: the law data in force (default: the central database's approved ones);
    `progress(done, total)` after each stored chunk; `cancel()` asked between chunks.
    NotAllowed (audited) for a handler; on the production set-up the server checks again."""
    from cumuldesk.services.accounts.authorization import require_supervisor
    from cumuldesk.services.law.data import central_parameters

    sessions: sessionmaker[Session] = central.sessions
    started = time.perf_counter()
    current = require_supervisor(sessions, identity, ACTION)
    now = (clock or (lambda: datetime.now(UTC)))()
    today = now.date()
    with server_refusals(), sessions() as session:
        if law is None:
            law = central_parameters(session)
        cases = store.open_cases(session)
    todo = [case for case in cases if due(case, law.version, only_changed)]
    counts = {key: 0 for key in ("renounce", "ivt_it", "not_applicable", "failed")}
    done = 0
    cancelled = False
    if progress is not None:
        progress(0, len(todo))

    def stored(results: list[Stored]) -> None:
        nonlocal done
        with server_refusals(), sessions.begin() as session:
            store.store_results(session, results)
        for item in results:
            verdict = item.result.verdict
            counts["failed" if verdict is None else _count_key(verdict)] += 1
        done += len(results)
        if progress is not None:
            progress(done, len(todo))

    pool_size = _workers() if workers is None else workers
    chunks = list(_chunks(todo, CHUNK))
    if pool_size > 1 and len(todo) >= POOL_FROM:
        cancelled = _run_pool(sessions, chunks, law, today, now, pool_size, stored, cancel)
    else:
        for chunk in chunks:
            if cancel is not None and cancel():
                cancelled = True
                break
            tasks = _tasks(sessions, chunk)
            stored([screen_case(task, law, today, now) for task in tasks])
    run = ScreeningRun(
        screened=done,
        unchanged=len(cases) - len(todo),
        cancelled=cancelled,
        law_version=law.version,
        seconds=round(time.perf_counter() - started, 3),
        **counts,
    )
    with server_refusals(), sessions.begin() as session:
        store.record_run(session, current.username, run.counts, now)
    return run


@contextmanager
def server_refusals() -> Iterator[None]:
    """A refusal of the server's functions (production set-up) in the user's words."""
    from sqlalchemy.exc import DBAPIError

    from cumuldesk.services.central.supervisor_calls import server_refusal

    try:
        yield
    except DBAPIError as exc:
        refusal = server_refusal(exc, ACTION)
        if refusal is None:
            raise
        raise refusal from None


def _count_key(verdict: Recommendation) -> str:
    return verdict.value


def _tasks(sessions: sessionmaker[Session], chunk: Sequence[OpenCase]) -> list[_Task]:
    """The chunk's cases with their dossiers' rows (three queries)."""
    with server_refusals(), sessions() as session:
        rows = store.dossier_rows(session, sorted({case.person_id for case in chunk}))
    empty = DossierRows([], [], [])
    return [_Task(case, rows.get(case.person_id, empty)) for case in chunk]


def _run_pool(
    sessions: sessionmaker[Session],
    chunks: list[Sequence[OpenCase]],
    law: ParameterSet,
    today: date,
    now: datetime,
    size: int,
    stored: Callable[[list[Stored]], None],
    cancel: Cancel | None,
) -> bool:
    """Screen the chunks in `size` processes, reading the next chunk's rows while the
    pool simulates and storing results in order as they come; True when cancelled."""
    import multiprocessing

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    pending: list[Future[list[Stored]]] = []
    cancelled = False
    with ProcessPoolExecutor(
        max_workers=size, mp_context=context, initializer=_worker_start, initargs=(law,)
    ) as pool:
        try:
            for chunk in chunks:
                if cancel is not None and cancel():
                    cancelled = True
                    break
                pending.append(pool.submit(_screen_chunk, _tasks(sessions, chunk), today, now))
                # keep the pool busy, store what is finished, never more than 2 per process
                while pending and (pending[0].done() or len(pending) > 2 * size):
                    stored(pending.pop(0).result())
                    if cancel is not None and cancel():
                        cancelled = True
                        break
                if cancelled:
                    break
            if not cancelled:
                while pending:
                    stored(pending.pop(0).result())
                    if pending and cancel is not None and cancel():
                        cancelled = True
                        break
        finally:
            for future in pending:
                future.cancel()
    return cancelled


def screen_changed(
    central: Any, identity: Identity, *, cancel: Cancel | None = None
) -> ScreeningRun:
    """`screen` of the cases that changed since their last screening, as `cumuldesk
    import-vsb` runs it after a committed import: a database or system failure is
    Unavailable with a text of its own (theirs may quote values)."""
    from sqlalchemy.exc import SQLAlchemyError

    from cumuldesk.errors import Unavailable

    try:
        return screen(central, identity, only_changed=True, cancel=cancel)
    except (SQLAlchemyError, OSError):
        raise Unavailable("the central database could not be read or written") from None


def results(sessions: sessionmaker[Session]) -> dict[str, ScreeningResult]:
    """Every stored screening the caller may read, by case reference."""
    with sessions() as session:
        return store.load_results(session)


def as_json(run: ScreeningRun) -> dict[str, object]:
    """`cumuldesk screen --json`."""
    return {**run.counts, "cancelled": run.cancelled, "seconds": run.seconds}
