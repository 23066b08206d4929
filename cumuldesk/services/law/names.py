"""The law parameters, their brackets, kinds and states in words a handler reads; no Qt.

One map for every place that names a law value to a person: the "Law data" page, the
simulation's parameter table, the letters and the exports. Each text is marked with
`QT_TRANSLATE_NOOP("LawNames", ...)` (see `cumuldesk.domain.texts`); a function takes a
`translate(context, text)` callable: the window passes `QCoreApplication.translate`, the
command line and the log keep the English texts (the default, `untranslated`).

    parameter_name("ivt_yearly", QCoreApplication.translate)   # "IVT per jaar" in Dutch
    bracket_name("ivt_yearly", "A")      # "category A: lives with relatives or other"
    value_name("zorgtoeslag_ivt_it_ban", "brussels")  # "Zorgtoeslag ban ..., Brussels"
    law_value_name("zorgtoeslag_monthly[total_15_17]")  # "Zorgtoeslag per month, 15 to ..."

A name the map does not know (a parameter added to the shipped files later) is shown as
it is written there, never refused: the map names, the parameter files decide.
"""

from __future__ import annotations

from collections.abc import Callable

from cumuldesk.domain.law import Kind
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP

CONTEXT = "LawNames"
# (context, text) -> the text in the handler's language
# (as `services.exports.spreadsheets.Translate`)
Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    """The English text (the command line, the log)."""
    del context
    return text


# the parameters in the order a handler thinks of them: federal, Flemish, the rules
PARAMETER_NAMES: dict[str, str] = {
    "ivt_yearly": QT_TRANSLATE_NOOP("LawNames", "IVT per year"),
    "it_yearly": QT_TRANSLATE_NOOP("LawNames", "IT per year"),
    "ivt_partner_exemption": QT_TRANSLATE_NOOP("LawNames", "IVT partner exemption per year"),
    "zorgtoeslag_monthly": QT_TRANSLATE_NOOP("LawNames", "Zorgtoeslag per month"),
    "bob_monthly": QT_TRANSLATE_NOOP("LawNames", "BOB / ondersteuningstoeslag per month"),
    "zorgtoeslag_ivt_it_ban": QT_TRANSLATE_NOOP("LawNames", "Zorgtoeslag ban with IVT/IT"),
    "bob_ivt_it_ban": QT_TRANSLATE_NOOP("LawNames", "BOB ban with IVT/IT"),
    "ondersteuningstoeslag_ivt_it_ban": QT_TRANSLATE_NOOP(
        "LawNames", "Ondersteuningstoeslag ban with IVT/IT (open point)"
    ),
    "zorgtoeslag_arrears_recovered": QT_TRANSLATE_NOOP(
        "LawNames", "Zorgtoeslag recovered for arrears months (open point)"
    ),
}

# per parameter, its brackets in the order of the parameter file
BRACKET_NAMES: dict[str, dict[str, str]] = {
    "ivt_yearly": {
        "A": QT_TRANSLATE_NOOP("LawNames", "category A: lives with relatives or other"),
        "B": QT_TRANSLATE_NOOP("LawNames", "category B: lives alone or in an institution"),
        "C": QT_TRANSLATE_NOOP("LawNames", "category C: partner or dependent children"),
    },
    "it_yearly": {
        "1": QT_TRANSLATE_NOOP("LawNames", "category 1: 7 to 8 points"),
        "2": QT_TRANSLATE_NOOP("LawNames", "category 2: 9 to 11 points"),
        "3": QT_TRANSLATE_NOOP("LawNames", "category 3: 12 to 14 points"),
        "4": QT_TRANSLATE_NOOP("LawNames", "category 4: 15 to 16 points"),
        "5": QT_TRANSLATE_NOOP("LawNames", "category 5: 17 to 18 points"),
    },
    "zorgtoeslag_monthly": {
        "p1_4_total_lt6": QT_TRANSLATE_NOOP(
            "LawNames", "at least 4 points in pillar 1, fewer than 6 in total"
        ),
        "total_6_8": QT_TRANSLATE_NOOP("LawNames", "6 to 8 points"),
        "total_9_11": QT_TRANSLATE_NOOP("LawNames", "9 to 11 points"),
        "total_12_14_or_p1_4_total_6_11": QT_TRANSLATE_NOOP(
            "LawNames", "12 to 14 points, or 6 to 11 with at least 4 in pillar 1"
        ),
        "total_15_17": QT_TRANSLATE_NOOP("LawNames", "15 to 17 points"),
        "total_18_20": QT_TRANSLATE_NOOP("LawNames", "18 to 20 points"),
        "total_gt20": QT_TRANSLATE_NOOP("LawNames", "more than 20 points"),
    },
    "zorgtoeslag_ivt_it_ban": {
        "flanders": QT_TRANSLATE_NOOP("LawNames", "Flanders"),
        "brussels": QT_TRANSLATE_NOOP("LawNames", "Brussels"),
        "wallonia": QT_TRANSLATE_NOOP("LawNames", "Wallonia"),
    },
}

