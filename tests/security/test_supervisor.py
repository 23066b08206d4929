"""Supervisors' actions on the production set-up (docs/security.md): the VSB import, the
retention purge and the law data are functions granted to cumuldesk_supervisor only
(cumuldesk/storage/security/40_supervisor.sql). A plain handler calling them with psycopg
is refused; a supervisor's desk and commands use them through the same services as
before; the server keeps the rules (the retention rules agree with Python's, nobody
approves their own law value)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from factories import add_person, populate
from psycopg import errors
from secure_support import (
    HANDLER,
    PASSWORD,
    SUPERVISOR,
    TEAM,
    add_account,
    admin_factory,
    populate_secure,
)
from sqlalchemy import select
from sync_support import open_handler_cache

from cumuldesk.cli import main
from cumuldesk.config import central_config
from cumuldesk.domain.insz import build_insz
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.central.connect import connect_central, sign_in_central
from cumuldesk.services.law import data as law
from cumuldesk.services.retention import purge
from cumuldesk.services.sync_service import sync_once
from cumuldesk.services.vsb.importer import ImportFailed, import_vsb_file
from cumuldesk.storage.database import is_secured
from cumuldesk.storage.models import (
    Answer,
    BobPeriodRow,
    Case,
    CaseStatus,
    Language,
    LawState,
    Letter,
    LetterKind,
    Person,
)
from cumuldesk.sync.law import cache_law_version

OTHER_SUPERVISOR = "max.sec"  # a second supervisor of TEAM
TODAY = date(2026, 11, 23)


def insz(counter: int) -> str:
    return build_insz(date(2004, 1, 1), counter)  # as tests/factories.add_person makes them


@pytest.fixture
def laptop(secure_central, monkeypatch):
    """populate_secure's world, a second supervisor, and a laptop configured for it."""
    populate_secure(secure_central)
    engine, factory = admin_factory(secure_central)
    add_account(factory, OTHER_SUPERVISOR, TEAM, "supervisor")
    engine.dispose()
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    return secure_central


def _signed_in(username: str):
    central = connect_central(central_config(), credentials=(username, PASSWORD))
    return central, sign_in_central(central, username, PASSWORD)


def _events(world, *actions: str) -> list[tuple[str, str, dict]]:
    with world.connect_admin() as admin:
        rows = admin.execute(
            "SELECT actor, action, details FROM audit_events WHERE action = ANY(%s) ORDER BY seq",
            (list(actions),),
        ).fetchall()
    return [(actor, action, json.loads(details)) for actor, action, details in rows]


# ------------------------------------------------------------- handlers are refused

SUPERVISOR_CALLS = (
    ("SELECT * FROM cumuldesk_api.vsb_state(%s)", ([insz(1)],)),
    (
        "SELECT cumuldesk_api.vsb_import(%s, %s, %s::jsonb, '[]'::jsonb, '[]'::jsonb)",
        (
            "f.csv",
            "0" * 64,
            '{"rows_total": 0, "new": 0, "updated": 0, "unchanged": 0, "rejected": 0}',
        ),
    ),
    ("SELECT cumuldesk_api.purge(%s, false)", (TODAY,)),
    ("SELECT cumuldesk_api.purge(%s, true)", (TODAY,)),
    (
        "SELECT cumuldesk_api.law_propose(%s, NULL, %s, %s, %s, %s, NULL)",
        ("bob_monthly", "2026-09-01", "351.49", "sourced", "test"),
    ),
    ("SELECT cumuldesk_api.law_import(%s, %s::jsonb)", ("f.toml", "[]")),
    ("SELECT cumuldesk_api.law_approve(%s)", (1,)),
    ("SELECT cumuldesk_api.law_reject(%s, NULL)", (1,)),
)


def test_a_handler_calling_any_supervisors_function_is_refused(laptop):
    with laptop.connect_as(HANDLER, PASSWORD) as an:
        for sql, params in SUPERVISOR_CALLS:
            with pytest.raises(errors.InsufficientPrivilege) as caught:
                an.execute(sql, params)
            an.rollback()
            assert "permission denied for function" in str(caught.value), sql
        # and nothing changed behind the refusals
        assert an.execute(
            "SELECT count(*) FROM law_values WHERE state <> 'approved'"
        ).fetchone() == (0,)


