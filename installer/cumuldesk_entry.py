"""The frozen application's entry point (installer/cumuldesk.spec builds two executables
from it, sharing one folder of libraries): `cumuldesk-desk` opens the desktop window
(cumuldesk.ui.shell.app:main, with its arguments: --user, --language, --smoke-test) and
`cumuldesk` is the command line (cumuldesk.cli:main, `cumuldesk --help`)."""

import os
import sys
from pathlib import Path


def _run() -> int:
    # a windowed executable (cumuldesk-desk.exe) starts without stdout and stderr
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    if Path(sys.executable).stem.lower() == "cumuldesk":
        from cumuldesk.__main__ import run as cli_main  # Ctrl+C while loading: exit 130

        return cli_main()
    from cumuldesk.ui.shell.app import main as desk_main

    return desk_main()


if __name__ == "__main__":
    sys.exit(_run())
