"""`cumuldesk law ...` and where the commands take their law data from: a supervisor
proposes, another approves, `params`/`check`/`simulate` and `dossier` show the new
law-data version; refusals exit 2 or 4 with one line (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cache_data import INSZ, USER, populate_central
from factories import make_handler
from law_support import OTHER_SUPERVISOR, SUPERVISOR, audit
from sqlalchemy import select

from cumuldesk.cli import main
from cumuldesk.config import demo_database_path
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import LawValue, Role

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
UNREACHABLE = "postgresql+psycopg://x:secret@127.0.0.1:1/db"  # nothing listens there
PROPOSE = (
    "law", "propose", "bob_monthly", "--from", "2026-09-01", "--value", "351.49",
    "--source", "groeipakket.be (test)", "--kind", "sourced",
)  # fmt: skip


@pytest.fixture
def central(central_engine, central_url, monkeypatch, password_env, memory_keyring):
    """A configured central database: two supervisors, an.handler's team T1 with dossiers."""
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    factory = populate_central(central_engine)
    with factory.begin() as session:
        session.add_all(
            [
                make_handler(SUPERVISOR, Role.SUPERVISOR),
                make_handler(OTHER_SUPERVISOR, Role.SUPERVISOR),
            ]
        )
    return session_factory(central_engine)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(capsys, code: int, *argv: str) -> str:
    """Run a command that must be refused: its one line on stderr, without the prefix."""
    got, out, err = run(capsys, *argv)
    assert got == code, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cumuldesk: "), err
    assert "Traceback" not in err and out == ""
    return lines[0][len("cumuldesk: ") :]


def test_a_supervisor_proposes_another_approves_and_the_commands_use_it(central, capsys):
    code, out, err = run(capsys, *PROPOSE, "--user", SUPERVISOR)
    assert code == 0, err
    with central() as session:
        value_id = session.scalars(select(LawValue.id).where(LawValue.proposed_by == SUPERVISOR))
        value_id = value_id.one()
    assert out == (
        f"Proposed law value {value_id}. Another supervisor approves it with: "
        f"cumuldesk law approve {value_id} --user USERNAME\n"
    )
    code, out, err = run(capsys, "law", "list", "--state", "proposed", "--json")
    (row,) = json.loads(out)
    assert (row["id"], row["name"], row["effective"], row["value"], row["kind"]) == (
        value_id,
        "bob_monthly",
        "2026-09-01",
        "351.49",
        "sourced",
    )
    assert row["state"] == "proposed" and row["version"] is None

    message = refused(capsys, 4, "law", "approve", str(value_id), "--user", SUPERVISOR)
    assert (
        message == f"{SUPERVISOR} proposed law value {value_id}: another supervisor must approve it"
    )
    code, out, err = run(capsys, "law", "approve", str(value_id), "--user", OTHER_SUPERVISOR)
    assert code == 0, err
    assert out.startswith(f"Approved law value {value_id}: the law data are now version 2;")

    code, out, err = run(capsys, "params", "--on", "2026-10-01")
    assert code == 0, err
    assert out.splitlines()[1] == "Law data: law data v2 (central database)"
    line = next(x for x in out.splitlines() if x.strip().startswith("bob_monthly"))
    assert "351.49" in line and "from 2026-09-01" in line and "COMPUTED" not in line
    report = json.loads(run(capsys, "params", "--json", "--on", "2026-10-01")[1])
    assert (report["law_data_version"], report["law_data_origin"]) == (2, "central database")
    bob = next(r for r in report["values"] if r["name"] == "bob_monthly")
    assert (bob["kind"], bob["origin"]) == ("sourced", "central law data v2")

    shipped = json.loads(run(capsys, "params", "--json", "--shipped", "--on", "2026-10-01")[1])
    assert shipped["law_data_version"] is None
    assert shipped["law_data_origin"] == "shipped defaults: asked for with --shipped"
    bob = next(r for r in shipped["values"] if r["name"] == "bob_monthly")
    assert bob["kind"] == "computed"

    example = str(EXAMPLES / "renounce-flanders.json")
    code, out, err = run(capsys, "simulate", example)
    assert code == 0, err
    assert out.splitlines()[1] == "Law data: law data v2 (central database)"
    report = json.loads(run(capsys, "simulate", "--json", example)[1])
    assert report["law_data_version"] == 2
    report = json.loads(run(capsys, "check", "--json", "--shipped", example)[1])
    assert report["law_data_version"] is None

    events = audit(central, "law_proposed", "law_approved", "refused")
    actions = [(actor, action) for actor, action, _ in events]
    assert actions == [
        (SUPERVISOR, "law_proposed"),
        (SUPERVISOR, "refused"),
        (OTHER_SUPERVISOR, "law_approved"),
    ]


