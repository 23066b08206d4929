"""Printing a letter from the letters dialog: print preview, print, PDF export. What is
printed is painted by `ui.letters.document` (the same routine as the PDF, so the paper
equals the PDF); each print and each PDF is an audit event (`Desk.record_letter_output`),
written in a background op that broadcasts what changed (the outbox holds the event).
The confirmation of the law values that are not sourced (computed, carried, open points
of law) before finalising is here too (`UnverifiedConfirmation`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.domain.cases import LetterKind
from cumuldesk.domain.organisation import SenderField
from cumuldesk.services.desk import Changes as DeskChanges
from cumuldesk.services.desk import Desk
from cumuldesk.services.letters.store import Output
from cumuldesk.services.simulation.words import UsedValue, confirmation_lines
from cumuldesk.ui.kit.changes import Changes
from cumuldesk.ui.kit.formatting import day, month_label
from cumuldesk.ui.kit.ops import LOCAL, Op, show_error, user_message
from cumuldesk.ui.letters.document import print_document, write_pdf
from cumuldesk.ui.letters.texts import sender_lines

PRINTED = Output.PRINTED
PDF_EXPORTED = Output.PDF_EXPORTED


@dataclass(frozen=True)
class Printable:
    """One letter as it goes on paper."""

    kind: LetterKind
    html: str
    reference: str  # the case
    insz_formatted: str
    title: str
    # the suggested file name in the window's language, without personal data (the case
    # reference only: "verzakingsvoorstel-CD-2025-000001"; ui.letters.texts.file_stem)
    file_stem: str
    language: str | None = None  # the letter's: the words of its header and footer


@dataclass(frozen=True)
class Exported:
    """A PDF written and audited: where, how many pages, what changed."""

    path: str
    pages: int
    changes: DeskChanges


def make_printer() -> QPrinter:
    """The system's default printer (tests replace it with a PDF printer)."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


