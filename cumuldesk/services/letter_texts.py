"""The texts of the letters, without Qt: the templates in `resources/letters/` (one
renunciation proposal and one advice note per language) filled with a dossier's facts
and its simulation.

Every value is HTML-escaped before it goes into a template; the few fragments built
here (the address block, the comparison and simulation tables) escape their own values.
The result is Qt rich-text HTML (the subset QTextDocument reads). Amounts are written
the Belgian way (1.234,56 EUR), dates and months with the month's name in the letter's
language ("23 november 2026", "april 2025").
"""

from __future__ import annotations

import html
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any

from cumuldesk.domain.money import belgian_amount
from cumuldesk.domain.months import Month
from cumuldesk.errors import BadInput

LANGUAGES = ("nl", "fr", "de")
PROPOSAL = "proposal"
ADVICE = "advice"


# --------------------------------------------------------------------- resources


def _folder() -> Any:
    return resources.files("cumuldesk.resources").joinpath("letters")


@lru_cache(maxsize=1)
def _all_words() -> dict[str, dict[str, Any]]:
    return tomllib.loads(_folder().joinpath("words.toml").read_text(encoding="utf-8"))


def language_of(language: Any) -> str:
    """ "nl", "fr" or "de" (a Language member or its value); BadInput otherwise."""
    code = str(getattr(language, "value", language) or "").lower()
    if code not in LANGUAGES:
        raise BadInput(f"no letter template for the language {code!r}; one of: nl, fr, de")
    return code


def words(language: Any) -> dict[str, Any]:
    """The words and short sentences of `resources/letters/words.toml` in a language."""
    return _all_words()[language_of(language)]


@lru_cache(maxsize=8)
def template(kind: str, language: str) -> str:
    """The template text (`proposal` or `advice`), without its leading comment."""
    text = _folder().joinpath(f"{kind}.{language_of(language)}.html").read_text(encoding="utf-8")
    if text.startswith("<!--"):
        text = text[text.index("-->") + 3 :].lstrip("\n")
    return text


def fill(text: str, values: Mapping[str, Any], fragments: Mapping[str, str] = {}) -> str:
    """The template with `$name`s replaced: `values` escaped, `fragments` as they are
    (HTML built here). A name the template uses but nobody gives raises KeyError."""
    mapping = {name: html.escape(str(value)) for name, value in values.items()}
    mapping.update(fragments)
    return Template(text).substitute(mapping)


# -------------------------------------------------------------------- formatting


def money(value: Decimal | str, language: Any) -> str:
    """The amount the Belgian way in the letter's language: 1.234,56 in Dutch and German,
    1 234,56 in French (cumuldesk.domain.money.belgian_amount)."""
    return belgian_amount(Decimal(value), language_of(language))


def long_date(day: date, language: Any) -> str:
    w = words(language)
    return w["long_date"].format(day=day.day, month=w["months"][day.month - 1], year=day.year)


def month_name(month: Month | str, language: Any) -> str:
    """ "april 2025" in the language."""
    value = Month.parse(month) if isinstance(month, str) else month
    w = words(language)
    return w["month_year"].format(month=w["months"][value.month - 1], year=value.year)


def months_count(count: int, language: Any) -> str:
    w = words(language)
    return w["one_month"] if count == 1 else w["n_months"].format(n=count)


def period(first: Month | str, last: Month | str, language: Any) -> str:
    """ "van april 2025 tot en met december 2027"."""
    return words(language)["from_to"].format(
        start=month_name(first, language), end=month_name(last, language)
    )


def month_runs(months: Iterable[str]) -> list[tuple[Month, Month]]:
    """Months ("YYYY-MM") as runs of consecutive months, in order."""
    ordered = sorted({Month.parse(text) for text in months}, key=lambda m: (m.year, m.month))
    runs: list[tuple[Month, Month]] = []
    for month in ordered:
        if runs and runs[-1][1] + 1 == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs


def runs_text(months: Sequence[str], language: Any) -> str:
    """ "juni 2024 – mei 2025, augustus 2025"."""
    parts = []
    for first, last in month_runs(months):
        name = month_name(first, language)
        parts.append(name if first == last else f"{name} – {month_name(last, language)}")
    return ", ".join(parts)


