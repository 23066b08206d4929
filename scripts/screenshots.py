"""Render every view of the desktop application that the README and the user guide show,
offscreen, to PNG files. Synthetic demo data only: a demo central database is made in a
temporary folder, demo handler an.demo signs in (the cache key from a passphrase, never
the system keyring), the cache is synced, and each view is grabbed with `QWidget.grab()`.

    .venv/bin/python scripts/screenshots.py [--language en|nl|fr|de] [--out FOLDER]

English (the texts as written in the code, the default) goes to docs/screenshots/; another
language to docs/screenshots/<language>/ (its translation comes from
`cumuldesk.ui.kit.i18n.install_translators`). The file names are listed in `SHOTS`.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPOSITORY = Path(__file__).resolve().parents[1]
SCREENSHOTS = REPOSITORY / "docs" / "screenshots"
USER, PASSWORD = "an.demo", "an-demo-password"
SUPERVISOR = "eva.demo"  # the demo supervisor (the Law data page and its propose dialog)
PASSPHRASE = "screenshots-passphrase"
SIZE = (1280, 800)
LANGUAGES = ("en", "nl", "fr", "de")
VALID_INSZ_TYPED = "INSZ: 850730 033 28"  # synthetic; a form a handler may paste
WRONG_INSZ_TYPED = "85.07.30-033.29"  # the check digits do not match
NOTE = "Rang the applicant: the proposal will be sent this week."

# every file this script writes, and what it shows (the user guide uses them all)
SHOTS = {
    "signin.png": "the sign-in dialog in demo mode, with the cache passphrase field",
    "window.png": "the whole window at a glance, the work list shown",
    "lookup-valid.png": "the look-up field with a pasted INSZ and its feedback",
    "lookup-error.png": "the look-up field saying what is wrong with a number",
    "lookup-recent.png": "the Recent menu",
    "worklist.png": "the work list filtered on conflicts now",
    "worklist-to-propose.png": "the renunciations to propose, by amount at stake, selected",
    "bulk-proposals.png": "Draft proposals: the letters drafted, the cases left out",
    "dossier.png": "a dossier with conflict months",
    "timeline.png": "the timeline of that dossier, close up",
    "timeline-high-contrast.png": "the same timeline in high contrast",
    "periods.png": "the periods table, the timeline's text alternative",
    "retro-banner.png": "a dossier with the retroactive-change banner",
    "case.png": "the case panel: status, answer, notes (a note not yet synced)",
    "simulation.png": "the simulation of the conflict dossier with its verdict",
    "simulation-parameters.png": "the law parameters used, with the unverified warning",
    "letter.png": "the letters dialog: the renunciation proposal drafted",
    "preferences.png": "the preferences dialog",
    "statusbar.png": "the status bar online, with changes waiting",
    "statusbar-conflicts.png": "the status bar with a conflict and a refused change",
    "conflicts.png": "the conflicts and refused changes dialog",
    "offline.png": "offline: the line under the look-up and the status bar",
    "dossier-not-found.png": "an error in words: no dossier with this INSZ",
    "shortcuts.png": "Help > Keyboard shortcuts",
    "law.png": "the Law data page of a supervisor: her proposal waits for a second supervisor",
    "law-propose.png": "the dialog in which a supervisor proposes a law value",
    "monthly-report.png": "a supervisor's monthly report: the month's figures and the chart",
    "locked.png": "the window locked after inactivity",
}


class Shooter:
    """Saves grabs as small PNG files into one folder, and says what it wrote."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.written: list[Path] = []

    def save(self, widget, name: str, rect=None) -> None:  # noqa: ANN001 - Qt types
        from PySide6.QtTest import QTest

        assert name in SHOTS, name
        QTest.qWait(80)
        pixmap = widget.grab() if rect is None else widget.grab(rect)
        path = self.out / name
        if not pixmap.save(str(path), "PNG", 0):  # 0: the strongest (lossless) compression
            raise SystemExit(f"could not write {path}")
        self.written.append(path)
        shown = path.relative_to(REPOSITORY) if path.is_relative_to(REPOSITORY) else path
        print(f"wrote {shown} ({pixmap.width()}x{pixmap.height()}, {path.stat().st_size:,} bytes)")


