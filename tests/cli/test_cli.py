"""The command line as a user runs it: a real process, its output and exit code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cumuldesk.domain.insz import build_insz, format_insz

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"


def _command() -> list[str]:
    script = shutil.which("cumuldesk", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "cumuldesk"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("CUMULDESK_DEBUG", None)
    return subprocess.run(
        [*_command(), *args], capture_output=True, text=True, env=full_env, timeout=60, cwd=ROOT
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], code: int, *fragments: str):
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def write_dossier(tmp_path: Path, data: dict, name: str = "dossier.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


INSZ = format_insz(build_insz(date(2006, 5, 20), 117))


def base_dossier(**changes) -> dict:
    data = {
        "insz": INSZ,
        "region": "flanders",
        "as_of": "2026-11-23",
        "bob_periods": [{"start": "2024-01-01", "end": None, "voluntary_switch": False}],
        "ivt_it_periods": [
            {"start": "2025-01-01", "end": None, "monthly_amount": "898.21", "regulation": "IVT"}
        ],
        "simulation": {
            "ivt": {"category": "A"},
            "zorgtoeslag": {"points": 24, "pillar1_points": 6},
            "bob": {"entitled": True},
        },
    }
    data.update(changes)
    return data


def test_insz_json_describes_each_value():
    proc = run("insz", "--json", "85.07.30-033.28", "98 47 28 997 65")
    assert proc.returncode == 0, proc.stderr
    first, second = json.loads(proc.stdout)
    assert first == {
        "input": "85.07.30-033.28",
        "valid": True,
        "insz": "85073003328",
        "formatted": "85.07.30-033.28",
        "kind": "NN",
        "birth_date": "1985-07-30",
        "sex": "M",
        "error": None,
    }
    assert second["kind"] == "BIS" and second["formatted"] == "98.47.28-997.65"


def test_insz_invalid_value_gives_exit_2_and_says_what_is_wrong():
    proc = run("insz", "--json", "85.07.30-033.28", "85.07.30-033.29", "85.13.30-033.28")
    assert proc.returncode == 2
    results = json.loads(proc.stdout)
    assert [r["valid"] for r in results] == [True, False, False]
    assert "check digits" in results[1]["error"]
    assert "month" in results[2]["error"] and "13, which is impossible" in results[2]["error"]
    assert_one_line_error(proc, 2, "2 of 3 values")


def test_insz_human_output():
    proc = run("insz", "85073003328")
    assert proc.returncode == 0
    assert "85.07.30-033.28" in proc.stdout and "born 1985-07-30" in proc.stdout


def test_check_lists_conflict_months_query_window_and_retroactive_change():
    proc = run("check", "--json", str(EXAMPLES / "retroactive-change.json"))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    # born 12 Sep 2004: window 2022-10 .. 2025-09; BOB from 2022-10, IVT paid 2022-10 .. 2023-05,
    # 0 EUR 2023-06 .. 2024-02, IT paid from 2024-03
    expected = [f"2022-{m}" for m in ("10", "11", "12")]
    expected += [f"2023-{m:02d}" for m in range(1, 6)]
    expected += [f"2024-{m:02d}" for m in range(3, 13)] + [f"2025-{m:02d}" for m in range(1, 10)]
    assert report["conflict_months"] == expected
    assert report["ban_window"] == {"start": "2022-10", "end": "2025-09"}
    # 22 on the query day 2026-11-23: query day - 3 years to the end of the month of 21
    assert report["query_window"] == {"start": "2023-11-23", "end": "2025-09-30"}
    statuses = {m["month"]: m["status"] for m in report["months"]}
    assert statuses["2022-09"] == "outside_ban_window"
    assert statuses["2023-07"] == "allowed_zero_amount"
    assert report["retroactive_change"]["bob_owed_again"] == [
        "2023-06",
        "2023-07",
        "2023-08",
        "2023-09",
        "2023-10",
        "2023-11",
        "2023-12",
        "2024-01",
        "2024-02",
    ]
    assert report["retroactive_change"]["bob_must_stop"] == []


def test_check_human_output_summarises_runs_of_months():
    proc = run("check", str(EXAMPLES / "retroactive-change.json"))
    assert proc.returncode == 0, proc.stderr
    assert "Conflict months (27): 2022-10 to 2023-05, 2024-03 to 2025-09" in proc.stdout
    assert "BOB owed again 2023-06 to 2024-02" in proc.stdout


def test_simulate_prints_a_month_table_with_a_verdict():
    proc = run("simulate", str(EXAMPLES / "renounce-flanders.json"))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    header = next(line for line in lines if line.startswith("Month"))
    for title in (
        "IVT",
        "IT",
        "Zorgtoeslag",
        "BOB",
        "ZT kept",
        "BOB kept",
        "Federal",
        "Flemish",
        "Difference",
    ):
        assert title in header
    rows = [line for line in lines if line[:4] in ("2024", "2025", "2026", "2027")]
    assert len(rows) == 36
    # 30 arrears months (2024-06 to 2026-11, before the notified month 2026-12): BOB kept
    assert sum(1 for line in rows if line.endswith(" a")) == 30
    assert rows[0].split()[:10] == [
        "2024-06",
        "880.62",
        "0.00",
        "594.38",
        "331.22",
        "0.00",
        "331.22",
        "1211.84",
        "925.60",
        "286.24",
    ]
    assert "before the notified month 2026-12" in proc.stdout
    assert "Recommendation: ivt_it" in proc.stdout
    assert "Open points of law" in proc.stdout and "zorgtoeslag_arrears_recovered" in proc.stdout
    assert "UNVERIFIED: computed" in proc.stdout and "UNVERIFIED: carried" in proc.stdout
    assert "Parameters used (shipped defaults):" in proc.stdout


def test_simulate_json_has_the_documented_shape():
    proc = run("simulate", "--json", str(EXAMPLES / "renounce-flanders.json"))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert set(report["months"][0]) >= {
        "month",
        "ivt",
        "it",
        "zorgtoeslag",
        "bob",
        "federal",
        "flemish",
        "difference",
        "zorgtoeslag_banned",
        "bob_banned",
        "arrears",
        "ivt_it",
        "zorgtoeslag_kept",
        "bob_kept",
        "zorgtoeslag_recovered",
        "bob_voluntary_switch",
    }
    assert isinstance(report["months"][0]["arrears"], bool)
    assert set(report["totals"]) >= {"federal", "flemish", "difference", "arrears_months"}
    assert report["notified_month"] == "2026-12"
    assert (report["law_data_version"], report["law_data"]) == (None, "shipped defaults")
    assert [p["name"] for p in report["open_points"]] == [
        "ondersteuningstoeslag_ivt_it_ban",
        "zorgtoeslag_arrears_recovered",
    ]
    assert all(p["kind"] == "carried" for p in report["open_points"])
    for value in report["totals"].values():
        assert isinstance(value, (str, int))
    assert report["totals"]["difference"].count(".") == 1
    assert len(report["totals"]["difference"].split(".")[1]) == 2
    assert report["recommendation"] in ("ivt_it", "renounce", "not_applicable")
    assert report["reasons"] and report["parameters"]
    for parameter in report["parameters"]:
        assert parameter["source"] and isinstance(parameter["verified"], bool)


def test_every_example_runs():
    for example in sorted(EXAMPLES.glob("*.json")):
        command = "check" if "retroactive" in example.name else "simulate"
        proc = run(command, "--json", str(example))
        assert proc.returncode == 0, (example.name, proc.stderr)


@pytest.mark.parametrize(
    ("changes", "fragments"),
    [
        ({"insz": "06.05.20-117.56"}, ("insz:", "check digits")),
        ({"insz": "06.13.20-117.55"}, ("insz:", "month", "13, which is impossible")),
        ({"region": "limburg"}, ("region:", "flanders")),
        (
            {"bob_periods": [{"start": "2024-05-01", "end": "2024-01-31"}]},
            ("bob_periods[0].end:", "before the start"),
        ),
        (
            {
                "ivt_it_periods": [
                    {
                        "start": "2025-01-01",
                        "end": None,
                        "monthly_amount": "-5.00",
                        "regulation": "IVT",
                    }
                ]
            },
            ("ivt_it_periods[0].monthly_amount:", "negative"),
        ),
        (
            {
                "ivt_it_periods": [
                    {"start": "2025-01-01", "monthly_amount": "5.00", "regulation": "AA"}
                ]
            },
            ("ivt_it_periods[0].regulation:",),
        ),
        (
            {"bob_periods": [{"start": "2024-02-30"}]},
            ("bob_periods[0].start:", "not an existing date"),
        ),
        (
            {"simulation": {"first_payment_month": "2030-01", "ivt": {"category": "A"}}},
            ("simulation.first_payment_month:", "outside the horizon", "2024-06 to 2027-05"),
        ),
        (
            {"simulation": {"notified_month": "2026-13", "ivt": {"category": "A"}}},
            ("simulation.notified_month:", "month 13 does not exist"),
        ),
        (
            {"simulation": {"notified_month": 202612, "ivt": {"category": "A"}}},
            ("simulation.notified_month:", "expected a month as YYYY-MM"),
        ),
        (
            {"simulation": {"notified_month": "December", "ivt": {"category": "A"}}},
            ("simulation.notified_month:", "expected a month as YYYY-MM"),
        ),
        (
            {
                "region": "brussels",
                "simulation": {
                    "ivt": {"category": "A"},
                    "zorgtoeslag": {"points": 24, "pillar1_points": 6},
                },
            },
            ("simulation.zorgtoeslag:", "own scale", "decided monthly amount"),
        ),
        ({"simulation": {"ivt": {"category": "D"}}}, ("simulation.ivt.category:",)),
        ({"simulation": {"ivt": {"monthly_amount": 812.4}}}, ("simulation.ivt.monthly_amount:",)),
        (
            {"simulation": {"ivt": {"category": "A"}, "zorgtoeslag": {"points": 40}}},
            ("simulation.zorgtoeslag:", "0 to 36"),
        ),
        ({"simualtion": {}}, ("simualtion:", "unknown field")),
    ],
)
def test_bad_dossier_gets_one_line_naming_the_field(tmp_path, changes, fragments):
    path = write_dossier(tmp_path, base_dossier(**changes))
    proc = run("simulate", str(path))
    assert_one_line_error(proc, 2, *fragments)
    assert proc.stdout == ""


def test_error_messages_do_not_repeat_the_insz(tmp_path):
    path = write_dossier(
        tmp_path, base_dossier(bob_periods=[{"start": "2024-05-01", "end": "2024-01-01"}])
    )
    proc = run("check", str(path))
    assert proc.returncode == 2
    assert (
        INSZ[:8] not in proc.stderr
        and INSZ.replace(".", "").replace("-", "")[:9] not in proc.stderr
    )


def test_invalid_json_says_where(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"insz": "06.05.20-117.55",\n "region": flanders}', encoding="utf-8")
    assert_one_line_error(run("check", str(path)), 2, "invalid JSON at line 2")


def test_missing_file_and_usage_errors_exit_2(tmp_path):
    assert_one_line_error(run("simulate", str(tmp_path / "nope.json")), 2, "no such file")
    assert_one_line_error(run("frobnicate"), 2, "invalid choice")
    assert_one_line_error(run("params", "--on", "2024-13-01"), 2, "YYYY-MM-DD")


def test_help_and_no_arguments_succeed():
    assert run("--help").returncode == 0
    proc = run()
    assert proc.returncode == 0 and "simulate" in proc.stdout


def _central_with_an_approved_value(tmp_path: Path) -> dict[str, str]:
    """A configured central database (SQLite file) where two supervisors published BOB
    340.00 from 2026-01-01 (law data v2); the environment that points at it."""
    from factories import identity_of, make_handler

    from cumuldesk.services.law.data import approve, propose
    from cumuldesk.storage.database import migrate, open_central, session_factory
    from cumuldesk.storage.models import Role

    url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    engine = open_central(url)
    migrate(engine)
    factory = session_factory(engine)
    with factory.begin() as session:
        session.add_all(
            [make_handler("lea.sup", Role.SUPERVISOR), make_handler("max.sup", Role.SUPERVISOR)]
        )
    value_id = propose(
        factory,
        identity_of(factory, "lea.sup"),
        "bob_monthly",
        "2026-01-01",
        "340.00",
        "sourced",
        "Flemish decree (test)",
    )
    approve(factory, identity_of(factory, "max.sup"), value_id)
    engine.dispose()
    return {"CUMULDESK_CENTRAL_URL": url}


def test_an_approved_central_value_is_used_and_cited(tmp_path):
    env = _central_with_an_approved_value(tmp_path)
    proc = run("simulate", "--json", str(EXAMPLES / "renounce-flanders.json"), env=env)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert (report["law_data_version"], report["law_data_origin"]) == (2, "central database")
    months = {m["month"]: m for m in report["months"]}
    assert months["2026-01"]["bob"] == "340.00"
    assert months["2025-12"]["bob"] != "340.00"
    cited = [
        p
        for p in report["parameters"]
        if p["name"] == "bob_monthly" and p["effective"] == "2026-01-01"
    ]
    assert cited and cited[0]["origin"] == "central law data v2"
    assert cited[0]["source"] == "Flemish decree (test)" and cited[0]["kind"] == "sourced"
    listing = run("params", "--on", "2026-02-01", env=env)
    assert "Law data: law data v2 (central database)" in listing.stdout
    assert "340.00" in listing.stdout
    shipped = run("params", "--on", "2026-02-01", "--shipped", env=env)
    assert "Law data: shipped defaults: asked for with --shipped" in shipped.stdout
    assert "340.00" not in shipped.stdout


def test_central_law_data_this_version_does_not_know_are_exit_3(tmp_path):
    from sqlalchemy import create_engine, text

    env = _central_with_an_approved_value(tmp_path)
    engine = create_engine(env["CUMULDESK_CENTRAL_URL"])
    with engine.begin() as connection:  # as a newer CumulDesk could have published
        connection.execute(text("UPDATE law_values SET name = 'bob_yearly' WHERE version = 2"))
    engine.dispose()
    proc = run("simulate", str(EXAMPLES / "renounce-flanders.json"), env=env)
    assert_one_line_error(proc, 3, "central database", "'bob_yearly'", "does not know")


def test_an_unreachable_central_database_is_exit_5_not_a_silent_fall_back():
    env = {"CUMULDESK_CENTRAL_URL": "postgresql+psycopg://x:secret@127.0.0.1:1/db"}
    proc = run("simulate", str(EXAMPLES / "renounce-flanders.json"), env=env)
    assert_one_line_error(proc, 5, "cannot reach", "--shipped")
    assert "secret" not in proc.stderr and proc.stdout == ""


def test_no_amount_in_force_is_exit_3(tmp_path):
    from sqlalchemy import create_engine, text

    # law data whose zorgtoeslag amounts start in September 2021 (the shipped ones start
    # before the ban window can open)
    env = _central_with_an_approved_value(tmp_path)
    engine = create_engine(env["CUMULDESK_CENTRAL_URL"])
    with engine.begin() as connection:
        connection.execute(
            text(
                "DELETE FROM law_values WHERE name = 'zorgtoeslag_monthly' "
                "AND effective < '2021-09-01'"
            )
        )
    engine.dispose()
    # born 1999-09-10: the window opens in August 2020, before any zorgtoeslag amount on file
    path = write_dossier(
        tmp_path,
        base_dossier(
            insz=format_insz(build_insz(date(1999, 9, 10), 41)), bob_periods=[], ivt_it_periods=[]
        ),
    )
    assert_one_line_error(
        run("simulate", str(path), env=env),
        3,
        "no value in force on 2020-08-01",
        "zorgtoeslag_monthly",
    )


def test_params_lists_every_parameter_with_its_source():
    proc = run("params", "--json", "--on", "2024-06-01")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    names = {row["name"] for row in report["values"]}
    assert {
        "ivt_yearly",
        "it_yearly",
        "zorgtoeslag_monthly",
        "bob_monthly",
        "ivt_partner_exemption",
        "bob_ivt_it_ban",
        "zorgtoeslag_ivt_it_ban",
    } <= names
    ivt_b = next(r for r in report["values"] if r["name"] == "ivt_yearly" and r["bracket"] == "B")
    assert ivt_b["value"] == "15851.18" and ivt_b["effective"] == "2024-05-01"


def test_insz_with_partly_unknown_birth_date_needs_birth_date_in_the_dossier(tmp_path):
    partial = format_insz(build_insz(None, 15, birth_year=2005))
    proc = run("insz", "--json", partial)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)[0]["birth_date"] is None
    assert "birth date partly unknown" in run("insz", partial).stdout
    dossier = {"insz": partial, "region": "flanders"}
    assert_one_line_error(
        run("check", str(write_dossier(tmp_path, dossier))), 2, "birth_date: required"
    )
    dossier["birth_date"] = "2005-06-30"
    proc = run("check", "--json", str(write_dossier(tmp_path, dossier)))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["ban_window"] == {"start": "2023-07", "end": "2026-06"}


def test_files_created_by_commands_are_private(tmp_path):
    data = tmp_path / "data"
    proc = run(
        "demo-data",
        "--persons",
        "20",
        env={"CUMULDESK_DATA_DIR": str(data), "CUMULDESK_CONFIG_DIR": str(tmp_path / "c")},
    )
    assert proc.returncode == 0, proc.stderr
    database = data / "demo-central.sqlite"
    assert database.stat().st_mode & 0o077 == 0


def test_first_start_without_a_central_database_creates_the_demo_data(tmp_path):
    env = {
        "CUMULDESK_DATA_DIR": str(tmp_path / "data"),
        "CUMULDESK_CONFIG_DIR": str(tmp_path / "c"),
        "CUMULDESK_USER": "eva.demo",  # the demo supervisor, password in the README
        "CUMULDESK_PASSWORD": "eva-demo-password",
    }
    first = run("audit", "verify", "--central", env=env)
    assert first.returncode == 0, first.stderr
    assert "created the embedded demo database with 5,000 synthetic persons" in first.stderr
    assert "chain intact" in first.stdout
    second = run("audit", "verify", "--central", env=env)
    assert second.returncode == 0 and "created" not in second.stderr
