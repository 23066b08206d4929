"""Open the central database for a command; on first use of the embedded demo database
(no central database configured, no persons yet), create the demo data first."""

from __future__ import annotations

import sys

from cumuldesk.commands.support import StderrProgress
from cumuldesk.services.central import Central, connect_central
from cumuldesk.services.demo_data import ensure_demo_data


def central_for_command() -> Central:
    central = connect_central()
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
