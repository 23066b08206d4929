"""A cache just filled (`cumuldesk cache fill`, the window's first sign-in) holds the
letters' sender block, so that a letter drafted offline before any sync prints it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cache_data import USER, populate_central
from factories import identity_of

from cumuldesk.config import CentralConfig
from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderField
from cumuldesk.services.cache_service import fill_cache, open_cache
from cumuldesk.services.central.connect import Central
from cumuldesk.services.organisation import read_sender_block
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import OrganisationValue

ADDRESS = "FOD Sociale Zekerheid\nKruidtuinlaan 50, bus 150\n1000 Brussel"


@pytest.fixture
def central(sqlite_central_url, monkeypatch):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", sqlite_central_url)
    engine = open_central(sqlite_central_url)
    migrate(engine)
    populate_central(engine)
    central = Central(
        CentralConfig(sqlite_central_url, False, "test"), engine, session_factory(engine)
    )
    with central.sessions.begin() as session:  # as a supervisor's publication left it
        session.add(
            OrganisationValue(
                field=SenderField.ADDRESS.value,
                language=Language.NL,
                text=ADDRESS,
                source="NHRPH advies 2016/08",
                published_by="eva.supervisor",
                published_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
                version=1,
            )
        )
    yield central
    central.close()


def test_a_filled_cache_holds_the_sender_block_before_any_sync(central, memory_keyring):
    fill_cache(central, identity_of(central.sessions, USER))
    with open_cache(USER) as cache, cache.sessions() as session:
        block = read_sender_block(session, Language.NL)
    address = block.get(SenderField.ADDRESS)
    assert address is not None and address.lines == (
        "FOD Sociale Zekerheid",
        "Kruidtuinlaan 50, bus 150",
        "1000 Brussel",
    )
    assert SenderField.HOURS in block.missing
