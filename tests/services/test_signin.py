"""Signing in against the central database (SQLite and PostgreSQL), changing a password,
the role checks on a signed-in identity, and offline sign-in against the local cache."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from factories import TEST_PASSWORD, make_handler
from sqlalchemy import select, text, update

from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.accounts.authorization import require_role, require_supervisor
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import (
    WRONG_CREDENTIALS,
    offline_verifier,
    remember_offline,
    set_password,
    sign_in,
    sign_in_offline,
    unknown_actor,
)
from cumuldesk.services.cache_service import cache_path, open_cache
from cumuldesk.storage.audit import pseudonym_key
from cumuldesk.storage.cache import CacheMismatch, LocalCache
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.keys import SERVICE
from cumuldesk.storage.models import AuditEvent, Base, Handler, Language, Role

UNKNOWN = object()
EVA_PASSWORD = "eva-own-password-7"
AN_PASSWORD = "an-own-password-42"
MARC_PASSWORD = "marc-own-password-9"


@pytest.fixture
def factory(central_engine):
    factory = session_factory(central_engine)
    with factory.begin() as session:
        session.add_all(
            [
                make_handler("eva.demo", Role.SUPERVISOR, "Team Gent", EVA_PASSWORD),
                make_handler("an.demo", Role.HANDLER, "Team Gent", AN_PASSWORD),
                make_handler("old.hand", Role.HANDLER, "Team Gent", active=False),
                make_handler("new.hand", Role.HANDLER, "Team Gent", password=None),
            ]
        )
    return factory


def events(factory) -> list[tuple[str, str, dict]]:
    with factory() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        return [(e.actor, e.action, json.loads(e.details)) for e in rows]


def database_text(engine) -> str:
    """Every value of every row of every central table, as text."""
    with engine.connect() as connection:
        return "\n".join(
            repr(tuple(row))
            for table in Base.metadata.sorted_tables
            for row in connection.execute(table.select())
        )


def test_the_right_password_signs_in_and_is_audited(factory):
    identity = sign_in(factory, "eva.demo", EVA_PASSWORD)
    assert identity == Identity("eva.demo", "Eva Demo", Role.SUPERVISOR, "Team Gent", Language.NL)
    assert identity.is_supervisor
    assert not sign_in(factory, " an.demo ", AN_PASSWORD).is_supervisor  # spaces around
    assert events(factory) == [
        ("eva.demo", "sign_in", {"mode": "online"}),
        ("an.demo", "sign_in", {"mode": "online"}),
    ]


@pytest.mark.parametrize(
    ("username", "password", "actor", "reason"),
    [
        ("an.demo", EVA_PASSWORD, "an.demo", "wrong password"),
        ("an.demo", "", "an.demo", "wrong password"),
        ("nobody.here", AN_PASSWORD, UNKNOWN, "unknown user"),
        ("old.hand", TEST_PASSWORD, "old.hand", "inactive account"),
        ("new.hand", "", "new.hand", "no password set"),
        (AN_PASSWORD + " !", AN_PASSWORD, UNKNOWN, "unknown user"),
        (AN_PASSWORD, "", UNKNOWN, "unknown user"),  # the password in the username field
        ("", AN_PASSWORD, UNKNOWN, "unknown user"),
    ],
)
def test_every_refusal_says_the_same_and_is_audited_without_the_password(
    factory, central_engine, username, password, actor, reason
):
    with pytest.raises(NotAllowed) as refused:
        sign_in(factory, username, password)
    assert str(refused.value) == WRONG_CREDENTIALS == "wrong username or password"
    assert refused.value.exit_code == 4
    if actor is UNKNOWN:  # not a real username: a keyed hash of what was typed, never the text
        with factory() as session:
            actor = unknown_actor(pseudonym_key(session, create=False), username.strip())
        assert actor.startswith("unknown:") and len(actor) == len("unknown:") + 16
    assert events(factory) == [
        (actor, "sign_in_failed", {"mode": "online", "reason": reason}),
    ]
    stored = database_text(central_engine)
    for secret in {password, AN_PASSWORD, EVA_PASSWORD, TEST_PASSWORD} - {""}:
        assert secret not in stored


def test_two_handlers_with_the_same_password_have_different_hashes(factory):
    eva = sign_in(factory, "eva.demo", EVA_PASSWORD)
    set_password(factory, eva, "an.demo", "one-shared-password")
    set_password(factory, eva, "eva.demo", "one-shared-password")
    with factory() as session:
        hashes = {h.username: h.password_hash for h in session.scalars(select(Handler))}
    assert hashes["an.demo"] != hashes["eva.demo"]
    assert hashes["an.demo"].startswith("scrypt$32768$8$1$")
    assert sign_in(factory, "an.demo", "one-shared-password").username == "an.demo"


def test_a_handler_changes_their_own_password_and_the_old_one_stops_working(
    factory, central_engine
):
    an = sign_in(factory, "an.demo", AN_PASSWORD)
    set_password(factory, an, "an.demo", "a-brand-new-password")
    assert sign_in(factory, "an.demo", "a-brand-new-password").username == "an.demo"
    with pytest.raises(NotAllowed, match=WRONG_CREDENTIALS):
        sign_in(factory, "an.demo", AN_PASSWORD)
    assert ("an.demo", "password_set", {"handler": "an.demo"}) in events(factory)
    stored = database_text(central_engine)
    assert "a-brand-new-password" not in stored and AN_PASSWORD not in stored


def test_a_new_password_needs_12_characters_and_not_the_username(factory):
    an = sign_in(factory, "an.demo", AN_PASSWORD)
    with pytest.raises(BadInput, match="at least 12 characters"):
        set_password(factory, an, "an.demo", "short-pw")
    with pytest.raises(BadInput, match="not be the username"):
        set_password(factory, an, "an.demo", "An.Demo     ")
    assert sign_in(factory, "an.demo", AN_PASSWORD).username == "an.demo"


def test_only_a_supervisor_sets_another_handlers_password(factory):
    an = sign_in(factory, "an.demo", AN_PASSWORD)
    with pytest.raises(NotAllowed, match="for supervisors only; an.demo is a handler"):
        set_password(factory, an, "eva.demo", "taken-over-account")
    assert sign_in(factory, "eva.demo", EVA_PASSWORD).is_supervisor
    refused = [e for e in events(factory) if e[1] == "refused"]
    assert refused == [
        (
            "an.demo",
            "refused",
            {"action": "set another handler's password", "reason": "role handler"},
        )
    ]

    eva = sign_in(factory, "eva.demo", EVA_PASSWORD)
    set_password(factory, eva, "new.hand", "first-password-of-new")  # a new account
    assert sign_in(factory, "new.hand", "first-password-of-new").username == "new.hand"
    with pytest.raises(BadInput, match="no handler 'ghost'"):
        set_password(factory, eva, "ghost", "whatever-long-password")


def test_roles_are_checked_on_the_identity_and_again_in_the_database(factory):
    eva = sign_in(factory, "eva.demo", EVA_PASSWORD)
    assert require_supervisor(factory, eva, "purge") == eva
    with factory.begin() as session:  # demoted while signed in
        session.execute(
            update(Handler).where(Handler.username == "eva.demo").values(role=Role.HANDLER)
        )
    with pytest.raises(NotAllowed, match="purge is for supervisors only; eva.demo is a handler"):
        require_supervisor(factory, eva, "purge")
    with factory.begin() as session:  # account closed while signed in
        session.execute(update(Handler).where(Handler.username == "eva.demo").values(active=False))
    with pytest.raises(NotAllowed, match="not an active handler any more"):
        require_role(factory, eva, "cache fill")
    assert [e[2]["reason"] for e in events(factory) if e[1] == "refused"] == [
        "role handler",
        "unknown or inactive handler",
    ]


# ------------------------------------------------------------------------ offline


AN = Identity("an.demo", "An Demo", Role.HANDLER, "Team Gent", Language.NL)


def an_cache(verifier=None) -> LocalCache:
    return open_cache("an.demo", create=True, remember=verifier)


def cache_events(cache: LocalCache) -> list[tuple[str, str, dict]]:
    with cache.sessions() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        return [(e.actor, e.action, json.loads(e.details)) for e in rows]


def test_offline_sign_in_against_the_cache_verifier(memory_keyring):
    with an_cache(offline_verifier(AN, AN_PASSWORD)) as cache:
        assert sign_in_offline(cache, "an.demo", AN_PASSWORD) == AN
        with pytest.raises(NotAllowed) as refused:
            sign_in_offline(cache, "an.demo", "not-the-password")
        assert str(refused.value) == WRONG_CREDENTIALS
        assert cache_events(cache) == [
            ("an.demo", "sign_in", {"mode": "offline"}),
            ("an.demo", "sign_in_failed", {"mode": "offline", "reason": "wrong password"}),
        ]
        with cache.engine.connect() as connection:
            kept = connection.execute(text("SELECT key, value FROM cache_meta")).all()
            trail = connection.execute(text("SELECT * FROM audit_events")).all()
        kept_text = repr(kept) + repr(trail)
        assert AN_PASSWORD not in kept_text and "not-the-password" not in kept_text
        assert "scrypt$32768$8$1$" in kept_text


def test_a_new_verifier_replaces_the_old_one(memory_keyring):
    with an_cache(offline_verifier(AN, AN_PASSWORD)) as cache:
        remember_offline(cache, offline_verifier(AN, "changed-password-1"))
        assert sign_in_offline(cache, "an.demo", "changed-password-1") == AN
        with pytest.raises(NotAllowed, match=WRONG_CREDENTIALS):
            sign_in_offline(cache, "an.demo", AN_PASSWORD)


def test_a_cache_without_a_verifier_asks_for_an_online_sign_in_first(memory_keyring):
    with an_cache() as cache, pytest.raises(NotAllowed, match="sign in once while the central"):
        sign_in_offline(cache, "an.demo", AN_PASSWORD)


def test_the_cache_of_an_cannot_be_used_by_marc_even_with_the_key(memory_keyring):
    marc = Identity("marc.demo", "Marc Demo", Role.HANDLER, "Équipe Bruxelles", Language.FR)
    with an_cache(offline_verifier(AN, AN_PASSWORD)) as cache:
        # marc signs in on an's cache: refused, with his own password or with an's
        for password in (MARC_PASSWORD, AN_PASSWORD):
            with pytest.raises(NotAllowed, match=WRONG_CREDENTIALS):
                sign_in_offline(cache, "marc.demo", password)
        actor, action, details = cache_events(cache)[-1]
        assert actor.startswith("unknown:") and "marc" not in actor  # not an's cache's owner
        assert (action, details) == (
            "sign_in_failed",
            {"mode": "offline", "reason": "not the owner of this cache"},
        )
        # nor can a verifier for marc be planted in an's cache
        with pytest.raises(CacheMismatch):
            remember_offline(cache, offline_verifier(marc, MARC_PASSWORD))

    # an's file under marc's name, with an's key handed to marc: still an's cache
    an_key = memory_keyring.secrets[(SERVICE, "an.demo")]
    shutil.copyfile(cache_path("an.demo"), cache_path("marc.demo"))
    shutil.copyfile(
        cache_path("an.demo").with_suffix(".keycheck"),
        cache_path("marc.demo").with_suffix(".keycheck"),
    )
    memory_keyring.secrets[(SERVICE, "marc.demo")] = an_key
    with pytest.raises(CacheMismatch, match="belongs to another handler"):
        open_cache("marc.demo")
    with pytest.raises(CacheMismatch):
        LocalCache.open(cache_path("an.demo"), bytes.fromhex(an_key), owner="marc.demo")
    assert os.path.exists(cache_path("an.demo"))
