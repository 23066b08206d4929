"""The words of a letter ready to send (issue 17): the representative's capacity in the
letter's language (French elision), formal greetings and closings, the legal basis in
the rule section, the allowance(s) applied for in the declaration, a person past 21 with
every month in arrears (no past date as a deadline), and DG HAN's sender block: printed
in the head, under the proposal and on the declaration page, marked in the draft where
nobody published it, confirmed before finalising and left out of the finalised letter."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date

import pytest
from factories import identity_of
from letter_sender import TEXTS, sender_block
from ui.conftest import DEMO_TODAY, HANDLER, NOW, UI_CACHE_KEY, _central, ui_files, ui_template

from cumuldesk.domain.months import add_years
from cumuldesk.domain.organisation import SenderField
from cumuldesk.domain.periods import Regulation
from cumuldesk.errors import BadInput
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.page_data import Representative
from cumuldesk.services.dossiers.store import open_dossier
from cumuldesk.services.letters import texts as texts
from cumuldesk.services.letters.drafting import draft_advice_note, draft_proposal
from cumuldesk.services.letters.store import CONFIRMED, finalise
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox

__all__ = ["ui_files", "ui_template"]

PARAMS = load_parameters()
RENOUNCE_INSZ = "07071281025"  # 19, an IT decided, renunciation advised (test_letters.py)
PAST_21_INSZ = "02122982809"  # 23 on 23 November 2026 (21 on 29 December 2023), an IVT
LANGUAGES = ("nl", "fr", "de")
DECLARATION = {"nl": "Verklaring van verzaking", "fr": "Déclaration de renonciation",
               "de": "Verzichtserklärung"}  # fmt: skip


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


def proposal(cache, handler, language, insz=RENOUNCE_INSZ, **options):
    view = open_dossier(cache, handler, insz, today=DEMO_TODAY, clock=lambda: NOW)
    report = view.simulation_report(PARAMS)
    assert report.recommendation == "renounce", "the demo dossier changed: pick another"
    view = replace(view, language=language)
    options.setdefault("representative", None)
    options.setdefault("sender", sender_block(language))
    draft = draft_proposal(view, report, PARAMS, today=DEMO_TODAY, handler=handler, **options)
    return view, report, draft


def text_of(fragment: str) -> str:
    """The letter's text without its tags, entities resolved, one space between words."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def declaration(draft) -> str:
    return text_of(draft.html.split(DECLARATION[str(draft.language)])[1])


# ------------------------------------------------------------ the representative

CAPACITIES = [  # the capacity as recorded, in the letter's language, with "de"/"van"/"von"
    ("ouder", "nl", "als ouder van"),
    ("voogd", "nl", "als voogd van"),
    ("bewindvoerder", "nl", "als bewindvoerder van"),
    ("administrateur", "nl", "als bewindvoerder van"),
    ("ouder", "fr", "en tant que parent de"),
    ("voogd", "fr", "en tant que tuteur de"),
    ("bewindvoerder", "fr", "en tant qu’administrateur de"),
    ("parent", "fr", "en tant que parent de"),
    ("Betreuer", "fr", "en tant qu’administrateur de"),
    ("ouder", "de", "als Elternteil von"),
    ("voogd", "de", "als Vormund von"),
    ("bewindvoerder", "de", "als Verwalter von"),
    ("Elternteil", "de", "als Elternteil von"),
    ("curator", "nl", "als wettelijk vertegenwoordiger van"),  # not recognised: generic
    ("curator", "fr", "en tant que représentant légal de"),
    ("curator", "de", "als gesetzlicher Vertreter von"),
]


@pytest.mark.parametrize(("capacity", "language", "expected"), CAPACITIES)
def test_the_representatives_capacity_is_in_the_letters_language(
    cache, handler, capacity, language, expected
):
    view, _report, draft = proposal(
        cache, handler, language, representative=Representative("Mira Testouder", capacity)
    )
    text = text_of(draft.html)
    assert f"{expected} {view.name}" in text
    assert "en tant que ouder" not in text and "en tant que administrateur" not in text


