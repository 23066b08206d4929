"""The conflicts dialog as a handler uses it: a case an.demo changed while it was also
changed centrally is listed with both versions in words; "Keep mine" pushes an.demo's
version at the next sync, "Keep the central version" drops it; a refused note is shown
with its reason and dropped; the status bar's "Resolve ..." opens the dialog."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from cumuldesk.services.cases import add_note, record_answer
from cumuldesk.services.sync_service import SyncState, sync_once
from cumuldesk.storage.cache_models import CONFLICT, PENDING, REJECTED
from cumuldesk.storage.models import Answer, Case, CaseStatus
from cumuldesk.sync.outbox import items
from cumuldesk.ui.kit.changes import CASES, OUTBOX
from cumuldesk.ui.kit.formatting import moment
from cumuldesk.ui.shell.conflicts_dialog import ConflictsDialog
from cumuldesk.ui.shell.status_bar import SyncStatusBar

CENTRAL_CHANGE = datetime(2026, 11, 23, 8, 45, tzinfo=UTC)  # eva.demo, meanwhile
ANSWERED_ON = date(2026, 11, 20)
TEXT = "Applicant rang back about the proposal"


def open_cases(ctx, count: int) -> list[str]:
    """References of an.demo's team cases waiting for an answer to a proposal sent before
    ANSWERED_ON (an answer needs a sent proposal)."""
    with ctx.desk.cache.sessions() as session:
        return list(
            session.scalars(
                select(Case.reference)
                .where(
                    Case.team == ctx.desk.identity.team,
                    Case.answer.is_(None),
                    Case.answer_date.is_(None),
                    Case.status == CaseStatus.WAITING_FOR_ANSWER,
                    Case.proposal_sent_on <= ANSWERED_ON,
                )
                .order_by(Case.id)
                .limit(count)
            )
        )


def central_case(ctx, reference: str) -> Case:
    central = ctx.desk.connect()
    try:
        with central.sessions() as session:
            return session.scalars(select(Case).where(Case.reference == reference)).one()
    finally:
        central.close()


def cached_case(ctx, reference: str) -> Case:
    with ctx.desk.cache.sessions() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def sync(ctx):
    central = ctx.desk.connect()
    try:
        return sync_once(central, ctx.desk.cache, ctx.desk.identity, clock=ctx.desk.clock)
    finally:
        central.close()


@pytest.fixture
def conflict(ui_context) -> str:
    """A case whose answer an.demo recorded offline while it was put back "in review"
    centrally; the sync found the conflict. Returns its reference."""
    ctx = ui_context
    [reference] = open_cases(ctx, 1)
    record_answer(
        ctx.desk.cache, ctx.desk.identity, reference, Answer.ACCEPTED_RENUNCIATION, ANSWERED_ON,
        clock=ctx.desk.clock,
    )  # fmt: skip
    central = ctx.desk.connect()
    try:
        with central.sessions.begin() as session:  # the change_seq trigger bumps it
            session.execute(
                update(Case)
                .where(Case.reference == reference)
                .values(status=CaseStatus.IN_REVIEW, updated_at=CENTRAL_CHANGE)
            )
    finally:
        central.close()
    assert sync(ctx).pushed.conflicts == 1
    return reference


@pytest.fixture
def refused(ui_context) -> str:
    """A note an.demo wrote on a case that was deleted centrally before the sync."""
    ctx = ui_context
    reference = open_cases(ctx, 2)[-1]
    add_note(ctx.desk.cache, ctx.desk.identity, reference, TEXT, clock=ctx.desk.clock)
    central = ctx.desk.connect()
    try:
        with central.sessions.begin() as session:
            session.delete(session.scalars(select(Case).where(Case.reference == reference)).one())
    finally:
        central.close()
    assert sync(ctx).pushed.rejected == 1
    return reference


def shown_dialog(qtbot, ctx) -> ConflictsDialog:
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def table(dialog: ConflictsDialog) -> list[list[str]]:
    model = dialog.fields_model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_both_versions_are_shown_in_words_side_by_side(qtbot, ui_context, conflict):
    dialog = shown_dialog(qtbot, ui_context)

    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == f"\u26a0 Conflict: {conflict}"
    assert dialog.detail.currentWidget() is dialog.conflict_page
    assert dialog.conflict_page.isVisible() and not dialog.drop_button.isVisible()
    assert dialog.conflict_title.text().startswith(f"\u26a0 Conflict on the case {conflict} (")
    assert f"was changed on {moment(CENTRAL_CHANGE)}" in dialog.conflict_text.text()
    assert table(dialog) == [
        ["Status", "Answered", "In review", "differs"],
        ["Applicant's answer", "Accepted the renunciation", "none yet", "differs"],
        ["Date of the answer", "20/11/2026", "not set", "differs"],
    ]
    assert [dialog.fields_model.headerData(c, Qt.Orientation.Horizontal, 0) for c in (1, 2)] == [
        "Your version",
        "Central version",
    ]
    assert "Status: yours Answered, central In review" in (
        dialog.fields_view.accessibleDescription()
    )
    assert dialog.keep_mine_button.isEnabled() and dialog.keep_theirs_button.isEnabled()
    assert dialog.list.hasFocus()  # keyboard first: Up/Down, then Tab to the choices


def test_keep_mine_pushes_my_version_at_the_next_sync(qtbot, ui_context, conflict):
    dialog = shown_dialog(qtbot, ui_context)
    with qtbot.waitSignal(
        ui_context.changes.changed, check_params_cb=lambda kinds: {CASES, OUTBOX} <= kinds
    ):
        dialog.keep_mine_button.click()
    qtbot.waitUntil(lambda: dialog.body.currentWidget() is dialog.empty_label, timeout=10_000)
    assert dialog.empty_label.text() == "No conflicts or refused changes."
    assert dialog.message.text() == (
        f"Your version of {conflict} is kept; it goes to the central database with the next sync."
    )
    [waiting] = items(ui_context.desk.cache, states=[PENDING, CONFLICT], kinds=["case"])
    assert waiting.state == PENDING
    assert central_case(ui_context, conflict).status is CaseStatus.IN_REVIEW

    report = sync(ui_context)

    assert (report.pushed.applied, report.pushed.conflicts) >= (1, 0)
    case = central_case(ui_context, conflict)
    assert (case.status, case.answer, case.answer_date) == (
        CaseStatus.ANSWERED,
        Answer.ACCEPTED_RENUNCIATION,
        ANSWERED_ON,
    )
    assert items(ui_context.desk.cache, states=[PENDING, CONFLICT], kinds=["case"]) == []


def test_keep_the_central_version_from_the_keyboard(qtbot, ui_context, conflict):
    dialog = shown_dialog(qtbot, ui_context)
    assert cached_case(ui_context, conflict).status is CaseStatus.ANSWERED  # mine, until I choose
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Keep the &central
    qtbot.waitUntil(lambda: dialog.body.currentWidget() is dialog.empty_label, timeout=10_000)

    case = cached_case(ui_context, conflict)
    assert (case.status, case.answer, case.answer_date) == (CaseStatus.IN_REVIEW, None, None)
    assert items(ui_context.desk.cache, states=[PENDING, CONFLICT], kinds=["case"]) == []
    assert dialog.message.text().startswith(f"The central version of {conflict} is kept")


def test_a_refused_note_shows_its_reason_and_is_dropped(
    qtbot, ui_context, conflict, refused, monkeypatch
):
    dialog = shown_dialog(qtbot, ui_context)
    assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == [
        f"\u26a0 Conflict: {conflict}",
        "\u2716 Refused: a note on a case no longer cached",
    ]
    dialog.list.setCurrentRow(1)
    assert dialog.detail.currentWidget() is dialog.refused_page
    assert dialog.drop_button.isVisible() and not dialog.keep_mine_button.isVisible()
    assert dialog.reason_label.text().endswith(
        "The central database refused it because the case no longer exists in the central database."
    )
    assert dialog.content_view.toPlainText() == TEXT

    asked = []
    monkeypatch.setattr(ConflictsDialog, "confirm_drop", lambda self, c: asked.append(c) or False)
    dialog.drop_button.click()  # "No": nothing happens
    assert len(asked) == 1 and len(items(ui_context.desk.cache, states=[REJECTED])) == 1

    monkeypatch.setattr(ConflictsDialog, "confirm_drop", lambda self, c: True)
    dialog.drop_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert items(ui_context.desk.cache, states=[REJECTED]) == []
    assert dialog.message.text() == "The refused change was dropped."
    assert dialog.detail.currentWidget() is dialog.conflict_page  # the conflict still waits


def test_nothing_waiting_says_so(qtbot, ui_context):
    dialog = shown_dialog(qtbot, ui_context)
    assert dialog.body.currentWidget() is dialog.empty_label
    assert dialog.empty_label.isVisible()
    assert dialog.empty_label.text() == "No conflicts or refused changes."


def test_the_status_bar_link_opens_the_dialog(qtbot, ui_context, monkeypatch):
    bar = SyncStatusBar(ui_context)
    qtbot.addWidget(bar)
    bar.show()
    bar.set_state(SyncState(True, None, pending=2, conflicts=0, rejected=0))
    assert not bar.conflicts_button.isVisible()

    bar.set_state(SyncState(True, None, pending=2, conflicts=1, rejected=1))
    assert bar.waiting_label.text() == "2 changes waiting, 1 conflict, 1 refused"
    assert bar.conflicts_button.isVisible() and bar.conflicts_button.text() == "Resolve ..."
    assert bar.conflicts_button.accessibleName() == "Resolve conflicts and refused changes"

    shown = []

    def fake_exec(dialog):
        shown.append((dialog.ctx, dialog.parentWidget()))
        return 0

    monkeypatch.setattr(ConflictsDialog, "exec", fake_exec)
    with qtbot.waitSignal(bar.conflicts_requested):
        bar.conflicts_button.click()
    assert shown == [(ui_context, bar)]


def test_the_sync_menu_opens_the_dialog_too(qtbot, ui_context, monkeypatch):
    from cumuldesk.ui.shell.main_window import MainWindow

    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(ConflictsDialog, "exec", lambda dialog: shown.append(dialog.ctx) or 0)
    assert window.conflicts_action in window.sync_menu.actions()
    assert window.conflicts_action.shortcut().toString() == "Ctrl+Shift+K"
    window.conflicts_action.trigger()
    assert shown == [ui_context]
