"""The "Draft proposals..." window of the work list (issue 18): the renunciation
proposals of the selected cases drafted in the background (`services.letters.bulk`, with
progress and cancel), then the cases drafted and the cases left out with the reason, and
"Print all..." (one print job, each letter audited "printed") or "Export PDFs to
folder..." (one PDF per letter, named by the case reference, each audited
"pdf_exported"; a cancel keeps what was written).

The print job paints the letters one after the other with the routine of the single
letter's PDF and print (`ui.letters.document`): the same header, footer and page breaks,
"page N of M" counted per letter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP
from cumuldesk.services.letters import bulk
from cumuldesk.services.letters.bulk import BulkDrafts, BulkLetter, Exported
from cumuldesk.services.letters.setup import FAILED, IVT_IT_BETTER, NO_BAN, WALLONIA
from cumuldesk.ui.kit.ops import LOCAL, Op, show_error, user_message
from cumuldesk.ui.letters import document
from cumuldesk.ui.letters.output import make_printer
from cumuldesk.ui.letters.texts import file_stem

if TYPE_CHECKING:
    from cumuldesk.services.desk import Changes as DeskChanges
    from cumuldesk.ui.kit.context import AppContext

CONTEXT = "BulkProposalsDialog"
REASONS = {
    WALLONIA: QT_TRANSLATE_NOOP(
        "BulkProposalsDialog", "Wallonia: no choice is needed, no proposal applies"
    ),
    IVT_IT_BETTER: QT_TRANSLATE_NOOP(
        "BulkProposalsDialog", "IVT/IT is more favourable now: no proposal applies"
    ),
    NO_BAN: QT_TRANSLATE_NOOP(
        "BulkProposalsDialog", "The simulation no longer advises renunciation"
    ),
    FAILED: QT_TRANSLATE_NOOP("BulkProposalsDialog", "Cannot be simulated"),
    bulk.NOT_CACHED: QT_TRANSLATE_NOOP("BulkProposalsDialog", "Not in the local cache"),
    bulk.NOT_SCREENED: QT_TRANSLATE_NOOP("BulkProposalsDialog", "Not screened"),
    bulk.NO_CASE: QT_TRANSLATE_NOOP("BulkProposalsDialog", "The dossier has no such case"),
    bulk.TO_CONFIRM: QT_TRANSLATE_NOOP("BulkProposalsDialog", "Values to check before finalising"),
}


def reason_text(item: bulk.LeftOut) -> str:
    """Why a case is left out, in the window's language (our error's words after it)."""
    text = QCoreApplication.translate(CONTEXT, REASONS.get(item.reason, item.reason))
    return f"{text}: {item.detail}" if item.detail and item.reason == FAILED else text


def print_letters(printer: QPrinter, letters: Sequence[BulkLetter]) -> int:
    """Paint the letters on `printer` as one print job, each as the single letter's
    print paints it (`document.paint_letters`); returns the pages printed."""
    printer.setDocName(QCoreApplication.translate(CONTEXT, "Renunciation proposals"))
    printer.setFullPage(False)
    return document.paint_letters(printer, letters)


class BulkProposalsDialog(QDialog):
    """See the module text. `case_references`: the cases selected in the work list."""

    def __init__(
        self, ctx: AppContext, case_references: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.references = list(case_references)
        self.drafts: BulkDrafts | None = None
        self.busy = False
        # replaced by the tests: the print dialog and the folder chooser
        self.make_printer: Callable[[], QPrinter] = make_printer
        self.ask_printer: Callable[[QPrinter], bool] = self._ask_printer
        self.choose_folder: Callable[[], str] = self._choose_folder
        self._build()
        self.retranslate_ui()
        self._update_buttons()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.lineSpacing() * 30)
        self.draft()

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.drafted_label = QLabel(self)
        self.drafted = QListWidget(self)
        self.drafted_label.setBuddy(self.drafted)
        self.left_label = QLabel(self)
        self.left_out = QListWidget(self)
        self.left_label.setBuddy(self.left_out)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.print_button, self.export_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_all)
        self.export_button.clicked.connect(self.export_all)
        self.close_button.clicked.connect(self.reject)
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self._print_key)
        self.addAction(self.print_action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.drafted_label)
        layout.addWidget(self.drafted, 2)
        layout.addWidget(self.left_label)
        layout.addWidget(self.left_out, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _print_key(self) -> None:
        if self.print_button.isEnabled():
            self.print_button.click()

    def retranslate_ui(self) -> None:
        title = self.tr("Draft proposals")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.drafted_label.setText(self.tr("&Drafted letters:"))
        self.drafted.setAccessibleName(self.tr("Drafted letters"))
        self.left_label.setText(self.tr("&Left out:"))
        self.left_out.setAccessibleName(self.tr("Cases left out"))
        self.print_button.setText(self.tr("&Print all..."))
        self.print_button.setAccessibleName(self.tr("Print all"))
        self.export_button.setText(self.tr("&Export PDFs to folder..."))
        self.export_button.setAccessibleName(self.tr("Export PDFs to folder"))
        self.close_button.setText(self.tr("Close"))
        self.message.setAccessibleName(self.tr("Result of the last action"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        ready = self.drafts is not None and bool(self.drafts.letters) and not self.busy
        self.print_button.setEnabled(ready)
        self.export_button.setEnabled(ready)

    # ------------------------------------------------------------------ drafting

    def draft(self) -> None:
        """Draft the proposals in the background (progress and cancel)."""
        desk, references = self.ctx.desk, self.references
        self.busy = True
        self.summary.setText(self.tr("Drafting the proposals ..."))

        def work(state: Any) -> BulkDrafts:
            return bulk.draft_proposals(
                desk, references, progress=state.set_progress, cancel=state.cancelled
            )

        (
            Op(self, work, lane=LOCAL, changes=self.ctx.changes)
            .with_progress(self.tr("Drafting the proposals ..."), cancellable=True)
            .success(self._drafted)
            .failure(self._failed)
            .run()
        )

    def _drafted(self, drafts: BulkDrafts) -> None:
        self.busy = False
        self.drafts = drafts
        self._show()
        self._update_buttons()
        (self.drafted if drafts.letters else self.left_out).setFocus()
        if drafts.letters:
            self.drafted.setCurrentRow(0)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        self._say(self.tr("The proposals were not drafted: %1").replace("%1", user_message(exc)))
        show_error(self, exc)

    def _show(self) -> None:
        drafts = self.drafts
        if drafts is None:
            return
        self.drafted.clear()
        for letter in drafts.letters:
            state = self.tr("finalised") if letter.state == bulk.FINALISED else self.tr("draft")
            self.drafted.addItem(f"{letter.reference}   {letter.language.value.upper()}   {state}")
        self.left_out.clear()
        for item in drafts.left_out:
            self.left_out.addItem(f"{item.reference}: {reason_text(item)}")
        for reference in drafts.not_reached:
            self.left_out.addItem(f"{reference}: {self.tr('Not drafted (cancelled)')}")
        summary = self.tr("%n letter(s) drafted", "", len(drafts.letters))
        left = len(drafts.left_out) + len(drafts.not_reached)
        summary += "; " + self.tr("%n case(s) left out", "", left)
        self.summary.setText(summary + ".")

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # ------------------------------------------------------------------ output

    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print all letters"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def print_all(self) -> None:
        """The print dialog, then every letter in one print job, each audited."""
        if self.drafts is None or not self.drafts.letters:
            return
        letters = self.drafts.letters
        printer = self.make_printer()
        if not self.ask_printer(printer):
            return
        try:
            pages = print_letters(printer, letters)
        except Exception as exc:  # noqa: BLE001 - a printer problem, said in words
            self._say(self.tr("Printing failed: %1").replace("%1", user_message(exc)))
            return
        desk = self.ctx.desk

        def work(state: Any) -> DeskChanges:
            return bulk.record_printed(desk, letters)

        def audited(_changes: DeskChanges) -> None:
            text = self.tr("%n letter(s) sent to the printer", "", len(letters))
            self._say(text + " " + self.tr("(%n page(s)).", "", pages))

        Op(self, work, lane=LOCAL, changes=self.ctx.changes).success(audited).failure(
            self._output_failed
        ).run()

    def _choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Export the letters as PDFs into a folder"), str(Path.home())
        )

    def export_all(self) -> None:
        """Choose a folder, then one PDF per letter in the background (cancel keeps
        what was written)."""
        if self.drafts is None or not self.drafts.letters:
            return
        folder = self.choose_folder()
        if not folder:
            return
        letters = self.drafts.letters
        names = {
            letter.reference: f"{file_stem(letter.kind, letter.reference)}.pdf"
            for letter in letters
        }
        desk = self.ctx.desk

        def write(letter: BulkLetter, path: Path) -> int:
            return document.write_pdf(
                letter.html,
                path,
                reference=letter.reference,
                insz_formatted=letter.insz_formatted,
                title=letter.title,
                language=letter.language,
            )

        def work(state: Any) -> Exported:
            return bulk.export_pdfs(
                desk,
                letters,
                folder,
                write,
                name=lambda letter: names[letter.reference],
                progress=state.set_progress,
                cancel=state.cancelled,
            )

        self.busy = True
        self._update_buttons()
        (
            Op(self, work, lane=LOCAL, changes=self.ctx.changes)
            .with_progress(self.tr("Writing the PDFs ..."), cancellable=True)
            .success(self._exported)
            .failure(self._output_failed)
            .run()
        )

    def _exported(self, result: Exported) -> None:
        self.busy = False
        self._update_buttons()
        count = len(result.written)
        folder = str(result.written[0].path.parent) if result.written else ""
        text = self.tr("%n PDF(s) written to %1", "", count).replace("%1", folder)
        if result.cancelled:
            text += " " + self.tr("(cancelled: the files written are kept)")
        self._say(text)

    def _output_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        self._say(self.tr("Not done: %1").replace("%1", user_message(exc)))
        show_error(self, exc)
