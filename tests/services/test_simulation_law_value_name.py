"""`law_value_name(key, translate)`: a law value named by its internal key
("bob_monthly", "zorgtoeslag_monthly[total_15_17]", as `UsedValue.label` writes it) in
words in the reader's language, the one function the simulation page, the letters and
their dialog use (issue 17: the warning and the letter dialog named the keys)."""

from __future__ import annotations

import re

import pytest

from cumuldesk.domain.law import Kind
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.law.names import law_value_name, value_name
from cumuldesk.services.ts_catalogue import translator

INTERNAL_KEY = re.compile(r"\b[a-z]+_[a-z_]+(\[.*\])?")


def test_a_key_and_its_bracket_in_words():
    assert law_value_name("bob_monthly") == "BOB / ondersteuningstoeslag per month"
    assert (
        law_value_name("zorgtoeslag_monthly[total_15_17]")
        == "Zorgtoeslag per month, 15 to 17 points"
    )
    assert law_value_name("ivt_yearly[A]") == value_name("ivt_yearly", "A")
    assert (
        law_value_name("zorgtoeslag_monthly[total_gt20]", kind=Kind.COMPUTED)
        == "Zorgtoeslag per month, more than 20 points (computed)"
    )
    assert law_value_name("bob_ivt_it_ban", kind="carried") == "BOB ban with IVT/IT (carried)"
    # a parameter added to the shipped files later is shown as written, never refused
    assert law_value_name("new_parameter[x]") == "new_parameter, x"


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_shipped_law_value_has_a_name_without_its_key(language):
    t = translator(language)
    keys = {
        value.name if value.bracket is None else f"{value.name}[{value.bracket}]"
        for value in load_parameters().all_values()
    }
    assert len(keys) > 10
    for key in sorted(keys):
        for kind in (None, *Kind):
            name = law_value_name(key, t, kind)
            assert not INTERNAL_KEY.search(name), (language, key, name)
    french = law_value_name("zorgtoeslag_monthly[total_15_17]", translator("fr"), Kind.COMPUTED)
    assert french == "Supplément de soins par mois, 15 à 17 points (calculée)"
