"""`cumuldesk cache status|fill|rebuild` and `cumuldesk audit verify`, as a user runs them."""

from __future__ import annotations

import json
import os
import re
import stat
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
    before = cache_file().read_bytes()

    code, out, err = run(capsys, "cache", "status", "--user", USER)
    assert code == 5 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "the cache cannot be opened with this key" in err
    assert f"cumuldesk cache rebuild --user {USER} --discard-unpushed" in err

    # the cache does not open: a rebuild would lose what it holds, so it is refused
    code, out, err = run(capsys, "cache", "rebuild", "--user", USER)
    assert code == 5 and out == "" and err.count("\n") == 1
    assert "the key in the system keyring is probably wrong" in err
    assert "Nothing was deleted" in err and "--discard-unpushed" in err
    assert cache_file().read_bytes() == before

    code, out, err = run(
        capsys, "cache", "rebuild", "--user", USER, "--discard-unpushed", "--confirm", USER
    )
    assert code == 0, err
    assert "cannot be counted (the cache does not open) and will be lost" in err
    assert "Rebuilt: 4 dossiers stored" in out
    assert "Discarded: changes that could not be counted not pushed" in out
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
    code, out, err = run(
        capsys, "cache", "rebuild", "--user", USER, "--discard-unpushed", "--confirm", USER
    )
    assert code == 0 and "Rebuilt: 4 dossiers stored" in out


# ------------------------------------------------ nothing unsynced is lost (issue 15)


def add_note(capsys, text: str = "Teruggebeld, brief volgt") -> None:
    code, out, err = run(capsys, "case", "note", "CD-2023-000427", text, "--user", USER)
    assert code == 0, err


def unpushed_notes(key: bytes | None = None) -> list[str]:
    """The notes of the cache not yet pushed (a negative id), read with its key."""
    key = key or load_key(USER, cache_file()).key
    with LocalCache.open(cache_file(), key) as cache, cache.engine.connect() as connection:
        return list(connection.scalars(text("SELECT text FROM notes WHERE id < 0")))


