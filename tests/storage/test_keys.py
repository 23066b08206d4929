"""The cache key: random in the system keyring, or derived from a passphrase (scrypt)
when there is no keyring; never written in clear to a file."""

from __future__ import annotations

import json
import stat

import keyring
import pytest
from cache_data import USER, MemoryKeyring
from keyring.backends import fail

from cumuldesk.errors import BadInput
from cumuldesk.storage.cache import CacheLocked, LocalCache
from cumuldesk.storage.keys import (
    PASSPHRASE_ENV,
    SERVICE,
    KeySource,
    derive_key,
    forget_key,
    keyring_available,
    load_key,
    new_key,
    passphrase_from_environment_or_terminal,
    salt_path,
)

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def no_keyring(monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def path(tmp_path):
    return tmp_path / f"cache-{USER}.sqlite"


def all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_a_random_key_is_kept_in_the_keyring(memory_keyring, path):
    made = new_key(USER, path)
    assert made.source is KeySource.KEYRING and len(made.key) == 32
    assert memory_keyring.secrets[(SERVICE, USER)] == made.key.hex()
    assert load_key(USER, path) == made
    assert not salt_path(path).exists()
    assert new_key(USER, path).key != made.key  # random, not derived from the name


def test_the_key_never_lands_in_a_file(memory_keyring, path):
    made = new_key(USER, path)
    LocalCache.open(path, made.key, create=True).close()
    data = all_bytes(path.parent)
    assert made.key not in data and made.key.hex().encode() not in data
    assert made.key.hex().upper().encode() not in data


def test_without_keyring_the_key_comes_from_a_passphrase(no_keyring, path):
    assert not keyring_available()
    made = new_key(USER, path)
    assert made.source is KeySource.PASSPHRASE
    salt = json.loads(salt_path(path).read_text())
    assert salt["kdf"] == "scrypt" and (salt["n"], salt["r"], salt["p"]) == (2**15, 8, 1)
    assert made.key == derive_key(PASSPHRASE, bytes.fromhex(salt["salt"]))
    assert stat.S_IMODE(salt_path(path).stat().st_mode) == 0o600
    LocalCache.open(path, made.key, create=True).close()
    assert load_key(USER, path).key == made.key
    assert made.key not in all_bytes(path.parent)


def test_a_wrong_passphrase_does_not_open_the_cache(no_keyring, path, monkeypatch):
    LocalCache.open(path, new_key(USER, path).key, create=True).close()
    monkeypatch.setenv(PASSPHRASE_ENV, "a different passphrase")
    with pytest.raises(CacheLocked, match="cannot be opened with this key"):
        LocalCache.open(path, load_key(USER, path).key)


def test_no_passphrase_and_no_terminal_says_what_to_do(no_keyring, path, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(CacheLocked, match=PASSPHRASE_ENV):
        new_key(USER, path)


def test_the_passphrase_is_asked_twice_at_the_terminal(no_keyring, path, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter([PASSPHRASE, "not the same passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    with pytest.raises(BadInput, match="differ"):
        passphrase_from_environment_or_terminal(True)


def test_a_short_new_passphrase_is_refused(no_keyring, path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "short")
    with pytest.raises(BadInput, match="at least 12"):
        new_key(USER, path)
    assert not salt_path(path).exists()


def test_a_keyring_cache_without_keyring_now_is_locked(memory_keyring, path):
    LocalCache.open(path, new_key(USER, path).key, create=True).close()
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(CacheLocked, match="system keyring, which is not available"):
        load_key(USER, path)


def test_a_missing_keyring_entry_is_locked(memory_keyring, path):
    LocalCache.open(path, new_key(USER, path).key, create=True).close()
    memory_keyring.secrets.clear()
    with pytest.raises(CacheLocked, match="holds no key"):
        load_key(USER, path)


def test_a_plaintext_keyring_is_never_used(path, no_keyring):
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    assert not keyring_available()
    assert new_key(USER, path).source is KeySource.PASSPHRASE


def test_forget_key_removes_the_entry_and_the_salt(memory_keyring, path, monkeypatch):
    new_key(USER, path)
    salt_path(path).write_text("{}")
    forget_key(USER, path)
    assert memory_keyring.secrets == {} and not salt_path(path).exists()
    forget_key(USER, path)  # nothing left to forget: no error
