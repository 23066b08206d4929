"""Letters as PDF pages: each language's proposal and an advice note written to A4, their
text read back with pypdf (its layout mode: lines in reading order, as on the page) and
checked for what the reader needs:
the name, the formatted INSZ, every amount of the comparison, the deadline, a header
and a "page N of M" footer on every page, the declaration on its own page; fonts
embedded; the same letter printed and re-printed gives the same pages."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from letter_sender import sender_block
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from ui.conftest import DEMO_TODAY, NOW

from cumuldesk.params.loader import ParameterSet, load_parameters
from cumuldesk.services.dossiers.page_data import Representative
from cumuldesk.services.dossiers.store import open_dossier
from cumuldesk.services.letters import texts as texts
from cumuldesk.services.letters.drafting import draft_advice_note, draft_proposal, letter_title
from cumuldesk.services.letters.store import finalise, postal_address
from cumuldesk.storage.models import Language
from cumuldesk.ui.letters.document import print_document, write_pdf

RENOUNCE_INSZ = "07071281025"  # a demo dossier (team Gent) where renunciation is advised
DECLARATION = {"nl": "Verklaring van verzaking", "fr": "Déclaration de renonciation",
               "de": "Verzichtserklärung"}  # fmt: skip


def pdf_pages(path) -> list[str]:
    """The text of each page, its lines top to bottom (pypdf's layout mode; the tabs it
    puts between words made spaces)."""
    return [
        page.extract_text(extraction_mode="layout").replace("\t", " ")
        for page in PdfReader(path).pages
    ]


def font_descriptors(path) -> list:
    """The font descriptor of every font the pages use (of a composite font: its parts)."""
    found = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            parts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            found += [part["/FontDescriptor"].get_object() for part in parts]
    return found


def flat(text: str) -> str:
    """One space between words; ligatures the PDF's fonts made ("ﬁ") as letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def opened(ctx, insz=RENOUNCE_INSZ):
    view = open_dossier(
        ctx.desk.cache, ctx.desk.identity, insz, today=DEMO_TODAY, clock=lambda: NOW
    )
    return view, view.simulation_report(ctx.desk.law)


def write(draft, path, html=None) -> list[str]:
    pages = write_pdf(
        draft.html if html is None else html,
        path,
        reference=draft.reference,
        insz_formatted=draft.insz_formatted,
        title=draft.title,
        language=draft.language,
    )
    text = pdf_pages(path)
    assert len(text) == pages
    return text


def assert_header_and_footer(pages: list[str], draft, page_of: str) -> None:
    for number, page in enumerate(pages, start=1):
        first_line = page.strip().splitlines()[0]
        assert draft.reference in first_line and draft.insz_formatted in first_line
        assert page_of.format(n=number, m=len(pages)) in page.strip().splitlines()[-1]


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_each_languages_proposal_reads_back_from_the_pdf(ui_context, tmp_path, language):
    view, report = opened(ui_context)
    view = replace(view, language=language)
    representative = Representative("Mira Testouder", "ouder") if language == "fr" else None
    draft = draft_proposal(
        view,
        report,
        ui_context.desk.law,
        today=DEMO_TODAY,
        handler=ui_context.desk.identity,
        representative=representative,
        address=postal_address(ui_context.desk.cache, view.insz),
    )
    pages = write(draft, tmp_path / f"proposal-{language}.pdf")
    assert len(pages) >= 2
    words = texts.words(language)
    assert_header_and_footer(pages, draft, words["page_of"])
    everything = flat(" ".join(pages))
    assert view.name in everything
    if representative is not None:
        assert representative.name in everything
    assert view.formatted_insz in everything
    for row in texts.comparison_rows(report):
        for amount in (row.ivt_it, row.kept, row.flemish, row.gain):
            assert flat(f"{texts.money(amount, language)}\u00a0EUR") in everything
        for amount in (row.zorgtoeslag, row.bob):
            assert flat(texts.money(amount, language)) in everything
    for amount in (report.total_federal, report.total_flemish):
        assert flat(f"{texts.money(amount, language)}\u00a0EUR") in everything
    assert flat(f"{texts.money(texts.total_gain(report), language)}\u00a0EUR") in everything
    assert texts.long_date(draft.answer_deadline, language) in everything
    assert "dpo@minsoc.fed.be" in everything
    # the declaration to sign is alone on the last page, with the reference and INSZ
    declaration = flat(pages[-1])
    assert DECLARATION[language] in declaration
    assert draft.reference in declaration and view.formatted_insz in declaration
    assert all(DECLARATION[language] not in flat(page) for page in pages[:-1])


