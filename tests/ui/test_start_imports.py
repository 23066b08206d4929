"""The sign-in dialog is on screen before the heavy parts are loaded (issue 16: the
window's start): a handler notices it as start time, asserted here without timing, by
the modules a new process has loaded when the dialog is built and shown.

What the dialog decides before that (the cache passphrase field, the demo accounts,
the environment names of the smoke test) comes from light copies of facts kept in
heavier modules; the tests below check that each copy agrees with its original.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from cumuldesk.services.accounts import desktop_signin, identity
from cumuldesk.services.cache_service import cache_path
from cumuldesk.services.demo.cases import DEMO_HANDLERS
from cumuldesk.storage import keys
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


# ------------------------------------------------------- the light copies agree


def test_the_demo_accounts_listed_are_the_demo_handlers():
    assert [
        (a.username, a.password, a.display_name, a.team) for a in desktop_signin.DEMO_ACCOUNTS
    ] == [(h.username, h.password, h.display_name, h.team) for h in DEMO_HANDLERS]


def test_the_copied_names_and_rules_agree_with_their_originals(tmp_path, monkeypatch):
    monkeypatch.setenv("CUMULDESK_DATA_DIR", str(tmp_path))
    assert (app.USER_ENV, app.PASSWORD_ENV) == (identity.USER_ENV, identity.PASSWORD_ENV)
    assert desktop_signin.PASSPHRASE_ENV == keys.PASSPHRASE_ENV
    assert desktop_signin._USERNAME.pattern == identity.USERNAME.pattern
    path = desktop_signin._cache_file("an.demo")
    assert path == cache_path("an.demo")
    path.write_bytes(b"")
    assert desktop_signin._made_with_passphrase(path) is False
    assert keys.key_source(path) is keys.KeySource.KEYRING
    keys.salt_path(path).write_bytes(b"salt")
    assert desktop_signin._made_with_passphrase(path) is True
    assert keys.key_source(path) is keys.KeySource.PASSPHRASE


@pytest.mark.parametrize("which", ["memory", "fail"])
def test_the_keyring_check_agrees_with_the_cache_keys(which, memory_keyring):
    if which == "fail":
        keyring.set_keyring(fail.Keyring())  # memory_keyring restores the one before
    assert desktop_signin.keyring_available() is keys.keyring_available()
    assert desktop_signin.keyring_available() is (which == "memory")
