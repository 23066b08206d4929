"""The demo's sender block: only the public facts about DG HAN that a source states.

`create_demo_data` publishes these when the central database holds no sender block yet
(a supervisor's publications are never replaced), as "demo data", each with its source
note:

- the organisation's name in Dutch, French and German;
- the postal address "FOD Sociale Zekerheid, Kruidtuinlaan 50, bus 150, 1000 Brussel":
  its street and town in the same words for the three languages (a Brussels address is
  valid as written; the organisation's name is its own field, in each language, so a
  French letter does not print the Dutch name under the French one),
  and the free phone number 0800 987 99, both as the advice 2016/08 of the National
  Higher Council for Persons with Disabilities gives them.

The opening hours and the signatory are left UNPUBLISHED: no public source in hand states
them. The demo's letters print them as missing and finalising a letter asks to confirm
that; a supervisor publishes them (`cumuldesk organisation publish --field hours ...`,
or the "Sender block" part of the law-data page).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import Connection, func, insert, select

from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderField
from cumuldesk.storage.organisation import ORGANISATION_VALUES

DEMO_PUBLISHER = "demo data"

NHRPH_2016_08 = "NHRPH, advies 2016/08 (ph.belgium.be/nl/adviezen/advies-2016-08.html)"
ADDRESS = "Kruidtuinlaan 50, bus 150\n1000 Brussel"
PHONE = "0800 987 99"

ORGANISATION = {
    Language.NL: (
        "FOD Sociale Zekerheid\nDirectie-generaal Personen met een handicap",
        "Privacyverklaring van de DG Personen met een handicap (versie 2, oktober 2020): "
        "FOD Sociale Zekerheid, DG Personen met een handicap; beraadslaging IVC 21/124",
    ),
    Language.FR: (
        "SPF Sécurité sociale\nDirection générale Personnes handicapées",
        "mc.be, reconnaissance du handicap: « la DG Personnes handicapées du SPF Sécurité "
        "sociale »",
    ),
    Language.DE: (
        "FÖD Soziale Sicherheit\nGeneraldirektion Personen mit Behinderung",
        "socialsecurity.belgium.be/de: „FÖD Soziale Sicherheit“; Name der Generaldirektion "
        "von einem Supervisor zu prüfen",
    ),
}


def demo_sender_values() -> list[tuple[SenderField, Language, str, str]]:
    """(field, language, text, source) of every sourced value the demo publishes."""
    values: list[tuple[SenderField, Language, str, str]] = []
    for language in Language:
        name, source = ORGANISATION[language]
        values.append((SenderField.ORGANISATION, language, name, source))
        values.append((SenderField.ADDRESS, language, ADDRESS, NHRPH_2016_08))
        values.append((SenderField.PHONE, language, PHONE, NHRPH_2016_08))
    return values


def seed_sender_block(connection: Connection, today: date) -> int:
    """Publish the demo's sourced values when nothing is published yet, in the caller's
    transaction; returns how many were written (0: a sender block is there already)."""
    if connection.scalar(select(func.count()).select_from(ORGANISATION_VALUES)):
        return 0
    published_at = datetime.combine(today, time(), UTC)
    rows = [
        {
            "field": field.value,
            "language": language.value,
            "text": text,
            "source": source,
            "published_by": DEMO_PUBLISHER,
            "published_at": published_at,
            "version": version,
        }
        for version, (field, language, text, source) in enumerate(demo_sender_values(), 1)
    ]
    connection.execute(insert(ORGANISATION_VALUES), rows)
    return len(rows)
