"""`python -m cumuldesk` and the `cumuldesk` command: the command line (cumuldesk.cli).

Loading it is quick (a command's module is imported only when that command runs, inside
`cli.main`); a Ctrl+C meanwhile ends as one during a command does: one line and exit code
130, never a traceback.
"""

from __future__ import annotations

import sys

EXIT_CANCELLED = 130


def run() -> int:
    try:
        from cumuldesk.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("cumuldesk: cancelled: nothing was changed\n")
        return EXIT_CANCELLED
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