KIND_NAMES: dict[str, str] = {
    Kind.SOURCED.value: QT_TRANSLATE_NOOP("LawNames", "sourced"),
    Kind.COMPUTED.value: QT_TRANSLATE_NOOP("LawNames", "computed"),
    Kind.CARRIED.value: QT_TRANSLATE_NOOP("LawNames", "carried"),
}
KIND_DESCRIPTIONS: dict[str, str] = {
    Kind.SOURCED.value: QT_TRANSLATE_NOOP("LawNames", "read on a public page named as its source"),
    Kind.COMPUTED.value: QT_TRANSLATE_NOOP(
        "LawNames",
        "computed from sourced figures by a sourced rule (an index step, 50 % of category A); "
        "no published table confirms it",
    ),
    Kind.CARRIED.value: QT_TRANSLATE_NOOP(
        "LawNames",
        "no value is known for this date: the last known value is reused until a supervisor "
        "confirms one",
    ),
}

# the states of a law value in the central database (`storage.models.LawState`)
STATE_NAMES: dict[str, str] = {
    "proposed": QT_TRANSLATE_NOOP("LawNames", "proposed"),
    "approved": QT_TRANSLATE_NOOP("LawNames", "approved"),
    "rejected": QT_TRANSLATE_NOOP("LawNames", "rejected"),
}

YES = QT_TRANSLATE_NOOP("LawNames", "yes")
NO = QT_TRANSLATE_NOOP("LawNames", "no")
VALUE_AND_BRACKET = QT_TRANSLATE_NOOP("LawNames", "{parameter}, {bracket}")


def parameter_name(name: str, t: Translate = untranslated) -> str:
    """The parameter in words ("IVT per year"); an unknown name as it is."""
    text = PARAMETER_NAMES.get(name)
    return name if text is None else t(CONTEXT, text)


def bracket_name(name: str, bracket: str | None, t: Translate = untranslated) -> str:
    """A bracket of `name` in words ("category A: ..."); "" for no bracket, an unknown
    bracket as it is."""
    if bracket is None:
        return ""
    text = BRACKET_NAMES.get(name, {}).get(bracket)
    return bracket if text is None else t(CONTEXT, text)


def value_name(name: str, bracket: str | None, t: Translate = untranslated) -> str:
    """The parameter and its bracket in words: "IVT per year, category A: ..."."""
    if bracket is None:
        return parameter_name(name, t)
    return t(CONTEXT, VALUE_AND_BRACKET).format(
        parameter=parameter_name(name, t), bracket=bracket_name(name, bracket, t)
    )


VALUE_AND_KIND = QT_TRANSLATE_NOOP("LawNames", "{value} ({kind})")


def law_value_name(
    key: str, translate: Translate = untranslated, kind: Kind | str | None = None
) -> str:
    """A law value named by its internal key ("bob_monthly",
    "zorgtoeslag_monthly[total_15_17]", as `UsedValue.label` and the audit write it) in
    words in the language of `translate`: "BOB / ondersteuningstoeslag per month",
    "Zorgtoeslag per month, 15 to 17 points"; with `kind`, its kind after it
    ("..., 15 to 17 points (computed)"). The one function every place that shows a law
    value to a person uses (the simulation page, the letters and their dialog)."""
    name, bracket = key, None
    if key.endswith("]") and "[" in key:
        name, _, rest = key.partition("[")
        bracket = rest[:-1]
    words = value_name(name, bracket, translate)
    if kind is None:
        return words
    return translate(CONTEXT, VALUE_AND_KIND).format(value=words, kind=kind_name(kind, translate))


def kind_name(kind: Kind | str, t: Translate = untranslated) -> str:
    """sourced, computed or carried in words."""
    key = Kind(kind).value
    return t(CONTEXT, KIND_NAMES[key])


def kind_description(kind: Kind | str, t: Translate = untranslated) -> str:
    """What the kind means, in one clause (for a tooltip)."""
    return t(CONTEXT, KIND_DESCRIPTIONS[Kind(kind).value])


def state_name(state: str, t: Translate = untranslated) -> str:
    """proposed, approved or rejected in words; an unknown state as it is."""
    key = str(getattr(state, "value", state))
    text = STATE_NAMES.get(key)
    return key if text is None else t(CONTEXT, text)


def yes_no(value: bool, t: Translate = untranslated) -> str:
    """A yes/no rule's value in words."""
    return t(CONTEXT, YES if value else NO)


def ordered_names(known: list[str]) -> list[str]:
    """The parameter names of `known` in the map's order, unknown ones after (sorted)."""
    ordered = [name for name in PARAMETER_NAMES if name in known]
    return ordered + sorted(name for name in known if name not in PARAMETER_NAMES)


def bracket_order(name: str, bracket: str | None) -> int:
    """The place of a bracket in its parameter's list (for sorting); unknown ones last."""
    if bracket is None:
        return -1
    order = list(BRACKET_NAMES.get(name, {}))
    return order.index(bracket) if bracket in order else len(order)
