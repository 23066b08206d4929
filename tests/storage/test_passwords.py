"""Password hashes: memory-hard scrypt, a random salt per hash, self-describing, and
nothing usable when the stored value is missing or forged."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cumuldesk.storage import passwords
from cumuldesk.storage.passwords import hash_password, is_password_hash, verify_password

PASSWORD = "correct horse battery"


def parts(stored: str) -> tuple[str, int, int, int, bytes, bytes]:
    name, n, r, p, salt, digest = stored.split("$")
    return name, int(n), int(r), int(p), base64.b64decode(salt), base64.b64decode(digest)


def test_the_hash_is_scrypt_with_32_mib_of_memory_and_says_so():
    stored = hash_password(PASSWORD)
    name, n, r, p, salt, digest = parts(stored)
    assert (name, n, r, p) == ("scrypt", 2**15, 8, 1)
    assert 128 * n * r == 32 * 2**20  # memory scrypt needs for one hash
    assert len(salt) == 16 and len(digest) == 32
    # really scrypt with those parameters over the password, not something else
    expected = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(PASSWORD.encode())
    assert digest == expected
    assert PASSWORD not in stored and len(stored) <= 255  # fits handlers.password_hash


def test_the_right_password_verifies_and_others_do_not():
    stored = hash_password(PASSWORD)
    assert verify_password(PASSWORD, stored)
    for other in ("correct horse batterY", "correct horse battery ", "", PASSWORD[:-1]):
        assert not verify_password(other, stored)


def test_the_same_password_gives_a_different_hash_each_time():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second
    assert parts(first)[4] != parts(second)[4]  # different salts
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)


def test_an_accented_password_verifies_however_the_keyboard_composed_it():
    composed, decomposed = "caf\u00e9-au-lait-2026", "cafe\u0301-au-lait-2026"
    assert verify_password(decomposed, hash_password(composed))


def test_older_cost_parameters_still_verify():
    stored = hash_password(PASSWORD, n=2**14, r=8, p=1)
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_password(PASSWORD, stored)


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "",
        "not-a-real-hash",
        "bcrypt$12$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,
        "scrypt$32768$8$1$not base64!$" + "A" * 44,
        "scrypt$30000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,  # n not a power of two
        "scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,  # 128 GiB: refused
        "scrypt$32768$8$1$$",
    ],
)
def test_a_missing_or_forged_hash_never_verifies(stored):
    assert not is_password_hash(stored)
    assert not verify_password(PASSWORD, stored)
    assert not verify_password("", stored)


def test_checking_against_no_hash_costs_as_much_as_a_real_check(monkeypatch):
    """So that the time of a refusal does not tell whether the username exists."""
    calls = []
    real = passwords._derive

    def counting(password, salt, n, r, p, length):
        calls.append((n, r, p))
        return real(password, salt, n, r, p, length)

    monkeypatch.setattr(passwords, "_derive", counting)
    verify_password(PASSWORD, hash_password(PASSWORD))
    verify_password(PASSWORD, None)
    verify_password(PASSWORD, "not-a-real-hash")
    assert calls == [(2**15, 8, 1)] * 4
