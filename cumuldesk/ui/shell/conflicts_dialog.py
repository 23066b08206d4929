"""Conflicts and refused changes, resolved in the window.

A conflict: the handler changed a case while someone else changed it in the central
database; the push did not apply it silently. The dialog shows both versions side by
side, field by field, with when the central version was changed, and the handler keeps
theirs ("Keep mine": pushed again at the next sync, on top of the central version) or
the central one ("Keep the central version": the change is dropped). A refused change
(a note on a case deleted centrally, ...) is shown with the central database's reason
and can be dropped.

Everything that touches the cache runs in an `Op` on the local lane, through the desk
(`Desk.waiting_changes`, `resolve_conflict`, `dismiss_refused`); a choice returns what it
changed (cases, outbox), which the op broadcasts, so that the views and the status bar
follow and the list reloads. `open_conflicts(ctx, parent)` opens the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.domain.insz import format_insz
from cumuldesk.services.conflicts import FieldVersions, ItemKind, Keep, WaitingChange
from cumuldesk.services.desk import Changes
from cumuldesk.ui.dossier.case_panel import answer_label, status_label
from cumuldesk.ui.kit.changes import CASES, OUTBOX
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import day, moment
from cumuldesk.ui.kit.ops import LOCAL, Op, OpState, show_error

CONTEXT = "ConflictsDialog"
GEOMETRY = "conflicts_dialog"
CONFLICT_MARK = "\u26a0"  # warning sign: the kind is in the words as well
REFUSED_MARK = "\u2716"  # heavy multiplication x

_FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("ConflictsDialog", "Status"),
    "answer": QT_TRANSLATE_NOOP("ConflictsDialog", "Applicant's answer"),
    "answer_date": QT_TRANSLATE_NOOP("ConflictsDialog", "Date of the answer"),
    "proposal_sent_on": QT_TRANSLATE_NOOP("ConflictsDialog", "Proposal sent on"),
    "deadline": QT_TRANSLATE_NOOP("ConflictsDialog", "Deadline for the answer"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    """The handler's words for a case field ("Date of the answer")."""
    return _tr(str(_FIELD_LABELS[name])) if name in _FIELD_LABELS else name


