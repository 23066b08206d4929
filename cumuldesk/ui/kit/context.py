"""What every view of a signed-in window needs, passed explicitly (no global singleton):
who is signed in, their open cache, the law parameters, how to reach the central
database, the clock, the preferences and the changes signal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from cumuldesk.errors import Unavailable
from cumuldesk.params.loader import ParameterSet
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.ui.kit.changes import Changes
from cumuldesk.ui.kit.settings import Settings


@dataclass
class AppContext:
    identity: Identity
    cache: LocalCache
    params: ParameterSet
    connect: Callable[[], Central]  # raises Unavailable (or DatabaseUnavailable) when away
    changes: Changes
    settings: Settings
    clock: Callable[[], datetime] = utcnow
    demo: bool = False
    online: bool | None = None  # as the sync last found it; None: not tried yet
    extra: dict[str, object] = field(default_factory=dict)

    def today(self) -> date:
        """The query day: the local date."""
        return self.clock().astimezone().date()

    def try_connect(self) -> Central | None:
        """The central database, or None when it cannot be reached. Worker threads only
        (it may wait up to the connection timeout)."""
        try:
            return self.connect()
        except Unavailable:
            return None
