"""The "Sender block" part of the law-data page: DG HAN's own details printed on every
letter (organisation, postal address, phone, opening hours, signatory), per language, each
with its source, as this desk holds them (the local cache, as of the last sync).

A table of every field in every language (field, language, text, source, who published
it and when); a field nobody published says so, a field without a source says it is not
sourced (the letters ask to confirm both). Supervisors publish a field from here
(`PublishSenderDialog`, prefilled with the selected row; `Desk.publish_sender_value` on
the network lane, which copies the central sender block into this cache at once);
handlers read. Keyboard: the table, then Publish (Alt key) and Reload.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderField
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP
from cumuldesk.services.organisation import OrganisationEntry, Published
from cumuldesk.ui.kit.changes import SYNC
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import moment
from cumuldesk.ui.kit.ops import LOCAL, NETWORK, Op, user_message
from cumuldesk.ui.law.widgets import LawNotice
from cumuldesk.ui.simulation.widgets import ErrorMark

CONTEXT = "SenderBlock"
FIELD_NAMES = {
    SenderField.ORGANISATION: QT_TRANSLATE_NOOP("SenderBlock", "Organisation"),
    SenderField.ADDRESS: QT_TRANSLATE_NOOP("SenderBlock", "Postal address"),
    SenderField.PHONE: QT_TRANSLATE_NOOP("SenderBlock", "Phone"),
    SenderField.HOURS: QT_TRANSLATE_NOOP("SenderBlock", "Opening hours"),
    SenderField.SIGNATORY: QT_TRANSLATE_NOOP("SenderBlock", "Signatory"),
}
LANGUAGE_NAMES = {
    Language.NL: QT_TRANSLATE_NOOP("SenderBlock", "Dutch"),
    Language.FR: QT_TRANSLATE_NOOP("SenderBlock", "French"),
    Language.DE: QT_TRANSLATE_NOOP("SenderBlock", "German"),
}
COL_FIELD, COL_LANGUAGE, COL_TEXT, COL_SOURCE, COL_PUBLISHED = range(5)
ROWS = [(field, language) for field in SenderField for language in Language]

Entries = dict[tuple[SenderField, Language], OrganisationEntry]


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(field: SenderField) -> str:
    return _t(FIELD_NAMES[field])


def language_name(language: Language) -> str:
    return _t(LANGUAGE_NAMES[language])


class PublishSenderDialog(QDialog):
    """Publish one field of the sender block in one language (supervisors): the field,
    the language, the text (several lines) and its source. An empty text is said under
    it and nothing is sent; a refusal of the central database is shown in the dialog,
    which stays open with what was typed. Enter in the source (or Ctrl+Enter anywhere)
    publishes; Tab leaves the text."""

    published = Signal(object)  # services.organisation.Published

    def __init__(
        self,
        ctx: AppContext,
        entries: Entries,
        field: SenderField = SenderField.ORGANISATION,
        language: Language = Language.NL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries = entries
        self.sending = False
        self.result_value: Published | None = None
        self.field = QComboBox(self)
        for item in SenderField:
            self.field.addItem("", item.value)
        self.language = QComboBox(self)
        for code in Language:
            self.language.addItem("", code.value)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.source = QLineEdit(self)
        self.text_mark = ErrorMark(self)
        self.text_mark.hide()
        self.refusal = ErrorMark(self)
        self.refusal.hide()
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        self.labels = {key: QLabel(self) for key in ("field", "language", "text", "source")}
        for key, widget in (
            ("field", self.field),
            ("language", self.language),
            ("text", self.text),
            ("source", self.source),
        ):
            self.labels[key].setBuddy(widget)
        text_box = QWidget(self)
        box = QVBoxLayout(text_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.text)
        box.addWidget(self.text_mark)
        form = QFormLayout()
        form.addRow(self.labels["field"], self.field)
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.labels["text"], text_box)
        form.addRow(self.labels["source"], self.source)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.publish_button = QPushButton(self)
        self.buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setDefault(True)  # after it belongs to the dialog
        self.publish_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.field, self.language)
        self.setTabOrder(self.language, self.text)
        self.setTabOrder(self.text, self.source)
        self.setTabOrder(self.source, self.publish_button)
        self.setTabOrder(self.publish_button, self.cancel_button)

        self.field.setCurrentIndex(self.field.findData(field.value))
        self.language.setCurrentIndex(self.language.findData(language.value))
        self.field.currentIndexChanged.connect(self._prefill)
        self.language.currentIndexChanged.connect(self._prefill)
        self.retranslate_ui()
        self._prefill()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 46)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Publish a sender-block field"))
        self.setAccessibleName(self.windowTitle())
        self.note.setText(
            self.tr(
                "The text is printed on every letter in this language from the next sync of "
                "each desk. The previous text stays on record."
            )
        )
        for key, text in {
            "field": self.tr("&Field:"),
            "language": self.tr("&Language:"),
            "text": self.tr("&Text:"),
            "source": self.tr("&Source:"),
        }.items():
            self.labels[key].setText(text)
        for index, item in enumerate(SenderField):
            self.field.setItemText(index, field_name(item))
        for index, code in enumerate(Language):
            self.language.setItemText(index, language_name(code))
        self.field.setAccessibleName(self.tr("Field"))
        self.field.setAccessibleDescription(self.tr("The part of the sender block to publish"))
        self.language.setAccessibleName(self.tr("Language of the letters"))
        self.language.setAccessibleDescription(
            self.tr("The letters in this language print the text")
        )
        self.text.setAccessibleName(self.tr("Text"))
        self.text.setAccessibleDescription(
            self.tr("One line per printed line, for example the lines of the address")
        )
        self.source.setAccessibleName(self.tr("Source"))
        self.source.setPlaceholderText(self.tr("the public page or decision it comes from"))
        self.source.setAccessibleDescription(
            self.tr("Where the text comes from; without a source the letters ask to confirm it")
        )
        self.publish_button.setText(self.tr("&Publish"))
        self.publish_button.setToolTip(self.tr("Publish in the central database (Enter)"))
        self.cancel_button.setToolTip(self.tr("Close without publishing (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtGui import QKeyEvent

        if (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def chosen(self) -> tuple[SenderField, Language]:
        return SenderField(self.field.currentData()), Language(self.language.currentData())

    def _prefill(self) -> None:
        """The chosen field's text and source in force, to change from."""
        entry = self.entries.get(self.chosen())
        self.text.setPlainText(entry.value.text if entry else "")
        self.source.setText(entry.value.source if entry else "")
        self.source.setCursorPosition(0)  # its start shown, not its end
        self.text_mark.hide()

    def send(self) -> None:
        if self.sending:
            return
        self.refusal.hide()
        if not self.text.toPlainText().strip():
            self.text_mark.set_message(self.tr("Type the text to print."))
            self.text_mark.show()
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.text_mark.hide()
        field, language = self.chosen()
        text, source = self.text.toPlainText(), self.source.text()
        self._set_sending(True)
        desk = self.ctx.desk
        op = Op(
            self,
            lambda state: desk.publish_sender_value(field, language, text, source),
            lane=NETWORK,
        )
        op.with_progress(self.tr("Publishing ..."), cancellable=False)
        op.success(self._sent).failure(self._refused).run()

    def _set_sending(self, sending: bool) -> None:
        self.sending = sending
        for widget in (self.publish_button, self.field, self.language, self.text, self.source):
            widget.setEnabled(not sending)

    def _sent(self, done: Published) -> None:
        if not isValid(self):
            return
        self._set_sending(False)
        self.result_value = done
        self.published.emit(done)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_sending(False)
        self.refusal.set_message(
            self.tr("The central database did not publish it: {reason}").format(
                reason=user_message(exc)
            )
        )
        self.refusal.show()
        self.publish_button.setFocus(Qt.FocusReason.OtherFocusReason)


