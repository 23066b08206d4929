"""One letter's page in the letters dialog: who it is for and by when (a line of text),
its state (draft, saved, finalised with date, author and SHA-256), a small formatting
tool bar (bold, italic, bullet list, undo, redo; each with its shortcut in the tooltip)
and the rich-text editor. A finalised letter is read-only: it can be read, selected and
copied, not changed."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QToolBar, QVBoxLayout, QWidget

from cumuldesk.ui.letters.document import BODY_POINTS, MARGIN_MM, letter_font

NATIVE = QKeySequence.SequenceFormat.NativeText
A4_WIDTH_MM = 210.0
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.5, 4.0)


_BODY = re.compile(r"<body style=\"([^\"]*)\"")
_FONT = re.compile(r"\s*font-(?:family|size):[^;]*;")


def without_body_font(html: str) -> str:
    """`html` (QTextDocument.toHtml) without the font family and size of its body."""
    return _BODY.sub(lambda m: f'<body style="{_FONT.sub("", m.group(1))}"', html, count=1)


def default_zoom() -> float:
    """The letter's zoom for the application's font: 1 at the letter's own size (or
    smaller), larger with a large application font."""
    points = QApplication.font().pointSizeF()
    return max(1.0, points / BODY_POINTS) if points > 0 else 1.0


class LetterEditor(QWidget):
    """See the module text. `set_html(html)`, `html()`, `set_finalised(text)`."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name  # what the letter is, for accessible names ("Advice note")
        self.finalised = False
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.text = QTextEdit(self)
        self.text.setAcceptRichText(True)
        self.text.setTabChangesFocus(True)  # Tab leaves the editor (keyboard users)
        # what you see is what is printed: the letter's font and lines as wide as on A4,
        # both scaled by the zoom (from the application's font size: 200 % shows the
        # letter twice as large); `html()` gives the text with the printed font
        self.zoom = 1.0
        self.text.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)

        self.bold_action = self._action("Ctrl+B", self._toggle_bold, checkable=True)
        self.italic_action = self._action("Ctrl+I", self._toggle_italic, checkable=True)
        self.bullet_action = self._action("Ctrl+Shift+B", self._toggle_bullets, checkable=True)
        self.toolbar.addSeparator()
        self.undo_action = self._action(QKeySequence.StandardKey.Undo, self.text.undo)
        self.redo_action = self._action(QKeySequence.StandardKey.Redo, self.text.redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.toolbar.addSeparator()
        self.zoom_in_action = self._action(QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.zoom_out_action = self._action(QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.set_zoom(default_zoom())
        self.text.undoAvailable.connect(self._undo_available)
        self.text.redoAvailable.connect(self._redo_available)
        self.text.currentCharFormatChanged.connect(self._show_format)
        self.text.cursorPositionChanged.connect(self._show_list)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.status)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.text, 1)
        self.retranslate_ui()

    def _action(self, keys, slot, *, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        # two editors live in one dialog: a shortcut works in the one that has the focus
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        texts = {
            self.bold_action: self.tr("Bold"),
            self.italic_action: self.tr("Italic"),
            self.bullet_action: self.tr("Bullet list"),
            self.undo_action: self.tr("Undo"),
            self.redo_action: self.tr("Redo"),
            self.zoom_in_action: self.tr("Zoom in"),
            self.zoom_out_action: self.tr("Zoom out"),
        }
        for action, text in texts.items():
            action.setText(text)
            keys = action.shortcut().toString(NATIVE)
            action.setToolTip(f"{text} ({keys})" if keys else text)
        self.toolbar.setAccessibleName(self.tr("Formatting of the %1").replace("%1", self.name))
        for action in texts:
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text())
                button.setAccessibleDescription(action.toolTip())
        self.text.setAccessibleName(self.tr("Text of the %1").replace("%1", self.name))
        self.info.setAccessibleName(self.tr("Addressee and deadline"))
        self.status.setAccessibleName(self.tr("State of the %1").replace("%1", self.name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ content

    def set_html(self, html: str) -> None:
        self.text.setHtml(html)
        self.text.document().setModified(False)
        self.text.document().clearUndoRedoStacks()
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)

    def html(self) -> str:
        """The text as HTML, without the editor's (zoomed) font: Qt writes the default
        font into the body's style; left out, the letter prints in the letter font
        (`ui.letters.document`) whatever the zoom, and a stored letter zooms on screen."""
        return without_body_font(self.text.toHtml())

    def set_zoom(self, zoom: float) -> None:
        low, high = ZOOM_RANGE
        self.zoom = min(high, max(low, zoom))
        self.text.setFont(letter_font(BODY_POINTS * self.zoom))  # the document's default
        body_mm = A4_WIDTH_MM - 2 * MARGIN_MM
        width = body_mm / 25.4 * self.logicalDpiX() * self.zoom
        self.text.setLineWrapColumnOrWidth(round(width))
        self.zoom_in_action.setEnabled(self.zoom < high)
        self.zoom_out_action.setEnabled(self.zoom > low)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def is_modified(self) -> bool:
        return not self.finalised and self.text.document().isModified()

    def set_modified(self, modified: bool) -> None:
        self.text.document().setModified(modified)

    def set_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_finalised(self, finalised: bool) -> None:
        """Read-only (still selectable and copyable) with the tool bar disabled."""
        self.finalised = finalised
        self.text.setReadOnly(finalised)
        if finalised:
            self.text.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        for action in (self.bold_action, self.italic_action, self.bullet_action):
            action.setEnabled(not finalised)
        self._undo_available(self.text.document().isUndoAvailable())
        self._redo_available(self.text.document().isRedoAvailable())
        self.text.setAccessibleDescription(
            self.tr("Finalised: it cannot be changed any more.")
            if finalised
            else self.tr(
                "The text as it will be printed; Ctrl+B bold, Ctrl+I italic, Ctrl+S saves the "
                "draft, Tab leaves the text"
            )
        )

    # --------------------------------------------------------------- formatting

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            cursor.select(cursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.text.mergeCurrentCharFormat(fmt)

    def _toggle_bold(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if checked else QFont.Weight.Normal)
        self._merge(fmt)

    def _toggle_italic(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(checked)
        self._merge(fmt)

    def _toggle_bullets(self, checked: bool) -> None:
        cursor = self.text.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and not checked:
            block = cursor.block()
            current.remove(block)
            fmt = block.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        elif current is None and checked:
            cursor.createList(QTextListFormat.Style.ListDisc)
        cursor.endEditBlock()
        self._show_list()

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic_action.setChecked(fmt.fontItalic())

    def _show_list(self) -> None:
        self.bullet_action.setChecked(self.text.textCursor().currentList() is not None)

    def _undo_available(self, available: bool) -> None:
        self.undo_action.setEnabled(available and not self.finalised)

    def _redo_available(self, available: bool) -> None:
        self.redo_action.setEnabled(available and not self.finalised)