def test_a_supervisor_login_without_a_supervisor_account_is_refused_inside(laptop):
    """The functions check the account too, not only the group role: a supervisor demoted
    in CumulDesk (role handler) keeps no power even if their login still had the grant."""
    with laptop.connect_admin() as admin:
        admin.execute("UPDATE handlers SET role = 'handler' WHERE username = %s", (SUPERVISOR,))
        admin.commit()
    with laptop.connect_as(SUPERVISOR, PASSWORD) as lea:
        with pytest.raises(errors.InsufficientPrivilege, match="for supervisors only"):
            lea.execute("SELECT cumuldesk_api.purge(%s, true)", (TODAY,))


# --------------------------------------------------------------------- VSB import


def _vsb_file(tmp_path, *rows: str, name: str = "vsb-2026-11.csv"):
    path = tmp_path / name
    path.write_text("INSZ;start;end;voluntary_switch\n" + "".join(r + "\n" for r in rows))
    return path


def _cache_periods(cache, counter: int) -> list[tuple[date, date | None]]:
    with cache.sessions() as session:
        return [
            (row.start, row.end)
            for row in session.scalars(
                select(BobPeriodRow)
                .join(Person)
                .where(Person.insz == insz(counter))
                .order_by(BobPeriodRow.start)
            )
        ]


def test_a_supervisor_imports_a_vsb_file_and_the_teams_handler_gets_it_by_sync(laptop, tmp_path):
    an_central, an = _signed_in(HANDLER)
    cache = open_handler_cache(tmp_path, owner=HANDLER)
    try:
        assert sync_once(an_central, cache, an).pulled.new_dossiers == 3
        assert _cache_periods(cache, 1) == [(date(2022, 2, 1), None)]

        stranger = build_insz(date(2006, 1, 9), 77)
        path = _vsb_file(
            tmp_path,
            f"{insz(1)};2020-01-01;2021-06-30;0",  # new, team T
            f"{insz(2)};2022-02-01;2024-12-31;0",  # closes the stored open period
            f"{insz(901)};2019-01-01;2019-12-31;1",  # new, team U: not readable by lea
            f"{insz(3)};2023-01-01;;0",  # overlaps the stored period of 2022
            f"{stranger};2024-01-01;;0",  # no dossier
        )
        lea_central, lea = _signed_in(SUPERVISOR)
        try:
            assert is_secured(lea_central.engine)
            result = import_vsb_file(
                lea_central.sessions, path, identity=lea, rejects_path=tmp_path / "r.csv"
            )
            assert (result.new, result.updated, result.unchanged, result.rejected) == (2, 1, 0, 2)
            assert sorted(r.line for r in result.rejects) == [5, 6]
            again = import_vsb_file(
                lea_central.sessions, path, identity=lea, rejects_path=tmp_path / "r2.csv"
            )
            assert (again.new, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 2)
        finally:
            lea_central.close()

        report = sync_once(an_central, cache, an)
        assert report.pulled.changed_dossiers >= 2
        assert _cache_periods(cache, 1) == [
            (date(2020, 1, 1), date(2021, 6, 30)),
            (date(2022, 2, 1), None),
        ]
        assert _cache_periods(cache, 2) == [(date(2022, 2, 1), date(2024, 12, 31))]
        assert _cache_periods(cache, 901) == []  # another team's: never in an's cache
    finally:
        cache.close()
        an_central.close()

    with laptop.connect_admin() as admin:
        other = admin.execute(
            "SELECT b.start_date, b.voluntary_switch FROM bob_periods b"
            " JOIN persons p ON p.id = b.person_id WHERE p.insz = %s ORDER BY b.start_date",
            (insz(901),),
        ).fetchall()
        logs = admin.execute(
            "SELECT imported_by, rows_total, rows_imported, rows_unchanged, rows_rejected,"
            " file_sha256 FROM vsb_imports ORDER BY id"
        ).fetchall()
    assert other == [(date(2019, 1, 1), True), (date(2022, 2, 1), False)]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert logs == [(SUPERVISOR, 5, 3, 0, 2, digest), (SUPERVISOR, 5, 0, 3, 2, digest)]
    events = _events(laptop, "vsb_import")
    assert [actor for actor, _, _ in events] == [SUPERVISOR, SUPERVISOR]
    first = events[0][2]
    assert {k: first[k] for k in ("rows_total", "new", "updated", "unchanged", "rejected")} == {
        "rows_total": 5,
        "new": 2,
        "updated": 1,
        "unchanged": 0,
        "rejected": 2,
    }
    assert first["file"] == "vsb-2026-11.csv" and first["sha256"] == digest
    assert isinstance(first["import_id"], int)
    assert insz(1) not in json.dumps(first)