@pytest.fixture
def passphrase_only(monkeypatch):
    """No system keyring: the cache key comes from CUMULDESK_CACHE_PASSPHRASE."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv(PASSPHRASE_ENV, "the right cache passphrase")
    yield
    keyring.set_keyring(previous)


def test_a_mistyped_passphrase_never_destroys_the_unsynced_notes(
    central, passphrase_only, capsys, monkeypatch
):
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    add_note(capsys)
    files = {p: p.read_bytes() for p in (cache_file(), cache_file().with_suffix(".salt"))}

    monkeypatch.setenv(PASSPHRASE_ENV, "the wrong cache passphrase")
    code, out, err = run(capsys, "cache", "rebuild", "--user", USER)
    assert code == 5 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert "the passphrase is probably wrong" in err and "Nothing was deleted" in err
    assert {p: p.read_bytes() for p in files} == files  # not a byte changed, not re-keyed

    monkeypatch.setenv(PASSPHRASE_ENV, "the right cache passphrase")
    assert unpushed_notes() == ["Teruggebeld, brief volgt"]
    code, out, err = run(capsys, "sync", "--user", USER)  # and it reaches the central database
    assert code == 0, err
    with central.connect() as connection:
        assert "Teruggebeld, brief volgt" in connection.scalars(text("SELECT text FROM notes"))


def test_discard_unpushed_says_what_is_lost_and_wants_the_username_typed(
    central, memory_keyring, capsys, monkeypatch
):
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    add_note(capsys)
    before = cache_file().read_bytes()
    old_key = memory_keyring.secrets[(SERVICE, USER)]
    lost = "2 change(s) not yet in the central database will be lost (1 note(s), 1 audit event(s))"

    code, out, err = run(capsys, "cache", "rebuild", "--user", USER)
    assert code == 2 and "2 change(s) not yet in the central database" in err
    assert "1 note(s), 1 audit event(s)" in err and "--discard-unpushed" in err

    code, out, err = run(capsys, "cache", "rebuild", "--user", USER, "--discard-unpushed")
    assert code == 2 and out == "" and lost in err  # no terminal to type at
    assert f"give --confirm {USER}; nothing was deleted" in err

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("sys.stdin.readline", lambda: "an.handlr\n")  # a typo
    code, out, err = run(capsys, "cache", "rebuild", "--user", USER, "--discard-unpushed")
    assert code == 2 and lost in err and f"Type the username ({USER})" in err
    assert "not confirmed" in err and "nothing was deleted" in err
    code, out, err = run(capsys, "cache", "rebuild", "--user", USER, "--confirm", USER)
    assert code == 2 and "--confirm goes with --discard-unpushed" in err
    assert cache_file().read_bytes() == before

    monkeypatch.setattr("sys.stdin.readline", lambda: f"{USER}\n")
    code, out, err = run(capsys, "cache", "rebuild", "--user", USER, "--discard-unpushed")
    assert code == 0, err
    assert "Rebuilt: 4 dossiers stored" in out and "Discarded: 2 change(s) not pushed" in out
    backups = list(data_dir().glob(f"cache-{USER}.backup-*"))
    assert len(backups) == 1 and str(backups[0]) in out
    assert re.fullmatch(rf"cache-{re.escape(USER)}\.backup-\d{{8}}-\d{{6}}", backups[0].name)
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o700
    kept = backups[0] / cache_file().name
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.read_bytes() == before
    assert unpushed_notes() == []  # the new cache
    # support can still open the backup: its key is kept in the keyring under its name
    assert memory_keyring.secrets[(SERVICE, f"{USER}/{backups[0].name}")] == old_key
    with LocalCache.open(kept, bytes.fromhex(old_key)) as cache:
        with cache.engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM notes WHERE id < 0")) == 1

    code, out, err = run(capsys, "cache", "rebuild", "--user", USER, "--json")  # nothing to lose
    assert code == 0 and json.loads(out)["discarded"] == 0 and json.loads(out)["backup"] is None


def _empty(path):
    path.write_bytes(b"")


def _truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 1000])


def _link_to_dev_null(path):
    path.unlink()
    path.symlink_to("/dev/null")


def _random_bytes(path):
    path.write_bytes(os.urandom(path.stat().st_size))


DAMAGE = {
    "empty": _empty,
    "truncated": _truncated,
    "link": _link_to_dev_null,
    "unreadable": _random_bytes,
}


def snapshot(path):
    if path.is_symlink():
        return ("link", os.readlink(path))
    return ("file", path.read_bytes())


def central_damage_events(engine) -> list[tuple[str, dict]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT actor, details FROM audit_events WHERE action = 'cache_damaged'")
        ).all()
    return [(actor, json.loads(details)) for actor, details in rows]


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_cache_is_said_audited_and_never_replaced(
    central, memory_keyring, capsys, damage
):
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    add_note(capsys)
    DAMAGE[damage](cache_file())
    before = snapshot(cache_file())

    for argv in (("sync",), ("cache", "fill"), ("cache", "status"), ("case", "note")):
        extra = ("CD-2023-000427", "nog een notitie") if argv == ("case", "note") else ()
        code, out, err = run(capsys, *argv, *extra, "--user", USER)
        assert code == 6, (argv, err)
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err
        assert f"cumuldesk cache rebuild --user {USER} --discard-unpushed" in err
        assert "cannot be counted" in err
        assert snapshot(cache_file()) == before  # never silently replaced
    # a damaged cache cannot hold its own audit event: the central trail has it
    events = central_damage_events(central)
    assert [d["during"] for _, d in events] == ["sync", "cache_fill"]
    assert {actor for actor, _ in events} == {USER}
    assert {d["reason"] for _, d in events} == {damage}

    code, out, err = run(capsys, "cache", "rebuild", "--user", USER)
    assert code == 6 and "Nothing was deleted" in err and "cannot be counted" in err
    assert snapshot(cache_file()) == before

    code, out, err = run(
        capsys, "cache", "rebuild", "--user", USER, "--discard-unpushed", "--confirm", USER
    )
    assert code == 0, err
    assert "cannot be counted (the cache does not open) and will be lost" in err
    (backup,) = data_dir().glob(f"cache-{USER}.backup-*")
    assert snapshot(backup / cache_file().name) == before  # kept as it was (a link as a link)
    assert f"the old cache is kept in {backup}" in out
    code, out, _ = run(capsys, "cache", "status", "--user", USER, "--json")
    assert code == 0 and json.loads(out)["dossiers"] == 4
    null = os.stat("/dev/null")  # what the link pointed to is untouched
    assert stat.S_ISCHR(null.st_mode) and stat.S_IMODE(null.st_mode) == 0o666


def test_an_empty_cache_file_left_by_a_crash_is_not_taken_for_no_cache(
    central, memory_keyring, capsys
):
    """The defect of issue 15: a 0-byte cache was silently replaced by the next sync."""
    cache_file().parent.mkdir(parents=True, exist_ok=True)
    cache_file().write_bytes(b"")
    code, out, err = run(capsys, "sync", "--user", USER)
    assert code == 6 and "the local cache file is empty (0 bytes)" in err
    assert cache_file().read_bytes() == b""


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


def test_on_the_set_up_database_the_handler_records_the_damage_and_the_discard(
    secure_central, memory_keyring, capsys, monkeypatch
):
    """Production set-up: the laptop records "cache_damaged" and a rebuild that discards
    through the server's record_event (the kinds and details `central setup` copied)."""
    from secure_support import HANDLER, PASSWORD, populate_secure

    populate_secure(secure_central)
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    assert run(capsys, "sync", "--user", HANDLER)[0] == 0
    path = data_dir() / f"cache-{HANDLER}.sqlite"
    path.write_bytes(b"")
    code, _, err = run(capsys, "sync", "--user", HANDLER)
    assert code == 6 and "the local cache file is empty (0 bytes)" in err
    code, out, err = run(
        capsys, "cache", "rebuild", "--user", HANDLER, "--discard-unpushed", "--confirm", HANDLER
    )
    assert code == 0, err
    with secure_central.connect_admin() as connection:
        rows = connection.execute(
            "SELECT actor, action, details FROM audit_events "
            "WHERE action IN ('cache_damaged', 'cache_rebuilt') ORDER BY seq"
        ).fetchall()
    assert [(actor, action) for actor, action, _ in rows] == [
        (HANDLER, "cache_damaged"),
        (HANDLER, "cache_damaged"),
        (HANDLER, "cache_rebuilt"),
    ]
    details = [json.loads(d) if isinstance(d, str) else d for _, _, d in rows]
    assert details[0] == {"reason": "empty", "during": "sync"}
    assert details[1] == {"reason": "empty", "during": "cache_rebuild"}
    assert details[2]["uncounted"] is True
