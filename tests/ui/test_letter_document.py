"""Letters as PDF pages: each language's proposal and an advice note written to A4, their
text read back with pdftotext (poppler-utils) and checked for what the reader needs:
the name, the formatted INSZ, every amount of the comparison, the deadline, a header
and a "page N of M" footer on every page, the declaration on its own page; fonts
embedded; the same letter printed and re-printed gives the same pages."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
from PySide6.QtPrintSupport import QPrinter
from ui.conftest import DEMO_TODAY, NOW

from cumuldesk.services import letter_texts as texts
from cumuldesk.services.dossier_desk import Representative
from cumuldesk.services.dossiers import open_dossier
from cumuldesk.services.letters import (
    draft_advice_note,
    draft_proposal,
    finalise,
    letter_title,
    postal_address,
)
from cumuldesk.ui.letter_document import print_document, write_pdf

RENOUNCE_INSZ = "07071281025"  # a demo dossier (team Gent) where renunciation is advised
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext not installed (Debian: apt-get install poppler-utils)"
)
DECLARATION = {"nl": "Verklaring van verzaking", "fr": "Déclaration de renonciation",
               "de": "Verzichtserklärung"}  # fmt: skip


def pdf_pages(path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    out = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    return " ".join(text.split())


def opened(ctx, insz=RENOUNCE_INSZ):
    view = open_dossier(ctx.cache, ctx.identity, insz, today=DEMO_TODAY, clock=lambda: NOW)
    return view, view.simulation_report(ctx.params)


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
        ui_context.params,
        today=DEMO_TODAY,
        handler=ui_context.identity,
        representative=representative,
        address=postal_address(ui_context.cache, view.insz),
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
        for amount in (row.federal, row.flemish, row.gain):
            assert flat(f"{texts.money(amount, language)} EUR") in everything
        for amount in (row.zorgtoeslag, row.bob):
            assert flat(texts.money(amount, language)) in everything
    for key in ("federal", "flemish"):
        assert flat(f"{texts.money(report['totals'][key], language)} EUR") in everything
    assert flat(f"{texts.money(texts.total_gain(report), language)} EUR") in everything
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
        view.check_report(ui_context.params),
        ui_context.params,
        today=DEMO_TODAY,
        handler=ui_context.identity,
    )
    pages = write(draft, tmp_path / "advice.pdf")
    assert len(pages) >= 2  # the month table runs over pages, with its header again
    assert_header_and_footer(pages, draft, "pagina {n} van {m}")
    everything = flat(" ".join(pages))
    assert "Adviesnota" in everything and view.name in everything
    for month in report["months"]:
        assert texts.month_name(month["month"], "nl") in everything
    for key in ("federal", "flemish", "difference"):
        assert texts.money(report["totals"][key], "nl") in everything
    unverified = sum(not item["verified"] for item in report["parameters"])
    assert unverified and everything.count("GEVERIFIEERD") == unverified  # "NIET GEVERIFIEERD"
    assert "stel voor om te verzaken" in everything
    assert sum("Zorgtoeslag" in page and "Maand" in page for page in pages) >= 2


def test_fonts_are_embedded_and_the_same_letter_gives_the_same_pages(ui_context, tmp_path):
    view, report = opened(ui_context)
    draft = draft_proposal(
        view, report, ui_context.params, today=DEMO_TODAY, handler=ui_context.identity,
        representative=None,
    )  # fmt: skip
    first = write(draft, tmp_path / "one.pdf")
    assert write(draft, tmp_path / "two.pdf") == first
    pdffonts = shutil.which("pdffonts")
    if pdffonts:
        fonts = subprocess.run(
            [pdffonts, str(tmp_path / "one.pdf")], check=True, capture_output=True, text=True
        ).stdout.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts)  # every font embedded
        assert any("DejaVu" in line for line in fonts)

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
        view, report, ui_context.params, today=DEMO_TODAY, handler=ui_context.identity,
        representative=None,
    )  # fmt: skip
    edited = draft.html.replace("Beste ", "Geachte ")
    stored = finalise(
        ui_context.cache,
        ui_context.identity,
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
    assert "Geachte " in before[0]
