"""The monthly report's counts match the database (SQLite and PostgreSQL, the owner's
connection): VSB files and their persons, conflicts and verdicts of the month's
screenings, proposals finalised, answers and deadlines passed without one, the amounts
at stake and the 12-month series; a handler is refused (audited)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from factories import identity_of
from law_support import HANDLERS, SUPERVISOR, audit, make_law_central

from cumuldesk.domain.cases import Answer, Language, LetterKind
from cumuldesk.domain.months import Month
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import NotAllowed
from cumuldesk.services.monthly_report import monthly_report, record_report
from cumuldesk.storage.models import Case, Letter, ScreeningRow, VsbImport

TODAY = date(2026, 12, 7)
NOV = Month(2026, 11)


def at(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=UTC)


def seed(session) -> None:
    """Three cases (CD-1..3): see the expected figures in the tests."""
    for when, total in ((at(2), 3000), (at(28), 120), (at(3, 10), 2500), (at(1, 12), 99)):
        session.add(
            VsbImport(
                file_name="vsb.csv", file_sha256="0" * 64, imported_at=when, imported_by="x",
                rows_total=total, rows_imported=total, rows_unchanged=0, rows_rejected=0,
            )
        )  # fmt: skip
    for case_id, when, verdict, stake, conflicts in (
        (1, at(5), Recommendation.RENOUNCE, "1234.56", 4),
        (2, at(6), Recommendation.IVT_IT, "-50.00", 2),
        (3, at(7, 10), Recommendation.RENOUNCE, "100.00", 1),
    ):
        session.add(
            ScreeningRow(
                case_id=case_id, case_reference=f"CD-{case_id}", verdict=verdict, problem=None,
                at_stake=Decimal(stake), months_compared=24, conflict_months=conflicts,
                arrears_months=0, open_points="[]", law_version=1, screened_at=when,
                dossier_seq=1, dossier_rows=1,
            )
        )  # fmt: skip
    for case_id, kind, finalised in (
        (1, LetterKind.RENUNCIATION_PROPOSAL, at(10)),
        (2, LetterKind.ADVICE_NOTE, at(11)),
        (3, LetterKind.RENUNCIATION_PROPOSAL, None),
    ):
        session.add(
            Letter(
                case_id=case_id, kind=kind, language=Language.NL, created_at=at(1),
                finalised_at=finalised, content="synthetic",
            )
        )  # fmt: skip
    for case_id, answer, answered, deadline in (
        (1, Answer.ACCEPTED_RENUNCIATION, date(2026, 11, 20), date(2026, 12, 10)),
        (2, Answer.REFUSED, date(2026, 11, 3), date(2026, 11, 1)),  # late: also none by then
        (3, None, None, date(2026, 11, 15)),
    ):
        case = session.get(Case, case_id)
        case.answer, case.answer_date, case.deadline = answer, answered, deadline


EXPECTED_NOV = {
    "vsb_files": 2, "vsb_persons": 3120, "conflicts": 2, "renounce": 1, "ivt_it": 1,
    "not_applicable": 0, "no_verdict": 0, "proposals_sent": 1, "accepted": 1, "refused": 1,
    "no_answer": 2,
}  # fmt: skip


@pytest.fixture
def central(central_url):
    central = make_law_central(central_url)
    with central.sessions.begin() as session:
        seed(session)
    yield central
    central.close()


def test_the_counts_match_the_database(central):
    lea = identity_of(central.sessions, SUPERVISOR)
    report = monthly_report(central, lea, NOV, today=TODAY)
    assert report.counts == EXPECTED_NOV
    assert report.at_stake == Decimal("1234.56")
    assert [str(p.month) for p in report.series] == [str(NOV - i) for i in range(11, -1, -1)]
    by_month = {str(p.month): (p.conflicts, p.at_stake) for p in report.series}
    assert by_month["2026-11"] == (2, Decimal("1234.56"))
    assert by_month["2026-10"] == (1, Decimal("100.00"))
    assert sum(p.conflicts for p in report.series) == 3
    october = monthly_report(central, lea, Month(2026, 10), today=TODAY)
    assert (october.vsb_files, october.vsb_persons, october.conflicts) == (1, 2500, 1)
    assert (october.renounce, october.proposals_sent, october.no_answer) == (1, 0, 0)
    assert october.at_stake == Decimal("100.00")
    # the report names no case, no person
    assert "CD-" not in repr(report.as_json())


def test_the_export_is_audited_with_counts(central):
    lea = identity_of(central.sessions, SUPERVISOR)
    report = monthly_report(central, lea, NOV, today=TODAY)
    record_report(central, lea, report)
    assert audit(central.sessions, "monthly_report") == [
        (SUPERVISOR, "monthly_report", {"month": "2026-11", **EXPECTED_NOV})
    ]


def test_a_handler_is_refused(central):
    handler = identity_of(central.sessions, HANDLERS[0])
    with pytest.raises(NotAllowed):
        monthly_report(central, handler, NOV, today=TODAY)