def wait_until(condition: Callable[[], object], what: str, timeout_ms: int = 30_000) -> None:
    from PySide6.QtTest import QTest

    waited = 0
    while not condition():
        if waited >= timeout_ms:
            raise SystemExit(f"timed out waiting for {what}")
        QTest.qWait(50)
        waited += 50


def install_language(app, language: str) -> None:  # noqa: ANN001 - QApplication
    """The interface language through the lead's `cumuldesk.ui.kit.i18n`; English (the source
    texts) needs nothing when that module is not there."""
    try:
        from cumuldesk.ui.kit import i18n
    except ImportError:
        if language == "en":
            return
        raise SystemExit(
            f"--language {language}: the translations are not there yet "
            "(cumuldesk/ui/kit/i18n.py with install_translators(app, language) is missing)"
        ) from None
    try:
        i18n.install_translators(app, language)
    except (FileNotFoundError, ValueError) as exc:
        raise SystemExit(f"--language {language}: {exc}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="interface language (default en: docs/screenshots/; else docs/screenshots/<lang>/)",
    )
    parser.add_argument("--out", type=Path, help="another folder to write to")
    parser.add_argument("--persons", type=int, default=1500, help="demo persons (default 1500)")
    args = parser.parse_args(argv)
    if args.out is None:
        args.out = SCREENSHOTS if args.language == "en" else SCREENSHOTS / args.language
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CUMULDESK_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["CUMULDESK_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ.pop("CUMULDESK_CACHE_PASSPHRASE", None)  # typed in the dialog instead
        os.environ.pop("CUMULDESK_CENTRAL_URL", None)  # the embedded demo database
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())  # never the real keyring: the passphrase field
        return _render(args)


# ------------------------------------------------------------------------- demo data


def _conflict_dossier(url: str, today: date, params) -> str:  # noqa: ANN001
    """A dossier of an.demo's team with conflict months and a renunciation advised (else
    any conflict dossier), so that the pictures show what the tool is for."""
    from sqlalchemy import select

    from cumuldesk.services.dossiers.store import stored_dossier
    from cumuldesk.services.reports import check, simulation_report
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
                if not check(parsed, params).conflict_months or parsed.simulation is None:
                    continue
                first = first or insz
                try:
                    if "renounc" in simulation_report(parsed, params).recommendation:
                        return insz
                except Exception:  # noqa: BLE001 - a dossier the simulation cannot take
                    continue
    finally:
        engine.dispose()
    if first is None:
        raise SystemExit("the demo data has no conflict dossier")
    return first


def _other_cached_person(ctx, not_insz: str) -> tuple[str, int]:  # noqa: ANN001
    """Another dossier of the cache with a case (INSZ, person id), for the banner."""
    from sqlalchemy import select

    from cumuldesk.storage.models import Case, Person

    with ctx.desk.cache.sessions() as session:
        row = session.execute(
            select(Person.insz, Person.id)
            .join(Case, Case.person_id == Person.id)
            .where(Person.insz != not_insz, Case.team == ctx.desk.identity.team)
            .order_by(Person.id)
            .limit(1)
        ).one()
    return str(row[0]), int(row[1])


def _flag_retroactive_change(ctx, person_id: int) -> None:  # noqa: ANN001
    """A retroactive IVT/IT change as a sync would flag it (months BOB is owed again)."""
    from sqlalchemy import insert

    from cumuldesk.storage.cache_models import retro_flags

    with ctx.desk.cache.engine.begin() as connection:
        connection.execute(
            insert(retro_flags).values(
                person_id=person_id,
                case_id=None,
                decision_ref="D-DEMO-RETRO",
                detected_at=ctx.desk.clock().replace(tzinfo=None),
                owed=json.dumps(["2025-03", "2025-04", "2025-05"]),
                stop=json.dumps(["2025-09"]),
            )
        )


