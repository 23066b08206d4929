"""Retention purge: remove the persons whose data must go, from the central database and
from a local cache (both have the same tables), and report what went, by count.

The rules are in `cumuldesk.domain.retention`. Rows of a removed person go with it
(database ON DELETE CASCADE): representative, BOB periods, decisions and their
periods, zorgtoeslag points, cases with their notes and letters. Audit events stay:
they name the person only by a pseudonym.

On the production set-up (a supervisor's own PostgreSQL login, `is_secured`) the central
purge is the server's `cumuldesk_api.purge` (cumuldesk/storage/security/40_supervisor.sql):
the same rules in SQL, the same counts and the same audit event, returned as the report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.config import cache_forget_days
from cumuldesk.domain.retention import CaseFacts, RetentionRule, retention_due
from cumuldesk.services.central.supervisor_calls import call
from cumuldesk.storage.audit import record
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import chunked, is_secured
from cumuldesk.storage.models import (
    Answer,
    BobPeriodRow,
    Case,
    IvtItDecision,
    IvtItPeriodRow,
    LegalRepresentative,
    Letter,
    Note,
    Person,
    ZorgtoeslagPoints,
)


@dataclass(frozen=True)
class Due:
    person_id: int
    insz: str
    rule: RetentionRule


@dataclass
class PurgeReport:
    today: date
    dry_run: bool
    persons_by_rule: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    persons_without_case: int = 0
    cache_forgotten: int = 0

    @property
    def persons(self) -> int:
        return sum(self.persons_by_rule.values())

    def as_dict(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "dry_run": self.dry_run,
            "persons": self.persons,
            "persons_by_rule": dict(sorted(self.persons_by_rule.items())),
            "rows": dict(sorted(self.rows.items())),
            "persons_without_case": self.persons_without_case,
            "cache_forgotten": self.cache_forgotten,
        }


def due_for_removal(session: Session, today: date) -> tuple[list[Due], int]:
    """Persons whose retention period is over on `today`, and the count without a case."""
    facts: dict[int, list[CaseFacts]] = {}
    rows = session.execute(
        select(
            Case.person_id, Case.answer, Case.answer_date, Case.rights_ended_on, Case.judgment_on
        )
    )
    for person_id, answer, answer_date, ended, judgment in rows:
        renounced = answer_date if answer is Answer.ACCEPTED_RENUNCIATION else None
        facts.setdefault(person_id, []).append(CaseFacts(renounced, ended, judgment))
    due: list[Due] = []
    without_case = 0
    for person_id, insz, death_date in session.execute(
        select(Person.id, Person.insz, Person.death_date).order_by(Person.id)
    ):
        cases = facts.get(person_id, [])
        rule = retention_due(death_date, cases, today)
        if rule is not None:
            due.append(Due(person_id, insz, rule))
        elif not cases:
            without_case += 1
    return due, without_case


_COUNTED = (
    ("legal_representatives", LegalRepresentative, LegalRepresentative.person_id),
    ("bob_periods", BobPeriodRow, BobPeriodRow.person_id),
    ("ivt_it_decisions", IvtItDecision, IvtItDecision.person_id),
    ("zorgtoeslag_points", ZorgtoeslagPoints, ZorgtoeslagPoints.person_id),
    ("cases", Case, Case.person_id),
)


def _count_rows(session: Session, person_ids: Sequence[int], counts: Counter[str]) -> None:
    for name, model, column in _COUNTED:
        counts[name] += (
            session.scalar(select(func.count()).select_from(model).where(column.in_(person_ids)))
            or 0
        )
    decisions = select(IvtItDecision.id).where(IvtItDecision.person_id.in_(person_ids))
    counts["ivt_it_periods"] += (
        session.scalar(
            select(func.count())
            .select_from(IvtItPeriodRow)
            .where(IvtItPeriodRow.decision_id.in_(decisions))
        )
        or 0
    )
    cases = select(Case.id).where(Case.person_id.in_(person_ids))
    for name, table, case_id in (
        ("notes", Note, Note.case_id),
        ("letters", Letter, Letter.case_id),
    ):
        counts[name] += (
            session.scalar(select(func.count()).select_from(table).where(case_id.in_(cases))) or 0
        )


def purge(
    session: Session,
    actor: str,
    today: date,
    *,
    dry_run: bool = False,
    where: str = "central",
    audit_nothing: bool = True,
) -> PurgeReport:
    """Remove (or with `dry_run` only count) what retention says must go; audited (a run
    that removes nothing too, unless `audit_nothing` is False).

    Runs in the caller's transaction: all or nothing. On the production set-up the server
    purges the central database (`actor` is then the signed-in supervisor).
    """
    if where == "central" and is_secured(session):
        return purge_on_server(session, today, dry_run=dry_run)
    due, without_case = due_for_removal(session, today)
    report = PurgeReport(today=today, dry_run=dry_run, persons_without_case=without_case)
    report.persons_by_rule = dict(Counter(d.rule.value for d in due))
    counts: Counter[str] = Counter(persons=len(due))
    ids = [d.person_id for d in due]
    if ids and not dry_run and session.get_bind().dialect.name == "postgresql":
        # the purge may remove finalised letters with their person (migration 0005)
        session.execute(select(func.set_config("cumuldesk.purging", "on", True)))
    for chunk in chunked(ids):
        _count_rows(session, chunk, counts)
        if not dry_run:
            session.execute(delete(Person).where(Person.id.in_(chunk)))
    report.rows = dict(counts)
    if not due and not audit_nothing:
        return report
    record(
        session,
        actor,
        "purge_dry_run" if dry_run else "purge",
        details={"where": where, **report.as_dict()},
    )
    return report


def purge_central(
    central_sessions: sessionmaker[Session],
    actor: str,
    today: date,
    *,
    dry_run: bool = False,
    before_commit: Callable[[], None] | None = None,
) -> PurgeReport:
    """The central database's purge (`purge`) in one transaction of its own, as the
    supervisor `actor` (signed in, checked). `before_commit`: called once the purge is
    done, just before the commit (the command line keeps Ctrl+C from then on for what it
    says after)."""
    with central_sessions.begin() as session:
        report = purge(session, actor, today, dry_run=dry_run)
        if before_commit is not None:
            before_commit()
    return report


def report_of(data: dict[str, object]) -> PurgeReport:
    """The PurgeReport of its `as_dict()` (what the server's purge returns)."""
    by_rule = data.get("persons_by_rule") or {}
    rows = data.get("rows") or {}
    assert isinstance(by_rule, dict) and isinstance(rows, dict)
    return PurgeReport(
        today=date.fromisoformat(str(data["today"])),
        dry_run=bool(data["dry_run"]),
        persons_by_rule={str(k): int(v) for k, v in by_rule.items()},
        rows={str(k): int(v) for k, v in rows.items()},
        persons_without_case=int(str(data.get("persons_without_case") or 0)),
        cache_forgotten=int(str(data.get("cache_forgotten") or 0)),
    )


def purge_on_server(session: Session, today: date, *, dry_run: bool = False) -> PurgeReport:
    """The central purge by the server's `cumuldesk_api.purge`, in the caller's
    transaction (supervisors only: NotAllowed otherwise)."""
    answer = call(
        session,
        text("SELECT cumuldesk_api.purge(:today, :dry_run)"),
        {"today": today, "dry_run": dry_run},
        "purge",
    ).scalar_one()
    return report_of(dict(answer))


def purge_cache(
    cache: LocalCache,
    actor: str,
    now: datetime,
    *,
    forget_after_days: int,
    dry_run: bool = False,
    audit_nothing: bool = True,
) -> PurgeReport:
    """Apply the retention rules to a local cache, then forget the dossiers not opened
    for `forget_after_days` days. Audited in the cache's own trail."""
    with cache.sessions.begin() as session:
        report = purge(
            session, actor, now.date(), dry_run=dry_run, where="cache", audit_nothing=audit_nothing
        )
    if not dry_run:
        report.cache_forgotten = cache.forget_unopened(forget_after_days, now)
        if report.cache_forgotten:
            with cache.sessions.begin() as session:
                record(
                    session,
                    actor,
                    "cache_forgotten",
                    details={"dossiers": report.cache_forgotten, "days": forget_after_days},
                )
    return report


def retention_at_start(cache: LocalCache, actor: str, now: datetime) -> PurgeReport:
    """What runs when a handler's session starts (the window, `cumuldesk cache fill`):
    retention rules and forgetting, audited only when something went."""
    return purge_cache(
        cache, actor, now, forget_after_days=cache_forget_days(), audit_nothing=False
    )
