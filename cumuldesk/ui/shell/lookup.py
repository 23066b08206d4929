"""The look-up bar at the top of the main window: an INSZ field that accepts any pasted
form and says, as the handler types, the formatted number and birth date or what is
wrong; Enter (or Open) asks to open the dossier; the recent dossiers one click away.

The words come from `cumuldesk.services.dossiers.insz_feedback` (Qt-free: the number is
parsed once per change of the text, and Enter on a number already found valid asks to
open it without parsing it again); the recent dossiers from the desk
(`Desk.recent_dossiers`), read in a background op."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from cumuldesk.services.dossiers.insz_feedback import InszFeedback, describe_typed_insz
from cumuldesk.services.dossiers.recent import RecentDossier
from cumuldesk.ui.kit.changes import CASES, DOSSIERS
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import moment
from cumuldesk.ui.kit.i18n import translated
from cumuldesk.ui.kit.ops import LOCAL, Op

BUSY_AT_MOST_MS = 20_000  # a look-up that never reports back does not block the bar
VALID_MARK = "\u2713"  # check mark: not colour alone
ERROR_MARK = "\u26a0"  # warning sign


class LookupBar(QWidget):
    """INSZ field + live feedback + Open + recent dossiers (see the module text)."""

    open_requested = Signal(str)  # INSZ digits

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._feedback: InszFeedback = describe_typed_insz("")
        self._feedback_text = ""  # the text `_feedback` describes
        self._recent: list[RecentDossier] = []
        self._recent_op: Op[list[RecentDossier]] | None = None
        self._reload_again = False

        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(80)  # room for words pasted around the number
        self.label.setBuddy(self.field)
        self.open_button = QPushButton(self)
        self.open_button.setAutoDefault(False)
        self.recent_button = QPushButton(self)  # its menu opens on click, Alt+R or Space
        self.recent_button.setAutoDefault(False)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_button.setMenu(self.recent_menu)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(lambda: self.set_busy(False))

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.field, 0, 1)
        layout.addWidget(self.open_button, 0, 2)
        layout.addWidget(self.recent_button, 0, 3)
        layout.addWidget(self.feedback, 1, 1, 1, 3)
        layout.setColumnStretch(1, 1)
        self.setTabOrder(self.field, self.open_button)
        self.setTabOrder(self.open_button, self.recent_button)

        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self.request_open)
        self.open_button.clicked.connect(self.request_open)
        self.recent_menu.triggered.connect(self._recent_chosen)
        ctx.changes.changed.connect(self._changed)

        self.retranslate_ui()
        self._show(self._feedback)
        self._fill_recent_menu()
        self.reload_recent()

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&INSZ:"))
        self.field.setPlaceholderText(self.tr("YY.MM.DD-XXX.CC, or paste any form"))
        self.field.setAccessibleName(self.tr("INSZ"))
        self.field.setToolTip(
            self.tr("Type or paste a social security number (INSZ); Enter opens the dossier")
            + f" ({QKeySequence('Ctrl+L').toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open dossier"))
        self.open_button.setToolTip(self.tr("Open the dossier of this INSZ (Enter)"))
        self.recent_button.setText(self.tr("&Recent"))
        self.recent_button.setAccessibleName(self.tr("Recent dossiers"))
        self.recent_button.setToolTip(self.tr("The dossiers you opened last (Alt+R)"))
        # their names in the keyboard shortcuts list
        self.open_button.setWhatsThis(self.open_button.accessibleName())
        self.recent_button.setWhatsThis(self.recent_button.accessibleName())
        self.feedback.setAccessibleName(self.tr("INSZ check"))
        self._show(self._feedback)
        self._fill_recent_menu()

    # ---------------------------------------------------------------- the field

    def focus_field(self) -> None:
        """Put the cursor in the INSZ field, its text selected (to type over)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def feedback_text(self) -> str:
        return self.feedback.text()

    @property
    def current(self) -> InszFeedback:
        return self._feedback

    def _typed(self, text: str) -> None:
        if self._busy:
            self.set_busy(False)
        # the number shown formatted (`show_opened`) says what it said: no new parse
        if not (self._feedback.ok and text == self._feedback.formatted):
            self._feedback = describe_typed_insz(text)
        self._feedback_text = text
        self._show(self._feedback)

    def _show(self, feedback: InszFeedback) -> None:
        if self._busy:
            text = self.tr("Opening the dossier ...")
        elif feedback.ok:
            born = (
                self.tr("born {date}").format(date=feedback.birth_date.strftime("%d/%m/%Y"))
                if feedback.birth_date is not None
                else self.tr("birth date not fully known")
            )
            kind = (
                self.tr("BIS number")
                if feedback.kind == "BIS"
                else self.tr("national register number")
            )
            text = f"{VALID_MARK} {feedback.formatted}, {born}, {kind}"
        elif feedback.error:
            text = f"{ERROR_MARK} {translated(feedback.text or feedback.message)}"
        else:
            text = translated(feedback.text or feedback.message)
        self.feedback.setText(text)
        self.field.setAccessibleDescription(text)

    def request_open(self) -> None:
        """Enter or Open: emits `open_requested` when the INSZ is valid, else says what
        is wrong (an incomplete number too)."""
        if self._busy:
            return
        text = self.field.text()
        feedback = self._feedback
        if not (feedback.ok and self._feedback_text == text):  # valid: final changes nothing
            feedback = describe_typed_insz(text, final=True)
        self._feedback, self._feedback_text = feedback, text
        if not feedback.ok or feedback.digits is None:
            self._show(feedback)
            return
        self._show(feedback)
        self.open_requested.emit(feedback.digits)

    def set_busy(self, busy: bool) -> None:
        """While a dossier opens: Open is disabled and the bar says so. Typing again
        (or BUSY_AT_MOST_MS) ends it, so that a look-up that fails elsewhere never
        leaves the bar stuck."""
        self._busy = busy
        self.open_button.setEnabled(not busy)
        if busy:
            self._busy_timer.start(BUSY_AT_MOST_MS)
        else:
            self._busy_timer.stop()
        self._show(self._feedback)

    def show_opened(self, insz: str) -> None:
        """A dossier is on screen: the field shows its number formatted (when it still
        holds that number), selected so that the next number typed replaces it."""
        self.set_busy(False)
        if self._feedback.ok and self._feedback.digits == insz and self._feedback.formatted:
            self.field.setText(self._feedback.formatted)
            if self.field.hasFocus():
                self.field.selectAll()

    @property
    def busy(self) -> bool:
        return self._busy

    # ------------------------------------------------------------ recent dossiers

    def recent(self) -> list[RecentDossier]:
        return list(self._recent)

    def recent_op_done(self) -> bool:
        """No read of the recent dossiers under way (for tests)."""
        return self._recent_op is None or self._recent_op.finished

    def reload_recent(self) -> None:
        """Read the recent dossiers from the cache in the background."""
        if self._recent_op is not None and not self._recent_op.finished:
            self._reload_again = True
            return
        desk = self.ctx.desk
        self._recent_op = (
            Op(self, lambda state: desk.recent_dossiers(), lane=LOCAL)
            .success(self._recent_loaded)
            .failure(lambda exc: self._recent_loaded([]))
            .run()
        )

    def _recent_loaded(self, recent: list[RecentDossier]) -> None:
        self._recent = list(recent)
        self._fill_recent_menu()
        if self._reload_again:
            self._reload_again = False
            self.reload_recent()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        if not self._recent:
            empty = self.recent_menu.addAction(self.tr("No dossiers opened yet"))
            empty.setEnabled(False)
            return
        for item in self._recent:
            text = self.tr("{insz}  {name}  (opened {when})").format(
                insz=item.formatted, name=item.name, when=moment(item.opened_at)
            )
            action = self.recent_menu.addAction(text.replace("&", "&&"))
            action.setData(item.insz)

    def _recent_chosen(self, action: QAction) -> None:
        digits = action.data()
        if not digits:
            return
        self.field.setText(next((r.formatted for r in self._recent if r.insz == digits), digits))
        self.request_open()

    def _changed(self, kinds: frozenset[str]) -> None:
        if DOSSIERS in kinds or CASES in kinds:
            self.reload_recent()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
