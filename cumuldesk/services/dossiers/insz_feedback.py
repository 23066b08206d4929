"""What to show while a handler types or pastes an INSZ: the formatted number and birth
date when it is valid, what is wrong in words when it cannot become valid, and a neutral
count while it is still incomplete.

The rules (separators, length, month, day, check digits) are those of
`cumuldesk.domain.insz`; this module only decides *when* to say what: text around the
number ("INSZ: 85.07.30-033.28 (Jan)") is ignored, and a number still being typed is
not an error unless the handler asks to open it (`final=True`).

Personal data: the result is shown on screen only; never log it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cumuldesk.domain.insz import (
    CONTEXT,
    INSZ_LENGTH,
    NO_INSZ,
    Insz,
    InszError,
    InszKind,
    check_insz,
    normalise_insz_input,
)
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message

TYPE_OR_PASTE = QT_TRANSLATE_NOOP("Insz", "Type or paste an INSZ (11 digits).")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_KIND_WORDS = {InszKind.NN: "national register", InszKind.BIS: "BIS"}
# while typing: pad the digits so far to 11 to ask the domain about month and day early
_PAD = "0" * INSZ_LENGTH


@dataclass(frozen=True)
class InszFeedback:
    """What the look-up field shows under the number.

    `ok`: a valid INSZ (then `digits`, `formatted` and `kind` are set; `birth_date` is
    None when the number says the birth date is only partly known). `error`: something
    is wrong that typing more digits will not mend (or the handler asked to open an
    incomplete number); False while the input is empty or still being typed."""

    ok: bool
    digits: str | None
    formatted: str | None
    birth_date: date | None
    kind: str | None  # "national register" or "BIS"
    message: str  # in English (tests, logs never: it may hold the number)
    error: bool = False
    typed: int = 0  # digits typed so far
    text: Message | None = None  # the message marked for translation (None: a valid INSZ)


def extract_insz_text(text: str) -> str:
    """The part of `text` from its first digit to its last digit: the words people
    paste around a number ("INSZ:", "(rijksregisternummer)") are dropped; anything
    between the digits is kept (and judged by the domain rules)."""
    positions = [index for index, char in enumerate(text) if char in _DIGITS]
    if not positions:
        return text.strip()
    return text[positions[0] : positions[-1] + 1]


def _valid(insz: Insz) -> InszFeedback:
    kind = _KIND_WORDS[insz.kind]
    if insz.birth_date is not None:
        born = f"born {insz.birth_date:%d/%m/%Y}"
    elif insz.birth_year is not None:
        born = f"born in {insz.birth_year} (birth date not fully known)"
    else:
        born = "birth date unknown"
    return InszFeedback(
        ok=True,
        digits=insz.digits,
        formatted=insz.formatted,
        birth_date=insz.birth_date,
        kind=kind,
        message=f"{insz.formatted}, {born}, {kind} number",
        typed=INSZ_LENGTH,
    )


def _wrong(error: InszError, typed: int) -> InszFeedback:
    return InszFeedback(
        False, None, None, None, None, error.message, error=True, typed=typed, text=error.text
    )


def _neutral(message: Message, typed: int) -> InszFeedback:
    return InszFeedback(False, None, None, None, None, str(message), typed=typed, text=message)


def describe_typed_insz(text: str, *, final: bool = False) -> InszFeedback:
    """What to show for the look-up field's `text` (see the module text). With
    `final` (the handler pressed Enter or Open), an incomplete or empty number is an
    error too."""
    candidate = extract_insz_text(text or "")
    cleaned = normalise_insz_input(candidate)
    typed = sum(1 for char in cleaned if char in _DIGITS)
    if not cleaned:
        if final:
            return _wrong(InszError("empty", NO_INSZ), 0)
        return _neutral(Message(CONTEXT, TYPE_OR_PASTE), 0)
    result = check_insz(candidate)
    if isinstance(result, Insz):
        return _valid(result)
    if result.code != "length" or final or typed > INSZ_LENGTH:
        return _wrong(result, typed)
    # still typing: fewer than 11 digits, only digits and separators so far. A month
    # (digits 3-4) or day (5-6) that no digit still to come can make possible is an
    # error already: completed with zeros, the smallest it can become is impossible.
    padded = check_insz(cleaned + _PAD[typed:])
    if isinstance(padded, InszError) and (
        (padded.code == "month" and typed >= 3) or (padded.code == "day" and typed >= 5)
    ):
        return _wrong(padded, typed)
    return _neutral(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Insz", "{typed} of {length} digits"),
            {"typed": typed, "length": INSZ_LENGTH},
        ),
        typed,
    )
