"""The texts of the letters, without Qt: the templates in `resources/letters/` (one
renunciation proposal and one advice note per language) filled with a dossier's facts
and its simulation.

Every value is HTML-escaped before it goes into a template; the few fragments built
here (the address block, the comparison and simulation tables) escape their own values.
The month tables keep the arrears months (before the notified month) apart and the BOB
kept with the IVT/IT in its own column, never inside "IVT + IT". The law values are
named in words with their kind and the open points of law in sentences, in the letter's
language (`services.simulation.words` through the shipped interface translations,
`services.ts_catalogue`); the letter names the law-data version it was computed with.
The result is Qt rich-text HTML (the subset QTextDocument reads). Amounts are written
the Belgian way (1.234,56 EUR), dates and months with the month's name in the letter's
language ("23 november 2026", "april 2025").
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from string import Template
from typing import Any

from cumuldesk.domain.law import Kind
from cumuldesk.domain.money import belgian_amount, cents
from cumuldesk.domain.months import Month
from cumuldesk.domain.organisation import SenderBlock, SenderField
from cumuldesk.domain.periods import IvtItPeriod, Regulation
from cumuldesk.domain.simulation import MonthRow, UsedParameter
from cumuldesk.errors import BadInput
from cumuldesk.services.reports import SimulationReport
from cumuldesk.services.simulation.words import (
    kind_words,
    months_words,
    open_point_lines,
    unverified_values,
    used_values,
    value_lines,
    value_words,
)
from cumuldesk.services.ts_catalogue import Translate, translator

LANGUAGES = ("nl", "fr", "de")
PROPOSAL = "proposal"
ADVICE = "advice"


# --------------------------------------------------------------------- resources


def _folder() -> Traversable:
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


NBSP = "\u00a0"  # a no-break space: an amount stays on one line with its "EUR"


def eur(value: Decimal | str, language: Any) -> str:
    """ "1.234,56 EUR", never broken between the amount and EUR."""
    return f"{money(value, language)}{NBSP}EUR"


def long_date(day: date, language: Any) -> str:
    w = words(language)
    return str(w["long_date"]).format(day=day.day, month=w["months"][day.month - 1], year=day.year)


def month_name(month: Month | str, language: Any) -> str:
    """ "april 2025" in the language."""
    value = Month.parse(month) if isinstance(month, str) else month
    w = words(language)
    return str(w["month_year"]).format(month=w["months"][value.month - 1], year=value.year)


def months_count(count: int, language: Any) -> str:
    w = words(language)
    return str(w["one_month"] if count == 1 else w["n_months"].format(n=count))


def period(first: Month | str, last: Month | str, language: Any) -> str:
    """ "van april 2025 tot en met december 2027"."""
    return str(words(language)["from_to"]).format(
        start=month_name(first, language), end=month_name(last, language)
    )


def month_runs(months: Iterable[Month | str]) -> list[tuple[Month, Month]]:
    """Months (or "YYYY-MM") as runs of consecutive months, in order."""
    ordered = sorted(
        {Month.parse(m) if isinstance(m, str) else m for m in months},
        key=lambda m: (m.year, m.month),
    )
    runs: list[tuple[Month, Month]] = []
    for month in ordered:
        if runs and runs[-1][1] + 1 == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs


def runs_text(months: Sequence[Month | str], language: Any) -> str:
    """ "juni 2024 – mei 2025, augustus 2025"."""
    parts = []
    for first, last in month_runs(months):
        name = month_name(first, language)
        parts.append(name if first == last else f"{name} – {month_name(last, language)}")
    return ", ".join(parts)


# ------------------------------------------------------------ the comparison rows


@dataclass(frozen=True)
class ComparisonRow:
    """Consecutive months with the same amounts on each side (and all arrears months or
    none: an arrears month keeps the BOB already paid)."""

    first: Month
    last: Month
    months: int
    arrears: bool  # before the notified month
    ivt_it: Decimal  # IVT + IT per month, without anything kept
    bob_kept: Decimal  # the BOB kept with the IVT/IT (arrears, voluntary switch, no ban)
    zorgtoeslag_kept: Decimal  # the zorgtoeslag kept with the IVT/IT
    federal: Decimal  # IVT + IT + what is kept, per month
    zorgtoeslag: Decimal
    bob: Decimal
    flemish: Decimal  # zorgtoeslag + BOB per month
    gain: Decimal  # flemish - federal: what renouncing gives more per month

    @property
    def kept(self) -> Decimal:
        return self.bob_kept + self.zorgtoeslag_kept


# a month's amounts by the names the tables use, to the cent
_AMOUNTS: dict[str, Callable[[MonthRow], Decimal]] = {
    "ivt_it": lambda m: m.ivt_it,
    "bob_kept": lambda m: m.bob_kept,
    "zorgtoeslag_kept": lambda m: m.zorgtoeslag_kept,
    "federal": lambda m: m.federal,
    "zorgtoeslag": lambda m: m.zorgtoeslag,
    "bob": lambda m: m.bob,
    "flemish": lambda m: m.flemish,
    "difference": lambda m: m.difference,
}


def _amount(month: MonthRow, key: str) -> Decimal:
    return cents(_AMOUNTS[key](month))


def _month_row(month: MonthRow) -> ComparisonRow:
    """One month as a run of one."""

    def amount(key: str) -> Decimal:
        return _amount(month, key)

    return ComparisonRow(
        first=month.month,
        last=month.month,
        months=1,
        arrears=month.arrears,
        ivt_it=amount("ivt_it"),
        bob_kept=amount("bob_kept"),
        zorgtoeslag_kept=amount("zorgtoeslag_kept"),
        federal=amount("federal"),
        zorgtoeslag=amount("zorgtoeslag"),
        bob=amount("bob"),
        flemish=amount("flemish"),
        gain=amount("flemish") - amount("federal"),
    )


def comparison_rows(report: SimulationReport) -> list[ComparisonRow]:
    """The simulation's months grouped in runs of equal amounts (the letter's table)."""
    rows: list[ComparisonRow] = []
    for month in report.months:
        row = _month_row(month)
        last = rows[-1] if rows else None
        if (
            last is not None
            and last.last + 1 == row.first
            and replace(last, first=row.first, last=row.last, months=1) == row
        ):
            rows[-1] = replace(last, last=row.last, months=last.months + 1)
        else:
            rows.append(row)
    return rows


def total_gain(report: SimulationReport) -> Decimal:
    """What zorgtoeslag + BOB gives more than IVT/IT over the whole horizon."""
    return -cents(report.total_difference)


def _notified(report: SimulationReport) -> Month | None:
    return report.notified_month


def _has_arrears(report: SimulationReport) -> bool:
    return any(m.arrears for m in report.months)


def _any(report: SimulationReport, key: str) -> bool:
    return any(_amount(m, key) != 0 for m in report.months)


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
    span: int = 0,
) -> str:
    tag = "th" if head else "td"
    align = ' align="right"' if right else (' align="left"' if head else "")
    size = f' width="{width}%"' if width else ""
    columns = f' colspan="{span}"' if span > 1 else ""
    body = f"<b>{text}</b>" if bold and not head else text
    if small:
        body = f'<span style="font-size: 8pt;">{body}</span>'
    return f"<{tag}{align}{size}{columns}>{body}</{tag}>"


def _esc(value: Any) -> str:
    return html.escape(str(value))


def _section(text: str, columns: int, *, small: bool = False) -> str:
    """A row across the table naming the months below it (arrears, from the notification)."""
    return f'<tr bgcolor="#eeeeee">{_cell(_esc(text), bold=True, span=columns, small=small)}</tr>'


def _sections(report: SimulationReport, language: Any) -> list[tuple[str | None, list[MonthRow]]]:
    """The months in two parts, each with its heading: the arrears months (before the
    notified month), then the months from it on. One part without a heading when there
    are no arrears months."""
    months = list(report.months)
    notified = _notified(report)
    if not _has_arrears(report) or notified is None:
        return [(None, months)]
    w = words(language)
    name = month_name(notified, language)
    parts: list[tuple[str | None, list[MonthRow]]] = [
        (w["arrears_section"].format(month=name), [m for m in months if m.arrears])
    ]
    later = [m for m in months if not m.arrears]
    if later:
        parts.append((w["notified_section"].format(month=name), later))
    return parts


def comparison_table(report: SimulationReport, language: Any) -> str:
    """The proposal's table: per run of months, IVT + IT, what is kept with it (the BOB
    of an arrears month or of a voluntary switch: never inside "IVT + IT"), zorgtoeslag +
    BOB and the difference per month; the arrears months apart; the totals over the
    horizon. Then what the arrears and a voluntary switch mean, in sentences."""
    w = words(language)
    kept_column = _any(report, "bob_kept") or _any(report, "zorgtoeslag_kept")
    # wide enough for a bold total with its EUR ("32.984,98 EUR") on one line
    columns = [("period", 19 if kept_column else 24), ("federal", 19 if kept_column else 24)]
    columns += [("kept", 20)] if kept_column else []
    columns += [("flemish", 23 if kept_column else 28), ("difference", 19 if kept_column else 24)]
    head = "".join(
        _cell(_esc(w[key]), head=True, right=key != "period", width=width) for key, width in columns
    )
    body = []
    rows = comparison_rows(report)
    headed = _has_arrears(report) and _notified(report) is not None
    notified = _notified(report)
    for arrears in (True, False) if headed else (None,):
        part = [row for row in rows if arrears is None or row.arrears is arrears]
        if not part:
            continue
        if arrears is not None and notified is not None:
            key = "arrears_section" if arrears else "notified_section"
            body.append(_section(w[key].format(month=month_name(notified, language)), len(columns)))
        for row in part:
            body.append(_comparison_row(row, language, kept_column))
    total_label = w["total"].format(months=months_count(len(report.months), language))
    ivt_it = sum((_amount(m, "ivt_it") for m in report.months), Decimal(0))
    kept = cents(report.total_federal) - ivt_it
    body.append(
        "<tr>"
        + _cell(_esc(total_label), bold=True)
        + _cell(eur(ivt_it, language), right=True, bold=True)
        + (_cell(eur(kept, language), right=True, bold=True) if kept_column else "")
        + _cell(eur(report.total_flemish, language), right=True, bold=True)
        + _cell(eur(total_gain(report), language), right=True, bold=True)
        + "</tr>"
    )
    notes = [_esc(w["difference_note"])] + [_esc(text) for text in kept_notes(report, language)]
    note = "".join(f"<p><small>{text}</small></p>" for text in notes)
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{''.join(body)}</table>{note}"


def _comparison_row(row: ComparisonRow, language: Any, kept_column: bool) -> str:
    w = words(language)
    when = month_name(row.first, language)
    if row.months > 1:
        when = f"{when} – {month_name(row.last, language)}"
    when = f"{_esc(when)}<br/>({_esc(months_count(row.months, language))})"
    parts = w["flemish_parts"].format(
        zorgtoeslag=money(row.zorgtoeslag, language), bob=money(row.bob, language)
    )
    kept = ""
    if kept_column:
        named = []
        if row.bob_kept:
            named.append(w["kept_bob"].format(amount=money(row.bob_kept, language)))
        if row.zorgtoeslag_kept:
            named.append(w["kept_zorgtoeslag"].format(amount=money(row.zorgtoeslag_kept, language)))
        detail = f"<br/><small>{_esc(' + '.join(named))}</small>" if named else ""
        kept = _cell(f"{eur(row.kept, language)}{detail}", right=True)
    return (
        "<tr>"
        + _cell(when)
        + _cell(eur(row.ivt_it, language), right=True)
        + kept
        + _cell(f"{eur(row.flemish, language)}<br/><small>{_esc(parts)}</small>", right=True)
        + _cell(eur(row.gain, language), right=True)
        + "</tr>"
    )


def kept_notes(report: SimulationReport, language: Any) -> list[str]:
    """What the arrears months and a voluntary switch mean for the person, in sentences
    (empty when neither applies)."""
    w = words(language)
    months = report.months
    notes = []
    notified = _notified(report)
    if notified is not None and any(m.arrears and _amount(m, "bob_kept") for m in months):
        notes.append(w["arrears_note"].format(month=month_name(notified, language)))
    recovered = [m.month for m in months if m.zorgtoeslag_recovered]
    if recovered:
        notes.append(w["zorgtoeslag_recovered_note"].format(runs=runs_text(recovered, language)))
    if any(m.bob_voluntary_switch and _amount(m, "bob_kept") for m in months):
        notes.append(w["voluntary_note"])
    return notes


def simulation_table(report: SimulationReport, language: Any) -> str:
    """The advice note's table: every month of the horizon (the arrears months apart,
    each part with its subtotal), IVT + IT, the BOB (and zorgtoeslag) kept with it in
    their own columns, the federal and Flemish totals and the difference; then the
    totals over the horizon. Amounts never wrap: the columns take the width they need."""
    w = words(language)
    keys = ["ivt_it", "bob_kept"]
    titles = ["ivt_it_total", "bob_kept"]
    if _any(report, "zorgtoeslag_kept"):
        keys.append("zorgtoeslag_kept")
        titles.append("zorgtoeslag_kept")
    keys += ["federal", "zorgtoeslag", "bob", "flemish", "difference"]
    titles += ["federal_total", "zorgtoeslag", "bob", "flemish_short", "difference_short"]
    # widths that fit 9 digits in bold: the month a little wider
    width = 11 if len(keys) <= 7 else 10
    head = _header(w["month"], 100 - width * len(keys), right=False) + "".join(
        _header(w[title], width) for title in titles
    )
    body = []
    sections = _sections(report, language)
    for heading, months in sections:
        if heading is not None:
            body.append(_section(heading, len(keys) + 1, small=True))
        for row in months:
            mark = " *" if row.zorgtoeslag_banned or row.bob_banned else ""
            month = _esc(month_name(row.month, language) + mark)
            body.append(
                "<tr>"
                + f'<td><span style="font-size: 8pt; white-space: nowrap;">{month}</span></td>'
                + "".join(_amount_cell(_amount(row, key), language) for key in keys)
                + "</tr>"
            )
        if heading is not None and len(sections) > 1:
            label = w["subtotal"].format(months=months_count(len(months), language))
            body.append(_sum_row(label, months, keys, language))
    label = w["total"].format(months=months_count(len(report.months), language))
    body.append(_sum_row(label, report.months, keys, language))
    table = _TABLE.replace('cellpadding="4"', 'cellpadding="3"')
    return f"{table}<thead><tr>{head}</tr></thead>{''.join(body)}</table>"


def _header(text: str, width: int, *, right: bool = True) -> str:
    """A narrow column's header: small bold type that wraps between words (and at a
    soft hyphen of a long one)."""
    align = "right" if right else "left"
    return (
        f'<th align="{align}" width="{width}%"><span style="font-size: 7pt;">'
        f"{_esc(text)}</span></th>"
    )


def _amount_cell(value: Decimal | str, language: Any, *, bold: bool = False) -> str:
    """A small right-aligned amount that never wraps inside."""
    text = money(value, language)
    body = f"<b>{text}</b>" if bold else text
    return (
        f'<td align="right"><span style="font-size: 8pt; white-space: nowrap;">{body}</span></td>'
    )


def _sum_row(label: str, months: Sequence[MonthRow], keys: Sequence[str], language: Any) -> str:
    sums = [sum((_amount(m, key) for m in months), Decimal(0)) for key in keys]
    return (
        "<tr>"
        + _cell(_esc(label), bold=True, small=True)
        + "".join(_amount_cell(value, language, bold=True) for value in sums)
        + "</tr>"
    )


def parameter_label(item: UsedParameter) -> str:
    """ "zorgtoeslag_monthly[total_gt20]": the internal key (audit details)."""
    return item.value.label


def law_words(language: Any) -> Translate:
    """translate(context, text) in the letter's language: the law values' names, kinds
    and open points (`services.law.names`, `services.simulation.words`) as the
    interface translations have them."""
    return translator(language_of(language))


def _day(language: Any) -> Callable[[date], str]:
    return lambda day: long_date(day, language)


def _month(language: Any) -> Callable[[Month], str]:
    return lambda month: month_name(month, language)


def parameters_table(report: SimulationReport, language: Any) -> str:
    """Every law value the simulation used: its name in words, value, date, months,
    kind (sourced; computed in bold; carried in bold with a warning sign) and source."""
    w = words(language)
    t = law_words(language)
    head = "".join(
        _cell(_esc(w[key]), head=True, width=width, small=True)
        for key, width in (
            ("parameter", 22),
            ("value", 12),
            ("effective", 12),
            ("used_in", 15),
            ("kind", 17),
            ("source", 22),
        )
    )
    body = []
    for value in used_values(report):
        if isinstance(value.value, bool):
            shown = w["yes"] if value.value else w["no"]
        else:
            shown = f"{money(value.value, language)} {w['units'].get(value.unit, value.unit)}"
        source = _esc(value.source or "-")
        if value.url:
            source += f"<br/>{_esc(value.url)}"
        kind = _esc(kind_words(value.kind, t))
        if value.kind is Kind.CARRIED:  # loudly: no value is known for that date
            kind = f"<b>\u26a0 {kind}</b>"
        elif value.kind is Kind.COMPUTED:
            kind = f"<b>{kind}</b>"
        body.append(
            "<tr>"
            + _cell(_esc(value_words(value, t)), small=True)
            + _cell(_esc(shown), small=True)
            + _cell(_esc(long_date(value.effective, language)), small=True)
            + _cell(_esc(months_words(value, _month(language))), small=True)
            + _cell(kind, small=True)
            + _cell(source, small=True)
            + "</tr>"
        )
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{''.join(body)}</table>"


def unverified_note(report: SimulationReport, language: Any) -> str:
    """The computed and carried values used, named in words, and the open points of law
    the verdict rests on, each in a sentence (empty when every value is sourced)."""
    values = unverified_values(report)
    if not values:
        return ""
    w, t = words(language), law_words(language)
    names = value_lines(values, t, _day(language))
    parts = []
    if names:
        parts.append(f"<p><b>{_esc(w['unverified_note'].format(names='; '.join(names)))}</b></p>")
    points = open_point_lines(values, t, _day(language), _month(language))
    if points:
        parts.append(f"<p><b>{_esc(w['open_points_title'])}</b></p>{bullets(points)}")
    return "".join(parts)


# the domain's reasons that name law values by their keys (domain.simulation: the open
# points and the unverified values); the advice note says the same in words above
_REASONS_IN_WORDS = (
    "This verdict rests on an open point of law",
    "Unverified parameter values were used",
)


def explained_reasons(report: SimulationReport) -> list[str]:
    """The simulation's reasons for the advice note, without those that `unverified_note`
    already says in words (they name the values by their internal keys)."""
    return [reason for reason in report.reasons if not reason.startswith(_REASONS_IN_WORDS)]


def law_data(report: SimulationReport, language: Any) -> str:
    """The law-data version the simulation used, in the letter's words."""
    version = report.law_version
    w = words(language)
    return str(
        w["law_data_shipped"] if version is None else w["law_data_version"].format(version=version)
    )


