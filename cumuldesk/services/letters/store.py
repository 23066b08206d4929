"""The letters of a case in the local cache, without Qt: save a draft, finalise, list the
stored letters, find the finalised one of a kind, audit every print and export, and the
postal address a letter goes to.

A finalised letter is immutable (`services.cases.save_letter` refuses to save its kind
again) and carries the SHA-256 of its content: printing it again prints exactly that
content. A letter whose simulation used law values that are not sourced (computed by a
rule, carried over, or an open point of law assumed) is finalised only when the handler
confirms it explicitly (`confirmed_unverified=True`); the confirmation is an audit event
("unverified_parameters_confirmed", with the parameter keys and the law-data version
only) written just before the letter. So is a letter whose sender block (DG HAN's
address, phone, opening hours, signatory) has fields nobody published or published
without a source: the confirmation names them (`sender_fields`), and the draft's marks
of the fields not published are taken out of what is finalised.

The law-data version the simulation used is written in the letter itself (part of the
content its SHA-256 fingerprints) and in the audit event of the finalised letter
("letter_saved", `law_data_version`). The letter row has no column of its own: the stored
content is what was sent, and the audit trail (synced to the central one) is where a
version is looked up.

Audit details hold the case reference, the letter kind and parameter names: never a
name, an INSZ, an amount or the letter's content. Each write says what changed for the
views (`Changes`: the case and the outbox; a print or an export only adds an audit event
to the outbox).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from cumuldesk.domain.cases import Language, LetterKind
from cumuldesk.domain.organisation import SenderField
from cumuldesk.errors import BadInput, IntegrityProblem
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.cases import CaseKey, CaseWrite, write_letter
from cumuldesk.services.desk import Change, Changes
from cumuldesk.services.letters.drafting import LetterDraft, letter_kind
from cumuldesk.services.letters.texts import strip_unpublished
from cumuldesk.services.simulation.words import confirmation_lines
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import Case, Handler, LegalRepresentative, Letter, Person
from cumuldesk.sync.outbox import record_local

Clock = Callable[[], datetime]

CONFIRMED = "unverified_parameters_confirmed"
SENDER_FIELD_NAMES = {
    SenderField.ORGANISATION: "the organisation's name",
    SenderField.ADDRESS: "the postal address",
    SenderField.PHONE: "the phone number",
    SenderField.HOURS: "the opening hours",
    SenderField.SIGNATORY: "the signatory",
}
NO_CASE = "no case with this reference in the local cache"


class Output(StrEnum):
    """A letter leaving the desk, each an audit event of that name."""

    PRINTED = "printed"
    PDF_EXPORTED = "pdf_exported"


OUTPUTS = tuple(output.value for output in Output)


@dataclass(frozen=True)
class StoredLetter:
    id: int
    kind: LetterKind
    language: Language
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


@dataclass(frozen=True)
class LetterSaved:
    """A letter saved (a draft) or finalised: the case's letter of that kind as it is
    shown now (the finalised one, else the newest draft), and what changed."""

    letter: StoredLetter
    changes: Changes


def content_sha256(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def choose_stored(letters: Sequence[StoredLetter], kind: LetterKind | str) -> StoredLetter | None:
    """The finalised letter of this kind, else the newest draft."""
    same = [letter for letter in letters if letter.kind == kind]
    final = [(letter.finalised_at, letter) for letter in same if letter.finalised_at is not None]
    if final:
        return min(final, key=lambda pair: pair[0])[1]
    if not same:
        return None
    return max(same, key=lambda letter: (letter.created_at, abs(letter.id)))


# ----------------------------------------------------------------------- reading


def _case(session: Session, reference: str) -> tuple[int, CaseKey]:
    """The cached case's id and key (BadInput when the cache does not hold it)."""
    wanted = (reference or "").strip()
    for candidate in dict.fromkeys((wanted, wanted.upper())):
        row = session.execute(
            select(Case.id, Case.reference, Person.insz)
            .join(Person, Person.id == Case.person_id)
            .where(Case.reference == candidate)
        ).first()
        if row is not None:
            return row.id, CaseKey(row.reference, row.insz)
    raise BadInput(NO_CASE)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def stored_letters(cache: LocalCache, reference: str) -> list[StoredLetter]:
    """The case's letters in the cache, oldest first."""
    with cache.sessions() as session:
        case_id, _key = _case(session, reference)
        rows = session.execute(
            select(Letter, Handler.display_name)
            .outerjoin(Handler, Handler.id == Letter.author_id)
            .where(Letter.case_id == case_id)
            .order_by(Letter.created_at, Letter.id)
        ).all()
        return [
            StoredLetter(
                id=letter.id,
                kind=LetterKind(letter.kind),
                language=Language(letter.language),
                html=letter.content,
                created_at=_aware(letter.created_at),
                finalised_at=None if letter.finalised_at is None else _aware(letter.finalised_at),
                sha256=letter.content_sha256,
                author=author,
            )
            for letter, author in rows
        ]


def finalised_letter(
    cache: LocalCache, reference: str, kind: LetterKind | str
) -> StoredLetter | None:
    """The case's finalised letter of this kind, if any; IntegrityProblem when its
    content no longer matches its stored hash."""
    wanted = letter_kind(kind)
    for letter in stored_letters(cache, reference):
        if letter.kind == wanted and letter.finalised:
            if not letter.intact:
                raise IntegrityProblem(
                    "a finalised letter of this case no longer matches its stored hash"
                )
            return letter
    return None


