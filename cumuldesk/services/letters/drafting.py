"""Letters of a case, without Qt: draft the renunciation proposal (in the applicant's
language) and the advice note (in the handler's language) from a simulation, save a
draft, finalise, list the stored letters, and audit every print and export.

A finalised letter is immutable (`case_work.save_letter` refuses to save its kind again)
and carries the SHA-256 of its content: printing it again prints exactly that content.
A letter whose simulation used law values that are not sourced (computed by a rule,
carried over, or an open point of law assumed) is finalised only when the handler
confirms it explicitly (`confirmed_unverified=True`); the confirmation is an audit event
("unverified_parameters_confirmed", with the parameter keys and the law-data version
only) written just before the letter.

The law-data version the simulation used is written in the letter itself ("Berekend
met: wettelijke gegevens v7", part of the content its SHA-256 fingerprints) and in the
audit event of the finalised letter ("letter_saved", `law_data_version`). The letter row
has no column of its own: the stored content is what was sent, and the audit trail
(synced to the central one) is where a version is looked up.

Audit details hold the case reference, the letter kind and parameter names: never a
name, an INSZ, an amount or the letter's content. Texts: `letter_texts` and the
templates in `resources/letters/`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from cumuldesk.domain.months import Month, add_years
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import BadInput, IntegrityProblem
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.cases import save_letter
from cumuldesk.services.dossiers.page_data import Representative
from cumuldesk.services.dossiers.store import DossierView
from cumuldesk.services.letters import texts as texts
from cumuldesk.services.reports import CheckReport, SimulationReport
from cumuldesk.services.simulation.words import UsedValue, confirmation_lines, unverified_values
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import (
    Case,
    Handler,
    LegalRepresentative,
    Letter,
    LetterKind,
    Person,
)
from cumuldesk.sync.outbox import record_local

Clock = Callable[[], datetime]

PROPOSAL = LetterKind.RENUNCIATION_PROPOSAL.value
ADVICE_NOTE = LetterKind.ADVICE_NOTE.value
OUTPUTS = ("printed", "pdf_exported")
CONFIRMED = "unverified_parameters_confirmed"
ANSWER_DAYS = 30  # default time to answer the proposal (about one month)


class ProposalNotApplicable(BadInput):
    """The simulation does not advise renunciation: no proposal letter."""


@dataclass(frozen=True)
class LetterDraft:
    kind: str  # a LetterKind value
    language: str  # "nl" | "fr" | "de"
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


@dataclass(frozen=True)
class StoredLetter:
    id: int
    kind: str
    language: str
    html: str
    created_at: datetime
    finalised_at: datetime | None
    sha256: str | None
    author: str | None  # the handler's display name (None: not in the cache)

    @property
    def finalised(self) -> bool:
        return self.finalised_at is not None

    @property
    def intact(self) -> bool:
        """A finalised letter's content still has its stored hash (a draft: True)."""
        return self.sha256 is None or self.sha256 == content_sha256(self.html)