def unverified_names(report: SimulationReport) -> tuple[str, ...]:
    """The internal keys (with bracket) of the values used that are not sourced, in
    order, once (the audit details of a confirmation)."""
    names = (value.label for value in unverified_values(report))
    return tuple(dict.fromkeys(names))


def lines_html(lines: Sequence[str]) -> str:
    return "<br/>".join(_esc(line) for line in lines if line)


def paragraph(text: str) -> str:
    return f"<p>{_esc(text)}</p>" if text else ""


def bullets(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{_esc(item)}</li>" for item in items) + "</ul>" if items else ""


# ------------------------------------------------------------- the sender block
# DG HAN's own details (domain.organisation.SenderBlock): the letter head, the signatory
# and the address the declaration goes back to. A field nobody published is a visible
# mark in the draft (`unpublished`), taken out when the letter is finalised
# (`strip_unpublished`): the handler has confirmed it then, and no citizen reads it.

MARK_COLOUR = "#b00000"


def unpublished(field: SenderField, language: Any) -> str:
    """The draft's mark of a field nobody published ("[niet gepubliceerd: postadres]")."""
    w = words(language)
    text = w["not_published"].format(field=w["sender_fields"][field.value])
    return f'<span style="color: {MARK_COLOUR};">{_esc(text)}</span>'


@lru_cache(maxsize=1)
def _mark_pattern() -> re.Pattern[str]:
    prefixes = []
    for code in LANGUAGES:
        template_text = str(words(code)["not_published"])
        prefixes.append(re.escape(html.escape(template_text.split("{field}")[0])))
    mark = rf"(?:<span[^>]*>)?(?:{'|'.join(prefixes)})[^\]<]*\](?:</span>)?"
    line_break = r"<br\s*/?>"
    return re.compile(rf"{line_break}\s*{mark}|{mark}\s*{line_break}|{mark}")


def strip_unpublished(text: str) -> str:
    """The letter without the marks of fields nobody published (each with its line
    break): what is finalised. Nothing else changes."""
    return _mark_pattern().sub("", text)


def sender_to_check(sender: SenderBlock) -> tuple[SenderField, ...]:
    """The fields of the sender block a handler must confirm before finalising: those
    nobody published and those published without a source, in the letter's order."""
    wanted = set(sender.missing) | set(sender.not_sourced)
    return tuple(field for field in SenderField if field in wanted)


def _sender_text(sender: SenderBlock, field: SenderField) -> tuple[str, ...]:
    value = sender.get(field)
    return () if value is None else value.lines


def _lines_or_mark(sender: SenderBlock, field: SenderField, language: Any) -> list[str]:
    lines = _sender_text(sender, field)
    if field is SenderField.ADDRESS:  # an address that starts with the organisation's name
        named = {line.casefold() for line in _sender_text(sender, SenderField.ORGANISATION)}
        lines = tuple(line for line in lines if line.casefold() not in named) or lines
    return [_esc(line) for line in lines] if lines else [unpublished(field, language)]


def sender_head(sender: SenderBlock, language: Any) -> str:
    """The letter head's sender: the organisation (its first line bold), the postal
    address, phone, opening hours and the website, one per line."""
    w = words(language)
    parts: list[str] = []
    organisation = _sender_text(sender, SenderField.ORGANISATION)
    if organisation:
        parts.append(f"<b>{_esc(organisation[0])}</b>")
        parts += [_esc(line) for line in organisation[1:]]
    else:
        parts.append(unpublished(SenderField.ORGANISATION, language))
    parts += _lines_or_mark(sender, SenderField.ADDRESS, language)
    for field, key in ((SenderField.PHONE, "phone"), (SenderField.HOURS, "hours")):
        lines = _sender_text(sender, field)
        if lines:
            parts.append(_esc(w[key].format(**{key: ", ".join(lines)})))
        else:
            parts.append(unpublished(field, language))
    parts.append(_esc(w["website"]))
    return "<br/>".join(parts)


def signatory(sender: SenderBlock, language: Any) -> str:
    """Who signs: name and title, one per line."""
    return "<br/>".join(_lines_or_mark(sender, SenderField.SIGNATORY, language))


def return_address(sender: SenderBlock, language: Any) -> str:
    """The address the declaration is posted back to: the organisation and its postal
    address, one per line."""
    return "<br/>".join(
        _lines_or_mark(sender, SenderField.ORGANISATION, language)
        + _lines_or_mark(sender, SenderField.ADDRESS, language)
    )


# ------------------------------------------------------- greetings and capacities


class Salutation(StrEnum):
    """How to address the reader: generic, or by title and family name (when known)."""

    NONE = "none"
    MADAM = "madam"
    SIR = "sir"


def greeting(language: Any, salutation: Salutation = Salutation.NONE, name: str = "") -> str:
    """The formal greeting: "Geachte heer/mevrouw," "Madame, Monsieur," "Sehr geehrte
    Damen und Herren,"; by title and family name when both are known ("Geachte mevrouw
    Peeters,")."""
    w = words(language)
    if salutation is Salutation.NONE or not name.strip():
        return str(w["greeting"])
    return str(w[f"greeting_{salutation.value}"]).format(name=name.strip())


def closing(language: Any, salutation: Salutation = Salutation.NONE) -> str:
    """The formal closing (in French echoing the greeting's "Madame, Monsieur")."""
    w = words(language)
    names = w.get("salutations", {})
    return str(w["closing"]).format(salutation=names.get(salutation.value, ""))


# what a representative's capacity may be recorded as, besides the letters' own words
_CAPACITY_SYNONYMS = {
    "ouders": "parent",
    "parents": "parent",
    "eltern": "parent",
    "voogdes": "guardian",
    "tutrice": "guardian",
    "bewindvoerster": "administrator",
    "administratrice": "administrator",
    "betreuer": "administrator",
    "betreuerin": "administrator",
    "verwalterin": "administrator",
    "wettelijke vertegenwoordiger": "legal_representative",
    "représentante légale": "legal_representative",
    "gesetzliche vertreterin": "legal_representative",
}


def capacity_key(capacity: str) -> str | None:
    """The capacity (parent, guardian, administrator ...) a recorded text names, in any
    of the three languages; None when it is none of them."""
    wanted = " ".join(capacity.lower().split())
    for code in LANGUAGES:
        for key, word in words(code)["capacities"].items():
            if str(word).lower() == wanted:
                return str(key)
    return _CAPACITY_SYNONYMS.get(wanted)


def capacity_words(capacity: str, language: Any) -> str:
    """The capacity in the letter's language ("ouder" in French: "parent"); a capacity
    not recognised is named as a legal representative."""
    key = capacity_key(capacity) or "legal_representative"
    return str(words(language)["capacities"][key])


_VOWEL = "aeiouyàâäéèêëîïôöùûüœæ"
_ELIDED = re.compile(rf"\b(qu|d)e (?=[{_VOWEL}])", re.IGNORECASE)


def elide(text: str, language: Any) -> str:
    """French elision of "que" and "de" before a vowel ("en tant qu’administrateur",
    "d’Anne"); other languages unchanged."""
    if language_of(language) != "fr":
        return text
    return _ELIDED.sub(lambda match: f"{match.group(1)}\u2019", text)


def as_capacity(capacity: str, language: Any) -> str:
    """ "als ouder", "en tant que parent", "en tant qu’administrateur", "als Elternteil"."""
    phrase = words(language)["as_capacity"].format(capacity=capacity_words(capacity, language))
    return elide(str(phrase), language)


def of_person(name: str, language: Any) -> str:
    """ "van Anne", "d’Anne", "von Anne"."""
    return elide(str(words(language)["of_person"].format(name=name)), language)


# ---------------------------------------------------------- what was applied for


def applied_for(periods: Sequence[IvtItPeriod], months: Sequence[MonthRow] = ()) -> str:
    """ "IVT", "IT" or "both": what the dossier's IVT/IT periods pay (their regulation),
    else what the simulated months pay; both when neither says."""
    ivt = any(p.regulation in (Regulation.IVT, Regulation.IVT_IT) for p in periods)
    it = any(p.regulation in (Regulation.IT, Regulation.IVT_IT) for p in periods)
    if not (ivt or it):
        ivt = any(m.ivt for m in months)
        it = any(m.it for m in months)
    if ivt == it:
        return "both"
    return "IVT" if ivt else "IT"
