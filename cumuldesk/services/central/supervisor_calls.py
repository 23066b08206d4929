"""Calling the supervisors' functions of the production set-up (the schema cumuldesk_api,
cumuldesk/storage/security/40_supervisor.sql): the VSB import, the retention purge and
the law data. The services call them when `is_secured` says the connection is a
supervisor's own PostgreSQL login; elsewhere (the embedded SQLite database, the
administrator's own connection) they write the tables themselves, as before.

The functions' refusals are our own sentences, safe to show: "you may not" (SQLSTATE
42501: not a supervisor, approving one's own proposal) becomes NotAllowed, a refused
value (P0001) BadInput, a cut audit trail ChainCut.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import TextClause
from sqlalchemy.engine import Result
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from cumuldesk.errors import BadInput, CumulDeskError, NotAllowed
from cumuldesk.storage.audit import chain_cut_from

FORBIDDEN = "42501"
REFUSED = "P0001"


def server_message(exc: DBAPIError) -> str:
    """The first line of the server's message (our functions' sentences)."""
    original = exc.orig
    primary = getattr(getattr(original, "diag", None), "message_primary", None)
    return str(primary or "").strip()


def server_refusal(exc: DBAPIError, what: str) -> CumulDeskError | None:
    """The user's error a refusal of a supervisors' function stands for; None for other
    failures (the caller reports those in its own words). `what`: the action, for a
    permission error without a sentence of ours ("law approve")."""
    cut = chain_cut_from(exc)
    if cut is not None:
        return cut
    state = getattr(exc.orig, "sqlstate", None)
    message = server_message(exc)
    if state == FORBIDDEN:
        if message.startswith("permission denied") or not message:
            return NotAllowed(f"{what} is for supervisors only")
        if message in ("not an active handler", "for supervisors only"):
            return NotAllowed(f"{what} is for supervisors only ({message})")
        return NotAllowed(message)
    if state == REFUSED and message:
        return BadInput(message)
    return None


def call(
    session: Session,
    statement: TextClause,
    params: Mapping[str, Any],
    what: str,
    *,
    refused: Callable[[DBAPIError], CumulDeskError] | None = None,
    other: Callable[[DBAPIError], CumulDeskError] | None = None,
) -> Result[Any]:
    """Run `statement` (a call of a supervisors' function) in the session's transaction;
    a refusal raises the user's error (see `server_refusal`; `refused(exc)` instead of
    BadInput for a refused value when given), another database failure `other(exc)` when
    given, else the database error itself."""
    try:
        return session.execute(statement, dict(params))
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state == REFUSED and refused is not None:
            raise refused(exc) from None
        refusal = server_refusal(exc, what)
        if refusal is None and other is not None:
            refusal = other(exc)
        if refusal is None:
            raise
        raise refusal from None