def _conflict_and_refusal(ctx, not_reference: str | None) -> None:  # noqa: ANN001
    """A case answered here while it was put back "in review" centrally (a conflict at the
    next sync), and a note on a case deleted centrally (refused)."""
    from sqlalchemy import select, update

    from cumuldesk.services.cases import add_note, record_answer
    from cumuldesk.storage.models import Answer, Case, CaseStatus

    with ctx.desk.cache.sessions() as session:
        # an answer needs a sent proposal: the first case waits for one
        first, second = (
            session.scalars(
                select(Case.reference)
                .where(
                    Case.team == ctx.desk.identity.team,
                    Case.answer.is_(None),
                    Case.status == status,
                    Case.reference != (not_reference or ""),
                )
                .order_by(Case.id)
                .limit(1)
            ).one()
            for status in (CaseStatus.WAITING_FOR_ANSWER, CaseStatus.NEW)
        )
    today = ctx.desk.today()
    record_answer(
        ctx.desk.cache,
        ctx.desk.identity,
        first,
        Answer.ACCEPTED_RENUNCIATION,
        today,
        clock=ctx.desk.clock,
    )
    add_note(
        ctx.desk.cache,
        ctx.desk.identity,
        second,
        "Asked for the IVT decision.",
        clock=ctx.desk.clock,
    )
    central = ctx.desk.connect()
    try:
        with central.sessions.begin() as session:
            session.execute(
                update(Case)
                .where(Case.reference == first)
                .values(status=CaseStatus.IN_REVIEW, updated_at=datetime.now(UTC))
            )
            session.delete(session.scalars(select(Case).where(Case.reference == second)).one())
    finally:
        central.close()


# ---------------------------------------------------------------------------- render


