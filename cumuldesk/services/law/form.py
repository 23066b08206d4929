"""A law value as a supervisor types it in the window ("Propose a value"), checked field
by field before anything is sent; no Qt.

`check_proposal(form, metadata)` returns the `Proposal` that `services.law.data.propose` takes
(the value written the way the parameter files write it: "351.49", "true"), or raises
`ProposalProblems` with one marked message per wrong field, so that the dialog shows each
next to its field. An amount is typed the Belgian way ("351,49", "1.234,56"; the same
reader as the simulation's amounts). The central database checks everything again (and
who may propose): this is for saying it early and in the handler's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cumuldesk.domain.law import Kind
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import BadInput
from cumuldesk.params.loader import ParameterSet
from cumuldesk.services.simulation.form import FormError, parse_money_text
from cumuldesk.storage.law_data import value_text

CONTEXT = "LawForm"
TITLE_LENGTH = 500  # as services.law.data
URL_LENGTH = 1000
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
PROPOSABLE = (Kind.SOURCED.value, Kind.COMPUTED.value)
FIELDS = ("name", "bracket", "effective", "value", "kind", "source_title", "source_url")


@dataclass(frozen=True)
class ProposalForm:
    """The fields as the dialog read them (on the GUI thread)."""

    name: str
    bracket: str | None
    effective: date
    amount_text: str  # an amount as typed, for an amount parameter
    yes: bool | None  # the choice, for a yes/no rule
    kind: str
    source_title: str
    source_url: str


@dataclass(frozen=True)
class Proposal:
    """What `services.law.data.propose` takes."""

    name: str
    bracket: str | None
    effective: date
    value: str  # "351.49", "true" or "false"
    kind: str
    source_title: str
    source_url: str | None


class ProposalProblems(BadInput):
    """Fields that are wrong: {field: marked message}, in FIELDS order."""

    def __init__(self, problems: dict[str, Message]) -> None:
        self.problems = {field: problems[field] for field in FIELDS if field in problems}
        first = next(iter(self.problems.values()))
        super().__init__(first)


def _problem(text: str, **values: object) -> Message:
    return Message(CONTEXT, text, values)


def _value(form: ProposalForm, unit: str) -> str | Message:
    """The value as stored, or what is wrong with it."""
    if unit == "boolean":
        if form.yes is None:
            return _problem(QT_TRANSLATE_NOOP("LawForm", "choose yes or no"))
        return value_text(form.yes)
    try:
        return value_text(parse_money_text(form.amount_text, "value"))
    except FormError as exc:
        return exc.problem  # marked in the simulation form's context


def check_proposal(form: ProposalForm, metadata: ParameterSet) -> Proposal:
    """The proposal to send, or ProposalProblems naming every wrong field."""
    problems: dict[str, Message] = {}
    try:
        param = metadata.parameter(form.name)
    except KeyError:
        raise ProposalProblems(
            {"name": _problem(QT_TRANSLATE_NOOP("LawForm", "choose a law parameter"))}
        ) from None
    bracket = form.bracket or None
    if param.brackets is None:
        bracket = None
    elif bracket not in param.brackets:
        problems["bracket"] = _problem(
            QT_TRANSLATE_NOOP("LawForm", "choose the category the value is for")
        )
    value = _value(form, param.unit)
    if isinstance(value, Message):
        problems["value"] = value
    if form.kind not in PROPOSABLE:
        problems["kind"] = _problem(QT_TRANSLATE_NOOP("LawForm", "choose sourced or computed"))
    title = " ".join(form.source_title.split())
    if not title:
        problems["source_title"] = _problem(
            QT_TRANSLATE_NOOP(
                "LawForm", "give the title of the act or public page the value was read on"
            )
        )
    elif len(title) > TITLE_LENGTH:
        problems["source_title"] = _problem(
            QT_TRANSLATE_NOOP("LawForm", "at most {count} characters"), count=TITLE_LENGTH
        )
    url = form.source_url.strip()
    if url and (not _URL.fullmatch(url) or len(url) > URL_LENGTH):
        problems["source_url"] = _problem(
            QT_TRANSLATE_NOOP(
                "LawForm", "a web address starts with https:// or http:// (or leave it empty)"
            )
        )
    if problems:
        raise ProposalProblems(problems)
    assert isinstance(value, str)
    return Proposal(param.name, bracket, form.effective, value, form.kind, title, url or None)
