"""The law-data issue's "done when", as the command line runs it on the demo data: a
supervisor proposes a new index step, a second supervisor approves it; after a sync, a
handler's laptop computes with it and the letter it writes names the new law-data
version. (The amount is a test value, not a published one.)"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from ui.conftest import ui_files, ui_template

from cumuldesk.cli import main
from cumuldesk.paths import data_dir
from cumuldesk.services.demo.cases import DEMO_HANDLERS
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.keys import load_key
from cumuldesk.sync.law import cache_parameters

__all__ = ["ui_files", "ui_template"]

HANDLER = "an.demo"
RENOUNCE_INSZ = "07.07.12-810.25"  # a demo dossier of team Gent (see test_letter_command)
PASSWORDS = {h.username: h.password for h in DEMO_HANDLERS}


@pytest.fixture
def demo_central(ui_files, monkeypatch, memory_keyring, qapp):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", f"sqlite:///{ui_files.central}")
    return ui_files.central


def run(capsys, monkeypatch, user: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORDS[user])
    code = main([*argv, "--user", user])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_approved_index_step_reaches_the_handler_and_names_itself_in_the_letter(
    demo_central, tmp_path, capsys, monkeypatch
):
    # the handler's laptop, synced with the seed (version 1)
    code, out, err = run(capsys, monkeypatch, HANDLER, "sync")
    assert code == 0, err
    assert "New law data: version 1" in out

    code, out, err = run(
        capsys, monkeypatch, "eva.demo",
        "law", "propose", "ivt_yearly", "--bracket", "A", "--from", "2026-10-01",
        "--value", "11000.00", "--kind", "sourced", "--source", "test value", "--json",
    )  # fmt: skip
    assert code == 0, err
    value_id = json.loads(out)["id"]
    code, out, err = run(capsys, monkeypatch, "eva.demo", "law", "approve", str(value_id))
    assert code == 4 and "another supervisor must approve it" in err  # not their own
    code, out, err = run(capsys, monkeypatch, "sophie.demo", "law", "approve", str(value_id))
    assert code == 0, err
    assert "the law data are now version 2" in out

    code, out, err = run(capsys, monkeypatch, HANDLER, "sync")
    assert code == 0, err
    assert "New law data: version 2" in out
    path = data_dir() / f"cache-{HANDLER}.sqlite"
    with LocalCache.open(path, load_key(HANDLER, path).key) as cache:
        params = cache_parameters(cache)
    assert params is not None and params.version == 2
    step = params.get("ivt_yearly", date(2026, 10, 1), "A")
    assert (step.amount, step.kind.value) == (Decimal("11000.00"), "sourced")

    target = tmp_path / "letter.pdf"
    code, out, err = run(
        capsys, monkeypatch, HANDLER,
        "letter", RENOUNCE_INSZ, "--pdf", str(target), "--on", "2026-11-23",
    )  # fmt: skip
    assert code == 0, err
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "wettelijke gegevens v2" in text  # the letter is in the applicant's Dutch