def test_the_server_rechecks_a_planned_import(laptop):
    counts = {"rows_total": 1, "new": 1, "updated": 0, "unchanged": 0, "rejected": 0}

    def attempt(lea, new, updated, counted=counts) -> str:
        with pytest.raises(errors.RaiseException) as caught:
            lea.execute(
                "SELECT cumuldesk_api.vsb_import('f.csv', %s, %s::jsonb, %s::jsonb, %s::jsonb)",
                ("a" * 64, json.dumps(counted), json.dumps(new), json.dumps(updated)),
            )
        lea.rollback()
        return str(caught.value)

    with laptop.connect_as(SUPERVISOR, PASSWORD) as lea:
        state = lea.execute(
            "SELECT insz, person_id, period_id FROM cumuldesk_api.vsb_state(%s)",
            ([insz(1), insz(901), "00000000000"],),
        ).fetchall()
        lea.rollback()
        ids = {number: (person, period) for number, person, period in state}
        assert set(ids) == {insz(1), insz(901)}  # every team's, for the supervisor
        (p1, period1), (p901, _) = ids[insz(1)], ids[insz(901)]
        new = {"person_id": p1, "start_date": "2020-01-01", "end_date": "2019-01-01"}
        assert "cannot end before it starts" in attempt(lea, [new], [])
        new = {"person_id": 999999, "start_date": "2020-01-01", "end_date": None}
        assert "not in the central database" in attempt(lea, [new], [])
        new = {"person_id": p1, "start_date": "2022-02-01", "end_date": None}
        assert "same day as another period" in attempt(lea, [new], [])
        moved = {"period_id": period1, "person_id": p901, "end_date": "2024-01-01"}
        one_update = {**counts, "new": 0, "updated": 1}
        assert "does not belong to the person" in attempt(lea, [], [moved], one_update)
        new = {"person_id": p1, "start_date": "2020-01-01", "end_date": None}
        assert "do not add up" in attempt(lea, [new], [], {**counts, "rows_total": 7})
        assert "not valid" in attempt(lea, [{**new, "start_date": "soon"}], [])
    with laptop.connect_admin() as admin:
        assert admin.execute("SELECT count(*) FROM vsb_imports").fetchone() == (0,)


def test_a_server_refusal_of_an_import_reads_as_import_failed(laptop, tmp_path, monkeypatch):
    from cumuldesk.services.vsb import importer as vsb_import

    real = vsb_import.plan_import

    def wrong_plan(rows, persons, stored):  # a laptop that plans against the rules
        plan = real(rows, persons, stored)
        plan.new = [(999999, row) for _, row in plan.new]
        return plan

    monkeypatch.setattr(vsb_import, "plan_import", wrong_plan)
    central, lea = _signed_in(SUPERVISOR)
    try:
        with pytest.raises(ImportFailed, match="not in the central database"):
            import_vsb_file(
                central.sessions,
                _vsb_file(tmp_path, f"{insz(1)};2020-01-01;2020-12-31;0"),
                identity=lea,
            )
    finally:
        central.close()


# ------------------------------------------------------------------ retention purge


