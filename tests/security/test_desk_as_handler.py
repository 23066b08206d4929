"""Everything the desk did before still works on the production set-up: the laptop's
configuration names no user, CumulDesk connects as the signed-in handler, and every
write goes through the server's functions (docs/security.md)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from secure_support import HANDLER, OTHER_HANDLER, PASSWORD, SUPERVISOR, populate_secure
from sqlalchemy import select
from sync_support import open_handler_cache

from cumuldesk.config import central_config
from cumuldesk.domain.insz import build_insz
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.cases import add_note, record_answer, save_letter
from cumuldesk.services.central.connect import connect_central, sign_in_central
from cumuldesk.services.dossiers.store import open_dossier
from cumuldesk.services.sync_service import sync_once
from cumuldesk.storage.models import Case, Note
from cumuldesk.sync.outbox import enqueue


@pytest.fixture
def laptop(secure_central, monkeypatch):
    populate_secure(secure_central)
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    return secure_central


def _signed_in(username: str = HANDLER, password: str = PASSWORD):
    central = connect_central(central_config(), credentials=(username, password))
    return central, sign_in_central(central, username, password)


def test_the_laptop_configuration_holds_no_password_and_a_wrong_one_is_refused(laptop):
    assert "@" not in laptop.laptop_url
    with pytest.raises(NotAllowed, match="wrong username or password"):
        connect_central(central_config(), credentials=(HANDLER, "not-the-password"))
    with pytest.raises(NotAllowed, match="wrong username or password"):
        connect_central(central_config(), credentials=("nobody.here", PASSWORD))
    with pytest.raises(NotAllowed, match="sign in first"):
        connect_central(central_config())


def test_sync_notes_answers_and_letters_as_a_handler(laptop, tmp_path):
    central, identity = _signed_in()
    try:
        assert (identity.username, identity.team) == (HANDLER, "T")
        cache = open_handler_cache(tmp_path, owner=HANDLER)
        first = sync_once(central, cache, identity)
        assert first.pulled.new_dossiers == 3  # team T only
        add_note(cache, identity, "CD-1", "Phoned the applicant.")
        save_letter(
            cache, identity, "CD-3", "advice_note", "nl", "Advies: verzaken.", finalised=True
        )
        second = sync_once(central, cache, identity)
        assert second.pushed.rejected == 0
        with cache.sessions() as session:  # the central row took the local one's place
            cached = session.scalars(select(Note).where(Note.text == "Phoned the applicant.")).one()
        assert cached.id > 0 and cached.created_at is not None
        assert second.pushed.applied >= 4  # note, letter and their audit events
        assert second.waiting.get("pending", 0) == 0
    finally:
        central.close()
    with laptop.connect_admin() as admin:
        notes = admin.execute(
            "SELECT n.text, h.username FROM notes n JOIN handlers h ON h.id = n.author_id"
            " JOIN cases c ON c.id = n.case_id WHERE c.reference = 'CD-1' ORDER BY n.id"
        ).fetchall()
        letter = admin.execute(
            "SELECT id, content_sha256 FROM letters WHERE finalised_at IS NOT NULL"
        ).fetchone()
        events = admin.execute(
            "SELECT action, actor, details FROM audit_events ORDER BY seq"
        ).fetchall()
    assert notes[-1] == ("Phoned the applicant.", HANDLER)
    actions = [e[0] for e in events]
    assert {"sign_in", "synced", "note_added", "letter_saved", "letter_finalised"} <= set(actions)
    finalised = next(json.loads(e[2]) for e in events if e[0] == "letter_finalised")
    assert finalised["letter"] == letter[0]
    assert finalised["content_sha256"] == letter[1]
    assert all(e[1] == HANDLER for e in events if e[0] != "handler_created")


def test_looking_up_another_teams_dossier_is_audited_by_the_server(laptop, tmp_path):
    other = build_insz(date(2004, 1, 1), 901)
    central, identity = _signed_in()
    try:
        cache = open_handler_cache(tmp_path, owner=HANDLER)
        sync_once(central, cache, identity)
        view = open_dossier(cache, identity, other, central=central, today=date(2026, 12, 1))
        assert view.source == "central"
        later = sync_once(central, cache, identity)
        assert later.pushed.rejected == 0
    finally:
        central.close()
    with laptop.connect_admin() as admin:
        opened = admin.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'dossier_opened'"
        ).fetchone()[0]
    assert opened == 1  # once, by the server: not again when the cache's event is pushed


def test_an_impossible_answer_is_refused_at_the_desk_and_by_the_server(laptop, tmp_path):
    central, identity = _signed_in(OTHER_HANDLER)
    try:
        cache = open_handler_cache(tmp_path, owner=OTHER_HANDLER)
        sync_once(central, cache, identity)
        # CD-901 has no proposal sent: the desk says so at once, nothing is queued
        with pytest.raises(BadInput, match="proposal that was sent"):
            record_answer(cache, identity, "CD-901", "accepted_renunciation", date(2024, 1, 10))
        assert sync_once(central, cache, identity).pushed.applied == 0
        # an outbox item forged in the cache (as an older or tampered laptop could send)
        # is refused by the server and comes back as a refused change
        with cache.engine.begin() as connection:
            case_id, seq = connection.execute(
                select(Case.id, Case.change_seq).where(Case.reference == "CD-901")
            ).one()
            enqueue(
                connection,
                "case",
                {
                    "case_id": case_id,
                    "base_seq": seq,
                    "changes": {"answer": "accepted_renunciation", "answer_date": "2024-01-10"},
                },
                case_id=case_id,
            )
        report = sync_once(central, cache, identity)
        assert report.pushed.rejected == 1
        assert report.waiting["rejected"] == 1
    finally:
        central.close()
    with laptop.connect_admin() as admin:
        answer = admin.execute("SELECT answer FROM cases WHERE reference = 'CD-901'").fetchone()
    assert answer == (None,)


def test_a_supervisor_signs_in_and_lists_accounts(laptop):
    from cumuldesk.services.accounts.handlers import list_handlers

    central, identity = _signed_in(SUPERVISOR)
    try:
        names = {h["username"] for h in list_handlers(central.sessions, identity)}
        with central.sessions() as session:
            assert session.scalars(select(Note.id)).all()  # reads under row-level security
    finally:
        central.close()
    assert {HANDLER, OTHER_HANDLER, SUPERVISOR} <= names


def test_the_window_signs_in_syncs_and_opens_a_dossier_as_a_handler(laptop, tmp_path):
    """The real window (offscreen), started as a handler would: `cumuldesk app
    --smoke-test` signs in, syncs the empty cache and opens the first dossier of the
    work list, all through the handler's own login."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "CUMULDESK_CENTRAL_URL": laptop.laptop_url,
        "CUMULDESK_USER": HANDLER,
        "CUMULDESK_PASSWORD": PASSWORD,
        "CUMULDESK_CACHE_PASSPHRASE": "a cache passphrase for the test",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "cumuldesk", "app", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    with laptop.connect_admin() as admin:
        actions = [r[0] for r in admin.execute("SELECT action FROM audit_events ORDER BY seq")]
    assert "sign_in" in actions and "synced" in actions
