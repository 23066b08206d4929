"""`cumuldesk sync` and `sync status|conflicts|resolve|dismiss` as a handler or a script
runs them: the first sync, a conflict between two handlers of one team shown and
resolved, a change the central database refuses, and the central database out of reach
(SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import re

import pytest
from cache_data import FAMILY_NAME, INSZ, TEAM, USER, populate_central
from factories import make_handler
from sqlalchemy import func, select

from cumuldesk.cli import main
from cumuldesk.domain.insz import format_insz
from cumuldesk.paths import data_dir
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import migrate, open_central
from cumuldesk.storage.keys import load_key
from cumuldesk.storage.models import Case, CaseStatus, Note, Person

OTHER = "bo.handler"  # a second handler of team T1
CASE = "CD-000001"  # a case of team T1 (status new)
TEXT = "Applicant rang back about the proposal"
CLOSED_PORT = "postgresql+psycopg://x:secret@127.0.0.1:1/db"  # nothing listens there
WHEN = r"\d\d/\d\d/\d{4} \d\d:\d\d"
KEY = re.compile(r"cumuldesk sync resolve ([0-9a-f]{8}) --keep mine")


@pytest.fixture
def central(central_url, monkeypatch, password_env, memory_keyring):
    """A central database with team T1 (an.handler, bo.handler) and team T2, configured
    for the commands; yields its session factory."""
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    engine = open_central(central_url)
    migrate(engine)
    factory = populate_central(engine)
    with factory.begin() as session:
        session.add(make_handler(OTHER, team=TEAM))
    yield factory
    engine.dispose()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cache_file(user: str = USER):
    return data_dir() / f"cache-{user}.sqlite"


def open_users_cache(user: str = USER) -> LocalCache:
    return LocalCache.open(cache_file(user), load_key(user, cache_file(user)).key)


def central_case(factory, reference: str = CASE) -> Case:
    with factory() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def cached_status(user: str, reference: str = CASE) -> CaseStatus:
    with open_users_cache(user) as cache, cache.sessions() as session:
        return session.scalars(select(Case.status).where(Case.reference == reference)).one()


def assert_nothing_personal(*texts: str) -> None:
    for value in texts:
        assert INSZ not in value and format_insz(INSZ) not in value
        assert FAMILY_NAME not in value and TEXT not in value and "Traceback" not in value


# ----------------------------------------------------------------------- sync


def test_the_first_sync_fills_the_cache_and_says_what_it_did(central, capsys):
    assert not cache_file().exists()
    code, out, err = run(capsys, "sync", "--user", USER)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Pushed: 0 change(s) applied"
    assert lines[1] == "Pulled: 4 new dossier(s), 0 changed, 0 removed from your cache"
    # the organisation's law data come with the first sync (the seed, version 1)
    assert lines[2] == (
        "New law data: version 1; simulations and letters on this computer use it from now on."
    )
    assert re.fullmatch(rf"Synced at {WHEN}:\d\d\.", lines[3]) and len(lines) == 4
    assert "cumuldesk sync: pull: 100% (4 of 4 dossiers)" in err
    assert_nothing_personal(out, err)
    with open_users_cache() as cache, cache.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 4

    code, out, err = run(capsys, "sync", "--user", USER, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["pulled"]["new_dossiers"] == 0 and report["pushed"]["applied"] == 0
    assert report["state"]["online"] is True and report["state"]["pending"] == 0
    assert report["waiting"] == {"pending": 0, "conflict": 0, "rejected": 0}

    code, out, err = run(capsys, "sync", "status", "--user", USER)
    assert code == 0, err
    assert re.fullmatch(
        rf"{USER}: online; data as of the last sync, {WHEN}; 0 change\(s\) waiting to be pushed\n",
        out,
    )


def test_conflicts_between_two_handlers_are_shown_and_the_choices_kept(central, capsys):
    mine, theirs = CASE, "CD-000002"
    for user in (USER, OTHER):
        assert run(capsys, "sync", "--user", user)[0] == 0
    for reference in (mine, theirs):
        assert run(capsys, "case", "status", reference, "in_review", "--user", USER)[0] == 0
        assert run(capsys, "case", "status", reference, "closed", "--user", OTHER)[0] == 0
    code, out, err = run(capsys, "sync", "--user", USER)  # an pushes first
    assert (code, out.splitlines()[0]) == (0, "Pushed: 4 change(s) applied"), err

    code, out, err = run(capsys, "sync", "--user", OTHER)
    assert code == 7, err
    assert out.startswith("Pushed: 2 change(s) applied, 2 conflict(s)\n")  # the audit events
    assert "2 conflict(s) wait for your choice: cumuldesk sync conflicts\n" in out
    assert central_case(central, mine).status is CaseStatus.IN_REVIEW  # not applied silently
    assert cached_status(OTHER, mine) is CaseStatus.CLOSED  # bo still sees their own version

    code, out, err = run(capsys, "sync", "conflicts", "--user", OTHER)
    assert code == 7, err
    keys = dict(re.findall(r"^  ([0-9a-f]{8})  conflict  a case change on (\S+)$", out, re.M))
    assert sorted(keys.values()) == [mine, theirs]
    key = {reference: k for k, reference in keys.items()}
    assert len(re.findall(r"^    field +yours +central version$", out, re.M)) == 2
    assert len(re.findall(r"^    status +closed +in_review$", out, re.M)) == 2
    assert KEY.findall(out) == list(keys)
    assert f"cumuldesk sync resolve {key[theirs]} --keep theirs" in out
    code, out, _ = run(capsys, "sync", "conflicts", "--user", OTHER, "--json")
    shown = json.loads(out)
    assert sorted(c["case"] for c in shown) == [mine, theirs]
    assert all(c["mine"] == {"status": "closed"} for c in shown)
    assert all(c["theirs"]["status"] == "in_review" for c in shown)

    code, out, err = run(capsys, "sync", "resolve", key[mine], "--keep", "mine", "--user", OTHER)
    assert (code, out) == (
        0,
        "Your version is kept; it is pushed at the next sync (2 change(s) waiting).\n",
    ), err
    code, out, err = run(
        capsys, "sync", "resolve", key[theirs].upper(), "--keep", "theirs", "--user", OTHER
    )
    assert (code, out) == (0, "The central version is kept; your change was dropped.\n"), err
    assert cached_status(OTHER, theirs) is CaseStatus.IN_REVIEW

    code, out, err = run(capsys, "sync", "--user", OTHER)
    assert (code, out.splitlines()[0]) == (0, "Pushed: 3 change(s) applied"), err
    assert run(capsys, "sync", "--user", USER)[0] == 0
    for reference, status in ((mine, CaseStatus.CLOSED), (theirs, CaseStatus.IN_REVIEW)):
        assert central_case(central, reference).status is status
        assert cached_status(OTHER, reference) is status
        assert cached_status(USER, reference) is status
    assert run(capsys, "sync", "conflicts", "--user", OTHER)[:2] == (0, "No conflicts.\n")


def test_a_refused_change_is_listed_then_dismissed(central, capsys):
    assert run(capsys, "sync", "--user", USER)[0] == 0
    assert run(capsys, "case", "note", CASE, TEXT, "--user", USER)[0] == 0
    with central.begin() as session:  # the case goes centrally meanwhile
        session.delete(session.scalars(select(Case).where(Case.reference == CASE)).one())

    code, out, err = run(capsys, "sync", "--user", USER)
    assert code == 0, err
    assert out.startswith("Pushed: 1 change(s) applied, 1 refused\n")
    assert "1 change(s) were refused by the central database: cumuldesk sync status\n" in out

    code, out, err = run(capsys, "sync", "status", "--user", USER)
    assert code == 0, err
    assert out.splitlines()[0].endswith("0 change(s) waiting to be pushed; 1 change(s) refused")
    [line] = [x for x in out.splitlines() if "rejected" in x]
    key = line.split()[0]
    assert re.fullmatch(r"[0-9a-f]{8}", key)
    assert line.endswith(
        "a note on a case no longer in your cache: "
        "the case no longer exists in the central database"
    )
    assert_nothing_personal(out, err)

    code, out, err = run(capsys, "sync", "dismiss", key, "--user", USER)
    assert (code, out) == (0, "The refused change was dropped.\n"), err
    code, out, _ = run(capsys, "sync", "status", "--user", USER, "--json")
    status = json.loads(out)
    assert status["items"] == [] and status["state"]["rejected"] == 0
    with central() as session:
        assert session.scalar(select(func.count()).select_from(Note).where(Note.text == TEXT)) == 0


def test_a_wrong_key_is_refused_in_words(central, capsys):
    assert run(capsys, "sync", "--user", USER)[0] == 0
    for argv, message in (
        (("resolve", "abc", "--keep", "mine"), "give at least the first 6 characters of the key"),
        (("resolve", "0123abcd", "--keep", "theirs"), "no conflict item with key 0123abcd"),
        (("dismiss", "ffffffff"), "no rejected item with key ffffffff"),
    ):
        code, out, err = run(capsys, "sync", *argv, "--user", USER)
        assert (code, out, err) == (2, "", f"cumuldesk: {message}\n")
    with pytest.raises(SystemExit) as stopped:
        main(["sync", "resolve", "0123abcd", "--keep", "both", "--user", USER])
    assert stopped.value.code == 2
    assert "invalid choice: 'both'" in capsys.readouterr().err


# -------------------------------------------------------------- out of reach


def test_out_of_reach_the_sync_says_so_with_the_age_of_the_data(
    central, central_url, capsys, monkeypatch
):
    assert run(capsys, "sync", "--user", USER)[0] == 0
    assert run(capsys, "case", "note", CASE, TEXT, "--user", USER)[0] == 0  # 2 items
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", CLOSED_PORT)
    # from here on, each offline sign-in adds its audit event to the outbox

    code, out, err = run(capsys, "sync", "--user", USER)
    assert (code, out) == (5, "")
    first, second = err.splitlines()
    assert first.startswith("cumuldesk: cannot reach postgresql database db on 127.0.0.1:1")
    assert re.fullmatch(
        rf"cumuldesk: offline; data as of the last sync, {WHEN}; 3 change\(s\) waiting to be "
        r"pushed",
        second,
    )
    assert "secret" not in err and "Traceback" not in err

    code, out, err = run(capsys, "sync", "--user", USER, "--json")
    state = json.loads(out)["state"]
    assert code == 5 and state["online"] is False and state["pending"] == 4
    assert state["last_sync_at"] and "cannot reach" in state["problem"]

    code, out, err = run(capsys, "sync", "status", "--user", USER)
    assert code == 0 and out.startswith(f"{USER}: offline; data as of the last sync, ")

    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)  # back: the sync resumes
    code, out, err = run(capsys, "sync", "--user", USER)
    assert (code, out.splitlines()[0]) == (0, "Pushed: 5 change(s) applied"), err
    with central() as session:
        assert session.scalar(select(func.count()).select_from(Note).where(Note.text == TEXT)) == 1


def test_out_of_reach_without_a_cache(central, capsys, monkeypatch):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", CLOSED_PORT)
    code, out, err = run(capsys, "sync", "--user", USER)
    assert (code, out) == (5, "")
    assert err.startswith("cumuldesk: cannot reach postgresql database db on 127.0.0.1:1")
    assert err.count("\n") == 1 and "secret" not in err
    assert not cache_file().exists()


def test_a_missing_central_file_is_out_of_reach_not_a_new_database(
    password_env, memory_keyring, capsys, monkeypatch, tmp_path
):
    url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", url)
    engine = open_central(url)
    migrate(engine)
    populate_central(engine)
    engine.dispose()
    assert run(capsys, "sync", "--user", USER)[0] == 0
    missing = tmp_path / "share" / "central.sqlite"  # the network share is not mounted
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", f"sqlite:///{missing}")

    code, out, err = run(capsys, "sync", "--user", USER)
    assert not missing.parent.exists()
    assert (code, out) == (5, "")
    assert "the file is missing" in err and "data as of the last sync" in err

    code, out, err = run(capsys, "case", "note", CASE, TEXT, "--user", USER)
    assert code == 0 and "signed in offline" in err
