"""Where CumulDesk keeps the user's files (platformdirs), overridable for tests and admins.

`CUMULDESK_CONFIG_DIR` replaces the configuration folder; `CUMULDESK_DATA_DIR` replaces
the data folder (local cache, demo database).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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


def config_file() -> Path:
    """The optional configuration file (`cumuldesk.toml`)."""
    return config_dir() / "cumuldesk.toml"
