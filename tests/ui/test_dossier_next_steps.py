"""Issue 17: "dossier not found", "not available offline" and the retroactive-change
banner say what the handler can do next, with the window's keys."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import insert, select
from ui.central_switch import set_central_up
from ui.test_dossier_page import _cached_with_case, _not_in_cache, _page, _show

from cumuldesk.domain.insz import build_insz
from cumuldesk.storage.cache_models import retro_flags
from cumuldesk.storage.models import Case, CaseStatus, Person

pytestmark = pytest.mark.usefixtures("qapp")


def test_dossier_not_found_says_what_to_check_next(qtbot, ui_context):
    page = _page(qtbot, ui_context)
    page.show_dossier(build_insz(date(1950, 1, 1), 997))
    qtbot.waitUntil(lambda: page.message_text() != "", timeout=10_000)
    assert page.message_text() == "No dossier with this INSZ in the central database."
    hint = page.hint_text()
    assert "Check the number typed (Ctrl+L)." in hint
    assert "not in the VSB files imported so far" in hint
    assert "another team" in hint and "supervisor" in hint
    # a dossier shown afterwards takes the hint away
    insz, _, _, _ = _cached_with_case(ui_context)
    _show(qtbot, page, insz)
    assert page.hint_text() == "" and not page.hint_label.isVisible()


def test_not_available_offline_says_to_sync_with_its_key(qtbot, ui_context, ui_files):
    other = _not_in_cache(ui_context, ui_files)
    set_central_up(ui_context, False)
    page = _page(qtbot, ui_context)
    page.show_dossier(other)
    qtbot.waitUntil(lambda: page.message_text() != "", timeout=10_000)
    assert "not available offline" in page.message_text()
    assert page.hint_text() == (
        "Sync now (F5) tries the connection again; once online, open the dossier again "
        "from the look-up field (Ctrl+L)."
    )


def test_the_retroactive_banner_says_what_to_do_and_names_the_letter_sent(qtbot, ui_context):
    insz, person_id, _, _ = _cached_with_case(ui_context, CaseStatus.WAITING_FOR_ANSWER)
    with ui_context.desk.cache.sessions() as session:
        sent = session.scalars(
            select(Case.proposal_sent_on).where(Case.person_id == person_id)
        ).first()
    assert sent is not None
    with ui_context.desk.cache.engine.begin() as connection:
        connection.execute(
            insert(retro_flags).values(
                person_id=person_id,
                case_id=None,
                decision_ref="D-TEST",
                detected_at=datetime(2026, 11, 23, 8, 0),
                owed=json.dumps(["2025-03"]),
                stop=json.dumps([]),
            )
        )
    page = _page(qtbot, ui_context)
    _show(qtbot, page, insz)
    lines = page.retro_text().splitlines()
    assert lines[1] == "BOB becomes owed again for 03/2025."
    assert lines[2:] == [
        "What to do: simulate again (Ctrl+Shift+S) to see whether IVT/IT is still more favourable.",
        f"A renunciation proposal was sent on {sent:%d/%m/%Y}: check whether it still "
        "holds, and tell the applicant if it does not.",
        "Then press Acknowledge: the dossier leaves the work list's filter.",
    ]


def test_without_a_letter_sent_the_banner_does_not_mention_one(qtbot, ui_context):
    with ui_context.desk.cache.sessions() as session:
        person_id = session.scalars(
            select(Case.person_id).where(Case.proposal_sent_on.is_(None)).order_by(Case.id)
        ).first()
        insz = session.scalars(select(Person.insz).where(Person.id == person_id)).one()
    with ui_context.desk.cache.engine.begin() as connection:
        connection.execute(
            insert(retro_flags).values(
                person_id=person_id,
                case_id=None,
                decision_ref="D-TEST",
                detected_at=datetime(2026, 11, 23, 8, 0),
                owed=json.dumps([]),
                stop=json.dumps(["2025-09"]),
            )
        )
    page = _page(qtbot, ui_context)
    _show(qtbot, page, insz)
    text = page.retro_text()
    assert "simulate again (Ctrl+Shift+S)" in text and "Then press Acknowledge" in text
    assert "proposal was sent" not in text