class LetterOutput(QObject):
    """Print preview, print and PDF export of the letters shown in `parent` (the dialogs'
    parent): each audited through `desk`, what changed broadcast on `changes`.
    `message(text, is_error)` says how it went."""

    message = Signal(str, bool)

    def __init__(self, parent: QWidget, desk: Desk, changes: Changes) -> None:
        super().__init__(parent)
        self.widget = parent
        self.desk = desk
        self.changes = changes
        self.make_printer: Callable[[], QPrinter] = make_printer

    def _paint(self, printer: QPrinter, letter: Printable) -> int:
        return print_document(
            printer,
            letter.html,
            reference=letter.reference,
            insz_formatted=letter.insz_formatted,
            title=letter.title,
            language=letter.language,
        )

    def preview(self, letter: Printable) -> None:
        """The print preview; printing from it is audited."""
        printer = self.make_printer()
        dialog = QPrintPreviewDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.setAccessibleName(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda target: self._paint(target, letter))
        printed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if printed:
            self._printed(letter)

    def print(self, letter: Printable) -> None:
        """The system print dialog, then the letter on the printer chosen."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("Print the letter"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        try:
            self._paint(printer, letter)
        except Exception as exc:  # noqa: BLE001 - a printer problem, said in words
            self.message.emit(self.tr("Printing failed: %1").replace("%1", user_message(exc)), True)
            return
        self._printed(letter)

    def _printed(self, letter: Printable) -> None:
        self._audit(letter, PRINTED, self.tr("Sent to the printer."))

    def export_pdf(self, letter: Printable) -> None:
        """Ask for a file name and write the PDF in a background op."""
        suggested = str(Path.home() / f"{letter.file_stem}.pdf")
        path, _chosen = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Export the letter as PDF"),
            suggested,
            self.tr("PDF document (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        desk = self.desk

        def work(state: Any) -> Exported:
            pages = write_pdf(
                letter.html,
                path,
                reference=letter.reference,
                insz_formatted=letter.insz_formatted,
                title=letter.title,
                language=letter.language,
            )
            changes = desk.record_letter_output(letter.reference, letter.kind, PDF_EXPORTED)
            return Exported(path, pages, changes)

        self.message.emit(self.tr("Writing the PDF ..."), False)
        (
            Op(self.widget, work, lane=LOCAL, changes=self.changes)
            .with_progress(self.tr("Writing the PDF ..."), cancellable=False)
            .success(self._written)
            .failure(self._failed)
            .run()
        )

    def _written(self, result: Exported) -> None:
        if not isValid(self):
            return
        text = self.tr("PDF written (%n page(s)): %1", "", result.pages).replace("%1", result.path)
        self.message.emit(text, False)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.message.emit(
            self.tr("The PDF was not written: %1").replace("%1", user_message(exc)), True
        )
        show_error(self.widget, exc)

    def _audit(self, letter: Printable, what: Output, done: str) -> None:
        desk = self.desk

        def work(state: Any) -> DeskChanges:
            return desk.record_letter_output(letter.reference, letter.kind, what)

        def audited(_changes: DeskChanges) -> None:
            if isValid(self):
                self.message.emit(done, False)

        Op(self.widget, work, lane=LOCAL, changes=self.changes).success(audited).run()


class UnverifiedConfirmation(QDialog):
    """The second, explicit confirmation before finalising a letter whose simulation used
    law values that are not sourced: each computed or carried value is listed by its name
    in words with its kind and date, each open point of law in a sentence (the window's
    language), and "Finalise" works only once the box "I checked these values" is ticked.
    The fields of DG HAN's sender block nobody published or published without a source
    (`sender_fields`, of which `sender_missing` not published) are listed too."""

    def __init__(
        self,
        values: tuple[UsedValue, ...],
        parent: QWidget | None = None,
        *,
        sender_fields: tuple[SenderField, ...] = (),
        sender_missing: tuple[SenderField, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.values = values
        self.sender_fields = sender_fields
        self.sender_missing = sender_missing
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QLabel(self)
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.PlainText)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list)
        self.checked = QCheckBox(self)
        self.buttons = QDialogButtonBox(self)
        self.finalise_button = QPushButton(self)
        self.buttons.addButton(self.finalise_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.checked.toggled.connect(self.finalise_button.setEnabled)
        self.finalise_button.setEnabled(False)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.checked)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        metrics = self.fontMetrics()
        lines = 24 + (8 if self.sender_fields else 0)  # the sender block's paragraph too
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * lines)
        self.checked.setFocus()

    def lines(self) -> list[str]:
        """The values and open points to check, in words in the window's language."""
        lines = confirmation_lines(self.values, QCoreApplication.translate, day, month_label)
        return lines + sender_lines(self.sender_fields, self.sender_missing)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Values to check"))
        self.setAccessibleName(self.tr("Values to check"))
        parts = []
        if self.values:
            parts.append(
                self.tr(
                    "The simulation behind this letter used law values that no public page "
                    "gives: computed by a rule, carried over from an earlier date, or an open "
                    "point of law whose default is assumed. Check them before the letter is "
                    "finalised: a finalised letter cannot be changed. Your confirmation is "
                    "recorded."
                )
            )
        if self.sender_fields:
            parts.append(
                self.tr(
                    "DG HAN's sender block printed on this letter (its name, postal address, "
                    "phone, opening hours and signatory) is not complete: a field not "
                    "published is left out of the finalised letter, a field without a source "
                    "is printed as published. A finalised letter cannot be changed. Your "
                    "confirmation is recorded."
                )
            )
        self.text.setText("\n\n".join(parts))
        self.list.setText("\n".join(f"\u2022 {line}" for line in self.lines()))
        self.list.setAccessibleName(self.tr("Values used that are not sourced"))
        self.checked.setText(self.tr("I &checked these values"))
        self.checked.setAccessibleName(self.tr("I checked these values"))
        self.finalise_button.setText(self.tr("&Finalise"))
        self.finalise_button.setAccessibleName(self.tr("Finalise"))
        self.finalise_button.setToolTip(self.tr("Tick the box first"))
