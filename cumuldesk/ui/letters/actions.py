"""What the letters dialog does with a letter's text: save a draft, finalise (after a
confirmation; a second explicit one listing, in words, the computed and carried values
and the open points of law the simulation used), start again from the simulation, and
ask about unsaved edits on closing.

`LetterActions` is a part the dialog composes: it is given the widget its questions
belong to, the handler's desk and the window's changes signal, and each call the letter
(`LetterSlot`) and its editor. Every write runs in a background op on the desk, which
broadcasts what changed (the case and the outbox); the dialog hears how it went through
the signals: `saved` (the case's letter of that kind as stored now), `message` and
`busy_changed`. Translated in the context "LetterDialog"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from shiboken6 import isValid

from cumuldesk.domain.cases import LetterKind
from cumuldesk.services.desk import Desk
from cumuldesk.services.letters.setup import LetterSlot
from cumuldesk.services.letters.store import LetterSaved
from cumuldesk.ui.kit.changes import Changes
from cumuldesk.ui.kit.ops import LOCAL, Op, OpState, user_message
from cumuldesk.ui.letters.editor import LetterEditor
from cumuldesk.ui.letters.output import UnverifiedConfirmation
from cumuldesk.ui.letters.texts import name_in_sentence


class LetterActions(QObject):
    """Save, finalise, redraft, and the question about unsaved edits (see the module
    text). One write at a time: `busy` while it runs."""

    saved = Signal(object)  # StoredLetter: the case's letter of its kind, as stored now
    message = Signal(str, bool)  # what happened, for the dialog's message line; True: error
    busy_changed = Signal(bool)

    def __init__(self, widget: QWidget, desk: Desk, changes: Changes) -> None:
        super().__init__(widget)
        self.widget = widget
        self.desk = desk
        self.changes = changes
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    # ------------------------------------------------------------------ writes

    def save(
        self, slot: LetterSlot, editor: LetterEditor, *, then: Callable[[], None] | None = None
    ) -> None:
        """Save the editor's text as the case's draft of the slot's kind; `then` runs once
        it is saved (not when nothing is saved)."""
        draft = slot.draft
        if draft is None or slot.finalised:
            return
        if not editor.plain_text().strip():
            self.message.emit(
                QCoreApplication.translate(
                    "LetterDialog", "The letter is empty: nothing was saved."
                ),
                True,
            )
            return
        html, desk = editor.html(), self.desk

        def work(state: OpState) -> LetterSaved:
            return desk.save_letter_draft(draft, html)

        def saved(result: LetterSaved) -> None:
            if not isValid(self):
                return
            self._busy = False
            if editor.html() == html:  # not edited again while saving
                editor.set_modified(False)
            self.saved.emit(result.letter)
            self.message.emit(QCoreApplication.translate("LetterDialog", "Draft saved."), False)
            self.busy_changed.emit(False)
            if then is not None:
                then()

        self._run(work, saved)

    def confirm_finalise(self, kind: LetterKind) -> bool:
        answer = QMessageBox.question(
            self.widget,
            QCoreApplication.translate("LetterDialog", "Finalise"),
            QCoreApplication.translate(
                "LetterDialog",
                "Finalise the %1? It is stored with today's date, your name and its SHA-256 "
                "fingerprint, and it cannot be changed afterwards.",
            ).replace("%1", name_in_sentence(kind)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def finalise(self, slot: LetterSlot, editor: LetterEditor) -> None:
        """Finalise the editor's text as the case's letter of the slot's kind, once the
        handler confirmed it (and, when the simulation used values that are not sourced,
        confirmed those too)."""
        draft = slot.draft
        if draft is None or slot.finalised:
            return
        if not editor.plain_text().strip():
            self.message.emit(
                QCoreApplication.translate(
                    "LetterDialog", "The letter is empty: it cannot be finalised."
                ),
                True,
            )
            return
        if not self.confirm_finalise(slot.kind):
            return
        html, desk = editor.html(), self.desk
        confirmed = False
        if draft.to_confirm:
            confirm = UnverifiedConfirmation(
                draft.unverified_values,
                self.widget,
                sender_fields=draft.sender_to_check,
                sender_missing=draft.sender_missing,
            )
            accepted = confirm.exec() == QDialog.DialogCode.Accepted
            confirmed = accepted and confirm.checked.isChecked()
            confirm.deleteLater()
            if not confirmed:
                self.message.emit(
                    QCoreApplication.translate(
                        "LetterDialog", "Not finalised: the values were not confirmed."
                    ),
                    False,
                )
                return

        def work(state: OpState) -> LetterSaved:
            return desk.finalise_letter(draft, html, confirmed_unverified=confirmed)

        def done(result: LetterSaved) -> None:
            if not isValid(self):
                return
            self._busy = False
            editor.set_html(result.letter.html)  # as stored: without the draft's marks
            editor.set_modified(False)
            self.saved.emit(result.letter)
            self.message.emit(
                QCoreApplication.translate("LetterDialog", "Finalised and stored."), False
            )
            self.busy_changed.emit(False)

        self._run(work, done)

    def redraft(self, slot: LetterSlot, editor: LetterEditor) -> None:
        """Put a new draft from the simulation in the editor (saved only when the handler
        saves it)."""
        if slot.draft is None or slot.finalised:
            return
        editor.set_html(slot.draft.html)
        editor.set_modified(True)  # the saved draft stays until this one is saved
        self.message.emit(
            QCoreApplication.translate(
                "LetterDialog",
                "A new draft from the simulation; the saved draft stays until you save.",
            ),
            False,
        )

    def _run(
        self, work: Callable[[OpState], LetterSaved], success: Callable[[LetterSaved], None]
    ) -> None:
        self._busy = True
        self.busy_changed.emit(True)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._busy = False
            self.busy_changed.emit(False)
            self.message.emit(user_message(exc), True)

        Op(self.widget, work, lane=LOCAL, changes=self.changes).success(success).failure(
            failed
        ).run()

    # ---------------------------------------------------------------- closing

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save the edits as drafts before closing, discard them, or stay."""
        return QMessageBox.question(
            self.widget,
            QCoreApplication.translate("LetterDialog", "Unsaved changes"),
            QCoreApplication.translate(
                "LetterDialog", "Save your changes as a draft before closing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
