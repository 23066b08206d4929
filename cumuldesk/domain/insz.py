"""INSZ / NISS: the Belgian social security number (national register or BIS number).

Eleven digits ``YYMMDD`` ``XXX`` ``CC``: birth date, a counter (odd for a man, even
for a woman) and two check digits. A BIS number adds 20 (sex unknown) or 40 (sex
known) to the month. Month 00 or day 00 means the birth date is only partly known.
Validation, checksum and birth date come from python-stdnum (``stdnum.be``); this
module adds tolerant input cleaning and error messages a dossier handler can act on.

Personal data: no error message ever repeats the number or any digits of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from stdnum.be import bis, nn, ssn
from stdnum.exceptions import ValidationError

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message

INSZ_LENGTH = 11

InszErrorCode = Literal["empty", "characters", "length", "checksum", "month", "day"]

_DIGITS = frozenset("0123456789")

# Separators people type or paste: dots, slashes and dashes (including the typographic
# variants word processors substitute), and invisible characters. Whitespace of every
# kind (spaces, non-breaking, thin and full-width spaces, tabs, newlines) is removed
# separately with str.isspace().
_SEPARATORS = frozenset(
    ".-/"
    "\u2010\u2011\u2012\u2013\u2014\u2212"  # hyphen, non-breaking hyphen, dashes, minus
    "\uff0d\uff0e\uff0f"  # full-width hyphen-minus, full stop, solidus
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width characters and byte order mark
)
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_LEADING_APOSTROPHES = ("'", "\u2019")  # Excel's text marker, and its curly form

CONTEXT = "Insz"  # the translation context of the messages below
NO_INSZ = Message(CONTEXT, QT_TRANSLATE_NOOP("Insz", "No INSZ was entered."))


class InszKind(StrEnum):
    NN = "NN"  # national register number (rijksregisternummer)
    BIS = "BIS"  # BIS number (Crossroads Bank for Social Security)


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class InszError(ValueError):
    """An input that is not a valid INSZ. ``message`` never contains the number: at most
    the two digits of an impossible month or day."""

    def __init__(self, code: InszErrorCode, message: Message | str) -> None:
        text = message if isinstance(message, Message) else Message(CONTEXT, message)
        super().__init__(str(text))
        self.code: InszErrorCode = code
        self.text: Message = text  # marked: the window shows it in the handler's language
        self.message: str = str(text)

    def __reduce__(self) -> tuple[type[InszError], tuple[InszErrorCode, Message]]:
        return (type(self), (self.code, self.text))

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Insz:
    """A valid INSZ, as returned by `parse_insz`."""

    digits: str
    kind: InszKind
    birth_date: date | None
    sex: Sex | None
    birth_year: int | None

    @property
    def formatted(self) -> str:
        """Display form ``YY.MM.DD-XXX.CC``."""
        return format_insz(self.digits)

    def __str__(self) -> str:
        return self.formatted


def normalise_insz_input(text: str) -> str:
    """Strip what people paste around and inside a number; letters etc. are left in.

    Removes whitespace of any kind, dots, dashes, slashes, invisible characters and a
    leading apostrophe (Excel's text marker); full-width digits become ASCII digits.
    """
    kept = "".join(c for c in text if not c.isspace() and c not in _SEPARATORS)
    if kept.startswith(_LEADING_APOSTROPHES):
        kept = kept[1:]
    return kept.translate(_FULL_WIDTH_DIGITS)


def _digits_or_error(text: str) -> str:
    """The 11 digits of `text`, or InszError empty / characters / length."""
    if not isinstance(text, str):
        raise TypeError("an INSZ must be given as text (str)")
    cleaned = normalise_insz_input(text)
    if not cleaned:
        raise InszError("empty", NO_INSZ)
    if not set(cleaned) <= _DIGITS:
        if any(c.isalpha() for c in cleaned):
            text = QT_TRANSLATE_NOOP(
                "Insz",
                "The INSZ contains letters; only digits are allowed "
                "(spaces, dots, dashes and slashes between them are ignored).",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Insz",
                "The INSZ contains characters that are not digits; only digits are allowed "
                "(spaces, dots, dashes and slashes between them are ignored).",
            )
        raise InszError("characters", Message(CONTEXT, text))
    if len(cleaned) != INSZ_LENGTH:
        count = len(cleaned)
        if count == INSZ_LENGTH - 1:
            text = QT_TRANSLATE_NOOP(
                "Insz",
                "An INSZ has {length} digits; this one has {count} digits. A leading zero may "
                "have been lost (for example by a spreadsheet).",
            )
        elif count == 1:
            text = QT_TRANSLATE_NOOP("Insz", "An INSZ has {length} digits; this one has 1 digit.")
        else:
            text = QT_TRANSLATE_NOOP(
                "Insz", "An INSZ has {length} digits; this one has {count} digits."
            )
        raise InszError("length", Message(CONTEXT, text, {"length": INSZ_LENGTH, "count": count}))
    return cleaned


def _month_is_possible(month: int) -> bool:
    return 0 <= month <= 12 or 20 <= month <= 32 or 40 <= month <= 52


def parse_insz(text: str) -> Insz:
    """Parse a typed or pasted INSZ; raises `InszError` saying what is wrong.

    Checks, in order: empty, characters, length, month, day, check digits (so a
    mistyped month is reported as a month problem, not as a checksum problem).
    """
    digits = _digits_or_error(text)
    month = int(digits[2:4])
    if not _month_is_possible(month):
        text = QT_TRANSLATE_NOOP(
            "Insz",
            "The month (third and fourth digit) is {month}, which is impossible: "
            "a national register number has month 01-12 (00 if unknown), "
            "a BIS number has month 21-32 or 41-52 (20 or 40 if unknown).",
        )
        raise InszError("month", Message(CONTEXT, text, {"month": f"{month:02d}"}))
    day = int(digits[4:6])
    if day > 31:
        text = QT_TRANSLATE_NOOP(
            "Insz",
            "The day (fifth and sixth digit) is {day}, which is impossible: "
            "the day of birth is 01-31 (00 if unknown).",
        )
        raise InszError("day", Message(CONTEXT, text, {"day": f"{day:02d}"}))
    try:
        ssn.validate(digits)
    except ValidationError:
        # After the checks above, the only failure left is the check digits (an
        # all-zero number fails stdnum's format check, and its check digits are wrong).
        text = QT_TRANSLATE_NOOP(
            "Insz",
            "The check digits (the last two) do not match the first nine digits: "
            "a digit was probably mistyped.",
        )
        raise InszError("checksum", Message(CONTEXT, text)) from None

    kind = InszKind.BIS if ssn.guess_type(digits) == "bis" else InszKind.NN
    gender = bis.get_gender(digits) if kind is InszKind.BIS else nn.get_gender(digits)
    return Insz(
        digits=digits,
        kind=kind,
        birth_date=ssn.get_birth_date(digits),
        sex=Sex(gender) if gender is not None else None,
        birth_year=ssn.get_birth_year(digits),
    )


def check_insz(text: str) -> Insz | InszError:
    """Like `parse_insz`, but returns the error instead of raising it."""
    try:
        return parse_insz(text)
    except InszError as error:
        return error


def format_insz(digits: str) -> str:
    """Display form ``YY.MM.DD-XXX.CC`` of 11 digits (separators in the input are ignored).

    Only the form is checked, not the check digits; raises `InszError` (empty,
    characters or length) when the input is not 11 digits.
    """
    return ssn.format(_digits_or_error(digits))


def _latest_recognisable_year() -> int:
    # stdnum only tries the 2000s century for years up to the current one.
    return date.today().year


def build_insz(
    birth: date | None,
    counter: int,
    *,
    kind: InszKind = InszKind.NN,
    sex_known: bool = True,
    birth_year: int | None = None,
) -> str:
    """A valid synthetic INSZ (11 digits), for test data.

    `counter` is 1-998 (odd: man, even: woman). A BIS number gets month + 40 when
    `sex_known`, else + 20; `sex_known` is ignored for a national register number.
    With `birth` None the month and day are 00 and `birth_year` is required (it gives
    YY and the century). The year must be 1900 up to the current year, because later
    years cannot be told apart from the 1900s. Raises ValueError on bad arguments.
    """
    kind = InszKind(kind)
    if isinstance(counter, bool) or not isinstance(counter, int) or not 1 <= counter <= 998:
        raise ValueError("counter must be an integer from 1 to 998")
    if birth is None:
        if birth_year is None:
            raise ValueError("birth_year is required when birth is None")
        year, month, day = birth_year, 0, 0
    else:
        if birth_year is not None and birth_year != birth.year:
            raise ValueError("birth_year differs from the year of birth")
        year, month, day = birth.year, birth.month, birth.day
    latest = _latest_recognisable_year()
    if not 1900 <= year <= latest:
        raise ValueError(f"the birth year must be from 1900 to {latest}")
    if kind is InszKind.BIS:
        month += 40 if sex_known else 20

    first_nine = f"{year % 100:02d}{month:02d}{day:02d}{counter:03d}"
    base = int(("2" if year >= 2000 else "") + first_nine)
    return f"{first_nine}{97 - base % 97:02d}"
