"""The case panel on its own: what it shows of a DossierView, the keyboard path for a note,
an answer date never in the future, the changes signal after a write."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from cumuldesk.domain.cases import Answer
from cumuldesk.services import cases as case_work
from cumuldesk.services.dossiers.store import open_dossier
from cumuldesk.storage.models import Case, CaseStatus, Note, Person
from cumuldesk.ui.dossier.answer_date import parse_day
from cumuldesk.ui.dossier.case_panel import CasePanel, status_label
from cumuldesk.ui.kit.changes import CASES, OUTBOX
from cumuldesk.ui.kit.ops import wait_for_ops


def _view(ctx, insz: str):
    return open_dossier(
        ctx.desk.cache, ctx.desk.identity, insz, today=ctx.desk.today(), clock=ctx.desk.clock
    )


def _person_with_case(ctx) -> tuple[str, str]:
    with ctx.desk.cache.sessions() as session:
        row = session.execute(
            select(Person.insz, Case.reference)
            .join(Case, Case.person_id == Person.id)
            .order_by(Person.id)
        ).first()
    return row.insz, row.reference


def _panel(qtbot, ctx) -> CasePanel:
    panel = CasePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    return panel


def test_it_shows_the_case_its_status_and_the_notes_with_their_sync_mark(qtbot, ui_context):
    insz, reference = _person_with_case(ui_context)
    case_work.add_note(
        ui_context.desk.cache,
        ui_context.desk.identity,
        reference,
        "Letter sent by post.",
        clock=ui_context.desk.clock,
    )
    view = _view(ui_context, insz)
    panel = _panel(qtbot, ui_context)
    panel.set_dossier(view)

    assert panel.case_reference == reference
    assert reference in panel.case_label.text()
    assert panel.status_combo.currentText() == status_label(view.case.status)
    notes = panel.note_texts()
    assert len(notes) == len(view.notes)
    mine = [text for text in notes if "Letter sent by post." in text]
    assert len(mine) == 1 and "not yet synced" in mine[0] and "An Demo" in mine[0]
    for note, text in zip(view.notes, notes, strict=True):
        assert ("not yet synced" in text) == (not note.pushed)
    assert "No medical information" in panel.note_edit.placeholderText()
    assert panel.add_note_button.isEnabled()


def test_without_a_case_nothing_can_be_recorded(qtbot, ui_context):
    panel = _panel(qtbot, ui_context)
    panel.set_dossier(None)
    assert "no case" in panel.case_label.text()
    assert not panel.add_note_button.isEnabled()
    assert not panel.save_status_button.isEnabled()
    assert not panel.record_answer_button.isEnabled()
    assert panel.note_texts() == []


def test_the_answer_date_is_empty_and_cannot_be_in_the_future(qtbot, ui_context):
    panel = _panel(qtbot, ui_context)
    today = ui_context.desk.today()
    assert panel.answer_date.edit.text() == "" and panel.answer_date.date() is None
    panel.answer_date.set_date(today)
    assert panel.answer_date.date() == today
    panel.answer_date.edit.setText((today + timedelta(days=3)).strftime("%d/%m/%Y"))
    assert panel.answer_date.date() is None
    assert panel.answer_date.problem() == "The answer date cannot be in the future."
    panel.answer_date.edit.setText("31/02/2025")
    assert panel.answer_date.problem() == "Type the answer date as dd/mm/yyyy."


def test_typed_answer_dates_in_the_usual_forms():
    assert parse_day("21/11/2026") == date(2026, 11, 21)
    assert parse_day(" 1.2.2026 ") == date(2026, 2, 1)
    assert parse_day("21-11-2026") == parse_day("21112026") == date(2026, 11, 21)
    assert parse_day("") is None and parse_day("2026-11-21") is None
    assert parse_day("30/02/2026") is None


def _waiting_case(ctx) -> tuple[str, str]:
    """A case waiting for the answer to a proposal that was sent, no answer yet."""
    with ctx.desk.cache.sessions() as session:
        row = session.execute(
            select(Person.insz, Case.reference)
            .join(Case, Case.person_id == Person.id)
            .where(
                Case.status == CaseStatus.WAITING_FOR_ANSWER,
                Case.proposal_sent_on.is_not(None),
                Case.answer.is_(None),
            )
            .order_by(Person.id)
        ).first()
    assert row is not None
    return row.insz, row.reference


def _stored_answer(ctx, reference: str):
    with ctx.desk.cache.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        return case.answer, case.answer_date


def test_a_waiting_case_suggests_no_answer_and_enter_records_nothing(qtbot, ui_context):
    insz, reference = _waiting_case(ui_context)
    panel = _panel(qtbot, ui_context)
    panel.set_dossier(_view(ui_context, insz))
    seen: list = []
    ui_context.changes.changed.connect(seen.append)

    # nothing chosen, no date, nothing to press
    assert panel.answer_combo.currentText() == "Choose the answer ..."
    assert panel.chosen_answer() is None
    assert panel.answer_date.edit.text() == "" and not panel.answer_date.isEnabled()
    assert not panel.record_answer_button.isEnabled()
    assert "Choose the applicant's answer" in panel.record_answer_button.toolTip()
    assert not panel.answer_hint.isVisible()  # a line in the panel only for a wrong date
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.answer_combo.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(panel.answer_combo, key)
    panel.answer_date.edit.setFocus()
    qtbot.keyClick(panel.answer_date.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.record_answer_button, Qt.MouseButton.LeftButton)
    panel.record_answer()
    assert wait_for_ops(10_000)
    assert seen == [] and _stored_answer(ui_context, reference) == (None, None)

    # an answer chosen: still no date, still nothing to record
    panel.answer_combo.setCurrentIndex(panel.answer_combo.findData("refused"))
    assert panel.answer_date.isEnabled() and panel.answer_date.edit.text() == ""
    assert not panel.record_answer_button.isEnabled()
    assert panel.record_answer_button.toolTip() == "Give the date of the answer (dd/mm/yyyy)."
    qtbot.keyClick(panel.answer_date.edit, Qt.Key.Key_Return)
    assert wait_for_ops(10_000)
    assert seen == [] and _stored_answer(ui_context, reference) == (None, None)


def test_choosing_an_answer_and_typing_its_date_records_it(qtbot, ui_context):
    insz, reference = _waiting_case(ui_context)
    panel = _panel(qtbot, ui_context)
    panel.set_dossier(_view(ui_context, insz))
    when = ui_context.desk.today() - timedelta(days=2)
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.answer_combo.setCurrentIndex(panel.answer_combo.findData("refused"))
    panel.answer_date.edit.setFocus()
    qtbot.keyClicks(panel.answer_date.edit, when.strftime("%d/%m/%Y"))
    assert panel.record_answer_button.isEnabled() and not panel.answer_hint.isVisible()
    with qtbot.waitSignal(ui_context.changes.changed, timeout=10_000) as blocker:
        qtbot.keyClick(panel.answer_date.edit, Qt.Key.Key_Return)
    assert blocker.args == [frozenset({CASES, OUTBOX})]
    assert _stored_answer(ui_context, reference) == (Answer.REFUSED, when)
    assert panel.message.text() == "Answer recorded: Refused."


def test_ctrl_enter_adds_the_note_and_says_cases_and_outbox_changed(qtbot, ui_context):
    insz, reference = _person_with_case(ui_context)
    panel = _panel(qtbot, ui_context)
    panel.set_dossier(_view(ui_context, insz))
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "Phoned the mother")
    with qtbot.waitSignal(ui_context.changes.changed, timeout=10_000) as blocker:
        qtbot.keySequence(panel.note_edit, "Ctrl+Return")
    assert blocker.args == [frozenset({CASES, OUTBOX})]
    with ui_context.desk.cache.sessions() as session:
        texts = list(session.scalars(select(Note.text).where(Note.id < 0)))
    assert texts == ["Phoned the mother"]
    assert panel.note_edit.toPlainText() == ""
    assert "next sync" in panel.message.text()


def test_a_refused_change_is_said_in_words_and_nothing_is_signalled(qtbot, ui_context, monkeypatch):
    insz, _ = _person_with_case(ui_context)
    panel = _panel(qtbot, ui_context)
    panel.set_dossier(_view(ui_context, insz))
    seen: list = []
    ui_context.changes.changed.connect(seen.append)
    panel.note_edit.setPlainText("x" * (case_work.NOTE_MAX + 1))
    panel.add_note()
    qtbot.waitUntil(lambda: "at most" in panel.message.text(), timeout=10_000)
    assert panel.message.text().startswith("A note is at most")
    assert seen == []
    assert panel.note_edit.toPlainText()  # kept, so the handler can shorten it
    assert panel.add_note_button.isEnabled()


def test_an_answer_can_be_recorded_only_once_the_proposal_was_sent(qtbot, ui_context):
    def first_case(sent: bool) -> str:
        with ui_context.desk.cache.sessions() as session:
            sent_on = Case.proposal_sent_on
            return session.execute(
                select(Person.insz)
                .join(Case, Case.person_id == Person.id)
                .where(sent_on.is_not(None) if sent else sent_on.is_(None))
                .order_by(Person.id)
            ).first()[0]

    panel = _panel(qtbot, ui_context)
    panel.set_dossier(_view(ui_context, first_case(sent=False)))
    assert panel.save_status_button.isEnabled()
    assert not panel.record_answer_button.isEnabled()
    assert "once the renunciation proposal was sent" in panel.answer_box.toolTip()
    panel.set_dossier(_view(ui_context, first_case(sent=True)))
    assert panel.record_answer_button.isEnabled() and panel.answer_box.toolTip() == ""


def test_a_day_picked_in_the_calendar_is_the_answer_date(qtbot, ui_context):
    insz, _ = _waiting_case(ui_context)
    panel = _panel(qtbot, ui_context)
    panel.set_dossier(_view(ui_context, insz))
    panel.answer_combo.setCurrentIndex(panel.answer_combo.findData("accepted_renunciation"))
    assert panel.answer_date.calendar is None  # made when asked for
    qtbot.mouseClick(panel.answer_date.calendar_button, Qt.MouseButton.LeftButton)
    calendar = panel.answer_date.calendar
    assert calendar is not None and calendar.isVisible()
    today = ui_context.desk.today()
    assert calendar.maximumDate().toPython() == today  # never a future day
    calendar.clicked.emit(calendar.selectedDate().addDays(-1))
    assert panel.answer_date.date() == today - timedelta(days=1)
    assert panel.record_answer_button.isEnabled()
    qtbot.waitUntil(lambda: panel.answer_date.calendar is None, timeout=2_000)
