"""`cumuldesk screen`: a supervisor screens every open case (counts as text or JSON, the
results stored centrally, audited), a second run screens nothing unchanged unless `--all`;
a handler is refused with exit 4 and one line (audited); a Ctrl+C stops at a safe point
(exit 130, what was stored stays). SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from factories import make_handler
from law_support import PERSONS, SUPERVISOR, audit, make_law_central

from cumuldesk.cli import main
from cumuldesk.services.screening import results

HANDLER = "cy"


@pytest.fixture
def central(central_url, monkeypatch, password_env, memory_keyring):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    central = make_law_central(central_url)
    with central.sessions.begin() as session:
        session.add(make_handler(HANDLER))  # a handler of team T who may sign in
    yield central
    central.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_supervisor_screens_every_open_case(central, capsys):
    code, out, err = run(capsys, "screen", "--user", SUPERVISOR)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"Screened: {PERSONS} case(s) with law data v1 in ")
    assert lines[1:] == [
        "  renunciation to propose         0",
        "  IVT/IT pays more                0",
        f"  not applicable           {PERSONS:>8}",  # born 2004: past 21 now
        "  no verdict                      0",
        "  unchanged, kept                 0",
    ]
    assert set(results(central.sessions)) == {f"CD-{n}" for n in range(1, PERSONS + 1)}

    code, out, err = run(capsys, "screen", "--user", SUPERVISOR, "--json")
    assert code == 0, err
    counts = json.loads(out)
    assert isinstance(counts.pop("seconds"), float)
    assert counts == {
        "screened": 0, "renounce": 0, "ivt_it": 0, "not_applicable": 0, "failed": 0,
        "unchanged": PERSONS, "cancelled": False, "law_data_version": 1,
    }  # fmt: skip
    code, out, err = run(capsys, "screen", "--user", SUPERVISOR, "--all", "--json")
    assert json.loads(out)["screened"] == PERSONS and json.loads(out)["unchanged"] == 0
    events = audit(central.sessions, "screening_run")
    assert [(actor, details["screened"]) for actor, _, details in events] == [
        (SUPERVISOR, PERSONS),
        (SUPERVISOR, 0),
        (SUPERVISOR, PERSONS),
    ]


def test_a_handler_is_refused(central, capsys):
    code, out, err = run(capsys, "screen", "--user", HANDLER)
    assert code == 4 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cumuldesk: ") and "supervisor" in lines[0]
    assert results(central.sessions) == {}
    assert [details["action"] for _, _, details in audit(central.sessions, "refused")] == ["screen"]


def test_ctrl_c_stops_at_a_safe_point_and_keeps_what_was_stored(central, capsys, monkeypatch):
    from cumuldesk.services import screening

    monkeypatch.setattr(screening, "CHUNK", 1)
    real = screening.store.store_results

    def stored_then_ctrl_c(session, chunk):  # the first chunk is stored, then Ctrl+C
        real(session, chunk)
        import os
        import signal

        os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(screening.store, "store_results", stored_then_ctrl_c)
    code, out, err = run(capsys, "screen", "--user", SUPERVISOR, "--json")
    assert code == 130
    assert "stopping at the next safe point" in err
    counts = json.loads(out)
    assert counts["cancelled"] is True and counts["screened"] == 1
    assert len(results(central.sessions)) == 1
