"""The user's preferences, declared once with their defaults, kept with QSettings (INI) in
the configuration folder. Nothing personal goes here: recent dossiers live in the
encrypted cache (`cache_dossiers.last_opened_at`), never in this file."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings

from cumuldesk.paths import config_dir

INACTIVITY_MINUTES = 10
SYNC_INTERVAL_SECONDS = 300

log = logging.getLogger(__name__)


def settings_file() -> str:
    return str(config_dir() / "desktop.ini")


class Settings:
    """Typed access to the preferences (one QSettings object per window is enough)."""

    def __init__(self, path: str | None = None) -> None:
        self.qsettings = QSettings(path or settings_file(), QSettings.Format.IniFormat)

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self.qsettings.value(key, default)))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    @property
    def inactivity_minutes(self) -> int:
        """Minutes without input before the window locks (1 to 120, default 10)."""
        return self._int("lock/inactivity_minutes", INACTIVITY_MINUTES, 1, 120)

    @inactivity_minutes.setter
    def inactivity_minutes(self, value: int) -> None:
        self.qsettings.setValue("lock/inactivity_minutes", int(value))

    @property
    def sync_interval_seconds(self) -> int:
        return self._int("sync/interval_seconds", SYNC_INTERVAL_SECONDS, 30, 3600)

    @sync_interval_seconds.setter
    def sync_interval_seconds(self, value: int) -> None:
        self.qsettings.setValue("sync/interval_seconds", int(value))

    @property
    def language(self) -> str:
        """The interface language: "nl", "fr", "de", or "system" (the default: the
        system's language when CumulDesk speaks it, Dutch otherwise)."""
        value = str(self.qsettings.value("ui/language", "system") or "system")
        return value if value in ("nl", "fr", "de", "system") else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in ("nl", "fr", "de", "system"):
            raise ValueError(f"unknown interface language {value!r}")
        self.qsettings.setValue("ui/language", value)

    @property
    def last_username(self) -> str:
        """The last handler who signed in on this computer (a username, not personal data
        of an applicant), to pre-fill the sign-in dialog."""
        return str(self.qsettings.value("signin/last_username", "") or "")

    @last_username.setter
    def last_username(self, value: str) -> None:
        self.qsettings.setValue("signin/last_username", value)

    @property
    def system_keyring(self) -> bool | None:
        """Whether this computer had a system keyring the last time the window asked (None:
        never asked). The sign-in dialog lays itself out with it at once and checks it on
        a worker: python-keyring's first answer tries every backend it knows."""
        value = str(self.qsettings.value("signin/system_keyring", "") or "")
        return {"yes": True, "no": False}.get(value)

    @system_keyring.setter
    def system_keyring(self, value: bool) -> None:
        self.qsettings.setValue("signin/system_keyring", "yes" if value else "no")

    def hidden_columns(self, table: str, default: frozenset[str]) -> frozenset[str]:
        """The columns of a table the handler chose to hide (by name); `default` until
        they chose."""
        value = self.qsettings.value(f"columns/{table}/hidden")
        if value is None:
            return default
        names = value if isinstance(value, list) else [value]
        return frozenset(str(name) for name in names if str(name))

    def set_hidden_columns(self, table: str, names: frozenset[str]) -> None:
        # an empty list is stored as "" (QSettings' INI has no empty list): none hidden
        self.qsettings.setValue(f"columns/{table}/hidden", sorted(names) or "")

    def geometry(self, name: str) -> QByteArray | None:
        value = self.qsettings.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"geometry/{name}", value)

    def sync(self) -> bool:
        """Write the preferences to their file. Qt writes it whole or not at all (a
        temporary file renamed); False (and a warning in the log naming the file) when it
        could not be written: a full disk, a read-only folder."""
        self.qsettings.sync()
        if self.qsettings.status() == QSettings.Status.NoError:
            return True
        log.warning("the preferences could not be written to %s", self.qsettings.fileName())
        return False
