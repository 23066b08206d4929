"""Answering VSB's query file (deliberation 21/124 par. 12-14), on SQLite and PostgreSQL,
and on the production set-up through the supervisors' server functions."""

from __future__ import annotations

import csv
import json
import stat
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from factories import identity_of, make_handler
from sqlalchemy import select

from cumuldesk.config import ImportLimits
from cumuldesk.domain.insz import InszKind, build_insz, format_insz
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.vsb import answer as vsb_answer
from cumuldesk.services.vsb.answer import (
    OUTSIDE_AGES,
    UNKNOWN_PERSON,
    answer_vsb_file,
    read_query_file,
)
from cumuldesk.storage.audit import verify_trail
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import (
    AuditEvent,
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    Person,
    RegionCode,
    RegulationCode,
    Role,
)

Q = date(2026, 11, 16)  # the query day of every row
IVT, IT, BOTH = RegulationCode.IVT, RegulationCode.IT, RegulationCode.IVT_IT

# (birth, counter, kind, decisions: [(periods [(start, end, amount, regulation)], superseded)])
PEOPLE = {
    # 17 years 11 months exactly: window 18th birthday (2026-12-16) to Q + 2 months
    "edge_17y11m": (
        date(2008, 12, 16),
        11,
        InszKind.NN,
        [([(date(2027, 1, 1), None, "900.00", IVT)], False)],
    ),
    # one day short of 17 years 11 months: outside the ages
    "too_young": (date(2008, 12, 17), 13, InszKind.NN, []),
    # 18 exactly: window the 18th birthday to Q (one day); IVT and IT summed
    "edge_18": (
        date(2008, 11, 16),
        15,
        InszKind.NN,
        [
            ([(date(2026, 11, 1), None, "800.00", IVT)], False),
            ([(date(2026, 11, 10), None, "200.00", IT)], False),
        ],
    ),
    # 20: window 18th birthday to Q; changes of amount and regulation start new rows;
    # adjacent equal stretches of two decisions are one row; 0 EUR and superseded ignored
    "age_20": (
        date(2006, 3, 10),
        17,
        InszKind.NN,
        [
            ([(date(2024, 4, 1), date(2024, 12, 31), "700.00", IVT)], False),
            ([(date(2025, 1, 1), date(2025, 12, 31), "750.00", IVT)], False),
            ([(date(2026, 1, 1), None, "750.00", IVT)], False),
            ([(date(2025, 6, 1), date(2025, 9, 30), "150.00", IT)], False),
            ([(date(2024, 1, 1), date(2024, 3, 31), "0.00", IT)], False),
            ([(date(2023, 1, 1), None, "999.00", IVT)], True),  # superseded version
        ],
    ),
    # 21 exactly: window Q - 3 years to the end of the month of the 21st birthday
    "edge_21": (
        date(2005, 11, 16),
        19,
        InszKind.NN,
        [([(date(2023, 12, 1), None, "800.00", IVT)], False)],
    ),
    # 23: paid since 2021, cut at three years before Q (par. 14)
    "age_23": (
        date(2003, 6, 1),
        21,
        InszKind.NN,
        [([(date(2021, 7, 1), None, "300.00", IT)], False)],
    ),
    # one day short of 24: still in; 24 exactly: outside the ages
    "edge_24_minus": (
        date(2002, 11, 17),
        23,
        InszKind.NN,
        [([(date(2021, 12, 1), None, "600.00", IVT)], False)],
    ),
    "edge_24": (
        date(2002, 11, 16),
        25,
        InszKind.NN,
        [([(date(2021, 12, 1), None, "600.00", IVT)], False)],
    ),
    # a BIS number (month + 40), aged 19
    "bis": (
        date(2007, 2, 14),
        27,
        InszKind.BIS,
        [([(date(2025, 3, 1), date(2025, 8, 31), "500.00", IVT)], False)],
    ),
    # in the ages, a decision of 0 EUR only: no row (par. 13)
    "zero_only": (
        date(2006, 8, 1),
        29,
        InszKind.NN,
        [([(date(2024, 9, 1), None, "0.00", IVT)], False)],
    ),
    # 22, paid only before the window (ended more than three years ago): no row
    "paid_before": (
        date(2004, 2, 1),
        31,
        InszKind.NN,
        [([(date(2022, 3, 1), date(2023, 6, 30), "650.00", IVT)], False)],
    ),
}
NUMBER = {
    key: build_insz(birth, counter, kind=kind)
    for key, (birth, counter, kind, _decisions) in PEOPLE.items()
}
STRANGER = build_insz(date(2006, 1, 9), 77)  # valid, no dossier
BAD_CHECKSUM = NUMBER["age_20"][:-2] + f"{(int(NUMBER['age_20'][-2:]) + 1) % 100:02d}"

