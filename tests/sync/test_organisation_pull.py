"""The letters' sender block: published centrally by a supervisor (every version kept),
refused to a handler, brought into a handler's cache by the pull (a full and an
incremental copy) and read back typed from the cache, offline (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from factories import identity_of
from law_support import OTHER_SUPERVISOR, SUPERVISOR, Clock, audit, make_law_central
from sqlalchemy import delete, func, select, text

from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderBlock, SenderField, SenderValue
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.organisation import Publication, history, publish, read_sender_block
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import AuditEvent, OrganisationValue
from cumuldesk.storage.organisation import ORGANISATION_VALUES
from cumuldesk.sync.organisation import cache_organisation_version, pull_organisation
from cumuldesk.sync.pull import pull

KEY = b"o" * 32
ADDRESS = "FOD Sociale Zekerheid\nKruidtuinlaan 50, bus 150\n1000 Brussel"
SOURCE = "NHRPH advies 2016/08, ph.belgium.be/nl/adviezen/advies-2016-08.html"


@pytest.fixture
def central(central_url):
    central = make_law_central(central_url)
    yield central
    central.close()


@pytest.fixture
def cache(tmp_path):
    cache = LocalCache.open(tmp_path / "an.sqlite", KEY, create=True, owner="an")
    yield cache
    cache.close()


def _publish(central, user, field, language, text_, source=SOURCE, clock=None):
    return publish(
        central.sessions,
        identity_of(central.sessions, user),
        Publication.checked(field, language, text_, source),
        clock=clock,
    )


def _cache_block(cache, language) -> SenderBlock:
    with cache.sessions() as session:
        return read_sender_block(session, language)


def test_a_supervisor_publishes_and_every_version_is_kept(central):
    clock = Clock()
    first = _publish(central, SUPERVISOR, "phone", "nl", "0800 987 99", clock=clock)
    second = _publish(central, OTHER_SUPERVISOR, "phone", "nl", "0800 987 99 (gratis)", clock=clock)
    assert (first.version, second.version) == (1, 2)
    kept = history(central.sessions, SenderField.PHONE, Language.NL)
    assert [(e.value.text, e.value.published_by, e.version) for e in kept] == [
        ("0800 987 99 (gratis)", OTHER_SUPERVISOR, 2),
        ("0800 987 99", SUPERVISOR, 1),
    ]
    with central.sessions() as session:
        block = read_sender_block(session, Language.NL)
    assert block.get(SenderField.PHONE) == SenderValue(
        "0800 987 99 (gratis)",
        SOURCE,
        OTHER_SUPERVISOR,
        datetime(2026, 11, 23, 9, 0, 2, tzinfo=UTC),
    )
    assert block.get(SenderField.HOURS) is None
    events = audit(central.sessions, "organisation_published")
    assert events == [
        (
            SUPERVISOR,
            "organisation_published",
            {"field": "phone", "language": "nl", "version": 1, "sourced": True},
        ),
        (
            OTHER_SUPERVISOR,
            "organisation_published",
            {"field": "phone", "language": "nl", "version": 2, "sourced": True},
        ),
    ]
    assert "0800" not in json.dumps(events)  # the text is not in the audit trail


def test_a_handler_may_not_publish_and_the_refusal_is_audited(central):
    with pytest.raises(NotAllowed):
        _publish(central, "an", "address", "nl", ADDRESS)
    with central.sessions() as session:
        assert session.scalar(select(func.count()).select_from(OrganisationValue)) == 0
        refused = session.scalars(select(AuditEvent.details).where(AuditEvent.actor == "an")).all()
    assert any("organisation publish" in details for details in refused)


@pytest.mark.parametrize(
    ("field", "language", "text_", "says"),
    [
        ("fax", "nl", "x", "no sender-block field"),
        ("phone", "en", "x", "nl, fr or de"),
        ("phone", "nl", "  \n  ", "empty"),
        ("phone", "nl", "x" * 1001, "longer than 1000"),
    ],
)
def test_bad_input_is_refused_with_one_sentence(field, language, text_, says):
    with pytest.raises(BadInput, match=says):
        Publication.checked(field, language, text_, "s")


def test_a_published_row_cannot_be_changed_in_the_central_database(central):
    _publish(central, SUPERVISOR, "phone", "fr", "0800 987 99")
    with pytest.raises(Exception, match="cannot be changed"):
        with central.sessions.begin() as session:
            session.execute(text("UPDATE organisation_values SET text = 'x'"))


def test_the_pull_copies_whole_then_what_was_published_since(central, cache):
    _publish(central, SUPERVISOR, "address", "nl", ADDRESS)
    _publish(central, SUPERVISOR, "phone", "nl", "0800 987 99")
    assert _cache_block(cache, Language.NL) == SenderBlock.empty(Language.NL)  # offline, unsynced

    pull(cache, central.sessions, "T")  # first pull: everything
    block = _cache_block(cache, Language.NL)
    assert block.get(SenderField.ADDRESS) is not None
    assert block.get(SenderField.ADDRESS).lines == (
        "FOD Sociale Zekerheid",
        "Kruidtuinlaan 50, bus 150",
        "1000 Brussel",
    )
    assert block.get(SenderField.PHONE).source == SOURCE
    assert block.missing == (SenderField.ORGANISATION, SenderField.HOURS, SenderField.SIGNATORY)
    assert cache_organisation_version(cache) == 2

    _publish(central, OTHER_SUPERVISOR, "hours", "nl", "maandag tot vrijdag", source="")
    done = pull_organisation(cache, central.sessions)
    assert (done.copied, done.whole, done.version) == (1, False, 3)  # incremental
    block = _cache_block(cache, Language.NL)
    assert block.get(SenderField.HOURS).text == "maandag tot vrijdag"
    assert block.not_sourced == (SenderField.HOURS,)
    assert _cache_block(cache, Language.FR) == SenderBlock.empty(Language.FR)
    assert not pull_organisation(cache, central.sessions)  # up to date: nothing copied


def test_a_central_database_that_went_back_is_followed_whole(central, cache):
    _publish(central, SUPERVISOR, "phone", "de", "0800 987 99")
    _publish(central, SUPERVISOR, "phone", "de", "0800 987 99 (kostenlos)")
    pull_organisation(cache, central.sessions)
    with central.sessions.begin() as session:  # a backup of before the second publication
        session.execute(delete(OrganisationValue).where(OrganisationValue.version == 2))
    done = pull_organisation(cache, central.sessions)
    assert done.whole and done.version == 1
    assert _cache_block(cache, Language.DE).get(SenderField.PHONE).text == "0800 987 99"
    with cache.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(ORGANISATION_VALUES)) == 1


def test_the_desk_publishes_and_reads_the_sender_block_from_its_cache(central, cache):
    from cumuldesk.params.loader import load_parameters
    from cumuldesk.services.desk import Desk

    desk = Desk(
        identity_of(central.sessions, SUPERVISOR), cache, load_parameters(), lambda: central
    )
    assert desk.sender_block(Language.DE) == SenderBlock.empty(Language.DE)
    done = desk.publish_sender_value("signatory", "de", "A. Beispiel\nGeneraldirektor", "Test")
    assert done.version == 1
    block = desk.sender_block(Language.DE)  # copied into this cache at once
    assert block.get(SenderField.SIGNATORY).lines == ("A. Beispiel", "Generaldirektor")
    assert (SenderField.SIGNATORY, Language.DE) in desk.organisation_values()

    handler = Desk(identity_of(central.sessions, "an"), cache, load_parameters(), lambda: central)
    with pytest.raises(NotAllowed):
        handler.publish_sender_value("phone", "de", "0900 00 00", "")
    assert handler.sender_block(Language.DE).get(SenderField.PHONE) is None
