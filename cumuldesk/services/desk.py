"""The application API: what a signed-in handler can do, for the window and the command
line alike (no Qt).

A `Desk` is built once at sign-in from who signed in, their open cache, the law data, how
to reach the central database and a clock, and is held by the window (`AppContext.desk`)
and by each command. Its reads return typed values (domain values, `Month`, `Decimal`,
dataclasses), each loaded in one session; its writes return a `Changes` value saying what
changed, which the window's background-operation helper broadcasts by itself
(`ui.kit.ops.Op`), so that every view decides whether to reload. No caller outside the
services opens a session or calls the sync directly: they ask the desk.

The feature modules (`services.dossiers`, `services.cases`, `services.letters`, ...) hold
the work; the desk gives it the handler's context so that callers do not pass five to nine
loose arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from cumuldesk.errors import Unavailable

if TYPE_CHECKING:  # the types only: building a desk needs no database driver yet
    from cumuldesk.params.loader import ParameterSet
    from cumuldesk.services.accounts.desktop_signin import SignedIn
    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.accounts.unlock import Connect
    from cumuldesk.services.central.connect import Central
    from cumuldesk.storage.cache import LocalCache


def utcnow() -> datetime:
    """The time now, in UTC (as `storage.audit.utcnow`, without loading the database
    layer: the window's start imports this module)."""
    return datetime.now(UTC)


class Change(StrEnum):
    """A kind of data a write or a sync changed; a view reloads when it shows that kind."""

    DOSSIERS = "dossiers"  # persons, periods, decisions (a sync pulled something)
    CASES = "cases"  # case status, answer, notes, letters
    OUTBOX = "outbox"  # changes waiting to be pushed, conflicts
    SYNC = "sync"  # online state, time of the last sync
    LAW = "parameters"  # the law data in force


@dataclass(frozen=True)
class Changes:
    """What a write changed: the kinds, and (when known) which dossiers and cases. Kept in
    memory only: the INSZ numbers here are never logged."""

    kinds: frozenset[Change] = frozenset()
    persons: frozenset[str] = field(default=frozenset(), repr=False)  # INSZ digits
    cases: frozenset[str] = frozenset()  # case references

    @classmethod
    def of(cls, *kinds: Change, persons: Iterable[str] = (), cases: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(persons), frozenset(cases))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds, self.persons | other.persons, self.cases | other.cases
        )

    def concerns(self, *kinds: Change) -> bool:
        """Whether any of `kinds` changed."""
        return not self.kinds.isdisjoint(kinds)


NOTHING = Changes()


class Desk:
    """One signed-in handler's application: see the module's docstring."""

    def __init__(
        self,
        identity: Identity,
        cache: LocalCache,
        law: ParameterSet,
        connect: Callable[[], Central],
        *,
        clock: Callable[[], datetime] = utcnow,
        demo: bool = False,
        online: bool | None = None,
        connect_as: Connect | None = None,
    ) -> None:
        self.identity = identity
        self.cache = cache
        self.law = law
        self._connect = connect
        self.clock = clock
        self.demo = demo
        self.online = online  # as the sync last found it; None: not tried yet
        # how to reach the central database with a password typed now (the lock screen)
        self.connect_as = connect_as

    @classmethod
    def signed_in(cls, signed: SignedIn, *, clock: Callable[[], datetime] = utcnow) -> Desk:
        """The desk of a sign-in (`services.accounts.desktop_signin.sign_in_work`)."""
        from cumuldesk.services.accounts.desktop_signin import central_connector
        from cumuldesk.services.accounts.unlock import connector

        return cls(
            signed.identity,
            signed.cache,
            signed.params,
            central_connector(signed.config, signed.credentials),
            clock=clock,
            demo=signed.config.is_demo,
            online=signed.online,
            connect_as=connector(signed.config),
        )

    # ------------------------------------------------------------------ context

    def today(self) -> date:
        """The query day: the local date."""
        return self.clock().astimezone().date()

    def connect(self) -> Central:
        """The central database as this handler; raises Unavailable (or
        DatabaseUnavailable) when it cannot be reached. Worker threads only."""
        return self._connect()

    def try_connect(self) -> Central | None:
        """The central database, or None when it cannot be reached. Worker threads only
        (it may wait up to the connection timeout)."""
        try:
            return self.connect()
        except Unavailable:
            return None

    def password_connector(self) -> Connect:
        """How to reach the central database with a password typed now (the lock screen
        checks the password there): the signed-in configuration's, else the configured
        database's (never created)."""
        if self.connect_as is not None:
            return self.connect_as
        from cumuldesk.config import central_config
        from cumuldesk.services.accounts.unlock import connector

        return connector(central_config())

    def close(self) -> None:
        """Close the cache (the window is closing)."""
        self.cache.close()

    # Feature sections: each delegates to its feature module (services.<feature>), one
    # session per read, a `Changes` per write. Keep each section's methods together.

    # ------------------------------------------------------------------ dossiers

    # ------------------------------------------------------------------ simulation

    # ------------------------------------------------------------------ cases and letters

    # ------------------------------------------------------------------ sync and law data
