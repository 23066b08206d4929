"""Where CumulDesk keeps the user's files (platformdirs), overridable for tests and admins.

`CUMULDESK_CONFIG_DIR` replaces the configuration folder; `CUMULDESK_DATA_DIR` replaces
the data folder (local cache, demo database).

Light (the window's sign-in dialog uses it before the database layer is loaded).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from cumuldesk.domain.accounts import USERNAME
from cumuldesk.errors import BadInput

APP_NAME = "CumulDesk"
APP_AUTHOR = "DG HAN"


def config_dir() -> Path:
    override = os.environ.get("CUMULDESK_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    override = os.environ.get("CUMULDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def cache_file(username: str) -> Path:
    """`<data folder>/cache-<username>.sqlite`: one local cache per handler. BadInput when
    `username` is not one (the username names the file: no other path is ever made)."""
    if not USERNAME.fullmatch(username or ""):
        raise BadInput(
            "a username has letters, digits, '.', '_', '@' or '-' (at most 64 characters)"
        )
    return data_dir() / f"cache-{username}.sqlite"


def config_file() -> Path:
    """The optional configuration file (`cumuldesk.toml`)."""
    return config_dir() / "cumuldesk.toml"