def test_french_elides_que_and_de_before_a_vowel():
    assert texts.as_capacity("bewindvoerder", "fr") == "en tant qu’administrateur"
    assert texts.as_capacity("ouder", "fr") == "en tant que parent"
    assert texts.of_person("Anne Test", "fr") == "d’Anne Test"
    assert texts.of_person("Émile Test", "fr") == "d’Émile Test"
    assert texts.of_person("Zoé Test", "fr") == "de Zoé Test"
    assert texts.of_person("Anne Test", "nl") == "van Anne Test"  # no elision elsewhere


# ------------------------------------------------------------ greetings, legal basis

GREETINGS = {"nl": "Geachte heer/mevrouw,", "fr": "Madame, Monsieur,",
             "de": "Sehr geehrte Damen und Herren,"}  # fmt: skip
CLOSINGS = {
    "nl": "Hoogachtend,",
    "fr": "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations "
    "distinguées.",
    "de": "Mit freundlichen Grüßen",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_formal_greetings_and_closings(cache, handler, language):
    _view, _report, draft = proposal(cache, handler, language)
    text = text_of(draft.html)
    assert GREETINGS[language] in text and CLOSINGS[language] in text
    for informal in ("Beste ", "Bonjour", "Guten Tag", "Met vriendelijke groeten",
                     "Avec nos salutations les meilleures"):  # fmt: skip
        assert informal not in text


def test_a_greeting_by_title_and_name():
    assert texts.greeting("nl", texts.Salutation.MADAM, "Peeters") == "Geachte mevrouw Peeters,"
    assert texts.greeting("nl", texts.Salutation.SIR, "Peeters") == "Geachte heer Peeters,"
    assert texts.greeting("de", texts.Salutation.MADAM, "Peeters") == "Sehr geehrte Frau Peeters,"
    assert texts.greeting("de", texts.Salutation.SIR, "Peeters") == "Sehr geehrter Herr Peeters,"
    assert texts.greeting("fr", texts.Salutation.MADAM, "Peeters") == "Madame,"
    assert texts.closing("fr", texts.Salutation.SIR).startswith(
        "Nous vous prions d’agréer, Monsieur,"
    )
    assert texts.greeting("nl", texts.Salutation.MADAM, "") == "Geachte heer/mevrouw,"


RULE = {"nl": ("Wat zegt de regel?", "Wat betekent dat voor u?"),
        "fr": ("Que dit la règle ?", "Qu’est-ce que cela signifie pour vous ?"),
        "de": ("Was sagt die Regel?", "Was bedeutet das für Sie?")}  # fmt: skip
LEGAL_BASIS = {
    "nl": ("wet van 27 februari 1987 betreffende de tegemoetkomingen aan personen met een "
           "handicap", "besluit van de Vlaamse Regering van 7 mei 2021",
           "beraadslaging nr. 21/124 van 6 juli 2021 van het Informatieveiligheidscomité"),
    "fr": ("loi du 27 février 1987 relative aux allocations aux personnes handicapées",
           "l’arrêté du Gouvernement flamand du 7 mai 2021",
           "délibération n° 21/124 du 6 juillet 2021 du Comité de sécurité de l’information"),
    "de": ("Gesetz vom 27. Februar 1987 über die Beihilfen für Personen mit Behinderung",
           "Erlass der Flämischen Regierung vom 7. Mai 2021",
           "Beratung Nr. 21/124 vom 6. Juli 2021 des Informationssicherheitsausschusses"),
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rule_names_its_legal_basis(cache, handler, language):
    _view, _report, draft = proposal(cache, handler, language)
    start, end = (html.escape(heading) for heading in RULE[language])
    section = text_of(draft.html.split(start)[1].split(end)[0])
    for named in LEGAL_BASIS[language]:
        assert named in section


# ------------------------------------------------------------ what was applied for

APPLIED = {  # the declaration's words for IVT only, IT only, both
    "nl": ("inkomensvervangende tegemoetkoming (IVT)", "integratietegemoetkoming (IT)"),
    "fr": ("allocation de remplacement de revenus (ARR)", "allocation d’intégration (AI)"),
    "de": ("Einkommensersatzbeihilfe (EEB)", "Eingliederungsbeihilfe (EGB)"),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("regulation", [Regulation.IVT, Regulation.IT, Regulation.IVT_IT])
def test_the_declaration_renounces_what_was_applied_for(cache, handler, language, regulation):
    view = open_dossier(cache, handler, RENOUNCE_INSZ, today=DEMO_TODAY, clock=lambda: NOW)
    report = view.simulation_report(PARAMS)
    dossier = view.input.dossier
    periods = tuple(replace(p, regulation=regulation) for p in dossier.ivt_it_periods)
    changed = replace(view.input, dossier=replace(dossier, ivt_it_periods=periods))
    view = replace(view, language=language, input=changed)
    draft = draft_proposal(
        view, report, PARAMS, today=DEMO_TODAY, handler=handler, representative=None,
        sender=sender_block(language),
    )  # fmt: skip
    signed = declaration(draft)
    ivt, it = APPLIED[language]
    assert (ivt in signed) == (regulation in (Regulation.IVT, Regulation.IVT_IT))
    assert (it in signed) == (regulation in (Regulation.IT, Regulation.IVT_IT))


def test_the_demo_it_dossier_renounces_the_it_only(cache, handler):
    _view, _report, draft = proposal(cache, handler, "nl")
    signed = declaration(draft)
    assert "Ik verzaak aan de aanvraag voor een integratietegemoetkoming (IT)" in signed
    assert "inkomensvervangende" not in signed


# -------------------------------------------- a person past 21, every month in arrears

LONG_DATE = re.compile(r"\b(\d{1,2})\.? ([A-Za-zéûäöüÄÖÜ]+) (\d{4})\b")
NOT_BEFORE_DECIDING = {"nl": "Voor wij over uw aanvraag beslissen", "fr": "Avant de décider",
                       "de": "Bevor wir entscheiden"}  # fmt: skip
SINCE = {"nl": "Sinds uw 21ste verjaardag", "fr": "Depuis votre 21e anniversaire",
         "de": "Seit Ihrem 21. Geburtstag"}  # fmt: skip


def dates_in(text: str, language: str) -> list[date]:
    months = texts.words(language)["months"]
    found = []
    for day, month, year in LONG_DATE.findall(text):
        if month in months:
            found.append(date(int(year), months.index(month) + 1, int(day)))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_letter_for_a_person_past_21_with_every_month_in_arrears(cache, handler, language):
    view, report, draft = proposal(cache, handler, language, insz=PAST_21_INSZ)
    assert view.age == 23 and all(month.arrears for month in report.months)
    birthday21 = add_years(view.birth_date, 21)
    assert birthday21 < DEMO_TODAY
    w = texts.words(language)
    text = text_of(draft.html)
    assert NOT_BEFORE_DECIDING[language] not in text  # the months are past: no "before"
    assert text_of(html.escape(w["intro_past"].split("{")[0])) in text
    assert texts.period(*(report.horizon.start, report.horizon.end), language) in text
    assert text_of(html.escape(w["keeps_past"])) in text
    # the 21st birthday is named as past, never as a date to come
    said = w["new_application_past"].format(birthday=texts.long_date(birthday21, language))
    assert text_of(html.escape(said)) in text and SINCE[language] in text
    future = w["new_application"].split("(")[0]
    assert text_of(html.escape(future)) not in text
    assert text_of(html.escape(w["declared_new_application_past"])) in text
    # every date the letter gives: the letter's own, the deadline after it, the past
    # birthday, and the dates of the law, the decree and the deliberation it cites
    assert draft.answer_deadline > DEMO_TODAY
    cited = (date(1987, 2, 27), date(2021, 5, 7), date(2021, 7, 6))
    for day in dates_in(text, language):
        assert day in (DEMO_TODAY, draft.answer_deadline, birthday21, *cited), day
        if day == birthday21:
            assert text.count(texts.long_date(day, language)) == 1  # in "since ..." only


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_letter_with_months_to_come_keeps_the_wording_before_the_decision(
    cache, handler, language
):
    view, _report, draft = proposal(cache, handler, language)
    text = text_of(draft.html)
    assert NOT_BEFORE_DECIDING[language] in text and SINCE[language] not in text
    birthday21 = add_years(view.birth_date, 21)
    assert birthday21 > DEMO_TODAY and texts.long_date(birthday21, language) in text


# ------------------------------------------------------------------ the sender block


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sender_block_heads_signs_and_receives_the_declaration(cache, handler, language):
    _view, _report, draft = proposal(cache, handler, language)
    w = texts.words(language)
    head, rest = draft.html.split("<h2>", 1)
    letter, signed = rest.split(DECLARATION[language], 1)
    organisation = TEXTS[SenderField.ORGANISATION].splitlines()
    address = TEXTS[SenderField.ADDRESS].splitlines()
    assert f"<b>{organisation[0]}</b>" in head
    for line in organisation + address:
        assert html.escape(line) in head and html.escape(line) in signed  # where to post it
    assert html.escape(w["phone"].format(phone=TEXTS[SenderField.PHONE])) in head
    assert html.escape(w["hours"].format(hours=TEXTS[SenderField.HOURS])) in head
    closing = letter.split(html.escape(texts.closing(language)))[1]
    assert "<br/>".join(TEXTS[SenderField.SIGNATORY].splitlines()) in closing
    assert "[" not in text_of(draft.html.replace("[naam]", ""))  # nothing marked
    assert draft.sender_to_check == () and draft.sender_missing == ()


def test_a_field_nobody_published_is_marked_in_the_draft(cache, handler):
    missing = (SenderField.PHONE, SenderField.SIGNATORY)
    block = sender_block("nl", missing=missing, unsourced=(SenderField.HOURS,))
    _view, _report, draft = proposal(cache, handler, "nl", sender=block)
    text = text_of(draft.html)
    assert "[niet gepubliceerd: telefoonnummer]" in text
    assert "[niet gepubliceerd: ondertekenaar]" in text
    assert "Openingsuren: 9-12 uur" in text  # published without a source: printed
    assert draft.sender_to_check == (SenderField.PHONE, SenderField.HOURS, SenderField.SIGNATORY)
    assert draft.sender_missing == missing
    nothing = draft_advice_note(
        *(lambda v: (v, v.simulation_report(PARAMS), v.check_report(PARAMS), PARAMS))(
            open_dossier(cache, handler, RENOUNCE_INSZ, today=DEMO_TODAY, clock=lambda: NOW)
        ),
        today=DEMO_TODAY,
        handler=handler,
    )  # the advice note too, with nothing published yet
    assert "[niet gepubliceerd: postadres]" in text_of(nothing.html)
    assert set(nothing.sender_missing) == set(SenderField)


def audit_items(cache) -> list[dict]:
    import json

    with cache.engine.connect() as connection:
        rows = connection.execute(outbox.select()).all()
    return [json.loads(row.payload) for row in rows if row.kind == "audit"]


def test_finalising_with_an_incomplete_sender_block_asks_to_confirm(cache, handler):
    block = sender_block("nl", missing=(SenderField.PHONE,), unsourced=(SenderField.HOURS,))
    _view, _report, draft = proposal(cache, handler, "nl", sender=block)
    with pytest.raises(BadInput) as refused:
        finalise(cache, handler, draft, draft.html, confirmed_unverified=False, clock=lambda: NOW)
    assert (
        "the letter's sender block is not complete (the phone number: not published; the "
        "opening hours: no source): confirm it explicitly before finalising"
    ) in str(refused.value)
    stored = finalise(
        cache, handler, draft, draft.html, confirmed_unverified=True, clock=lambda: NOW
    )
    # what is finalised has no mark: the phone line is left out, the rest as drafted
    assert "gepubliceerd" not in stored.html and "Tel." not in stored.html
    assert "Openingsuren: 9-12 uur" in stored.html and "Voorbeeldlaan 99" in stored.html
    assert stored.html == texts.strip_unpublished(draft.html)
    [confirmed] = [item for item in audit_items(cache) if item["action"] == CONFIRMED]
    assert confirmed["details"]["sender_fields"] == ["phone", "hours"]


def test_a_complete_sender_block_and_sourced_values_need_no_confirmation(cache, handler):
    _view, _report, draft = proposal(cache, handler, "nl")
    draft = replace(draft, unverified=(), unverified_values=())
    assert not draft.to_confirm
    stored = finalise(
        cache, handler, draft, draft.html, confirmed_unverified=False, clock=lambda: NOW
    )
    assert stored.html == draft.html
