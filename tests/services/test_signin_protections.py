"""Sign-in protections a handler notices: after three failed sign-ins in a row the refusal
says that further attempts are slowed; what is typed in the username field never lands in
a trail or a file as typed; trivial new passwords are refused, one sentence each; offline
sign-in expires after the configured number of days since the last online sign-in."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from factories import make_handler
from sqlalchemy import select

from cumuldesk.cli import main
from cumuldesk.config import ConfigError, offline_sign_in_days
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.paths import data_dir
from cumuldesk.services.accounts import signin_guard
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import (
    WRONG_CREDENTIALS,
    check_new_password,
    offline_verifier,
    remember_offline,
    set_password,
    sign_in,
    sign_in_offline,
)
from cumuldesk.services.cache_service import open_cache
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import AuditEvent, Language, Role

AN_PASSWORD = "an-own-password-42"
EVA_PASSWORD = "eva-own-password-7"
AN = Identity("an.demo", "An Demo", Role.HANDLER, "Team Gent", Language.NL)
SLOWED = "This is failed sign-in 3 in a row for this username on this computer: "
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def factory(central_engine):
    factory = session_factory(central_engine)
    with factory.begin() as session:
        session.add_all(
            [
                make_handler("eva.demo", Role.SUPERVISOR, "Team Gent", EVA_PASSWORD),
                make_handler("an.demo", Role.HANDLER, "Team Gent", AN_PASSWORD),
            ]
        )
    return factory


@pytest.fixture(autouse=True)
def waits(monkeypatch) -> list[float]:
    """The seconds the embedded database's sign-in waited (recorded, not slept)."""
    waited: list[float] = []
    monkeypatch.setattr("cumuldesk.services.accounts.signin.time.sleep", waited.append)
    return waited


def slowed(factory) -> str:
    """What the third failure says: the server slows (PostgreSQL), or CumulDesk itself
    waits (the embedded SQLite database, which has no server)."""
    embedded = factory.kw["bind"].dialect.name == "sqlite"
    return (
        "waits longer before each further attempt"
        if embedded
        else ("slows down every further attempt")
    )


def guard_file() -> str:
    path = data_dir() / signin_guard.FILE_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def refusal_of(action) -> NotAllowed:
    with pytest.raises(NotAllowed) as refused:
        action()
    return refused.value


# ------------------------------------------------------------- failures in a row


def test_the_third_failure_in_a_row_says_the_server_slows_further_attempts(factory):
    for _ in range(2):
        refused = refusal_of(lambda: sign_in(factory, "an.demo", "a-wrong-guess-1"))
        assert str(refused) == WRONG_CREDENTIALS
    refused = refusal_of(lambda: sign_in(factory, "an.demo", "a-wrong-guess-1"))
    assert str(refused).startswith(f"{WRONG_CREDENTIALS}. {SLOWED}")
    assert slowed(factory) in str(refused) and refused.exit_code == 4
    assert isinstance(refused, signin_guard.WrongCredentials) and refused.note is not None
    refused = refusal_of(lambda: sign_in(factory, "an.demo", "a-wrong-guess-1"))
    assert "failed sign-in 4 in a row" in str(refused)
    # another username has its own count
    assert str(refusal_of(lambda: sign_in(factory, "eva.demo", "x"))) == WRONG_CREDENTIALS

    assert sign_in(factory, "an.demo", AN_PASSWORD).username == "an.demo"  # forgets the count
    assert str(refusal_of(lambda: sign_in(factory, "an.demo", "x"))) == WRONG_CREDENTIALS


def test_the_command_line_says_it_too(factory, central_url, capsys, monkeypatch):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    monkeypatch.setenv("CUMULDESK_PASSWORD", "a-wrong-guess-1")
    for expected in ("", "", SLOWED):
        assert main(["purge", "--dry-run", "--user", "an.demo"]) == 4
        err = capsys.readouterr().err
        assert err.startswith(f"cumuldesk: {WRONG_CREDENTIALS}") and expected in err
    assert "Check the username and the password" in err and "a-wrong-guess" not in err


def test_the_embedded_database_waits_itself_from_the_third_failure(factory, waits):
    """No server slows guessing on the embedded SQLite database: CumulDesk waits 1, 2, 4,
    ... at most 8 seconds before checking a password, from the third failure in a row."""
    for _ in range(6):
        refusal_of(lambda: sign_in(factory, "an.demo", "a-wrong-guess-1"))
    assert sign_in(factory, "an.demo", AN_PASSWORD).username == "an.demo"
    embedded = factory.kw["bind"].dialect.name == "sqlite"
    assert [w for w in waits if w] == ([1.0, 2.0, 4.0, 8.0] if embedded else [])


