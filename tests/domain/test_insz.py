"""INSZ parsing: accepted input forms, errors a handler can act on, no personal data leaks.

Only synthetic numbers: built by `build_insz` or taken from the python-stdnum docs.
"""

from __future__ import annotations

import pickle
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.be import bis, nn, ssn

from cumuldesk.domain.insz import (
    Insz,
    InszError,
    InszKind,
    Sex,
    build_insz,
    check_insz,
    format_insz,
    normalise_insz_input,
    parse_insz,
)

# Examples from the python-stdnum documentation.
STDNUM_NN_1985 = "85073003328"  # 85.07.30-033.28, man born 30 July 1985
STDNUM_NN_2017 = "17073003384"  # 17.07.30-033.84, man born 30 July 2017
STDNUM_BIS_1998 = "98472899765"  # 98.47.28-997.65, BIS (+40), man born 28 July 1998
STDNUM_BIS_2001 = "01490700185"  # 01.49.07-001.85, BIS (+40), man born 7 September 2001

DIGIT_RUN = re.compile(r"\d{3,}")


def _stdnum_completed(first_nine: str, year: int) -> str:
    """First nine digits plus the check digits stdnum accepts for a birth in `year`.

    Tries every possible check value and lets stdnum decide (no checksum of our own).
    """
    for check in range(1, 98):
        candidate = f"{first_nine}{check:02d}"
        if ssn.is_valid(candidate) and ssn.get_birth_year(candidate) == year:
            return candidate
    raise AssertionError("stdnum accepts no check digits for this test input")


def _assert_no_personal_digits(error: InszError, text: str) -> None:
    digits = "".join(c for c in normalise_insz_input(text) if c in "0123456789")
    for start in range(len(digits) - 2):
        assert digits[start : start + 3] not in error.message
    assert not DIGIT_RUN.search(error.message)
    assert not DIGIT_RUN.search(str(error))
    assert not DIGIT_RUN.search(repr(error))


# --- accepted input forms -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "85073003328",
        "85.07.30-033.28",
        "85 07 30 033 28",
        "85-07-30-033-28",
        "850730 033 28",
        "85/07/30/033/28",
        "  85073003328  ",
        "85073003328\n",
        "\t85.07.30-033.28\r\n",
        "85\u00a007\u00a030\u00a0033\u00a028",  # non-breaking spaces
        "85\u200907\u200930\u2009033\u200928",  # thin spaces
        "85\u202f07\u202f30\u202f033\u202f28",  # narrow non-breaking spaces
        "\u300085\u300007\u300030\u3000033\u300028\u3000",  # full-width spaces
        "'85073003328",  # Excel text marker
        "'85.07.30-033.28",
        "85.07.30\u2013033.28",  # en dash from a word processor
        "\ufeff85073003328",  # byte order mark from a pasted file
        "８５０７３００３３２８",  # full-width digits
    ],
)
def test_every_common_input_form_is_accepted(text: str) -> None:
    insz = parse_insz(text)
    assert insz.digits == "85073003328"
    assert insz.formatted == "85.07.30-033.28"
    assert str(insz) == "85.07.30-033.28"


def test_normalise_keeps_letters_and_drops_separators_only() -> None:
    assert normalise_insz_input(" '85.07 30-033/28\n") == "85073003328"
    assert normalise_insz_input("85O73003328") == "85O73003328"
    assert normalise_insz_input("85,07") == "85,07"
    assert normalise_insz_input("8'5") == "8'5"  # only a leading apostrophe goes


def test_stdnum_doc_example_decoded() -> None:
    insz = parse_insz("85.07.30-033.28")
    assert insz == Insz(
        digits="85073003328",
        kind=InszKind.NN,
        birth_date=date(1985, 7, 30),
        sex=Sex.MALE,
        birth_year=1985,
    )


def test_check_insz_returns_instead_of_raising() -> None:
    assert isinstance(check_insz(STDNUM_NN_1985), Insz)
    result = check_insz("85073003329")
    assert isinstance(result, InszError)
    assert result.code == "checksum"


def test_parse_rejects_a_non_string() -> None:
    with pytest.raises(TypeError):
        parse_insz(85073003328)  # type: ignore[arg-type]


