"""The whole desk, as a newcomer uses it: the real sign-in dialog and main window on a
synthetic demo central database; sign in as a demo handler, look up a dossier with a
known conflict by typing its INSZ in the pasted form, see its conflict months on the
timeline, run the simulation and read the verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cumuldesk.domain.insz import format_insz
from cumuldesk.domain.months import Month
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.store import stored_dossier
from cumuldesk.services.reports import check
from cumuldesk.services.simulation.form import verdict
from cumuldesk.storage.database import open_central, session_factory
from cumuldesk.storage.models import Case, Person
from cumuldesk.ui.kit.formatting import month_label
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.shell.app import open_window
from cumuldesk.ui.shell.signin_dialog import SignInDialog

PASSWORD = "an-demo-password"  # the demo handler's public password (README)


def _a_conflict_dossier(url: str, today, params):
    """The first dossier of an.demo's team with conflict months and an IVT/IT decision
    to simulate, with what the rules say about it (found without the window)."""
    engine = open_central(url, must_exist=True)
    try:
        with session_factory(engine)() as session:
            team_insz = session.scalars(
                select(Person.insz)
                .join(Case, Case.person_id == Person.id)
                .where(Case.team == "Team Gent")
                .order_by(Person.id)
            ).all()
            for insz in team_insz:
                parsed = stored_dossier(session, insz, today)
                report = check(parsed, params)
                if report.conflict_months and parsed.simulation is not None:
                    return insz, [str(m) for m in report.conflict_months]
    finally:
        engine.dispose()
    raise AssertionError("the demo data has no conflict dossier in Team Gent")


def test_a_newcomer_finds_a_conflict_sees_why_and_gets_a_verdict(
    qtbot, ui_files, monkeypatch, memory_keyring
):
    url = f"sqlite:///{ui_files.central}"
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", url)
    params = load_parameters()

    # sign in with the real dialog, as the demo handler
    dialog = SignInDialog(Settings(str(ui_files.central.parent / "desk.ini")))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("an.demo")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=20_000)
    ctx = dialog.context
    assert ctx.desk.identity.username == "an.demo" and ctx.desk.online is not False

    window = open_window(ctx)  # the real main window, background sync on
    qtbot.addWidget(window)
    try:
        today = ctx.desk.today()
        insz, conflict_months = _a_conflict_dossier(url, today, params)

        # the look-up field has the focus; the number is typed as it is often pasted
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lookup.field)
        with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000) as shown:
            qtbot.keyClicks(window.lookup.field, format_insz(insz))
            assert format_insz(insz) in window.lookup.feedback_text()
            qtbot.keyClick(window.lookup.field, Qt.Key.Key_Return)
        assert shown.args == [insz]
        assert window.tabs.currentWidget() is window.dossier_page
        assert format_insz(insz) in " ".join(window.dossier_page.header_texts().values())

        # the timeline shows the conflict months the rules give (its text alternative)
        timeline = window.dossier_page.timeline
        expected = (
            f"{len(conflict_months)} conflict months, from "
            f"{month_label(Month.parse(conflict_months[0]))} to "
            f"{month_label(Month.parse(conflict_months[-1]))}."
        )
        assert expected in timeline.accessibleDescription()

        # simulate from the dossier, read the verdict in the banner
        qtbot.mouseClick(window.dossier_page.simulate_button, Qt.MouseButton.LeftButton)
        page = window.simulation_page
        qtbot.waitUntil(lambda: window.tabs.currentWidget() is page, timeout=5_000)
        qtbot.waitUntil(lambda: page.outcome is not None, timeout=20_000)
        view = window.dossier_page.shown_data().view
        assert page.verdict_text() == str(verdict(view.simulation_report(params)).text)
        assert page.verdict_text().startswith(
            ("IVT/IT is more favourable", "Zorgtoeslag + BOB is more favourable")
        )
    finally:
        window.close()
        assert wait_for_ops(20_000)
