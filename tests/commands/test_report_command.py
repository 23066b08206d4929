"""`cumuldesk report`: a supervisor writes the month's workbook (figures, 12-month series)
and PDF (figures and chart), mode 0600, audited with the counts; `--json` prints the
figures; a handler is refused with exit 4 and no file. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from factories import make_handler
from law_support import SUPERVISOR, audit, make_law_central

from cumuldesk.cli import main
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.storage.models import ScreeningRow, VsbImport

HANDLER = "cy"


@pytest.fixture
def central(central_url, monkeypatch, password_env, memory_keyring):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    central = make_law_central(central_url)
    with central.sessions.begin() as session:
        session.add(make_handler(HANDLER))
        session.add(
            VsbImport(
                file_name="vsb.csv", file_sha256="0" * 64,
                imported_at=datetime(2026, 11, 3, 9, 0, tzinfo=UTC), imported_by="x",
                rows_total=3012, rows_imported=3012, rows_unchanged=0, rows_rejected=0,
            )
        )  # fmt: skip
        for case_id, month, stake in ((1, 11, "1500.00"), (2, 11, "250.50"), (3, 9, "75.00")):
            session.add(
                ScreeningRow(
                    case_id=case_id, case_reference=f"CD-{case_id}",
                    verdict=Recommendation.RENOUNCE, problem=None, at_stake=Decimal(stake),
                    months_compared=12, conflict_months=3, arrears_months=0,
                    open_points="[]", law_version=1,
                    screened_at=datetime(2026, month, 5, 9, 0, tzinfo=UTC),
                    dossier_seq=1, dossier_rows=1,
                )
            )  # fmt: skip
    yield central
    central.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_supervisor_writes_the_workbook_and_the_pdf(central, capsys, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    xlsx, pdf = tmp_path / "report.xlsx", tmp_path / "report.pdf"
    code, out, err = run(
        capsys, "report", "--month", "2026-11", "--xlsx", str(xlsx), "--pdf", str(pdf),
        "--user", SUPERVISOR, "--json",
    )  # fmt: skip
    assert code == 0, err
    figures = json.loads(out)
    assert (figures["vsb_persons"], figures["conflicts"], figures["renounce"]) == (3012, 2, 2)
    assert figures["at_stake"] == "1750.50"
    for path in (xlsx, pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    book = load_workbook(xlsx)
    first, series = book.worksheets
    values = {row[0]: row[1] for row in first.iter_rows(values_only=True) if row[0]}
    assert values["Persons in VSB's file(s)"] == 3012
    assert values["Conflicts found"] == 2
    assert values["Verdict: renunciation to propose"] == 2
    assert values["Amounts at stake (EUR)"] == pytest.approx(1750.50)
    months = [row for row in series.iter_rows(values_only=True) if isinstance(row[1], int)]
    assert len(months) == 12
    assert [(m[0].strftime("%Y-%m"), m[1]) for m in months if m[1]] == [
        ("2026-09", 1),
        ("2026-11", 2),
    ]
    raw = PdfReader(pdf).pages[0].extract_text()
    text = " ".join(raw.replace("\ufb01", "fi").replace("\ufb02", "fl").split())
    assert "Monthly report 2026-11" in text
    assert "Persons in VSB's file(s)" in text and "3.012" in text
    assert "Conflicts found (bars, left axis)" in text
    assert "CD-" not in text
    assert audit(central.sessions, "monthly_report")[0][2]["conflicts"] == 2


def test_a_handler_is_refused(central, capsys, tmp_path):
    xlsx = tmp_path / "report.xlsx"
    code, out, err = run(
        capsys, "report", "--month", "2026-11", "--xlsx", str(xlsx), "--user", HANDLER
    )
    assert code == 4
    assert not xlsx.exists()
