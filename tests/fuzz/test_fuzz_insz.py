"""Fuzzing the INSZ parser, directly and through `cumuldesk insz`: any text is a valid
INSZ or an `InszError` whose one-line message repeats no digits of the number; the
command exits 0 or 2 with at most one line on stderr."""

from __future__ import annotations

import json
import re
from datetime import date

from fuzz.support import FUZZ, OTHER_DIGITS, assert_clean_outcome, run_command
from hypothesis import given
from hypothesis import strategies as st

from cumuldesk.domain.insz import (
    InszError,
    build_insz,
    format_insz,
    normalise_insz_input,
    parse_insz,
)

VALID = [build_insz(date(1985 + n, 1 + n % 12, 1 + n), 1 + n) for n in range(20)]
SEPARATORS = " .-/\u00a0\u2009\u3000\u2013\u2212\uff0e\u200b\t\n'\u2019"

# texts near an INSZ: digits (some of other scripts), separators, a letter now and then
near = st.text(alphabet="0123456789" + SEPARATORS + OTHER_DIGITS + "aXé", max_size=30)


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """A valid INSZ, formatted or not, with a few characters changed, added or removed."""
    text = list(draw(st.sampled_from(VALID + [format_insz(i) for i in VALID])))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        character = draw(st.sampled_from(list("0123456789" + SEPARATORS + OTHER_DIGITS)))
        if kind == "insert":
            text.insert(at, character)
        elif text and at < len(text):
            if kind == "delete":
                del text[at]
            else:
                text[at] = character
    return "".join(text)


texts = st.one_of(near, damaged(), st.text(max_size=40))


def _digit_triples(text: str) -> set[str]:
    """Every three digits in a row of the input, as the parser cleans it."""
    cleaned = normalise_insz_input(text)
    return {cleaned[i : i + 3] for i in range(len(cleaned) - 2) if cleaned[i : i + 3].isdigit()}


@FUZZ
@given(texts)
def test_the_parser_says_yes_or_why_not(text):
    try:
        insz = parse_insz(text)
    except InszError as error:
        assert error.message and "\n" not in error.message
        triples = _digit_triples(text)
        for run in re.findall(r"[0-9]{3,}", error.message):  # a month or day has two digits
            assert not any(run[i : i + 3] in triples for i in range(len(run) - 2)), run
        return
    assert len(insz.digits) == 11 and insz.digits.isascii() and insz.digits.isdigit()
    assert parse_insz(insz.formatted) == insz  # the display form reads back the same
    assert parse_insz(insz.digits) == insz


@FUZZ
@given(st.lists(texts, min_size=1, max_size=3), st.booleans())
def test_the_command(capsys, values, as_json):
    argv = ["insz", *(["--json"] if as_json else []), "--", *values]
    code, out, err = run_command(capsys, argv)
    assert_clean_outcome(code, err)
    if as_json:
        results = json.loads(out)
        assert [item["input"] for item in results] == values
        assert code == (0 if all(item["valid"] for item in results) else 2)
