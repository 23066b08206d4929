"""Rebuilding the local cache loses nothing unsaid (issue 15): `inspect_cache` counts what
a rebuild would lose, `rebuild_cache` refuses unless told to discard and confirmed with
the username, keeps the old cache as a backup; a damaged cache is recorded centrally;
the desktop sign-in reports a cache that does not open with the rebuild offer."""

from __future__ import annotations

import json
import os
import stat

import pytest
from cache_data import INSZ, USER, populate_central
from factories import TEST_PASSWORD, identity_of
from sqlalchemy import text

from cumuldesk.config import CentralConfig
from cumuldesk.services import cache_service
from cumuldesk.services.accounts import desktop_signin
from cumuldesk.services.cache_service import (
    DAMAGED,
    LOCKED,
    MISSING,
    OPENS,
    DiscardNotConfirmed,
    UnpushedChanges,
    cache_path,
    fill_cache,
    inspect_cache,
    open_cache,
    rebuild_cache,
    record_damage,
)
from cumuldesk.services.cases import add_note
from cumuldesk.services.central.connect import Central
from cumuldesk.storage.cache import CacheDamaged, CacheLocked
from cumuldesk.storage.database import DatabaseUnavailable, migrate, open_central, session_factory
from cumuldesk.storage.keys import SERVICE

CASE = "CD-2023-000427"


@pytest.fixture
def central(sqlite_central_url, monkeypatch):
    url = sqlite_central_url
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", url)
    engine = open_central(url)
    migrate(engine)
    populate_central(engine)
    central = Central(CentralConfig(url, False, "test"), engine, session_factory(engine))
    yield central
    central.close()


@pytest.fixture
def an(central):
    return identity_of(central.sessions, USER)


def with_a_note(central, an) -> None:
    fill_cache(central, an)
    with open_cache(USER) as cache:
        add_note(cache, an, CASE, "Teruggebeld")


def damage_events(central) -> list[dict]:
    with central.engine.connect() as connection:
        details = connection.scalars(
            text("SELECT details FROM audit_events WHERE action = 'cache_damaged' ORDER BY seq")
        )
        return [json.loads(d) for d in details]


def test_inspect_says_missing_opens_locked_damaged(central, an, memory_keyring):
    assert inspect_cache(USER).state == MISSING and not inspect_cache(USER).at_risk
    with_a_note(central, an)
    found = inspect_cache(USER)
    assert found.state == OPENS and found.unpushed == {"audit": 1, "note": 1}
    assert found.at_risk and found.loss() == (
        "2 change(s) not yet in the central database will be lost (1 note(s), 1 audit event(s))"
    )
    right = memory_keyring.secrets[(SERVICE, USER)]
    memory_keyring.secrets[(SERVICE, USER)] = os.urandom(32).hex()
    found = inspect_cache(USER)
    assert found.state == LOCKED and found.unpushed is None and found.at_risk
    assert "cannot be counted" in found.loss()
    memory_keyring.secrets[(SERVICE, USER)] = right
    cache_path(USER).write_bytes(b"")
    found = inspect_cache(USER)
    assert (found.state, found.reason, found.unpushed) == (DAMAGED, "empty", None)


def test_rebuild_asks_for_the_username_and_keeps_the_old_cache(central, an, memory_keyring):
    with_a_note(central, an)
    before = cache_path(USER).read_bytes()
    with pytest.raises(UnpushedChanges, match=r"\(1 note\(s\), 1 audit event\(s\)\)"):
        rebuild_cache(central, an)
    shown = []
    for typed in (None, "", "an.handle", "other.handler"):
        with pytest.raises(DiscardNotConfirmed, match="nothing was deleted"):
            rebuild_cache(
                central,
                an,
                discard_unpushed=True,
                confirm=lambda found, typed=typed: shown.append(found) or typed,
            )
        assert cache_path(USER).read_bytes() == before
    assert shown[0].unpushed_total == 2
    with pytest.raises(DiscardNotConfirmed):  # no one to ask
        rebuild_cache(central, an, discard_unpushed=True)

    result = rebuild_cache(central, an, discard_unpushed=True, confirm=lambda _found: USER)
    assert result.stored == 4 and result.discarded == 2 and result.backup is not None
    assert (result.backup / cache_path(USER).name).read_bytes() == before
    assert stat.S_IMODE(result.backup.stat().st_mode) == 0o700
    assert inspect_cache(USER).unpushed == {}
    with central.engine.connect() as connection:
        details = connection.scalar(
            text("SELECT details FROM audit_events WHERE action = 'cache_rebuilt'")
        )
    assert json.loads(details) == {"dossiers": 4, "discarded": 2, "law_data_version": 1}


