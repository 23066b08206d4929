"""The central schema (SQLAlchemy 2, typed ORM). The local cache uses the same tables.

Only what the deliberation and the case need: identification, contact for the
letter, BOB periods from VSB, IVT/IT decisions with their paid periods, zorgtoeslag
points, the case and its letters and notes, handlers and the audit trail. No
medical data: no diagnosis, no free-text medical field.

Money is stored as integer cents (`Money`), exact on both engines.

Every row a handler may see carries `change_seq`, set by the database itself (triggers
of migration 0003, never by the application): the value of a counter that only grows,
taken under one lock, so that a row with a higher number was committed after every row
with a lower one. Deleting such a row leaves a tombstone (table, id, sequence: nothing
personal). A cache asks for what changed after the highest number it holds
(`cumuldesk.sync.pull`). `sync_receipts` makes a pushed change apply at most once
(`cumuldesk.sync.push`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    FetchedValue,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from cumuldesk.domain.cases import Answer as Answer
from cumuldesk.domain.cases import CaseStatus as CaseStatus
from cumuldesk.domain.cases import Language as Language
from cumuldesk.domain.cases import LetterKind as LetterKind
from cumuldesk.domain.cases import Role as Role
from cumuldesk.domain.law import Kind
from cumuldesk.domain.simulation import Recommendation

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # SQLAlchemy types it FromClause (a class may be mapped onto a join or a select);
        # every model here declares its columns, so each is mapped onto a Table.
        __table__: ClassVar[Table]


class Synced:
    """Mixin: the row's change sequence, set by database triggers (see the module text)."""

    change_seq: Mapped[int] = mapped_column(
        BigInteger,
        server_default=text("0"),
        server_onupdate=FetchedValue(),
        index=True,
    )