def postal_address(cache: LocalCache, insz: str) -> tuple[str, ...]:
    """The postal address lines of whom a letter to this person goes to: the legal
    representative's when there is one, else the person's (empty: not cached)."""
    with cache.sessions() as session:
        person = session.scalar(select(Person).where(Person.insz == insz))
        if person is None:
            return ()
        who: Person | LegalRepresentative = (
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


# ----------------------------------------------------------------------- writing


def _shown(cache: LocalCache, written: CaseWrite, kind: LetterKind) -> StoredLetter:
    """The case's letter of this kind as shown after the write (the finalised one, else
    the newest draft: the one just written when nothing is odd)."""
    letters = stored_letters(cache, written.case.reference)
    shown = choose_stored(letters, kind)
    if shown is not None:
        return shown
    [saved] = [letter for letter in letters if letter.id == written.local_id]
    return saved


def save_draft(
    cache: LocalCache, identity: Identity, draft: LetterDraft, html: str, *, clock: Clock = utcnow
) -> int:
    """Save the (edited) draft; replaces the handler's earlier unpushed draft of that
    kind. Returns the letter's local id. BadInput once that kind is finalised."""
    written = _write_draft(cache, identity, draft, html, clock)
    assert written.local_id is not None
    return written.local_id


def save_letter_draft(
    cache: LocalCache, identity: Identity, draft: LetterDraft, html: str, *, clock: Clock = utcnow
) -> LetterSaved:
    """`save_draft`, with the case's letter of that kind as shown now."""
    written = _write_draft(cache, identity, draft, html, clock)
    return LetterSaved(_shown(cache, written, letter_kind(draft.kind)), written.changes)


def _write_draft(
    cache: LocalCache, identity: Identity, draft: LetterDraft, html: str, clock: Clock
) -> CaseWrite:
    return write_letter(
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
    saved = finalise_letter(
        cache, identity, draft, html, confirmed_unverified=confirmed_unverified, clock=clock
    )
    return saved.letter


def finalise_letter(
    cache: LocalCache,
    identity: Identity,
    draft: LetterDraft,
    html: str,
    *,
    confirmed_unverified: bool,
    clock: Clock = utcnow,
) -> LetterSaved:
    """`finalise`, saying what changed."""
    if draft.to_confirm and not confirmed_unverified:
        problems = []
        if draft.unverified:
            named = "; ".join(confirmation_lines(draft.unverified_values)) or ", ".join(
                draft.unverified
            )
            problems.append(
                "the simulation used law values that are not read on a public page "
                f"({named}): confirm them explicitly before finalising"
            )
        if draft.sender_to_check:
            problems.append(
                f"the letter's sender block is not complete ({sender_problems(draft)}): "
                "confirm it explicitly before finalising"
            )
        raise BadInput("; ".join(problems))
    html = strip_unpublished(html or "")
    if not html.strip():
        raise BadInput("a letter cannot be empty")
    kind = letter_kind(draft.kind)
    if draft.to_confirm:
        with cache.sessions.begin() as session:
            case_id, case = _case(session, draft.reference)
            done = session.scalar(
                select(Letter.id).where(
                    Letter.case_id == case_id,
                    Letter.kind == kind,
                    Letter.finalised_at.is_not(None),
                )
            )
            if done is None:  # else write_letter refuses below: nothing confirmed
                record_local(
                    session,
                    identity.username,
                    CONFIRMED,
                    insz=case.insz,
                    details={
                        "case": case.reference,
                        "kind": kind.value,
                        "parameters": list(draft.unverified),
                        "law_data_version": draft.law_data_version,
                        **(
                            {"sender_fields": [f.value for f in draft.sender_to_check]}
                            if draft.sender_to_check
                            else {}
                        ),
                    },
                    clock=clock,
                )
    written = write_letter(
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
        letter
        for letter in stored_letters(cache, written.case.reference)
        if letter.id == written.local_id
    ]
    return LetterSaved(stored, written.changes)


def sender_problems(draft: LetterDraft) -> str:
    """The sender block's fields to confirm, in words: "the phone number: not published;
    the signatory: no source"."""
    return "; ".join(
        f"{SENDER_FIELD_NAMES[field]}: "
        + ("not published" if field in draft.sender_missing else "no source")
        for field in draft.sender_to_check
    )


def record_output(
    cache: LocalCache,
    identity: Identity,
    reference: str,
    kind: LetterKind | str,
    what: Output | str,
    *,
    clock: Clock = utcnow,
) -> Changes:
    """Audit a print ("printed") or a PDF export ("pdf_exported") of a case's letter; the
    event waits in the outbox to be pushed."""
    if what not in OUTPUTS:
        raise BadInput(f"unknown output {what!r}; one of: {', '.join(OUTPUTS)}")
    output = Output(what)
    wanted = letter_kind(kind)
    with cache.sessions.begin() as session:
        _case_id, case = _case(session, reference)
        record_local(
            session,
            identity.username,
            output.value,
            insz=case.insz,
            details={"case": case.reference, "kind": wanted.value},
            clock=clock,
        )
    return Changes.of(Change.OUTBOX, persons=(case.insz,), cases=(case.reference,))