def content_sha256(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def letter_title(kind: str, language: str) -> str:
    """The letter's title in its language (the PDF's title and the dialog's)."""
    key = "proposal_title" if _kind(kind) == PROPOSAL else "advice_title"
    return texts.words(language)[key]


def _kind(kind: Any) -> str:
    value = str(getattr(kind, "value", kind))
    if value not in (PROPOSAL, ADVICE_NOTE):
        raise BadInput(f"unknown letter kind {value!r}; one of: {PROPOSAL}, {ADVICE_NOTE}")
    return value


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
        language=language,
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
        language=language,
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
        return w["recommendation_renounce"].format(
            amount=texts.money(gain, language), months=months
        )
    if recommendation is Recommendation.IVT_IT:
        return w["recommendation_ivt_it"].format(amount=texts.money(-gain, language), months=months)
    return w["recommendation_not_applicable"]


def postal_address(cache: LocalCache, insz: str) -> tuple[str, ...]:
    """The postal address lines of whom a letter to this person goes to: the legal
    representative's when there is one, else the person's (empty: not cached)."""
    with cache.sessions() as session:
        person = session.scalar(select(Person).where(Person.insz == insz))
        if person is None:
            return ()
        who: Any = (
            session.scalar(
                select(LegalRepresentative).where(LegalRepresentative.person_id == person.id)
            )
            or person
        )
        street = f"{who.street} {who.house_number}".strip()
        if who.box:
            street = f"{street} {who.box}"
        lines = [street, f"{who.postal_code} {who.municipality}".strip()]
        if (who.country or "BE") != "BE":
            lines.append(who.country)
        return tuple(line for line in lines if line)


# ----------------------------------------------------------------------- storing


def _case_row(session: Any, reference: str) -> Any:
    wanted = (reference or "").strip()
    for candidate in dict.fromkeys((wanted, wanted.upper())):
        row = session.execute(
            select(Case.id, Case.reference, Person.insz)
            .join(Person, Person.id == Case.person_id)
            .where(Case.reference == candidate)
        ).first()
        if row is not None:
            return row
    raise BadInput("no case with this reference in the local cache")


def save_draft(
    cache: LocalCache, identity: Identity, draft: LetterDraft, html: str, *, clock: Clock = utcnow
) -> int:
    """Save the (edited) draft; replaces the handler's earlier unpushed draft of that
    kind. Returns the letter's local id. BadInput once that kind is finalised."""
    return save_letter(
        cache,
        identity,
        draft.reference,
        draft.kind,
        draft.language,
        html,
        finalised=False,
        clock=clock,
    )


def finalise(
    cache: LocalCache,
    identity: Identity,
    draft: LetterDraft,
    html: str,
    *,
    confirmed_unverified: bool,
    clock: Clock = utcnow,
) -> StoredLetter:
    """Store `html` as the case's finalised letter of the draft's kind (immutable, with
    its SHA-256). When the simulation used law values that are not sourced (computed,
    carried, open points of law) the handler must confirm them (`confirmed_unverified`),
    else BadInput naming them in words; the confirmation is audited."""
    if draft.unverified and not confirmed_unverified:
        named = "; ".join(confirmation_lines(draft.unverified_values)) or ", ".join(
            draft.unverified
        )
        raise BadInput(
            "the simulation used law values that are not read on a public page "
            f"({named}): confirm them explicitly before finalising"
        )
    if not (html or "").strip():
        raise BadInput("a letter cannot be empty")
    kind = _kind(draft.kind)
    if draft.unverified:
        with cache.sessions.begin() as session:
            case = _case_row(session, draft.reference)
            done = session.scalar(
                select(Letter.id).where(
                    Letter.case_id == case.id,
                    Letter.kind == LetterKind(kind),
                    Letter.finalised_at.is_not(None),
                )
            )
            if done is None:  # else save_letter refuses below: nothing confirmed
                record_local(
                    session,
                    identity.username,
                    CONFIRMED,
                    insz=case.insz,
                    details={
                        "case": case.reference,
                        "kind": kind,
                        "parameters": list(draft.unverified),
                        "law_data_version": draft.law_data_version,
                    },
                    clock=clock,
                )
    letter_id = save_letter(
        cache,
        identity,
        draft.reference,
        kind,
        draft.language,
        html,
        finalised=True,
        clock=clock,
        law_data_version=draft.law_data_version,
    )
    [stored] = [
        letter for letter in stored_letters(cache, draft.reference) if letter.id == letter_id
    ]
    return stored


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def stored_letters(cache: LocalCache, reference: str) -> list[StoredLetter]:
    """The case's letters in the cache, oldest first."""
    with cache.sessions() as session:
        case = _case_row(session, reference)
        rows = session.execute(
            select(Letter, Handler.display_name)
            .outerjoin(Handler, Handler.id == Letter.author_id)
            .where(Letter.case_id == case.id)
            .order_by(Letter.created_at, Letter.id)
        ).all()
        return [
            StoredLetter(
                id=letter.id,
                kind=letter.kind.value,
                language=letter.language.value,
                html=letter.content,
                created_at=_aware(letter.created_at),
                finalised_at=_aware(letter.finalised_at),
                sha256=letter.content_sha256,
                author=author,
            )
            for letter, author in rows
        ]


def finalised_letter(cache: LocalCache, reference: str, kind: str) -> StoredLetter | None:
    """The case's finalised letter of this kind, if any; IntegrityProblem when its
    content no longer matches its stored hash."""
    wanted = _kind(kind)
    for letter in stored_letters(cache, reference):
        if letter.kind == wanted and letter.finalised:
            if not letter.intact:
                raise IntegrityProblem(
                    "a finalised letter of this case no longer matches its stored hash"
                )
            return letter
    return None


def record_output(
    cache: LocalCache,
    identity: Identity,
    reference: str,
    kind: str,
    what: str,
    *,
    clock: Clock = utcnow,
) -> None:
    """Audit a print ("printed") or a PDF export ("pdf_exported") of a case's letter."""
    if what not in OUTPUTS:
        raise BadInput(f"unknown output {what!r}; one of: {', '.join(OUTPUTS)}")
    letter_kind = _kind(kind)
    with cache.sessions.begin() as session:
        case = _case_row(session, reference)
        record_local(
            session,
            identity.username,
            what,
            insz=case.insz,
            details={"case": case.reference, "kind": letter_kind},
            clock=clock,
        )