def test_failures_long_ago_do_not_count(factory):
    then = NOW - timedelta(days=2)
    for _ in range(2):
        signin_guard.failed("an.demo", known=True, clock=lambda: then)
    assert signin_guard.failed("an.demo", known=True, clock=lambda: NOW) is None
    assert signin_guard.count("an.demo", clock=lambda: NOW) == 1


def test_the_counts_file_holds_real_usernames_only_and_never_a_password(factory):
    for _ in range(3):
        refusal_of(lambda: sign_in(factory, "an.demo", "a-wrong-guess-1"))
        # the password typed in the username field
        refusal_of(lambda: sign_in(factory, AN_PASSWORD, "something"))
        refusal_of(lambda: sign_in(factory, "no.such.user", "something"))
    kept = guard_file()
    assert "an.demo" in kept  # a real username, by its name
    for typed in (AN_PASSWORD, "no.such.user", "a-wrong-guess-1", "something"):
        assert typed not in kept
    counts = json.loads(kept)["failures"]
    assert sorted(entry["count"] for entry in counts.values()) == [3, 3, 3]
    # the unknown ones are counted all the same: the third refusal says so
    assert "failed sign-in 4 in a row" in str(
        refusal_of(lambda: sign_in(factory, AN_PASSWORD, "x"))
    )


def test_a_damaged_counts_file_never_stops_a_sign_in(factory):
    path = data_dir() / signin_guard.FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert str(refusal_of(lambda: sign_in(factory, "an.demo", "x"))) == WRONG_CREDENTIALS
    assert sign_in(factory, "an.demo", AN_PASSWORD).username == "an.demo"


def test_the_connection_path_counts_through_refusal():
    """What the production connection path raises when PostgreSQL refuses the login."""
    errors = [signin_guard.refusal("tom.janssens") for _ in range(3)]
    assert [e.note is None for e in errors] == [True, True, False]
    assert all(isinstance(e, NotAllowed) and e.exit_code == 4 for e in errors)
    assert "tom.janssens" not in guard_file()  # not known to be real: kept as a keyed hash
    signin_guard.succeeded("tom.janssens")
    assert signin_guard.count("tom.janssens") == 0


# ------------------------------------------------------------------------ offline


def an_cache(*, signed_in_at: datetime | None = None):
    cache = open_cache("an.demo", create=True)
    remember_offline(
        cache, offline_verifier(AN, AN_PASSWORD), clock=lambda: signed_in_at or datetime.now(UTC)
    )
    return cache


def cache_events(cache) -> list[tuple[str, str, dict]]:
    with cache.sessions() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        return [(e.actor, e.action, json.loads(e.details)) for e in rows]


def test_offline_failures_are_counted_too(memory_keyring):
    with an_cache() as cache:
        for _ in range(2):
            refusal_of(lambda: sign_in_offline(cache, "an.demo", "a-wrong-guess-1"))
        refused = refusal_of(lambda: sign_in_offline(cache, "an.demo", "a-wrong-guess-1"))
        assert str(refused).startswith(f"{WRONG_CREDENTIALS}. This is failed sign-in 3 in a row")
        assert "sign in once while the central database can be reached" in str(refused)
        assert sign_in_offline(cache, "an.demo", AN_PASSWORD) == AN
        assert signin_guard.count("an.demo") == 0


def test_a_name_that_is_not_the_owner_is_recorded_as_a_keyed_hash(memory_keyring):
    with an_cache() as cache:
        for typed in (AN_PASSWORD, "marc.demo", AN_PASSWORD):
            refusal_of(lambda typed=typed: sign_in_offline(cache, typed, "whatever"))
        actors = [actor for actor, action, _ in cache_events(cache) if action == "sign_in_failed"]
        assert actors[0] == actors[2] != actors[1]  # the same text, the same hash
        assert all(a.startswith("unknown:") and len(a) == 24 for a in actors)
        with cache.engine.connect() as connection:
            trail = repr(connection.exec_driver_sql("SELECT * FROM audit_events").all())
            outbox = repr(connection.exec_driver_sql("SELECT * FROM outbox").all())
        assert AN_PASSWORD not in trail + outbox and "marc.demo" not in trail + outbox
        key = cache.meta()["signin_unknown_key"]
        assert len(bytes.fromhex(key)) == 32
    # another cache has its own key: the same text hashes differently there
    with open_cache("eva.demo", create=True) as other:
        refusal_of(lambda: sign_in_offline(other, AN_PASSWORD, "whatever"))
        assert cache_events(other)[-1][0] != actors[0]


