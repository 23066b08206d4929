"""`cumuldesk answer-vsb QUERY --out ANSWER --user SUPERVISOR [--rejects R] [--json]`."""

from __future__ import annotations

import io
import json
import stat
from datetime import date
from decimal import Decimal

import pytest
from factories import make_handler

from cumuldesk.cli import main
from cumuldesk.domain.insz import InszKind, build_insz, format_insz
from cumuldesk.storage.database import open_central, session_factory
from cumuldesk.storage.models import (
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    Person,
    RegionCode,
    RegulationCode,
    Role,
)

Q = "2026-11-16"
PAID = build_insz(date(2006, 3, 10), 17)  # 20 on the query day, IVT paid
BIS = build_insz(date(2007, 2, 14), 27, kind=InszKind.BIS)  # 19, IT paid
OLD = build_insz(date(2002, 11, 16), 25)  # 24 on the query day: outside the ages
STRANGER = build_insz(date(2006, 1, 9), 77)  # no dossier
EVERY = (PAID, BIS, OLD, STRANGER)


def _person(insz: str, birth: date, number: int, amount: str, regulation) -> Person:
    person = Person(
        insz=insz,
        family_name=f"Voorbeeld{number}",
        given_name="Test",
        language=Language.NL,
        region=RegionCode.FLANDERS,
        birth_date=birth,
        street="Fictiefstraat",
        house_number=str(number),
        postal_code="9999",
        municipality="Nergensdorp",
    )
    decision = IvtItDecision(decision_ref="D", version=1, decided_on=date(2024, 1, 1))
    decision.periods.append(
        IvtItPeriodRow(
            start=date(2024, 5, 1),
            end=date(2025, 4, 30),
            monthly_amount=Decimal(amount),
            regulation=regulation,
        )
    )
    person.decisions.append(decision)
    return person


