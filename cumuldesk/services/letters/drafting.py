"""Letters of a case, without Qt: draft the renunciation proposal (in the applicant's
language) and the advice note (in the handler's language) from a simulation. Saving,
finalising, the stored letters and the audit of prints and exports:
`services.letters.store`.

The law-data version the simulation used is written in the letter itself ("Berekend
met: wettelijke gegevens v7", part of the content its SHA-256 fingerprints); the values
used that are not sourced (computed by a rule, carried over, an open point of law) are
named in the draft (`LetterDraft.unverified_values`), for the handler to confirm before
finalising. Texts: `services.letters.texts` and the templates in `resources/letters/`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cumuldesk.domain.cases import Language, LetterKind
from cumuldesk.domain.months import Month, add_years
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import BadInput
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.dossiers.page_data import Representative
from cumuldesk.services.dossiers.store import DossierView
from cumuldesk.services.letters import texts as texts
from cumuldesk.services.reports import CheckReport, SimulationReport
from cumuldesk.services.simulation.words import UsedValue, unverified_values

PROPOSAL = LetterKind.RENUNCIATION_PROPOSAL
ADVICE_NOTE = LetterKind.ADVICE_NOTE
ANSWER_DAYS = 30  # default time to answer the proposal (about one month)


class ProposalNotApplicable(BadInput):
    """The simulation does not advise renunciation: no proposal letter."""


@dataclass(frozen=True)
class LetterDraft:
    kind: LetterKind
    language: Language
    reference: str  # the case reference
    insz_formatted: str
    title: str
    html: str  # Qt rich-text HTML; the declaration on its own page
    answer_deadline: date | None
    unverified: tuple[str, ...]  # keys of the values used that are not sourced (audit)
    addressee: str
    # the values behind `unverified`, to name them in words (the confirmation dialog)
    unverified_values: tuple[UsedValue, ...] = ()
    law_data_version: int | None = None  # None: the shipped law data


def letter_title(kind: LetterKind | str, language: Language | str) -> str:
    """The letter's title in its language (the PDF's title and the dialog's)."""
    key = "proposal_title" if letter_kind(kind) is PROPOSAL else "advice_title"
    return str(texts.words(language)[key])


def letter_kind(kind: LetterKind | str) -> LetterKind:
    """The letter kind (given as its value); BadInput when there is no such kind."""
    try:
        return LetterKind(kind)
    except ValueError:
        value = str(kind)
        raise BadInput(
            f"unknown letter kind {value!r}; one of: {PROPOSAL.value}, {ADVICE_NOTE.value}"
        ) from None


def _reference(view: DossierView) -> str:
    if view.case is None:
        raise BadInput("this dossier has no case: a letter belongs to a case")
    return view.case.reference


def _horizon(report: SimulationReport) -> tuple[Month, Month]:
    horizon = report.horizon
    if horizon is None or not report.months:
        raise ProposalNotApplicable("the simulation compared no months: there is nothing to write")
    return horizon.start, horizon.end


# ------------------------------------------------------------------------ drafts


def draft_proposal(
    view: DossierView,
    report: SimulationReport,
    params: Any,
    *,
    today: date,
    handler: Identity,
    representative: Representative | None,
    answer_days: int = ANSWER_DAYS,
    address: Sequence[str] = (),
) -> LetterDraft:
    """The renunciation proposal in the applicant's language, addressed to the legal
    representative when there is one. `report`: `view.simulation_report(params)`;
    ProposalNotApplicable when it does not advise renunciation (Wallonia, IVT/IT more
    favourable, nothing to compare). `address`: the addressee's postal address lines
    (`postal_address`), printed under the name."""
    del params  # the report carries the values used; kept for the contract's symmetry
    reference = _reference(view)
    if report.recommendation is not Recommendation.RENOUNCE:
        if view.region == "wallonia":
            raise ProposalNotApplicable(
                "in Wallonia no choice is needed: no renunciation proposal applies"
            )
        if report.recommendation is Recommendation.IVT_IT:
            raise ProposalNotApplicable(
                "IVT/IT is more favourable for this dossier: no renunciation proposal applies"
            )
        raise ProposalNotApplicable(
            "the simulation does not advise renunciation: no renunciation proposal applies"
        )
    if answer_days < 1:
        raise BadInput("the time to answer is at least one day")
    first, last = _horizon(report)
    language = texts.language_of(view.language)
    w = texts.words(language)
    deadline = today + timedelta(days=answer_days)
    addressee = representative.name if representative else view.name
    count = texts.months_count(len(report.months), language)
    note = ""
    if representative is not None:
        note = texts.paragraph(
            w["representative_note"].format(capacity=representative.capacity, applicant=view.name)
        )
    title = w["proposal_title"]
    body = texts.fill(
        texts.template(texts.PROPOSAL, language),
        {
            "title": title,
            "reference": reference,
            "insz": view.formatted_insz,
            "handler": handler.display_name,
            "letter_date": texts.long_date(today, language),
            "addressee": addressee,
            "applicant": view.name,
            "period": texts.period(first, last, language),
            "months": count,
            "total_difference": texts.money(texts.total_gain(report), language),
            "total_federal": texts.money(report.total_federal, language),
            "total_flemish": texts.money(report.total_flemish, language),
            "deadline": texts.long_date(deadline, language),
            "birthday21": texts.long_date(add_years(view.birth_date, 21), language),
            "law_data": texts.law_data(report, language),
        },
        {
            "address": texts.lines_html([addressee, *address]),
            "representative_note": note,
            "comparison": texts.comparison_table(report, language),
        },
    )
    return LetterDraft(
        kind=PROPOSAL,
        language=Language(language),
        reference=reference,
        insz_formatted=view.formatted_insz,
        title=title,
        html=body,
        answer_deadline=deadline,
        unverified=texts.unverified_names(report),
        addressee=addressee,
        unverified_values=unverified_values(report),
        law_data_version=report.law_version,
    )


