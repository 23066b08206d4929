"""`cumuldesk letter --to-propose --pdf-dir DIR` (issue 18): every case of the user's
team that the screening says calls for a proposal, one PDF per letter (0600, audited),
the cases left out with the reason (not screened, no longer calling for a proposal),
the counts; finalising only with the confirmation, as for one letter."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from commands.test_letter_command import USER, audit_actions, demo_central, run, text_of
from sqlalchemy import select
from ui.conftest import ui_files, ui_template

from cumuldesk.cli import main
from cumuldesk.domain.screening import ScreeningResult
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.paths import data_dir
from cumuldesk.storage import screening as screening_store
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.keys import load_key
from cumuldesk.storage.models import Case

__all__ = ["demo_central", "ui_files", "ui_template"]

RENOUNCE = "CD-2025-000001"  # renunciation is advised, now as when screened
OTHER = "CD-2025-000340"  # renunciation is advised too
IVT_IT_NOW = "CD-2023-000063"  # screened "renounce", but IVT/IT is more favourable now
IVT_IT = "CD-2023-000288"  # screened "IVT/IT": no proposal, not listed


def screen_in_cache(verdicts: dict[str, Recommendation]) -> None:
    """Screening results in an.demo's cache, as a sync brings them."""
    path = data_dir() / f"cache-{USER}.sqlite"
    when = datetime(2026, 11, 20, tzinfo=UTC)
    with LocalCache.open(path, load_key(USER, path).key) as cache:
        with cache.sessions.begin() as session:
            ids = dict(session.execute(select(Case.reference, Case.id)).all())
            screening_store.store_results(
                session,
                [
                    screening_store.Stored(
                        ids[reference],
                        ScreeningResult(
                            reference, verdict, None, Decimal("100.00"), 12, 3, 0, (), None, when
                        ),
                        1,
                        1,
                    )
                    for reference, verdict in verdicts.items()
                ],
            )


def test_the_cases_to_propose_are_written_one_pdf_each(demo_central, tmp_path, capsys):
    folder = tmp_path / "letters"
    argv = ["letter", "--to-propose", "--pdf-dir", str(folder), "--user", USER]
    code, out, err = run(capsys, *argv, "--on", "2026-11-23")
    assert code == 0 and out == "0 letters written, 0 cases left out\n"
    assert "holds no case of your team (run `cumuldesk sync` first)" in err
    assert run(capsys, "sync", "--user", USER)[0] == 0
    code, out, err = run(capsys, *argv, "--on", "2026-11-23")
    assert code == 0, err
    assert out.endswith(" cases left out\n") and out.startswith("CD-")
    assert ": left out: not screened\n" in out and "0 letters written, " in out

    renounce = Recommendation.RENOUNCE
    screen_in_cache(
        {RENOUNCE: renounce, OTHER: renounce, IVT_IT_NOW: renounce, IVT_IT: Recommendation.IVT_IT}
    )
    code, out, err = run(capsys, *argv, "--on", "2026-11-23")
    assert code == 0, err
    lines = out.splitlines()
    first = folder / f"renunciation-proposal-{RENOUNCE}.pdf"
    second = folder / f"renunciation-proposal-{OTHER}.pdf"
    assert lines[0] == f"{first}: 4 pages (renunciation proposal, draft, {RENOUNCE})"
    assert lines[1].startswith(f"{second}: ") and lines[1].endswith(f", draft, {OTHER})")
    assert (
        f"{IVT_IT_NOW}: left out: IVT/IT is more favourable now: "
        "no renunciation proposal applies" in lines
    )
    assert not any(line.startswith(f"{IVT_IT}:") for line in lines)
    unscreened = [line for line in lines if line.endswith(": left out: not screened")]
    assert lines[-1] == f"2 letters written, {len(unscreened) + 1} cases left out"
    assert sorted(p.name for p in folder.iterdir()) == [first.name, second.name]
    for path in (first, second):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "23 december 2026" in text_of(first)
    exported = [a["details"] for a in audit_actions() if a["action"] == "pdf_exported"]
    assert exported == [
        {"case": RENOUNCE, "kind": "renunciation_proposal"},
        {"case": OTHER, "kind": "renunciation_proposal"},
    ]
    assert "07071281025" not in out + err

    # finalising needs the confirmation, as for one letter: exit 2, nothing written
    again = tmp_path / "final"
    code, out, err = run(
        capsys, "letter", "--to-propose", "--pdf-dir", str(again), "--user", USER, "--finalise"
    )
    assert code == 2
    assert f"{RENOUNCE}: left out: finalising needs the confirmation" in out
    assert list(again.iterdir()) == []
    code, out, err = run(
        capsys, "letter", "--to-propose", "--pdf-dir", str(again), "--user", USER,
        "--finalise", "--confirm-unverified",
    )  # fmt: skip
    assert code == 0, err
    assert f"(renunciation proposal, finalised, {RENOUNCE})" in out


def test_the_options_go_together(demo_central, tmp_path, capsys):
    for argv, message in [
        (["--to-propose"], "the following arguments are required: --pdf-dir"),
        (["--pdf-dir", str(tmp_path)], "--pdf-dir goes with --to-propose"),
        ([], "the following arguments are required: CASE-OR-INSZ, --pdf"),
        (["CD-2025-000001"], "the following arguments are required: --pdf"),
    ]:
        with pytest.raises(SystemExit) as stopped:
            main(["letter", *argv, "--user", USER])
        assert stopped.value.code == 2
        assert capsys.readouterr().err == f"cumuldesk: {message} (see cumuldesk --help)\n"
