"""Letters as pages, read back with pypdf (issue 17): each line of the text layer on one
page only, no heading as the last line of a page, no table row cut by a page (the table
continues under its header), an amount never apart from its EUR nor the BOB amount from
its word; the declaration page says where to post it back. In nl, fr and de, for a
person of 19 and one of 23 whose months are all arrears; then a made-up document that
puts a heading, and a table row, at every place near the foot of a page."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import replace

import pytest
from letter_sender import TEXTS, sender_block
from pypdf import PdfReader
from ui.conftest import DEMO_TODAY, NOW

from cumuldesk.domain.organisation import SenderField
from cumuldesk.services.dossiers.page_data import Representative
from cumuldesk.services.dossiers.store import open_dossier
from cumuldesk.services.letters import texts as texts
from cumuldesk.services.letters.drafting import draft_advice_note, draft_proposal
from cumuldesk.ui.letters.document import write_pdf

RENOUNCE_INSZ = "07071281025"  # 19, renunciation advised
PAST_21_INSZ = "02122982809"  # 23, every month in arrears
DECLARATION = {"nl": "Verklaring van verzaking", "fr": "Déclaration de renonciation",
               "de": "Verzichtserklärung"}  # fmt: skip
SENTENCE = 5  # words: a line of running text (a table cell's amount repeats on purpose)


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_lines(path) -> list[list[str]]:
    """Each page's lines (pypdf's text layer), without the header and footer bands."""
    pages = []
    for page in PdfReader(path).pages:
        lines = [flat(line) for line in page.extract_text().splitlines() if line.strip()]
        pages.append(lines)
    return pages


def body(pages: list[list[str]], reference: str, page_of: str) -> list[list[str]]:
    """The lines of each page between its header (the reference and INSZ, the title)
    and its footer (the reference, "page N of M")."""
    bodies = []
    for number, lines in enumerate(pages, start=1):
        footer = flat(page_of.format(n=number, m=len(pages)))
        kept = [line for line in lines if reference not in line and footer not in line]
        bodies.append(kept)
    return bodies


def write(draft, path) -> list[list[str]]:
    write_pdf(draft.html, path, reference=draft.reference, insz_formatted=draft.insz_formatted,
              title=draft.title, language=draft.language)  # fmt: skip
    pages = page_lines(path)
    return body(pages, draft.reference, texts.words(draft.language)["page_of"])


def headings(draft) -> list[str]:
    return [flat(html.unescape(text)) for text in re.findall(r"<h[23]>(.*?)</h[23]>", draft.html)]


def table_header_words(language: str) -> set[str]:
    w = texts.words(language)
    return {flat(w[key]) for key in ("period", "federal", "kept", "flemish", "difference")}


def assert_readable_pages(draft, bodies: list[list[str]]) -> None:
    title_lines = {flat(draft.title)}
    repeated = table_header_words(str(draft.language))
    seen: dict[str, int] = {}
    for number, lines in enumerate(bodies[:-1]):  # the letter's pages (the declaration apart)
        for line in lines:
            if line in title_lines or any(line in words for words in repeated):
                continue  # the title and a table's header, repeated on purpose
            if len(line.split()) < SENTENCE:
                continue  # a table cell: the same amount in several rows
            assert seen.setdefault(line, number) == number, f"{line!r} on two pages"
    for number, lines in enumerate(bodies):
        if not lines:
            continue
        last = lines[-1]
        assert not any(last == h or h.startswith(last) for h in headings(draft)), (
            f"page {number + 1} ends with the heading {last!r}"
        )
        for line in lines:
            assert line != "EUR" and not line.startswith("EUR ")  # EUR beside its amount


def opened(ctx, insz):
    view = open_dossier(
        ctx.desk.cache, ctx.desk.identity, insz, today=DEMO_TODAY, clock=lambda: NOW
    )
    return view, view.simulation_report(ctx.desk.law)


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
@pytest.mark.parametrize("insz", [RENOUNCE_INSZ, PAST_21_INSZ], ids=["19", "23-arrears"])
def test_each_line_once_no_lonely_heading_no_cut_row(ui_context, tmp_path, language, insz):
    view, report = opened(ui_context, insz)
    view = replace(view, language=language)
    for representative in (None, Representative("Mira Testouder", "bewindvoerder")):
        draft = draft_proposal(
            view, report, ui_context.desk.law, today=DEMO_TODAY,
            handler=ui_context.desk.identity, representative=representative,
            address=("Proefstraat 1", "9999 Teststad"), sender=sender_block(language),
        )  # fmt: skip
        bodies = write(draft, tmp_path / f"{language}-{insz}.pdf")
        assert_readable_pages(draft, bodies)
        text = [line for lines in bodies for line in lines]
        # each comparison row whole on one page: the BOB amount with its word, the total
        for row in texts.comparison_rows(report):
            bob = flat(f"BOB {texts.money(row.bob, language)}")
            assert any(bob in line for line in text), bob
        total = flat(texts.words(language)["total"].format(
            months=texts.months_count(len(report.months), language)))  # fmt: skip
        gain = flat(texts.eur(texts.total_gain(report), language))
        # the total row on one page: its label's words (wrapped in its cell) and the gain
        start = total.split()[0]
        [page] = [lines for lines in bodies if any(line.startswith(start) for line in lines)]
        assert all(word in " ".join(page).split() for word in total.split())
        assert any(gain in line for line in page)
        # the declaration page: where to post it back, by when
        declaration = " ".join(bodies[-1])
        assert flat(DECLARATION[language]) in declaration
        for line in TEXTS[SenderField.ADDRESS].splitlines():
            assert flat(line) in declaration
        assert texts.long_date(draft.answer_deadline, language) in declaration


def test_the_advice_note_has_each_line_once(ui_context, tmp_path):
    view, report = opened(ui_context, RENOUNCE_INSZ)
    draft = draft_advice_note(
        view, report, view.check_report(ui_context.desk.law), ui_context.desk.law,
        today=DEMO_TODAY, handler=ui_context.desk.identity, sender=sender_block("nl"),
    )  # fmt: skip
    bodies = write(draft, tmp_path / "advice.pdf")
    for number, lines in enumerate(bodies):
        last = lines[-1] if lines else ""
        assert not any(last == h for h in headings(draft)), number
    # a row of the law values' table (a name, a value, a long source) never cut in two:
    # the source's last words are on the page of its name
    for lines in bodies[1:]:
        assert not lines or not lines[0].startswith("https://"), lines[:3]


FILLER = "<p>Regel {n} van de opvulling, lang genoeg om een volle regel te vullen.</p>"


@pytest.mark.parametrize("fill", range(36, 52))
def test_a_heading_stays_with_its_text_and_a_row_is_never_cut(ui_context, tmp_path, fill):
    """Filler paragraphs push a heading, then a table of three-line rows, to every place
    near the foot of page 1: the heading never ends a page, no row is cut, and each line
    is on one page."""
    rows = "".join(
        f"<tr><td>Rij {r} eerste<br/>Rij {r} tweede<br/>Rij {r} derde</td>"
        f"<td align='right'>{r},00&nbsp;EUR</td></tr>"
        for r in range(1, 9)
    )
    document = (
        "<html><body>"
        + "".join(FILLER.format(n=n) for n in range(fill))
        + "<h3>Een kop onderaan</h3><p>De tekst bij de kop, twee regels lang: "
        + "woorden " * 18
        + "</p>"
        + "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        + "<thead><tr><th>Kolom A</th><th>Kolom B</th></tr></thead>"
        + rows
        + "</table><p>Einde.</p></body></html>"
    )
    path = tmp_path / "made-up.pdf"
    write_pdf(document, path, reference="REF-1", insz_formatted="00.00.00-000.00",
              title="Testbrief", language="nl")  # fmt: skip
    bodies = body(page_lines(path), "REF-1", texts.words("nl")["page_of"])
    seen: dict[str, int] = {}
    for number, lines in enumerate(bodies):
        assert lines and lines[-1] != "Een kop onderaan"
        for line in lines:
            if line.startswith("Kolom") or line == "Testbrief":
                continue  # the table's header, repeated on each page on purpose; the title
            assert seen.setdefault(line, number) == number, f"{line!r} on two pages"
    for r in range(1, 9):
        [page] = {n for n, lines in enumerate(bodies) for line in lines if f"Rij {r} " in line}
        assert any(f"{r},00 EUR" in line for line in bodies[page])
    heading = next(n for n, lines in enumerate(bodies) if "Een kop onderaan" in lines)
    assert any(line.startswith("De tekst bij de kop") for line in bodies[heading])
