"""`cumuldesk import-vsb` screens by itself after a committed import (issue 18): exactly the
persons whose BOB periods changed are screened again, the counts follow the import's (in
JSON under "screening", the import's keys unchanged); `--no-screen` screens nothing; a
screening that fails after the commit says so (exit 5) and the import stays. SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from factories import build_insz, identity_of
from law_support import PERSONS, SUPERVISOR, Clock, audit, make_law_central

from cumuldesk.cli import main
from cumuldesk.services.screening import results, screen

IMPORT_KEYS = ["import_id", "file", "sha256", "format", "rows_total", "new", "updated",
               "unchanged", "rejected", "rejects_file", "rejects"]  # fmt: skip


def insz(counter: int) -> str:
    return build_insz(date(2004, 1, 1), counter)


@pytest.fixture
def central(central_url, monkeypatch, password_env, memory_keyring):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    central = make_law_central(central_url)
    screen(central, identity_of(central.sessions, SUPERVISOR), clock=Clock())  # all screened
    yield central
    central.close()


def vsb_file(tmp_path, *rows: str):
    path = tmp_path / "vsb-2026-11.csv"
    path.write_text("INSZ;start;end;voluntary_switch\n" + "".join(r + "\n" for r in rows))
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def moments(central) -> dict[str, object]:
    return {ref: result.screened_at for ref, result in results(central.sessions).items()}


def test_an_import_screens_again_exactly_the_persons_whose_periods_changed(
    central, tmp_path, capsys
):
    before = moments(central)
    path = vsb_file(
        tmp_path,
        f"{insz(1)};2022-02-01;2026-06-30;0",  # the open period ends: changed
        f"{insz(2)};2022-02-01;;0",  # as it was: unchanged
    )  # person 3 is not in the file
    code, out, err = run(capsys, "import-vsb", str(path), "--user", SUPERVISOR)
    assert code == 0, err
    assert "  updated periods         1\n" in out
    head, screened = out.split("Screened: ", 1)
    assert "as VSB import 1:" in head  # the import's summary first
    assert screened.startswith("1 case(s) with law data v1 in ")
    assert "  unchanged, kept          " + f"{PERSONS - 1:>8}" in screened
    after = moments(central)
    assert [ref for ref in sorted(after) if after[ref] != before[ref]] == ["CD-1"]
    runs = audit(central.sessions, "screening_run")
    assert [(actor, details["screened"]) for actor, _, details in runs][-1] == (SUPERVISOR, 1)

    # the same file again: nothing changed, nothing screened
    code, out, err = run(capsys, "import-vsb", str(path), "--user", SUPERVISOR, "--json")
    assert code == 0, err
    answer = json.loads(out)
    assert list(answer)[: len(IMPORT_KEYS)] == IMPORT_KEYS and list(answer)[-1] == "screening"
    assert (answer["updated"], answer["unchanged"]) == (0, 2)
    screening = answer["screening"]
    assert (screening["screened"], screening["unchanged"]) == (0, PERSONS)
    assert moments(central) == after


def test_no_screen_screens_nothing_and_keeps_the_json_as_it_was(central, tmp_path, capsys):
    before = moments(central)
    path = vsb_file(tmp_path, f"{insz(2)};2022-02-01;2026-03-31;1")
    code, out, err = run(capsys, "import-vsb", str(path), "--user", SUPERVISOR, "--no-screen",
                         "--json")  # fmt: skip
    assert code == 0, err
    answer = json.loads(out)
    assert list(answer) == IMPORT_KEYS and answer["updated"] == 1
    assert moments(central) == before
    code, out, err = run(capsys, "import-vsb", str(path), "--user", SUPERVISOR, "--no-screen")
    assert code == 0 and out.endswith("No row was rejected.\n") and "Screened" not in out
    # the next screening picks the change up
    run_ = screen(central, identity_of(central.sessions, SUPERVISOR))
    assert (run_.screened, run_.unchanged) == (1, PERSONS - 1)


def test_a_failed_screening_says_so_and_the_import_stays(central, tmp_path, capsys, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from cumuldesk.services import screening

    def broken(*_args, **_kwargs):
        raise OperationalError("SELECT secret", {"insz": insz(1)}, Exception("gone"))

    monkeypatch.setattr(screening.store, "open_cases", broken)
    before = moments(central)
    path = vsb_file(tmp_path, f"{insz(3)};2022-02-01;2026-06-30;0")
    code, out, err = run(capsys, "import-vsb", str(path), "--user", SUPERVISOR)
    assert code == 5
    assert "as VSB import 1:" in out and "  updated periods         1\n" in out
    assert "The changed cases were NOT screened (the reason follows).\n" in out
    assert err == (
        "cumuldesk: VSB import 1 of vsb-2026-11.csv is committed, but the screening after "
        "it did not run to its end: the central database could not be read or written. "
        "Run `cumuldesk screen` to screen the cases that changed\n"
    )
    assert insz(1) not in out + err
    assert moments(central) == before
    code, out, err = run(capsys, "import-vsb", str(path), "--user", SUPERVISOR, "--json")
    assert code == 5
    answer = json.loads(out)
    assert answer["unchanged"] == 1  # the first import is committed
    assert answer["screening"] is None
    assert answer["screening_not_run"] == err.removeprefix("cumuldesk: ").rstrip("\n")
