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
  `cumuldesk.services.signin`).

Times are stored as UTC without a time zone (SQLite has no time zone type).
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Table, Text

from cumuldesk.storage.models import NAMING_CONVENTION, Person

CACHE_FORMAT = "1"

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
)

cache_meta = Table(
    "cache_meta",
    cache_metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

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
