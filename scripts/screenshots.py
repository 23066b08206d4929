"""Render every view of the desktop application offscreen to PNG files (for the README
and the user guide). Synthetic demo data only: a demo central database is made in a
temporary folder, demo handler an.demo signs in, the cache is synced, and each view is
grabbed with `QWidget.grab()`.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--scale 1.0]

Files: signin.png, worklist.png, dossier.png, simulation.png, shortcuts.png, locked.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPOSITORY = Path(__file__).resolve().parents[1]
USER, PASSWORD = "an.demo", "an-demo-password"
SIZE = (1280, 820)


def _conflict_dossier(url: str, today: date, params) -> str:
    """A dossier of an.demo's team with conflict months and a renunciation advised (else
    any conflict dossier), so that the pictures show what the tool is for."""
    from sqlalchemy import select

    from cumuldesk.services.assessment import check, simulation_report
    from cumuldesk.services.dossiers import stored_dossier
    from cumuldesk.storage.database import open_central, session_factory
    from cumuldesk.storage.models import Case, Person

    engine = open_central(url, must_exist=True)
    first = None
    try:
        with session_factory(engine)() as session:
            rows = session.scalars(
                select(Person.insz)
                .join(Case, Case.person_id == Person.id)
                .where(Case.team == "Team Gent")
                .order_by(Person.id)
            ).all()
            for insz in rows:
                parsed = stored_dossier(session, insz, today)
                if not check(parsed, params)["conflict_months"] or parsed.simulation is None:
                    continue
                first = first or insz
                try:
                    if "renounc" in simulation_report(parsed, params)["recommendation"]:
                        return insz
                except Exception:  # noqa: BLE001 - a dossier the simulation cannot take
                    continue
    finally:
        engine.dispose()
    if first is None:
        raise SystemExit("the demo data has no conflict dossier")
    return first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPOSITORY / "docs" / "screenshots")
    parser.add_argument("--persons", type=int, default=1500)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CUMULDESK_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["CUMULDESK_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ["CUMULDESK_CACHE_PASSPHRASE"] = "screenshots-passphrase"
        os.environ.pop("CUMULDESK_CENTRAL_URL", None)  # the embedded demo database
        return _render(args)


def _render(args: argparse.Namespace) -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cumuldesk.config import central_config
    from cumuldesk.params.loader import load_parameters
    from cumuldesk.services.central import connect_central
    from cumuldesk.services.demo_data import create_demo_data
    from cumuldesk.ui.app import open_window
    from cumuldesk.ui.main_window import ShortcutsDialog
    from cumuldesk.ui.ops import wait_for_ops
    from cumuldesk.ui.settings import Settings
    from cumuldesk.ui.signin_dialog import SignInDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CumulDesk")
    config = central_config()
    central = connect_central(config)
    create_demo_data(central, persons=args.persons)
    central.close()
    url = config.url

    def save(widget, name: str) -> None:
        QTest.qWait(50)
        path = args.out / name
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(REPOSITORY) if path.is_relative_to(REPOSITORY) else path}")

    dialog = SignInDialog(Settings())
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    dialog.username.setText(USER)
    dialog.password.setText(PASSWORD)
    save(dialog, "signin.png")
    dialog.sign_in_button.click()
    for _ in range(400):
        if dialog.context is not None:
            break
        QTest.qWait(50)
    ctx = dialog.context
    if ctx is None:
        raise SystemExit(f"sign-in failed: {dialog.message.text()}")
    window = open_window(ctx)
    window.resize(*SIZE)
    for _ in range(600):  # the first sync fills the cache in the background
        state = window.sync.state
        if state is not None and state.last_sync_at is not None and not window.sync.syncing:
            break
        QTest.qWait(50)
    wait_for_ops(30_000)
    window.worklist_page.reload()
    wait_for_ops(30_000)
    window.show_page(0)
    save(window, "worklist.png")

    params = load_parameters()
    insz = _conflict_dossier(url, ctx.today(), params)
    window.open_dossier(insz)
    for _ in range(200):
        if window.dossier_page.current_insz == insz and window.dossier_page.shown_data():
            break
        QTest.qWait(50)
    wait_for_ops(30_000)
    save(window, "dossier.png")

    window.simulate(insz)
    for _ in range(200):
        if window.simulation_page.outcome is not None:
            break
        QTest.qWait(50)
    wait_for_ops(30_000)
    save(window, "simulation.png")

    shortcuts = ShortcutsDialog(window.shortcut_rows(), window)
    shortcuts.show()
    QTest.qWaitForWindowExposed(shortcuts)
    save(shortcuts, "shortcuts.png")
    shortcuts.close()

    ctx.extra["lock"].lock_now()
    save(window, "locked.png")
    ctx.extra["lock"].dispose()
    window.close()
    wait_for_ops(30_000)
    ctx.cache.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
