"""Configuration read from the environment or `cumuldesk.toml` in the configuration folder.

The central database URL never comes from code:

1. the environment variable `CUMULDESK_CENTRAL_URL`, else
2. `[central] url = "..."` in `<config folder>/cumuldesk.toml`, else
3. none configured: CumulDesk uses (and on first use creates) the embedded demo
   database, an SQLite file in the data folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cumuldesk.errors import BadInput
from cumuldesk.paths import config_file, data_dir

CENTRAL_URL_ENV = "CUMULDESK_CENTRAL_URL"


class ConfigError(BadInput):
    """The configuration file is unreadable or holds a wrong value (file and key named)."""


@dataclass(frozen=True)
class CentralConfig:
    url: str
    is_demo: bool  # True: no central database configured, the embedded demo file is used
    origin: str  # where the URL came from, for messages (never the URL: it may hold a password)


def _read_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def demo_database_path() -> Path:
    return data_dir() / "demo-central.sqlite"


def demo_database_url() -> str:
    return f"sqlite:///{demo_database_path()}"


def central_config() -> CentralConfig:
    url = os.environ.get(CENTRAL_URL_ENV, "").strip()
    if url:
        return CentralConfig(url, is_demo=False, origin=f"environment variable {CENTRAL_URL_ENV}")
    path = config_file()
    central = _read_file(path).get("central", {})
    if not isinstance(central, dict):
        raise ConfigError(f"{path}: [central] must be a table")
    configured = central.get("url")
    if configured is not None:
        if not isinstance(configured, str) or not configured.strip():
            raise ConfigError(f"{path}: [central] url must be a non-empty text")
        return CentralConfig(configured.strip(), is_demo=False, origin=str(path))
    return CentralConfig(demo_database_url(), is_demo=True, origin="embedded demo database")


DEFAULT_CACHE_FORGET_DAYS = 30


def cache_forget_days() -> int:
    """Days after which the cache forgets a dossier not opened (`[cache] forget_after_days`)."""
    path = config_file()
    cache = _read_file(path).get("cache", {})
    value = (
        cache.get("forget_after_days", DEFAULT_CACHE_FORGET_DAYS)
        if isinstance(cache, dict)
        else None
    )
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{path}: [cache] forget_after_days must be a whole number of days >= 1")
    return value


DEFAULT_OFFLINE_SIGN_IN_DAYS = 14


def offline_sign_in_days() -> int:
    """Days after the last online sign-in during which a laptop still signs its handler in
    offline (`[security] offline_sign_in_days`, default 14)."""
    path = config_file()
    security = _read_file(path).get("security", {})
    value = (
        security.get("offline_sign_in_days", DEFAULT_OFFLINE_SIGN_IN_DAYS)
        if isinstance(security, dict)
        else None
    )
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(
            f"{path}: [security] offline_sign_in_days must be a whole number of days >= 1"
        )
    return value


@dataclass(frozen=True)
class ImportLimits:
    """The bounds of a VSB file (`[import]` in cumuldesk.toml): its size on disk, its
    data rows (the header row not counted) and its columns. An XLSX may also unpack to at
    most `max_unpacked_bytes` and at most `MAX_PACKING_RATIO` times its own size."""

    max_file_mb: int = 20
    max_rows: int = 100_000
    max_columns: int = 50

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_mb * 1024 * 1024

    @property
    def max_unpacked_bytes(self) -> int:
        return UNPACKED_PER_FILE_MB * self.max_file_bytes


UNPACKED_PER_FILE_MB = 10  # an XLSX unpacks to at most 10 times max_file_mb
MAX_PACKING_RATIO = 100  # real workbooks pack 5-20 to 1; a "zip bomb" 300-1000 to 1
# the highest value each key accepts: beyond, the bounds no longer protect memory and time
_IMPORT_KEYS = {"max_file_mb": 200, "max_rows": 1_000_000, "max_columns": 16_384}


def import_limits() -> ImportLimits:
    """The VSB file bounds (`[import] max_file_mb`, `max_rows`, `max_columns`), each a
    whole number from 1 up to a ceiling; the defaults when the file does not set them."""
    path = config_file()
    section = _read_file(path).get("import", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [import] must be a table")
    unknown = sorted(set(section) - set(_IMPORT_KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: [import] {unknown[0]} is not a known key (known: {', '.join(_IMPORT_KEYS)})"
        )
    values: dict[str, int] = {}
    for key, ceiling in _IMPORT_KEYS.items():
        value = section.get(key, getattr(ImportLimits, key))
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= ceiling:
            raise ConfigError(
                f"{path}: [import] {key} must be a whole number from 1 to {ceiling:,}"
            )
        values[key] = value
    return ImportLimits(**values)
