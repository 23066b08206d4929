"""The letters' sender block: organisation data kept centrally, published by supervisors.

DG HAN's own details printed on every letter (the organisation's name, the postal address
a declaration is sent back to, the phone number, the opening hours, the signatory) are
kept in the central database per field and language, each publication with its source
note, who published it and when (`organisation_values`; every version kept). The sync
copies them into every handler's local cache (`cumuldesk.sync.organisation`), so that a
letter drafted offline prints them: `read_sender_block` reads them from the cache.

Only supervisors publish (NotAllowed otherwise, audited as a refusal); a publication is
the audit event `organisation_published` (field, language, version: never the text). On
the production set-up (a supervisor's own PostgreSQL login, `is_secured`) publishing is
the server's function `cumuldesk_api.organisation_publish`
(cumuldesk/storage/security/40_supervisor.sql), granted to supervisors only; a handler has
no INSERT or UPDATE on the table.

CumulDesk never makes a field up: a field nobody published is None in the `SenderBlock`,
and the letters say it is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderBlock, SenderField, SenderValue
from cumuldesk.errors import BadInput

Clock = Callable[[], datetime]

TEXT_LENGTH = 1000  # a field's text, all its lines
LINES = 8  # lines of one field at most
SOURCE_LENGTH = 1000
_PG_LOCK = 0x4F524756  # "ORGV": publications are numbered one at a time on PostgreSQL


def read_sender_block(session: Session, language: Language) -> SenderBlock:
    """The sender block of `language` as the database of `session` holds it (a handler's
    local cache: as of the last sync): every field, None where nobody published one."""
    from cumuldesk.storage.organisation import sender_block

    return sender_block(session, Language(language))


# ------------------------------------------------------------------------ checks


def parse_field(raw: SenderField | str) -> SenderField:
    try:
        return SenderField(str(raw).strip().lower())
    except ValueError:
        known = ", ".join(field.value for field in SenderField)
        raise BadInput(f"there is no sender-block field {str(raw)!r} (known: {known})") from None


def parse_language(raw: Language | str) -> Language:
    try:
        return Language(str(raw).strip().lower())
    except ValueError:
        raise BadInput(f"the language must be nl, fr or de, not {str(raw)!r}") from None


def clean_text(raw: str) -> str:
    """The text as stored: each line's spaces collapsed, empty lines dropped, lines joined
    by newlines. BadInput when nothing is left, or when it is too long."""
    lines = [" ".join(line.split()) for line in (raw or "").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise BadInput("the text is empty: give the field's text (lines separated by newlines)")
    if len(lines) > LINES:
        raise BadInput(f"a sender-block field has at most {LINES} lines")
    cleaned = "\n".join(lines)
    if len(cleaned) > TEXT_LENGTH:
        raise BadInput(f"the text is longer than {TEXT_LENGTH} characters")
    return cleaned


def clean_source(raw: str | None) -> str:
    """The source note as stored, spaces collapsed; empty means not sourced."""
    source = " ".join((raw or "").split())
    if len(source) > SOURCE_LENGTH:
        raise BadInput(f"the source is longer than {SOURCE_LENGTH} characters")
    return source


@dataclass(frozen=True)
class Publication:
    """A checked field to publish."""

    field: SenderField
    language: Language
    text: str
    source: str

    @classmethod
    def checked(
        cls,
        field: SenderField | str,
        language: Language | str,
        text: str,
        source: str | None,
    ) -> Publication:
        return cls(
            parse_field(field), parse_language(language), clean_text(text), clean_source(source)
        )


@dataclass(frozen=True)
class Published:
    """What publishing did: the field and language, and the version it got."""

    field: SenderField
    language: Language
    version: int


# ------------------------------------------------------------------------ views


@dataclass(frozen=True)
class OrganisationEntry:
    """One published version of a field in a language (for lists, JSON and the window)."""

    field: SenderField
    language: Language
    value: SenderValue
    version: int

    @classmethod
    def of(cls, row: dict[str, Any]) -> OrganisationEntry:
        from cumuldesk.storage.organisation import sender_value

        return cls(
            SenderField(row["field"]),
            Language(row["language"]),
            sender_value(row),
            int(row["version"]),
        )


def field_json(field: SenderField, entry: OrganisationEntry | None) -> dict[str, Any]:
    """One field of `organisation show --json`: null text when nobody published it."""
    if entry is None:
        return {
            "field": field.value,
            "text": None,
            "lines": [],
            "source": None,
            "sourced": False,
            "published_by": None,
            "published_at": None,
            "version": None,
        }
    value = entry.value
    return {
        "field": field.value,
        "text": value.text,
        "lines": list(value.lines),
        "source": value.source,
        "sourced": bool(value.source.strip()),
        "published_by": value.published_by,
        "published_at": value.published_at.isoformat(timespec="seconds"),
        "version": entry.version,
    }


def block_json(
    language: Language, entries: dict[tuple[SenderField, Language], OrganisationEntry]
) -> dict[str, Any]:
    """The sender block of one language as `organisation show --json` prints it."""
    block = SenderBlock(
        language,
        {
            field: (entry.value if (entry := entries.get((field, language))) else None)
            for field in SenderField
        },
    )
    return {
        "language": language.value,
        "fields": [field_json(field, entries.get((field, language))) for field in SenderField],
        "missing": [field.value for field in block.missing],
        "not_sourced": [field.value for field in block.not_sourced],
        "complete": block.complete,
    }


def current_entries(session: Session) -> dict[tuple[SenderField, Language], OrganisationEntry]:
    """The current version of every published (field, language) in this database."""
    from cumuldesk.storage.organisation import current_rows

    return {key: OrganisationEntry.of(row) for key, row in current_rows(session).items()}


def load_current(
    sessions: sessionmaker[Session],
) -> dict[tuple[SenderField, Language], OrganisationEntry]:
    with sessions() as session:
        return current_entries(session)


def history(
    sessions: sessionmaker[Session],
    field: SenderField | None = None,
    language: Language | None = None,
) -> list[OrganisationEntry]:
    """Every published version (of one field and language when given), newest first."""
    from cumuldesk.storage.organisation import history_rows

    with sessions() as session:
        rows = history_rows(session, [field] if field else [], [language] if language else [])
    return [OrganisationEntry.of(row) for row in rows]


# ------------------------------------------------------------------------ publishing


def _details(publication: Publication, version: int) -> dict[str, Any]:
    return {
        "field": publication.field.value,
        "language": publication.language.value,
        "version": version,
        "sourced": bool(publication.source),
    }


def _publish_on_server(session: Session, publication: Publication) -> int:
    from cumuldesk.services.central.supervisor_calls import call

    found = call(
        session,
        text("SELECT cumuldesk_api.organisation_publish(:field, :language, :text, :source)"),
        {
            "field": publication.field.value,
            "language": publication.language.value,
            "text": publication.text,
            "source": publication.source,
        },
        "organisation publish",
    ).scalar_one()
    return int(found)


def publish(
    sessions: sessionmaker[Session],
    identity: Any,
    publication: Publication,
    *,
    clock: Clock | None = None,
) -> Published:
    """Publish a checked field in a language (a supervisor): a new version, the current
    one from now on; every desk gets it with its next sync. NotAllowed (audited) for a
    handler."""
    from sqlalchemy import func, select

    from cumuldesk.services.accounts.authorization import require_supervisor
    from cumuldesk.storage.audit import record, utcnow
    from cumuldesk.storage.database import is_secured
    from cumuldesk.storage.models import OrganisationValue

    current = require_supervisor(sessions, identity, "organisation publish")
    now = (clock or utcnow)()
    with sessions.begin() as session:
        if is_secured(session):
            version = _publish_on_server(session, publication)
            return Published(publication.field, publication.language, version)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK})
        highest = session.scalar(select(func.max(OrganisationValue.version)))
        version = int(highest or 0) + 1
        session.add(
            OrganisationValue(
                field=publication.field.value,
                language=publication.language,
                text=publication.text,
                source=publication.source,
                published_by=current.username,
                published_at=now,
                version=version,
            )
        )
        session.flush()
        record(
            session,
            current.username,
            "organisation_published",
            details=_details(publication, version),
            clock=lambda: now,
        )
    return Published(publication.field, publication.language, version)
