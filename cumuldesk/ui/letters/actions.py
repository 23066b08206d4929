"""What the letters dialog does with a letter's text: save a draft, finalise (after a
confirmation; a second explicit one listing, in words, the computed and carried values
and the open points of law the simulation used), start again from the simulation, and
ask about unsaved edits on closing. Every write runs in a background op and is followed
by `changes.emit(CASES, OUTBOX)`.

A mixin of `LetterDialog` (it uses the dialog's ctx, slots, editors, busy flag,
`current_kind()`, `show_message()`, `_update_buttons()`, `_render_texts()`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import isValid

from cumuldesk.services.letters.drafting import StoredLetter, finalise, save_draft, stored_letters
from cumuldesk.ui.kit.changes import CASES, OUTBOX
from cumuldesk.ui.kit.ops import LOCAL, Op, user_message
from cumuldesk.ui.letters.load import choose_stored
from cumuldesk.ui.letters.output import UnverifiedConfirmation
from cumuldesk.ui.letters.texts import name_in_sentence


class LetterActions:
    """Save, finalise, redraft, close (see the module text)."""

    def save_current(self, *args: Any) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.save(kind)

    def save(self, kind: str, *, then: Callable[[], None] | None = None) -> None:
        slot, editor = self.slots[kind], self.editors[kind]
        if slot.draft is None or slot.finalised:
            return
        if not editor.plain_text().strip():
            self.show_message(
                QCoreApplication.translate(
                    "LetterDialog", "The letter is empty: nothing was saved."
                ),
                True,
            )
            return
        draft, html, ctx = slot.draft, editor.html(), self.ctx

        def work(state: Any) -> StoredLetter | None:
            save_draft(ctx.cache, ctx.identity, draft, html, clock=ctx.clock)
            return choose_stored(stored_letters(ctx.cache, draft.reference), kind)

        def saved(stored: StoredLetter | None) -> None:
            if not isValid(self):
                return
            self.busy = False
            if editor.html() == html:  # not edited again while saving
                editor.set_modified(False)
            self.slots[kind] = replace(self.slots[kind], stored=stored)
            self.show_message(QCoreApplication.translate("LetterDialog", "Draft saved."))
            self._update_buttons()
            ctx.changes.emit(CASES, OUTBOX)
            if then is not None:
                then()

        self._run(work, saved)

    def confirm_finalise(self, kind: str) -> bool:
        answer = QMessageBox.question(
            self,
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

    def finalise_current(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        slot, editor = self.slots[kind], self.editors[kind]
        if slot.draft is None or slot.finalised:
            return
        if not editor.plain_text().strip():
            self.show_message(
                QCoreApplication.translate(
                    "LetterDialog", "The letter is empty: it cannot be finalised."
                ),
                True,
            )
            return
        if not self.confirm_finalise(kind):
            return
        draft, html, ctx = slot.draft, editor.html(), self.ctx
        confirmed = False
        if draft.unverified:
            confirm = UnverifiedConfirmation(draft.unverified_values, self)
            accepted = confirm.exec() == QDialog.DialogCode.Accepted
            confirmed = accepted and confirm.checked.isChecked()
            confirm.deleteLater()
            if not confirmed:
                self.show_message(
                    QCoreApplication.translate(
                        "LetterDialog", "Not finalised: the values were not confirmed."
                    )
                )
                return

        def work(state: Any) -> StoredLetter:
            return finalise(
                ctx.cache,
                ctx.identity,
                draft,
                html,
                confirmed_unverified=confirmed,
                clock=ctx.clock,
            )

        def done(stored: StoredLetter) -> None:
            if not isValid(self):
                return
            self.busy = False
            self.slots[kind] = replace(self.slots[kind], stored=stored)
            editor.set_modified(False)
            self.show_message(QCoreApplication.translate("LetterDialog", "Finalised and stored."))
            self._render_texts()
            self._update_buttons()
            ctx.changes.emit(CASES, OUTBOX)

        self._run(work, done)

    def redraft_current(self) -> None:
        kind = self.current_kind()
        slot = self.slots.get(kind) if kind else None
        if slot is None or slot.draft is None or slot.finalised:
            return
        editor = self.editors[kind]
        editor.set_html(slot.draft.html)
        editor.set_modified(True)  # the saved draft stays until this one is saved
        self.show_message(
            QCoreApplication.translate(
                "LetterDialog",
                "A new draft from the simulation; the saved draft stays until you save.",
            )
        )

    def _run(self, work: Callable[[Any], Any], success: Callable[[Any], None]) -> None:
        self.busy = True
        self._update_buttons()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.busy = False
            self._update_buttons()
            self.show_message(user_message(exc), True)

        Op(self, work, lane=LOCAL).success(success).failure(failed).run()

    # ---------------------------------------------------------------- closing

    def modified_kinds(self) -> list[str]:
        return [kind for kind, editor in self.editors.items() if editor.is_modified()]

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            QCoreApplication.translate("LetterDialog", "Unsaved changes"),
            QCoreApplication.translate(
                "LetterDialog", "Save your changes as a draft before closing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def reject(self) -> None:
        modified = self.modified_kinds()
        if modified and not self.busy:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self._save_all(modified)
                return
        self._close_now()

    def _save_all(self, kinds: list[str]) -> None:
        if not kinds:
            self._close_now()
            return
        self.save(kinds[0], then=lambda: self._save_all(kinds[1:]))

    def _close_now(self) -> None:
        self._save_geometry()
        QDialog.reject(self)