@pytest.fixture
def cli(central_url, monkeypatch, password_env, tmp_path):
    engine = open_central(central_url)
    with session_factory(engine).begin() as session:
        session.add_all(
            [
                make_handler("eva.demo", Role.SUPERVISOR, "Team A"),
                make_handler("an.demo", Role.HANDLER, "Team A"),
                _person(PAID, date(2006, 3, 10), 1, "912.34", RegulationCode.IVT),
                _person(BIS, date(2007, 2, 14), 2, "150.00", RegulationCode.IT),
                _person(OLD, date(2002, 11, 16), 3, "600.00", RegulationCode.IVT),
            ]
        )
    engine.dispose()
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    monkeypatch.delenv("CUMULDESK_USER", raising=False)

    def invoke(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        code = main(list(argv), out)
        return code, out.getvalue()

    return invoke


@pytest.fixture
def work(tmp_path):
    folder = tmp_path / "work"
    folder.mkdir()
    query = folder / "query.csv"
    rows = [f"{PAID};{Q}", f"{format_insz(BIS)};16/11/2026", f"{OLD};{Q}", f"{STRANGER};{Q}"]
    query.write_bytes(("\ufeffINSZ;Datum\r\n" + "".join(r + "\r\n" for r in rows)).encode())
    return folder


def no_insz_in(text: str) -> bool:
    return not any(i in text or format_insz(i) in text for i in EVERY)


def test_the_command_writes_the_answer_and_the_rejects_and_says_so(cli, work, capsys):
    code, out = cli(
        "answer-vsb", str(work / "query.csv"), "--out", str(work / "a.csv"), "--user", "eva.demo"
    )
    err = capsys.readouterr().err
    assert code == 0, err
    assert (work / "a.csv").read_bytes().decode("utf-8-sig").splitlines() == [
        "INSZ;start;end;monthly_amount;regulation",
        f"{PAID};2024-05-01;2025-04-30;912.34;IVT",
        f"{BIS};2025-02-14;2025-04-30;150.00;IT",  # cut at the 18th birthday
    ]
    rejects = (work / "a.rejects.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert rejects[0] == "line;INSZ;reason"
    assert rejects[1].startswith(f"4;{OLD};outside the ages of a query")
    assert rejects[2].startswith(f"5;{STRANGER};unknown person")
    for path in (work / "a.csv", work / "a.rejects.csv"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "persons answered         2" in out and "answer rows              2" in out
    assert "2 rows were rejected and not answered:" in out
    assert "  line 4: outside the ages" in out and "  line 5: unknown person" in out
    assert str(work / "a.csv") in out and str(work / "a.rejects.csv") in out
    assert no_insz_in(out) and err == ""


def test_the_command_prints_json_with_counts_and_reasons_only(cli, work):
    code, out = cli(
        "answer-vsb",
        str(work / "query.csv"),
        "--out",
        str(work / "a.csv"),
        "--rejects",
        str(work / "r.csv"),
        "--user",
        "eva.demo",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert (data["rows_total"], data["answered"], data["answer_rows"]) == (4, 2, 2)
    assert (data["no_payment"], data["rejected"]) == (0, 2)
    assert [r["line"] for r in data["rejects"]] == [4, 5]
    assert data["rejects_file"] == str(work / "r.csv") and (work / "r.csv").exists()
    assert no_insz_in(out)


def test_a_handler_is_refused_with_exit_4_and_nothing_written(cli, work, capsys):
    code, out = cli(
        "answer-vsb", str(work / "query.csv"), "--out", str(work / "a.csv"), "--user", "an.demo"
    )
    err = capsys.readouterr().err
    assert code == 4 and out == ""
    assert err.strip() == "cumuldesk: answer-vsb is for supervisors only; an.demo is a handler"
    assert sorted(p.name for p in work.iterdir()) == ["query.csv"]


def test_a_bad_file_is_one_line_exit_2_naming_the_line_never_a_cell(cli, work, capsys):
    bad = work / "bad.csv"
    bad.write_text(f"{PAID};{Q}\n")
    code, out = cli("answer-vsb", str(bad), "--out", str(work / "a.csv"), "--user", "eva.demo")
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.strip() == (
        "cumuldesk: bad.csv: line 1 is not a header row naming the INSZ and the query date "
        "column; the first row must name the columns, for example INSZ;query_date"
    )
    assert no_insz_in(err)
    assert sorted(p.name for p in work.iterdir()) == ["bad.csv", "query.csv"]


# --- Ctrl+C (a real process, as tests/commands/test_interrupts.py) --------------------


def _audited(url: str) -> int:
    from sqlalchemy import func, select

    from cumuldesk.storage.models import AuditEvent

    engine = open_central(url)
    try:
        with engine.connect() as connection:
            query = select(func.count()).where(AuditEvent.action == "vsb_answer")
            return connection.execute(query).scalar() or 0
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("stop", "written"),
    [
        ("cumuldesk.services.vsb.answer.load_states:after:1", False),  # reading: nothing
        ("cumuldesk.services.vsb.answer._write_answer:after:1", True),  # writing: not cut
    ],
    ids=["reading", "writing"],
)
def test_ctrl_c_leaves_both_files_and_the_audit_event_or_none(
    cli, work, central_url, tmp_path, stop, written
):
    from commands.test_interrupts import child_env, run_child
    from factories import TEST_PASSWORD

    env = child_env(tmp_path, CUMULDESK_CENTRAL_URL=central_url, CUMULDESK_PASSWORD=TEST_PASSWORD)
    out = work / "a.csv"
    argv = ["answer-vsb", str(work / "query.csv"), "--out", str(out), "--user", "eva.demo"]
    ended = run_child(tmp_path, argv, stop=stop, env=env)
    assert ended.code == 130, ended.err
    assert "Traceback" not in ended.err
    line = ended.err.strip().splitlines()[-1]
    if written:
        assert line == f"cumuldesk: cancelled: the answer was written before the stop ({out})"
        assert sorted(p.name for p in work.iterdir()) == ["a.csv", "a.rejects.csv", "query.csv"]
        assert _audited(central_url) == 1
    else:
        assert line == "cumuldesk: cancelled: nothing was changed"
        assert sorted(p.name for p in work.iterdir()) == ["query.csv"]
        assert _audited(central_url) == 0
