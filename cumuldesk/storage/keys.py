"""The key of a handler's local cache: random, kept in the operating system's keyring.

- With a working keyring (Windows Credential Manager, macOS Keychain, Secret Service
  on a Linux desktop): 32 random bytes, stored as hex under the service
  "CumulDesk cache", account = the username.
- Without one (no desktop session: keyring falls back to a backend that refuses to
  store, `NoKeyringError`): the key is derived from a passphrase with scrypt
  (n=2**15, r=8, p=1) and a random salt kept beside the cache in
  `cache-<user>.salt` (the salt is not secret). The passphrase is asked at the
  terminal, or read from the environment variable CUMULDESK_CACHE_PASSPHRASE
  (for scripts and tests; weaker: the environment can be read by other programs of
  the same user and may end up in shell history or logs).

Which way a cache uses is fixed when it is created: a salt file beside it means
passphrase. The key is never written to a file in clear. A plaintext keyring backend
(`keyrings.alt`) is never used, even when it happens to be installed.

That rule (`key_source`), the salt file's name, the keyring's safety check and
PASSPHRASE_ENV live in the light `cumuldesk.storage.key_place` (the sign-in dialog asks
them before this module's cryptography is loaded) and are re-exported here.
"""

from __future__ import annotations

import getpass
import json
import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.errors
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cumuldesk.errors import BadInput
from cumuldesk.storage.cache import KEY_BYTES, CacheLocked, write_private
from cumuldesk.storage.key_place import PASSPHRASE_ENV as PASSPHRASE_ENV
from cumuldesk.storage.key_place import KeySource as KeySource
from cumuldesk.storage.key_place import key_source as key_source
from cumuldesk.storage.key_place import keyring_available as keyring_available
from cumuldesk.storage.key_place import salt_path as salt_path

SERVICE = "CumulDesk cache"
MIN_PASSPHRASE_LENGTH = 12
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16


class KeyUnavailable(CacheLocked):
    """The key cannot be had right now (no passphrase given, keyring locked): supplying it
    is the way out, not rebuilding the cache."""


@dataclass(frozen=True)
class CacheKey:
    key: bytes = field(repr=False)
    source: KeySource


# A passphrase source gets `new=True` when a passphrase is being chosen (ask twice).
PassphraseSource = Callable[[bool], str]


# -------------------------------------------------------------------------- keyring


def _keyring_get(username: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, username)
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailable(
            f"the system keyring cannot be read ({type(exc).__name__}): unlock it and retry"
        ) from None


# ------------------------------------------------------------------------ passphrase


def passphrase_from_environment_or_terminal(new: bool) -> str:
    """CUMULDESK_CACHE_PASSPHRASE if set, else ask at the terminal (twice for a new one)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise KeyUnavailable(
            "no system keyring is available, so the cache key comes from a passphrase: "
            f"run in a terminal to type it, or set {PASSPHRASE_ENV}"
        )
    first = getpass.getpass("Passphrase of the local cache: ")
    if new and getpass.getpass("Type it again: ") != first:
        raise BadInput("the two passphrases differ")
    return first


def derive_key(
    passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _read_salt(path: Path) -> tuple[bytes, int, int, int]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("kdf") != "scrypt":
            raise ValueError("unknown key derivation")
        return bytes.fromhex(data["salt"]), int(data["n"]), int(data["r"]), int(data["p"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise CacheLocked(f"the salt file {path.name} beside the cache is unreadable") from None


def _passphrase_key(cache_path: Path, passphrase: PassphraseSource, new: bool) -> CacheKey:
    path = salt_path(cache_path)
    text = passphrase(new)
    if new:
        if len(text) < MIN_PASSPHRASE_LENGTH:
            raise BadInput(
                f"the passphrase of the local cache needs at least {MIN_PASSPHRASE_LENGTH} "
                "characters"
            )
        salt = secrets.token_bytes(SALT_BYTES)
        record = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()}
        write_private(path, (json.dumps(record) + "\n").encode("ascii"))
        return CacheKey(derive_key(text, salt), KeySource.PASSPHRASE)
    salt, n, r, p = _read_salt(path)
    return CacheKey(derive_key(text, salt, n, r, p), KeySource.PASSPHRASE)


# --------------------------------------------------------------------------- public


def new_key(
    username: str,
    cache_path: Path,
    passphrase: PassphraseSource = passphrase_from_environment_or_terminal,
) -> CacheKey:
    """Make and keep the key of a new cache (replacing any earlier key of this user)."""
    if keyring_available():
        key = secrets.token_bytes(KEY_BYTES)
        try:
            keyring.set_password(SERVICE, username, key.hex())
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable(
                f"the system keyring refused to keep the cache key ({type(exc).__name__})"
            ) from None
        salt_path(cache_path).unlink(missing_ok=True)
        return CacheKey(key, KeySource.KEYRING)
    return _passphrase_key(cache_path, passphrase, new=True)


def load_key(
    username: str,
    cache_path: Path,
    passphrase: PassphraseSource = passphrase_from_environment_or_terminal,
) -> CacheKey:
    """The key of the existing cache at `cache_path`; CacheLocked when it cannot be had."""
    if key_source(cache_path) is KeySource.PASSPHRASE:
        return _passphrase_key(cache_path, passphrase, new=False)
    if not keyring_available():
        raise CacheLocked(
            "the key of this cache is kept in the system keyring, which is not available "
            "now (no desktop session?)"
        )
    stored = _keyring_get(username)
    if stored is None:
        raise CacheLocked("the system keyring holds no key for this cache")
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise CacheLocked("the cache key in the system keyring is not a valid key")
    return CacheKey(key, KeySource.KEYRING)


def keep_key_for_backup(username: str, label: str) -> bool:
    """Copy this handler's cache key in the system keyring to the account
    "<username>/<label>" (the backup folder's name), so that a cache set aside by a rebuild
    can still be opened by support. Whether a key was copied: there is none to copy in
    passphrase mode (the salt goes with the backup), without a keyring, or when the
    keyring holds no key. Never raises for the keyring: the backup is a courtesy."""
    if not keyring_available():
        return False
    try:
        stored = keyring.get_password(SERVICE, username)
        if stored is None:
            return False
        keyring.set_password(SERVICE, f"{username}/{label}", stored)
    except keyring.errors.KeyringError:
        return False
    return True


def forget_key(username: str, cache_path: Path) -> None:
    """Remove the key of this cache: the keyring entry and the salt file."""
    salt_path(cache_path).unlink(missing_ok=True)
    if not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, username)
    except keyring.errors.PasswordDeleteError:
        pass  # there was none
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailable(
            f"the system keyring refused to remove the cache key ({type(exc).__name__})"
        ) from None
