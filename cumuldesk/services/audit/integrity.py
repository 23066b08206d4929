"""Verifying the central audit trail (docs/audit-integrity.md): its hash chain and head
(`cumuldesk.storage.audit`), the finalised letters against their hashes in the chain,
and, when given, a signed checkpoint kept outside the database
(`cumuldesk.services.audit.checkpoint`).

Everything is read first, in one snapshot, and only then checked: the caller records
its own events (sign-in, `audit_verified`) after, so that a verification never covers a
cut end over with an event of its own.

A finalised letter's content must still hash to its stored `content_sha256` and to the
hash in its `letter_finalised` event, which the server writes when the letter arrives
(cumuldesk/storage/security/30_api.sql). Letters finalised before the server recorded
that event are not in the chain: they are counted as information, not as a problem.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cumuldesk.storage.audit import (
    AuditProblem,
    Snapshot,
    VerifyResult,
    check_snapshot,
    read_snapshot,
)
from cumuldesk.storage.database import is_secured
from cumuldesk.storage.models import Case, Letter

LETTER_FINALISED = "letter_finalised"


@dataclass(frozen=True)
class FinalisedLetter:
    id: int
    case_reference: str
    content_sha256: str | None  # as stored beside the content
    current_sha256: str  # of the content as it is now


def finalised_letters(session: Session) -> list[FinalisedLetter]:
    """Every finalised letter with the hash of its content as it is now. On the
    production set-up a supervisor asks the server (cumuldesk_api.audit_letters): the
    content (personal data) does not leave it."""
    if is_secured(session):
        rows = session.execute(
            text(
                "SELECT id, case_reference, content_sha256, current_sha256"
                " FROM cumuldesk_api.audit_letters()"
            )
        ).all()
        return [
            FinalisedLetter(r.id, r.case_reference, r.content_sha256, r.current_sha256)
            for r in rows
        ]
    rows = session.execute(
        select(Letter.id, Case.reference, Letter.content_sha256, Letter.content)
        .join(Case, Case.id == Letter.case_id)
        .where(Letter.finalised_at.is_not(None))
        .order_by(Letter.id)
    ).all()
    return [
        FinalisedLetter(
            r.id,
            r.reference,
            r.content_sha256,
            hashlib.sha256(r.content.encode("utf-8")).hexdigest(),
        )
        for r in rows
    ]


def _recorded_hashes(snapshot: Snapshot) -> dict[int, list[tuple[int, str | None]]]:
    """{letter id: [(event seq, content hash recorded)]} from the letter_finalised events."""
    found: dict[int, list[tuple[int, str | None]]] = defaultdict(list)
    for event in snapshot.events:
        if event.action != LETTER_FINALISED:
            continue
        try:
            details = json.loads(event.details)
            letter = int(details["letter"])
        except (ValueError, TypeError, KeyError):
            continue  # a changed event is reported by the chain check
        digest = details.get("content_sha256")
        found[letter].append((event.seq, digest if isinstance(digest, str) else None))
    return found


def check_letters(
    letters: list[FinalisedLetter], snapshot: Snapshot
) -> tuple[list[AuditProblem], list[str]]:
    """(problems, notes) of the finalised letters against their stored and chained hashes."""
    problems: list[AuditProblem] = []
    recorded = _recorded_hashes(snapshot)
    not_in_chain = 0
    for letter in letters:
        name = f"finalised letter {letter.id} of case {letter.case_reference}"
        events = recorded.get(letter.id, [])
        seq = events[0][0] if events else 0
        if letter.content_sha256 is not None and letter.content_sha256 != letter.current_sha256:
            problems.append(
                AuditProblem(
                    seq,
                    "letter",
                    f"{name} was changed after it was finalised: its content no longer "
                    "matches its stored hash",
                )
            )
            continue
        if not events:
            not_in_chain += 1
            continue
        for event_seq, digest in events:
            if digest != letter.current_sha256:
                problems.append(
                    AuditProblem(
                        event_seq,
                        "letter",
                        f"{name} was changed after it was finalised: its content no longer "
                        f"matches the hash recorded in event {event_seq}",
                    )
                )
                break
    notes = []
    if letters:
        chained = len(letters) - not_in_chain
        notes.append(
            f"{len(letters)} finalised letter(s) checked: {chained} against their hash in the chain"
        )
    if not_in_chain:
        notes.append(
            f"{not_in_chain} finalised letter(s) not in the chain (finalised before the server "
            "recorded letter hashes): checked against their stored hash only"
        )
    return problems, notes


def verify_central(
    session: Session,
    *,
    compare: Callable[[Snapshot], tuple[list[AuditProblem], list[str]]] | None = None,
) -> tuple[Snapshot, VerifyResult]:
    """Read the central trail and its finalised letters (one snapshot), then check the
    chain, the letters and, with `compare` (a checkpoint's), what it finds."""
    snapshot = read_snapshot(session)
    letters = finalised_letters(session)
    chain = check_snapshot(snapshot)
    problems = list(chain.problems)
    notes = list(chain.notes)
    if compare is not None:
        found, said = compare(snapshot)
        problems += found
        notes += said
    found, said = check_letters(letters, snapshot)
    problems += found
    notes += said
    return snapshot, VerifyResult(chain.events, tuple(problems), tuple(notes))


def summary_details(result: VerifyResult) -> dict[str, Any]:
    """The details of the `audit_verified` event: counts only."""
    return {"events": result.events, "intact": result.ok, "problems": len(result.problems)}
