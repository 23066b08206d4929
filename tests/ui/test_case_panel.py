"""The case panel on its own: what it shows of a DossierView, the keyboard path for a note,
an answer date never in the future, the changes signal after a write."""

from __future__ import annotations

from sqlalchemy import select

from cumuldesk.services import cases as case_work
from cumuldesk.services.dossiers.store import open_dossier
from cumuldesk.storage.models import Case, Note, Person
from cumuldesk.ui.dossier.case_panel import CasePanel, status_label
from cumuldesk.ui.kit.changes import CASES, OUTBOX


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


def test_the_answer_date_defaults_to_today_and_cannot_be_in_the_future(qtbot, ui_context):
    panel = _panel(qtbot, ui_context)
    today = ui_context.desk.today()
    assert panel.answer_date.date().toPython() == today
    panel.answer_date.setDate(panel.answer_date.date().addDays(3))
    assert panel.answer_date.date().toPython() == today


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
