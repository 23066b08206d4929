"""The screening of every open case (issue 18): its results are those of opening and
simulating each case one by one with the desk; re-screening screens again exactly the
cases whose dossier changed (a BOB period changed or removed) and all of them after a new
law-data version; a handler is refused (audited); a cancelled run keeps what it stored;
the pool of processes gives the same results as one process. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from demo_checks import TODAY, central_for, create
from sqlalchemy import func, select

from cumuldesk.domain.cases import Language, Role
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import CumulDeskError, NotAllowed
from cumuldesk.services import screening as screening_module
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.desk import Desk
from cumuldesk.services.dossiers.store import DossierView, stored_dossier
from cumuldesk.services.law.data import approve, central_parameters, propose
from cumuldesk.services.screening import results, screen
from cumuldesk.storage.models import AuditEvent, BobPeriodRow, Case, CaseStatus, Person

NOW = datetime.combine(TODAY, datetime.min.time(), UTC) + timedelta(hours=9)
EVA = Identity("eva.demo", "Eva Demo", Role.SUPERVISOR, "Team Gent", Language.NL)
SOPHIE = Identity("sophie.demo", "Sophie Demo", Role.SUPERVISOR, "Équipe Bruxelles", Language.FR)
AN = Identity("an.demo", "An Demo", Role.HANDLER, "Team Gent", Language.NL)


@pytest.fixture
def central(central_engine):
    create(central_engine, persons=300)
    return central_for(central_engine)


def _run(central, **options):
    options.setdefault("clock", lambda: NOW)
    return screen(central, EVA, **options)


def _open_cases(central) -> list[tuple[str, str]]:
    with central.sessions() as session:
        rows = session.execute(
            select(Case.reference, Person.insz)
            .join(Person, Person.id == Case.person_id)
            .where(Case.status != CaseStatus.CLOSED)
            .order_by(Case.id)
        ).all()
    return [(r[0], r[1]) for r in rows]


def _one_by_one(central, insz: str):
    """What the desk says of the dossier on the same day with the same law data."""
    with central.sessions() as session:
        law = central_parameters(session)
        parsed = stored_dossier(session, insz, TODAY)
    desk = Desk(AN, None, law, lambda: central)  # type: ignore[arg-type]  # check/simulate only
    view = DossierView(parsed, "", "", "", (), (), (), (), None, True, "central")
    conflicts = len(desk.check(view).conflict_months)
    try:
        report = desk.simulate(view)
    except CumulDeskError as exc:
        return None, str(exc), conflicts, None
    return report.recommendation, None, conflicts, report


def test_the_screening_equals_one_by_one_simulations(central):
    run = _run(central)
    cases = _open_cases(central)
    assert run.screened == len(cases) > 100 and run.unchanged == 0 and not run.cancelled
    assert run.renounce + run.ivt_it + run.not_applicable + run.failed == run.screened
    assert run.renounce and run.ivt_it and run.failed  # the demo population has each
    stored = results(central.sessions)
    assert set(stored) == {reference for reference, _ in cases}
    for reference, insz in cases[::3]:  # a sample: every third open case
        result = stored[reference]
        verdict, problem, conflicts, report = _one_by_one(central, insz)
        assert result.verdict is verdict, reference
        assert result.problem == problem
        assert result.conflict_months == conflicts
        assert result.law_version == 1 and result.screened_at == NOW
        if report is None:
            assert (result.at_stake, result.months_compared, result.arrears_months) == (0, 0, 0)
            continue
        assert result.at_stake == report.total_flemish - report.total_federal
        assert result.months_compared == len(report.months)
        assert result.arrears_months == len(report.arrears_months)
        assert result.proposes_renunciation is (verdict is Recommendation.RENOUNCE)
    with central.sessions() as session:
        details = [
            json.loads(e.details)
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "screening_run"))
        ]
    assert details == [{**run.counts}]
    assert details[0]["screened"] == run.screened and details[0]["law_data_version"] == 1


def _screened_case_with_bob(central) -> tuple[str, int]:
    with central.sessions() as session:
        row = session.execute(
            select(Case.reference, BobPeriodRow.id)
            .join(BobPeriodRow, BobPeriodRow.person_id == Case.person_id)
            .where(Case.status != CaseStatus.CLOSED)
            .where(
                Case.person_id.in_(
                    select(Case.person_id).group_by(Case.person_id).having(func.count() == 1)
                )
            )
            .order_by(Case.id)
        ).first()
    assert row is not None
    return row[0], row[1]


def test_re_screening_picks_up_exactly_the_changed_dossier(central):
    first = _run(central)
    again = _run(central, clock=lambda: NOW + timedelta(hours=1))
    assert (again.screened, again.unchanged) == (0, first.screened)

    reference, period_id = _screened_case_with_bob(central)
    with central.sessions.begin() as session:  # VSB says the BOB period ended
        period = session.get(BobPeriodRow, period_id)
        period.end = date(2025, 12, 31) if period.start <= date(2025, 12, 31) else period.start
    later = NOW + timedelta(hours=2)
    changed = _run(central, clock=lambda: later)
    assert (changed.screened, changed.unchanged) == (1, first.screened - 1)
    stored = results(central.sessions)
    assert stored[reference].screened_at == later
    assert sum(1 for r in stored.values() if r.screened_at == later) == 1

    with central.sessions.begin() as session:  # a period removed: one row fewer
        session.delete(session.get(BobPeriodRow, period_id))
    removed = _run(central, clock=lambda: later + timedelta(hours=1))
    assert removed.screened == 1
    assert results(central.sessions)[reference].screened_at == later + timedelta(hours=1)

    everything = _run(central, only_changed=False)
    assert (everything.screened, everything.unchanged) == (first.screened, 0)


def test_a_new_law_data_version_re_screens_every_case(central):
    first = _run(central)
    value_id = propose(
        central.sessions, EVA, "bob_monthly", "2026-01-01", "400.00", "sourced", "test value"
    )
    approve(central.sessions, SOPHIE, value_id)
    run = _run(central)
    assert (run.screened, run.unchanged, run.law_version) == (first.screened, 0, 2)
    assert {r.law_version for r in results(central.sessions).values()} == {2}


def test_a_handler_may_not_screen(central):
    with pytest.raises(NotAllowed):
        screen(central, AN)
    with central.sessions() as session:
        refused = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "refused", AuditEvent.actor == "an.demo")
        ).all()
        assert len(refused) == 1 and json.loads(refused[0].details)["action"] == "screen"
    assert results(central.sessions) == {}


def test_a_cancelled_run_keeps_what_it_stored(central, monkeypatch):
    monkeypatch.setattr(screening_module, "CHUNK", 50)
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 2  # after two chunks

    run = _run(central, cancel=cancel, workers=1)
    assert run.cancelled and run.screened == 100
    assert len(results(central.sessions)) == 100
    rest = _run(central)  # the next run goes on from there
    assert rest.unchanged == 100 and rest.screened == len(_open_cases(central)) - 100


def test_the_pool_gives_the_same_results_as_one_process(central, monkeypatch):
    monkeypatch.setattr(screening_module, "CHUNK", 40)
    monkeypatch.setattr(screening_module, "POOL_FROM", 1)
    seen: list[tuple[int, int]] = []
    pooled = _run(central, workers=2, progress=lambda done, total: seen.append((done, total)))
    in_pool = results(central.sessions)
    alone = _run(central, workers=1, only_changed=False)
    assert pooled.counts == {**alone.counts, "unchanged": 0}
    assert results(central.sessions) == in_pool
    assert seen[0] == (0, pooled.screened) and seen[-1] == (pooled.screened, pooled.screened)