EXPECTED_ANSWER = [
    ["INSZ", "start", "end", "monthly_amount", "regulation"],
    [NUMBER["edge_17y11m"], "2027-01-01", "2027-01-16", "900.00", "IVT"],
    [NUMBER["edge_18"], "2026-11-16", "2026-11-16", "1000.00", "IVT+IT"],
    [NUMBER["age_20"], "2024-04-01", "2024-12-31", "700.00", "IVT"],
    [NUMBER["age_20"], "2025-01-01", "2025-05-31", "750.00", "IVT"],
    [NUMBER["age_20"], "2025-06-01", "2025-09-30", "900.00", "IVT+IT"],
    [NUMBER["age_20"], "2025-10-01", "2026-11-16", "750.00", "IVT"],
    [NUMBER["edge_21"], "2023-12-01", "2026-11-30", "800.00", "IVT"],
    [NUMBER["age_23"], "2023-11-16", "2024-06-30", "300.00", "IT"],
    [NUMBER["edge_24_minus"], "2023-11-16", "2023-11-30", "600.00", "IVT"],
    [NUMBER["bis"], "2025-03-01", "2025-08-31", "500.00", "IVT"],
]


def add_people(session) -> None:
    for index, (key, (birth, _counter, _kind, decisions)) in enumerate(PEOPLE.items(), 1):
        person = Person(
            insz=NUMBER[key],
            family_name=f"Voorbeeld{index}",
            given_name="Test",
            language=Language.NL,
            region=RegionCode.FLANDERS,
            birth_date=birth,
            street="Fictiefstraat",
            house_number=str(index),
            postal_code="9999",
            municipality="Nergensdorp",
        )
        for number, (periods, superseded) in enumerate(decisions, 1):
            decision = IvtItDecision(
                decision_ref=f"D{number}",
                version=1,
                decided_on=date(2021, 1, 1),
                superseded_at=date(2026, 1, 1) if superseded else None,
            )
            for start, end, amount, regulation in periods:
                decision.periods.append(
                    IvtItPeriodRow(
                        start=start,
                        end=end,
                        monthly_amount=Decimal(amount),
                        regulation=regulation,
                    )
                )
            person.decisions.append(decision)
        session.add(person)


