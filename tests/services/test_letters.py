"""Letters without Qt: the proposal in each language and the advice note drafted from a
demo dossier's simulation (every amount of the comparison, the deadline, the
declaration page, escaping), and storing: drafts, finalising (immutable, hashed, the
confirmation of unverified parameters audited), and audited prints and exports."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from factories import identity_of
from letter_sender import sender_block
from sqlalchemy import select, update
from ui.conftest import DEMO_TODAY, HANDLER, NOW, UI_CACHE_KEY, _central, ui_files, ui_template

from cumuldesk.errors import BadInput, IntegrityProblem
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.page_data import Representative
from cumuldesk.services.dossiers.store import open_dossier
from cumuldesk.services.law.names import value_name
from cumuldesk.services.letters import texts as texts
from cumuldesk.services.letters.drafting import (
    ADVICE_NOTE,
    PROPOSAL,
    ProposalNotApplicable,
    draft_advice_note,
    draft_proposal,
)
from cumuldesk.services.letters.store import (
    CONFIRMED,
    content_sha256,
    finalise,
    finalised_letter,
    postal_address,
    record_output,
    save_draft,
    stored_letters,
)
from cumuldesk.services.ts_catalogue import translator
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox
from cumuldesk.storage.models import Language, Letter

__all__ = ["ui_files", "ui_template"]  # fixtures shared with the desktop tests

PARAMS = load_parameters()
# a demo dossier (team Gent) where renunciation is advised: a decided IT of 435.89 EUR, a
# BOB after a voluntary switch from NRTH (kept with the IT, on both sides), 35 months
# 2025-09 to 2028-07, the 15 up to 2026-11 arrears (as of 23 November 2026)
RENOUNCE_INSZ = "07071281025"
IVT_IT_INSZ = "08050368836"  # a demo dossier where IVT/IT is more favourable


@pytest.fixture
def cache(ui_files):
    opened = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)
    yield opened
    opened.close()


@pytest.fixture
def handler(ui_files):
    central = _central(ui_files.central)
    try:
        return identity_of(central.sessions, HANDLER)
    finally:
        central.close()


def dossier(cache, handler, insz=RENOUNCE_INSZ):
    view = open_dossier(cache, handler, insz, today=DEMO_TODAY, clock=lambda: NOW)
    return view, view.simulation_report(PARAMS)


def audit_items(cache) -> list[dict]:
    with cache.engine.connect() as connection:
        rows = connection.execute(select(outbox.c.kind, outbox.c.payload)).all()
    return [json.loads(row.payload) for row in rows if row.kind == "audit"]


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_the_proposal_names_the_person_every_amount_and_the_deadline(cache, handler, language):
    view, report = dossier(cache, handler)
    assert report.recommendation == "renounce", "the demo dossier changed: pick another"
    view = replace(view, language=language)
    draft = draft_proposal(
        view, report, PARAMS, today=DEMO_TODAY, handler=handler, representative=None
    )
    text = draft.html
    assert (draft.kind, draft.language, draft.addressee) == (PROPOSAL, language, view.name)
    assert draft.reference == view.case.reference and draft.reference in text
    assert draft.insz_formatted == view.formatted_insz and view.formatted_insz in text
    assert html.escape(view.name) in text
    assert draft.answer_deadline == DEMO_TODAY + timedelta(days=30)
    assert texts.long_date(draft.answer_deadline, language) in text
    rows = texts.comparison_rows(report)
    assert sum(row.months for row in rows) == len(report.months) == 35
    for row in rows:
        for amount in (row.ivt_it, row.bob_kept, row.flemish, row.zorgtoeslag, row.bob, row.gain):
            assert texts.money(amount, language) in text
        assert texts.month_name(row.first, language) in text
    # an amount is never broken from its EUR (a no-break space)
    assert f"{texts.money(report.total_flemish, language)}\u00a0EUR" in text
    assert f"{texts.money(texts.total_gain(report), language)}\u00a0EUR" in text
    # The gain over the 35 months, by hand: IT 435.89 every month; BOB (kept, voluntary
    # switch) 344.60 (12 months from 2025-09), 351.49 (12 from 2026-09), 358.52 (11 from
    # 2027-09); zorgtoeslag 18 points 579.75 / 591.35 / 603.18 in the same runs.
    # Flemish 12 x 924.35 + 12 x 942.84 + 11 x 961.70 = 32984.98; federal 35 x 435.89 +
    # 12 x 344.60 + 12 x 351.49 + 11 x 358.52 = 15256.15 + 12296.80 = 27552.95; gain 5432.03.
    assert {"nl": "5.432,03", "fr": "5\u00a0432,03", "de": "5.432,03"}[language] in text
    # IVT + IT is the IT alone: the BOB kept is in its own column, never added to it
    assert f"{texts.eur('435.89', language)}" in text
    assert texts.money("780.49", language) not in text  # 435.89 + 344.60: the old mistake
    w = texts.words(language)
    assert (
        html.escape(w["arrears_section"].format(month=texts.month_name("2026-12", language)))
        in text
    )
    assert html.escape(w["voluntary_note"]) in text
    assert html.escape(w["law_data_shipped"]) in text  # the shipped law data: never synced
    assert texts.period(report.horizon.start, report.horizon.end, language) in text
    assert text.count('style="page-break-before: always"') == 1  # the declaration page
    assert "dpo@minsoc.fed.be" in text and "handicap.belgium.be" in text
    assert draft.title == texts.words(language)["proposal_title"]
    assert draft.unverified == (
        "bob_monthly",
        "zorgtoeslag_arrears_recovered",  # an open point of law, its default assumed
        "zorgtoeslag_monthly[total_18_20]",
    )
    assert draft.law_data_version is None
    assert [v.label for v in draft.unverified_values] == [
        p.value.name + (f"[{p.value.bracket}]" if p.value.bracket else "")
        for p in report.parameters
        if p.value.kind != "sourced"
    ]
    assert "$" not in text  # every placeholder filled


def test_month_names_and_dates_are_in_the_letters_language():
    assert texts.long_date(date(2026, 12, 23), "nl") == "23 december 2026"
    assert texts.long_date(date(2026, 12, 23), "fr") == "23 décembre 2026"
    assert texts.long_date(date(2026, 3, 2), "de") == "2. März 2026"
    assert texts.period("2025-04", "2027-12", "nl") == "van april 2025 tot en met december 2027"
    assert texts.money("1234.5", "nl") == "1.234,50" and texts.money("-38.49", "nl") == "-38,49"
    assert texts.money("1234.5", "de") == "1.234,50"
    assert texts.money("1234567.5", "fr") == "1\u00a0234\u00a0567,50"


def test_a_legal_representative_is_addressed_and_every_value_is_escaped(cache, handler):
    view, report = dossier(cache, handler)
    representative = Representative("Jan <b>&amp; Co", "bewindvoerder")
    draft = draft_proposal(
        view,
        report,
        PARAMS,
        today=DEMO_TODAY,
        handler=handler,
        representative=representative,
        answer_days=14,
        address=("Straat 1 <script>", "9000 Gent"),
    )
    assert draft.addressee == representative.name
    assert "Geachte heer/mevrouw," in draft.html  # formal, not by a first name
    assert "<p>Jan &lt;b&gt;&amp;amp; Co<br/>Straat 1" in draft.html  # the address block
    assert "<b>&amp;" not in draft.html and "<script>" not in draft.html
    assert "Straat 1 &lt;script&gt;<br/>9000 Gent" in draft.html
    assert f"als bewindvoerder van {html.escape(view.name)}" in draft.html
    assert draft.answer_deadline == DEMO_TODAY + timedelta(days=14)


def test_the_postal_address_is_the_cached_persons(cache, handler):
    lines = postal_address(cache, RENOUNCE_INSZ)
    assert len(lines) == 2 and lines[1][:4].isdigit()
    assert postal_address(cache, "00000000000") == ()


def test_no_proposal_when_ivt_it_is_more_favourable(cache, handler):
    view, report = dossier(cache, handler, IVT_IT_INSZ)
    assert report.recommendation == "ivt_it"
    with pytest.raises(ProposalNotApplicable, match="IVT/IT is more favourable"):
        draft_proposal(view, report, PARAMS, today=DEMO_TODAY, handler=handler, representative=None)


def test_the_advice_note_is_in_the_handlers_language_with_every_month(cache, handler):
    view, report = dossier(cache, handler)
    check = view.check_report(PARAMS)
    french = replace(handler, language=Language.FR)
    draft = draft_advice_note(view, report, check, PARAMS, today=DEMO_TODAY, handler=french)
    text = draft.html
    assert (draft.kind, draft.language, draft.answer_deadline) == (ADVICE_NOTE, "fr", None)
    assert "Note d’avis" in text and view.formatted_insz in text
    for month in report.months:
        assert texts.month_name(month.month, "fr") in text
        # IVT + IT (the IT here), the BOB kept beside it, then the totals and Flemish side
        keys = ("ivt_it", "bob_kept", "zorgtoeslag", "bob", "federal", "flemish", "difference")
        for key in keys:
            assert texts.money(getattr(month, key), "fr") in text
    # the arrears months apart, each part with its subtotal
    assert "Arriérés : les mois avant décembre 2026" in text and "À partir de décembre 2026" in text
    assert "Sous-total sur 15 mois" in text and "Sous-total sur 20 mois" in text
    french = translator("fr")
    for item in report.parameters:
        assert html.escape(value_name(item.value.name, item.value.bracket, french)) in text
        assert html.escape(texts.parameter_label(item)) not in text  # no internal key
        assert html.escape(item.value.source_title) in text
    assert "<b>calculée</b>" in text and "<b>\u26a0 reportée</b>" in text and ">sourcée<" in text
    # the open point of law in a sentence, in French
    assert "Points de droit ouverts sur lesquels repose cet avis" in text
    assert "récupéré" in text
    assert "données légales livrées avec l’application" in text  # the law-data version
    assert "proposer la renonciation" in text
    conflicts = check.conflict_months
    expected = texts.runs_text(conflicts, "fr") if conflicts else "aucun mois en conflit"
    assert html.escape(expected) in text


def test_finalising_needs_the_confirmation_of_unverified_parameters(cache, handler):
    view, report = dossier(cache, handler)
    draft = draft_proposal(
        view, report, PARAMS, today=DEMO_TODAY, handler=handler, representative=None,
        sender=sender_block(view.language),
    )  # fmt: skip
    before = len(audit_items(cache))
    with pytest.raises(BadInput, match="confirm them explicitly") as refused:
        finalise(cache, handler, draft, draft.html, confirmed_unverified=False, clock=lambda: NOW)
    # named in words: the values with their kind, the open point in a sentence
    assert "BOB / ondersteuningstoeslag per month, from 2025-09-01" in str(refused.value)
    assert "(computed)" in str(refused.value) and "Open point of law" in str(refused.value)
    assert len(audit_items(cache)) == before
    assert not any(letter.finalised for letter in stored_letters(cache, draft.reference))

    edited = draft.html.replace("Geachte heer/mevrouw,", "Geachte mevrouw,")
    stored = finalise(cache, handler, draft, edited, confirmed_unverified=True, clock=lambda: NOW)
    assert stored.finalised and stored.html == edited and stored.intact
    assert stored.sha256 == content_sha256(edited) and stored.author == handler.display_name
    events = audit_items(cache)[before:]
    assert [event["action"] for event in events] == [CONFIRMED, "letter_saved"]
    assert events[0]["details"] == {
        "case": draft.reference,
        "kind": PROPOSAL,
        "parameters": [
            "bob_monthly",
            "zorgtoeslag_arrears_recovered",
            "zorgtoeslag_monthly[total_18_20]",
        ],
        "law_data_version": None,
    }
    assert events[1]["details"] == {
        "case": draft.reference,
        "kind": PROPOSAL,
        "finalised": True,
        "law_data_version": None,
    }
    assert view.insz not in json.dumps(events) and view.family_name not in json.dumps(events)

    # immutable: neither a new draft nor a second final version, and nothing audited
    for attempt in (
        lambda: save_draft(cache, handler, draft, "<p>other</p>", clock=lambda: NOW),
        lambda: finalise(
            cache, handler, draft, "<p>other</p>", confirmed_unverified=True, clock=lambda: NOW
        ),
    ):
        with pytest.raises(BadInput, match="finalised"):
            attempt()
    assert len(audit_items(cache)) == before + 2
    assert finalised_letter(cache, draft.reference, PROPOSAL) == stored


def test_a_finalised_letter_changed_in_the_cache_is_detected(cache, handler):
    view, report = dossier(cache, handler)
    check = view.check_report(PARAMS)
    draft = draft_advice_note(view, report, check, PARAMS, today=DEMO_TODAY, handler=handler)
    stored = finalise(
        cache, handler, draft, draft.html, confirmed_unverified=True, clock=lambda: NOW
    )
    with cache.sessions.begin() as session:
        session.execute(update(Letter).where(Letter.id == stored.id).values(content="<p>x</p>"))
    with pytest.raises(IntegrityProblem):
        finalised_letter(cache, draft.reference, ADVICE_NOTE)


def test_a_draft_is_saved_again_and_outputs_are_audited_without_personal_data(cache, handler):
    view, report = dossier(cache, handler)
    draft = draft_proposal(
        view, report, PARAMS, today=DEMO_TODAY, handler=handler, representative=None
    )
    save_draft(cache, handler, draft, draft.html, clock=lambda: NOW)
    second = save_draft(cache, handler, draft, draft.html + "<p>PS</p>", clock=lambda: NOW)
    drafts = [letter for letter in stored_letters(cache, draft.reference) if letter.id < 0]
    assert [letter.id for letter in drafts] == [second] and not drafts[0].finalised
    before = len(audit_items(cache))
    record_output(cache, handler, draft.reference, PROPOSAL, "printed", clock=lambda: NOW)
    record_output(cache, handler, draft.reference, PROPOSAL, "pdf_exported", clock=lambda: NOW)
    events = audit_items(cache)[before:]
    assert [event["action"] for event in events] == ["printed", "pdf_exported"]
    assert all(e["details"] == {"case": draft.reference, "kind": PROPOSAL} for e in events)
    assert all(e["person_id"] > 0 and view.insz not in json.dumps(e) for e in events)
    with pytest.raises(BadInput, match="unknown output"):
        record_output(cache, handler, draft.reference, PROPOSAL, "faxed", clock=lambda: NOW)
    with pytest.raises(BadInput, match="no case"):
        record_output(cache, handler, "CD-0", PROPOSAL, "printed", clock=lambda: NOW)