def _more_persons(factory) -> None:
    """Edge cases of the rules next to factories.populate's persons."""
    letter_time = datetime(2016, 1, 1, tzinfo=UTC)
    with factory.begin() as session:
        dead = session.scalars(select(Person).where(Person.insz == insz(1))).one()
        content = "Verzakingsvoorstel (test)."
        dead.cases[0].letters.append(
            Letter(
                kind=LetterKind.RENUNCIATION_PROPOSAL,
                language=Language.NL,
                created_at=letter_time,
                finalised_at=letter_time,
                content=content,
                content_sha256=hashlib.sha256(content.encode()).hexdigest(),
            )
        )
        renounced = {"answer": Answer.ACCEPTED_RENUNCIATION}
        add_person(session, 15, case_fields={**renounced, "answer_date": date(2024, 2, 29)})
        two = add_person(session, 17, case_fields={"rights_ended_on": date(2014, 1, 1)})
        two.cases.append(_case(17, answer_date=date(2025, 1, 1), **renounced))
        open_one = add_person(session, 19, case_fields={"rights_ended_on": date(2010, 1, 1)})
        open_one.cases.append(_case(19))
        add_person(  # renounced + 1 year = judgment + 10 years: the first rule is named
            session,
            21,
            case_fields={
                **renounced,
                "answer_date": date(2025, 6, 1),
                "judgment_on": date(2016, 6, 1),
            },
        )
        add_person(session, 23, death=date(2016, 11, 23))  # 10 years on TODAY
        add_person(session, 25, death=date(2016, 11, 24))  # a day short
        add_person(session, 27, death=date(2019, 1, 1), with_case=False)  # no case, kept
        add_person(session, 29, death=date(2010, 1, 1), with_case=False)  # no case, dead
        add_person(
            session,
            31,
            case_fields={"answer": Answer.REFUSED, "answer_date": date(2016, 1, 1)},
        )
        add_person(
            session,
            33,
            case_fields={"rights_ended_on": date(2016, 3, 1), "judgment_on": date(2016, 3, 1)},
        )


def _case(counter: int, **fields) -> Case:
    return Case(
        reference=f"CD-{counter}-B",
        application_date=date(2021, 12, 1),
        team=TEAM,
        updated_at=datetime(2022, 1, 1, tzinfo=UTC),
        status=CaseStatus.CLOSED,
        **fields,
    )


def _python_report(factory, day: date, *, dry_run: bool = True) -> dict:
    """What the Python purge says on the owner's connection (rolled back)."""
    with factory() as session:
        report = purge(session, "owner", day, dry_run=dry_run)
        session.rollback()
    return report.as_dict()


def _persons(world) -> set[str]:
    with world.connect_admin() as admin:
        return {row[0] for row in admin.execute("SELECT insz FROM persons")}


@pytest.fixture
def retention_world(secure_central, monkeypatch):
    engine, factory = admin_factory(secure_central)
    add_account(factory, SUPERVISOR, TEAM, "supervisor")
    add_account(factory, HANDLER, TEAM)
    populate(factory)
    _more_persons(factory)
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    yield secure_central, factory
    engine.dispose()


def test_the_servers_purge_agrees_with_the_python_rules(retention_world):
    world, owner = retention_world
    days = sorted(
        {TODAY + timedelta(days=d) for d in (-1, 0, 1)}
        | {date(2025, 2, 27), date(2025, 2, 28), date(2026, 1, 1), date(2026, 5, 31)}
        | {date(2026, 6, 1), date(2026, 3, 1), date(2024, 1, 1), date(2030, 1, 1)}
        | {date(2040, 1, 1), date(2000, 1, 1)}
    )
    central, lea = _signed_in(SUPERVISOR)
    try:
        for day in days:
            expected = _python_report(owner, day)
            with central.sessions.begin() as session:
                got = purge(session, lea.username, day, dry_run=True).as_dict()
            assert got == expected, day
        everyone = _persons(world)
        expected = _python_report(owner, TODAY, dry_run=False)
        with owner() as session:  # who the Python rules remove on TODAY
            from cumuldesk.services.retention import due_for_removal

            due = {d.insz for d in due_for_removal(session, TODAY)[0]}
        with central.sessions.begin() as session:
            report = purge(session, lea.username, TODAY)
    finally:
        central.close()
    assert report.as_dict() == expected
    assert report.persons == len(due) == 9
    assert report.rows["letters"] == 1  # the finalised letter went with its person
    assert report.persons_without_case == 2
    assert report.persons_by_rule == {
        "death_plus_10_years": 3,
        "renounced_plus_1_year": 4,
        "rights_ended_plus_10_years": 2,
    }
    assert _persons(world) == everyone - due
    events = _events(world, "purge", "purge_dry_run")
    assert [a for _, a, _ in events] == ["purge_dry_run"] * len(days) + ["purge"]
    actor, _, details = events[-1]
    assert actor == SUPERVISOR
    assert details == {"where": "central", **expected}


