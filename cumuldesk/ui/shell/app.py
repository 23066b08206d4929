"""Start the desktop application: private files, one instance, the log, the exception
hook, the sign-in dialog, the main window and its inactivity lock.

`cumuldesk app` (or `cumuldesk-desk`) runs `main`. With `--smoke-test` (for CI) it signs
in with $CUMULDESK_USER / $CUMULDESK_PASSWORD without showing the dialog, opens the main
window, lets it load, opens a dossier (the first of the work list, or the INSZ in
$CUMULDESK_SMOKE_INSZ), closes it and exits 0; on failure it exits non-zero with one line
on stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from time import monotonic
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from cumuldesk.errors import CumulDeskError
from cumuldesk.paths import APP_AUTHOR, APP_NAME, data_dir
from cumuldesk.ui.kit import logs
from cumuldesk.ui.kit.i18n import install_translators, resolve
from cumuldesk.ui.kit.logs import install_excepthook, setup_logging
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.shell.signin_dialog import SignInDialog, sign_in_for_desktop

if TYPE_CHECKING:
    from cumuldesk.ui.kit.context import AppContext

# The sign-in dialog is on screen before SQLAlchemy, the cache, cryptography and the pages
# are imported (tests/ui/test_start_imports.py): what only a signed-in window needs (the
# lock, the main window, the services of the smoke test) is imported where it is used.

log = logging.getLogger(__name__)

# $CUMULDESK_USER and $CUMULDESK_PASSWORD: services.accounts.identity's USER_ENV and
# PASSWORD_ENV, copied (that module loads the database models; a test checks the copy)
USER_ENV, PASSWORD_ENV = "CUMULDESK_USER", "CUMULDESK_PASSWORD"
SMOKE_INSZ_ENV = "CUMULDESK_SMOKE_INSZ"  # the dossier the smoke test opens (default: the
# first case of the work list)
LOCK_FILE = "desktop.lock"
WindowHook = Callable[[QMainWindow], None]
SMOKE_LOAD_MS = 30_000  # the window's first loads (work list, status) must end by then


class SmokeTestFailed(CumulDeskError):
    """The smoke test found the window not working (the message says what)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cumuldesk app", description="Open the CumulDesk desktop window."
    )
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="USERNAME", help="pre-fill the sign-in dialog")
    parser.add_argument(
        "--language",
        choices=("nl", "fr", "de", "system"),
        help="the interface language for this run (default: the preference, File > "
        "Preferences; at first the system's language, Dutch when it is not one of these)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=f"(CI) sign in with ${USER_ENV} and ${PASSWORD_ENV} without the dialog, open the "
        "window, close it; exit 0 when all went well",
    )


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationDisplayName(APP_NAME)
    return app


def apply_look(app: QApplication) -> None:
    """The application's icon and its one style sheet (light or dark with the system)."""
    from cumuldesk.ui.kit.icon import app_icon
    from cumuldesk.ui.kit.style import apply_style

    app.setWindowIcon(app_icon())
    apply_style(app)


