"""The dossier page: header, freshness, errors in words, retroactive-change banner,
simulate, notes/status/answer reflected after the reload (real threaded ops)."""

from __future__ import annotations

import json
import threading
from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, insert, select
from ui.central_switch import set_central_up

from cumuldesk.domain.insz import build_insz, format_insz
from cumuldesk.domain.months import age_on
from cumuldesk.services.dossiers.page_data import month_runs
from cumuldesk.storage.cache_models import retro_flags
from cumuldesk.storage.models import Case, CaseStatus, Person
from cumuldesk.sync.outbox import counts
from cumuldesk.ui.dossier.case_panel import status_label
from cumuldesk.ui.dossier.page import DossierPage
from cumuldesk.ui.dossier.retro_banner import months_text
from cumuldesk.ui.kit.changes import SYNC

pytestmark = pytest.mark.usefixtures("qapp")


def _cached_with_case(ctx, status: CaseStatus | None = None) -> tuple[str, int, date, str]:
    """(insz, person id, birth date, status) of a cached person with a case."""
    query = (
        select(Person.insz, Person.id, Person.birth_date, Case.status)
        .join(Case, Case.person_id == Person.id)
        .order_by(Person.id)
    )
    if status is not None:
        query = query.where(Case.status == status)
    with ctx.desk.cache.sessions() as session:
        row = session.execute(query).first()
    assert row is not None
    return row.insz, row.id, row.birth_date, row.status.value


def _page(qtbot, ctx) -> DossierPage:
    page = DossierPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _show(qtbot, page: DossierPage, insz: str) -> None:
    with qtbot.waitSignal(page.dossier_shown, timeout=10_000) as blocker:
        page.show_dossier(insz)
    assert blocker.args == ["".join(c for c in insz if c.isdigit())]  # always the digits


def test_a_cached_dossier_fills_the_header_and_says_it_is_shown(qtbot, ui_context):
    insz, _, birth, status = _cached_with_case(ui_context)
    page = _page(qtbot, ui_context)
    assert page.current_insz is None

    _show(qtbot, page, format_insz(insz))  # a typed, formatted number works too

    header = page.header_texts()
    assert header["insz"] == format_insz(insz)
    assert header["birth"] == birth.strftime("%d/%m/%Y")
    assert header["age"] == f"{age_on(birth, ui_context.desk.today())} years"
    assert header["status"] == status_label(status)
    assert header["name"].strip()
    assert page.current_insz == insz
    assert "Data as of the last sync" in page.freshness_label.text()
    assert page.body.isVisible() and page.body.isEnabled()
    assert not page.busy_label.isVisible()


def test_an_unknown_insz_says_there_is_no_dossier(qtbot, ui_context):
    page = _page(qtbot, ui_context)
    page.show_dossier(build_insz(date(1950, 1, 1), 997))
    qtbot.waitUntil(lambda: page.message_text() != "", timeout=10_000)
    assert "No dossier with this INSZ in the central database" in page.message_text()
    assert page.current_insz is None
    assert not page.body.isVisible()


def test_a_dossier_not_cached_is_fetched_from_the_central_database(qtbot, ui_context, ui_files):
    other = _not_in_cache(ui_context, ui_files)
    page = _page(qtbot, ui_context)
    _show(qtbot, page, other)
    assert page.header_texts()["insz"] == format_insz(other)
    assert "Fetched from the central database just now" in page.freshness_label.text()


def test_offline_a_dossier_not_cached_is_not_available(qtbot, ui_context, ui_files):
    other = _not_in_cache(ui_context, ui_files)
    set_central_up(ui_context, False)
    page = _page(qtbot, ui_context)
    page.show_dossier(other)
    qtbot.waitUntil(lambda: page.message_text() != "", timeout=10_000)
    text = page.message_text()
    assert "not available offline" in text
    assert "not in your local cache" in text and "cannot be reached" in text
    assert page.current_insz is None


