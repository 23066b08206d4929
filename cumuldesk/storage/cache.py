"""The handler's local cache: an SQLite file encrypted whole with SQLCipher.

One file per handler, `<data folder>/cache-<username>.sqlite`, mode 0600, holding the
dossiers the handler works on in the same tables as the central database (created by
the same Alembic migrations, so the audit trail's append-only triggers exist here too),
plus the bookkeeping of `cumuldesk.storage.cache_models`. Why SQLCipher, and how the
key is kept: `docs/cache-encryption.md`.

The key is 32 random bytes (see `cumuldesk.storage.keys`), handed to SQLCipher as a raw
key (`PRAGMA key = "x'<64 hex>'"`), so opening a connection costs no key derivation.

Errors are told apart as well as the file allows:

- `CacheLocked`: the key does not open the file. SQLCipher checks an HMAC on every
  page; with a wrong key the first page fails ("file is not a database"), exactly as
  when the first page is damaged. A key-check value beside the file
  (`cache-<user>.keycheck`, an HMAC of a constant under the key, which reveals nothing
  about the key or the data) settles which of the two it is.
- `CacheDamaged`: the key is right but the file was changed or is corrupt: a page
  whose HMAC fails (checked for every page when the cache is opened, and turned into
  this error on any later read), or missing bookkeeping. Also whatever stands at the
  cache's place and cannot be a cache, checked before any key is asked for: an empty
  (0-byte) file, a file that ends in the middle of a page, a link (to `/dev/null`, to
  another file), a folder or a device. Such a thing is never replaced by a new cache:
  only an explicit, confirmed rebuild sets it aside (`cache_service.rebuild_cache`).
  `CacheDamaged.reason` says which, as a code for the audit trail (`DAMAGE_REASONS`).

Either way no data is returned, and the caller offers to rebuild the cache from the
central database. Messages hold no personal data.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, exists, func, select, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from cumuldesk.domain.insz import normalise_insz_input
from cumuldesk.errors import IntegrityProblem, Unavailable
from cumuldesk.storage.audit import PSEUDONYM_KEY_SETTING
from cumuldesk.storage.cache_copy import central_identity, copy_dossiers
from cumuldesk.storage.cache_models import (
    CACHE_FORMAT,
    META_CENTRAL,
    META_CENTRAL_ID,
    META_CENTRAL_KEY_FORGOTTEN,
    META_CREATED_AT,
    META_FILLED_AT,
    META_FORMAT,
    META_OWNER,
    cache_dossiers,
    cache_meta,
    cache_metadata,
)
from cumuldesk.storage.database import chunked, migrate
from cumuldesk.storage.files import write_atomic
from cumuldesk.storage.models import Person, Setting

KEY_BYTES = 32
_KEY_CHECK_LABEL = b"CumulDesk cache key check v1"
_SQLITE_DAMAGE = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


class CacheLocked(Unavailable):
    """No key, or a key that does not open the cache file."""


# why a cache is damaged, as codes (the audit event "cache_damaged" carries one)
DAMAGE_LINK = "link"  # a symbolic link stands at the cache's place
DAMAGE_NOT_A_FILE = "not_a_file"  # a folder, a device, a pipe
DAMAGE_EMPTY = "empty"  # 0 bytes
DAMAGE_TRUNCATED = "truncated"  # ends in the middle of a page
DAMAGE_UNREADABLE = "unreadable"  # the right key, but it does not decrypt: not a cache
DAMAGE_PAGES = "pages"  # pages that fail their integrity check
DAMAGE_BOOKKEEPING = "bookkeeping"  # opens, but lacks CumulDesk's bookkeeping
DAMAGE_TRAIL_CUT = "trail_cut"  # opens, but events were removed from its audit trail
DAMAGE_REASONS = (
    DAMAGE_LINK,
    DAMAGE_NOT_A_FILE,
    DAMAGE_EMPTY,
    DAMAGE_TRUNCATED,
    DAMAGE_UNREADABLE,
    DAMAGE_PAGES,
    DAMAGE_BOOKKEEPING,
    DAMAGE_TRAIL_CUT,
)
_SMALLEST_PAGE = 512  # an SQLite file is whole pages, and no page is smaller


class CacheDamaged(IntegrityProblem):
    """The cache file was changed outside CumulDesk, or is corrupt (`reason`: a code of
    DAMAGE_REASONS)."""

    def __init__(self, *args: Any, reason: str = DAMAGE_PAGES) -> None:
        super().__init__(*args)
        self.reason = reason


class CacheMissing(Unavailable):
    """There is no cache file yet."""


class CacheMismatch(Unavailable):
    """The cache belongs to another handler or was filled from another central database."""


# ---------------------------------------------------------------------------- files


def key_check_path(path: Path) -> Path:
    return path.with_suffix(".keycheck")


def cache_files(path: Path) -> list[Path]:
    """The cache file and every file that belongs to it (journal, WAL, key check)."""
    return [
        path,
        path.with_name(path.name + "-journal"),
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        key_check_path(path),
    ]


def delete_cache_files(path: Path) -> None:
    """Remove the cache file and its companions (not the key: see keys.forget_key)."""
    for item in cache_files(path) + cache_files(_staging(path)):
        item.unlink(missing_ok=True)


def _staging(path: Path) -> Path:
    return path.with_name(path.name + ".new")


def backup_folder(path: Path, when: datetime) -> Path:
    """Where `set_aside` puts the cache at `path`: `cache-<user>.backup-<date>-<time>`
    beside it (a further `-2`, `-3` when that name is taken)."""
    base = f"{path.stem}.backup-{when.strftime('%Y%m%d-%H%M%S')}"
    folder, number = path.with_name(base), 1
    while os.path.lexists(folder):
        number += 1
        folder = path.with_name(f"{base}-{number}")
    return folder


def set_aside(path: Path, also: Iterable[Path], when: datetime) -> Path:
    """Move the cache at `path`, its companions and the files `also` (the salt) into a
    new private folder beside it (0700, each file 0600; `backup_folder`), instead of
    deleting them: a cache thrown away on purpose can still be given to support.
    Returns the folder; OSError when that is impossible (the caller then deletes).

    A link is moved as a link (what it points to is never touched)."""
    folder = backup_folder(path, when)
    os.mkdir(folder, 0o700)
    for item in [*cache_files(path), *also]:
        if not os.path.lexists(item):
            continue
        target = folder / item.name
        os.replace(item, target)  # the same folder, so the same file system: a rename
        if stat.S_ISREG(os.lstat(target).st_mode):
            os.chmod(target, 0o600)
    return folder


def check_cache_file(path: Path) -> bool:
    """Whether there is a cache file at `path` to open: False when nothing is there at
    all (not even a dangling link); CacheDamaged when what is there cannot be a cache
    (a link, not a regular file, empty, truncated). Reads no key and no content."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise Unavailable(
            f"the local cache file cannot be read ({exc.strerror or type(exc).__name__})"
        ) from None
    if stat.S_ISLNK(info.st_mode):
        raise CacheDamaged(
            "the local cache is a link to something else, not a cache file", reason=DAMAGE_LINK
        )
    if not stat.S_ISREG(info.st_mode):
        raise CacheDamaged("the local cache is not a regular file", reason=DAMAGE_NOT_A_FILE)
    if info.st_size == 0:
        raise CacheDamaged("the local cache file is empty (0 bytes)", reason=DAMAGE_EMPTY)
    if info.st_size % _SMALLEST_PAGE:
        raise CacheDamaged(
            "the local cache file is truncated (it ends in the middle of a page)",
            reason=DAMAGE_TRUNCATED,
        )
    return True


