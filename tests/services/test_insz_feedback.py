"""What the look-up field says while an INSZ is typed or pasted: the formatted number and
birth date once valid, what is wrong in words, a neutral count while incomplete."""

from __future__ import annotations

from datetime import date

import pytest

from cumuldesk.domain.insz import InszKind, build_insz, format_insz
from cumuldesk.services.dossiers.insz_feedback import describe_typed_insz, extract_insz_text

BIRTH = date(1985, 7, 30)
DIGITS = build_insz(BIRTH, 33)
SHOWN = format_insz(DIGITS)  # 85.07.30-033.xx


@pytest.mark.parametrize(
    "typed",
    [
        DIGITS,
        SHOWN,
        f"  {DIGITS[:6]} {DIGITS[6:9]} {DIGITS[9:]} ",
        f"{DIGITS[:2]}/{DIGITS[2:4]}/{DIGITS[4:6]}-{DIGITS[6:9]}-{DIGITS[9:]}",
        f"INSZ: {SHOWN}",
        f"Rijksregisternummer {SHOWN} (moeder)",
        f"'{DIGITS}",  # Excel's text marker
        SHOWN.replace("-", "\u2013"),  # an en dash from a word processor
    ],
)
def test_any_pasted_form_gives_the_formatted_number_and_birth_date(typed):
    feedback = describe_typed_insz(typed)
    assert feedback.ok and not feedback.error
    assert feedback.digits == DIGITS
    assert feedback.formatted == SHOWN
    assert feedback.birth_date == BIRTH
    assert feedback.kind == "national register"
    assert feedback.message == f"{SHOWN}, born 30/07/1985, national register number"


def test_a_bis_number_and_a_partly_known_birth_date_are_named():
    bis = describe_typed_insz(build_insz(date(2001, 3, 4), 12, kind=InszKind.BIS))
    assert bis.ok and bis.kind == "BIS" and bis.birth_date == date(2001, 3, 4)
    assert bis.message.endswith("BIS number")
    unknown = describe_typed_insz(build_insz(None, 15, birth_year=1990))
    assert unknown.ok and unknown.birth_date is None
    assert "born in 1990 (birth date not fully known)" in unknown.message


@pytest.mark.parametrize("count", [1, 4, 7, 10])
def test_a_number_still_being_typed_gets_a_neutral_count(count):
    typed = SHOWN[: {1: 1, 4: 5, 7: 10, 10: 14}[count]]  # "8", "85.07", ...
    feedback = describe_typed_insz(typed)
    assert not feedback.ok and not feedback.error
    assert feedback.message == f"{count} of 11 digits"
    assert feedback.typed == count


def test_empty_input_invites_typing_and_is_an_error_only_when_opening():
    assert describe_typed_insz("").message == "Type or paste an INSZ (11 digits)."
    assert not describe_typed_insz("   ").error
    assert describe_typed_insz("", final=True).error
    assert describe_typed_insz("", final=True).message == "No INSZ was entered."


def test_too_few_digits_is_an_error_when_the_handler_asks_to_open():
    feedback = describe_typed_insz(DIGITS[:7], final=True)
    assert feedback.error and not feedback.ok
    assert feedback.message == "An INSZ has 11 digits; this one has 7 digits."
    ten = describe_typed_insz(DIGITS[1:], final=True)
    assert "A leading zero may have been lost" in ten.message


def test_what_is_wrong_is_said_in_words():
    wrong_check = DIGITS[:9] + f"{(int(DIGITS[9:]) + 1) % 100:02d}"
    checksum = describe_typed_insz(wrong_check)
    assert checksum.error and "check digits" in checksum.message

    assert "this one has 12 digits" in describe_typed_insz(DIGITS + "1").message
    letters = describe_typed_insz(DIGITS[:4] + "O" + DIGITS[5:])
    assert letters.error and "contains letters" in letters.message


def test_an_impossible_month_or_day_is_said_as_soon_as_it_is_typed():
    month = describe_typed_insz("85.13")
    assert month.error and "The month (third and fourth digit) is 13" in month.message
    # a 6 as third digit can become no possible month (60-69)
    assert describe_typed_insz("856").error
    # but 1, 3 and 5 can still become 10-12, 30-32, 50-52
    assert not describe_typed_insz("851").error
    assert not describe_typed_insz("855").error
    day = describe_typed_insz("85.07.4")
    assert day.error and "The day (fifth and sixth digit)" in day.message
    assert not describe_typed_insz("85.07.3").error
    full = describe_typed_insz("85133003328")
    assert full.error and "month" in full.message


def test_words_around_the_number_are_dropped_but_not_text_inside_it():
    assert extract_insz_text("INSZ: 85.07.30-033.28 (Jan)") == "85.07.30-033.28"
    assert extract_insz_text("no digits") == "no digits"
    assert describe_typed_insz("no digits").error  # letters only: nothing to wait for