# --- errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "phrase"),
    [
        ("", "empty", "No INSZ"),
        ("   \n", "empty", "No INSZ"),
        ("'", "empty", "No INSZ"),
        (" . - / ", "empty", "No INSZ"),
        ("85O73003328", "characters", "contains letters"),
        ("NISS 85073003328", "characters", "contains letters"),
        ("85,07,30,033,28", "characters", "not digits"),
        ("85073003328*", "characters", "not digits"),
        ("8507300332", "length", "this one has 10 digits"),
        ("850730033288", "length", "this one has 12 digits"),
        ("850", "length", "this one has 3 digits"),
        ("8", "length", "this one has 1 digit."),
        ("85130003328", "month", "13"),
        ("85.33.01-033.28", "month", "33"),
        ("85990103328", "month", "99"),
        ("85073203328", "day", "32"),
        ("85079903328", "day", "99"),
        ("85073003329", "checksum", "check digits"),
        ("85073003382", "checksum", "check digits"),  # check digits swapped
        ("58073003328", "checksum", "check digits"),  # year digits swapped
        ("00000000000", "checksum", "check digits"),
    ],
)
def test_each_problem_has_its_own_code_and_message(text: str, code: str, phrase: str) -> None:
    with pytest.raises(InszError) as caught:
        parse_insz(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.code == code
    assert phrase in error.message
    assert str(error) == error.message
    assert error.message[0].isupper() and error.message.endswith(".")
    _assert_no_personal_digits(error, text)


def test_ten_digits_hints_at_a_lost_leading_zero_but_other_lengths_do_not() -> None:
    ten = parse_error("1073003328")
    assert "leading zero" in ten.message
    assert "leading zero" not in parse_error("850730033288").message
    assert "leading zero" not in parse_error("123456789").message


def parse_error(text: str) -> InszError:
    result = check_insz(text)
    assert isinstance(result, InszError)
    return result


def test_a_mistyped_month_is_reported_as_month_not_checksum() -> None:
    valid = build_insz(date(1985, 1, 30), 33)
    mistyped = valid[:2] + "13" + valid[4:]  # 01 -> 13, check digits now also wrong
    error = parse_error(mistyped)
    assert error.code == "month"
    assert "01-12" in error.message and "21-32" in error.message and "41-52" in error.message


def test_a_mistyped_day_is_reported_as_day_not_checksum() -> None:
    valid = build_insz(date(1985, 7, 3), 33)
    assert parse_error(valid[:4] + "93" + valid[6:]).code == "day"


@pytest.mark.parametrize("month", [13, 19, 33, 39, 53, 60, 80, 99])
def test_impossible_months(month: int) -> None:
    assert parse_error(f"85{month:02d}0103328").code == "month"


def test_error_survives_pickling() -> None:
    error = parse_error("8507300332")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.message) == (error.code, error.message)


@given(
    st.one_of(
        st.text(),
        st.text(alphabet="0123456789 .-/'a,\u00a0", max_size=20),
        st.text(alphabet="0123456789", min_size=9, max_size=13),
    )
)
def test_no_input_makes_an_error_message_repeat_its_digits(text: str) -> None:
    result = check_insz(text)  # never raises anything but InszError
    if isinstance(result, InszError):
        assert result.code in {"empty", "characters", "length", "checksum", "month", "day"}
        _assert_no_personal_digits(result, text)


# --- what a valid number tells ---------------------------------------------------------


def test_national_register_number_man_and_woman() -> None:
    man = parse_insz(build_insz(date(1985, 7, 30), 33))
    woman = parse_insz(build_insz(date(1985, 7, 30), 34))
    assert (man.kind, man.sex) == (InszKind.NN, Sex.MALE)
    assert (woman.kind, woman.sex) == (InszKind.NN, Sex.FEMALE)
    assert man.birth_date == woman.birth_date == date(1985, 7, 30)


def test_bis_number_plus_20_has_unknown_sex() -> None:
    digits = build_insz(date(1990, 3, 15), 101, kind=InszKind.BIS, sex_known=False)
    assert digits[2:4] == "23"
    insz = parse_insz(digits)
    assert (insz.kind, insz.sex, insz.birth_date) == (InszKind.BIS, None, date(1990, 3, 15))