class Money(TypeDecorator[Decimal]):
    """A Decimal amount with cents, stored as an integer number of cents."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> int | None:
        if value is None:
            return None
        cents = Decimal(value) * 100
        if cents != cents.to_integral_value():
            raise ValueError("amounts are stored with at most two decimals")
        return int(cents)

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def _enum(cls: type[StrEnum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=32,
    )


class RegionCode(StrEnum):
    FLANDERS = "flanders"
    BRUSSELS = "brussels"
    WALLONIA = "wallonia"


class RegulationCode(StrEnum):
    IVT = "IVT"
    IT = "IT"
    IVT_IT = "IVT+IT"


class Handler(Synced, Base):
    __tablename__ = "handlers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    team: Mapped[str] = mapped_column(String(64))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    language: Mapped[Language] = mapped_column(_enum(Language, "language"))
    # the scrypt hash of the embedded SQLite database's sign-in
    # (cumuldesk.services.accounts.signin);
    # unused on the production set-up, where PostgreSQL authenticates each handler's own
    # login role, and there not even readable by a handler (docs/security.md: a handler's
    # sessions leave it out, `cumuldesk.services.central.connect`)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Person(Synced, Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    insz: Mapped[str] = mapped_column(String(11), unique=True)
    family_name: Mapped[str] = mapped_column(String(128))
    given_name: Mapped[str] = mapped_column(String(128))
    language: Mapped[Language] = mapped_column(_enum(Language, "language"))
    region: Mapped[RegionCode] = mapped_column(_enum(RegionCode, "region"))
    birth_date: Mapped[date] = mapped_column(Date)
    death_date: Mapped[date | None] = mapped_column(Date)  # retention: 10 years after
    street: Mapped[str] = mapped_column(String(128))
    house_number: Mapped[str] = mapped_column(String(16))
    box: Mapped[str | None] = mapped_column(String(16))
    postal_code: Mapped[str] = mapped_column(String(8))
    municipality: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2), default="BE")

    representative: Mapped[LegalRepresentative | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )
    bob_periods: Mapped[list[BobPeriodRow]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="BobPeriodRow.start"
    )
    decisions: Mapped[list[IvtItDecision]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    zorgtoeslag: Mapped[list[ZorgtoeslagPoints]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="ZorgtoeslagPoints.valid_from",
    )
    cases: Mapped[list[Case]] = relationship(back_populates="person", cascade="all, delete-orphan")


class LegalRepresentative(Synced, Base):
    """Who the letter is addressed to when the applicant has a legal representative."""

    __tablename__ = "legal_representatives"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = mapped_column(String(128))
    capacity: Mapped[str] = mapped_column(String(64))  # e.g. "bewindvoerder", "parent"
    language: Mapped[Language] = mapped_column(_enum(Language, "language"))
    street: Mapped[str] = mapped_column(String(128))
    house_number: Mapped[str] = mapped_column(String(16))
    box: Mapped[str | None] = mapped_column(String(16))
    postal_code: Mapped[str] = mapped_column(String(8))
    municipality: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2), default="BE")

    person: Mapped[Person] = relationship(back_populates="representative")


class VsbImport(Base):
    """One VSB monthly file imported (so that importing it again changes nothing)."""

    __tablename__ = "vsb_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    imported_by: Mapped[str] = mapped_column(String(64))
    rows_total: Mapped[int] = mapped_column(Integer)
    rows_imported: Mapped[int] = mapped_column(Integer)
    rows_unchanged: Mapped[int] = mapped_column(Integer)
    rows_rejected: Mapped[int] = mapped_column(Integer)


class BobPeriodRow(Synced, Base):
    """A BOB payment period as VSB reports it."""

    __tablename__ = "bob_periods"
    __table_args__ = (
        UniqueConstraint("person_id", "start_date", name="person_start"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    start: Mapped[date] = mapped_column("start_date", Date)
    end: Mapped[date | None] = mapped_column("end_date", Date)
    voluntary_switch: Mapped[bool] = mapped_column(Boolean, default=False)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("vsb_imports.id", ondelete="SET NULL"))

    person: Mapped[Person] = relationship(back_populates="bob_periods")


class IvtItDecision(Synced, Base):
    """One version of an IVT/IT decision. A retroactive change adds a new version of the
    same `decision_ref`; the old version stays, with `superseded_at` set."""

    __tablename__ = "ivt_it_decisions"
    __table_args__ = (UniqueConstraint("person_id", "decision_ref", "version", name="version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    decision_ref: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    decided_on: Mapped[date] = mapped_column(Date)
    superseded_at: Mapped[date | None] = mapped_column(Date)  # None: the version in force

    person: Mapped[Person] = relationship(back_populates="decisions")
    periods: Mapped[list[IvtItPeriodRow]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by="IvtItPeriodRow.start"
    )


class IvtItPeriodRow(Synced, Base):
    __tablename__ = "ivt_it_periods"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        CheckConstraint("monthly_amount >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("ivt_it_decisions.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[date] = mapped_column("start_date", Date)
    end: Mapped[date | None] = mapped_column("end_date", Date)
    monthly_amount: Mapped[Decimal] = mapped_column(Money)
    regulation: Mapped[RegulationCode] = mapped_column(_enum(RegulationCode, "regulation"))

    decision: Mapped[IvtItDecision] = relationship(back_populates="periods")


class ZorgtoeslagPoints(Synced, Base):
    """Points on the medical-social scale from an attestation, valid from a date."""

    __tablename__ = "zorgtoeslag_points"
    __table_args__ = (
        CheckConstraint("points BETWEEN 0 AND 36", name="points_range"),
        CheckConstraint("pillar1_points BETWEEN 0 AND 6", name="pillar1_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    points: Mapped[int] = mapped_column(Integer)
    pillar1_points: Mapped[int] = mapped_column(Integer)

    person: Mapped[Person] = relationship(back_populates="zorgtoeslag")


class Case(Synced, Base):
    """An IVT/IT application under review for the cumulation check."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    application_date: Mapped[date] = mapped_column(Date)
    team: Mapped[str] = mapped_column(String(64), index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("handlers.id", ondelete="SET NULL"))
    status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus, "case_status"))
    proposal_sent_on: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[Answer | None] = mapped_column(_enum(Answer, "answer"))
    answer_date: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    rights_ended_on: Mapped[date | None] = mapped_column(Date)  # retention: 10 years after
    judgment_on: Mapped[date | None] = mapped_column(Date)  # retention: 10 years after
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    person: Mapped[Person] = relationship(back_populates="cases")
    handler: Mapped[Handler | None] = relationship()
    notes: Mapped[list[Note]] = relationship(back_populates="case", cascade="all, delete-orphan")
    letters: Mapped[list[Letter]] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )


