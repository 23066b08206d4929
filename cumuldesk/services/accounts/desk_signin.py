"""The desk of a command: a `Desk` for a handler the command line signed in, with their
local cache open.

The command signs in its own way (`commands.cache.signed_in_for_cache`: against the
central database when it answers, else offline against the cache) and opens the cache;
`open_desk` gives both the rest of the desk: the law data the handler works with
(`services.law.data.parameters_for_desk`: the cache's, else the central database's when
the command may reach it, else the shipped defaults, saying so) and how to reach the
central database. A command signed in offline, or one that works on the cache alone,
gives no connector: the desk then never tries the network (`Desk.try_connect` is None).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from cumuldesk.errors import Unavailable
from cumuldesk.services.desk import Desk, utcnow

if TYPE_CHECKING:
    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.central.connect import Central
    from cumuldesk.storage.cache import LocalCache

NOT_TRIED = "the command works with the local cache only"


def _never() -> Central:
    raise Unavailable(NOT_TRIED)


def open_desk(
    identity: Identity,
    cache: LocalCache,
    *,
    connect: Callable[[], Central] | None,
    clock: Callable[[], datetime] = utcnow,
    online: bool | None = None,
    fetch_law: bool = True,
) -> Desk:
    """The desk of `identity` on their open `cache`. `connect`: how the command reaches
    the central database (raising Unavailable, or DatabaseUnavailable, when it cannot);
    None when it must not try (signed in offline, or the command needs only the cache).
    `online`: whether the sign-in reached the central database (None: not tried). The law
    data are read here: from the cache, else (never synced) the central database's when
    `connect` reaches it and `fetch_law` (not for the sync, which brings them, nor for a
    command that computes nothing with them), else the shipped defaults."""
    from cumuldesk.services.law.data import parameters_for_desk

    def reachable() -> Central | None:
        assert connect is not None
        try:
            return connect()
        except Unavailable:
            return None

    fetch = connect is not None and fetch_law
    law = parameters_for_desk(cache, reachable if fetch else None)
    return Desk(identity, cache, law, connect or _never, clock=clock, online=online)
