"""The desk's letters section on an.demo's synced demo cache: what the letters dialog
reads in one call, a draft saved and a letter finalised (each saying what changed, the
confirmation of unverified parameters still required), a print audited, and the dossier
`cumuldesk letter` drafts from."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from factories import identity_of
from sqlalchemy import select
from ui.conftest import DEMO_TODAY, HANDLER, NOW, UI_CACHE_KEY, _central, ui_files, ui_template

from cumuldesk.domain.cases import Language, LetterKind
from cumuldesk.errors import BadInput
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.desk import Change, Changes, Desk
from cumuldesk.services.letters.setup import IVT_IT_BETTER
from cumuldesk.services.letters.store import Output
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox

__all__ = ["ui_files", "ui_template"]  # fixtures shared with the desktop tests

RENOUNCE_INSZ = "07071281025"  # a demo dossier (team Gent) where renunciation is advised
IVT_IT_INSZ = "08050368836"  # a demo dossier where IVT/IT is more favourable
PROPOSAL, ADVICE = LetterKind.RENUNCIATION_PROPOSAL, LetterKind.ADVICE_NOTE


@pytest.fixture
def desk(ui_files):
    central = _central(ui_files.central)
    try:
        identity = identity_of(central.sessions, HANDLER)
    finally:
        central.close()
    cache = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)
    yield Desk(
        identity, cache, load_parameters(), lambda: _central(ui_files.central), clock=lambda: NOW
    )
    cache.close()


def report_of(desk: Desk, insz: str):
    return desk.open_dossier(insz, quiet=True).view.simulation_report(desk.law)


def audit_items(desk: Desk) -> list[dict]:
    with desk.cache.engine.connect() as connection:
        rows = connection.execute(select(outbox.c.kind, outbox.c.payload)).all()
    return [json.loads(row.payload) for row in rows if row.kind == "audit"]


def test_the_dialog_reads_the_drafts_and_the_stored_letters_in_one_call(desk):
    setup = desk.letter_setup(RENOUNCE_INSZ, report_of(desk, RENOUNCE_INSZ))
    assert setup.insz == RENOUNCE_INSZ and setup.reference is not None
    proposal, advice = setup.slot(PROPOSAL), setup.slot(ADVICE)
    assert proposal.kind is PROPOSAL and advice.kind is ADVICE
    assert proposal.draft is not None and proposal.draft.kind is PROPOSAL
    assert proposal.draft.language is Language.NL and proposal.editable
    assert advice.draft is not None and advice.stored is None
    assert proposal.draft.answer_deadline == DEMO_TODAY + timedelta(days=30)
    assert desk.case_letters(setup.reference) == []

    other = desk.letter_setup(IVT_IT_INSZ, report_of(desk, IVT_IT_INSZ))
    assert other.proposal.draft is None and other.proposal.reason == IVT_IT_BETTER


def test_a_draft_and_a_finalised_letter_say_what_changed(desk):
    setup = desk.letter_setup(RENOUNCE_INSZ, report_of(desk, RENOUNCE_INSZ))
    draft = setup.proposal.draft
    reference = setup.reference
    expected = Changes.of(Change.CASES, Change.OUTBOX, persons=[RENOUNCE_INSZ], cases=[reference])

    saved = desk.save_letter_draft(draft, draft.html)
    assert saved.changes == expected
    assert saved.letter.kind is PROPOSAL and not saved.letter.finalised
    assert saved.letter.html == draft.html
    again = desk.letter_setup(RENOUNCE_INSZ, report_of(desk, RENOUNCE_INSZ))
    assert again.proposal.stored == saved.letter  # the saved draft, shown from now on

    with pytest.raises(BadInput, match="confirm them explicitly"):
        desk.finalise_letter(draft, draft.html, confirmed_unverified=False)
    final = desk.finalise_letter(draft, draft.html, confirmed_unverified=True)
    assert final.changes == expected
    assert final.letter.finalised and final.letter.intact
    assert desk.finalised_letter(reference, PROPOSAL) == final.letter
    assert desk.finalised_letter(reference, ADVICE) is None
    assert [letter.id for letter in desk.case_letters(reference)] == [final.letter.id]
    with pytest.raises(BadInput, match="finalised"):
        desk.save_letter_draft(draft, "<p>other</p>")


def test_a_print_is_audited_and_waits_in_the_outbox(desk):
    setup = desk.letter_setup(RENOUNCE_INSZ, report_of(desk, RENOUNCE_INSZ))
    changes = desk.record_letter_output(setup.reference, ADVICE, Output.PRINTED)
    assert changes == Changes.of(Change.OUTBOX, persons=[RENOUNCE_INSZ], cases=[setup.reference])
    [event] = [item for item in audit_items(desk) if item["action"] == "printed"]
    assert event["details"] == {"case": setup.reference, "kind": "advice_note"}
    with pytest.raises(BadInput, match="unknown output"):
        desk.record_letter_output(setup.reference, ADVICE, "faxed")


def test_the_command_drafts_from_the_dossier_on_the_letters_date(desk):
    dossier = desk.letter_dossier(RENOUNCE_INSZ, today=DEMO_TODAY)
    view = dossier.view
    assert view.insz == RENOUNCE_INSZ and view.input.as_of == DEMO_TODAY
    assert view.case is not None
    assert dossier.address  # the postal address lines under the addressee's name
    opened = [item for item in audit_items(desk) if item["action"] == "dossier_opened"]
    assert opened  # an opening, audited (the dialog's reading is quiet)
    same = desk.letter_dossier(RENOUNCE_INSZ, today=DEMO_TODAY, reference=view.case.reference)
    assert same.view.case == view.case