def test_purge_on_the_command_line_as_a_supervisor(retention_world, monkeypatch, capsys):
    world, owner = retention_world
    expected = _python_report(owner, TODAY)
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    code = main(["purge", "--user", SUPERVISOR, "--today", TODAY.isoformat(), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    assert json.loads(out)["central"] == {**expected, "dry_run": False}
    code = main(["purge", "--user", HANDLER, "--today", TODAY.isoformat()])
    assert code == 4
    assert len(_persons(world)) == 17 - 9


# ----------------------------------------------------------------------- law data


def test_law_data_propose_self_approval_refused_another_approves_and_a_handler_syncs(
    laptop, tmp_path
):
    an_central, an = _signed_in(HANDLER)
    cache = open_handler_cache(tmp_path, owner=HANDLER)
    lea_central, lea = _signed_in(SUPERVISOR)
    max_central, max_ = _signed_in(OTHER_SUPERVISOR)
    try:
        assert sync_once(an_central, cache, an).pulled.law_data_version == 1
        value_id = law.propose(
            lea_central.sessions,
            lea,
            "bob_monthly",
            "2026-09-01",
            "351.49",
            "sourced",
            "groeipakket.be (test)",
            source_url="https://example.org/groeipakket",
        )
        with pytest.raises(NotAllowed, match="another supervisor must approve it"):
            law.approve(lea_central.sessions, lea, value_id)
        # the same refusal from the server itself, to a plain client
        with laptop.connect_as(SUPERVISOR, PASSWORD) as plain:
            with pytest.raises(errors.InsufficientPrivilege, match="another supervisor must"):
                plain.execute("SELECT cumuldesk_api.law_approve(%s)", (value_id,))
        # and from the server behind the service, should the laptop's own check be skipped
        with lea_central.sessions.begin() as session:
            with pytest.raises(NotAllowed, match="another supervisor must approve it"):
                law._approve_on_server(session, value_id)
        with pytest.raises(NotAllowed, match="supervisors only"):
            law.approve(an_central.sessions, an, value_id)

        assert law.approve(max_central.sessions, max_, value_id) == 2
        with pytest.raises(BadInput, match="approved already"):
            law.approve(max_central.sessions, max_, value_id)

        report = sync_once(an_central, cache, an)
        assert report.pulled.law_data_version == 2
        assert cache_law_version(cache) == 2
    finally:
        cache.close()
        for central in (an_central, lea_central, max_central):
            central.close()

    with laptop.connect_admin() as admin:
        row = admin.execute(
            "SELECT state, version, proposed_by, decided_by, value FROM law_values WHERE id = %s",
            (value_id,),
        ).fetchone()
    assert row == ("approved", 2, SUPERVISOR, OTHER_SUPERVISOR, "351.49")
    events = _events(laptop, "law_proposed", "law_approved", "refused")
    assert [(actor, action) for actor, action, _ in events] == [
        (SUPERVISOR, "law_proposed"),
        (SUPERVISOR, "refused"),  # the desk's own check, audited
        (HANDLER, "refused"),
        (OTHER_SUPERVISOR, "law_approved"),
    ]
    assert events[0][2] == {
        "id": value_id,
        "name": "bob_monthly",
        "bracket": None,
        "effective": "2026-09-01",
        "kind": "sourced",
    }
    assert events[-1][2] == {
        **events[0][2],
        "version": 2,
        "proposed_by": SUPERVISOR,
    }


def test_law_reject_and_import_as_supervisors(laptop, tmp_path):
    lea_central, lea = _signed_in(SUPERVISOR)
    max_central, max_ = _signed_in(OTHER_SUPERVISOR)
    try:
        first = law.propose(
            lea_central.sessions, lea, "ivt_yearly", "2026-10-01", "11214.00", "computed",
            "index step (test)", bracket="A",
        )  # fmt: skip
        law.reject(lea_central.sessions, lea, first, "  typed   wrong ")  # the proposer withdraws
        with pytest.raises(BadInput, match="rejected already"):
            law.reject(max_central.sessions, max_, first)
        path = tmp_path / "bob_monthly.toml"
        path.write_text(
            "[[values]]\neffective = 2026-09-01\nvalue = 351.49\nverified = true\n"
            'source = { title = "Groeipakket (test)" }\n'
            "[[values]]\neffective = 2026-10-01\nvalue = 352.00\nverified = false\n"
            'source = { title = "Groeipakket (test)" }\n',
            encoding="utf-8",
        )
        ids = law.import_file(lea_central.sessions, lea, path)
        assert len(ids) == 2
        assert law.approve(max_central.sessions, max_, ids[1]) == 2
        assert law.approve(max_central.sessions, max_, ids[0]) == 3
        values = {v.id: v for v in law.list_values(lea_central.sessions)}
    finally:
        lea_central.close()
        max_central.close()
    assert (values[first].state, values[first].reason) == ("rejected", "typed wrong")
    assert [values[i].kind for i in ids] == ["sourced", "computed"]
    assert {values[i].proposed_by for i in ids} == {SUPERVISOR}
    events = _events(laptop, "law_rejected", "law_imported")
    assert events[0][:2] == (SUPERVISOR, "law_rejected")
    assert events[0][2]["reason_given"] is True and "typed" not in json.dumps(events[0][2])
    assert events[1] == (
        SUPERVISOR,
        "law_imported",
        {"file": "bob_monthly.toml", "name": "bob_monthly", "ids": ids},
    )


def test_the_server_rechecks_a_law_value_and_takes_the_proposer_from_the_login(laptop):
    def propose(connection, *values) -> str:
        with pytest.raises(errors.RaiseException) as caught:
            connection.execute(
                "SELECT cumuldesk_api.law_propose(%s, %s, %s, %s, %s, %s, %s)", values
            )
        connection.rollback()
        return str(caught.value)

    good = ("bob_monthly", None, "2026-09-01", "351.49", "sourced", "test", None)
    with laptop.connect_as(SUPERVISOR, PASSWORD) as lea:
        assert "carried is what CumulDesk says" in propose(lea, *good[:4], "carried", *good[5:])
        assert "sourced or computed" in propose(lea, *good[:4], "guessed", *good[5:])
        assert "needs its source" in propose(lea, *good[:5], "   ", None)
        assert "YYYY-MM-DD" in propose(lea, good[0], None, "2026-02-30", *good[3:])
        assert "YYYY-MM-DD" in propose(lea, good[0], None, "1 Sept 2026", *good[3:])
        assert "at most two decimals" in propose(lea, good[0], None, good[2], "3,5", *good[4:])
        assert "yes/no rule" in propose(lea, "bob_ivt_it_ban", None, good[2], "1.00", *good[4:])
        assert "an amount" in propose(lea, good[0], None, good[2], "true", *good[4:])
        assert "web address" in propose(lea, *good[:6], "javascript:alert(1)")
        value_id = lea.execute(
            "SELECT cumuldesk_api.law_propose(%s, %s, %s, %s, %s, %s, %s)", good
        ).fetchone()[0]
        lea.commit()
    with laptop.connect_admin() as admin:
        row = admin.execute(
            "SELECT proposed_by, state, version FROM law_values WHERE id = %s", (value_id,)
        ).fetchone()
    assert row == (SUPERVISOR, "proposed", None)
    assert LawState(row[1]) is LawState.PROPOSED


# ------------------------------------------------------------------ command line


def test_import_vsb_and_law_approve_on_the_command_line(laptop, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    path = _vsb_file(tmp_path, f"{insz(1)};2020-01-01;2021-06-30;0")
    code = main(["import-vsb", str(path), "--user", SUPERVISOR, "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    result = json.loads(captured.out)
    assert (result["new"], result["rejected"]) == (1, 0)
    assert main(["import-vsb", str(path), "--user", HANDLER]) == 4
    capsys.readouterr()

    propose = [
        "law", "propose", "bob_monthly", "--from", "2026-09-01", "--value", "351.49",
        "--source", "groeipakket.be (test)", "--kind", "sourced", "--json",
    ]  # fmt: skip
    assert main([*propose, "--user", SUPERVISOR]) == 0
    value_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["law", "approve", str(value_id), "--user", SUPERVISOR]) == 4
    assert "another supervisor must approve it" in capsys.readouterr().err
    assert main(["law", "approve", str(value_id), "--user", OTHER_SUPERVISOR]) == 0
    assert "now version 2" in capsys.readouterr().out
    assert main(["law", "list", "--state", "approved", "--user", HANDLER, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(v["id"], v["version"]) for v in listed if v["version"] == 2] == [(value_id, 2)]
    with laptop.connect_admin() as admin:
        assert admin.execute("SELECT count(*) FROM vsb_imports").fetchone() == (1,)
        assert admin.execute("SELECT max(version) FROM law_values").fetchone() == (2,)
