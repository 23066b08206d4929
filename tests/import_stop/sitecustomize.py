"""A stop point at an import, for the Ctrl+C tests (tests/commands/test_interrupts.py).

Python imports `sitecustomize` at start-up when it is on the path: the tests put this
folder on PYTHONPATH for one child process. With $INTERRUPT_AT_IMPORT naming a module,
the first import of that module writes READY to the file descriptor named by
$INTERRUPT_READY_FD and waits there for the test's signal, so that a SIGINT lands exactly
inside that import (as a Ctrl+C pressed while the command line loads), whatever the
machine's load. Without the variable it does nothing.
"""

from __future__ import annotations

import os
import sys
import time

_TARGET = os.environ.get("INTERRUPT_AT_IMPORT")


class _StopAtImport:
    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201
        if name != _TARGET:
            return None
        sys.meta_path.remove(self)
        os.write(int(os.environ["INTERRUPT_READY_FD"]), b"READY\n")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.02)  # KeyboardInterrupt comes from here
        return None


if _TARGET:
    sys.meta_path.insert(0, _StopAtImport())
