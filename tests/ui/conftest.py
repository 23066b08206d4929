"""Fixtures for the desktop tests: a small synthetic demo central database (SQLite) and
an.demo's cache synced from it, built once per session and copied for each test, and an
AppContext over them. Tests run offscreen (tests/conftest.py sets QT_QPA_PLATFORM)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from factories import identity_of

from cumuldesk.config import CentralConfig
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.central.connect import Central
from cumuldesk.services.demo.data import create_demo_data
from cumuldesk.services.sync_service import sync_once
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import DatabaseUnavailable, migrate, open_central, session_factory

UI_CACHE_KEY = b"u" * 32
DEMO_PERSONS = 400
DEMO_TODAY = date(2026, 11, 23)  # the demo population is built relative to this day
HANDLER = "an.demo"  # team Gent, Dutch
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@dataclass
class UiFiles:
    central: Path
    cache: Path


def _central(path: Path, *, must_exist: bool = True) -> Central:
    url = f"sqlite:///{path}"
    engine = open_central(url, must_exist=must_exist)
    migrate(engine)
    return Central(CentralConfig(url, False, "test"), engine, session_factory(engine))


@pytest.fixture(autouse=True)
def _source_texts_after_each_test(qapp):
    """A test that starts the application (`ui.shell.app.main`) installs the interface language
    and the style sheet: put the untranslated texts, Dutch formatting, the default locale
    and no style sheet back, so the next test reads the texts it expects."""
    from PySide6.QtCore import QLocale

    from cumuldesk.ui.kit import i18n

    locale = QLocale()
    yield
    i18n.reset(qapp)
    QLocale.setDefault(locale)
    if qapp.styleSheet():
        from cumuldesk.ui.kit.style import remove_style

        remove_style(qapp)


@pytest.fixture(scope="session")
def ui_template(tmp_path_factory) -> UiFiles:
    folder = tmp_path_factory.mktemp("ui-template")
    central = _central(folder / "central.sqlite", must_exist=False)
    try:
        create_demo_data(central, persons=DEMO_PERSONS, today=DEMO_TODAY)
        cache = LocalCache.open(folder / "cache.sqlite", UI_CACHE_KEY, create=True, owner=HANDLER)
        try:
            sync_once(central, cache, identity_of(central.sessions, HANDLER), clock=lambda: NOW)
        finally:
            cache.close()
    finally:
        central.close()
    return UiFiles(folder / "central.sqlite", folder / "cache.sqlite")


@pytest.fixture
def ui_files(ui_template, tmp_path) -> UiFiles:
    """A fresh copy of the template's central database and cache for one test."""
    folder = tmp_path / "ui"
    folder.mkdir()
    for source in ui_template.central.parent.iterdir():
        shutil.copy2(source, folder / source.name)
    return UiFiles(folder / "central.sqlite", folder / "cache.sqlite")


@pytest.fixture
def ui_context(ui_files, qapp):
    """An AppContext for an.demo: cache open, central reachable (`set_central_up(ctx,
    False)` makes the central database unreachable, `True` brings it back)."""
    from ui.central_switch import SWITCHES

    from cumuldesk.services.desk import Desk
    from cumuldesk.ui.kit.changes import Changes
    from cumuldesk.ui.kit.context import AppContext
    from cumuldesk.ui.kit.settings import Settings

    cache = LocalCache.open(ui_files.cache, UI_CACHE_KEY, owner=HANDLER)
    up = [True]

    def connect() -> Central:
        if not up[0]:
            raise DatabaseUnavailable("cannot reach the central database (test: switched off)")
        return _central(ui_files.central)

    probe = _central(ui_files.central)
    identity = identity_of(probe.sessions, HANDLER)
    probe.close()
    desk = Desk(identity, cache, load_parameters(), connect, clock=lambda: NOW, demo=True)
    SWITCHES[id(desk)] = up
    ctx = AppContext(
        desk=desk,
        changes=Changes(),
        settings=Settings(str(ui_files.central.parent / "desktop.ini")),
    )
    yield ctx
    from cumuldesk.ui.kit.ops import wait_for_ops

    wait_for_ops(10_000)
    cache.close()
    SWITCHES.pop(id(desk), None)
