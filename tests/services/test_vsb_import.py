"""Importing a VSB file into the central database, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import date
from pathlib import Path

import pytest
from factories import TEST_PASSWORD, identity_of, make_handler
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from cumuldesk.cli import main
from cumuldesk.domain.insz import build_insz, format_insz
from cumuldesk.errors import NotAllowed
from cumuldesk.services.accounts.signin import sign_in
from cumuldesk.services.vsb import importer as vsb_import
from cumuldesk.services.vsb.importer import ImportFailed, import_vsb_file
from cumuldesk.storage.audit import verify_trail
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import (
    AuditEvent,
    BobPeriodRow,
    Language,
    Person,
    RegionCode,
    Role,
    VsbImport,
)

# persons with a dossier
P1 = build_insz(date(2006, 5, 20), 117)
P2 = build_insz(date(2005, 11, 3), 42)
P3 = build_insz(date(2007, 2, 14), 9)
P4 = build_insz(date(2004, 8, 1), 301)
# no dossier
STRANGER = build_insz(date(2006, 1, 9), 77)
EVERY_INSZ = (P1, P2, P3, P4, STRANGER)


@pytest.fixture
def factory(central_engine):
    factory = session_factory(central_engine)
    with factory.begin() as session:
        session.add_all(
            [
                make_handler("eva.demo", Role.SUPERVISOR, "Team A"),
                make_handler("an.demo", Role.HANDLER, "Team A"),
            ]
        )
        for number, insz in enumerate((P1, P2, P3, P4), start=1):
            session.add(person(insz, number))
    return factory


def person(insz: str, number: int) -> Person:
    return Person(
        insz=insz,
        family_name=f"Voorbeeld{number}",
        given_name="Test",
        language=Language.NL,
        region=RegionCode.FLANDERS,
        birth_date=date(2006, 1, 1),
        street="Fictiefstraat",
        house_number=str(number),
        postal_code="9999",
        municipality="Nergensdorp",
    )


def write_csv(tmp_path: Path, *rows: str, name: str = "vsb-2026-03.csv") -> Path:
    path = tmp_path / name
    path.write_text("INSZ;start;end;voluntary_switch\n" + "".join(r + "\n" for r in rows))
    return path


def periods(factory) -> set[tuple[str, date, date | None, bool]]:
    with factory() as session:
        rows = session.execute(
            select(Person.insz, BobPeriodRow.start, BobPeriodRow.end, BobPeriodRow.voluntary_switch)
            .join(Person)
            .order_by(Person.insz, BobPeriodRow.start)
        )
        return {tuple(r) for r in rows}


def add_period(factory, insz: str, start: date, end: date | None, flag: bool = False) -> None:
    with factory.begin() as session:
        owner = session.scalars(select(Person).where(Person.insz == insz)).one()
        session.add(BobPeriodRow(person=owner, start=start, end=end, voluntary_switch=flag))


def run(factory, path: Path, user: str = "eva.demo", **options):
    return import_vsb_file(factory, path, identity=identity_of(factory, user), **options)


def count(factory, model) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- importing -------------------------------------------------------------------------


def test_valid_rows_are_imported_with_a_log_row_and_one_audit_event(factory, tmp_path):
    path = write_csv(
        tmp_path,
        f"{P1};2024-01-01;;0",
        f"{format_insz(P2)};01/02/2024;30/06/2024;ja",
        f"{P3};2024-03-01;2024-12-31;",
    )
    result = run(factory, path)
    assert (result.rows_total, result.new, result.updated, result.unchanged) == (3, 3, 0, 0)
    assert result.rejected == 0
    assert periods(factory) == {
        (P1, date(2024, 1, 1), None, False),
        (P2, date(2024, 2, 1), date(2024, 6, 30), True),
        (P3, date(2024, 3, 1), date(2024, 12, 31), False),
    }
    with factory() as session:
        log = session.scalars(select(VsbImport)).one()
        assert (log.file_name, log.imported_by) == ("vsb-2026-03.csv", "eva.demo")
        assert (log.rows_total, log.rows_imported, log.rows_unchanged, log.rows_rejected) == (
            3,
            3,
            0,
            0,
        )
        assert len(log.file_sha256) == 64 and log.file_sha256 == result.sha256
        stored = session.scalars(select(BobPeriodRow)).all()
        assert {p.import_id for p in stored} == {log.id}
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "vsb_import")).one()
        details = json.loads(event.details)
        assert details["new"] == 3 and details["rejected"] == 0
        assert details["file"] == "vsb-2026-03.csv" and details["sha256"] == result.sha256
        assert event.actor == "eva.demo" and event.subject is None
        assert not any(insz in event.details for insz in EVERY_INSZ)
        assert verify_trail(session).ok


def test_every_reject_reason_with_its_line_number(factory, tmp_path):
    add_period(factory, P4, date(2023, 1, 1), None)  # open period in the database
    wrong = P1[:-1] + str((int(P1[-1]) + 1) % 10)
    path = write_csv(
        tmp_path,
        f"{P1};2024-01-01;;",  # 2: fine
        f"{wrong};2024-01-01;;",  # 3: invalid INSZ
        f"{P2};2024-02-30;;",  # 4: start not a date
        f"{P2};2024-02-01;31.12.2024;",  # 5: end not a date
        f"{P2};2024-06-01;2024-05-01;",  # 6: end before start
        f"{P1};01/01/2024;;0",  # 7: duplicate of line 2
        f"{STRANGER};2024-01-01;;",  # 8: no dossier
        f"{P3};2024-01-01;2024-12-31;",  # 9: overlaps line 10 (in the file)
        f"{P3};2024-12-01;;",  # 10: overlaps line 9
        f"{P4};2024-01-01;2024-03-31;",  # 11: overlaps the open period in the database
        f"{P2};2024-01-01;;perhaps",  # 12: flag not understood
    )
    result = run(factory, path)
    found = {reject.line: reject.reason for reject in result.rejects}
    assert sorted(found) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    assert found[3].startswith("invalid INSZ: the check digits")
    assert found[4] == "BOB start is not a date (expected YYYY-MM-DD or DD/MM/YYYY)"
    assert found[5].startswith("BOB end is not a date")
    assert found[6] == "BOB end is before BOB start"
    assert found[7] == "duplicate row: the same as line 2"
    assert found[8].startswith("no dossier:") and "only for persons it has a dossier" in found[8]
    assert found[9].startswith("overlaps the BOB period on line 10 for the same person")
    assert found[10].startswith("overlaps the BOB period on line 9 for the same person")
    assert found[11].startswith("overlaps another BOB period of the same person already in")
    assert found[12].startswith("the voluntary-switch flag is not understood")
    assert (result.new, result.rejected, result.rows_total) == (1, 10, 11)
    assert periods(factory) == {
        (P1, date(2024, 1, 1), None, False),
        (P4, date(2023, 1, 1), None, False),
    }
    for reason in found.values():
        assert not any(insz in reason for insz in (*EVERY_INSZ, wrong))


def test_an_identical_period_in_the_database_is_unchanged_not_an_overlap(factory, tmp_path):
    add_period(factory, P1, date(2024, 1, 1), date(2024, 6, 30), True)
    result = run(factory, write_csv(tmp_path, f"{P1};2024-01-01;2024-06-30;1"))
    assert (result.new, result.updated, result.unchanged, result.rejected) == (0, 0, 1, 0)


def test_vsb_closes_an_open_period_and_reports_a_new_one(factory, tmp_path):
    add_period(factory, P1, date(2024, 1, 1), None)
    add_period(factory, P2, date(2024, 1, 1), None)
    path = write_csv(
        tmp_path,
        f"{P1};2024-01-01;2024-06-30;",  # closes the open period: updated
        f"{P1};2024-09-01;;",  # a new period after it: no overlap once closed
        f"{P2};2024-01-01;;1",  # the flag changes: updated
    )
    result = run(factory, path)
    assert (result.new, result.updated, result.unchanged, result.rejected) == (1, 2, 0, 0)
    assert periods(factory) == {
        (P1, date(2024, 1, 1), date(2024, 6, 30), False),
        (P1, date(2024, 9, 1), None, False),
        (P2, date(2024, 1, 1), None, True),
    }
    with factory() as session:
        log = session.scalars(select(VsbImport)).one()
        assert log.rows_imported == 3  # new + updated
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "vsb_import")).one()
        assert json.loads(event.details)["updated"] == 2


def test_a_new_period_overlapping_an_open_one_that_is_not_closed_is_rejected(factory, tmp_path):
    add_period(factory, P1, date(2024, 1, 1), None)
    result = run(factory, write_csv(tmp_path, f"{P1};2024-09-01;;"))
    assert result.rejected == 1 and "already in the central database" in result.rejects[0].reason
    assert periods(factory) == {(P1, date(2024, 1, 1), None, False)}


def test_a_rejected_update_leaves_the_stored_period_to_check_against(factory, tmp_path):
    add_period(factory, P1, date(2024, 1, 1), None)
    path = write_csv(
        tmp_path,
        f"{P1};2024-01-01;2024-06-30;",  # would close it, but overlaps line 3
        f"{P1};2024-05-01;2024-05-31;",  # overlaps line 2
        f"{P1};2024-09-01;;",  # the stored period stays open: overlaps it
    )
    result = run(factory, path)
    assert [r.line for r in result.rejects] == [2, 3, 4]
    assert "already in the central database" in result.rejects[2].reason
    assert periods(factory) == {(P1, date(2024, 1, 1), None, False)}


def test_adjacent_periods_do_not_overlap(factory, tmp_path):
    path = write_csv(tmp_path, f"{P1};2024-01-01;2024-06-30;", f"{P1};2024-07-01;;")
    assert run(factory, path).new == 2


def test_importing_the_same_file_twice_changes_nothing(factory, tmp_path):
    add_period(factory, P4, date(2024, 1, 1), None)
    path = write_csv(
        tmp_path,
        f"{P1};2024-01-01;;",
        f"{P2};2024-02-01;2024-06-30;1",
        f"{P4};2024-01-01;2024-04-30;",  # closes P4's period
        f"{STRANGER};2024-01-01;;",
    )
    first = run(factory, path)
    after_first = periods(factory)
    second = run(factory, path)
    assert (first.new, first.updated, first.unchanged, first.rejected) == (2, 1, 0, 1)
    assert (second.new, second.updated, second.unchanged, second.rejected) == (0, 0, 3, 1)
    assert second.imported == 0
    assert periods(factory) == after_first
    with factory() as session:
        logs = session.scalars(select(VsbImport).order_by(VsbImport.id)).all()
        assert [log.rows_imported for log in logs] == [3, 0]
        assert logs[0].file_sha256 == logs[1].file_sha256


def test_xlsx_imports_like_csv(factory, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["NISS", "Date de début", "Date de fin", "Volontaire"])
    sheet.append([P1, date(2024, 1, 1), None, "oui"])
    sheet.append([P2, "01/03/2024", "2024-08-31", False])
    path = tmp_path / "vsb.xlsx"
    workbook.save(path)
    result = run(factory, path)
    assert result.kind == "xlsx" and result.new == 2
    assert periods(factory) == {
        (P1, date(2024, 1, 1), None, True),
        (P2, date(2024, 3, 1), date(2024, 8, 31), False),
    }
    assert result.rejects_path == tmp_path / "vsb.rejects.csv"


# --- all or nothing --------------------------------------------------------------------


def test_a_failure_mid_way_rolls_everything_back(factory, tmp_path, monkeypatch):
    add_period(factory, P4, date(2024, 1, 1), None)
    before = periods(factory)
    real_write = vsb_import._write

    def write_then_fail(session, plan, import_id):
        real_write(session, plan, import_id)  # the periods are inserted and updated ...
        assert count_in(session) == 3
        raise IntegrityError("INSERT ...", {}, Exception("simulated"))  # ... then it fails

    def count_in(session):
        return session.scalar(select(func.count()).select_from(BobPeriodRow))

    monkeypatch.setattr(vsb_import, "_write", write_then_fail)
    path = write_csv(
        tmp_path, f"{P1};2024-01-01;;", f"{P2};2024-01-01;;", f"{P4};2024-01-01;2024-02-29;"
    )
    with pytest.raises(ImportFailed, match="nothing was imported"):
        run(factory, path)
    assert periods(factory) == before
    assert count(factory, VsbImport) == 0
    with factory() as session:
        assert session.scalar(select(func.count()).where(AuditEvent.action == "vsb_import")) == 0
    assert not (tmp_path / "vsb-2026-03.rejects.csv").exists()


def test_a_failure_in_the_audit_step_rolls_back_too(factory, tmp_path, monkeypatch):
    def broken_record(*args, **kwargs):
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(vsb_import, "record", broken_record)
    with pytest.raises(RuntimeError):
        run(factory, write_csv(tmp_path, f"{P1};2024-01-01;;"))
    assert periods(factory) == set() and count(factory, VsbImport) == 0


# --- who may import --------------------------------------------------------------------


def test_a_handler_is_refused_and_the_refusal_is_audited(factory, tmp_path):
    path = write_csv(tmp_path, f"{P1};2024-01-01;;")
    an = sign_in(factory, "an.demo", TEST_PASSWORD)
    with pytest.raises(NotAllowed) as caught:
        import_vsb_file(factory, path, identity=an)
    assert caught.value.exit_code == 4
    assert periods(factory) == set() and count(factory, VsbImport) == 0
    assert not (tmp_path / "vsb-2026-03.rejects.csv").exists()
    with factory() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        assert [(e.actor, e.action) for e in events] == [
            ("an.demo", "sign_in"),
            ("an.demo", "refused"),
        ]
        assert json.loads(events[1].details)["action"] == "import-vsb"


# --- the rejects file ------------------------------------------------------------------


def test_the_rejects_file_holds_the_rows_as_in_the_file_and_is_private(factory, tmp_path):
    path = write_csv(
        tmp_path, f"{P1};2024-01-01;;", f" {format_insz(STRANGER)} ;01/02/2024;;ja", "x;y;z;"
    )
    result = run(factory, path)
    target = tmp_path / "vsb-2026-03.rejects.csv"
    assert result.rejects_path == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"\xef\xbb\xbfline;INSZ;start;end;flag;reason\r\n")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream, delimiter=";"))
    assert len(table) == 3
    assert table[1][:5] == ["3", f" {format_insz(STRANGER)} ", "01/02/2024", "", "ja"]
    assert table[1][5].startswith("no dossier:")
    assert table[2][:5] == ["4", "x", "y", "z", ""]
    assert table[2][5].startswith("invalid INSZ:") and "BOB start is not a date" in table[2][5]


def test_rejects_go_where_asked_and_not_over_the_input(factory, tmp_path):
    path = write_csv(tmp_path, f"{STRANGER};2024-01-01;;")
    elsewhere = tmp_path / "out" / "r.csv"
    elsewhere.parent.mkdir()
    run(factory, path, rejects_path=elsewhere)
    assert "no dossier" in elsewhere.read_text(encoding="utf-8-sig")
    from cumuldesk.errors import BadInput

    with pytest.raises(BadInput, match="the file being imported"):
        run(factory, path, rejects_path=path)
    with pytest.raises(BadInput, match="does not exist"):
        run(factory, path, rejects_path=tmp_path / "missing" / "r.csv")


# --- the command line ------------------------------------------------------------------


@pytest.fixture
def cli(factory, central_url, monkeypatch, password_env):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    monkeypatch.delenv("CUMULDESK_USER", raising=False)

    def invoke(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        code = main(list(argv), out)
        return code, out.getvalue()

    return invoke


def no_insz_in(text: str) -> bool:
    return not any(i in text or format_insz(i) in text for i in EVERY_INSZ)


def test_the_command_imports_and_reports_rejects_without_any_insz(cli, factory, tmp_path, capsys):
    path = write_csv(
        tmp_path,
        f"{P1};2024-01-01;;",
        f"{STRANGER};2024-01-01;;",
        f"{format_insz(P2)[:-1]}0;2024-01-01;;",
        f"{P3};2024-05-01;2024-04-01;",
    )
    code, out = cli("import-vsb", str(path), "--user", "eva.demo")
    err = capsys.readouterr().err
    assert code == 0, err
    assert "new periods" in out and "rejected rows" in out
    assert "3 rows were rejected and not imported:" in out
    assert "  line 3: no dossier:" in out
    assert "  line 4: invalid INSZ:" in out
    assert "  line 5: BOB end is before BOB start" in out
    assert str(tmp_path / "vsb-2026-03.rejects.csv") in out
    assert no_insz_in(out) and err == ""  # a small file: no progress either
    assert periods(factory) == {(P1, date(2024, 1, 1), None, False)}


def test_the_command_prints_json(cli, tmp_path):
    path = write_csv(tmp_path, f"{P1};2024-01-01;;", f"{STRANGER};2024-01-01;;")
    code, out = cli("import-vsb", str(path), "--user", "eva.demo", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["new"], data["unchanged"], data["rejected"], data["rows_total"]) == (1, 0, 1, 2)
    assert data["rejects"][0]["line"] == 3 and data["rejects"][0]["reason"].startswith("no dossier")
    assert no_insz_in(out)
    code, out = cli("import-vsb", str(path), "--user", "eva.demo", "--json")
    assert (json.loads(out)["new"], json.loads(out)["unchanged"]) == (0, 1)


def test_the_command_takes_the_user_from_the_environment(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CUMULDESK_USER", "eva.demo")
    code, _ = cli("import-vsb", str(write_csv(tmp_path, f"{P1};2024-01-01;;")))
    assert code == 0


def test_the_command_refuses_a_handler_with_exit_4(cli, factory, tmp_path, capsys):
    code, out = cli(
        "import-vsb", str(write_csv(tmp_path, f"{P1};2024-01-01;;")), "--user", "an.demo"
    )
    err = capsys.readouterr().err
    assert code == 4 and out == ""
    assert err.strip() == "cumuldesk: import-vsb is for supervisors only; an.demo is a handler"
    assert periods(factory) == set()


def test_an_unusable_file_is_one_line_exit_2_nothing_imported(cli, factory, tmp_path, capsys):
    garbage = tmp_path / "vsb.csv"
    garbage.write_bytes(b"\x00\xff\xfe" * 50)
    for path in (garbage, tmp_path / "missing.csv"):
        code, out = cli("import-vsb", str(path), "--user", "eva.demo")
        err = capsys.readouterr().err
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and err.startswith("cumuldesk: ")
    no_column = write_csv(tmp_path, name="x.csv")
    no_column.write_text(f"Naam;start;end\nX;2024-01-01;\n{P1};2024-01-01;\n")
    code, _ = cli("import-vsb", str(no_column), "--user", "eva.demo")
    assert code == 2 and "no INSZ column" in capsys.readouterr().err
    assert count(factory, VsbImport) == 0


def test_a_large_file_shows_progress_on_stderr(cli, factory, tmp_path, capsys):
    days = [date(2010 + n // 24, n // 2 % 12 + 1, 1 + 14 * (n % 2)) for n in range(300)]
    closed = [f"{P1};{day.isoformat()};{day.replace(day=day.day + 1).isoformat()};" for day in days]
    strangers = [f"{STRANGER};2024-01-01;2024-01-0{n % 9 + 1};" for n in range(900)]
    path = write_csv(tmp_path, *closed, *strangers)
    code, out = cli("import-vsb", str(path), "--user", "eva.demo")
    err = capsys.readouterr().err
    assert code == 0
    assert "reading..." in err and "checking..." in err and "importing..." in err
    assert "300" in out and no_insz_in(err)
    assert len(periods(factory)) == 300
