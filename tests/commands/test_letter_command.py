"""`cumuldesk letter CASE-OR-INSZ --pdf OUT.pdf` as a script runs it: a demo dossier's
proposal written as a PDF (audited), refused for a Walloon dossier, finalised only with
the confirmation of unverified parameters, and a finalised letter written unchanged."""

from __future__ import annotations

import json
import sqlite3

import pytest
from pypdf import PdfReader
from ui.conftest import ui_files, ui_template

from cumuldesk.cli import main
from cumuldesk.paths import data_dir
from cumuldesk.services.demo.cases import DEMO_HANDLERS
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox
from cumuldesk.storage.keys import load_key

__all__ = ["ui_files", "ui_template"]

USER = "an.demo"
RENOUNCE_INSZ = "07.07.12-810.25"  # a demo dossier (team Gent) where renunciation is advised
CASE = "CD-2025-000001"  # its case


@pytest.fixture
def demo_central(ui_files, monkeypatch, memory_keyring, qapp):
    """The synthetic demo central database (SQLite) and an.demo's demo password; no
    cache yet (the first command makes it). `qapp`: the tests' QApplication exists
    before the command needs one."""
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", f"sqlite:///{ui_files.central}")
    [password] = [h.password for h in DEMO_HANDLERS if h.username == USER]
    monkeypatch.setenv("CUMULDESK_PASSWORD", password)
    return ui_files.central


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def audit_actions() -> list[dict]:
    path = data_dir() / f"cache-{USER}.sqlite"
    query = outbox.select().where(outbox.c.kind == "audit").order_by(outbox.c.id)
    with LocalCache.open(path, load_key(USER, path).key) as cache:
        with cache.engine.connect() as connection:
            rows = connection.execute(query).all()
    return [json.loads(row.payload) for row in rows]


def text_of(path) -> str:
    """The PDF's text (pypdf), words separated by single spaces."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_proposal_is_written_as_a_pdf_and_audited(demo_central, tmp_path, capsys):
    target = tmp_path / "letter.pdf"
    code, out, err = run(
        capsys, "letter", RENOUNCE_INSZ, "--pdf", str(target), "--user", USER,
        "--on", "2026-11-23",
    )  # fmt: skip
    assert code == 0, err
    assert out == f"{target}: 4 pages (renunciation proposal, draft, {CASE})\n"
    assert target.read_bytes().startswith(b"%PDF")
    # the values to check named in words, with their kind, and the open point of law
    assert "law values that are not read on a public page: " in err and "Traceback" not in err
    assert (
        "BOB / ondersteuningstoeslag per month, from 2025-09-01" in err and "bob_monthly" not in err
    )
    assert "(computed)" in err and "Open point of law, not confirmed by a supervisor" in err
    text = text_of(target)
    assert RENOUNCE_INSZ in text and "23 december 2026" in text and "pagina 4 van 4" in text
    exported = [a for a in audit_actions() if a["action"] == "pdf_exported"]
    assert [a["details"] for a in exported] == [{"case": CASE, "kind": "renunciation_proposal"}]
    assert "07071281025" not in json.dumps(exported)


def test_a_walloon_dossier_gets_no_proposal(demo_central, tmp_path, capsys):
    with sqlite3.connect(demo_central) as connection:
        [insz] = connection.execute(
            "SELECT insz FROM persons WHERE lower(region) = 'wallonia' ORDER BY insz LIMIT 1"
        ).fetchone()
    target = tmp_path / "none.pdf"
    code, out, err = run(capsys, "letter", insz, "--pdf", str(target), "--user", USER)
    assert (code, out) == (2, "")
    assert err.endswith(
        "cumuldesk: in Wallonia no choice is needed: no renunciation proposal applies\n"
    )
    assert not target.exists() and insz not in err


def test_finalising_needs_the_confirmation_and_the_stored_letter_is_reprinted(
    demo_central, tmp_path, capsys
):
    first, second = tmp_path / "final.pdf", tmp_path / "again.pdf"
    base = ("letter", CASE, "--user", USER, "--kind", "advice", "--finalise")
    # by INSZ first: the dossier is fetched into the new cache (a case reference must be cached)
    code, out, err = run(capsys, "letter", RENOUNCE_INSZ, "--user", USER, "--kind", "advice",
                         "--finalise", "--pdf", str(first))  # fmt: skip
    assert code == 2 and "confirm them explicitly" in err and not first.exists()
    code, out, err = run(capsys, *base, "--confirm-unverified", "--pdf", str(first))
    assert code == 0, err
    # 5 pages: the 35 months in two parts (15 arrears months, 20 from the notification
    # on) with subtotals, then every law value used with its kind and the open point (no
    # row cut by a page)
    assert out == f"{first}: 5 pages (advice note, finalised, {CASE})\n"
    code, out, err = run(capsys, "letter", CASE, "--user", USER, "--kind", "advice",
                         "--on", "2027-01-15", "--pdf", str(second))  # fmt: skip
    assert code == 0, err
    assert out == f"{second}: 5 pages (advice note, finalised, {CASE})\n"
    assert text_of(second) == text_of(first)  # the stored letter, not a new draft
    # the law data of the central database (seeded as version 1): named in the letter and
    # in the audit event of the finalised letter
    assert "Berekend met: wettelijke gegevens v1" in text_of(first)
    actions = [a["action"] for a in audit_actions()]
    assert actions.count("unverified_parameters_confirmed") == 1
    [saved] = [a["details"] for a in audit_actions() if a["action"] == "letter_saved"]
    assert saved == {"case": CASE, "kind": "advice_note", "finalised": True, "law_data_version": 1}
    assert actions.count("pdf_exported") == 2
