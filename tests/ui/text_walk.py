"""Every text a handler can see in a widget tree, for the translation tests.

`visible_texts(root)` gathers what the screen and a screen reader show: labels, buttons,
group titles, tabs, combo items, menu and action texts, tool tips, accessible names and
descriptions, window titles, spin-box affixes, place-holders, table headers and the cells
of the first rows. `Marking` is a translator that wraps every translated text in ⟦ ⟧, so
a text that did not go through Qt's translation shows up without its marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

OPEN, CLOSE = "\u27e6", "\u27e7"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
TABLE_ROWS = 8  # cells of the first rows of each table are checked


class Marking(QTranslator):
    """Translates every text into itself between ⟦ ⟧, and keeps which (context, text)
    pairs were asked for (`asked`)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if source:
            self.asked.add((str(context), str(source)))
        return f"{OPEN}{source}{CLOSE}" if source else ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _view_texts(view: QAbstractItemView) -> Iterable[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(root), TABLE_ROWS)):
            index = model.index(row, column, QModelIndex())
            yield str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            yield str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            yield str(index.data(Qt.ItemDataRole.AccessibleTextRole) or "")


def _widget_texts(widget: QWidget) -> Iterable[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.statusTip()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
        yield from (widget.tabToolTip(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget)
    if isinstance(widget, QSpinBox):
        yield widget.prefix()
        yield widget.suffix()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QMenu):
        yield widget.title()


def _action_texts(action: QAction) -> Iterable[str]:
    yield action.text()
    yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
    yield action.statusTip()


def visible_texts(root: QWidget) -> dict[str, str]:
    """{text: where} for every text in `root` and its children (empty ones left out)."""
    found: dict[str, str] = {}
    widgets: list[QObject] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not isinstance(widget, QWidget) or widget.objectName().startswith("qt_"):
            continue
        owner = widget.parentWidget()
        if owner is not None and owner.objectName().startswith("qt_"):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r} in {type(owner).__name__}"
        for text in _widget_texts(widget):
            text = _plain(str(text)).strip()
            if text:
                found.setdefault(text, where)
    for action in root.findChildren(QAction):
        for text in _action_texts(action):
            text = str(text).strip()
            if text:
                found.setdefault(text, f"action {action.objectName()!r}")
    return found


def unmarked(texts: dict[str, str], data_words: set[str]) -> dict[str, str]:
    """The texts with words outside ⟦ ⟧ that are not data (names, numbers, codes)."""
    wrong = {}
    for text, where in texts.items():
        rest, previous = text, None
        while rest != previous:  # marks inside marks: a translated text with values
            previous, rest = rest, MARKED.sub(" ", rest)
        words = re.findall(r"[^\W\d_]{2,}", rest)
        strange = [w for w in words if w not in data_words]
        if strange:
            wrong[text] = where
    return wrong