def test_bis_number_plus_40_has_known_sex() -> None:
    digits = build_insz(date(1990, 3, 15), 102, kind=InszKind.BIS)
    assert digits[2:4] == "43"
    insz = parse_insz(digits)
    assert (insz.kind, insz.sex, insz.birth_date) == (InszKind.BIS, Sex.FEMALE, date(1990, 3, 15))


@pytest.mark.parametrize(
    ("digits", "kind", "birth"),
    [
        (STDNUM_NN_1985, InszKind.NN, date(1985, 7, 30)),
        (STDNUM_NN_2017, InszKind.NN, date(2017, 7, 30)),
        (STDNUM_BIS_1998, InszKind.BIS, date(1998, 7, 28)),
        (STDNUM_BIS_2001, InszKind.BIS, date(2001, 9, 7)),
    ],
)
def test_stdnum_examples_before_and_after_2000(digits: str, kind: InszKind, birth: date) -> None:
    insz = parse_insz(digits)
    assert (insz.kind, insz.birth_date, insz.birth_year, insz.sex) == (
        kind,
        birth,
        birth.year,
        Sex.MALE,
    )


def test_century_follows_from_the_check_digits() -> None:
    old = build_insz(date(1905, 6, 1), 11)
    new = build_insz(date(2005, 6, 1), 11)
    assert old[:9] == new[:9] and old[9:] != new[9:]
    assert parse_insz(old).birth_date == date(1905, 6, 1)
    assert parse_insz(new).birth_date == date(2005, 6, 1)


def test_unknown_month_keeps_the_birth_year() -> None:
    digits = build_insz(None, 12, birth_year=1985)
    assert digits[:6] == "850000"
    insz = parse_insz(digits)
    assert (insz.birth_date, insz.birth_year, insz.sex) == (None, 1985, Sex.FEMALE)


def test_unknown_month_with_a_day_keeps_the_birth_year() -> None:
    insz = parse_insz(_stdnum_completed("850015012", 1985))
    assert (insz.birth_date, insz.birth_year) == (None, 1985)


def test_unknown_day_keeps_the_birth_year() -> None:
    insz = parse_insz(_stdnum_completed("850700033", 1985))
    assert (insz.kind, insz.birth_date, insz.birth_year) == (InszKind.NN, None, 1985)


def test_bis_with_unknown_birth_date() -> None:
    unknown_sex = parse_insz(
        build_insz(None, 5, kind=InszKind.BIS, sex_known=False, birth_year=2003)
    )
    known_sex = parse_insz(build_insz(None, 5, kind=InszKind.BIS, birth_year=1970))
    assert unknown_sex.digits[2:6] == "2000" and known_sex.digits[2:6] == "4000"
    assert (unknown_sex.kind, unknown_sex.sex, unknown_sex.birth_year) == (
        InszKind.BIS,
        None,
        2003,
    )
    assert (known_sex.sex, known_sex.birth_date, known_sex.birth_year) == (Sex.MALE, None, 1970)


@pytest.mark.parametrize("birth", [date(1996, 2, 29), date(2000, 2, 29), date(2024, 2, 29)])
def test_29_february_in_a_leap_year(birth: date) -> None:
    assert parse_insz(build_insz(birth, 1)).birth_date == birth


def test_29_february_outside_a_leap_year_is_accepted_without_a_birth_date() -> None:
    # 1900 was not a leap year, 2000 was: same first nine digits, other century.
    in_1900 = parse_insz(_stdnum_completed("000229001", 1900))
    assert (in_1900.birth_date, in_1900.birth_year) == (None, 1900)
    assert parse_insz(_stdnum_completed("970229001", 1997)).birth_date is None


def test_formatting() -> None:
    assert format_insz("85073003328") == "85.07.30-033.28"
    assert format_insz(" 85 07 30 033 28\n") == "85.07.30-033.28"
    with pytest.raises(InszError) as caught:
        format_insz("8507300332")
    assert caught.value.code == "length"