class Note(Synced, Base):
    """A handler's work note on a case (procedure only: never medical information)."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("handlers.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="notes")


class Letter(Synced, Base):
    """A letter or advice note; immutable once `finalised_at` is set."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LetterKind] = mapped_column(_enum(LetterKind, "letter_kind"))
    language: Mapped[Language] = mapped_column(_enum(Language, "language"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("handlers.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    content: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str | None] = mapped_column(String(64))

    case: Mapped[Case] = relationship(back_populates="letters")


class AuditEvent(Base):
    """An append-only, hash-chained audit event (see cumuldesk.storage.audit).

    `subject` is a pseudonymous key of the person (keyed hash), never the INSZ.
    """

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str | None] = mapped_column(String(64), index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, no personal data
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Setting(Base):
    """Installation-wide values (for example the pseudonymisation key of the audit trail)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LawState(StrEnum):
    PROPOSED = "proposed"  # waiting for a second supervisor
    APPROVED = "approved"  # part of the law data from its version on
    REJECTED = "rejected"


class LawValue(Base):
    """One dated value of a law parameter in the central database (`cumuldesk.services.law.data`):
    proposed by a supervisor, approved by another one or rejected. Approving gives the
    value the next law-data version (the highest approved version plus one); the law data
    of version N are every value approved at version N or lower, in approval order (a
    later value at the same parameter, bracket and date replaces an earlier one). The
    shipped defaults are the seed, version 1 (migration 0004).

    `value` is text as the parameter files write it: "331.22", "true" or "false". The
    unit, brackets and description come from the shipped parameter files. Local caches
    hold a copy of the approved rows (`cumuldesk.sync.law`)."""

    __tablename__ = "law_values"
    __table_args__ = (
        CheckConstraint(
            "(state = 'approved') = (version IS NOT NULL)", name="version_when_approved"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    bracket: Mapped[str | None] = mapped_column(String(32))
    effective: Mapped[date] = mapped_column(Date)
    value: Mapped[str] = mapped_column(String(32))
    kind: Mapped[Kind] = mapped_column(_enum(Kind, "law_kind"))
    source_title: Mapped[str] = mapped_column(String(500))
    source_url: Mapped[str | None] = mapped_column(String(1000))
    state: Mapped[LawState] = mapped_column(_enum(LawState, "law_state"), index=True)
    proposed_by: Mapped[str] = mapped_column(String(64))
    proposed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int | None] = mapped_column(Integer, index=True)  # set at approval
    reason: Mapped[str | None] = mapped_column(Text)  # why it was rejected, when given


class OrganisationValue(Base):
    """One published field of the letters' sender block in one language (issue 17,
    `cumuldesk.services.organisation`): its text (lines separated by newlines), where it
    comes from (empty: not sourced), who published it and when. Every publication is a new
    row, never an update: the current value of a (field, language) is its row of the
    highest version. `version` numbers the publications of the whole table (the highest
    plus one), which is how a cache asks for what it lacks (`cumuldesk.sync.organisation`).
    Local caches hold a copy of the rows. Organisation data, nothing personal about
    applicants (a signatory is an official's name and title)."""

    __tablename__ = "organisation_values"
    __table_args__ = (UniqueConstraint("version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(String(32), index=True)  # SenderField
    language: Mapped[Language] = mapped_column(_enum(Language, "organisation_language"))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(1000))
    published_by: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer)


class ScreeningRow(Base):
    """The newest screening of a case (issue 18, `cumuldesk.services.screening`; the
    domain value is `cumuldesk.domain.screening.ScreeningResult`): the verdict (None when
    the dossier could not be simulated: `problem` says why), what renouncing changes over
    the horizon (Flemish total minus federal total, signed), the months compared, in
    conflict and in arrears, the open points of law (a JSON list of parameter keys), the
    law-data version and when. `dossier_seq` / `dossier_rows`: the highest change
    sequence and the number of the dossier's rows when screened (what a re-screening
    compares). Written by supervisors only (migration 0007)."""

    __tablename__ = "screening_results"
    __table_args__ = (
        CheckConstraint("(verdict IS NULL) <> (problem IS NULL)", name="verdict_or_problem"),
    )

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    case_reference: Mapped[str] = mapped_column(String(32))
    verdict: Mapped[Recommendation | None] = mapped_column(
        _enum(Recommendation, "screening_verdict")
    )
    problem: Mapped[str | None] = mapped_column(Text)
    at_stake: Mapped[Decimal] = mapped_column(Money)
    months_compared: Mapped[int] = mapped_column(Integer)
    conflict_months: Mapped[int] = mapped_column(Integer)
    arrears_months: Mapped[int] = mapped_column(Integer)
    open_points: Mapped[str] = mapped_column(Text)  # JSON list of keys
    law_version: Mapped[int | None] = mapped_column(Integer)
    screened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    dossier_seq: Mapped[int] = mapped_column(BigInteger)
    dossier_rows: Mapped[int] = mapped_column(Integer)


# Tables that record changes; their rows carry `change_seq` (parents before children).
SYNCED_TABLES = (
    "handlers",
    "persons",
    "legal_representatives",
    "bob_periods",
    "ivt_it_decisions",
    "ivt_it_periods",
    "zorgtoeslag_points",
    "cases",
    "notes",
    "letters",
)


class SyncCounter(Base):
    """The one row whose value is the highest change sequence handed out."""

    __tablename__ = "sync_counter"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger)


class SyncTombstone(Base):
    """A deleted row of a synced table: which table, which id, at which sequence."""

    __tablename__ = "sync_tombstones"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)


class SyncReceipt(Base):
    """A pushed outbox item that was applied (or refused) once: its idempotency key, who
    pushed it, when (central clock), the outcome and a small JSON result: ids and
    sequence numbers, or the reason of a refusal; nothing personal (a conflict's central
    version is not kept here but read again from the case when needed)."""

    __tablename__ = "sync_receipts"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    handler: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    applied_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    outcome: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(Text, default="{}")
