"""The law parameters in words (`services.law.names`: every shipped parameter and bracket
has a name; the translate callable is used) and the propose form's checks
(`services.law.form`: Belgian amounts, yes/no rules, categories, source, every wrong
field at once); no Qt."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from cumuldesk.domain.law import Kind
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.law import names as law_names
from cumuldesk.services.law.form import ProposalForm, ProposalProblems, check_proposal

PARAMS = load_parameters()


def test_every_shipped_parameter_and_bracket_has_a_name():
    for name in PARAMS.names():
        assert name in law_names.PARAMETER_NAMES, name
        brackets = PARAMS.parameter(name).brackets
        assert list(law_names.BRACKET_NAMES.get(name, {})) == list(brackets or ()), name
    assert set(law_names.PARAMETER_NAMES) == set(PARAMS.names())
    assert law_names.ordered_names(PARAMS.names())[:2] == ["ivt_yearly", "it_yearly"]


def test_names_in_english_and_through_a_translate_callable():
    assert law_names.parameter_name("ivt_yearly") == "IVT per year"
    assert law_names.bracket_name("zorgtoeslag_ivt_it_ban", "brussels") == "Brussels"
    assert law_names.bracket_name("ivt_yearly", None) == ""
    assert law_names.value_name("it_yearly", "3") == "IT per year, category 3: 12 to 14 points"
    assert law_names.kind_name(Kind.CARRIED) == "carried"
    assert law_names.state_name("proposed") == "proposed"
    assert law_names.yes_no(True) == "yes"
    asked: list[tuple[str, str]] = []

    def marked(context: str, text: str) -> str:
        asked.append((context, text))
        return f"<{text}>"

    assert law_names.value_name("ivt_yearly", "A", marked) == (
        "<<IVT per year>, <category A: lives with relatives or other>>"
    )
    assert {context for context, _ in asked} == {law_names.CONTEXT}
    # a name the map does not know is shown as written, never refused
    assert law_names.parameter_name("new_rule") == "new_rule"
    assert law_names.bracket_name("ivt_yearly", "D") == "D"
    assert law_names.ordered_names(["zz", "ivt_yearly"]) == ["ivt_yearly", "zz"]


BASE = ProposalForm(
    name="bob_monthly",
    bracket=None,
    effective=date(2026, 9, 1),
    amount_text="1.351,49",
    yes=None,
    kind="sourced",
    source_title="  Groeipakket   bedragen ",
    source_url="",
)


def form(**changes: Any) -> ProposalForm:
    return dataclasses.replace(BASE, **changes)


def test_a_right_proposal_is_written_as_the_parameter_files_write_it():
    proposal = check_proposal(form(), PARAMS)
    assert (proposal.value, proposal.source_title, proposal.source_url) == (
        "1351.49",
        "Groeipakket bedragen",
        None,
    )
    rule = check_proposal(
        form(name="zorgtoeslag_ivt_it_ban", bracket="wallonia", yes=False, amount_text=""), PARAMS
    )
    assert (rule.value, rule.bracket) == ("false", "wallonia")
    assert check_proposal(form(bracket="A"), PARAMS).bracket is None  # no categories here


def test_every_wrong_field_is_named_at_once():
    with pytest.raises(ProposalProblems) as caught:
        check_proposal(
            form(
                name="ivt_yearly",
                bracket=None,
                amount_text="-5",
                kind="carried",
                source_title=" ",
                source_url="www.example.be",
            ),
            PARAMS,
        )
    problems = caught.value.problems
    assert list(problems) == ["bracket", "value", "kind", "source_title", "source_url"]
    assert str(problems["value"]) == "the amount cannot be negative"
    assert problems["value"].context == "SimulationForm"  # the simulation's amount reader
    assert problems["kind"].context == "LawForm"
    assert str(caught.value) == str(problems["bracket"])


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "enter an amount, for example 898,21"),
        ("12,3,4", "more than one decimal comma"),
        ("1,234", "at most two decimals (cents)"),
        ("abc", "not an amount (use digits and a decimal comma, e.g. 898,21)"),
    ],
)
def test_an_amount_that_is_no_amount(typed, said):
    with pytest.raises(ProposalProblems) as caught:
        check_proposal(form(amount_text=typed), PARAMS)
    assert {key: str(text) for key, text in caught.value.problems.items()} == {"value": said}


def test_a_yes_no_rule_needs_a_choice_and_a_long_title_is_refused():
    with pytest.raises(ProposalProblems) as caught:
        check_proposal(form(name="bob_ivt_it_ban", yes=None, source_title="x" * 501), PARAMS)
    assert list(caught.value.problems) == ["value", "source_title"]
    assert str(caught.value.problems["source_title"]) == "at most 500 characters"
