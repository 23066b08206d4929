"""Exporting the work list to Excel from the desktop: ask for a file name, write the rows
shown (in their order) in a background op with progress and cancel, audited by the desk
(`Desk.export_worklist`, whose changes the op broadcasts), and say how it went in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from cumuldesk.services.exports.worklist import ExportCancelled, ExportResult
from cumuldesk.services.worklist import WorkItem
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.ops import LOCAL, Op, show_error, user_message
from cumuldesk.ui.worklist.filters import count_text


class ExportFlow(QObject):
    """One export at a time, for a page: `message` is what to say (text, whether it is an
    error), `written` the path of a finished export (after its message)."""

    message = Signal(str, bool)
    written = Signal(str)

    def __init__(self, page: QWidget, ctx: AppContext) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = ctx

    def run(
        self,
        items: Sequence[WorkItem],
        *,
        filters_label: str,
        filter_key: str | None,
        searched: bool,
    ) -> None:
        """Ask for a file name and export these rows (the ones shown, in their order)."""
        if not items:
            self.message.emit(self.tr("There is nothing to export: no case is shown."), True)
            return
        today = self.ctx.desk.today()
        suggested = str(Path.home() / f"worklist-{today.isoformat()}.xlsx")
        path, _chosen = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Export the work list"),
            suggested,
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        desk = self.ctx.desk

        def work(state: Any) -> ExportResult:
            return desk.export_worklist(
                items,
                path,
                filters_label=filters_label,
                filter_key=filter_key,
                searched=searched,
                progress=state.set_progress,
                cancel=state.cancelled,
                translate=QCoreApplication.translate,  # the workbook in the window's language
            )

        self.message.emit(
            self.tr("Exporting {count} cases ...").format(count=count_text(len(items))), False
        )
        (
            Op(self.page, work, lane=LOCAL, changes=self.ctx.changes)
            .with_progress(self.tr("Exporting the work list ..."))
            .success(self._exported)
            .failure(self._failed)
            .run()
        )

    def _exported(self, result: ExportResult) -> None:
        if not isValid(self):
            return
        rows = result.rows
        text = (
            self.tr("Exported 1 case to {path}")
            if rows == 1
            else self.tr("Exported {count} cases to {path}")
        ).format(count=count_text(rows), path=str(result.path))
        self.message.emit(text, False)
        self.written.emit(str(result.path))

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(exc, ExportCancelled):
            self.message.emit(self.tr("Export cancelled; no file was written."), False)
            return
        self.message.emit(
            self.tr("The export failed: {reason}").format(reason=user_message(exc)), True
        )
        show_error(self.page, exc)