def test_refusals_exit_2_or_4_with_one_sentence(central, capsys):
    message = refused(capsys, 4, *PROPOSE, "--user", USER)
    assert message == "law propose is for supervisors only; an.handler is a handler"
    args = list(PROPOSE)
    args[args.index("--source") + 1] = " "
    assert "needs its source" in refused(capsys, 2, *args, "--user", SUPERVISOR)
    args = list(PROPOSE)
    args[args.index("--from") + 1] = "01/09/2026"
    message = refused(capsys, 2, *args, "--user", SUPERVISOR)
    assert message == "the date '01/09/2026' is not a date as YYYY-MM-DD, such as 2026-09-01"
    message = refused(
        capsys, 2,
        "law", "propose", "zorgtoeslag_monthly", "--from", "2026-09-01", "--value", "99.00",
        "--bracket", "P9", "--source", "test", "--kind", "sourced", "--user", SUPERVISOR,
    )  # fmt: skip
    assert message.startswith("zorgtoeslag_monthly has no bracket 'P9' (its brackets: ")
    args = list(PROPOSE)
    args[args.index("--kind") + 1] = "carried"
    assert "carried is what CumulDesk says" in refused(capsys, 2, *args, "--user", SUPERVISOR)
    assert refused(capsys, 2, "law", "approve", "424242", "--user", OTHER_SUPERVISOR) == (
        "there is no law value 424242"
    )
    with pytest.raises(SystemExit) as usage:  # argparse's own refusal: one line, exit 2
        main(["law", "list", "--state", "maybe"])
    assert usage.value.code == 2 and "invalid choice" in capsys.readouterr().err
    with central() as session:
        assert session.scalars(select(LawValue).where(LawValue.state == "proposed")).all() == []


def test_reject_import_and_list(central, capsys, tmp_path):
    assert run(capsys, *PROPOSE, "--user", SUPERVISOR)[0] == 0
    (row,) = json.loads(run(capsys, "law", "list", "--state", "proposed", "--json")[1])
    code, out, err = run(
        capsys, "law", "reject", str(row["id"]), "--reason", "not yet published",
        "--user", OTHER_SUPERVISOR,
    )  # fmt: skip
    assert code == 0 and out == f"Rejected law value {row['id']}.\n", err
    override = tmp_path / "ivt_yearly.toml"
    override.write_text(
        'name = "ivt_yearly"\n[[values]]\neffective = 2026-01-01\nvalue = { B = 16490.21 }\n'
        'verified = true\nsource = { title = "Royal decree (test)" }\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "law", "import", str(override), "--user", SUPERVISOR, "--json")
    assert code == 0, err
    imported = json.loads(out)
    assert imported["file"] == "ivt_yearly.toml" and len(imported["ids"]) == 1
    code, out, err = run(capsys, "law", "list", "--user", USER)  # any handler may look
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["id", "state", "version", "parameter", "from", "value"]
    rejected = next(x for x in lines if x.split()[0] == str(row["id"]))
    assert "rejected" in rejected and f"rejected by {OTHER_SUPERVISOR}" in rejected
    assert "reason: not yet published" in out
    assert any("ivt_yearly[B]" in x and "proposed" in x for x in lines)
    assert len([x for x in lines if " approved " in x]) > 100  # the seed, version 1
    assert refused(capsys, 4, "law", "import", str(override), "--user", USER) == (
        "law import is for supervisors only; an.handler is a handler"
    )


def test_the_commands_say_where_their_law_data_come_from(central, capsys, monkeypatch):
    code, out, err = run(capsys, "dossier", INSZ, "--user", USER, "--on", "2026-11-23")
    assert code == 0, err
    assert "Law data: law data v1 (central database)\n" in out  # never synced: the central
    code, _, err = run(capsys, "sync", "--user", USER)
    assert code == 0, err
    code, out, err = run(capsys, "dossier", INSZ, "--user", USER, "--json", "--simulate")
    assert code == 0, err
    report = json.loads(out)
    assert report["law_data_version"] == 1
    assert report["law_data_origin"] == "local cache, as of the last sync"

    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", UNREACHABLE)
    message = refused(capsys, 5, "params")
    assert message.startswith("cannot reach postgresql database db on 127.0.0.1:1")
    assert "add --shipped to use the shipped defaults" in message and "secret" not in message
    code, out, err = run(capsys, "params", "--shipped")
    assert code == 0 and "Law data: shipped defaults: asked for with --shipped" in out
    code, out, err = run(capsys, "dossier", INSZ, "--user", USER)  # offline: the cache's
    assert code == 0, err
    assert "Law data: law data v1 (local cache, as of the last sync)" in out


def test_without_a_central_database_the_shipped_defaults_are_used_and_said(capsys):
    assert not demo_database_path().exists()
    code, out, err = run(capsys, "params")
    assert code == 0, err
    assert out.splitlines()[1] == "Law data: shipped defaults: no central database is configured"
    assert not demo_database_path().exists()  # looking did not create the demo database


def test_the_demo_database_has_the_law_data_and_params_reads_them(capsys):
    code, _, err = run(capsys, "demo-data", "--persons", "20", "--today", "2026-11-23")
    assert code == 0, err
    assert demo_database_path().is_file()
    report = json.loads(run(capsys, "params", "--json")[1])
    assert (report["law_data_version"], report["law_data_origin"]) == (1, "central database")
    code, out, err = run(capsys, "law", "list", "--state", "approved", "--json")
    assert code == 0, err
    assert {row["proposed_by"] for row in json.loads(out)} == {"shipped"}
