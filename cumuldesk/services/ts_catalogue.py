"""The interface translations read without Qt, for texts made in a language other than
the window's: a letter to the applicant is in the applicant's language, the advice note
in the handler's, whatever language the window speaks.

`translator("fr")` gives a `translate(context, text)` callable (the shape
`services.law.names` and `services.exports.spreadsheets` take) that looks the text up in the
shipped `resources/i18n/cumuldesk_fr.ts` (the file the translators fill in, shipped beside
the compiled `.qm`). A text without a finished translation stays English, as Qt would
show it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

Translate = Callable[[str, str], str]
LANGUAGES = ("nl", "fr", "de")


@lru_cache(maxsize=4)
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """{(context, source text): translation} of a shipped language; {} for another code."""
    if language not in LANGUAGES:
        return {}
    resource = resources.files("cumuldesk.resources").joinpath("i18n", f"cumuldesk_{language}.ts")
    root = ET.fromstring(resource.read_bytes())
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def translator(language: str) -> Translate:
    """translate(context, text) in `language` ("nl", "fr", "de"); English otherwise."""
    texts = catalogue(language)

    def translate(context: str, text: str) -> str:
        return texts.get((context, text), text)

    return translate