def write_private(path: Path, data: bytes) -> None:
    """Write a small file readable by its owner only (0600, narrowed further by umask),
    whole or not at all (`storage.files.write_atomic`)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, data)  # fsynced; a full disk is DiskProblem naming the path


def _create_empty_private(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for item in cache_files(path):
        item.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def key_check_value(key: bytes) -> str:
    return hmac.new(key, _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def _key_matches(path: Path, key: bytes) -> bool | None:
    """True/False when the key check beside the cache says so; None when it is missing."""
    try:
        stored = key_check_path(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return hmac.compare_digest(stored, key_check_value(key))


# --------------------------------------------------------------------------- engine


def _utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _engine(path: Path, key: bytes) -> Engine:
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    # QueuePool, not the dialect's SingletonThreadPool: with a raw key a connection costs
    # nothing to open, and two sessions of one thread must not share a connection.
    engine = create_engine(url, poolclass=QueuePool, pool_size=2, max_overflow=4)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher logs to stderr otherwise
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")  # removed dossiers leave no trace
        cursor.close()

    @event.listens_for(engine, "handle_error")
    def _damage(context: Any) -> Exception | None:
        name = getattr(context.original_exception, "sqlite_errorname", "")
        if name in _SQLITE_DAMAGE:
            return CacheDamaged(
                "the local cache file is damaged or was changed outside CumulDesk "
                "(a page failed its integrity check)",
                reason=DAMAGE_PAGES,
            )
        return None

    return engine


def _locked_or_damaged(path: Path, key: bytes) -> Exception:
    matches = _key_matches(path, key)
    if matches is True:
        return CacheDamaged(
            "the local cache file is damaged or was changed outside CumulDesk "
            "(the key is right, but the file does not decrypt)",
            reason=DAMAGE_UNREADABLE,
        )
    if matches is False:
        return CacheLocked("the cache cannot be opened with this key")
    return CacheLocked(
        "the cache cannot be opened with this key, or the file is damaged "
        "(the two cannot be told apart for this file)"
    )


def _check_pages(engine: Engine, path: Path, key: bytes) -> None:
    """Read the first page, then check the HMAC of every page of the file."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            failed = connection.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    except (CacheDamaged, DatabaseError):  # CacheDamaged: from the handle_error hook
        raise _locked_or_damaged(path, key) from None
    if failed:
        raise CacheDamaged(
            f"the local cache file is damaged or was changed outside CumulDesk "
            f"({len(failed)} page(s) failed their integrity check)",
            reason=DAMAGE_PAGES,
        )


