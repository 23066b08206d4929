"""Fuzzing DOSSIER.json through `cumuldesk check` and `cumuldesk simulate`: any file gives
exit 0 or 2, one line naming the problem, no traceback, and nothing written."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from fuzz.support import FUZZ, OTHER_DIGITS, assert_clean_outcome, files_in, run_command
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))
BASES = [json.loads(path.read_text("utf-8")) for path in EXAMPLES]

digits = st.text(alphabet="0123456789", min_size=1, max_size=12)
# text that looks almost like what a field takes
amountish = st.one_of(
    st.builds(lambda a, b: f"{a}.{b}", digits, digits),  # some with 3+ decimals
    st.builds(lambda m, e: f"{m}e{e}", digits, st.integers(-50, 500)),
    st.builds(lambda n: "9" * n, st.integers(1, 6000)),
    st.text(alphabet="0123456789._-eE+, " + OTHER_DIGITS, min_size=1, max_size=12),
    st.sampled_from(
        ["1e30", "8_98.21", "NaN", "-0.00", "Infinity", "\u0668\u0669\u0668.\u0662\u0661"]
    ),
)
dateish = st.one_of(
    st.builds(lambda y, m, d: f"{y}-{m}-{d}", digits, digits, digits),
    st.builds(lambda y, m: f"{y}-{m}", digits, digits),
    st.dates().map(str),
    st.dates().map(lambda day: str(day)[:7]),
    st.text(alphabet="0123456789-W/:T " + OTHER_DIGITS, min_size=1, max_size=12),
    st.sampled_from(["2026-W48-1", "2026-11-23T10:00", "0001-01-01", "9999-12-31", "9999-12"]),
)
near_values = st.one_of(
    amountish,
    dateish,
    st.sampled_from(["06.05.20-117.55", "IVT", "IT", "flanders", "A", ""]),
    st.text(max_size=20),
)
json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**40), max_value=10**40),
        st.floats(allow_nan=False, allow_infinity=False),
        near_values,
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (keys of objects, indexes of lists)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated_dossiers(draw: st.DrawFn) -> str:
    """An example dossier with a few places replaced, removed or given an extra field."""
    data = copy.deepcopy(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 3))):
        places = [p for p in _paths(data) if p]
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent = data
        for step in place[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["near", "near", "replace", "remove", "add"]))
        if action == "near":  # a value almost of the field's kind
            parent[place[-1]] = draw(near_values)
        elif action == "replace":
            parent[place[-1]] = draw(json_values)
        elif action == "remove":
            del parent[place[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(json_values)
    return json.dumps(data, ensure_ascii=draw(st.booleans()))


raw_texts = st.one_of(
    st.text(max_size=200),
    st.builds(lambda n: "[" * n + "]" * n, st.integers(0, 3000)),
    st.builds(lambda n: '{"simulation": ' * n + "{}" + "}" * n, st.integers(0, 2000)),
    st.builds(lambda digits: '{"insz": ' + "9" * digits + "}", st.integers(1, 6000)),
    st.sampled_from(["", "null", "[]", "NaN", "Infinity", '{"insz": 1e999}', "\ufeff{}"]),
)


def _run_both(capsys, text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dossier.json"
        if isinstance(text, str):
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(text)
        for argv in (["check"], ["simulate", "--json"]):
            code, out, err = run_command(capsys, [*argv, str(path), "--shipped"])
            assert_clean_outcome(code, err)
            if code == 0 and "--json" in argv:
                json.loads(out)  # a complete JSON report
            if code != 0:
                assert out == ""
        assert files_in(Path(folder)) == {"dossier.json"}  # nothing written


@FUZZ
@given(mutated_dossiers())
def test_mutated_dossiers(capsys, text):
    _run_both(capsys, text)


@settings(FUZZ, max_examples=100)
@given(raw_texts)
def test_raw_texts(capsys, text):
    _run_both(capsys, text)


@settings(FUZZ, max_examples=50)
@given(st.binary(max_size=300))
def test_raw_bytes(capsys, data):
    _run_both(capsys, data)