def test_the_advice_note_pdf_has_every_month_and_the_parameters(ui_context, tmp_path):
    view, report = opened(ui_context)
    draft = draft_advice_note(
        view,
        report,
        view.check_report(ui_context.desk.law),
        ui_context.desk.law,
        today=DEMO_TODAY,
        handler=ui_context.desk.identity,
    )
    pages = write(draft, tmp_path / "advice.pdf")
    assert len(pages) >= 2  # the month table runs over pages, with its header again
    assert_header_and_footer(pages, draft, "pagina {n} van {m}")
    everything = flat(" ".join(pages))
    assert "Adviesnota" in everything and view.name in everything
    for month in report.months:
        assert texts.month_name(month.month, "nl") in everything
    for amount in (report.total_federal, report.total_flemish, report.total_difference):
        assert texts.money(amount, "nl") in everything
    # every law value used, with its kind in words (no "verified" column any more)
    computed = sum(item.value.kind == "computed" for item in report.parameters)
    assert computed and everything.count("berekend") >= computed
    assert "\u26a0 overgenomen" in everything  # the open point of law, carried: loudly
    assert "stel voor om te verzaken" in everything
    assert sum("Verschil" in page and "Maand" in page for page in pages) >= 2


def test_fonts_are_embedded_and_the_same_letter_gives_the_same_pages(ui_context, tmp_path):
    view, report = opened(ui_context)
    draft = draft_proposal(
        view, report, ui_context.desk.law, today=DEMO_TODAY, handler=ui_context.desk.identity,
        representative=None,
    )  # fmt: skip
    first = write(draft, tmp_path / "one.pdf")
    assert write(draft, tmp_path / "two.pdf") == first
    fonts = font_descriptors(tmp_path / "one.pdf")
    assert fonts and all(  # every font embedded
        any(key in d for key in ("/FontFile", "/FontFile2", "/FontFile3")) for d in fonts
    )
    assert any("DejaVu" in str(d["/FontName"]) for d in fonts)

    # printing uses the same paint routine: the printout is the PDF
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = print_document(
        printer, draft.html, reference=draft.reference, insz_formatted=draft.insz_formatted,
        title=draft.title, language=draft.language,
    )  # fmt: skip
    del printer
    assert printed == len(first) and pdf_pages(tmp_path / "printed.pdf") == first


def test_a_finalised_letter_prints_again_exactly_as_stored(ui_context, tmp_path):
    view, report = opened(ui_context)
    draft = draft_proposal(
        view, report, ui_context.desk.law, today=DEMO_TODAY, handler=ui_context.desk.identity,
        representative=None, sender=sender_block(view.language),
    )  # fmt: skip
    edited = draft.html.replace("Geachte heer/mevrouw,", "Geachte mevrouw,")
    stored = finalise(
        ui_context.desk.cache,
        ui_context.desk.identity,
        draft,
        edited,
        confirmed_unverified=True,
        clock=lambda: NOW,
    )
    before = write(draft, tmp_path / "final.pdf", edited)
    again = write_pdf(
        stored.html,
        tmp_path / "again.pdf",
        reference=draft.reference,
        insz_formatted=view.formatted_insz,
        title=letter_title(stored.kind, stored.language),  # the language found from the title
    )
    assert again == len(before) and pdf_pages(tmp_path / "again.pdf") == before
    assert "Geachte mevrouw," in before[0]


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_the_letter_and_the_advice_note_name_the_law_data_version(ui_context, tmp_path, language):
    """Read back from the PDF: the letter and the advice note say which law-data version
    they were computed with; the voluntary-switch person's IVT + IT is the IT alone (the
    BOB kept in its own column), the arrears months apart."""
    shipped = load_parameters()
    params = ParameterSet(shipped._parameters, 7, "central law data v7")
    view = open_dossier(
        ui_context.desk.cache,
        ui_context.desk.identity,
        RENOUNCE_INSZ,
        today=DEMO_TODAY,
        clock=lambda: NOW,
    )
    report = view.simulation_report(params)
    assert report.law_version == 7
    assert all(m.bob_voluntary_switch for m in report.months)  # a voluntary switch
    w = texts.words(language)
    view = replace(view, language=language)
    letter = draft_proposal(
        view,
        report,
        params,
        today=DEMO_TODAY,
        handler=ui_context.desk.identity,
        representative=None,
    )
    identity = replace(ui_context.desk.identity, language=Language(language))
    advice = draft_advice_note(
        view, report, view.check_report(params), params, today=DEMO_TODAY, handler=identity
    )
    assert (letter.law_data_version, advice.law_data_version) == (7, 7)
    for draft in (letter, advice):
        pages = write(draft, tmp_path / f"{draft.kind}-{language}.pdf")
        everything = flat(" ".join(pages))
        label = {"nl": "Berekend met:", "fr": "Calculé avec :", "de": "Berechnet mit:"}[language]
        assert flat(f"{label} {w['law_data_version'].format(version=7)}") in everything
        notified = texts.month_name("2026-12", language)
        assert flat(w["arrears_section"].format(month=notified)) in everything
        assert flat(w["notified_section"].format(month=notified)) in everything
    # the letter: IVT + IT 435,89 (the IT), the BOB kept 344,60 beside it, never 780,49
    text = flat(" ".join(write(letter, tmp_path / f"again-{language}.pdf")))
    assert flat(f"{texts.money('435.89', language)}\u00a0EUR") in text
    assert flat(f"{texts.money('344.60', language)}\u00a0EUR") in text
    assert texts.money("780.49", language) not in text
    assert flat(w["voluntary_note"]) in text
