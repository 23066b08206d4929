"""A finalised letter is what was sent: the central database refuses to change it (and,
on PostgreSQL, to delete it outside the retention purge); a local cache does not."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from factories import add_person
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DatabaseError

from cumuldesk.services.retention import purge
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import Language, Letter, LetterKind, Person

FINALISED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def add_letters(factory) -> tuple[int, int, int]:
    """(person id, finalised letter id, draft letter id) of a person the purge removes
    (died 11 years before 2026)."""
    with factory.begin() as session:
        person = add_person(session, 1, death=date(2015, 5, 1))
        case = person.cases[0]
        finalised = Letter(
            kind=LetterKind.RENUNCIATION_PROPOSAL,
            language=Language.NL,
            created_at=FINALISED,
            finalised_at=FINALISED,
            content="<p>Voorstel</p>",
            content_sha256="0" * 64,
        )
        draft = Letter(
            kind=LetterKind.ADVICE_NOTE,
            language=Language.NL,
            created_at=FINALISED,
            finalised_at=None,
            content="<p>Ontwerp</p>",
        )
        case.letters += [finalised, draft]
        session.flush()
        return person.id, finalised.id, draft.id


def test_a_finalised_letter_cannot_be_changed(central_engine):
    factory = session_factory(central_engine)
    _, finalised, draft = add_letters(factory)
    for values in ({"content": "<p>Anders</p>"}, {"finalised_at": None}, {"content_sha256": None}):
        with pytest.raises(DatabaseError, match="a finalised letter cannot be changed"):
            with central_engine.begin() as connection:
                connection.execute(update(Letter).where(Letter.id == finalised).values(**values))
    with factory() as session:
        assert session.get(Letter, finalised).content == "<p>Voorstel</p>"
    # a draft is still a draft: it may change, and be finalised
    with central_engine.begin() as connection:
        connection.execute(
            update(Letter)
            .where(Letter.id == draft)
            .values(content="<p>Klaar</p>", finalised_at=FINALISED)
        )
    with pytest.raises(DatabaseError, match="a finalised letter cannot be changed"):
        with central_engine.begin() as connection:
            connection.execute(update(Letter).where(Letter.id == draft).values(content="x"))


@pytest.fixture
def postgres_engine(postgres_central_url):
    """A migrated central database on PostgreSQL only (SQLite refuses changes, not
    deletions: there is no transaction setting a trigger could read)."""
    from cumuldesk.storage.database import open_central

    engine = open_central(postgres_central_url)
    yield engine
    engine.dispose()


def test_postgres_refuses_deleting_a_finalised_letter_but_the_purge_removes_it(postgres_engine):
    central_engine = postgres_engine
    factory = session_factory(central_engine)
    person, finalised, _ = add_letters(factory)
    for statement in (
        delete(Letter).where(Letter.id == finalised),
        delete(Person).where(Person.id == person),  # cascades to the letter
    ):
        with pytest.raises(DatabaseError, match="a finalised letter cannot be deleted"):
            with central_engine.begin() as connection:
                connection.execute(statement)
    with pytest.raises(DatabaseError, match="a finalised letter cannot be deleted"):
        with central_engine.begin() as connection:
            connection.execute(text("TRUNCATE letters"))
    with factory.begin() as session:
        report = purge(session, "sam.supervisor", date(2026, 6, 1))
    assert report.persons == 1
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(Letter)) == 0
    # the purge's permission ended with its transaction
    with factory.begin() as session:
        other = add_person(session, 3)
        other.cases[0].letters.append(
            Letter(
                kind=LetterKind.ADVICE_NOTE,
                language=Language.NL,
                created_at=FINALISED,
                finalised_at=FINALISED,
                content="<p>Advies</p>",
            )
        )
    with pytest.raises(DatabaseError, match="a finalised letter cannot be deleted"):
        with central_engine.begin() as connection:
            connection.execute(delete(Letter))


def test_a_local_cache_may_replace_its_letters(tmp_path):
    """Sync deletes and replaces a cache's letters: the cache has no such trigger."""
    cache = LocalCache.open(tmp_path / "cache.sqlite", b"k" * 32, create=True, owner="an")
    try:
        _, finalised, _ = add_letters(cache.sessions)
        with cache.engine.begin() as connection:
            connection.execute(
                update(Letter).where(Letter.id == finalised).values(content="<p>Nieuw</p>")
            )
            connection.execute(delete(Letter).where(Letter.id == finalised))
        with cache.sessions() as session:
            assert session.get(Letter, finalised) is None
    finally:
        cache.close()