def test_a_backup_that_cannot_be_made_falls_back_to_deleting(
    central, an, memory_keyring, monkeypatch
):
    with_a_note(central, an)

    def refuse(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_service, "set_aside", refuse)
    result = rebuild_cache(central, an, discard_unpushed=True, confirm=lambda _found: USER)
    assert result.backup is None and result.discarded == 2
    assert inspect_cache(USER).state == OPENS


def test_a_locked_cache_is_refused_without_discard_and_counted_as_uncountable(
    central, an, memory_keyring
):
    with_a_note(central, an)
    memory_keyring.secrets[(SERVICE, USER)] = os.urandom(32).hex()
    before = cache_path(USER).read_bytes()
    with pytest.raises(CacheLocked, match="probably wrong") as refused:
        rebuild_cache(central, an)
    assert refused.value.exit_code == 5 and cache_path(USER).read_bytes() == before
    result = rebuild_cache(central, an, discard_unpushed=True, confirm=lambda _found: USER)
    assert result.discarded is None  # could not be counted
    assert result.condition is not None and result.condition.state == LOCKED


def test_a_damaged_cache_is_recorded_centrally_by_fill_and_rebuild(central, an, memory_keyring):
    with_a_note(central, an)
    cache_path(USER).unlink()
    cache_path(USER).symlink_to("/dev/null")
    with pytest.raises(CacheDamaged) as refused:
        fill_cache(central, an)
    assert refused.value.reason == "link" and refused.value.exit_code == 6
    with pytest.raises(CacheDamaged, match="Nothing was deleted"):
        rebuild_cache(central, an)
    assert cache_path(USER).is_symlink()
    assert damage_events(central) == [
        {"reason": "link", "during": "cache_fill"},
        {"reason": "link", "during": "cache_rebuild"},
    ]


def test_recording_the_damage_is_best_effort(central, an):
    def unreachable() -> Central:
        raise DatabaseUnavailable("cannot reach the central database")

    assert record_damage(unreachable, USER, "empty", "sync") is False
    assert record_damage(lambda: central, USER, "empty", "sync") is True
    assert damage_events(central) == [{"reason": "empty", "during": "sync"}]


# --------------------------------------------------------------- desktop sign-in


def test_the_desktop_sign_in_reports_a_damaged_cache_with_the_rebuild_offer(
    central, an, memory_keyring
):
    with_a_note(central, an)
    cache_path(USER).write_bytes(b"")
    with pytest.raises(CacheDamaged) as refused:
        desktop_signin.sign_in_work(USER, TEST_PASSWORD)
    assert desktop_signin.can_rebuild(refused.value)
    assert "offers to rebuild it" in str(refused.value)
    assert cache_path(USER).read_bytes() == b""  # not replaced
    assert damage_events(central) == [{"reason": "empty", "during": "sign_in"}]


def test_offline_a_damaged_cache_cannot_be_rebuilt(central, an, memory_keyring, monkeypatch):
    with_a_note(central, an)
    cache_path(USER).write_bytes(b"")
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", "postgresql+psycopg://db@127.0.0.1:1/db")
    with pytest.raises(CacheDamaged) as refused:
        desktop_signin.sign_in_work(USER, TEST_PASSWORD)
    assert not desktop_signin.can_rebuild(refused.value)
    assert "cannot be reached now" in str(refused.value)


def test_the_window_rebuild_discards_no_more_than_it_showed(central, an, memory_keyring):
    with_a_note(central, an)
    shown = desktop_signin.inspect_work(USER)
    assert shown.unpushed_total == 2
    with open_cache(USER) as cache:  # one more change after the dialog counted
        add_note(cache, an, CASE, "Nog een")
    with pytest.raises(DiscardNotConfirmed):
        desktop_signin.rebuild_work(USER, TEST_PASSWORD, USER, shown)
    assert inspect_cache(USER).unpushed_total == 4
    progress: list[tuple[int, int]] = []
    result = desktop_signin.rebuild_work(
        USER,
        TEST_PASSWORD,
        USER,
        desktop_signin.inspect_work(USER),
        progress=lambda done, total: progress.append((done, total)),
    )
    assert result.discarded == 4 and result.backup is not None and progress[-1] == (4, 4)
    with open_cache(USER) as cache:
        assert cache.has_dossier(INSZ)
