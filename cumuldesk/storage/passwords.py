"""Password hashes: scrypt (memory-hard), self-describing, checked in constant time.

A hash is stored as one string, `scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>`,
for example `scrypt$32768$8$1$...$...`: the cost parameters travel with the hash, so
stronger ones can be chosen later while older hashes still verify. Each hash has its
own random 16-byte salt, so two handlers with the same password get different hashes.
With n=2**15, r=8 one hash needs 32 MiB of memory and about 0.05-0.15 s of CPU, which
makes guessing with graphics cards or dedicated chips expensive.

The password is normalised to Unicode NFKC first (as NIST SP 800-63B advises), so that
"é" typed as one or two code points gives the same hash on every keyboard.

A clear password is never stored or logged; this module never writes anything.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import unicodedata

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

ALGORITHM = "scrypt"
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
HASH_BYTES = 32
SALT_BYTES = 16
# Bounds on the parameters read from a stored hash: a hash written into the database by
# someone else must not make a sign-in take gigabytes of memory.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16


def _encode(password: str) -> bytes:
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return Scrypt(salt=salt, length=length, n=n, r=r, p=p).derive(_encode(password))


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """A new self-describing scrypt hash of `password`, with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, n, r, p, HASH_BYTES)
    return f"{ALGORITHM}${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != ALGORITHM:
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    power_of_two = n > 1 and n & (n - 1) == 0
    if not (power_of_two and n <= _MAX_N and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        return None
    if len(salt) < 8 or not 16 <= len(digest) <= 64:
        return None
    return n, r, p, salt, digest


def is_password_hash(stored: str | None) -> bool:
    """Whether `stored` is a hash this module can verify."""
    return stored is not None and _parse(stored) is not None


# Verified against when there is no usable hash, so that an unknown user takes as long
# to refuse as a wrong password (the time does not tell which usernames exist).
_DUMMY_SALT = secrets.token_bytes(SALT_BYTES)


def verify_password(password: str, stored: str | None) -> bool:
    """Whether `password` matches the hash `stored`. False for no hash or an unreadable
    one, after the same amount of work as a real check."""
    parsed = None if stored is None else _parse(stored)
    if parsed is None:
        _derive(password, _DUMMY_SALT, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
        return False
    n, r, p, salt, expected = parsed
    try:
        actual = _derive(password, salt, n, r, p, len(expected))
    except (ValueError, UnsupportedAlgorithm, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)