def value_label(name: str, value: Any) -> str:
    """A case field's value (outbox JSON form) as the case panel shows it."""
    if name == "status":
        return (
            status_label(value)
            if value is not None
            else QCoreApplication.translate("ConflictsDialog", "not set")
        )
    if name == "answer":
        return answer_label(value)
    if value is None:
        return QCoreApplication.translate("ConflictsDialog", "not set")
    try:
        return day(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def subject_text(change: WaitingChange) -> str:
    """ "the case CD-000123 (Peeters Jan, 85.07.30-033.28)", or that it is gone: with its
    article, as it follows "Conflict on" ("Conflit concernant l'affaire ...")."""
    case = change.case
    if case is None:
        return QCoreApplication.translate("ConflictsDialog", "a case no longer in your cache")
    return QCoreApplication.translate(
        "ConflictsDialog", "the case {reference} ({name}, {insz})"
    ).format(reference=case.reference, name=case.name, insz=format_insz(case.insz))


def kind_text(change: WaitingChange) -> str:
    return {
        ItemKind.NOTE: QCoreApplication.translate("ConflictsDialog", "a note"),
        ItemKind.CASE: QCoreApplication.translate("ConflictsDialog", "a change of the case"),
        ItemKind.LETTER: QCoreApplication.translate("ConflictsDialog", "a letter"),
    }.get(change.kind, QCoreApplication.translate("ConflictsDialog", "an audit event"))


def list_text(change: WaitingChange) -> str:
    """One line of the list: the kind in a symbol and in words, and the case."""
    reference = (
        change.case.reference
        if change.case
        else QCoreApplication.translate("ConflictsDialog", "a case no longer cached")
    )
    if change.is_conflict:
        return f"{CONFLICT_MARK} " + QCoreApplication.translate(
            "ConflictsDialog", "Conflict: {reference}"
        ).format(reference=reference)
    return f"{REFUSED_MARK} " + QCoreApplication.translate(
        "ConflictsDialog", "Refused: {what} on {reference}"
    ).format(what=kind_text(change), reference=reference)


class WrappingLabel(QLabel):
    """A word-wrapped label that keeps the height its text needs at its width (inside a
    splitter and a stacked widget Qt would otherwise squeeze it to one line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def needed_height(self, width: int) -> int:
        """The height the text needs at this width (QLabel's own heightForWidth never
        goes below the minimum height, so it cannot be used to set that)."""
        margins = self.contentsMargins()
        inner = max(width - margins.left() - margins.right() - 2 * self.margin(), 1)
        text_height = (
            self.fontMetrics()
            .boundingRect(QRect(0, 0, inner, 1_000_000), Qt.TextFlag.TextWordWrap, self.text())
            .height()
        )
        return text_height + margins.top() + margins.bottom() + 2 * self.margin()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self.width() > 0:
            return QSize(hint.width(), self.needed_height(self.width()))
        return hint

    def _fit(self) -> None:
        if self.width() > 0:
            needed = self.needed_height(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()


class FieldsModel(QAbstractTableModel):
    """A conflict's fields: field, your version, the central version, whether they differ."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("FieldsModel", "Field"),
        QT_TRANSLATE_NOOP("FieldsModel", "Your version"),
        QT_TRANSLATE_NOOP("FieldsModel", "Central version"),
        QT_TRANSLATE_NOOP("FieldsModel", "Difference"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[FieldVersions, ...] = ()

    def set_rows(self, rows: tuple[FieldVersions, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.COLUMNS[section]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return field_label(row.field)
            if column == 1:
                return value_label(row.field, row.mine)
            if column == 2:
                return value_label(row.field, row.theirs)
            return self.tr("differs") if row.differs else self.tr("same")
        if role == Qt.ItemDataRole.FontRole and row.differs and column in (1, 2):
            font = QFont()
            font.setBold(True)  # besides the words in the last column
            return font
        return None


class ConflictsDialog(QDialog):
    """The outbox items in conflict or refused: a list on the left, the chosen one on the
    right with its choices."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes: list[WaitingChange] = []
        self.loaded = False
        self._generation = 0
        self._busy = False
        self._wanted_key: str | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.body = QStackedWidget(self)
        self.loading_label = QLabel(self.body)
        self.empty_label = QLabel(self.body)
        for label in (self.loading_label, self.empty_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.body)
        self.list = QListWidget(self.splitter)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # a long line wraps within the list (never cut off, never a sideways scroll)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_current)
        self.detail = QStackedWidget(self.splitter)
        self._build_conflict_page()
        self._build_refused_page()
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        for page in (self.loading_label, self.empty_label, self.splitter):
            self.body.addWidget(page)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        # tab order: the creation order (list, the shown page's controls, Close)
        self.retranslate_ui()
        self._restore_size()
        self.body.setCurrentWidget(self.loading_label)
        ctx.changes.changed.connect(self._changed)
        self.reload()

    def _build_conflict_page(self) -> None:
        page = QWidget(self.detail)
        self.conflict_title = WrappingLabel(page)
        title_font = self.conflict_title.font()
        title_font.setBold(True)
        self.conflict_title.setFont(title_font)
        self.conflict_text = WrappingLabel(page)
        self.fields_model = FieldsModel(page)
        self.fields_view = QTableView(page)
        self.fields_view.setModel(self.fields_model)
        self.fields_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_view.setTabKeyNavigation(False)
        self.fields_view.verticalHeader().hide()
        self.fields_view.setWordWrap(True)
        self.fields_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.fields_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # the two versions share the room left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.fields_note = WrappingLabel(page)
        self.keep_mine_button = QPushButton(page)
        self.keep_mine_button.clicked.connect(lambda: self._resolve(Keep.MINE))
        self.keep_theirs_button = QPushButton(page)
        self.keep_theirs_button.clicked.connect(lambda: self._resolve(Keep.THEIRS))
        row = QHBoxLayout()
        row.addWidget(self.keep_mine_button)
        row.addWidget(self.keep_theirs_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflict_title)
        layout.addWidget(self.conflict_text)
        layout.addWidget(self.fields_view)
        layout.addWidget(self.fields_note)
        layout.addLayout(row)
        layout.addStretch(1)
        self.conflict_page = page
        self.detail.addWidget(page)

    def _build_refused_page(self) -> None:
        page = QWidget(self.detail)
        self.refused_title = WrappingLabel(page)
        title_font = self.refused_title.font()
        title_font.setBold(True)
        self.refused_title.setFont(title_font)
        self.reason_label = WrappingLabel(page)
        self.content_caption = QLabel(page)
        self.content_view = QPlainTextEdit(page)
        self.content_view.setReadOnly(True)
        self.content_view.setTabChangesFocus(True)
        self.content_caption.setBuddy(self.content_view)
        self.drop_button = QPushButton(page)
        self.drop_button.clicked.connect(self._drop)
        row = QHBoxLayout()
        row.addWidget(self.drop_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.refused_title)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.content_caption)
        layout.addWidget(self.content_view, 1)
        layout.addLayout(row)
        self.refused_page = page
        self.detail.addWidget(page)

    # ------------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts and refused changes"))
        self.setAccessibleName(self.tr("Conflicts and refused changes"))
        self.intro.setText(
            self.tr(
                "Changes of yours that the central database did not take. A conflict: the "
                "case was also changed in the central database since the version you worked "
                "on; choose which version to keep. A refused change: read why, then drop it."
            )
        )
        self.loading_label.setText(self.tr("Loading ..."))
        self.empty_label.setText(self.tr("No conflicts or refused changes."))
        self.empty_label.setAccessibleName(self.tr("No conflicts or refused changes."))
        self.list.setAccessibleName(self.tr("Conflicts and refused changes"))
        self.list.setAccessibleDescription(self.tr("Choose one to see it and decide"))
        self.fields_view.setAccessibleName(self.tr("Your version and the central version"))
        self.fields_view.setAccessibleDescription(  # the chosen conflict's fields, once shown
            self.tr("Each field you changed: your value beside the central one")
        )
        self.fields_note.setText(
            self.tr("Fields you did not change keep the central version either way.")
        )
        self.keep_mine_button.setText(self.tr("Keep &mine"))
        self.keep_mine_button.setAccessibleName(self.tr("Keep my version"))
        self.keep_mine_button.setToolTip(
            self.tr("Your version goes to the central database with the next sync (Alt+M)")
        )
        self.keep_theirs_button.setText(self.tr("Keep the &central version"))
        self.keep_theirs_button.setAccessibleName(self.tr("Keep the central version"))
        self.keep_theirs_button.setToolTip(
            self.tr("Your change is dropped; the case shows the central version (Alt+C)")
        )
        self.content_caption.setText(self.tr("&What was refused:"))
        self.content_view.setAccessibleName(self.tr("The refused change"))
        self.content_view.setAccessibleDescription(
            self.tr("What you changed, as the central database received it (Alt+W)")
        )
        self.drop_button.setText(self.tr("&Drop this change"))
        self.drop_button.setAccessibleName(self.tr("Drop this refused change"))
        self.drop_button.setToolTip(self.tr("Remove it from your computer (Alt+D)"))
        self.message.setAccessibleName(self.tr("Result"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(
            self.tr("Close; what you did not decide waits for the next time (Esc)")
        )
        self._fill_list()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----------------------------------------------------------------- loading

    def reload(self) -> None:
        """Read the conflicts and refused changes from the cache (in the background)."""
        self._generation += 1
        generation = self._generation
        desk = self.ctx.desk

        def done(changes: list[WaitingChange]) -> None:
            if isValid(self) and generation == self._generation:
                self._loaded(changes)

        Op(self, lambda _state: desk.waiting_changes(), lane=LOCAL).success(done).run()

    def _changed(self, kinds: frozenset[str]) -> None:
        if isValid(self) and (OUTBOX in kinds or CASES in kinds):
            self.reload()

    def _loaded(self, changes: list[WaitingChange]) -> None:
        current = self.current_change()
        previous_row = self.list.currentRow()
        self.changes = changes
        first, self.loaded = not self.loaded, True
        wanted = self._wanted_key or (current.key if current else None)
        self._wanted_key = None
        self._fill_list()
        if not changes:
            self.body.setCurrentWidget(self.empty_label)
            return
        if first:
            self._fit_list()
        self.body.setCurrentWidget(self.splitter)
        keys = [change.key for change in changes]
        row = keys.index(wanted) if wanted in keys else min(max(previous_row, 0), len(keys) - 1)
        self.list.setCurrentRow(row)
        self._show_current(row)
        if first:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_list(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for change in self.changes:
            item = QListWidgetItem(list_text(change))
            item.setToolTip(subject_text(change))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _fit_list(self) -> None:
        """The list as wide as its lines beside the chosen change at its own minimum
        width: the dialog grows (within the screen) when they do not both fit, so its
        size follows the size hints; else the list takes up to half the dialog."""
        self.list.doItemsLayout()
        wanted = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
        wanted += self.list.verticalScrollBar().sizeHint().width()
        total = sum(self.splitter.sizes()) or self.width()
        detail = self.detail.minimumSizeHint().width() + self.splitter.handleWidth()
        if wanted + detail > total:
            screen = self.screen()
            most = screen.availableGeometry().width() if screen is not None else self.width()
            grown = max(self.width(), min(self.width() + wanted + detail - total, most))
            total += grown - self.width()
            self.resize(grown, self.height())
        left = max(min(wanted, total // 2), min(wanted, total - detail))
        self.splitter.setSizes([left, max(total - left, 1)])

    def current_change(self) -> WaitingChange | None:
        row = self.list.currentRow()
        return self.changes[row] if 0 <= row < len(self.changes) else None

    # ----------------------------------------------------------------- showing

    def _show_current(self, _row: int = -1) -> None:
        change = self.current_change()
        if change is None:
            return
        if change.is_conflict:
            self._show_conflict(change)
        else:
            self._show_refused(change)
        self._enable()

    def _show_conflict(self, change: WaitingChange) -> None:
        self.detail.setCurrentWidget(self.conflict_page)
        self.conflict_title.setText(
            f"{CONFLICT_MARK} "
            + self.tr("Conflict on {subject}").format(subject=subject_text(change))
        )
        made = moment(change.made_at)
        if change.central_changed_at is not None:
            text = self.tr(
                "You changed this case on {made}. In the central database it was changed "
                "on {changed}, after the version you worked on."
            ).format(made=made, changed=moment(change.central_changed_at))
        else:
            text = self.tr(
                "You changed this case on {made}. It was also changed in the central "
                "database after the version you worked on."
            ).format(made=made)
        self.conflict_text.setText(text)
        self.fields_model.set_rows(change.fields)
        self._fit_table()
        self.fields_view.setAccessibleDescription(
            "; ".join(
                self.tr("{field}: yours {mine}, central {theirs}").format(
                    field=field_label(row.field),
                    mine=value_label(row.field, row.mine),
                    theirs=value_label(row.field, row.theirs),
                )
                for row in change.fields
            )
        )

    def _fit_table(self) -> None:
        """As high as its rows (a few fields): no empty area, no scrolling; at least as
        wide as its headers and its field names need (the dialog grows to give it that
        room: its layout's minimum follows)."""
        view = self.fields_view
        header_view = view.horizontalHeader()
        needs = [
            max(
                header_view.sectionSizeFromContents(column).width(),
                view.sizeHintForColumn(column) if column in (0, 3) else 0,
            )
            for column in range(self.fields_model.columnCount())
        ]
        # the two versions share the room left equally: each gets the wider one's need
        wide = needs[0] + needs[3] + 2 * max(needs[1], needs[2])
        view.setMinimumWidth(wide + 2 * view.frameWidth())
        self._fit_list()  # the dialog may have to grow for it
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(row) for row in range(self.fields_model.rowCount()))
        header = view.horizontalHeader().sizeHint().height()
        view.setFixedHeight(rows + header + 2 * view.frameWidth())

    def _show_refused(self, change: WaitingChange) -> None:
        self.detail.setCurrentWidget(self.refused_page)
        self.refused_title.setText(
            f"{REFUSED_MARK} "
            + self.tr("Refused: {what} on {subject}").format(
                what=kind_text(change), subject=subject_text(change)
            )
        )
        reason = (change.reason or self.tr("no reason was given")).strip().rstrip(".")
        self.reason_label.setText(
            self.tr("Made on {made}. The central database refused it because {reason}.").format(
                made=moment(change.made_at), reason=reason
            )
        )
        self.reason_label.setAccessibleName(self.tr("Why it was refused"))
        if change.text is not None:
            content = change.text
        elif change.fields:
            content = "\n".join(
                f"{field_label(row.field)}: {value_label(row.field, row.mine)}"
                for row in change.fields
            )
        else:
            content = kind_text(change)
        self.content_view.setPlainText(content)

    def _enable(self) -> None:
        for button in (self.keep_mine_button, self.keep_theirs_button, self.drop_button):
            button.setEnabled(not self._busy and self.current_change() is not None)

    # ---------------------------------------------------------------- choosing

    def _resolve(self, keep: Keep) -> None:
        change = self.current_change()
        if change is None or not change.is_conflict or self._busy:
            return
        desk = self.ctx.desk
        reference = change.case.reference if change.case else self.tr("the case")
        if keep is Keep.MINE:
            done_text = self.tr(
                "Your version of {reference} is kept; it goes to the central database with "
                "the next sync."
            ).format(reference=reference)
        else:
            done_text = self.tr(
                "The central version of {reference} is kept; your change was dropped."
            ).format(reference=reference)
        self._run(lambda _state: desk.resolve_conflict(change, keep), done_text)

    def confirm_drop(self, change: WaitingChange) -> bool:
        """Asked before a refused change is dropped (its text is then gone for good)."""
        answer = QMessageBox.question(
            self,
            self.tr("Drop this change?"),
            self.tr(
                "Drop {what}? It is removed from your computer and cannot be brought back."
            ).format(what=kind_text(change)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _drop(self) -> None:
        change = self.current_change()
        if change is None or change.is_conflict or self._busy:
            return
        if not self.confirm_drop(change):
            return
        desk = self.ctx.desk
        self._run(
            lambda _state: desk.dismiss_refused(change),
            self.tr("The refused change was dropped."),
        )

    def _run(self, work: Callable[[OpState], Changes], done_text: str) -> None:
        """A choice in the background; the op broadcasts what it changed (the views, the
        status bar and this list follow)."""
        self._busy = True
        self._enable()
        self.message.setText(self.tr("Saving ..."))

        def done(_changes: Changes) -> None:
            if isValid(self):
                self._busy = False
                self.message.setText(done_text)
                self._enable()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._busy = False
                self.message.setText("")
                self._enable()
                self.reload()
            show_error(self if isValid(self) else None, exc)

        Op(self, work, lane=LOCAL, changes=self.ctx.changes).success(done).failure(failed).run()

    # ------------------------------------------------------------ size, closing

    def _restore_size(self) -> None:
        saved = self.ctx.settings.geometry(GEOMETRY)
        if saved is None or not self.restoreGeometry(saved):
            metrics = self.fontMetrics()
            wanted = QSize(metrics.averageCharWidth() * 140, metrics.height() * 30)
            self.resize(wanted.expandedTo(self.sizeHint()))

    def done(self, result: int) -> None:  # noqa: D102 - Qt's name
        self.ctx.settings.set_geometry(GEOMETRY, self.saveGeometry())
        try:
            self.ctx.changes.changed.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


def open_conflicts(ctx: AppContext, parent: QWidget | None = None) -> int:
    """Show the conflicts and refused changes (modal); returns when the handler closes it."""
    dialog = ConflictsDialog(ctx, parent)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
