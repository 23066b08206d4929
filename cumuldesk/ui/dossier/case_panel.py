"""The case beside the dossier: its status, the applicant's answer and the work notes.

Each action writes the local cache and its outbox item through the desk (`Desk.add_note`,
`change_case`, `record_answer`) in a background op (local lane), which broadcasts what
the write changed (the case and the outbox) on the window's changes signal: the dossier
page reloads and hands the fresh `DossierView` back to `set_dossier`.
A refused change (an empty note, an answer date in the future) is said in words in the
panel itself. Notes are procedural: never medical information.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.domain.cases import Answer, CaseStatus
from cumuldesk.errors import CumulDeskError
from cumuldesk.services.desk import Changes, Desk
from cumuldesk.services.dossiers.store import CaseView, DossierView, NoteView
from cumuldesk.ui.dossier.answer_date import AnswerDateField
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import day, moment
from cumuldesk.ui.kit.ops import LOCAL, Op, user_message

CONTEXT = "CasePanel"

# human labels (translated where shown)
_STATUS_LABELS = {
    CaseStatus.NEW: QT_TRANSLATE_NOOP("CasePanel", "New"),
    CaseStatus.IN_REVIEW: QT_TRANSLATE_NOOP("CasePanel", "In review"),
    CaseStatus.PROPOSAL_TO_SEND: QT_TRANSLATE_NOOP("CasePanel", "Proposal to send"),
    CaseStatus.WAITING_FOR_ANSWER: QT_TRANSLATE_NOOP("CasePanel", "Waiting for the answer"),
    CaseStatus.ANSWERED: QT_TRANSLATE_NOOP("CasePanel", "Answered"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CasePanel", "Closed"),
}
_ANSWER_LABELS = {
    Answer.ACCEPTED_RENUNCIATION: QT_TRANSLATE_NOOP("CasePanel", "Accepted the renunciation"),
    Answer.REFUSED: QT_TRANSLATE_NOOP("CasePanel", "Refused"),
    Answer.NO_ANSWER: QT_TRANSLATE_NOOP("CasePanel", "No answer"),
}


def status_label(status: str | CaseStatus) -> str:
    """The handler's words for a case status ("Waiting for the answer")."""
    try:
        text = _STATUS_LABELS[CaseStatus(status)]
    except ValueError:
        return str(status)
    return QCoreApplication.translate(CONTEXT, str(text))


def answer_label(answer: str | Answer | None) -> str:
    if answer is None:
        return QCoreApplication.translate("CasePanel", "none yet")
    try:
        text = _ANSWER_LABELS[Answer(answer)]
    except ValueError:
        return str(answer)
    return QCoreApplication.translate(CONTEXT, str(text))