def _not_in_cache(ctx, files) -> str:
    """A person of the central database that the cache does not hold (another team's)."""
    with ctx.desk.cache.sessions() as session:
        cached = set(session.scalars(select(Person.insz)))
    engine = create_engine(f"sqlite:///{files.central}")
    try:
        with engine.connect() as connection:
            everyone = list(connection.scalars(select(Person.__table__.c.insz)))
    finally:
        engine.dispose()
    others = [insz for insz in everyone if insz not in cached]
    assert others, "the demo central database should hold other teams' persons"
    return others[0]


def test_a_retroactive_change_shows_a_banner_with_its_months_until_acknowledged(qtbot, ui_context):
    insz, person_id, _, _ = _cached_with_case(ui_context)
    with ui_context.desk.cache.engine.begin() as connection:
        connection.execute(
            insert(retro_flags).values(
                person_id=person_id,
                case_id=None,
                decision_ref="D-TEST",
                detected_at=datetime(2026, 11, 23, 8, 0),
                owed=json.dumps(["2025-03", "2025-04", "2025-05"]),
                stop=json.dumps(["2025-09"]),
            )
        )
    page = _page(qtbot, ui_context)
    _show(qtbot, page, insz)
    text = page.retro_text()
    assert "Retroactive change" in text
    assert "BOB becomes owed again for 03/2025 to 05/2025" in text
    assert "BOB must stop for 09/2025" in text

    qtbot.mouseClick(page.acknowledge_button, _left())
    qtbot.waitUntil(lambda: page.retro_text() == "", timeout=10_000)
    with ui_context.desk.cache.engine.connect() as connection:
        left = connection.execute(
            select(retro_flags.c.id).where(
                retro_flags.c.person_id == person_id, retro_flags.c.acknowledged_at.is_(None)
            )
        ).all()
    assert left == []


def test_no_banner_without_a_retroactive_change(qtbot, ui_context):
    insz, _, _, _ = _cached_with_case(ui_context)
    page = _page(qtbot, ui_context)
    _show(qtbot, page, insz)
    assert page.retro_text() == ""
    assert not page.retro_banner.isVisible()


def test_the_simulate_button_and_shortcut_ask_for_the_simulation(qtbot, ui_context):
    insz, _, _, _ = _cached_with_case(ui_context)
    page = _page(qtbot, ui_context)
    assert not page.simulate_button.isEnabled()  # nothing shown yet
    _show(qtbot, page, insz)
    assert "Ctrl+Shift+S" in page.simulate_button.toolTip()
    with qtbot.waitSignal(page.simulate_requested, timeout=2_000) as blocker:
        qtbot.mouseClick(page.simulate_button, _left())
    assert blocker.args == [insz]
    with qtbot.waitActive(page):
        page.activateWindow()
    page.name_label.setFocus()
    for keys in ("Ctrl+Shift+S", "Alt+S"):
        with qtbot.waitSignal(page.simulate_requested, timeout=2_000) as blocker:
            qtbot.keySequence(page.name_label, keys)
        assert blocker.args == [insz]


def test_adding_a_note_shows_it_not_yet_synced_and_the_outbox_grows(qtbot, ui_context):
    insz, _, _, _ = _cached_with_case(ui_context)
    page = _page(qtbot, ui_context)
    _show(qtbot, page, insz)
    before = counts(ui_context.desk.cache)["pending"]
    panel = page.case_panel

    panel.note_edit.setPlainText("Called the applicant; proposal explained.")
    qtbot.mouseClick(panel.add_note_button, _left())
    qtbot.waitUntil(
        lambda: any("proposal explained" in text for text in panel.note_texts()), timeout=10_000
    )
    shown = [text for text in panel.note_texts() if "proposal explained" in text][0]
    assert "not yet synced" in shown
    assert counts(ui_context.desk.cache)["pending"] > before
    assert panel.note_edit.toPlainText() == ""


def test_an_empty_note_is_refused_in_words(qtbot, ui_context):
    insz, _, _, _ = _cached_with_case(ui_context)
    page = _page(qtbot, ui_context)
    _show(qtbot, page, insz)
    panel = page.case_panel
    before = counts(ui_context.desk.cache)["pending"]
    panel.note_edit.setPlainText("   ")
    qtbot.mouseClick(panel.add_note_button, _left())
    qtbot.waitUntil(lambda: "empty" in panel.message.text(), timeout=10_000)
    assert panel.message.text() == "A note cannot be empty."
    assert counts(ui_context.desk.cache)["pending"] == before