def single_instance() -> QLockFile | None:
    """A lock held while the application runs (None: another one runs for this user).
    A lock left by a crashed instance is taken over (QLockFile checks the process)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / LOCK_FILE))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def open_window(ctx: AppContext, *, start_sync: bool = True) -> QMainWindow:
    """The main window for `ctx`, shown, with its inactivity lock (`ctx.lock`)."""
    from cumuldesk.ui.shell.lock import InactivityLock
    from cumuldesk.ui.shell.main_window import MainWindow  # imported late: heavy, and tests swap it

    window = MainWindow(ctx, start_sync=start_sync)
    lock = InactivityLock(window, ctx)
    ctx.lock = lock
    requested = getattr(window, "lock_requested", None)  # File > Lock (Ctrl+Shift+L)
    if requested is not None:
        requested.connect(lock.lock_now)
    window.show()
    if ctx.signin_notice:
        window.statusBar().showMessage(ctx.signin_notice, 60_000)
    return window


def close_context(ctx: AppContext) -> None:
    wait_for_ops(10_000)
    ctx.settings.sync()
    ctx.desk.close()


def _run(app: QApplication) -> int:
    return app.exec()


def main(
    argv: Sequence[str] | None = None,
    *,
    on_shown: WindowHook | None = None,
    on_loaded: WindowHook | None = None,
) -> int:
    """Run the application; the hooks (bench/startup_bench.py) are called when the
    window is on screen and when its first loads have ended (smoke test only)."""
    args = build_parser().parse_args(argv)
    if os.name == "posix":
        os.umask(0o077)  # the log, the cache, exports: private to the user
    app = application()
    settings = Settings()
    install_translators(app, resolve(args.language or settings.language))
    apply_look(app)
    setup_logging()
    install_excepthook(QApplication.activeWindow, show_dialog=not args.smoke_test)
    instance = single_instance()
    if instance is None:
        return _already_running(args.smoke_test)
    try:
        if args.smoke_test:
            return run_smoke(on_shown=on_shown, on_loaded=on_loaded, settings=settings)
        dialog = SignInDialog(settings, username=args.user)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.context is None:
            return 0
        ctx = dialog.context
        dialog.deleteLater()
        window = open_window(ctx)
        log.info("desktop window open")
        try:
            return _run(app)
        finally:
            if ctx.lock is not None:
                ctx.lock.dispose()  # its application-wide event filter goes with the window
            window.close()
            window.deleteLater()
            close_context(ctx)
    finally:
        instance.unlock()


def _already_running(smoke: bool) -> int:
    if smoke:
        sys.stderr.write(
            "cumuldesk app: CumulDesk is already running on this computer: use its window.\n"
        )
    else:
        QMessageBox.information(
            None,
            APP_NAME,
            QApplication.translate(
                "app", "CumulDesk is already running on this computer: use its window."
            ),
        )
    return 1


def _wait_shown(window: QMainWindow, timeout_ms: int) -> bool:
    """Wait (processing events) until `window` is exposed: one call into Qt, no loop of
    short calls (each call of a void Qt function from Python costs PySide6 6.12 one
    reference to None on Python 3.11)."""
    from PySide6.QtTest import QTest

    return bool(QTest.qWaitForWindowExposed(window, timeout_ms))


def _smoke_insz(ctx: AppContext, window: QMainWindow) -> str:
    """The INSZ digits of the dossier the smoke test opens: $CUMULDESK_SMOKE_INSZ, else the
    first case of the signed-in handler's work list (from the cache; an empty cache, a
    first start, is filled by one sync as the window's own sync would). The messages never
    hold digits of an INSZ."""
    from cumuldesk.domain.insz import InszError, check_insz

    given = os.environ.get(SMOKE_INSZ_ENV, "").strip()
    if given:
        checked = check_insz(given)
        if isinstance(checked, InszError):
            raise SmokeTestFailed(  # the code only: some messages quote a digit or two
                f"{SMOKE_INSZ_ENV} is not a valid INSZ (wrong {checked.code})"
            )
        return checked.digits
    items = ctx.desk.worklist()
    if not items:
        _sync_once(ctx, window)
        items = ctx.desk.worklist()
    if not items:
        raise SmokeTestFailed(
            f"the work list is empty: no dossier to open (set {SMOKE_INSZ_ENV} to choose one)"
        )
    return items[0].insz


def _sync_once(ctx: AppContext, window: QMainWindow) -> None:
    """One sync of the cache with the central database, on a worker (the smoke test runs
    without the window's background sync)."""
    from cumuldesk.errors import Unavailable
    from cumuldesk.ui.kit.ops import NETWORK, Op

    failed: list[BaseException] = []

    def work(state: object) -> None:
        try:
            ctx.desk.sync()
        except Unavailable:
            raise SmokeTestFailed(
                "the cache holds no case and the central database cannot be reached"
            ) from None

    Op(window, work, lane=NETWORK).failure(failed.append).run()
    if not wait_for_ops(SMOKE_LOAD_MS):
        raise SmokeTestFailed("the first sync of the cache did not end in time")
    if failed:
        raise failed[0]


def _open_smoke_dossier(window: QMainWindow, insz: str) -> None:
    """Open the dossier of `insz` as the look-up does and wait until the dossier page
    shows it; SmokeTestFailed (saying what the page says) when it does not."""
    page = getattr(window, "dossier_page", None)
    open_dossier = getattr(window, "open_dossier", None)
    if page is None or not callable(open_dossier):
        raise SmokeTestFailed("the main window has no dossier page to open a dossier in")
    shown: list[str] = []
    page.dossier_shown.connect(shown.append)
    open_dossier(insz)
    if not wait_for_ops(SMOKE_LOAD_MS):
        raise SmokeTestFailed("the dossier did not load in time")
    if shown == [insz] and getattr(page, "current_insz", None) == insz:
        return
    message = getattr(page, "message_text", None)
    said = message().strip() if callable(message) else ""
    raise SmokeTestFailed(
        "the dossier page did not show the dossier asked for"
        + (f" (the page says: {said})" if said else "")
    )


def run_smoke(
    *,
    on_shown: WindowHook | None = None,
    on_loaded: WindowHook | None = None,
    settings: Settings | None = None,
) -> int:
    """Sign in from the environment, open the window, let it load, open a dossier
    (`_smoke_insz`), close it. 0 when all went well; otherwise one line on stderr and the
    exit code of the error."""
    username = os.environ.get(USER_ENV, "").strip()
    password = os.environ.get(PASSWORD_ENV, "")
    if not username or not password:
        sys.stderr.write(f"cumuldesk app --smoke-test: set {USER_ENV} and {PASSWORD_ENV}\n")
        return 2
    started = monotonic()
    ctx = None
    try:
        ctx = sign_in_for_desktop(username, password, settings=settings or Settings())
        window = open_window(ctx, start_sync=False)
        if not _wait_shown(window, 10_000):
            raise SmokeTestFailed("the main window was not shown")
        if on_shown is not None:
            on_shown(window)
        shown = monotonic() - started
        if not wait_for_ops(SMOKE_LOAD_MS):
            raise SmokeTestFailed("the window's first loads did not end in time")
        if on_loaded is not None:
            on_loaded(window)
        asked = monotonic()
        _open_smoke_dossier(window, _smoke_insz(ctx, window))
        log.info("smoke test: dossier opened %.2f s after it was asked for", monotonic() - asked)
        if ctx.lock is not None:
            ctx.lock.dispose()
        window.close()
        window.deleteLater()
        if logs.unhandled:
            raise SmokeTestFailed(
                f"unhandled error(s) while the window loaded: {', '.join(logs.unhandled)} "
                "(details in the log file)"
            )
        log.info("smoke test: window shown %.2f s after the sign-in started", shown)
        return 0
    except CumulDeskError as exc:
        log.error("smoke test failed: %s", exc)  # also in the log (a windowed .exe has no stderr)
        sys.stderr.write(f"cumuldesk app --smoke-test: {exc}\n")
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - one line, the traceback in the log
        log.error("smoke test failed", exc_info=exc)
        sys.stderr.write(f"cumuldesk app --smoke-test: unexpected error ({type(exc).__name__})\n")
        return 1
    finally:
        if ctx is not None:
            close_context(ctx)


if __name__ == "__main__":
    sys.exit(main())
