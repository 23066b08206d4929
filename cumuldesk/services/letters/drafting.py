"""Letters of a case, without Qt: draft the renunciation proposal (in the applicant's
language) and the advice note (in the handler's language) from a simulation. Saving,
finalising, the stored letters and the audit of prints and exports:
`services.letters.store`.

DG HAN's sender block (its name, postal address, phone, opening hours and who signs:
`domain.organisation.SenderBlock`, organisation data published centrally) is printed in
every letter's head, under the proposal and on its declaration page (where to post it
back). A field nobody published is a visible mark in the draft, and with the fields
published without a source it is named in the draft (`LetterDraft.sender_to_check`):
finalising asks the handler to confirm them like an unverified law value.

The proposal names what was applied for (IVT, IT or both, from the dossier's IVT/IT
periods). For a person past 21 on the letter's date, or whose months are all arrears,
it speaks of months already past, and gives no past date as one still to come.

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
from cumuldesk.domain.organisation import SenderBlock, SenderField
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
    # the sender block's fields not published or without a source (to be confirmed)
    sender_to_check: tuple[SenderField, ...] = ()
    sender_missing: tuple[SenderField, ...] = ()  # of those, the fields not published

    @property
    def to_confirm(self) -> bool:
        """Finalising needs the handler's explicit confirmation."""
        return bool(self.unverified or self.sender_to_check)


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
    sender: SenderBlock | None = None,
) -> LetterDraft:
    """The renunciation proposal in the applicant's language, addressed to the legal
    representative when there is one. `report`: `view.simulation_report(params)`;
    ProposalNotApplicable when it does not advise renunciation (Wallonia, IVT/IT more
    favourable, nothing to compare). `address`: the addressee's postal address lines
    (`postal_address`), printed under the name. `sender`: DG HAN's sender block in the
    letter's language (None: nothing published yet, every field marked)."""
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
            w["representative_note"].format(
                as_capacity=texts.as_capacity(representative.capacity, language),
                of_applicant=texts.of_person(view.name, language),
            )
        )
    title = w["proposal_title"]
    block = sender if sender is not None else SenderBlock.empty(Language(language))
    birthday21 = add_years(view.birth_date, 21)
    turned_21 = birthday21 <= today
    # every month compared is already past: the proposal is about arrears
    past = turned_21 or all(month.arrears for month in report.months)
    applied = texts.applied_for(view.input.dossier.ivt_it_periods, report.months)
    period = texts.period(first, last, language)
    variant = "_past" if past else ""
    later = "_past" if turned_21 else ""
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
            "period": period,
            "months": count,
            "total_difference": texts.money(texts.total_gain(report), language),
            "total_federal": texts.money(report.total_federal, language),
            "total_flemish": texts.money(report.total_flemish, language),
            "deadline": texts.long_date(deadline, language),
            "law_data": texts.law_data(report, language),
            "greeting": texts.greeting(language),
            "closing": texts.closing(language),
            "intro": w[f"intro{variant}"].format(allowance=w["allowances"][applied], period=period),
            "proposal": w[f"proposal{variant}"].format(
                allowance=w["allowances_short"][applied],
                allowance_bare=w["allowances_bare"][applied],
            ),
            "allowance_short": w["allowances_short"][applied],
            "keeps": w[f"keeps{variant}"],
            "new_application": w[f"new_application{later}"].format(
                birthday=texts.long_date(birthday21, language)
            ),
            "declared_allowance": w["declared_allowances"][applied],
            "declared_new_application": w[f"declared_new_application{later}"],
            "return_to": w["return_to"].format(deadline=texts.long_date(deadline, language)),
        },
        {
            "address": texts.lines_html([addressee, *address]),
            "representative_note": note,
            "comparison": texts.comparison_table(report, language),
            "sender_head": texts.sender_head(block, language),
            "signatory": texts.signatory(block, language),
            "return_address": texts.return_address(block, language),
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
        sender_to_check=texts.sender_to_check(block),
        sender_missing=block.missing,
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
    sender: SenderBlock | None = None,
) -> LetterDraft:
    """The internal advice note in the handler's language: the dossier's facts, the
    conflict months (`check`: `view.check_report(params)`), the simulation table, the
    parameters used with their sources, and the recommendation. `sender`: DG HAN's
    sender block in the handler's language (None: nothing published yet)."""
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
    block = sender if sender is not None else SenderBlock.empty(Language(language))
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
                f"{representative.name} ({texts.capacity_words(representative.capacity, language)})"
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
            "internal_note": w["internal_note"],
        },
        {
            "sender_head": texts.sender_head(block, language),
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
        sender_to_check=texts.sender_to_check(block),
        sender_missing=block.missing,
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
