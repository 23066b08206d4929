"""The desktop application's log: a rotating file in the user's log folder, with every
number the INSZ parser would accept masked, and an exception hook that logs an unhandled
error and tells the user in words (never a traceback on screen).

The folder is `platformdirs.user_log_dir("CumulDesk", "DG HAN")`; when the data folder is
overridden (`CUMULDESK_DATA_DIR`, tests and admins) the log goes to `<data folder>/logs`
so that a test never writes into the developer's own folders.
"""

from __future__ import annotations

import functools
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs

from cumuldesk.paths import APP_AUTHOR, APP_NAME, data_dir

LOG_FILE = "cumuldesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "<INSZ>"

# Every form the INSZ parser accepts (cumuldesk.domain.insz.normalise_insz_input): ASCII
# or full-width digits with, between any two, any run of what it strips: whitespace of
# every kind (re's \s is str.isspace), dots, slashes, dashes and their typographic forms,
# zero-width characters (85/07/30-033/28, 85.07.30 - 033.28, 85 07 30 033 28, ...). A run
# of 11 digits or more is masked whole: a longer run may hold an INSZ too.
_DIGIT = "[0-9\uff10-\uff19]"
_INSZ_DIGITS = 11


@functools.cache
def _insz_shape() -> re.Pattern[str]:
    """Compiled at the first text with enough digits: the parser's module loads
    python-stdnum, which the window's start (to the sign-in dialog) does without."""
    from cumuldesk.domain.insz import _SEPARATORS as INSZ_SEPARATORS  # what the parser strips

    between = "[\\s" + "".join(re.escape(c) for c in sorted(INSZ_SEPARATORS)) + "]"
    return re.compile(f"{_DIGIT}(?:{between}*{_DIGIT}){{{_INSZ_DIGITS - 1},}}")


def mask_insz(text: str) -> str:
    """`text` with every run of digits that the INSZ parser could read as an INSZ (and
    longer runs) replaced by <INSZ>."""
    if sum(map(str.isdigit, text)) < _INSZ_DIGITS:  # str.isdigit counts every _DIGIT
        return text
    return _insz_shape().sub(MASK, text)


def log_dir() -> Path:
    if os.environ.get("CUMULDESK_DATA_DIR"):
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


class InszFilter(logging.Filter):
    """Masks INSZ shapes in the message (after its arguments are merged in), in the text of
    the exception and in the stack information. Put it on handlers: a handler's filters
    see every record it writes, also those of child loggers."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = mask_insz(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = mask_insz(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_insz(record.stack_info)
        return True


_handler: logging.Handler | None = None


def setup_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Log to a rotating file (1 MB, 5 kept) in `folder` (default: `log_dir()`); the file
    replaces one set up before. Qt's own warnings go to the same file. Returns its path."""
    global _handler
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(InszFilter())
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    _route_qt_messages()
    return path


def _route_qt_messages() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handle(kind, _context, message: str) -> None:  # type: ignore[no-untyped-def]
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handle)


ParentGetter = Callable[[], object]


# the type names of the unhandled errors met since the hook was installed (the smoke test
# fails when there is any)
unhandled: list[str] = []


def install_excepthook(
    parent_getter: ParentGetter | None = None, *, show_dialog: bool = True
) -> None:
    """Unhandled exceptions (also those raised in a Qt slot) are logged with their
    traceback and shown to the user as a plain-language dialog over
    `parent_getter()` (a widget or None); `show_dialog=False` (the smoke test, which has
    no one to click) only logs. Exceptions of other threads are logged."""
    unhandled.clear()
    from cumuldesk.ui.kit.ops import show_error

    log = logging.getLogger("cumuldesk.unhandled")
    showing = threading.Event()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unhandled error", exc_info=(kind, exc, tb))
        unhandled.append(kind.__name__)
        if not show_dialog or showing.is_set():
            return
        if threading.current_thread() is not threading.main_thread():
            return  # a dialog only on the GUI thread, and one at a time
        showing.set()
        try:
            parent = parent_getter() if parent_getter is not None else None
            show_error(parent, exc)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - the hook must never raise
            log.exception("the error dialog could not be shown")
        finally:
            showing.clear()

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        unhandled.append(getattr(args.exc_type, "__name__", "?"))
        log.error(
            "unhandled error in thread %s",
            getattr(args.thread, "name", "?"),
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