# ------------------------------------------------------------ the comparison rows


@dataclass(frozen=True)
class ComparisonRow:
    """Consecutive months with the same amounts on each side."""

    first: str  # "YYYY-MM"
    last: str
    months: int
    federal: Decimal  # IVT + IT per month
    zorgtoeslag: Decimal
    bob: Decimal
    flemish: Decimal  # zorgtoeslag + BOB per month
    gain: Decimal  # flemish - federal: what renouncing gives more per month


def comparison_rows(report: Mapping[str, Any]) -> list[ComparisonRow]:
    """The simulation's months grouped in runs of equal amounts (the letter's table)."""
    rows: list[ComparisonRow] = []
    for month in report["months"]:
        federal, zorg, bob = (Decimal(month[k]) for k in ("federal", "zorgtoeslag", "bob"))
        flemish = Decimal(month["flemish"])
        last = rows[-1] if rows else None
        if (
            last is not None
            and Month.parse(last.last) + 1 == Month.parse(month["month"])
            and (last.federal, last.zorgtoeslag, last.bob, last.flemish)
            == (federal, zorg, bob, flemish)
        ):
            rows[-1] = ComparisonRow(
                last.first, month["month"], last.months + 1, federal, zorg, bob, flemish, last.gain
            )
        else:
            rows.append(
                ComparisonRow(
                    month["month"],
                    month["month"],
                    1,
                    federal,
                    zorg,
                    bob,
                    flemish,
                    flemish - federal,
                )
            )
    return rows


def total_gain(report: Mapping[str, Any]) -> Decimal:
    """What zorgtoeslag + BOB gives more than IVT/IT over the whole horizon."""
    return -Decimal(report["totals"]["difference"])


# -------------------------------------------------------------------- fragments

_TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
    'style="border-collapse: collapse; border-color: #808080;">'
)


def _cell(
    text: str,
    *,
    right: bool = False,
    bold: bool = False,
    head: bool = False,
    width: int = 0,
    small: bool = False,
) -> str:
    tag = "th" if head else "td"
    align = ' align="right"' if right else (' align="left"' if head else "")
    size = f' width="{width}%"' if width else ""
    body = f"<b>{text}</b>" if bold and not head else text
    if small:
        body = f'<span style="font-size: 8pt;">{body}</span>'
    return f"<{tag}{align}{size}>{body}</{tag}>"


def _esc(value: Any) -> str:
    return html.escape(str(value))


def comparison_table(report: Mapping[str, Any], language: Any) -> str:
    """The proposal's table: per run of months, each side per month and the difference,
    then the totals over the horizon."""
    w = words(language)
    head = "".join(
        _cell(_esc(w[key]), head=True, right=key != "period", width=width)
        for key, width in (("period", 28), ("federal", 22), ("flemish", 28), ("difference", 22))
    )
    body = []
    for row in comparison_rows(report):
        when = month_name(row.first, language)
        if row.months > 1:
            when = f"{when} – {month_name(row.last, language)}"
        when = f"{_esc(when)}<br/>({_esc(months_count(row.months, language))})"
        parts = w["flemish_parts"].format(
            zorgtoeslag=money(row.zorgtoeslag, language), bob=money(row.bob, language)
        )
        body.append(
            "<tr>"
            + _cell(when)
            + _cell(f"{money(row.federal, language)} EUR", right=True)
            + _cell(
                f"{money(row.flemish, language)} EUR<br/><small>{_esc(parts)}</small>", right=True
            )
            + _cell(f"{money(row.gain, language)} EUR", right=True)
            + "</tr>"
        )
    totals = report["totals"]
    total_label = w["total"].format(months=months_count(int(totals["months"]), language))
    body.append(
        "<tr>"
        + _cell(_esc(total_label), bold=True)
        + _cell(f"{money(totals['federal'], language)} EUR", right=True, bold=True)
        + _cell(f"{money(totals['flemish'], language)} EUR", right=True, bold=True)
        + _cell(f"{money(total_gain(report), language)} EUR", right=True, bold=True)
        + "</tr>"
    )
    note = f"<p><small>{_esc(w['difference_note'])}</small></p>"
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{''.join(body)}</table>{note}"


