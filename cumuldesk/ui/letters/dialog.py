"""The letters of a case, drafted from a simulation: the letter to the applicant (the
renunciation proposal, in the applicant's language) and the advice note (internal, in
the handler's language), each in a rich-text editor prefilled from the simulation.

The handler edits, saves drafts and finalises (after a confirmation; a second, explicit
one when the simulation used unverified parameters). A finalised letter is read-only and
shows when, by whom and its SHA-256; opening the case again shows the stored letter, not
a new draft. The dialog composes its parts: the editors (`ui.letters.editor`), print
preview, print and PDF export (`ui.letters.output.LetterOutput`), saving and finalising
(`ui.letters.actions.LetterActions`); it reads and writes through the handler's desk
(`Desk.letter_setup`, `save_letter_draft`, `finalise_letter`, `record_letter_output`),
always in background ops.

When no letter to the applicant applies (Wallonia; IVT/IT more favourable; no month with
a ban) the dialog says why and offers the advice note only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.domain.cases import LetterKind
from cumuldesk.services.letters.setup import LetterSetup, LetterSlot
from cumuldesk.services.letters.store import StoredLetter
from cumuldesk.services.reports import SimulationReport
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.ops import LOCAL, Op, OpState, user_message
from cumuldesk.ui.letters.actions import LetterActions
from cumuldesk.ui.letters.editor import LetterEditor
from cumuldesk.ui.letters.load import ADVICE, ANSWER_DAYS, PROPOSAL
from cumuldesk.ui.letters.output import LetterOutput, Printable
from cumuldesk.ui.letters.texts import (
    WARNING,
    file_stem,
    info_text,
    name_in_sentence,
    notices,
    sender_text,
    state_text,
    tab_name,
    unverified_text,
)

GEOMETRY = "letters"
NATIVE = QKeySequence.SequenceFormat.NativeText


class LetterDialog(QDialog):
    """See the module text. `setup` is None until the letters are loaded; `slots` and
    `editors` by LetterKind (only the kinds shown have an editor)."""

    def __init__(
        self, ctx: AppContext, insz: str, report: SimulationReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.insz = insz
        self.report = report
        self.setup: LetterSetup | None = None
        self.slots: dict[LetterKind, LetterSlot] = {}
        self.editors: dict[LetterKind, LetterEditor] = {}
        self.loading = False
        self.output = LetterOutput(self, ctx.desk, ctx.changes)
        self.output.message.connect(self.show_message)
        self.letter_actions = LetterActions(self, ctx.desk, ctx.changes)
        self.letter_actions.message.connect(self.show_message)
        self.letter_actions.saved.connect(self._stored)
        self.letter_actions.busy_changed.connect(self._update_buttons)
        self._build()
        self.retranslate_ui()
        self._restore_geometry()
        self._update_buttons()
        self.load()

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.unverified = QLabel(self)
        self.unverified.setWordWrap(True)
        self.unverified.setVisible(False)
        self.tabs = QTabWidget(self)
        self.tabs.currentChanged.connect(self._update_buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        def button(slot: Callable[..., Any]) -> QPushButton:
            made = QPushButton(self)
            made.setAutoDefault(False)  # Enter in a field must not print or finalise
            made.clicked.connect(slot)
            return made

        self.save_button = button(self.save_current)
        self.finalise_button = button(self.finalise_current)
        self.redraft_button = button(self.redraft_current)
        self.preview_button = button(lambda: self._output(self.output.preview))
        self.print_button = button(lambda: self._output(self.output.print))
        self.pdf_button = button(lambda: self._output(self.output.export_pdf))
        self.close_button = button(self.reject)
        self.save_action = self._shortcut("Ctrl+S", self.save_button)
        self.print_action = self._shortcut("Ctrl+P", self.print_button)
        self.preview_action = self._shortcut("Ctrl+Shift+P", self.preview_button)

        buttons = QHBoxLayout()
        for widget in (self.save_button, self.finalise_button, self.redraft_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(widget)
        buttons.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.unverified)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _shortcut(self, keys: str, button: QPushButton) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))

        def press() -> None:
            if button.isEnabled():
                button.click()

        action.triggered.connect(press)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        reference = self.setup.reference if self.setup else None
        title = self.tr("Letters")
        self.setWindowTitle(f"{title} \u2013 {reference}" if reference else title)
        self.setAccessibleName(title)
        buttons = {
            self.save_button: (self.tr("&Save draft"), self.tr("Store this text as a draft")),
            self.finalise_button: (
                self.tr("&Finalise\u2026"),
                self.tr(
                    "Store the letter for good, with date, author and fingerprint: it cannot "
                    "be changed afterwards"
                ),
            ),
            self.redraft_button: (
                self.tr("&New draft from the simulation"),
                self.tr("Replace the text with a new draft from this simulation"),
            ),
            self.preview_button: (self.tr("Print pre&view\u2026"), self.tr("Print preview")),
            self.print_button: (self.tr("&Print\u2026"), self.tr("Print the letter")),
            self.pdf_button: (self.tr("Export P&DF\u2026"), self.tr("Save the letter as a PDF")),
            self.close_button: (self.tr("&Close"), self.tr("Close the letters (Esc)")),
        }
        keys = {
            self.save_button: self.save_action,
            self.print_button: self.print_action,
            self.preview_button: self.preview_action,
        }
        for button, (text, tip) in buttons.items():
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").replace("\u2026", ""))
            if button in keys:
                tip = f"{tip} ({keys[button].shortcut().toString(NATIVE)})"
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        self.tabs.setAccessibleName(self.tr("Letters of the case"))
        self.tabs.tabBar().setAccessibleName(self.tr("Letters of the case"))  # Tab stops here
        self.tabs.tabBar().setAccessibleDescription(
            self.tr("The letter to the applicant and the advice note: Left and Right arrows switch")
        )
        self.heading.setAccessibleName(self.tr("Dossier"))
        self.notice.setAccessibleName(self.tr("Notice"))
        self.unverified.setAccessibleName(self.tr("Values to check"))
        self.message.setAccessibleName(self.tr("Result of the last action"))
        if self.setup is None:
            self.notice.setText(self.tr("Loading the dossier and its letters ..."))
        else:
            self._render_texts()

    def _render_texts(self) -> None:
        setup = self.setup
        assert setup is not None
        case = self.tr("case %1").replace("%1", setup.reference) if setup.reference else ""
        parts = (setup.name, setup.formatted_insz, case)
        self.heading.setText(" \u2013 ".join(part for part in parts if part))
        lines = notices(setup)
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))
        pending = [slot.draft for slot in self.slots.values() if slot.editable and slot.draft]
        values = [value for draft in pending for value in draft.unverified_values]
        fields = [field for draft in pending for field in draft.sender_to_check]
        warnings = [unverified_text(values)] if values else []
        if fields:
            warnings.append(sender_text(tuple(dict.fromkeys(fields))))
        self.unverified.setText("\n".join(warnings))
        self.unverified.setVisible(bool(warnings))
        for kind, editor in self.editors.items():
            self.tabs.setTabText(self.tabs.indexOf(editor), tab_name(kind))
            editor.set_info(info_text(self.slots[kind], ANSWER_DAYS))
            self._render_state(kind)

    def _render_state(self, kind: LetterKind) -> None:
        slot, editor = self.slots[kind], self.editors[kind]
        editor.set_status(state_text(slot, modified=editor.is_modified()))
        editor.set_finalised(slot.finalised or slot.draft is None)

    # ----------------------------------------------------------------- loading

    def load(self) -> None:
        desk, insz, report = self.ctx.desk, self.insz, self.report

        def work(state: OpState) -> LetterSetup:
            return desk.letter_setup(insz, report, answer_days=ANSWER_DAYS)

        self.loading = True
        Op(self, work, lane=LOCAL).success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, setup: LetterSetup) -> None:
        self.loading = False
        self.setup = setup
        self.slots = {PROPOSAL: setup.proposal, ADVICE: setup.advice}
        for kind, slot in self.slots.items():
            if not slot.available:
                continue
            editor = LetterEditor(name_in_sentence(kind), self.tabs)
            editor.set_html(slot.html)
            editor.text.document().modificationChanged.connect(self._update_buttons)
            self.editors[kind] = editor
            self.tabs.addTab(editor, tab_name(kind))
        self.retranslate_ui()
        self._update_buttons()
        if self.editors:
            self.tabs.setCurrentIndex(0)
            first = self.current_kind()
            if first is not None:
                self.editors[first].text.setFocus()
        else:
            self.close_button.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        text = self.tr("The letters cannot be opened: %1").replace("%1", user_message(exc))
        self.notice.setText(f"{WARNING} {text}")
        self._update_buttons()

    # ---------------------------------------------------------------- actions

    @property
    def busy(self) -> bool:
        """Loading the letters, or a write running: the buttons wait."""
        return self.loading or self.letter_actions.busy

    def current_kind(self) -> LetterKind | None:
        widget = self.tabs.currentWidget()
        return next((kind for kind, editor in self.editors.items() if editor is widget), None)

    def _update_buttons(self, *args: Any) -> None:
        kind = self.current_kind()
        slot = self.slots.get(kind) if kind else None
        editable = slot is not None and slot.editable
        idle = not self.busy
        self.save_button.setEnabled(idle and editable)
        self.finalise_button.setEnabled(idle and editable)
        self.redraft_button.setVisible(editable and slot is not None and slot.stored is not None)
        self.redraft_button.setEnabled(idle and editable)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(idle and slot is not None)
        if kind is not None:
            self._render_state(kind)

    def show_message(self, text: str, error: bool = False) -> None:
        symbol = WARNING if error else "\u2713"
        self.message.setText(f"{symbol} {text}" if text else "")
        self.message.setVisible(bool(text))

    def save_current(self, *args: Any) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.letter_actions.save(self.slots[kind], self.editors[kind])

    def finalise_current(self, *args: Any) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.letter_actions.finalise(self.slots[kind], self.editors[kind])

    def redraft_current(self, *args: Any) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.letter_actions.redraft(self.slots[kind], self.editors[kind])

    def _stored(self, letter: StoredLetter) -> None:
        """A write stored the case's letter of that kind: shown from now on."""
        if not isValid(self) or letter.kind not in self.slots:
            return
        self.slots[letter.kind] = replace(self.slots[letter.kind], stored=letter)
        if letter.finalised:
            self._render_texts()
        self._update_buttons()

    def printable(self, kind: LetterKind) -> Printable:
        """The letter as printed: a finalised letter's stored content, unchanged."""
        setup, slot, editor = self.setup, self.slots[kind], self.editors[kind]
        assert setup is not None
        stored = slot.stored
        html = stored.html if slot.finalised and stored else editor.html()
        draft = slot.draft
        reference = draft.reference if draft else setup.reference or ""
        title = draft.title if draft else tab_name(kind)
        stem = file_stem(kind, reference)
        language = draft.language if draft else stored.language if stored else None
        return Printable(kind, html, reference, setup.formatted_insz, title, stem, language)

    def _output(self, run: Callable[[Printable], None]) -> None:
        kind = self.current_kind()
        if kind is not None and not self.busy:
            run(self.printable(kind))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---------------------------------------------------------------- closing

    def modified_kinds(self) -> list[LetterKind]:
        return [kind for kind, editor in self.editors.items() if editor.is_modified()]

    def reject(self) -> None:
        """Close (Esc, Close): edits not saved are saved first, discarded, or the dialog
        stays, as the handler chooses."""
        modified = self.modified_kinds()
        if modified and not self.busy:
            answer = self.letter_actions.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self._save_all(modified)
                return
        self._close_now()

    def _save_all(self, kinds: list[LetterKind]) -> None:
        if not kinds:
            self._close_now()
            return
        kind = kinds[0]
        self.letter_actions.save(
            self.slots[kind], self.editors[kind], then=lambda: self._save_all(kinds[1:])
        )

    def _close_now(self) -> None:
        self._save_geometry()
        super().reject()

    # ---------------------------------------------------------------- geometry

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._save_geometry()
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.geometry(GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            metrics = self.fontMetrics()
            self.resize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 42)

    def _save_geometry(self) -> None:
        self.ctx.settings.set_geometry(GEOMETRY, self.saveGeometry())


def open_letter_dialog(ctx: AppContext, report: SimulationReport, parent: QWidget) -> LetterDialog:
    """Show the letters of the simulated dossier (`report.person`), modeless so the
    simulation stays in view. A dialog already open for the dossier is brought forward;
    it is replaced when the report changed and it holds no unsaved edits."""
    insz = report.person.insz
    for dialog in parent.findChildren(LetterDialog):
        if dialog.insz != insz or not dialog.isVisible():
            continue
        if dialog.report == report or dialog.modified_kinds():
            dialog.raise_()
            dialog.activateWindow()
            if dialog.report != report:
                dialog.show_message(
                    dialog.tr(
                        "The simulation changed: save or discard your edits and close, then "
                        "draft again to use the new figures."
                    ),
                    True,
                )
            return dialog
        dialog.close()
    dialog = LetterDialog(ctx, insz, report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
