"""The local cache: encrypted at rest, refuses a wrong key and a tampered file, holds
complete dossiers copied from the central database, forgets and removes them."""

from __future__ import annotations

import os
import secrets
import stat
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from cache_data import (
    FAMILY_NAME,
    INSZ,
    NOTE,
    TEAM,
    USER,
    leaks,
    plain_person,
    populate_central,
)
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import selectinload

from cumuldesk.domain.insz import format_insz
from cumuldesk.storage.audit import pseudonym_key, record, verify_trail
from cumuldesk.storage.cache import (
    CacheDamaged,
    CacheLocked,
    CacheMismatch,
    CacheMissing,
    LocalCache,
    check_cache_file,
    key_check_path,
    set_aside,
)
from cumuldesk.storage.cache_models import cache_dossiers
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import (
    Base,
    Case,
    Handler,
    IvtItDecision,
    Person,
)

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "data" / f"cache-{USER}.sqlite"


@pytest.fixture
def central(central_engine):
    return populate_central(central_engine)


def files_of(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.stem))


def flip(path: Path, offset: int, count: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def filled(path, key, central) -> LocalCache:
    cache = LocalCache.open(path, key, create=True, owner=USER)
    assert cache.store_dossiers(central, insz=[INSZ]) == 1
    return cache


# ---------------------------------------------------------------- encrypted at rest


def test_no_personal_data_in_the_raw_file_but_in_a_plain_copy(path, key, central, tmp_path):
    cache = filled(path, key, central)
    with cache.sessions.begin() as session:  # the local trail too
        record(session, USER, "dossier_opened", insz=INSZ)
    # a plain (unencrypted) copy of the very same database, made by SQLCipher itself
    plain = tmp_path / "plain.sqlite"
    raw = cache.engine.raw_connection()
    try:
        raw.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        raw.execute("SELECT sqlcipher_export('plaintext')")
        raw.execute("DETACH DATABASE plaintext")
    finally:
        raw.close()
    cache.close()

    scanned = files_of(path)
    assert path in scanned and key_check_path(path) in scanned
    for item in scanned:  # the cache file, any -journal/-wal, the key check
        assert leaks(item.read_bytes()) == [], item.name
    # the scan can fail: on the plain copy it finds the dossier
    found = leaks(plain.read_bytes())
    for expected in ("insz", "family name", "given name", "birth date iso", "note", "street"):
        assert expected in found


def test_the_file_is_readable_by_its_owner_only(path, key, central):
    old = os.umask(0o022)
    try:
        filled(path, key, central).close()
    finally:
        os.umask(old)
    for item in files_of(path):
        assert stat.S_IMODE(item.stat().st_mode) == 0o600, item.name


def test_a_wrong_key_is_refused_clearly(path, key, central):
    filled(path, key, central).close()
    with pytest.raises(CacheLocked, match="the cache cannot be opened with this key"):
        LocalCache.open(path, secrets.token_bytes(32))


def test_without_key_check_a_wrong_key_names_both_possibilities(path, key, central):
    filled(path, key, central).close()
    key_check_path(path).unlink()
    with pytest.raises(CacheLocked, match="with this key, or the file is damaged"):
        LocalCache.open(path, secrets.token_bytes(32))


@pytest.mark.parametrize("where", ["middle", "first page"])
def test_a_tampered_file_is_refused(path, key, central, where):
    filled(path, key, central).close()
    size = path.stat().st_size
    flip(path, size // 2 if where == "middle" else 200)
    with pytest.raises(CacheDamaged, match="damaged or was changed outside CumulDesk"):
        LocalCache.open(path, key)


def test_a_page_damaged_while_open_gives_an_error_never_data(path, key, central):
    cache = filled(path, key, central)
    cache.engine.dispose()  # forget the pages already read
    size = path.stat().st_size
    for page in range(1, size // 4096):  # one byte in every page but the first
        flip(path, page * 4096 + 2048, 1)
    with pytest.raises(CacheDamaged), cache.sessions() as session:
        session.scalars(select(Person).options(selectinload(Person.cases))).all()
    cache.close()


def test_a_missing_cache_is_not_created_unless_asked(path, key):
    with pytest.raises(CacheMissing):
        LocalCache.open(path, key)
    assert not path.exists()


def _what_is_there(path: Path) -> tuple[str, object]:
    if path.is_symlink():
        return ("link", os.readlink(path))
    if path.is_dir():
        return ("folder", sorted(p.name for p in path.iterdir()))
    return ("file", path.read_bytes())


def _made(path: Path, key: bytes) -> None:
    LocalCache.open(path, key, create=True, owner=USER).close()


DAMAGES = {
    "empty": lambda path, key: path.write_bytes(b""),
    "truncated": lambda path, key: (_made(path, key), os.truncate(path, 4096 * 3 + 100)),
    "link": lambda path, key: path.symlink_to("/dev/null"),
    "dangling link": lambda path, key: path.symlink_to(path.with_name("gone.sqlite")),
    "not_a_file": lambda path, key: (path / "inside").mkdir(parents=True),
    "unreadable": lambda path, key: (_made(path, key), path.write_bytes(os.urandom(8192))),
}
REASONS = {"dangling link": "link"}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_what_cannot_be_a_cache_is_damaged_and_never_replaced(path, key, damage):
    """Issue 15: an empty file or a link at the cache's place was taken for "no cache yet"
    and replaced by a new one (with `create`, as the sync opens it): work lost unsaid."""
    path.parent.mkdir(parents=True, exist_ok=True)
    DAMAGES[damage](path, key)
    before = _what_is_there(path)
    for create in (False, True):
        with pytest.raises(CacheDamaged) as refused:
            LocalCache.open(path, key, create=create, owner=USER)
        assert refused.value.reason == REASONS.get(damage, damage)
        assert refused.value.exit_code == 6
        assert _what_is_there(path) == before
    assert not _staging_left(path)
    null = os.stat("/dev/null")
    assert stat.S_ISCHR(null.st_mode) and stat.S_IMODE(null.st_mode) == 0o666


def _staging_left(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.endswith(".new")]


def test_check_cache_file_reads_nothing_and_says_whether_there_is_one(path):
    assert check_cache_file(path) is False  # nothing there: a cache may be made
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\0" * 4096)
    assert check_cache_file(path) is True  # a whole page: opening it says more


def test_set_aside_keeps_the_cache_in_a_private_dated_folder(path, key):
    _made(path, key)
    salt = path.with_suffix(".salt")
    salt.write_text("{}")
    before = {p.name: p.read_bytes() for p in (path, key_check_path(path), salt)}
    when = datetime(2026, 11, 23, 10, 15, 0)
    old = os.umask(0o000)
    try:
        folder = set_aside(path, [salt], when)
        again = set_aside(path, [salt], when)  # nothing left to move: an empty second one
    finally:
        os.umask(old)
    assert folder == path.with_name(f"cache-{USER}.backup-20261123-101500")
    assert again.name == f"cache-{USER}.backup-20261123-101500-2"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    for item in folder.iterdir():
        assert stat.S_IMODE(item.stat().st_mode) == 0o600, item.name
    assert not path.exists() and not key_check_path(path).exists() and not salt.exists()
    with LocalCache.open(folder / path.name, key) as cache:  # still opens with its key
        assert cache.meta()["owner"] == USER


def test_set_aside_moves_a_link_as_a_link(path, key):
    path.parent.mkdir(parents=True)
    path.symlink_to("/dev/null")
    folder = set_aside(path, [], datetime(2026, 11, 23))
    moved = folder / path.name
    assert moved.is_symlink() and os.readlink(moved) == "/dev/null"
    assert not os.path.lexists(path)


def test_another_handlers_cache_is_refused(path, key, central):
    filled(path, key, central).close()
    with pytest.raises(CacheMismatch, match="another handler"):
        LocalCache.open(path, key, owner="someone.else")


def test_a_cache_is_filled_from_one_central_database_only(path, key, central, tmp_path):
    cache = filled(path, key, central)
    other = open_central(f"sqlite:///{tmp_path / 'other.sqlite'}")
    migrate(other)
    try:
        with pytest.raises(CacheMismatch, match="another central database"):
            cache.store_dossiers(session_factory(other), insz=[INSZ])
    finally:
        other.dispose()
        cache.close()


# ------------------------------------------------------------------- filling


def load(factory, insz: str) -> Person:
    with factory() as session:
        return session.scalars(
            select(Person)
            .where(Person.insz == insz)
            .options(
                selectinload(Person.representative),
                selectinload(Person.bob_periods),
                selectinload(Person.decisions).selectinload(IvtItDecision.periods),
                selectinload(Person.zorgtoeslag),
                selectinload(Person.cases).selectinload(Case.notes),
                selectinload(Person.cases).selectinload(Case.letters),
                selectinload(Person.cases).selectinload(Case.handler),
            )
        ).one()


def snapshot(person: Person) -> dict:
    def cols(obj):
        return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}

    def when(value):  # SQLite gives back UTC without its zone; compare the instant
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def clean(obj):
        return {k: when(v) for k, v in cols(obj).items() if k != "password_hash"}

    return {
        "person": clean(person),
        "representative": clean(person.representative),
        "bob": [clean(b) for b in person.bob_periods],
        "decisions": [
            (clean(d), [clean(p) for p in d.periods])
            for d in sorted(person.decisions, key=lambda d: d.version)
        ],
        "points": [clean(z) for z in person.zorgtoeslag],
        "cases": [
            (clean(c), [clean(n) for n in c.notes], [clean(x) for x in c.letters], clean(c.handler))
            for c in person.cases
        ],
    }


def test_store_copies_the_whole_dossier_exactly(path, key, central):
    cache = filled(path, key, central)
    try:
        in_cache = load(cache.sessions, INSZ)
        assert snapshot(in_cache) == snapshot(load(central, INSZ))
        assert in_cache.decisions[0].periods[0].monthly_amount in (
            Decimal("0.00"),
            Decimal("1234.56"),
        )
        assert in_cache.cases[0].notes[0].text == NOTE
        with cache.sessions() as session:  # not the password hash
            assert session.scalars(select(Handler.password_hash)).all() == [None]
            # nor the central pseudonymisation key (it would reverse the trail's pseudonyms)
            with pytest.raises(LookupError):
                pseudonym_key(session, create=False)
        assert cache.has_dossier(INSZ) and cache.has_dossier(format_insz(INSZ))
    finally:
        cache.close()


def test_store_takes_the_teams_cases_and_reports_progress(path, key, central):
    seen: list[tuple[int, int]] = []
    with LocalCache.open(path, key, create=True) as cache:
        count = cache.store_dossiers(central, team=TEAM, progress=lambda d, t: seen.append((d, t)))
        assert count == 4  # the distinctive dossier and three more of team T1
        assert cache.dossier_count() == 4
        assert seen[0] == (0, 4) and seen[-1] == (4, 4)
        with cache.sessions() as session:
            teams = set(session.scalars(select(Case.team)))
        assert teams == {TEAM}


def test_storing_again_replaces_the_copy_and_keeps_when_it_was_opened(path, key, central):
    cache = filled(path, key, central)
    try:
        cache.mark_opened(INSZ, T0)
        with central.begin() as session:  # the central dossier changes
            person = session.scalars(select(Person).where(Person.insz == INSZ)).one()
            person.family_name = "Anderenaam"
            person.cases[0].notes.clear()
        assert cache.store_dossiers(central, insz=[INSZ]) == 1
        again = load(cache.sessions, INSZ)
        assert again.family_name == "Anderenaam" and again.cases[0].notes == []
        with cache.sessions() as session:
            opened = session.scalar(select(cache_dossiers.c.last_opened_at))
        assert opened == T0.replace(tzinfo=None)
    finally:
        cache.close()


def test_unknown_insz_are_not_stored(path, key, central):
    with LocalCache.open(path, key, create=True) as cache:
        assert cache.store_dossiers(central, insz=[plain_person(555).insz]) == 0
        with pytest.raises(ValueError):
            cache.store_dossiers(central)


# ---------------------------------------------------------- forgetting, removing


def test_forget_unopened_counts_from_the_last_opening_or_the_fetch(path, key, central):
    with LocalCache.open(path, key, create=True) as cache:
        cache.store_dossiers(central, team=TEAM)
        with cache.engine.begin() as connection:
            connection.execute(cache_dossiers.update().values(fetched_at=T0.replace(tzinfo=None)))
        cache.mark_opened(INSZ, T0 + timedelta(days=20))
        assert cache.forget_unopened(30, T0 + timedelta(days=29)) == 0
        assert cache.forget_unopened(30, T0 + timedelta(days=31)) == 3  # never opened
        assert cache.has_dossier(INSZ)
        assert cache.forget_unopened(30, T0 + timedelta(days=51)) == 1
        assert cache.dossier_count() == 0


def test_remove_persons_takes_every_row_of_the_dossier(path, key, central):
    with filled(path, key, central) as cache:
        assert cache.remove_persons([format_insz(INSZ), plain_person(555).insz]) == 1
        assert not cache.has_dossier(INSZ)
        with cache.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                if table.name in ("handlers", "settings", "audit_events", "vsb_imports") or (
                    table.name.startswith("sync_")  # sync bookkeeping, nothing personal
                ):
                    continue
                assert connection.scalar(select(func.count()).select_from(table)) == 0, table
            assert connection.scalar(select(func.count()).select_from(cache_dossiers)) == 0
        with pytest.raises(LookupError):
            cache.mark_opened(INSZ, T0)


# ---------------------------------------------------------------- local trail


def test_the_local_trail_is_append_only_and_chained(path, key, central):
    with filled(path, key, central) as cache:
        with cache.sessions.begin() as session:
            record(session, USER, "dossier_opened", insz=INSZ)
            record(session, USER, "simulation_run", insz=INSZ)
        with pytest.raises(DatabaseError, match="append-only"), cache.engine.begin() as c:
            c.execute(text("UPDATE audit_events SET actor = 'x' WHERE seq = 1"))
        with cache.sessions() as session:
            result = verify_trail(session)
        assert result.ok and result.events == 2


def test_messages_hold_no_personal_data(path, key, central):
    filled(path, key, central).close()
    flip(path, path.stat().st_size // 2)
    with pytest.raises(CacheDamaged) as damaged:
        LocalCache.open(path, key)
    with pytest.raises(CacheLocked) as locked:
        LocalCache.open(path, secrets.token_bytes(32))
    for message in (str(damaged.value), str(locked.value)):
        assert INSZ not in message and FAMILY_NAME not in message
