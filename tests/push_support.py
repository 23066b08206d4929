"""Small helpers for the outbox and push tests: a central database with two handlers of
team T and a few persons with a case each, and handlers' caches filled from it."""

from __future__ import annotations

import json

from factories import add_person, identity_of, make_handler
from sqlalchemy import select

from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import Case, Note

KEY = b"k" * 32
HANDLERS = ("an", "bo")


def make_central(url: str, persons: int = 2):
    """(engine, session factory) of a migrated central database with handlers "an" and
    "bo" (team T, no password) and `persons` persons with case CD-1, CD-2, ..."""
    engine = open_central(url)
    migrate(engine)
    factory = session_factory(engine)
    with factory.begin() as session:
        session.add_all(make_handler(name, password=None) for name in HANDLERS)
        for counter in range(1, persons + 1):
            add_person(session, counter)
    return engine, factory


def make_cache(tmp_path, factory, owner: str = "an") -> LocalCache:
    """The owner's cache, filled with team T's dossiers."""
    cache = LocalCache.open(tmp_path / f"cache-{owner}.sqlite", KEY, create=True, owner=owner)
    cache.store_dossiers(factory, team="T")
    return cache


def who(factory, username: str = "an"):
    return identity_of(factory, username)


def outbox_rows(cache: LocalCache) -> list[dict]:
    with cache.engine.connect() as connection:
        rows = connection.execute(select(outbox).order_by(outbox.c.id)).mappings().all()
    found = []
    for row in rows:
        item = dict(row)
        item["payload"] = json.loads(item["payload"])
        item["theirs"] = None if item["theirs"] is None else json.loads(item["theirs"])
        found.append(item)
    return found


def case_row(sessions, reference: str) -> Case:
    with sessions() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def notes_with_text(sessions, text: str) -> list[Note]:
    with sessions() as session:
        return list(session.scalars(select(Note).where(Note.text == text).order_by(Note.id)))
