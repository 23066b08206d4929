"""The lock screen's check on the production set-up (PostgreSQL, the handler's own login
role): a closed account cannot unlock the window even with the password the laptop's
cache still knows; a wrong password stays a wrong password; when the server is away the
cache decides."""

from __future__ import annotations

import pytest
from secure_support import PASSWORD, add_account, admin_factory, unique_username

from cumuldesk.config import CentralConfig
from cumuldesk.errors import NotAllowed
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import offline_verifier, remember_offline
from cumuldesk.services.accounts.unlock import AccountRefused, check_unlock, connector
from cumuldesk.services.cache_service import open_cache
from cumuldesk.storage.models import Language, Role


@pytest.fixture
def handler(secure_central, memory_keyring):
    """A handler account (login role) of the set-up database and their laptop's cache,
    holding the verifier of their last online sign-in."""
    username = unique_username("lock")
    engine, factory = admin_factory(secure_central)
    add_account(factory, username, "T")
    engine.dispose()
    identity = Identity(
        username, username.replace(".", " ").title(), Role.HANDLER, "T", Language.NL
    )
    cache = open_cache(username, create=True)
    remember_offline(cache, offline_verifier(identity, PASSWORD))
    yield username, cache
    cache.close()


def laptop(central) -> CentralConfig:
    return CentralConfig(central.laptop_url, is_demo=False, origin="test")


def test_the_server_checks_the_password_at_unlock(secure_central, handler):
    username, cache = handler
    unlocked = check_unlock(cache, username, PASSWORD, connector(laptop(secure_central)))
    assert unlocked.online and unlocked.identity.username == username
    with pytest.raises(NotAllowed) as refused:
        check_unlock(cache, username, "a-wrong-guess-12", connector(laptop(secure_central)))
    assert not isinstance(refused.value, AccountRefused)
    assert str(refused.value).startswith("wrong username or password")


def test_a_closed_account_cannot_unlock(secure_central, handler):
    username, cache = handler
    with secure_central.connect_admin(autocommit=True) as connection:
        connection.execute("SELECT cumuldesk_api.close_handler(%s)", (username,))
    with pytest.raises(AccountRefused) as refused:
        check_unlock(cache, username, PASSWORD, connector(laptop(secure_central)))
    assert "no longer accepts your password" in str(refused.value)
    assert refused.value.text is not None  # the window shows it in the handler's language


def test_with_the_server_away_the_cache_decides(handler):
    username, cache = handler
    away = CentralConfig("postgresql+psycopg://127.0.0.1:1/cumuldesk", False, "test")
    unlocked = check_unlock(cache, username, PASSWORD, connector(away))
    assert not unlocked.online and unlocked.identity.username == username