def sentence(message: str) -> str:
    """A service message as a sentence: capital first letter, full stop."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


class CasePanel(QWidget):
    """Status, answer and notes of the dossier's newest case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._case: CaseView | None = None
        self._shown_status: str | None = None
        self._notes: tuple[NoteView, ...] = ()
        self._busy = False

        self.case_label = QLabel()
        self.case_label.setWordWrap(True)
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # status
        self.status_box = QGroupBox()
        self.status_combo = QComboBox()
        for status in CaseStatus:
            self.status_combo.addItem("", status.value)
        self.status_caption = QLabel()
        self.status_caption.setBuddy(self.status_combo)
        self.save_status_button = QPushButton()
        self.save_status_button.clicked.connect(self.save_status)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo, 1)
        status_row.addWidget(self.save_status_button)
        status_form = QFormLayout(self.status_box)
        status_form.addRow(self.status_caption, status_row)

        # answer: nothing chosen and no date until the handler gives them (an answer is
        # never suggested); Record answer waits for both
        self.answer_box = QGroupBox()
        self.answer_combo = QComboBox()
        self.answer_combo.addItem("", None)  # "Choose the answer ...": records nothing
        for answer in Answer:
            self.answer_combo.addItem("", answer.value)
        self.answer_combo.currentIndexChanged.connect(lambda _index: self._update_enabled())
        self.answer_caption = QLabel()
        self.answer_caption.setBuddy(self.answer_combo)
        self.answer_date = AnswerDateField()
        self.answer_date.changed.connect(self._update_enabled)
        self.answer_date.edit.returnPressed.connect(self.record_answer)
        self.answer_date_caption = QLabel()
        self.answer_date_caption.setBuddy(self.answer_date.edit)
        self.answer_hint = QLabel()
        self.answer_hint.setWordWrap(True)
        self.record_answer_button = QPushButton()
        self.record_answer_button.clicked.connect(self.record_answer)
        answer_form = QFormLayout(self.answer_box)
        answer_form.addRow(self.answer_caption, self.answer_combo)
        answer_form.addRow(self.answer_date_caption, self.answer_date)
        answer_form.addRow(self.answer_hint)
        answer_form.addRow(self.record_answer_button)

        # notes
        self.notes_box = QGroupBox()
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)
        self.notes_list.setAlternatingRowColors(True)
        self.notes_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.add_note_button = QPushButton()
        self.add_note_button.clicked.connect(self.add_note)
        self.add_note_shortcuts = [
            QShortcut(QKeySequence(keys), self.note_edit) for keys in ("Ctrl+Return", "Ctrl+Enter")
        ]
        for shortcut in self.add_note_shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.addWidget(self.notes_list, 1)
        notes_layout.addWidget(self.note_edit)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_note_button)
        notes_layout.addLayout(add_row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_label)
        layout.addWidget(self.status_box)
        layout.addWidget(self.answer_box)
        layout.addWidget(self.notes_box, 1)
        layout.addWidget(self.message)

        for first, second in (
            (self.status_combo, self.save_status_button),
            (self.save_status_button, self.answer_combo),
            (self.answer_combo, self.answer_date.edit),
            (self.answer_date.edit, self.answer_date.calendar_button),
            (self.answer_date.calendar_button, self.record_answer_button),
            (self.record_answer_button, self.notes_list),
            (self.notes_list, self.note_edit),
            (self.note_edit, self.add_note_button),
        ):
            QWidget.setTabOrder(first, second)

        self.retranslate_ui()
        self._reset_answer_date()
        self._update_enabled()

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Case"))
        self.status_box.setTitle(self.tr("Case status"))
        self.status_caption.setText(self.tr("S&tatus:"))
        for index, status in enumerate(CaseStatus):
            self.status_combo.setItemText(index, status_label(status))
        self.status_combo.setAccessibleName(self.tr("Case status"))
        self.save_status_button.setText(self.tr("Save status"))
        self.save_status_button.setAccessibleName(self.tr("Save the case status"))
        self.status_combo.setAccessibleDescription(
            self.tr("Where the case stands; Save status keeps the choice (Alt+T)")
        )
        self.save_status_button.setToolTip(
            self.tr("Keep the status chosen; it is sent to the central database at the next sync")
        )

        self.answer_box.setTitle(self.tr("Applicant's answer"))
        self.answer_caption.setText(self.tr("A&nswer:"))
        self.answer_combo.setItemText(0, self.tr("Choose the answer ..."))
        for index, answer in enumerate(Answer, start=1):
            self.answer_combo.setItemText(index, answer_label(answer))
        self.answer_combo.setAccessibleName(self.tr("Applicant's answer"))
        self.answer_date_caption.setText(self.tr("Answer &date:"))
        self.answer_date.edit.setAccessibleName(self.tr("Date of the answer"))
        self.answer_date.edit.setAccessibleDescription(
            self.tr("The day the applicant answered, dd/mm/yyyy: today or earlier")
        )
        self.answer_hint.setAccessibleName(self.tr("What the answer still needs"))
        self.record_answer_button.setText(self.tr("Record answer"))
        self.record_answer_button.setAccessibleName(self.tr("Record the applicant's answer"))
        self.answer_combo.setAccessibleDescription(
            self.tr("What the applicant answered to the proposal (Alt+N)")
        )

        self.notes_box.setTitle(self.tr("Notes"))
        self.notes_list.setAccessibleName(self.tr("Notes of the case"))
        self.notes_list.setAccessibleDescription(
            self.tr("The procedural notes of the case, oldest first, with author and date")
        )
        self.note_edit.setPlaceholderText(
            self.tr("A procedural note. No medical information. Ctrl+Enter adds it.")
        )
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setAccessibleDescription(
            self.tr("Procedural notes only, no medical information; Ctrl+Enter adds the note")
        )
        self.add_note_button.setText(self.tr("Add note"))
        self.add_note_button.setToolTip(self.tr("Add the note (Ctrl+Enter)"))
        self.add_note_button.setAccessibleName(self.tr("Add the note"))
        self.message.setAccessibleName(self.tr("Case message"))
        self.case_label.setAccessibleName(self.tr("Case reference"))
        self._show_case_text()
        self._fill_notes()
        self._update_enabled()  # the record button's tooltip says what is missing

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data

    @property
    def case_reference(self) -> str | None:
        return None if self._case is None else self._case.reference

    def set_dossier(self, view: DossierView | None) -> None:
        """Show the newest case of this dossier (None: nothing shown)."""
        case = None if view is None else view.case
        changed_case = (case is None) != (self._case is None) or (
            case is not None and self._case is not None and case.reference != self._case.reference
        )
        self._case = case
        if changed_case:
            self.message.clear()
            self.note_edit.clear()
            self._reset_answer_date()
        if case is not None and (changed_case or case.status != self._shown_status):
            index = self.status_combo.findData(case.status)
            if index >= 0:
                self.status_combo.setCurrentIndex(index)
            self._shown_status = case.status
            if case.answer is not None:  # the answer recorded, with its date
                answer_index = self.answer_combo.findData(case.answer)
                if answer_index >= 0:
                    self.answer_combo.setCurrentIndex(answer_index)
                    self.answer_date.set_date(case.answer_date)
        if case is None:
            self._shown_status = None
        self._notes = () if view is None or case is None else view.notes
        self._show_case_text()
        self._fill_notes()
        self._update_enabled()

    def _reset_answer_date(self) -> None:
        """No answer chosen and no date: the handler gives both (nothing is suggested)."""
        self.answer_combo.setCurrentIndex(0)
        self.answer_date.set_latest(self.ctx.desk.today())
        self.answer_date.clear()

    def chosen_answer(self) -> Answer | None:
        """The answer the handler chose (None while "Choose the answer ..." shows)."""
        value = self.answer_combo.currentData()
        return None if value is None else Answer(value)

    def answer_ready(self) -> bool:
        """An answer and a usable date were given."""
        return self.chosen_answer() is not None and self.answer_date.date() is not None

    def _show_case_text(self) -> None:
        case = self._case
        if case is None:
            self.case_label.setText(self.tr("This dossier has no case: nothing to record."))
            return
        lines = [self.tr("Case %1").replace("%1", case.reference)]
        if case.answer is not None:
            lines.append(
                self.tr("Answer: %1 (%2)")
                .replace("%1", answer_label(case.answer))
                .replace("%2", day(case.answer_date))
            )
        if case.deadline is not None:
            lines.append(self.tr("Deadline: %1").replace("%1", day(case.deadline)))
        self.case_label.setText("\n".join(lines))

    def _fill_notes(self) -> None:
        self.notes_list.clear()
        if not self._notes:
            empty = QListWidgetItem(self.tr("No notes yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes_list.addItem(empty)
            return
        for note in self._notes:
            unknown = self.tr("unknown author")
            head = f"{moment(note.created_at)} · {note.author or unknown}"
            if not note.pushed:
                head += " · " + self.tr("not yet synced")
            item = QListWidgetItem(f"{head}\n{note.text}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{head}. {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.pushed)
            self.notes_list.addItem(item)
        self.notes_list.scrollToBottom()

    def note_texts(self) -> list[str]:
        """What the notes list shows, one string per note (for tests and screen readers)."""
        return [
            self.notes_list.item(i).text()
            for i in range(self.notes_list.count())
            if self.notes_list.item(i).flags() != Qt.ItemFlag.NoItemFlags
        ]

    def _update_enabled(self) -> None:
        has_case = self._case is not None
        for widget in (self.status_box, self.answer_box, self.note_edit, self.add_note_button):
            widget.setEnabled(has_case and not self._busy)
        # an answer needs a renunciation proposal that was sent (the central database
        # refuses any other: docs/security.md)
        sent = self._case is not None and self._case.proposal_sent_on is not None
        self.answer_box.setEnabled(sent and not self._busy)
        self.answer_box.setToolTip(
            ""
            if sent or self._case is None
            else self.tr("An answer can be recorded once the renunciation proposal was sent")
        )
        chosen = self.chosen_answer() is not None
        self.answer_date.setEnabled(chosen)
        self.record_answer_button.setEnabled(self.answer_ready())
        # what is missing, on the button (a line in the panel only for a wrong date: the
        # panel stays short enough for a full-HD screen at 200 % font)
        if not chosen:
            missing = self.tr("Choose the applicant's answer, then give the date of the answer.")
        elif self.answer_date.is_empty():
            missing = self.tr("Give the date of the answer (dd/mm/yyyy).")
        else:
            missing = self.answer_date.problem()
        hint = self.answer_date.problem() if chosen else ""
        self.record_answer_button.setToolTip(
            missing or self.tr("Keep the answer with its date; it is sent at the next sync")
        )
        self.answer_hint.setText(hint)
        self.answer_hint.setVisible(bool(hint))

    # ------------------------------------------------------------------ actions

    def save_status(self) -> None:
        status = CaseStatus(self.status_combo.currentData())
        self._run(
            lambda desk, reference: desk.change_case(reference, status=status),
            self.tr("Status saved: %1.").replace("%1", status_label(status)),
        )

    def record_answer(self) -> None:
        answer, when = self.chosen_answer(), self.answer_date.date()
        if answer is None or when is None or not self.record_answer_button.isEnabled():
            return  # nothing is recorded without an answer and its date
        chosen: Answer = answer
        day_given: date = when
        self._run(
            lambda desk, reference: desk.record_answer(reference, chosen, day_given),
            self.tr("Answer recorded: %1.").replace("%1", answer_label(chosen)),
        )

    def add_note(self) -> None:
        text = self.note_edit.toPlainText()
        self._run(
            lambda desk, reference: desk.add_note(reference, text),
            self.tr("Note added; it goes to the central database with the next sync."),
            clear_note=True,
        )

    def _run(
        self,
        action: Callable[[Desk, str], Changes],
        done_text: str,
        *,
        clear_note: bool = False,
    ) -> None:
        if self._case is None or self._busy:
            return
        # read on the GUI thread; the worker gets plain values, never the widget (a
        # widget referenced from a worker could be freed there)
        reference, desk = self._case.reference, self.ctx.desk
        self._busy = True
        self._update_enabled()
        self.message.setText(self.tr("Saving ..."))

        def work(state: object) -> Changes:
            return action(desk, reference)

        def done(_: Changes) -> None:  # then the op broadcasts what changed
            self._busy = False
            self._update_enabled()
            self.message.setText(done_text)
            if clear_note:
                self.note_edit.clear()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_enabled()
            text = user_message(exc)
            self.message.setText(sentence(text) if isinstance(exc, CumulDeskError) else text)
            if clear_note:
                self.note_edit.setFocus()

        Op(self, work, lane=LOCAL, changes=self.ctx.changes).success(done).failure(failed).run()
