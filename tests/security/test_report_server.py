"""The monthly report on the production set-up: a supervisor signed in with their own
login reads only their team's rows, yet the report counts every team's, through the
supervisors' function `cumuldesk_api.monthly_report_counts` (counts only), and equals the
owner's direct reading; its export is audited by the server; a handler may call neither
function and the service refuses them first."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from psycopg import errors
from secure_support import (
    HANDLER,
    OTHER_HANDLER,
    PASSWORD,
    SUPERVISOR,
    admin_factory,
    populate_secure,
)

from cumuldesk.config import central_config
from cumuldesk.domain.cases import Answer, Language, LetterKind
from cumuldesk.domain.months import Month
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import NotAllowed
from cumuldesk.services.central.connect import Central, connect_central, sign_in_central
from cumuldesk.services.monthly_report import monthly_report, record_report
from cumuldesk.storage.database import is_secured

TODAY = date(2026, 12, 7)
NOV = Month(2026, 11)


def _at(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=UTC)


@pytest.fixture
def laptop(secure_central, monkeypatch):
    from sqlalchemy import select

    from cumuldesk.storage.models import Case, Letter, ScreeningRow, VsbImport

    populate_secure(secure_central)  # CD-1..3 of team T, CD-901..902 of team U
    engine, factory = admin_factory(secure_central)
    try:
        with factory.begin() as session:
            ids = dict(session.execute(select(Case.reference, Case.id)).all())
            session.add(
                VsbImport(
                    file_name="vsb.csv", file_sha256="0" * 64, imported_at=_at(2),
                    imported_by="x", rows_total=3000, rows_imported=3000, rows_unchanged=0,
                    rows_rejected=0,
                )
            )  # fmt: skip
            for ref, when, verdict, stake, conflicts in (
                ("CD-1", _at(5), Recommendation.RENOUNCE, "10.00", 1),
                ("CD-901", _at(5), Recommendation.RENOUNCE, "500.25", 3),
                ("CD-902", _at(6), Recommendation.IVT_IT, "-5.00", 2),
                ("CD-2", _at(9, 10), Recommendation.NOT_APPLICABLE, "0.00", 0),
            ):
                session.add(
                    ScreeningRow(
                        case_id=ids[ref], case_reference=ref, verdict=verdict, problem=None,
                        at_stake=Decimal(stake), months_compared=12,
                        conflict_months=conflicts, arrears_months=0, open_points="[]",
                        law_version=None, screened_at=when, dossier_seq=1, dossier_rows=1,
                    )
                )  # fmt: skip
            for ref in ("CD-901", "CD-902", "CD-1"):
                session.add(
                    Letter(
                        case_id=ids[ref], kind=LetterKind.RENUNCIATION_PROPOSAL,
                        language=Language.FR, created_at=_at(1), finalised_at=_at(12),
                        content="synthetic",
                    )
                )  # fmt: skip
            other = session.get(Case, ids["CD-901"])
            other.answer, other.answer_date = Answer.REFUSED, date(2026, 11, 20)
            other.deadline = date(2026, 12, 20)
            late = session.get(Case, ids["CD-902"])
            late.deadline = date(2026, 11, 25)
        owner = Central(central_config(), engine, factory)
        lea_owner = sign_in_as_owner(factory)
        secure_central.owner_report = monthly_report(owner, lea_owner, NOV, today=TODAY)
    finally:
        engine.dispose()
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    return secure_central


def sign_in_as_owner(factory):
    from factories import identity_of

    return identity_of(factory, SUPERVISOR)


def _signed_in(username: str):
    central = connect_central(central_config(), credentials=(username, PASSWORD))
    return central, sign_in_central(central, username, PASSWORD)


def test_a_supervisor_counts_every_team_through_the_server(laptop):
    lea_central, lea = _signed_in(SUPERVISOR)
    try:
        assert is_secured(lea_central.engine)
        report = monthly_report(lea_central, lea, NOV, today=TODAY)
        record_report(lea_central, lea, report)
    finally:
        lea_central.close()
    assert report.counts == {
        "vsb_files": 1, "vsb_persons": 3000, "conflicts": 3, "renounce": 2, "ivt_it": 1,
        "not_applicable": 0, "no_verdict": 0, "proposals_sent": 3, "accepted": 0,
        "refused": 1, "no_answer": 1,
    }  # fmt: skip
    assert report.at_stake == Decimal("510.25")
    assert {str(p.month): p.conflicts for p in report.series}["2026-10"] == 0
    assert report == laptop.owner_report  # the same as the owner's direct reading
    with laptop.connect_admin() as admin:
        events = admin.execute(
            "SELECT actor, details FROM audit_events WHERE action = 'monthly_report'"
        ).fetchall()
    assert [(actor, json.loads(details)) for actor, details in events] == [
        (SUPERVISOR, {"month": "2026-11", **report.counts})
    ]


def test_a_handler_may_call_neither_function(laptop):
    an_central, an = _signed_in(HANDLER)
    try:
        with pytest.raises(NotAllowed):
            monthly_report(an_central, an, NOV, today=TODAY)
    finally:
        an_central.close()
    with laptop.connect_as(OTHER_HANDLER, PASSWORD) as bo:
        for sql in (
            "SELECT * FROM cumuldesk_api.monthly_report_counts("
            "'2025-12-01', '2026-12-01', '2026-12-07')",
            "SELECT cumuldesk_api.monthly_report_done('2026-11', '{}'::jsonb)",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                bo.execute(sql)
            bo.rollback()


def test_the_server_checks_the_audited_counts(laptop):
    with laptop.connect_as(SUPERVISOR, PASSWORD) as lea:
        for month, counts, says in (
            ("2026-13", "{}", "YYYY-MM"),
            ("2026-11", '{"name": 1}', "whole numbers"),
            ("2026-11", '{"conflicts": "x"}', "whole numbers"),
        ):
            with pytest.raises(errors.RaiseException, match=says):
                lea.execute(
                    "SELECT cumuldesk_api.monthly_report_done(%s, %s::jsonb)", (month, counts)
                )
            lea.rollback()