# --- build_insz -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"birth": date(1985, 7, 30), "counter": 0},
        {"birth": date(1985, 7, 30), "counter": 999},
        {"birth": date(1985, 7, 30), "counter": -1},
        {"birth": None, "counter": 1},
        {"birth": date(1985, 7, 30), "counter": 1, "birth_year": 1986},
        {"birth": date(1899, 12, 31), "counter": 1},
        {"birth": None, "counter": 1, "birth_year": date.today().year + 1},
    ],
)
def test_build_rejects_bad_arguments(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        build_insz(**kwargs)  # type: ignore[arg-type]


def test_build_matches_the_stdnum_examples() -> None:
    assert build_insz(date(1985, 7, 30), 33) == STDNUM_NN_1985
    assert build_insz(date(2017, 7, 30), 33) == STDNUM_NN_2017
    assert build_insz(date(1998, 7, 28), 997, kind=InszKind.BIS) == STDNUM_BIS_1998
    assert build_insz(date(2001, 9, 7), 1, kind=InszKind.BIS) == STDNUM_BIS_2001


# --- properties -----------------------------------------------------------------------

births = st.dates(min_value=date(1920, 1, 1), max_value=date(2025, 12, 31))
counters = st.integers(min_value=1, max_value=998)
kinds = st.sampled_from(InszKind)


@st.composite
def valid_numbers(draw: st.DrawFn) -> str:
    birth = draw(st.one_of(st.none(), births))
    year = draw(st.integers(1920, 2025)) if birth is None else None
    return build_insz(
        birth, draw(counters), kind=draw(kinds), sex_known=draw(st.booleans()), birth_year=year
    )


@given(births, counters, kinds, st.booleans())
def test_build_parse_round_trip_agrees_with_stdnum(
    birth: date, counter: int, kind: InszKind, sex_known: bool
) -> None:
    digits = build_insz(birth, counter, kind=kind, sex_known=sex_known)
    assert ssn.is_valid(digits)
    assert (nn if kind is InszKind.NN else bis).is_valid(digits)
    assert ssn.get_birth_date(digits) == birth

    insz = parse_insz(digits)
    assert insz.digits == digits
    assert insz.kind is kind
    assert insz.birth_date == birth
    assert insz.birth_year == birth.year
    expected_sex = Sex.MALE if counter % 2 else Sex.FEMALE
    sex_is_known = kind is InszKind.NN or sex_known
    assert insz.sex == (expected_sex if sex_is_known else None)


@given(st.integers(1900, 2025), counters, kinds, st.booleans())
def test_build_with_unknown_birth_date_round_trips(
    year: int, counter: int, kind: InszKind, sex_known: bool
) -> None:
    digits = build_insz(None, counter, kind=kind, sex_known=sex_known, birth_year=year)
    assert ssn.is_valid(digits)
    insz = parse_insz(digits)
    assert (insz.kind, insz.birth_date, insz.birth_year) == (kind, None, year)


@given(valid_numbers())
def test_formatted_form_parses_back(digits: str) -> None:
    insz = parse_insz(digits)
    assert re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", insz.formatted)
    assert parse_insz(insz.formatted) == insz


separators = st.sampled_from(["", "", " ", ".", "-", "/", "  ", "\u00a0", " - "])


@given(valid_numbers(), st.lists(separators, min_size=10, max_size=10), separators, separators)
def test_separators_anywhere_between_digits_are_ignored(
    digits: str, between: list[str], before: str, after: str
) -> None:
    text = before.strip(".-/") + digits[0]
    text += "".join(sep + digit for sep, digit in zip(between, digits[1:], strict=True))
    text += after + "\n"
    assert parse_insz(text).digits == digits


@given(valid_numbers(), st.integers(0, 10), st.integers(1, 9))
def test_changing_one_digit_is_never_accepted_except_a_century_flip(
    digits: str, position: int, shift: int
) -> None:
    old = int(digits[position])
    new = (old + shift) % 10
    changed = digits[:position] + str(new) + digits[position + 1 :]
    result = check_insz(changed)
    if isinstance(result, InszError):
        assert result.code in {"checksum", "month", "day"}
        return
    # The one change mod 97 cannot catch: the year's second digit off by exactly 6
    # turns a valid number of one century into a valid number of the other.
    original_year = parse_insz(digits).birth_year
    assert position == 1 and abs(new - old) == 6
    assert original_year is not None and result.birth_year is not None
    assert result.birth_year // 100 != original_year // 100


def test_a_year_digit_off_by_six_can_flip_the_century_undetected() -> None:
    """Documents a limit of the check digits (not of this module)."""
    born_2001 = build_insz(date(2001, 5, 5), 1)
    mistyped = born_2001[0] + "7" + born_2001[2:]
    assert parse_insz(mistyped).birth_date == date(1907, 5, 5)
