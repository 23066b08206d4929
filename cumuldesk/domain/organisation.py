"""DG HAN's own details printed on every letter: the sender block (issue 17).

The postal address a declaration is sent back to, the phone number, when the service can
be reached, and who signs the letter. They are organisation data, not law: a supervisor
publishes them centrally (each field with where it comes from), the handlers' caches
receive them with the sync, and every letter and its declaration page print them in the
letter's language. A field nobody has published is `None`: the letter says it is missing
and finalising it asks the same confirmation as an unverified law value; CumulDesk never
makes one up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from cumuldesk.domain.cases import Language


class SenderField(StrEnum):
    """The fields of the sender block, in the order a letter prints them."""

    ORGANISATION = "organisation"  # "FOD Sociale Zekerheid, DG Personen met een handicap"
    ADDRESS = "address"  # the postal address, one line per line of the envelope
    PHONE = "phone"
    HOURS = "hours"  # when the phone line or the offices can be reached
    SIGNATORY = "signatory"  # name and title of who signs, one line each


@dataclass(frozen=True)
class SenderValue:
    """One published field in one language: its text (lines separated by newlines) and
    where it comes from (empty: not sourced, the supervisor gave no source)."""

    text: str
    source: str
    published_by: str
    published_at: datetime

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(line for line in self.text.splitlines() if line.strip())


@dataclass(frozen=True)
class SenderBlock:
    """The sender block of one language: every field, None where none is published."""

    language: Language
    values: dict[SenderField, SenderValue | None]

    def get(self, field: SenderField) -> SenderValue | None:
        return self.values.get(field)

    @property
    def missing(self) -> tuple[SenderField, ...]:
        """The fields nobody has published for this language yet."""
        return tuple(f for f in SenderField if self.values.get(f) is None)

    @property
    def not_sourced(self) -> tuple[SenderField, ...]:
        """Published fields without a source (to be confirmed like an unverified value)."""
        return tuple(
            f
            for f in SenderField
            if (value := self.values.get(f)) is not None and not value.source.strip()
        )

    @property
    def complete(self) -> bool:
        return not self.missing and not self.not_sourced

    @classmethod
    def empty(cls, language: Language) -> SenderBlock:
        return cls(language, {f: None for f in SenderField})
