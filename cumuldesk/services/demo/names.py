"""Names and addresses for the synthetic demo population, clearly fictitious.

Given names are common first names; family names, streets and municipalities are
built from invented word parts ("Voorbeeldmans", "Rue de l'Exemple", "Erdachtdorf"),
so that no real person's name or real address is produced on purpose. Postal codes
are 4-digit numbers in the range of the region; the municipality is derived from the
postal code, so one code always carries the same invented municipality.

Everything here is a tuple and every choice goes through the caller's
`random.Random`: the same seed gives the same names.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from cumuldesk.storage.models import Language, RegionCode

GIVEN_NAMES: dict[Language, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (men, women)
    Language.NL: (
        (
            "Lucas", "Noah", "Arthur", "Louis", "Liam", "Jules", "Adam", "Finn", "Mathis",
            "Vic", "Lars", "Wout", "Seppe", "Jonas", "Milan", "Senne", "Rune", "Kobe",
            "Robbe", "Thibo", "Warre", "Stan", "Bram", "Jens",
        ),
        (
            "Emma", "Olivia", "Louise", "Mila", "Elena", "Lina", "Nora", "Ella", "Marie",
            "Julie", "Fien", "Lotte", "Hanne", "Noor", "Amber", "Lore", "Febe", "Lisa",
            "Ine", "Zoë", "Jana", "Lien", "Roos", "Tess",
        ),
    ),
    Language.FR: (
        (
            "Gabriel", "Louis", "Arthur", "Jules", "Nathan", "Hugo", "Théo", "Maxime",
            "Antoine", "Romain", "Baptiste", "Simon", "Thomas", "Lucas", "Noé", "Victor",
            "Martin", "Florian", "Quentin", "Julien",
        ),
        (
            "Louise", "Alice", "Chloé", "Camille", "Léa", "Manon", "Juliette", "Clara",
            "Lucie", "Zoé", "Margaux", "Inès", "Pauline", "Élise", "Charlotte", "Anaïs",
            "Océane", "Justine", "Amélie", "Noémie",
        ),
    ),
    Language.DE: (
        (
            "Lukas", "Jonas", "Leon", "Elias", "Finn", "Paul", "Felix", "Tim", "Niklas",
            "Jan", "Moritz", "Tobias", "Johannes", "Matthias",
        ),
        (
            "Lena", "Anna", "Lea", "Laura", "Sophie", "Hannah", "Marie", "Julia", "Lisa",
            "Mia", "Emilia", "Johanna", "Katharina", "Carina",
        ),
    ),
}  # fmt: skip

# Invented family names: a prefix that says "example" or "invented" and a common ending.
FAMILY_PARTS: dict[Language, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Language.NL: (
        (
            "Voorbeeld", "Verzin", "Fictie", "Denkbeeld", "Proef", "Schijn", "Droom",
            "Verbeeld", "Bedenk", "Fantasie", "Sjabloon", "Verdicht",
        ),
        ("mans", "ens", "aert", "eels", "hove", "broeck", "ckx", "ssens", "landt", "poel"),
    ),
    Language.FR: (
        (
            "Exempl", "Imagin", "Fictiv", "Invent", "Songe", "Chimér", "Fabul", "Rêv",
            "Supposit", "Illusoir", "Prétext", "Mirag",
        ),
        ("aire", "eau", "ot", "ard", "elle", "ier", "ois", "in", "ault", "ette"),
    ),
    Language.DE: (
        (
            "Beispiel", "Muster", "Erfunden", "Fiktiv", "Phantasie", "Probe", "Schein",
            "Traum", "Ausgedacht", "Platzhalter", "Erdicht", "Märchen",
        ),
        ("mann", "bauer", "huber", "meier", "berger", "schmitt", "hofer", "wald", "brunner"),
    ),
}  # fmt: skip

STREET_PARTS: dict[Language, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Language.NL: (
        (
            "Verzonnen", "Fictie", "Voorbeeld", "Denkbeeld", "Droom", "Verbeeldings",
            "Fantasie", "Schijn", "Proef", "Sprookjes", "Luchtkasteel", "Nergens",
        ),
        ("straat", "laan", "dreef", "plein", "steenweg", "weg", "hof", "kaai", "dijk"),
    ),
    Language.FR: (
        ("Rue", "Avenue", "Chemin", "Place", "Boulevard", "Allée", "Chaussée", "Impasse"),
        (
            "Imaginaire", "de l'Exemple", "des Chimères", "du Songe", "de la Fiction",
            "de l'Invention", "des Rêveries", "des Fables", "du Faux-Semblant",
            "de Nulle-Part",
        ),
    ),
    Language.DE: (
        (
            "Muster", "Beispiel", "Phantasie", "Traum", "Schein", "Probe", "Platzhalter",
            "Märchen", "Erfindungs", "Luftschloss", "Nirgendwo",
        ),
        ("straße", "weg", "gasse", "platz", "allee", "ring"),
    ),
}  # fmt: skip

MUNICIPALITY_PARTS: dict[Language, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Language.NL: (
        ("Fictie", "Verzinne", "Voorbeelde", "Denkbeel", "Droome", "Schijne", "Proefe",
         "Fantasie", "Nergens"),
        ("gem", "kerke", "hout", "dijk", "zele", "rode", "lo", "dorp"),
    ),
    Language.FR: (
        ("Inventé", "Songe", "Fictive", "Chimère", "Imagine", "Rêve", "Fable", "Mirage",
         "Nulle"),
        ("ville", "mont", "court", "sart", "fontaine", "val", "-sur-Songe"),
    ),
    Language.DE: (
        ("Erdacht", "Muster", "Beispiel", "Traum", "Phantasie", "Schein", "Nirgend"),
        ("dorf", "bach", "feld", "rath", "heim", "berg"),
    ),
}  # fmt: skip

# 4-digit postal code ranges by region (the German-speaking area: 4700-4799).
POSTAL_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "flanders": ((1500, 1999), (2000, 2999), (3000, 3999), (8000, 8999), (9000, 9999)),
    "brussels": ((1000, 1210),),
    "wallonia": ((1300, 1499), (4000, 4699), (4800, 4999), (5000, 5999), (6000, 7999)),
    "german": ((4700, 4799),),
}

REPRESENTATIVE_CAPACITY: dict[Language, tuple[str, str]] = {
    # (a parent, an administrator appointed by the justice of the peace)
    Language.NL: ("ouder", "bewindvoerder"),
    Language.FR: ("parent", "administrateur"),
    Language.DE: ("Elternteil", "Betreuer"),
}


@dataclass(frozen=True)
class Address:
    street: str
    house_number: str
    box: str | None
    postal_code: str
    municipality: str


def given_name(rng: Random, language: Language, female: bool) -> str:
    men, women = GIVEN_NAMES[language]
    return rng.choice(women if female else men)


def family_name(rng: Random, language: Language) -> str:
    prefixes, suffixes = FAMILY_PARTS[language]
    return rng.choice(prefixes) + rng.choice(suffixes)


def street_name(rng: Random, language: Language) -> str:
    first, second = STREET_PARTS[language]
    if language is Language.FR:
        return f"{rng.choice(first)} {rng.choice(second)}"
    if language is Language.DE and rng.random() < 0.1:
        return rng.choice(("Erfundene Gasse", "Ausgedachte Straße", "Erdachter Weg"))
    return rng.choice(first) + rng.choice(second)


def municipality_for(postal_code: int, language: Language) -> str:
    """The invented municipality of a postal code (always the same for one code)."""
    prefixes, suffixes = MUNICIPALITY_PARTS[language]
    return (
        prefixes[postal_code % len(prefixes)]
        + suffixes[(postal_code // len(prefixes)) % len(suffixes)]
    )


def address_language(region: RegionCode, language: Language) -> Language:
    """The language of the street and municipality names in the region."""
    if region is RegionCode.FLANDERS:
        return Language.NL
    if region is RegionCode.BRUSSELS:
        return Language.FR if language is Language.DE else language
    return Language.DE if language is Language.DE else Language.FR


def postal_code(rng: Random, region: RegionCode, language: Language) -> int:
    key = "german" if region is RegionCode.WALLONIA and language is Language.DE else region.value
    low, high = rng.choice(POSTAL_RANGES[key])
    return rng.randint(low, high)


def address(rng: Random, region: RegionCode, language: Language) -> Address:
    names_in = address_language(region, language)
    code = postal_code(rng, region, language)
    number = str(rng.randint(1, 240))
    if rng.random() < 0.05:
        number += rng.choice("ABC")
    box = None
    if rng.random() < 0.12:
        box = str(rng.randint(1, 24)) if rng.random() < 0.8 else rng.choice(("A", "B", "0.1"))
    return Address(
        street_name(rng, names_in), number, box, f"{code:04d}", municipality_for(code, names_in)
    )
