"""`cumuldesk cache status|fill|rebuild` and `cumuldesk audit verify`, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import keyring
import pytest
from cache_data import FAMILY_NAME, INSZ, TEAM, USER, plain_person, populate_central
from factories import TEST_PASSWORD, make_handler
from sqlalchemy import text

from cumuldesk.cli import main
from cumuldesk.domain.insz import format_insz
from cumuldesk.paths import data_dir
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.keys import PASSPHRASE_ENV, SERVICE, load_key
from cumuldesk.storage.models import Role
from cumuldesk.sync.outbox import enqueue


@pytest.fixture
def central(central_url, monkeypatch, password_env):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    engine = open_central(central_url)
    migrate(engine)
    populate_central(engine)
    yield engine
    engine.dispose()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cache_file():
    return data_dir() / f"cache-{USER}.sqlite"


def assert_nothing_personal(*texts: str) -> None:
    for value in texts:
        assert INSZ not in value and format_insz(INSZ) not in value
        assert FAMILY_NAME not in value and "2003-09-17" not in value


def test_fill_then_status(central, memory_keyring, capsys):
    code, out, err = run(capsys, "cache", "fill", "--user", USER)
    assert code == 0, err
    assert "4 dossiers stored in the local cache (the cases of team T1)" in out
    assert "storing dossiers: 4/4" in err

    code, out, err = run(capsys, "cache", "status", "--user", USER)
    assert code == 0, err
    assert str(cache_file()) in out and "dossiers:    4" in out
    assert f"Local cache of {USER}" in out and "system keyring" in out

    code, out, _ = run(capsys, "cache", "status", "--user", USER, "--json")
    status = json.loads(out)
    assert status["dossiers"] == 4 and status["owner"] == USER and status["size_bytes"] > 0
    assert status["key_source"] == "keyring" and status["audit_events"] == 1
    assert (SERVICE, USER) in memory_keyring.secrets
    assert_nothing_personal(out, err)


def test_fill_named_persons(central, memory_keyring, capsys):
    unknown = plain_person(555).insz
    code, out, err = run(
        capsys, "cache", "fill", "--user", USER, "--insz", format_insz(INSZ), unknown, "--json"
    )
    assert code == 0, err
    assert json.loads(out) == {"stored": 1, "requested": 2, "not_found": 1, "team": None}
    assert_nothing_personal(out, err)


def test_fill_refuses_a_wrong_insz_and_an_unknown_handler(central, memory_keyring, capsys):
    code, _, err = run(capsys, "cache", "fill", "--user", USER, "--insz", "85073003329")
    assert code == 2 and "check digits" in err
    code, _, err = run(capsys, "cache", "fill", "--user", "nobody")
    assert code == 4 and err == "cumuldesk: wrong username or password\n"
    assert not cache_file().exists()


def test_status_without_cache(central, memory_keyring, capsys):
    code, out, _ = run(capsys, "cache", "status", "--user", USER)
    assert code == 0 and "has no local cache yet" in out


def test_wrong_key_offers_rebuild_and_rebuild_works(central, memory_keyring, capsys):
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    memory_keyring.secrets[(SERVICE, USER)] = os.urandom(32).hex()  # another key

    code, out, err = run(capsys, "cache", "status", "--user", USER)
    assert code == 5 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "the cache cannot be opened with this key" in err
    assert f"cumuldesk cache rebuild --user {USER}" in err

    code, out, err = run(capsys, "cache", "rebuild", "--user", USER)
    assert code == 0, err
    assert "Rebuilt: 4 dossiers stored" in out
    code, out, _ = run(capsys, "cache", "status", "--user", USER, "--json")
    assert code == 0 and json.loads(out)["dossiers"] == 4


def test_rebuild_and_refill_refuse_while_changes_wait_to_be_pushed(central, memory_keyring, capsys):
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    key = load_key(USER, cache_file()).key
    with LocalCache.open(cache_file(), key) as cache, cache.engine.begin() as connection:
        enqueue(connection, "audit", {"at": "2026-11-23T10:00:00+00:00", "action": "x"})
    for argv in (("cache", "rebuild"), ("cache", "fill")):
        code, out, err = run(capsys, *argv, "--user", USER)
        assert code == 2 and out == ""
        assert "1 change(s) not yet in the central database" in err
        assert "cumuldesk sync" in err
    assert cache_file().is_file()
    code, out, err = run(capsys, "cache", "rebuild", "--user", USER, "--discard-unpushed")
    assert code == 0 and "Rebuilt: 4 dossiers stored" in out


def test_tampered_cache_offers_rebuild(central, memory_keyring, capsys):
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    data = bytearray(cache_file().read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8] = bytes(b ^ 0x55 for b in data[middle : middle + 8])
    cache_file().write_bytes(bytes(data))
    code, out, err = run(capsys, "cache", "status", "--user", USER)
    assert code == 6 and "damaged or was changed outside CumulDesk" in err
    assert "cumuldesk cache rebuild" in err and "Traceback" not in err


# ------------------------------------------------------------------ audit verify


def drop_audit_triggers(connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
    else:
        connection.execute(text("DROP TRIGGER audit_events_no_update"))


def test_audit_verify_local_trail(central, memory_keyring, capsys):
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    assert run(capsys, "cache", "fill", "--user", USER, "--insz", INSZ)[0] == 0
    code, out, _ = run(capsys, "audit", "verify", "--user", USER)
    assert code == 0 and f"local audit trail of {USER}: 2 events, chain intact" in out

    key = load_key(USER, cache_file()).key
    with LocalCache.open(cache_file(), key) as cache, cache.engine.begin() as connection:
        drop_audit_triggers(connection)
        connection.execute(text("UPDATE audit_events SET details = '{}' WHERE seq = 1"))
    code, out, _ = run(capsys, "audit", "verify", "--user", USER)
    assert code == 6
    assert "event 1 (" in out and "cache_filled) was changed" in out
    code, out, _ = run(capsys, "audit", "verify", "--user", USER, "--json")
    report = json.loads(out)
    assert code == 6 and report["intact"] is False and report["events"] == 2
    assert [(p["seq"], p["kind"]) for p in report["problems"]] == [(1, "changed")]


def test_audit_verify_central_trail(central, memory_keyring, capsys):
    with session_factory(central).begin() as session:
        session.add(make_handler("sam.supervisor", Role.SUPERVISOR, TEAM))
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    assert run(capsys, "cache", "fill", "--user", USER, "--insz", INSZ)[0] == 0
    code, out, _ = run(capsys, "audit", "verify", "--central", "--user", "sam.supervisor")
    # each command signed in: sign_in, cache_filled, sign_in, cache_filled; the
    # verification reads before it records its own sign_in and audit_verified
    assert code == 0 and "central audit trail: 4 events, chain intact" in out
    code, out, _ = run(capsys, "audit", "verify", "--central", "--user", "sam.supervisor")
    assert code == 0 and "central audit trail: 6 events, chain intact" in out
    with central.begin() as connection:
        drop_audit_triggers(connection)
        connection.execute(text("UPDATE audit_events SET actor = 'someone.else' WHERE seq = 2"))
    code, out, _ = run(capsys, "audit", "verify", "--central", "--user", "sam.supervisor")
    assert code == 6 and "event 2 (" in out and "was changed" in out


def test_audit_verify_central_trail_is_for_supervisors(central, memory_keyring, capsys):
    code, out, err = run(capsys, "audit", "verify", "--central", "--user", USER)
    assert code == 4 and out == ""
    assert "audit verify --central is for supervisors only" in err


def test_audit_verify_needs_a_trail(capsys, monkeypatch):
    monkeypatch.delenv("CUMULDESK_USER", raising=False)
    code, _, err = run(capsys, "audit", "verify")
    assert code == 2 and "--central" in err


# ------------------------------------------------------------ the real process


def test_the_real_command_without_keyring_uses_the_passphrase(tmp_path, monkeypatch):
    monkeypatch.delenv("CUMULDESK_PASSWORD", raising=False)
    url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    engine = open_central(url)
    migrate(engine)
    populate_central(engine)
    engine.dispose()
    env = {
        **os.environ,
        "CUMULDESK_CENTRAL_URL": url,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        PASSPHRASE_ENV: "correct horse battery staple",
        "CUMULDESK_PASSWORD": TEST_PASSWORD,
    }
    command = [sys.executable, "-m", "cumuldesk"]

    def cumuldesk(*argv: str, **changes: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *argv],
            env={**env, **changes},
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    done = cumuldesk("cache", "fill", "--user", USER)
    assert done.returncode == 0, done.stderr
    assert (data_dir() / f"cache-{USER}.salt").exists()
    done = cumuldesk("cache", "status", "--user", USER)
    assert done.returncode == 0 and "passphrase (scrypt)" in done.stdout
    done = cumuldesk("audit", "verify", "--user", USER)
    assert done.returncode == 0 and "1 events, chain intact" in done.stdout
    done = cumuldesk("cache", "status", "--user", USER, **{PASSPHRASE_ENV: "wrong passphrase!"})
    assert done.returncode == 5 and "cannot be opened with this key" in done.stderr
    assert "is the passphrase right?" in done.stderr
    assert done.stderr.count("\n") == 1
    done = cumuldesk("cache", "status", "--user", USER, CUMULDESK_PASSWORD="not the password")
    assert done.returncode == 4 and done.stderr == "cumuldesk: wrong username or password\n"
    done = cumuldesk("cache", "status", "--user", USER, CUMULDESK_PASSWORD="")
    assert done.returncode == 4 and "CUMULDESK_PASSWORD" in done.stderr
    assert done.stderr.count("\n") == 1


def test_no_keyring_and_no_passphrase_says_how_to_give_it(central, capsys, monkeypatch):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    try:
        code, out, err = run(capsys, "cache", "fill", "--user", USER)
    finally:
        keyring.set_keyring(previous)
    assert code == 5 and PASSPHRASE_ENV in err and "rebuild" not in err
    assert not cache_file().exists()