def _digits(values: Iterable[str]) -> list[str]:
    return sorted({normalise_insz_input(v) for v in values})


# ---------------------------------------------------------------------------- cache


class LocalCache:
    """An open local cache. Use `LocalCache.open`; close it (or use `with`)."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(
        cls, path: Path, key: bytes, *, create: bool = False, owner: str | None = None
    ) -> LocalCache:
        """Open the cache at `path` with `key`; with `create`, make a new one if there is none.

        Raises CacheMissing (no file and not `create`), CacheLocked (wrong key),
        CacheDamaged (tampered or corrupt file, or something at its place that cannot be
        a cache: never replaced, even with `create`), CacheMismatch (`owner` given and the
        cache belongs to someone else).
        """
        if len(key) != KEY_BYTES:
            raise ValueError("a cache key is 32 bytes")
        path = Path(path)
        if not check_cache_file(path):
            if not create:
                raise CacheMissing("there is no local cache yet")
            cls._create(path, key, owner)
        engine = _engine(path, key)
        try:
            _check_pages(engine, path, key)
            migrate(engine, cache=True)  # a newer CumulDesk upgrades the cache too
            cache = cls(path, engine)
            cache._check_meta(owner)
        except BaseException:
            engine.dispose()
            raise
        return cache

    @classmethod
    def _create(cls, path: Path, key: bytes, owner: str | None) -> None:
        """Build the new file beside the final name, then rename it: never half a cache."""
        staging = _staging(path)
        _create_empty_private(staging)
        engine = _engine(staging, key)
        try:
            migrate(engine, cache=True)
            with engine.begin() as connection:
                cache_metadata.create_all(connection)
                now = datetime.now(UTC).isoformat(timespec="seconds")
                meta = {META_FORMAT: CACHE_FORMAT, META_CREATED_AT: now}
                if owner:
                    meta[META_OWNER] = owner
                connection.execute(
                    cache_meta.insert(), [{"key": k, "value": v} for k, v in meta.items()]
                )
        finally:
            engine.dispose()
        if os.path.lexists(path):  # something appeared meanwhile: never replace it
            for item in cache_files(staging):
                item.unlink(missing_ok=True)
            raise CacheDamaged(
                "a local cache file appeared while a new one was being made",
                reason=DAMAGE_BOOKKEEPING,
            )
        write_private(key_check_path(path), key_check_value(key).encode("ascii") + b"\n")
        for item in cache_files(path)[1:4]:
            item.unlink(missing_ok=True)
        os.replace(staging, path)

    def _check_meta(self, owner: str | None) -> None:
        meta = self.meta()
        if meta.get(META_FORMAT) == "1":
            self._upgrade_from_format_1()
            meta = self.meta()
        if meta.get(META_FORMAT) != CACHE_FORMAT:
            raise CacheDamaged(
                "the local cache file lacks its bookkeeping (unknown format)",
                reason=DAMAGE_BOOKKEEPING,
            )
        if owner is not None and meta.get(META_OWNER) not in (None, owner):
            raise CacheMismatch("this local cache belongs to another handler")

    def _upgrade_from_format_1(self) -> None:
        """Format 1 had no sync bookkeeping: add it (its dossiers count as the team's,
        copied at sequence 0, so the next pull refreshes them)."""
        with self.engine.begin() as connection:
            connection.exec_driver_sql(
                "ALTER TABLE cache_dossiers ADD COLUMN reason VARCHAR(16) NOT NULL DEFAULT 'team'"
            )
            connection.exec_driver_sql(
                "ALTER TABLE cache_dossiers ADD COLUMN synced_seq BIGINT NOT NULL DEFAULT 0"
            )
            cache_metadata.create_all(connection)  # the new tables only (checkfirst)
            connection.execute(
                update(cache_meta).where(cache_meta.c.key == META_FORMAT).values(value=CACHE_FORMAT)
            )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> LocalCache:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ bookkeeping

    def meta(self) -> dict[str, str]:
        with self.engine.connect() as connection:
            try:
                rows = connection.execute(select(cache_meta.c.key, cache_meta.c.value)).all()
            except DatabaseError:
                raise CacheDamaged(
                    "the local cache file lacks its bookkeeping", reason=DAMAGE_BOOKKEEPING
                ) from None
        return {key: value for key, value in rows}

    def set_meta(self, values: dict[str, str]) -> None:
        with self.engine.begin() as connection:
            for key, value in values.items():
                connection.execute(delete(cache_meta).where(cache_meta.c.key == key))
                connection.execute(cache_meta.insert().values(key=key, value=value))

    def dossier_count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(Person.__table__)) or 0)

    def has_dossier(self, insz: str) -> bool:
        persons = Person.__table__
        with self.engine.connect() as connection:
            return bool(
                connection.scalar(
                    select(exists().where(persons.c.insz == normalise_insz_input(insz)))
                )
            )

    def mark_opened(self, insz: str, when: datetime) -> None:
        """Note that the handler opened this dossier (it is then not forgotten for a while).

        Raises LookupError when the dossier is not in the cache."""
        persons = Person.__table__
        person_id = select(persons.c.id).where(persons.c.insz == normalise_insz_input(insz))
        with self.engine.begin() as connection:
            done = connection.execute(
                update(cache_dossiers)
                .where(cache_dossiers.c.person_id == person_id.scalar_subquery())
                .values(last_opened_at=_utc_naive(when))
            )
            if done.rowcount == 0:
                raise LookupError("this dossier is not in the local cache")

    def forget_unopened(self, days: int, now: datetime) -> int:
        """Remove the dossiers not opened for `days` days (a dossier fetched and never
        opened counts from when it was fetched). Returns how many persons went."""
        if days < 0:
            raise ValueError("days must not be negative")
        cutoff = _utc_naive(now) - timedelta(days=days)
        seen = func.coalesce(cache_dossiers.c.last_opened_at, cache_dossiers.c.fetched_at)
        with self.engine.begin() as connection:
            ids = list(connection.scalars(select(cache_dossiers.c.person_id).where(seen < cutoff)))
            return self._delete_persons(connection, Person.__table__.c.id, ids)

    def remove_persons(self, insz: Iterable[str]) -> int:
        """Remove these persons and everything that hangs off them; returns how many went."""
        with self.engine.begin() as connection:
            return self._delete_persons(connection, Person.__table__.c.insz, _digits(insz))

    @staticmethod
    def _delete_persons(connection: Any, column: Any, values: list[Any]) -> int:
        removed = 0
        for chunk in chunked(values):
            removed += connection.execute(
                delete(Person.__table__).where(column.in_(chunk))
            ).rowcount
        return removed

    # ------------------------------------------------------------------------ fill

    def forget_central_key(self) -> None:
        """Caches filled before the central database kept its pseudonymisation key to
        itself hold a copy of it: remove it (the local trail then pseudonymises with a key
        of its own; the central trail's pseudonyms are computed by the server)."""
        if self.meta().get(META_CENTRAL_KEY_FORGOTTEN) == "1":
            return
        with self.sessions.begin() as session:
            session.execute(delete(Setting).where(Setting.key == PSEUDONYM_KEY_SETTING))
        self.set_meta({META_CENTRAL_KEY_FORGOTTEN: "1"})

    def store_dossiers(
        self,
        central_sessions: sessionmaker[Session],
        insz: Iterable[str] | None = None,
        team: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Copy persons with all their rows from the central database; returns how many.

        `insz` names persons, `team` takes every person with a case of that team (both
        may be given). A dossier already in the cache is replaced by the central
        version; when it was last opened is kept.
        """
        if insz is None and team is None:
            raise ValueError("say which dossiers to store: insz or team")
        identity, description = central_identity(central_sessions)
        known = self.meta().get(META_CENTRAL_ID)
        if known is not None and known != identity:
            raise CacheMismatch("this local cache was filled from another central database")
        if known is None:
            self.set_meta({META_CENTRAL_ID: identity, META_CENTRAL: description})
        self.forget_central_key()
        stored = copy_dossiers(
            self.engine,
            central_sessions,
            None if insz is None else _digits(insz),
            team,
            progress,
        )
        self.set_meta({META_FILLED_AT: datetime.now(UTC).isoformat(timespec="seconds")})
        return stored