@pytest.fixture
def work(tmp_path):
    """A folder of its own (the SQLite central database lives in tmp_path)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


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
        add_people(session)
    return factory


def query_file(tmp_path: Path, rows: list[str], name: str = "query-2026-11.csv") -> Path:
    path = tmp_path / name
    path.parent.mkdir(exist_ok=True)
    body = "INSZ;query_date\r\n" + "".join(f"{row}\r\n" for row in rows)
    path.write_bytes(("\ufeff" + body).encode("utf-8"))
    return path


def every_row() -> list[str]:
    rows = [f"{NUMBER[key]};{Q.isoformat()}" for key in PEOPLE]
    rows[8] = f"{format_insz(NUMBER['bis'])};{Q.strftime('%d/%m/%Y')}"  # other forms
    return [
        *rows,
        f"{STRANGER};{Q.isoformat()}",  # line 13: unknown person
        f"{BAD_CHECKSUM};{Q.isoformat()}",  # line 14: invalid INSZ
        f"{NUMBER['age_23']};not a day",  # line 15: bad date
        f"{NUMBER['edge_21']};{Q.isoformat()}",  # line 16: duplicate of line 6
    ]


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with byte order mark, for Excel
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def run(factory, path: Path, out: Path, user: str = "eva.demo", **options):
    return answer_vsb_file(
        factory, path, out, identity=identity_of(factory, user), today=Q, **options
    )


def test_the_answer_holds_exactly_the_paid_periods_of_each_query_window(factory, work):
    path = query_file(work, every_row())
    out = work / "answer.csv"
    result = run(factory, path, out)

    assert read_csv(out) == EXPECTED_ANSWER
    # nothing else: five columns, no name, no birth date, no row for a 0-EUR decision or
    # for payments before the window (par. 13)
    answered = {row[0] for row in EXPECTED_ANSWER[1:]}
    assert NUMBER["zero_only"] not in answered and NUMBER["paid_before"] not in answered
    assert (result.rows_total, result.answered, result.answer_rows) == (15, 7, 10)
    assert result.no_payment == 2

    rejects = read_csv(work / "answer.rejects.csv")
    assert rejects == [
        ["line", "INSZ", "reason"],
        ["3", NUMBER["too_young"], OUTSIDE_AGES],
        ["9", NUMBER["edge_24"], OUTSIDE_AGES],
        ["13", STRANGER, UNKNOWN_PERSON],
        [
            "14",
            "",
            "invalid INSZ: the check digits (the last two) do not match the first nine "
            "digits: a digit was probably mistyped",
        ],
        [
            "15",
            NUMBER["age_23"],
            "the query date is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
        ],
        ["16", NUMBER["edge_21"], "duplicate row: the same as line 6"],
    ]
    assert [r.line for r in result.rejects] == [3, 9, 13, 14, 15, 16]
    for written in (out, work / "answer.rejects.csv"):
        assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_the_answer_is_audited_with_counts_only(factory, work):
    path = query_file(work, every_row())
    run(factory, path, work / "answer.csv", rejects_path=work / "r.csv")
    with factory() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "vsb_answer")).all()
        assert len(events) == 1
        details = json.loads(events[0].details)
        assert events[0].actor == "eva.demo"
        assert verify_trail(session).ok
    assert {k: v for k, v in details.items() if k != "sha256"} == {
        "file": "query-2026-11.csv",
        "rows_total": 15,
        "answered": 7,
        "no_payment": 2,
        "answer_rows": 10,
        "rejected": 6,
    }
    text = json.dumps(details)
    assert not any(number in text for number in (*NUMBER.values(), STRANGER))


def test_a_handler_is_refused_and_nothing_is_written(factory, work):
    path = query_file(work, every_row())
    out = work / "answer.csv"
    with pytest.raises(NotAllowed, match="supervisors only"):
        run(factory, path, out, user="an.demo")
    assert sorted(p.name for p in work.iterdir()) == ["query-2026-11.csv"]
    with factory() as session:
        refused = session.scalars(select(AuditEvent).where(AuditEvent.action == "refused")).all()
        assert [json.loads(e.details)["action"] for e in refused] == ["answer-vsb"]
        assert not session.scalars(
            select(AuditEvent).where(AuditEvent.action == "vsb_answer")
        ).all()


def test_a_database_failure_leaves_no_file_and_no_audit_event(factory, work, monkeypatch):
    path = query_file(work, every_row())
    out = work / "answer.csv"
    out.write_text("the previous answer")

    def broken(*_args, **_kwargs):
        raise RuntimeError("the disk failed while answering")

    monkeypatch.setattr(vsb_answer, "_write_rejects", broken)
    with pytest.raises(RuntimeError):
        run(factory, path, out)
    assert out.read_text() == "the previous answer"  # unchanged: whole or not at all
    assert sorted(p.name for p in work.iterdir()) == ["answer.csv", "query-2026-11.csv"]
    with factory() as session:
        assert not session.scalars(
            select(AuditEvent).where(AuditEvent.action == "vsb_answer")
        ).all()


# --- bad files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (f"{NUMBER['age_20']};{Q}\r\n".encode(), "line 1 is not a header row naming"),
        (b"INSZ;name\r\n", "naming the query date column"),
        (b"INSZ;datum;query\r\n", "columns 2 and 3 of the header row are both read as"),
        (b"INSZ;date\r\n\xff\xfe;2026\r\n", r"not a CSV \(UTF-8 text\)"),
        (b"\xd0\xcf\x11\xe0rest", "the old .xls format"),
        (f'INSZ;date\r\n"{NUMBER["age_20"]};{Q}\r\nx;y\r\n'.encode(), "quotation mark on line 2"),
    ],
)
def test_a_file_that_cannot_be_used_is_refused_naming_the_line_never_a_cell(
    factory, work, content, message
):
    path = work / "query.csv"
    path.write_bytes(content)
    with pytest.raises(BadInput, match=message) as caught:
        run(factory, path, work / "answer.csv")
    assert NUMBER["age_20"] not in str(caught.value)
    assert sorted(p.name for p in work.iterdir()) == ["query.csv"]


def test_the_import_bounds_hold(tmp_path):
    path = query_file(tmp_path, [f"{NUMBER['age_20']};{Q}"] * 3)
    with pytest.raises(BadInput, match=r"more than 2 rows \(line 4 is beyond the bound\)"):
        read_query_file(path, ImportLimits(max_rows=2))
    with pytest.raises(BadInput, match="larger than 1 MB"):
        big = tmp_path / "big.csv"
        big.write_bytes(b"INSZ;date\r\n" + b"x" * (1024 * 1024 + 1))
        read_query_file(big, ImportLimits(max_file_mb=1))


def test_the_answer_file_may_not_be_the_query_file(factory, work):
    path = query_file(work, every_row())
    with pytest.raises(BadInput, match="that is the query file"):
        run(factory, path, path)
    with pytest.raises(BadInput, match="that is the answer file"):
        run(factory, path, work / "a.csv", rejects_path=work / "a.csv")
    with pytest.raises(BadInput, match="does not exist"):
        run(factory, path, work / "missing" / "a.csv")


# --- the production set-up: a supervisor's own PostgreSQL login ----------------------


@pytest.fixture
def laptop(secure_central, monkeypatch):
    from secure_support import admin_factory, populate_secure

    populate_secure(secure_central)
    engine, admin = admin_factory(secure_central)
    with admin.begin() as session:
        add_people(session)  # persons of no team's case: a supervisor cannot read them
    engine.dispose()
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    return secure_central


def test_a_supervisors_own_login_answers_through_the_server(laptop, tmp_path):
    from psycopg import errors
    from secure_support import HANDLER, PASSWORD, SUPERVISOR

    from cumuldesk.config import central_config
    from cumuldesk.services.central.connect import connect_central, sign_in_central
    from cumuldesk.storage.database import is_secured

    path = query_file(tmp_path, every_row())
    out = tmp_path / "answer.csv"
    central = connect_central(central_config(), credentials=(SUPERVISOR, PASSWORD))
    try:
        lea = sign_in_central(central, SUPERVISOR, PASSWORD)
        assert is_secured(central.engine)
        with central.sessions() as session:  # the tables themselves: not these persons
            assert (
                session.scalars(select(Person).where(Person.insz == NUMBER["age_20"])).all() == []
            )
        result = answer_vsb_file(central.sessions, path, out, identity=lea, today=Q)
    finally:
        central.close()
    assert read_csv(out) == EXPECTED_ANSWER
    assert [r.line for r in result.rejects] == [3, 9, 13, 14, 15, 16]

    central = connect_central(central_config(), credentials=(HANDLER, PASSWORD))
    try:
        an = sign_in_central(central, HANDLER, PASSWORD)
        with pytest.raises(NotAllowed):
            answer_vsb_file(central.sessions, path, tmp_path / "an.csv", identity=an, today=Q)
    finally:
        central.close()
    assert not (tmp_path / "an.csv").exists()

    with laptop.connect_as(HANDLER, PASSWORD) as an_connection:
        for sql, params in (
            ("SELECT * FROM cumuldesk_api.vsb_answer_state(%s)", ([NUMBER["age_20"]],)),
            (
                "SELECT cumuldesk_api.vsb_answer_record(%s, %s, %s::jsonb)",
                ("q.csv", "0" * 64, '{"rows_total": 0}'),
            ),
        ):
            with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
                an_connection.execute(sql, params)
            an_connection.rollback()

    with laptop.connect_admin() as admin:
        rows = admin.execute(
            "SELECT actor, details FROM audit_events WHERE action = 'vsb_answer'"
        ).fetchall()
    assert len(rows) == 1 and rows[0][0] == SUPERVISOR
    details = json.loads(rows[0][1])
    assert (details["answered"], details["answer_rows"], details["rejected"]) == (7, 10, 6)


def test_an_xlsx_query_file_is_answered_alike(factory, work):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["INSZ", "Bevragingsdatum"])
    sheet.append([NUMBER["age_23"], Q])  # a real date cell
    sheet.append([NUMBER["bis"], Q.isoformat()])
    path = work / "query.xlsx"
    workbook.save(path)
    result = run(factory, path, work / "answer.csv")
    assert result.kind == "xlsx" and result.rejected == 0
    assert read_csv(work / "answer.csv") == [
        EXPECTED_ANSWER[0],
        EXPECTED_ANSWER[8],
        EXPECTED_ANSWER[10],
    ]