def draft_advice_note(
    view: DossierView,
    report: SimulationReport,
    check: CheckReport,
    params: Any,
    *,
    today: date,
    handler: Identity,
    representative: Representative | None = None,
) -> LetterDraft:
    """The internal advice note in the handler's language: the dossier's facts, the
    conflict months (`check`: `view.check_report(params)`), the simulation table, the
    parameters used with their sources, and the recommendation."""
    del params
    reference = _reference(view)
    language = texts.language_of(handler.language)
    w = texts.words(language)
    case = view.case
    conflicts = check.conflict_months
    conflict_text = (
        w["conflicts"].format(
            count=texts.months_count(len(conflicts), language),
            runs=texts.runs_text(conflicts, language),
        )
        if conflicts
        else w["no_conflicts"]
    )
    window = check.ban_window
    query = check.query_window
    horizon = report.horizon
    count = len(report.months)
    title = w["advice_title"]
    banned = any(m.zorgtoeslag_banned or m.bob_banned for m in report.months)
    body = texts.fill(
        texts.template(texts.ADVICE, language),
        {
            "title": title,
            "reference": reference,
            "insz": view.formatted_insz,
            "name": view.name,
            "birth_date": texts.long_date(view.birth_date, language),
            "age": view.age,
            "as_of": texts.long_date(view.input.as_of, language),
            "region": w["regions"].get(view.region, view.region),
            "language": w["languages"].get(view.language, view.language),
            "status": w["statuses"].get(case.status, case.status) if case else "-",
            "application_date": texts.long_date(case.application_date, language) if case else "-",
            "representative": (
                f"{representative.name} ({representative.capacity})"
                if representative
                else w["no_representative"]
            ),
            "conflicts": conflict_text,
            "ban_window": (
                texts.period(window.start, window.end, language) if window else w["none"]
            ),
            "query_window": (
                f"{texts.long_date(query.start, language)} – {texts.long_date(query.end, language)}"
                if query
                else w["none"]
            ),
            "period": (texts.period(horizon.start, horizon.end, language) if horizon else ""),
            "months": texts.months_count(count, language),
            "banned_mark": w["banned_mark"] if banned else "",
            "difference_explained": f"{w['difference_explained']} {w['kept_explained']}",
            "law_data": texts.law_data(report, language),
            "recommendation": _recommendation(report, language),
            "handler": handler.display_name,
            "date": texts.long_date(today, language),
        },
        {
            "simulation_table": texts.simulation_table(report, language),
            "parameters_table": texts.parameters_table(report, language),
            "unverified_note": texts.unverified_note(report, language),
            "reasons": texts.bullets(texts.explained_reasons(report)),
        },
    )
    return LetterDraft(
        kind=ADVICE_NOTE,
        language=Language(language),
        reference=reference,
        insz_formatted=view.formatted_insz,
        title=title,
        html=body,
        answer_deadline=None,
        unverified=texts.unverified_names(report),
        addressee=handler.display_name,
        unverified_values=unverified_values(report),
        law_data_version=report.law_version,
    )


def _recommendation(report: SimulationReport, language: str) -> str:
    w = texts.words(language)
    recommendation = report.recommendation
    months = texts.months_count(len(report.months), language)
    gain = texts.total_gain(report)
    if recommendation is Recommendation.RENOUNCE:
        return str(w["recommendation_renounce"]).format(
            amount=texts.money(gain, language), months=months
        )
    if recommendation is Recommendation.IVT_IT:
        return str(w["recommendation_ivt_it"]).format(
            amount=texts.money(-gain, language), months=months
        )
    return str(w["recommendation_not_applicable"])