def _render(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cumuldesk.config import central_config
    from cumuldesk.services.central.connect import connect_central
    from cumuldesk.services.demo.data import create_demo_data, screen_demo
    from cumuldesk.services.worklist import CONFLICTS_NOW
    from cumuldesk.storage.database import DatabaseUnavailable
    from cumuldesk.ui.kit.ops import wait_for_ops
    from cumuldesk.ui.kit.settings import Settings
    from cumuldesk.ui.letters.dialog import LetterDialog
    from cumuldesk.ui.shell.app import open_window
    from cumuldesk.ui.shell.conflicts_dialog import ConflictsDialog
    from cumuldesk.ui.shell.main_window import ShortcutsDialog
    from cumuldesk.ui.shell.preferences import PreferencesDialog
    from cumuldesk.ui.shell.signin_dialog import SignInDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CumulDesk")
    install_language(app, args.language)
    try:  # the application's own look (icon, style sheet), as `cumuldesk app` applies it
        from cumuldesk.ui.shell.app import apply_look

        apply_look(app)
    except ImportError:
        pass
    shots = Shooter(args.out)
    config = central_config()
    central = connect_central(config)
    create_demo_data(central, persons=args.persons)
    screen_demo(central)  # as the first start does: the work list shows verdicts
    central.close()

    # -- sign-in
    dialog = SignInDialog(Settings())
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    dialog.fill(USER, PASSWORD)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.adjustSize()
    shots.save(dialog, "signin.png")
    dialog.sign_in_button.click()
    wait_until(lambda: dialog.context is not None or not dialog.busy, "the sign-in", 60_000)
    ctx = dialog.context
    if ctx is None:
        raise SystemExit(f"sign-in failed: {dialog.message.text()}")
    dialog.close()
    central_up = [True]  # False: the central database cannot be reached (offline.png)
    reachable = ctx.desk.connector

    def connect():  # noqa: ANN202
        if not central_up[0]:
            raise DatabaseUnavailable("cannot reach the central database (screenshots)")
        return reachable()

    ctx.desk.connector = connect
    window = open_window(ctx)
    window.resize(*SIZE)
    sync = window.sync
    wait_until(
        lambda: sync.state is not None and sync.state.last_sync_at is not None and not sync.syncing,
        "the first sync",
        60_000,
    )
    wait_for_ops(30_000)

    # -- the window at a glance, the work list filtered
    page = window.worklist_page
    page.reload()
    wait_for_ops(30_000)
    window.show_page(0)
    shots.save(window, "window.png")
    page.set_filter(CONFLICTS_NOW)
    wait_for_ops(30_000)
    shots.save(window, "worklist.png")
    _bulk_proposals(shots, page)
    page.set_filter(None)

    # -- law data: a supervisor's page with her proposal waiting, the propose dialog
    _law_data(shots, ctx)
    # -- the monthly report of the month past, as the supervisor's window shows it
    _monthly_report(shots, ctx)

    # -- look-up feedback
    lookup = window.lookup
    lookup.field.setText(VALID_INSZ_TYPED)
    shots.save(lookup, "lookup-valid.png")
    lookup.field.setText(WRONG_INSZ_TYPED)
    shots.save(lookup, "lookup-error.png")
    lookup.field.clear()

    # -- the conflict dossier
    insz = _conflict_dossier(config.url, ctx.desk.today(), ctx.desk.law)
    dossier = window.dossier_page

    def show_dossier(number: str) -> None:
        window.open_dossier(number)
        wait_until(
            lambda: dossier.current_insz == number and dossier.shown_data() is not None,
            "the dossier",
        )
        wait_for_ops(30_000)

    retro_insz, retro_person = _other_cached_person(ctx, insz)
    _flag_retroactive_change(ctx, retro_person)
    show_dossier(retro_insz)
    banner = dossier.retro_banner
    bottom = banner.mapTo(window, QPoint(0, banner.height()))
    shots.save(window, "retro-banner.png", QRect(0, 0, window.width(), bottom.y() + 8))

    show_dossier(insz)
    shots.save(window, "dossier.png")
    shots.save(dossier.timeline, "timeline.png")
    dossier.timeline.set_high_contrast(True)
    shots.save(dossier.timeline, "timeline-high-contrast.png")
    dossier.timeline.set_high_contrast(False)
    shots.save(dossier.periods, "periods.png")

    wait_until(lambda: lookup.recent_op_done, "the recent dossiers")
    lookup.recent_menu.popup(lookup.recent_button.mapToGlobal(QPoint(0, 0)))
    QTest.qWait(100)
    recent = QRect(lookup.mapTo(window, QPoint(0, 0)), lookup.size())
    menu_pixmap = lookup.recent_menu.grab()
    lookup.recent_menu.hide()
    _save_composed(shots, window.grab(recent), menu_pixmap, "lookup-recent.png")

    panel = dossier.case_panel
    panel.note_edit.setPlainText(NOTE)
    panel.add_note_button.click()
    wait_until(lambda: any(NOTE in text for text in panel.note_texts()), "the note")
    wait_for_ops(30_000)
    shots.save(panel, "case.png")

    # -- simulation and letters
    window.simulate(insz)
    simulation = window.simulation_page
    wait_until(lambda: simulation.outcome is not None, "the simulation")
    wait_for_ops(30_000)
    shots.save(window, "simulation.png")
    simulation.results.show_parameters()  # the tab "Law parameters used"
    wait_for_ops(30_000)
    shots.save(window, "simulation-parameters.png")
    simulation.results.setCurrentIndex(0)
    simulation.letter_button.click()
    letters = [d for d in window.findChildren(LetterDialog) if d.isVisible()]
    if not letters:
        raise SystemExit("the letters dialog did not open")
    letter = letters[0]
    wait_until(lambda: letter.setup is not None, "the letters")
    wait_for_ops(30_000)
    letter.resize(1000, 760)
    shots.save(letter, "letter.png")
    letter.close()

    # -- preferences, status bar
    preferences = PreferencesDialog(ctx.settings, window)
    preferences.show()
    QTest.qWaitForWindowExposed(preferences)
    shots.save(preferences, "preferences.png")
    preferences.reject()
    shots.save(window.status, "statusbar.png")

    # -- a conflict and a refused change
    case_reference = dossier.case_panel.case_reference
    _conflict_and_refusal(ctx, case_reference)
    sync.sync_now()
    wait_until(
        lambda: sync.state is not None and sync.state.conflicts >= 1 and not sync.syncing,
        "the conflict",
    )
    wait_for_ops(30_000)
    shots.save(window.status, "statusbar-conflicts.png")
    conflicts = ConflictsDialog(ctx, window)
    conflicts.resize(900, 600)
    conflicts.show()
    wait_until(lambda: conflicts.loaded, "the conflicts")
    shots.save(conflicts, "conflicts.png")
    conflicts.close()

    # -- an error in words: a valid INSZ with no dossier
    lookup.field.setText("85.07.30-033.28")
    lookup.request_open()
    wait_until(lambda: not lookup.busy and dossier.message_text() != "", "the message")
    wait_for_ops(30_000)
    shots.save(window, "dossier-not-found.png")  # the message is centred in the page

    # -- offline: the central database cannot be reached
    lookup.field.clear()
    central_up[0] = False
    sync.sync_now()
    wait_until(lambda: sync.state is not None and sync.state.online is False, "offline")
    wait_for_ops(30_000)
    show_dossier(insz)
    shots.save(window, "offline.png")
    central_up[0] = True

    # -- shortcuts, lock
    shortcuts = ShortcutsDialog(window.shortcut_rows(), window)
    shortcuts.show()
    QTest.qWaitForWindowExposed(shortcuts)
    shots.save(shortcuts, "shortcuts.png")
    shortcuts.close()
    lock = ctx.lock
    assert lock is not None  # open_window sets it
    lock.lock_now()
    shots.save(window, "locked.png", QRect(160, 160, window.width() - 320, 260))
    lock.dispose()
    window.close()
    wait_for_ops(30_000)
    ctx.desk.cache.close()
    missing = sorted(set(SHOTS) - {path.name for path in shots.written})
    if missing:
        raise SystemExit(f"not written: {', '.join(missing)}")
    return 0


def _law_data(shots: Shooter, ctx) -> None:  # noqa: ANN001 - AppContext
    """The Law data page as the demo supervisor sees it, with a (synthetic) proposal of
    hers selected, and the propose dialog filled in."""
    import dataclasses
    from decimal import Decimal

    from PySide6.QtCore import QDate
    from sqlalchemy import select

    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.law.data import propose
    from cumuldesk.storage.models import Handler
    from cumuldesk.ui.kit.formatting import money
    from cumuldesk.ui.kit.ops import wait_for_ops
    from cumuldesk.ui.law.page import LawPage

    central = ctx.desk.connect()
    try:
        with central.sessions() as session:
            handler = session.scalars(select(Handler).where(Handler.username == SUPERVISOR))
            supervisor = Identity.of(handler.one())
        propose(
            central.sessions, supervisor, "bob_monthly", "2026-09-01", "358.52", "sourced",
            "Demo: example only, not a published amount", None,
        )  # fmt: skip
    finally:
        central.close()
    desk = copy.copy(ctx.desk)  # the same cache and central database, the supervisor's
    desk.identity = supervisor
    page = LawPage(dataclasses.replace(ctx, desk=desk))
    page.resize(*SIZE)
    page.show()
    wait_until(lambda: page.data is not None and not page.loading, "the law values")
    wait_for_ops(30_000)
    shots.save(page, "law.png")
    page.law_actions.propose_button.click()
    dialog = page.law_actions.dialog
    if dialog is None:
        raise SystemExit("the propose dialog did not open")
    dialog.select("ivt_yearly", "B")
    dialog.effective.setDate(QDate(2026, 3, 1))
    dialog.amount.setText(money(Decimal("12043.40")))  # as the language writes it
    dialog.source_title.setText("Demo: example only, not a published amount")
    dialog.adjustSize()
    shots.save(dialog, "law-propose.png")
    dialog.reject()
    page.close()


def _bulk_proposals(shots: Shooter, page) -> None:  # noqa: ANN001 - WorkListPage
    """The work list on "Renunciation to propose", sorted by amount at stake, every case
    selected; then "Draft proposals ..." with its letters drafted."""
    from PySide6.QtCore import Qt

    from cumuldesk.services.worklist import RENUNCIATION_TO_PROPOSE
    from cumuldesk.ui.kit.ops import wait_for_ops
    from cumuldesk.ui.letters.bulk_dialog import BulkProposalsDialog
    from cumuldesk.ui.worklist.model import COL_AT_STAKE, COL_STATUS

    page.set_filter(RENUNCIATION_TO_PROPOSE)
    wait_for_ops(30_000)
    page.table.sortByColumn(COL_AT_STAKE, Qt.SortOrder.DescendingOrder)
    page.table.selectAll()
    page.table.setFocus()
    shots.save(page.window(), "worklist-to-propose.png")
    page.draft_proposals()
    [dialog] = page.findChildren(BulkProposalsDialog)
    wait_until(lambda: dialog.drafts is not None, "the proposals drafted", 120_000)
    wait_for_ops(30_000)
    shots.save(dialog, "bulk-proposals.png")
    dialog.close()
    page.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    page.table.clearSelection()


def _monthly_report(shots: Shooter, ctx) -> None:  # noqa: ANN001 - AppContext
    """The supervisor's window on the "Monthly report" tab, the month past chosen (the
    default). The demo data have no month behind them: every open case is screened as on
    the 15th of the month past, a third of them moved back to earlier months (the cases
    whose newest screening is older: the chart's earlier bars), and a VSB file of that
    month is recorded. Synthetic data, in this script's temporary database only."""
    import dataclasses
    from datetime import timedelta

    from sqlalchemy import select, update

    from cumuldesk.domain.months import Month
    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.screening import screen
    from cumuldesk.storage.models import Handler, ScreeningRow, VsbImport
    from cumuldesk.ui.kit.ops import wait_for_ops
    from cumuldesk.ui.shell.main_window import REPORT_PAGE, MainWindow

    month = Month.of(ctx.desk.today()) - 1
    at = datetime(month.year, month.month, 15, 10, 0, tzinfo=UTC)
    central = ctx.desk.connect()
    try:
        with central.sessions() as session:
            handler = session.scalars(select(Handler).where(Handler.username == SUPERVISOR))
            supervisor = Identity.of(handler.one())
        screen(central, supervisor, only_changed=False, clock=lambda: at)
        with central.sessions.begin() as session:
            cases = session.scalars(select(ScreeningRow.case_id)).all()
            for case_id in cases:
                if case_id % 3 == 0:
                    back = month - (1 + (case_id // 3) % 11)
                    when = datetime(back.year, back.month, 10, 9, 0, tzinfo=UTC)
                    session.execute(
                        update(ScreeningRow)
                        .where(ScreeningRow.case_id == case_id)
                        .values(screened_at=when + timedelta(minutes=case_id % 50))
                    )
            session.add(
                VsbImport(
                    file_name="vsb-demo.csv", file_sha256="0" * 64,
                    imported_at=datetime(month.year, month.month, 3, 8, 0, tzinfo=UTC),
                    imported_by=SUPERVISOR, rows_total=len(cases), rows_imported=len(cases),
                    rows_unchanged=0, rows_rejected=0,
                )
            )  # fmt: skip
    finally:
        central.close()
    desk = copy.copy(ctx.desk)  # the same cache and central database, the supervisor's
    desk.identity = supervisor
    window = MainWindow(dataclasses.replace(ctx, desk=desk), start_sync=False)
    window.resize(*SIZE)
    window.show()
    window.show_page(REPORT_PAGE)
    page = window.report_page
    wait_until(lambda: getattr(page, "report", None) is not None, "the monthly report")
    wait_for_ops(30_000)
    shots.save(window, "monthly-report.png")
    window.close()
    wait_for_ops(30_000)


def _save_composed(shots: Shooter, base, menu, name: str) -> None:  # noqa: ANN001 - QPixmaps
    """The look-up bar with the Recent menu drawn below its right end (an offscreen popup
    is its own window, so it is painted onto one picture)."""
    from PySide6.QtGui import QPainter, QPixmap

    width = max(base.width(), menu.width())
    height = base.height() + menu.height()
    picture = QPixmap(width, height)
    picture.fill(base.toImage().pixelColor(1, 1))
    painter = QPainter(picture)
    painter.drawPixmap(0, 0, base)
    painter.drawPixmap(width - menu.width() - 4, base.height() - 24, menu)
    painter.end()

    class _Grabbed:  # what Shooter.save needs: grab()
        def grab(self, rect=None):  # noqa: ANN001, ANN202
            return picture

    shots.save(_Grabbed(), name)


if __name__ == "__main__":
    sys.exit(main())
