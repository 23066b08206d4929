"""Tables that only the local cache has: which dossiers it holds, and what the file is.

The cache also holds every table of the central schema (`cumuldesk.storage.models`),
created by the same Alembic migrations. These two tables are bookkeeping on top:

- `cache_dossiers`: one row per cached person, with when it was fetched from the
  central database and when the handler last opened it (the cache forgets dossiers
  that are not opened for a number of days). The row goes with the person (ON DELETE
  CASCADE).
- `cache_meta`: key/value facts about the file: format, owner (username), the central
  database it was filled from (an identity, never a URL or password), creation time,
  and the offline sign-in verifier: a scrypt hash of the owner's password (never the
  password) with the identity fields, written at each online sign-in (see
  `cumuldesk.services.accounts.signin`).

Sync bookkeeping (see `cumuldesk.sync`):

- `cache_dossiers.reason`: "team" (a case of the handler's team) or "lookup" (fetched on
  demand for one INSZ); `synced_seq`: the central change sequence up to which this
  dossier was copied whole.
- `outbox`: what the handler changed here and the central database does not have yet,
  each item with its idempotency key (`cumuldesk.sync.outbox`).
- `retro_flags`: retroactive IVT/IT changes that arrived by sync, with the months where
  BOB becomes owed or must stop.

Times are stored as UTC without a time zone (SQLite has no time zone type).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

from cumuldesk.storage.models import NAMING_CONVENTION, Person

CACHE_FORMAT = "2"  # 2: sync bookkeeping (reason, synced_seq, outbox, retro_flags)

cache_metadata = MetaData(naming_convention=NAMING_CONVENTION)

cache_dossiers = Table(
    "cache_dossiers",
    cache_metadata,
    Column(
        "person_id",
        Integer,
        ForeignKey(Person.__table__.c.id, ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("fetched_at", DateTime, nullable=False),
    Column("last_opened_at", DateTime, nullable=True),
    Column("reason", String(16), nullable=False, server_default=text("'team'")),
    Column("synced_seq", BigInteger, nullable=False, server_default=text("0")),
)

cache_meta = Table(
    "cache_meta",
    cache_metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

outbox = Table(
    "outbox",
    cache_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(64), nullable=False, unique=True),  # idempotency key
    Column("kind", String(16), nullable=False),  # note, case, letter, audit
    Column("case_id", Integer, nullable=True, index=True),
    Column("person_id", Integer, nullable=True, index=True),
    Column("payload", Text, nullable=False),  # JSON
    Column("created_at", DateTime, nullable=False),
    Column("state", String(16), nullable=False, server_default=text("'pending'")),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("last_error", Text, nullable=True),  # a safe message, nothing personal
    Column("theirs", Text, nullable=True),  # JSON: the central version, for a conflict
)

retro_flags = Table(
    "retro_flags",
    cache_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "person_id",
        Integer,
        ForeignKey(Person.__table__.c.id, ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("case_id", Integer, nullable=True),
    Column("decision_ref", String(32), nullable=False),
    Column("detected_at", DateTime, nullable=False),
    Column("owed", Text, nullable=False),  # JSON list of "YYYY-MM": BOB becomes owed
    Column("stop", Text, nullable=False),  # JSON list of "YYYY-MM": BOB must stop
    Column("acknowledged_at", DateTime, nullable=True),
)

# outbox states
PENDING = "pending"
CONFLICT = "conflict"
REJECTED = "rejected"

# reasons a dossier is in the cache
REASON_TEAM = "team"
REASON_LOOKUP = "lookup"

# keys of cache_meta
META_FORMAT = "format"
META_OWNER = "owner"
META_CENTRAL_ID = "central_id"
META_CENTRAL = "central"  # a description of the central database (engine, host, name)
META_CREATED_AT = "created_at"
META_FILLED_AT = "filled_at"
META_SIGNIN_VERIFIER = "signin_verifier"  # scrypt hash of the owner's password
META_SIGNIN_IDENTITY = "signin_identity"  # JSON: username, display name, role, team, language
META_SIGNIN_AT = "signin_at"  # when the verifier was written (last online sign-in)
META_LAST_SEQ = "last_seq"  # central change sequence up to which the last complete pull went
META_LAST_SYNC_AT = "last_sync_at"  # when the last complete sync ended (UTC, local clock)
META_LAST_PUSH_AT = "last_push_at"
META_CENTRAL_KEY_FORGOTTEN = "central_key_forgotten"  # "1": no copy of the central pseudonym key
