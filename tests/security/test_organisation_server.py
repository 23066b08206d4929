"""The letters' sender block on the production set-up (docs/security.md): the server
enforces who may write it. A handler connected with their own login reads it but an
INSERT, UPDATE or DELETE, or a call of the publishing function, is refused by PostgreSQL;
a supervisor publishes through `cumuldesk_api.organisation_publish` (the publisher is the
caller, audited), and the team's handler gets it with the sync, offline afterwards."""

from __future__ import annotations

import json

import pytest
from psycopg import errors
from secure_support import HANDLER, PASSWORD, SUPERVISOR, populate_secure
from sync_support import open_handler_cache

from cumuldesk.config import central_config
from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderField
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.central.connect import connect_central, sign_in_central
from cumuldesk.services.organisation import Publication, publish, read_sender_block
from cumuldesk.services.sync_service import sync_once
from cumuldesk.storage.database import is_secured

ADDRESS = "FOD Sociale Zekerheid\nKruidtuinlaan 50, bus 150\n1000 Brussel"
SOURCE = "NHRPH advies 2016/08, ph.belgium.be/nl/adviezen/advies-2016-08.html"


@pytest.fixture
def laptop(secure_central, monkeypatch):
    populate_secure(secure_central)
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    return secure_central


def _signed_in(username: str):
    central = connect_central(central_config(), credentials=(username, PASSWORD))
    return central, sign_in_central(central, username, PASSWORD)


def _count(world) -> int:
    with world.connect_admin() as admin:
        return int(admin.execute("SELECT count(*) FROM organisation_values").fetchone()[0])


def test_a_handler_is_refused_by_the_server_for_every_write(laptop):
    lea_central, lea = _signed_in(SUPERVISOR)
    try:
        publish(
            lea_central.sessions, lea, Publication.checked("phone", "nl", "0800 987 99", SOURCE)
        )
    finally:
        lea_central.close()
    writes = (
        (
            "INSERT INTO organisation_values (field, language, text, source, published_by,"
            " published_at, version) VALUES ('phone', 'nl', '0900 00 00', '', %s, now(), 99)",
            (HANDLER,),
        ),
        ("UPDATE organisation_values SET text = '0900 00 00'", ()),
        ("DELETE FROM organisation_values", ()),
        (
            "SELECT cumuldesk_api.organisation_publish('phone', 'nl', '0900 00 00', '')",
            (),
        ),
    )
    with laptop.connect_as(HANDLER, PASSWORD) as an:
        assert an.execute("SELECT text FROM organisation_values").fetchall() == [("0800 987 99",)]
        for sql, params in writes:
            with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
                an.execute(sql, params)
            an.rollback()
    with laptop.connect_admin() as admin:
        assert admin.execute("SELECT text, version FROM organisation_values").fetchall() == [
            ("0800 987 99", 1)
        ]


def test_the_service_refuses_a_handler_before_the_server_does(laptop):
    an_central, an = _signed_in(HANDLER)
    try:
        with pytest.raises(NotAllowed):
            publish(an_central.sessions, an, Publication.checked("phone", "nl", "x", ""))
    finally:
        an_central.close()
    assert _count(laptop) == 0


def test_the_server_checks_the_field_and_the_text_again(laptop):
    with laptop.connect_as(SUPERVISOR, PASSWORD) as lea:
        for args, says in (
            (("fax", "nl", "x", ""), "no such sender-block field"),
            (("phone", "en", "x", ""), "nl, fr or de"),
            (("phone", "nl", "  ", ""), "the text is empty"),
        ):
            with pytest.raises(errors.RaiseException, match=says):
                lea.execute("SELECT cumuldesk_api.organisation_publish(%s, %s, %s, %s)", args)
            lea.rollback()
    assert _count(laptop) == 0


def test_a_supervisor_publishes_on_the_server_and_the_handler_prints_it_offline(laptop, tmp_path):
    lea_central, lea = _signed_in(SUPERVISOR)
    try:
        assert is_secured(lea_central.engine)
        done = publish(
            lea_central.sessions, lea, Publication.checked("address", "fr", ADDRESS, SOURCE)
        )
        assert done.version == 1
    finally:
        lea_central.close()
    with laptop.connect_admin() as admin:
        row = admin.execute("SELECT published_by, source FROM organisation_values").fetchone()
        assert row == (SUPERVISOR, SOURCE)
        events = admin.execute(
            "SELECT actor, details FROM audit_events WHERE action = 'organisation_published'"
        ).fetchall()
    assert [(actor, json.loads(details)) for actor, details in events] == [
        (SUPERVISOR, {"field": "address", "language": "fr", "version": 1, "sourced": True})
    ]

    an_central, an = _signed_in(HANDLER)
    cache = open_handler_cache(tmp_path, owner=HANDLER)
    try:
        sync_once(an_central, cache, an)
        an_central.close()  # offline from here
        with cache.sessions() as session:
            block = read_sender_block(session, Language.FR)
        assert block.get(SenderField.ADDRESS).lines[-1] == "1000 Brussel"
        assert block.get(SenderField.ADDRESS).published_by == SUPERVISOR
        assert block.missing == (
            SenderField.ORGANISATION,
            SenderField.PHONE,
            SenderField.HOURS,
            SenderField.SIGNATORY,
        )
    finally:
        cache.close()


def test_bad_input_is_refused_before_the_server(laptop):
    with pytest.raises(BadInput):
        Publication.checked("phone", "nl", "", "")
