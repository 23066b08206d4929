"""The sign-in dialog is on screen before the heavy parts are loaded (issue 16: the
window's start): a handler notices it as start time, asserted here without timing, by
the modules a new process has loaded when the dialog is built and shown.

What the dialog decides before that (the cache passphrase field, the demo accounts) comes
from light modules that the heavy ones import too (`domain.accounts`, `paths.cache_file`,
`storage.key_place`, `services.demo.accounts`), so there is nothing to keep in agreement
but the smoke test's environment names, still copied in `ui.shell.app`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cumuldesk.services.accounts import identity
from cumuldesk.services.demo.accounts import DEMO_HANDLERS
from cumuldesk.ui.shell import app

REPOSITORY = Path(__file__).resolve().parents[2]

# Built and shown as `cumuldesk app` does (translations, look, log, one instance), then
# closed: which modules are loaded at that moment?
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from cumuldesk.ui.shell import app

class Looked(app.SignInDialog):
    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self.look)

    def look(self):
        QTest.qWaitForWindowExposed(self)
        print(json.dumps({
            "modules": sorted(sys.modules),
            "demo_accounts": self.accounts.topLevelItemCount(),
            "passphrase_asked": not self.passphrase.isHidden(),
        }))
        self.reject()

app.SignInDialog = Looked
sys.exit(app.main([]))
"""

# what only the sign-in (on a worker, after Sign in) or the signed-in window may load
HEAVY = (
    "sqlalchemy",
    "alembic",
    "cryptography.hazmat.primitives.kdf",  # the cache key (scrypt)
    "sqlcipher3",
    "openpyxl",
    "stdnum",  # the INSZ checks: the log's mask loads them at the first text with digits
    "cumuldesk.storage.cache",
    "cumuldesk.storage.database",
    "cumuldesk.storage.models",
    "cumuldesk.storage.keys",
    "cumuldesk.sync.pull",
    "cumuldesk.sync.push",
    "cumuldesk.services.cache_service",
    "cumuldesk.services.demo.cases",
    "cumuldesk.services.accounts.identity",
    "cumuldesk.services.accounts.signin",
    "cumuldesk.ui.shell.main_window",
    "cumuldesk.ui.shell.lock",
    "cumuldesk.ui.shell.cache_rebuild_dialog",
    "cumuldesk.ui.worklist",
    "cumuldesk.ui.dossier",
    "cumuldesk.ui.simulation",
    "cumuldesk.ui.timeline",
    "cumuldesk.ui.letters",
    "cumuldesk.ui.law",
)


def _dialog_start(tmp_path: Path, **extra: str) -> dict[str, object]:
    env = {
        **os.environ,
        "CUMULDESK_DATA_DIR": str(tmp_path / "data"),
        "CUMULDESK_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no keyring here
        **extra,
    }
    for name in ("CUMULDESK_CENTRAL_URL", "CUMULDESK_CACHE_PASSPHRASE"):
        if name not in extra:
            env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def _heavy(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_the_demo_sign_in_dialog_shows_before_the_database_layer_and_the_pages(tmp_path):
    seen = _dialog_start(tmp_path)
    assert seen["demo_accounts"] == len(DEMO_HANDLERS)  # it is the dialog a handler sees
    assert seen["passphrase_asked"] is True  # no keyring: the field is there at once
    assert _heavy(seen["modules"]) == []


def test_the_production_sign_in_dialog_shows_before_the_database_layer(tmp_path):
    seen = _dialog_start(
        tmp_path,  # nothing is reached before Sign in: the address is never tried
        CUMULDESK_CENTRAL_URL="postgresql+psycopg://central.invalid/cumuldesk",
        CUMULDESK_CACHE_PASSPHRASE="a long cache passphrase",
    )
    assert seen["demo_accounts"] == len(DEMO_HANDLERS)  # listed, hidden: not the demo
    assert seen["passphrase_asked"] is False
    assert _heavy(seen["modules"]) == []
    assert not any(m.split(".")[0] in ("keyring", "psycopg") for m in seen["modules"])


# ---------------------------------------------------------- the copy left to agree


def test_the_smoke_tests_environment_names_are_the_identitys():
    assert (app.USER_ENV, app.PASSWORD_ENV) == (identity.USER_ENV, identity.PASSWORD_ENV)
