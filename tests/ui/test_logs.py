"""The log file never holds an INSZ; unhandled errors are logged and shown in words."""

from __future__ import annotations

import logging
import re
import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from cumuldesk.errors import BadInput
from cumuldesk.ui.kit import logs
from cumuldesk.ui.kit.logs import MASK, install_excepthook, mask_insz, setup_logging

DIGITS_11 = re.compile(r"\d(?:[.\- ]?\d){10}")


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)
    path = setup_logging(tmp_path / "logs")
    yield path
    root.removeHandler(logs._handler)
    logs._handler.close()
    logs._handler = None


@pytest.mark.parametrize(
    "text",
    [
        "85.07.30-033.28",
        "85073003328",
        "850730 033 28",
        "85-07-30-033-28",
        "85.07.30.033.28",
        "850730033281",  # a longer run may hold an INSZ: masked whole
    ],
)
def test_every_shape_of_an_insz_is_masked(text):
    assert mask_insz(f"opened {text} today") == f"opened {MASK} today"


@pytest.mark.parametrize(
    "text",
    [
        "stored 1234 dossiers",
        "2026-11-23 09:30:00",
        "amount 1.234,56 EUR",
        "8507300332 is ten",
    ],
)
def test_other_numbers_are_kept(text):
    assert mask_insz(text) == text


def test_the_log_masks_the_message_its_arguments_and_the_exception(log_file):
    log = logging.getLogger("cumuldesk.test")
    log.info("looked up %s for %s", "85.07.30-033.28", "an.demo")
    log.warning("dossier 85073003328 opened")
    try:
        raise ValueError("no dossier for 85 07 30 033 28")
    except ValueError:
        log.exception("failed")
    log.info("stack", stack_info=True, extra={"x": 1})
    text = log_file.read_text(encoding="utf-8")
    assert "an.demo" in text and "ValueError" in text and "Traceback" in text
    assert text.count(MASK) == 4  # argument, message, exception text and its source line
    assert not DIGITS_11.search(text), text


def test_an_unhandled_error_is_logged_and_shown_in_words(log_file, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(
        "cumuldesk.ui.kit.ops.QMessageBox.exec", lambda box: shown.append(box.text())
    )
    install_excepthook(lambda: None)

    def broken_slot() -> None:
        raise KeyError("85073003328")

    def refused() -> None:
        raise BadInput("the INSZ has 10 digits, 11 are needed")

    QTimer.singleShot(0, broken_slot)  # raised in a Qt slot: reaches sys.excepthook
    qtbot.waitUntil(lambda: len(shown) == 1)
    QTimer.singleShot(0, refused)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "Something unexpected went wrong; nothing was lost" in shown[0]
    assert shown[1] == "the INSZ has 10 digits, 11 are needed"
    assert "Traceback" not in "".join(shown)
    text = log_file.read_text(encoding="utf-8")
    assert "unhandled error" in text and "KeyError" in text and "85073003328" not in text