_SIMULATION_COLUMNS = ("ivt", "it", "zorgtoeslag", "bob", "federal", "flemish", "difference")
_SIMULATION_TITLES = (
    "ivt",
    "it",
    "zorgtoeslag",
    "bob",
    "federal_short",
    "flemish_short",
    "difference_short",
)


def simulation_table(report: Mapping[str, Any], language: Any) -> str:
    """The advice note's table: every month of the horizon, then the totals."""
    w = words(language)
    head = _cell(_esc(w["month"]), head=True, width=20, small=True) + "".join(
        _cell(_esc(w[key]), head=True, right=True, width=width, small=True)
        for key, width in zip(_SIMULATION_TITLES, (9, 9, 14, 9, 12, 14, 13), strict=True)
    )
    body = []
    for row in report["months"]:
        mark = " *" if row["zorgtoeslag_banned"] or row["bob_banned"] else ""
        body.append(
            "<tr>"
            + _cell(_esc(month_name(row["month"], language) + mark), small=True)
            + "".join(
                _cell(money(row[key], language), right=True, small=True)
                for key in _SIMULATION_COLUMNS
            )
            + "</tr>"
        )
    totals = report["totals"]
    label = w["total"].format(months=months_count(int(totals["months"]), language))
    body.append(
        "<tr>"
        + _cell(_esc(label), bold=True, small=True)
        + "".join(_cell("") for _ in range(4))
        + "".join(
            _cell(money(totals[key], language), right=True, bold=True, small=True)
            for key in ("federal", "flemish", "difference")
        )
        + "</tr>"
    )
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{''.join(body)}</table>"


def parameter_label(item: Mapping[str, Any]) -> str:
    """ "zorgtoeslag_monthly[total_gt20]"."""
    return item["name"] + (f"[{item['bracket']}]" if item.get("bracket") else "")


def parameters_table(report: Mapping[str, Any], language: Any) -> str:
    """The parameter values the simulation used, with their sources and verified mark."""
    w = words(language)
    head = "".join(
        _cell(_esc(w[key]), head=True, width=width, small=True)
        for key, width in (
            ("parameter", 19),
            ("value", 13),
            ("effective", 12),
            ("used_in", 16),
            ("source", 22),
            ("status", 18),
        )
    )
    body = []
    for item in report["parameters"]:
        value = item["value"]
        if isinstance(value, bool):
            shown = w["yes"] if value else w["no"]
        else:
            shown = f"{money(value, language)} {w['units'].get(item['unit'], item['unit'])}"
        source = _esc(item.get("source") or "-")
        if item.get("url"):
            source += f"<br/>{_esc(item['url'])}"
        status = _esc(w["verified"]) if item["verified"] else f"<b>{_esc(w['unverified'])}</b>"
        used = month_name(item["first_month"], language)
        if item["first_month"] != item["last_month"]:
            used = f"{used} – {month_name(item['last_month'], language)}"
        body.append(
            "<tr>"
            + _cell(_esc(parameter_label(item)), small=True)
            + _cell(_esc(shown), small=True)
            + _cell(_esc(long_date(date.fromisoformat(item["effective"]), language)), small=True)
            + _cell(_esc(used), small=True)
            + _cell(source, small=True)
            + _cell(status, small=True)
            + "</tr>"
        )
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{''.join(body)}</table>"


def unverified_names(report: Mapping[str, Any]) -> tuple[str, ...]:
    """The names (with bracket) of the unverified parameter values used, in order, once."""
    names = (parameter_label(item) for item in report.get("parameters", ()) if not item["verified"])
    return tuple(dict.fromkeys(names))


def lines_html(lines: Sequence[str]) -> str:
    return "<br/>".join(_esc(line) for line in lines if line)


def paragraph(text: str) -> str:
    return f"<p>{_esc(text)}</p>" if text else ""


def bullets(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{_esc(item)}</li>" for item in items) + "</ul>" if items else ""