def test_offline_sign_in_expires_after_14_days_without_an_online_one(memory_keyring):
    now = datetime.now(UTC)
    with an_cache(signed_in_at=now - timedelta(days=13)) as cache:
        assert sign_in_offline(cache, "an.demo", AN_PASSWORD) == AN
    with an_cache(signed_in_at=now - timedelta(days=15)) as cache:
        refused = refusal_of(lambda: sign_in_offline(cache, "an.demo", AN_PASSWORD))
        assert "Offline sign-in has expired on this computer" in str(refused)
        assert "more than 14 days ago. Connect to the central database once" in str(refused)
        assert refused.text is not None  # shown in the window in the handler's language
        assert cache_events(cache)[-1] == (
            "an.demo",
            "sign_in_failed",
            {"mode": "offline", "reason": "offline sign-in expired", "days": 14},
        )
        # a wrong password is still just a wrong password
        assert str(refusal_of(lambda: sign_in_offline(cache, "an.demo", "x"))).startswith(
            WRONG_CREDENTIALS
        )
        # an online sign-in (which writes a new verifier) opens it again
        remember_offline(cache, offline_verifier(AN, AN_PASSWORD))
        assert sign_in_offline(cache, "an.demo", AN_PASSWORD) == AN


def test_the_administrator_sets_the_days(memory_keyring, _isolated_config):
    config = _isolated_config / "cumuldesk.toml"
    config.write_text("[security]\noffline_sign_in_days = 30\n", encoding="utf-8")
    assert offline_sign_in_days() == 30
    with an_cache(signed_in_at=datetime.now(UTC) - timedelta(days=20)) as cache:
        assert sign_in_offline(cache, "an.demo", AN_PASSWORD) == AN
        config.write_text("[security]\noffline_sign_in_days = 7\n", encoding="utf-8")
        refused = refusal_of(lambda: sign_in_offline(cache, "an.demo", AN_PASSWORD))
        assert "more than 7 days ago" in str(refused)
    for bad in ('"14"', "0", "-3", "true", "1.5"):
        config.write_text(f"[security]\noffline_sign_in_days = {bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError, match=r"\[security\] offline_sign_in_days must be a whole"):
            offline_sign_in_days()


def test_the_default_is_14_days():
    assert offline_sign_in_days() == 14


# ------------------------------------------------------------------ new passwords


@pytest.mark.parametrize(
    ("password", "said"),
    [
        ("            ", "a password must not be only spaces"),
        ("", "a password must not be only spaces"),
        ("  AN.DEMO  ", "a password must not be the username"),
        ("an.demo", "a password must not be the username"),
        ("short-pw", "a password needs at least 12 characters"),
        ("an.demo-2026", "a password must not be the username, with or without digits"),
        ("Password2024!", "a password must not be a well-known word with digits"),
        ("wachtwoord12", "a password must not be a well-known word with digits"),
        ("MotDePasse123", "a password must not be a well-known word with digits"),
        ("Passwort1234", "a password must not be a well-known word with digits"),
        ("cumuldesk2026", "a password must not be a well-known word with digits"),
        ("123456789012", "a password must not be a run of digits"),
        ("qwertyuiop12", "a password must not be a run of keyboard keys"),
        ("azerty123456", "a password must not be a run of keyboard keys"),
        ("AZERTYUIOPQS", "a password must not be a run of keyboard keys"),
        ("aaaaaaaaaaaa", "a password must not be one character repeated"),
        ("............", "a password must not be one character repeated"),
    ],
)
def test_a_trivial_new_password_is_refused_in_one_sentence(factory, password, said):
    with pytest.raises(BadInput) as refused:
        check_new_password("an.demo", password)
    assert str(refused.value).startswith(said)
    an = sign_in(factory, "an.demo", AN_PASSWORD)
    with pytest.raises(BadInput, match=said.split(":")[0]):
        set_password(factory, an, "an.demo", password)
    assert sign_in(factory, "an.demo", AN_PASSWORD).username == "an.demo"  # unchanged


@pytest.mark.parametrize(
    "password", ["an-demo-password", "correct horse battery", "qwer1234tyui", "Zorgtoeslag-77"]
)
def test_a_reasonable_password_is_accepted(password):
    check_new_password("an.demo", password)


def test_the_password_command_says_why(factory, central_url, capsys, monkeypatch):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    monkeypatch.setenv("CUMULDESK_PASSWORD", AN_PASSWORD)
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "wachtwoord2026")
    assert main(["password", "--user", "an.demo"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cumuldesk: a password must not be a well-known word with digits")
    assert "wachtwoord2026" not in err
