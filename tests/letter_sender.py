"""A synthetic sender block for the letter tests (DG HAN's name, address, phone, opening
hours and signatory as made-up text, every field sourced), and one with fields left out
or without a source. Never DG HAN's real details: those are organisation data."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderBlock, SenderField, SenderValue

TEXTS = {
    SenderField.ORGANISATION: "Testdienst Sociale Zaken\nDirectie Testtegemoetkomingen",
    SenderField.ADDRESS: "Voorbeeldlaan 99, bus 7\n9999 Teststad",
    SenderField.PHONE: "0800 00 000",
    SenderField.HOURS: "9-12 uur",
    SenderField.SIGNATORY: "Testa Ondertekenaar\nDirecteur",
}
PUBLISHED = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def sender_block(
    language: Language | str,
    *,
    missing: Iterable[SenderField] = (),
    unsourced: Iterable[SenderField] = (),
) -> SenderBlock:
    """Every field published and sourced, except those `missing` (None) and those
    `unsourced` (published without a source)."""
    missing, unsourced = set(missing), set(unsourced)
    values: dict[SenderField, SenderValue | None] = {}
    for field, text in TEXTS.items():
        source = "" if field in unsourced else "test source"
        values[field] = None if field in missing else SenderValue(text, source, "sup", PUBLISHED)
    return SenderBlock(Language(language), values)
