"""Open the central database for a command; on first use of the embedded demo database
(no central database configured, no persons yet), create the demo data first. A
configured SQLite central database that is missing (a network share not mounted) is
unreachable, never created empty, except by the commands that make a new one."""

from __future__ import annotations

import sys

from cumuldesk.commands.signin import current_credentials
from cumuldesk.commands.support import StderrProgress
from cumuldesk.config import central_config
from cumuldesk.services.central.connect import Central, Credentials, connect_central
from cumuldesk.services.demo.data import ensure_demo_data
from cumuldesk.storage.database import DatabaseUnavailable


def central_for_command(*, create: bool = False, credentials: Credentials | None = None) -> Central:
    """`create`: the command may make a new configured database (the first supervisor).
    `credentials`: the username and password the command signs in with (the production
    set-up connects with them: see `connect_central`)."""
    config = central_config()
    central = connect_central(
        config,
        must_exist=not (create or config.is_demo),
        credentials=credentials or current_credentials(),
    )
    try:
        created = ensure_demo_data(central, progress=StderrProgress())
    except BaseException:
        central.close()
        raise
    if created is not None:
        sys.stderr.write(
            "cumuldesk: no central database is configured: created the embedded demo "
            f"database with {created.persons:,} synthetic persons (first start)\n"
        )
    return central


def central_if_reachable(credentials: Credentials | None = None) -> Central | None:
    """The central database, or None when it cannot be reached (for commands that work
    from the local cache and fetch only what it lacks)."""
    try:
        return central_for_command(credentials=credentials)
    except DatabaseUnavailable:
        return None
