"""The demo's sender block: exactly the sourced public facts (the organisation's name,
the postal address and the free phone number, in nl, fr and de, each with its source
note), the opening hours and the signatory left unpublished; a sender block a supervisor
published is never replaced (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from demo_checks import create
from factories import identity_of, make_handler
from sqlalchemy import func, select

from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderField
from cumuldesk.services.organisation import Publication, publish, read_sender_block
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import OrganisationValue, Role

ADDRESS_LINES = ("Kruidtuinlaan 50, bus 150", "1000 Brussel")  # the name is its own field
NAMES = {
    Language.NL: ("FOD Sociale Zekerheid", "Directie-generaal Personen met een handicap"),
    Language.FR: ("SPF Sécurité sociale", "Direction générale Personnes handicapées"),
    Language.DE: ("FÖD Soziale Sicherheit", "Generaldirektion Personen mit Behinderung"),
}


@pytest.fixture
def demo(central_engine):
    create(central_engine, 20, seed=3)
    return session_factory(central_engine)


@pytest.mark.parametrize("language", list(Language))
def test_the_demo_seeds_exactly_the_sourced_fields(demo, language):
    with demo() as session:
        block = read_sender_block(session, language)
    assert block.missing == (SenderField.HOURS, SenderField.SIGNATORY)  # not sourced: left out
    assert block.not_sourced == ()  # every seeded value names its source
    address = block.get(SenderField.ADDRESS)
    assert address.lines == ADDRESS_LINES  # the same words in every language
    assert "advies-2016-08" in address.source
    phone = block.get(SenderField.PHONE)
    assert phone.text == "0800 987 99" and "advies-2016-08" in phone.source
    assert block.get(SenderField.ORGANISATION).lines == NAMES[language]
    assert {block.get(f).published_by for f in block.values if block.get(f)} == {"demo data"}


def test_a_sender_block_a_supervisor_published_is_never_replaced_by_the_demo(central_engine):
    factory = session_factory(central_engine)
    with factory.begin() as session:
        session.add(make_handler("lea.sup", Role.SUPERVISOR))
    publish(
        factory,
        identity_of(factory, "lea.sup"),
        Publication.checked("hours", "nl", "maandag tot vrijdag", "interne nota"),
    )
    create(central_engine, 20, seed=3)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(OrganisationValue)) == 1
        assert read_sender_block(session, Language.NL).missing[0] is SenderField.ORGANISATION


def test_the_demo_seeds_nine_values_and_force_keeps_them(central_engine):
    create(central_engine, 20, seed=3)
    create(central_engine, 20, seed=4, force=True)
    with session_factory(central_engine)() as session:
        versions = session.scalars(select(OrganisationValue.version)).all()
    assert sorted(versions) == list(range(1, 10))
