"""Where the key of a handler's local cache is kept: the system keyring, or a passphrase
(a salt file beside the cache). See `cumuldesk.storage.keys`, which makes and loads the
key and re-exports the names below.

Kept light on purpose: the window's sign-in dialog asks these questions (whether to show
the cache passphrase field) before SQLAlchemy, the cache and cryptography are loaded
(issue 16: the start), so this module imports python-keyring only inside
`keyring_available` and nothing of the storage.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# the cache passphrase for scripts and tests (weaker than typing it: see storage.keys)
PASSPHRASE_ENV = "CUMULDESK_CACHE_PASSPHRASE"


class KeySource(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


def salt_path(cache_path: Path) -> Path:
    """The salt file beside a cache whose key comes from a passphrase."""
    return cache_path.with_suffix(".salt")


def key_source(cache_path: Path) -> KeySource:
    """Where the key of the (existing) cache at `cache_path` is kept: fixed when the cache
    is created, a salt file beside it means passphrase."""
    return KeySource.PASSPHRASE if salt_path(cache_path).exists() else KeySource.KEYRING


def is_safe(backend: KeyringBackend) -> bool:
    """A backend that really protects the secret (not the fail or a plaintext one)."""
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends) and all(is_safe(b) for b in backend.backends)
    module = type(backend).__module__
    return not module.startswith("keyrings.alt") and "plaintext" not in module.lower()


def keyring_available() -> bool:
    """Whether the system keyring can keep the cache key (python-keyring is loaded here,
    at the first question: its first answer costs 0.1 s or more, it tries every backend
    it knows)."""
    import keyring
    import keyring.errors

    try:
        return is_safe(keyring.get_keyring())
    except keyring.errors.KeyringError:
        return False
