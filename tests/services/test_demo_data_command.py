"""`cumuldesk demo-data` as a user runs it: counts only in the output, progress on
stderr, refusals in one line with exit code 2."""

from __future__ import annotations

import io
import json

import pytest
from demo_checks import dossiers

from cumuldesk import cli
from cumuldesk.domain.insz import format_insz
from cumuldesk.services.central.connect import connect_central


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    out = io.StringIO()
    try:
        code = cli.main(argv, out)
    except SystemExit as exit:  # argparse refuses a malformed option itself
        code = int(exit.code or 0)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, captured.err


def test_the_command_fills_the_configured_database_and_prints_counts_only(
    blank_central_url, monkeypatch, capsys
):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", blank_central_url)  # migrated by the command
    code, out, err = run(
        ["demo-data", "--persons", "300", "--seed", "3", "--today", "2026-03-15"], capsys
    )
    assert code == 0, err
    assert "300" in out and "an.demo" in out
    assert "100% (300 of 300 persons)" in err
    central = connect_central()
    try:
        people = dossiers(central.engine)
    finally:
        central.close()
    assert len(people) == 300
    printed = out + err
    for dossier in people:
        person = dossier.person
        for secret in (
            person.insz,
            format_insz(person.insz),
            person.family_name,
            person.street,
            person.birth_date.isoformat(),
        ):
            assert secret not in printed

    # the demo supervisor signs in with the password the README documents
    monkeypatch.setenv("CUMULDESK_PASSWORD", "eva-demo-password")
    code, out, err = run(["purge", "--user", "eva.demo", "--dry-run", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["central"]["dry_run"] is True

    code, out, err = run(["demo-data", "--persons", "300", "--json"], capsys)
    assert code == 2
    assert err.strip() == (
        "cumuldesk: the central database already holds 300 persons; "
        "use --force to replace them (the audit trail is kept)"
    )
    # on a configured central database, --force is for a signed-in supervisor only
    forced = ["demo-data", "--persons", "40", "--force", "--json", "--today", "2026-03-15"]
    monkeypatch.setenv("CUMULDESK_PASSWORD", "an-demo-password")
    code, out, err = run([*forced, "--user", "an.demo"], capsys)
    assert code == 4 and "demo-data --force is for supervisors only" in err
    monkeypatch.setenv("CUMULDESK_PASSWORD", "eva-demo-password")
    code, out, err = run([*forced, "--user", "eva.demo"], capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["persons"] == 40 and report["replaced_persons"] == 300
    assert report["rows"]["cases"] == 40 and sum(report["case_statuses"].values()) == 40


@pytest.mark.parametrize("value", ["200001", "0", "-5", "many"])
def test_the_command_refuses_a_bad_number_of_persons_before_touching_a_database(
    value, monkeypatch, capsys, tmp_path
):
    target = tmp_path / "never.sqlite"
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", f"sqlite:///{target}")
    code, _, err = run(["demo-data", "--persons", value], capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not target.exists()


def test_the_command_refuses_a_today_out_of_range(capsys):
    code, _, err = run(["demo-data", "--today", "2019-05-01"], capsys)
    assert code == 2 and "today must be from 2021-01-01" in err