def test_saving_a_status_and_recording_an_answer_show_after_the_reload(qtbot, ui_context):
    # a case whose proposal was sent (an answer needs one)
    insz, _, _, _ = _cached_with_case(ui_context, CaseStatus.WAITING_FOR_ANSWER)
    page = _page(qtbot, ui_context)
    _show(qtbot, page, insz)
    panel = page.case_panel
    reference = panel.case_reference

    panel.status_combo.setCurrentIndex(panel.status_combo.findData("in_review"))
    qtbot.mouseClick(panel.save_status_button, _left())
    qtbot.waitUntil(
        lambda: page.header_texts()["status"] == status_label("in_review"), timeout=10_000
    )
    assert _case_status(ui_context, reference) == ("in_review", None, None)

    panel.answer_combo.setCurrentIndex(panel.answer_combo.findData("refused"))
    panel.answer_date.edit.setText("21/11/2026")  # two days ago
    qtbot.mouseClick(panel.record_answer_button, _left())
    qtbot.waitUntil(
        lambda: page.header_texts()["status"] == status_label("answered"), timeout=10_000
    )
    assert _case_status(ui_context, reference) == ("answered", "refused", date(2026, 11, 21))
    assert "Refused (21/11/2026)" in panel.case_label.text()
    assert page.current_insz == insz  # a quiet reload: the same dossier stays shown


def _case_status(ctx, reference: str) -> tuple[str, str | None, date | None]:
    with ctx.desk.cache.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        return (
            case.status.value,
            None if case.answer is None else case.answer.value,
            (case.answer_date),
        )


def test_a_second_look_up_replaces_the_first(qtbot, ui_context):
    with ui_context.desk.cache.sessions() as session:
        first, second = list(session.scalars(select(Person.insz).order_by(Person.id).limit(2)))
    page = _page(qtbot, ui_context)
    page.show_dossier(first)
    _show(qtbot, page, second)
    assert page.current_insz == second
    assert page.header_texts()["insz"] == format_insz(second)


def test_months_of_a_flag_read_as_runs():
    assert [(str(a), str(b)) for a, b in month_runs(["2025-05", "2025-03", "2025-04"])] == [
        ("2025-03", "2025-05")
    ]
    assert months_text(["2024-12", "2025-01", "2025-06"]) == "12/2024 to 01/2025, 06/2025"
    assert months_text([]) == ""


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_slow_look_up_says_it_is_loading_and_greys_the_old_dossier(
    qtbot, ui_context, monkeypatch
):
    with ui_context.desk.cache.sessions() as session:
        first, second = list(session.scalars(select(Person.insz).order_by(Person.id).limit(2)))
    page = _page(qtbot, ui_context)
    _show(qtbot, page, first)

    release = threading.Event()
    real = ui_context.desk.open_dossier

    def slow(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(ui_context.desk, "open_dossier", slow)
    page.show_dossier(second)
    qtbot.waitUntil(lambda: page.busy_label.isVisible(), timeout=5_000)
    assert "Loading" in page.busy_label.text()
    assert not page.body.isEnabled()  # the old dossier greyed, the window responsive
    assert page.header_texts()["insz"] == format_insz(first)
    with qtbot.waitSignal(page.dossier_shown, timeout=10_000):
        release.set()
    assert not page.busy_label.isVisible() and page.body.isEnabled()
    assert page.header_texts()["insz"] == format_insz(second)


def test_the_freshness_line_says_offline_when_the_sync_finds_the_central_database_away(
    qtbot, ui_context
):
    insz, _, _, _ = _cached_with_case(ui_context)
    page = _page(qtbot, ui_context)
    _show(qtbot, page, insz)
    assert page.freshness_label.text().startswith("Data as of the last sync")
    ui_context.desk.online = False
    ui_context.changes.announce(SYNC)
    # offline is said once, in the status bar: the page says what that means for its data
    offline_text = page.freshness_label.text()
    assert offline_text.startswith("Data as of the last sync")
    assert offline_text.endswith("newer changes will show after the next sync.")
    assert "offline" not in offline_text.lower()
    assert page.current_insz == insz
