"""The case words live in the domain; the storage uses the same ones, with the values the
database holds (migration 0001's constraints), so a stored row reads back unchanged."""

from __future__ import annotations

import pytest

from cumuldesk.domain import cases
from cumuldesk.storage import models

# the values of the database's columns: they never change (tests/storage guard migrations)
STORED = {
    cases.CaseStatus: [
        "new",
        "in_review",
        "proposal_to_send",
        "waiting_for_answer",
        "answered",
        "closed",
    ],
    cases.Answer: ["accepted_renunciation", "refused", "no_answer"],
    cases.LetterKind: ["renunciation_proposal", "advice_note"],
    cases.Role: ["handler", "supervisor"],
    cases.Language: ["nl", "fr", "de"],
}


@pytest.mark.parametrize("word", list(STORED), ids=lambda word: word.__name__)
def test_the_values_are_the_databases(word):
    assert [member.value for member in word] == STORED[word]


@pytest.mark.parametrize("word", list(STORED), ids=lambda word: word.__name__)
def test_the_storage_uses_the_domain_words(word):
    assert getattr(models, word.__name__) is word


def test_the_columns_keep_their_type_names():
    columns = {
        (models.Case, "status"): "case_status",
        (models.Case, "answer"): "answer",
        (models.Letter, "kind"): "letter_kind",
        (models.Letter, "language"): "language",
        (models.Handler, "role"): "role",
        (models.Handler, "language"): "language",
        (models.Person, "language"): "language",
    }
    for (model, column), name in columns.items():
        assert model.__table__.c[column].type.name == name
