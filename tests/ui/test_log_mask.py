"""The log mask covers every INSZ form the parser accepts (issue 15, point 5).

The forms are generated from the parser itself: which characters
`normalise_insz_input` strips between two digits and which it reads as digits is found
by asking it about every Unicode code point; hypothesis then writes valid INSZ with any
mix of those between and around the digits, and every string the parser accepts as an
INSZ must come out of the mask, and out of a real log file, without a digit of it.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cumuldesk.domain.insz import (
    InszError,
    InszKind,
    build_insz,
    normalise_insz_input,
    parse_insz,
)
from cumuldesk.ui.kit import logs
from cumuldesk.ui.kit.logs import MASK, mask_insz, setup_logging

INSZ = build_insz(date(1985, 7, 30), 33)  # 85073003328
EXAMPLES = 300  # hypothesis examples per test (bounded for CI)


def _code_points() -> range:
    return range(sys.maxunicode + 1)


@cache
def stripped_between_digits() -> tuple[str, ...]:
    """Every character the parser drops between two digits (any kind of whitespace, its
    separators, zero-width characters), found by asking the parser."""
    return tuple(
        chr(code)
        for code in _code_points()
        if not 0xD800 <= code <= 0xDFFF and normalise_insz_input(f"1{chr(code)}2") == "12"
    )


@cache
def read_as_digits() -> dict[str, str]:
    """{character: the ASCII digit the parser reads it as}, found by asking the parser."""
    found = {}
    for code in _code_points():
        if 0xD800 <= code <= 0xDFFF:
            continue
        cleaned = normalise_insz_input(chr(code))
        if len(cleaned) == 1 and cleaned in "0123456789":
            found[chr(code)] = cleaned
    return found


def test_the_parser_rules_found_are_the_expected_ones():
    between = set(stripped_between_digits())
    assert {" ", "\t", "\n", "\u00a0", "\u3000", ".", "-", "/", "\u2013", "\u200b"} <= between
    assert not between & set("0123456789',;:_")
    digits = read_as_digits()
    assert set(digits) == set("0123456789") | {chr(0xFF10 + n) for n in range(10)}


def test_every_character_the_parser_strips_is_covered_by_the_mask():
    """Exhaustive: each stripped character, alone and repeated, between the digits."""
    missed = []
    for character in stripped_between_digits():
        for glue in (character, character * 3, f" {character} "):
            text = glue.join([INSZ[:2], INSZ[2:4], INSZ[4:6], INSZ[6:9], INSZ[9:]])
            assert parse_insz(text).digits == INSZ  # the parser accepts it ...
            if mask_insz(f"opened {text} today") != f"opened {MASK} today":
                missed.append(f"U+{ord(character):04X}")  # ... so the mask must take it
    assert missed == []


def _insz_with(digit: str) -> str:
    """A valid INSZ that has `digit` in it."""
    return next(
        number
        for counter in range(1, 999)
        if digit in (number := build_insz(date(1985, 7, 30), counter))
    )


def test_every_character_the_parser_reads_as_a_digit_is_masked():
    missed = []
    for character, digit in read_as_digits().items():
        number = _insz_with(digit)
        text = number.replace(digit, character)
        assert parse_insz(text).digits == number
        if mask_insz(f"x {text} y") != f"x {MASK} y":
            missed.append(f"U+{ord(character):04X}")
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "85/07/30-033/28",
        "85.07.30 - 033.28",
        "85 / 07 / 30 - 033 . 28",
        "85\u00a007\u00a030\u00a0033\u00a028",
        "８５０７３００３３２８",
        "85.07.30\u2013033.28",
        "85\t07\t30\n033\n28",
        "'85073003328",
        "\u200b85073003328\u200b",
    ],
)
def test_the_forms_of_the_issue_and_others_are_masked(text):
    assert parse_insz(text).digits == INSZ
    assert not any(c.isdigit() for c in mask_insz(f"looked up {text} for an.demo"))


def test_a_longer_run_that_may_hold_an_insz_is_masked_whole():
    assert mask_insz(f"{INSZ} 1 period") == f"{MASK} period"
    assert mask_insz(f"1 {INSZ}") == MASK
    assert mask_insz(f"02 123 45 67 {INSZ[:6]} {INSZ[6:]}") == MASK


# ------------------------------------------------------------------ generated forms


@st.composite
def accepted_forms(draw) -> tuple[str, str]:
    """(a string the parser accepts as an INSZ, its 11 digits)."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)))
    counter = draw(st.integers(min_value=1, max_value=998))
    kind = draw(st.sampled_from(InszKind))  # national register or BIS number
    digits = build_insz(born, counter, kind=kind, sex_known=draw(st.booleans()))
    to_char = {d: [c for c, v in read_as_digits().items() if v == d] for d in "0123456789"}
    glue = st.text(alphabet=st.sampled_from(stripped_between_digits()), max_size=3)
    parts = [draw(glue)]
    for digit in digits:
        parts.append(draw(st.sampled_from(to_char[digit])))
        parts.append(draw(glue))
    text = "".join(parts)
    if draw(st.booleans()):  # Excel's text marker, which the parser drops too
        text = draw(st.sampled_from(["'", "\u2019"])) + text
    return text, digits


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(accepted_forms(), st.sampled_from(["dossier {} opened", "{}", "for {}: 2 periods"]))
def test_every_generated_form_the_parser_accepts_is_masked(form, template):
    text, digits = form
    try:
        parsed = parse_insz(text)
    except InszError as exc:  # the generator must only write accepted forms
        pytest.fail(f"the parser refused a generated form: {exc.code}")
    assert parsed.digits == digits
    masked = mask_insz(template.format(text))
    assert MASK in masked
    assert digits not in normalise_insz_input(masked)
    assert not any(c in read_as_digits() for c in masked.replace("2 periods", ""))


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)
    path = setup_logging(tmp_path / "logs")
    yield path
    root.removeHandler(logs._handler)
    logs._handler.close()
    logs._handler = None


def test_generated_forms_never_reach_the_log_file(log_file):
    """Through the real log handler: message, arguments and exception text."""
    forms: list[str] = []

    @settings(max_examples=100, deadline=None, database=None)
    @given(accepted_forms())
    def collect(form):
        forms.append(form[0])

    collect()
    log = logging.getLogger("cumuldesk.test")
    for text in forms:
        log.info("looked up %s", text)
        log.warning(f"dossier {text} opened")
        try:
            raise ValueError(f"no dossier for {text}")
        except ValueError:
            log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert written.count(MASK) == 3 * len(forms)  # argument, message, exception text
    leftover = normalise_insz_input(written)
    assert not any(form_digits in leftover for form_digits in map(normalise_insz_input, forms))
