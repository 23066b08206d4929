from __future__ import annotations

import os

# Qt tests run headless; set before any Qt import (later issues add Qt tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never read the developer's own configuration folder (parameter overrides)."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("CUMULDESK_CONFIG_DIR", str(folder))
    yield folder