class SenderBlockPanel(QWidget):
    """See the module's docstring."""

    loaded = Signal(int)  # the table is filled: how many fields are published

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: Entries = {}
        self.loading = False
        self._loaded_once = False
        self.dialog: PublishSenderDialog | None = None
        self.supervisor = ctx.desk.identity.is_supervisor

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.notice = LawNotice(self)
        self.message = LawNotice(self)
        self.table = QTableWidget(len(ROWS), 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda *_: self.open_publish())
        self.publish_button = QPushButton(self)
        self.publish_button.clicked.connect(self.open_publish)
        self.publish_button.setVisible(self.supervisor)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)

        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # aligned with the law values' part
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.publish_button)
        self.setTabOrder(self.publish_button, self.reload_button)
        ctx.changes.changed.connect(self._changed)
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "What every letter prints as its sender, per language, as this desk holds it "
                "(as of the last sync). A field that is not published or has no source is "
                "said on the letter, and finalising the letter asks to confirm it."
            )
        )
        if not self.supervisor:
            self.notice.say(
                self.tr("The sender block is read-only for you: supervisors publish it.")
            )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Language"),
                self.tr("Text"),
                self.tr("Source"),
                self.tr("Published"),
            ]
        )
        self.table.setAccessibleName(self.tr("Sender block"))
        self.table.setAccessibleDescription(
            self.tr("Every field of the letters' sender block in each language, with its source")
        )
        self.publish_button.setText(self.tr("P&ublish a field ..."))
        self.publish_button.setToolTip(
            self.tr("Publish the selected field in the central database (Enter on a row)")
        )
        self.reload_button.setText(self.tr("Rea&d again"))
        self.reload_button.setToolTip(self.tr("Read the sender block of this desk again"))
        self.message.text.setAccessibleName(self.tr("Sender block message"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded_once and not self.loading:
            self.reload()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the sender block from the local cache in the background."""
        if self.loading:
            return
        self.loading = True
        self.reload_button.setEnabled(False)
        desk = self.ctx.desk
        op = Op(self, lambda state: desk.organisation_values(), lane=LOCAL)
        op.success(self._loaded).failure(self._failed).run()

    def _loaded(self, entries: Entries) -> None:
        if not isValid(self):
            return
        self.loading = False
        self._loaded_once = True
        self.reload_button.setEnabled(True)
        self.entries = dict(entries)
        self._fill()
        self.loaded.emit(len(self.entries))

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.reload_button.setEnabled(True)
        self.message.say(
            self.tr("The sender block could not be read: {reason}").format(
                reason=user_message(exc)
            ),
            "error",
        )

    def _changed(self, kinds: frozenset[str]) -> None:
        if SYNC in kinds and self._loaded_once:
            self.reload()

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _fill(self) -> None:
        current = max(self.table.currentRow(), 0)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, (field, language) in enumerate(ROWS):
            entry = self.entries.get((field, language))
            if entry is None:
                texts = [
                    field_name(field),
                    language_name(language),
                    self.tr("Not published"),
                    "",
                    "",
                ]
            else:
                value = entry.value
                texts = [
                    field_name(field),
                    language_name(language),
                    "\n".join(value.lines),
                    value.source if value.source.strip() else self.tr("Not sourced"),
                    self.tr("{who}, {when}").format(
                        who=value.published_by, when=moment(value.published_at)
                    ),
                ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                unset = entry is None and column == COL_TEXT
                unsourced = entry is not None and column == COL_SOURCE and not entry.value.source
                if unset or unsourced:
                    item.setForeground(muted)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(COL_FIELD)
        self.table.resizeColumnToContents(COL_LANGUAGE)
        self.table.resizeColumnToContents(COL_PUBLISHED)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(current, 0)

    # ------------------------------------------------------------------ publishing

    def selected(self) -> tuple[SenderField, Language]:
        row = self.table.currentRow()
        return ROWS[row] if 0 <= row < len(ROWS) else ROWS[0]

    def open_publish(self) -> PublishSenderDialog | None:
        """The publishing dialog for the selected row (supervisors only)."""
        if not self.supervisor:
            return None
        field, language = self.selected()
        dialog = PublishSenderDialog(self.ctx, self.entries, field, language, self)
        dialog.published.connect(self._published)
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _published(self, done: Published) -> None:
        self.message.say(
            self.tr(
                "Published: {field} ({language}), version {version}. Every desk prints it "
                "after its next sync."
            ).format(
                field=field_name(done.field),
                language=language_name(done.language),
                version=done.version,
            ),
            "success",
        )
        row = ROWS.index((done.field, done.language))
        self.table.setCurrentCell(row, 0)
        self.reload()
