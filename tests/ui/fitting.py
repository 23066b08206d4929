"""Whether the texts of a widget tree are shown whole, for tests/ui/test_texts_fit.py.

`misfits(root, window)` walks every visible widget of `root` and returns a `Misfit` for
each text that does not get the room it needs, measured with the widget's own font
metrics against the room Qt gives it:

- QLabel: without word wrap, the text's advance (each line; rich text laid out by a
  QTextDocument as QLabel does) within the contents rect minus margin and indent, and
  its lines' height within the height; with word wrap, `heightForWidth(width)` within the
  height and no single word wider than the label;
- QAbstractButton: push buttons' text (+ icon, + menu arrow) within the style's contents
  rect (`SE_PushButtonContents`: frame, padding and the style sheet's padding taken off);
  check boxes and radio buttons within `SE_CheckBoxContents` / `SE_RadioButtonContents`;
  tool buttons that show a text: `sizeHint().width() <= width()`;
- QGroupBox: its title (and check box) within the group's width;
- QTabBar: each tab's `tabSizeHint` within its `tabRect` (and within the bar unless the
  bar scrolls);
- QHeaderView of every visible table and tree: each section's `sectionSizeFromContents`
  within `sectionSize` (a header that wraps: the height instead);
- table and tree cells in view: the delegate's size hint for the displayed text within
  the cell's `visualRect` (its width; with word wrap, its height);
- QComboBox: the current text within the edit field's rect;
- any visible widget that sticks out of its parent, when that parent is not the viewport
  of a scroll area (where scrolling to it is the point);
- the monthly report's chart (`chart_misfits`, called by the test of its page): the texts
  it paints, its two legend lines and the month under each bar, within the room
  `ui.report.chart.paint_chart` gives them.

Texts that are data (names, references, notes: `data_words`) are left out when they have
no other word; headers, labels and buttons are never data. A cell or label shown elided
on purpose whose tool tip gives the whole text (a name too long for its column) is not a
misfit: the handler reads it by hovering.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

SLACK = 1  # a pixel of rounding between QFontMetrics and QFontMetricsF
WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Misfit:
    window: str  # which page or dialog, e.g. "fr 200% simulation"
    kind: str  # label, button, header, cell, group, tab, combo, clipped, ruler, window
    widget: str  # class and objectName or accessibleName
    text: str
    needed: int  # pixels
    given: int
    axis: str = "w"  # w: width, h: height

    def __str__(self) -> str:
        return (
            f"{self.window} | {self.kind} | {self.widget} | {self.text!r} | "
            f"{self.axis} {self.needed}/{self.given}"
        )


def name_of(widget: QWidget) -> str:
    """Class and objectName (else accessibleName, else those of the nearest named
    ancestor: "QLabel in CasePanel 'Case'")."""
    name = widget.objectName() or widget.accessibleName()
    owner = widget.parentWidget()
    while not name and owner is not None:
        name = owner.objectName() or owner.accessibleName()
        if name:
            name = f"in {type(owner).__name__} {name!r}"
            return f"{type(widget).__name__} {name}"
        owner = owner.parentWidget()
    return f"{type(widget).__name__} {name!r}" if name else type(widget).__name__


def shown_text(text: str) -> str:
    """A text with mnemonic markers as it is shown ("&&" an ampersand, "&x" an x)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_data(text: str, data_words: set[str]) -> bool:
    """A text made of data only (names, references, notes): at least one data word and no
    other word. Amounts, dates and counts are not data: they must be shown whole."""
    words = WORD.findall(text)
    return bool(words) and all(word in data_words for word in words)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


# Qt's own parts of compound widgets, by the object names Qt gives them: a spin box's or
# date edit's line edit, a calendar's buttons, scroll-area corners, extension buttons.
# (Not every qt_* name: the tab widget's tab bar and stack, the scroll areas' viewports
# and the application's own qt_* widgets hold texts a handler reads.)
QT_PARTS = (
    "qt_spinbox",
    "qt_calendar",
    "qt_datetimedit",
    "qt_scrollarea_hcontainer",
    "qt_scrollarea_vcontainer",
    "qt_toolbar_ext",
    "qt_menubar_ext",
    "qt_combobox",
)


def _internal(widget: QWidget) -> bool:
    owner: QWidget | None = widget
    while owner is not None:
        if isinstance(owner, QMenu) or owner.objectName().startswith(QT_PARTS):
            return True
        owner = owner.parentWidget()
    return False


# --------------------------------------------------------------------------- labels


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    if fmt == Qt.TextFormat.PlainText:
        return False
    return GuiQt.mightBeRichText(label.text())


def _label_room(label: QLabel) -> QRect:
    room = label.contentsRect()
    margin = label.margin()
    room.adjust(margin, margin, -margin, -margin)
    indent = label.indent()
    if indent < 0 and label.frameWidth() > 0:
        indent = label.fontMetrics().horizontalAdvance("x") // 2
    if indent > 0:
        align = label.alignment()
        if align & Qt.AlignmentFlag.AlignLeft:
            room.setLeft(room.left() + indent)
        elif align & Qt.AlignmentFlag.AlignRight:
            room.setRight(room.right() - indent)
    return room


def _label_needs(label: QLabel) -> QSize:
    """The size of the text laid out on one line per paragraph (no wrapping)."""
    if _rich(label):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)  # as QLabel's text control
        document.setHtml(label.text())
        width = document.idealWidth()
        return QSize(math.ceil(width), math.ceil(document.size().height()))
    # a label with a buddy shows "&x" as an underlined x; without one, "&" as it is
    flags = int(Qt.TextFlag.TextExpandTabs)
    if label.buddy() is not None:
        flags |= int(Qt.TextFlag.TextShowMnemonic)
    return label.fontMetrics().size(flags, label.text())


def _longest_word(label: QLabel) -> tuple[str, int]:
    if _rich(label):
        document = QTextDocument()
        document.setHtml(label.text())
        text = document.toPlainText()
    else:
        text = shown_text(label.text()) if label.buddy() is not None else label.text()
    metrics = label.fontMetrics()
    words = text.split() or [""]
    longest = max(words, key=metrics.horizontalAdvance)
    return longest, metrics.horizontalAdvance(longest)


def _elides_itself(label: QLabel) -> bool:
    """A label that paints its own text elided to its width, with the whole text in its
    tool tip (the status bar's "Signed in as" shrinks with the window): shortened on
    purpose, readable by hovering, so not a misfit (a plain QLabel clips instead)."""
    paints = type(label).paintEvent is not QLabel.paintEvent
    tip, text = label.toolTip(), label.text()
    # the whole text is its tooltip, or the tooltip's first line (an explanation after it)
    return paints and (tip == text or tip.startswith(text + "\n"))


def label_misfits(label: QLabel, window: str, data_words: set[str]) -> Iterable[Misfit]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    shown = shown_text(text)
    if is_data(shown, data_words):
        return
    room = _label_room(label)
    who = name_of(label)
    if _elides_itself(label):
        return
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            yield Misfit(window, "label", who, shown, needed, label.height(), "h")
        word, width = _longest_word(label)
        if width > room.width() + SLACK:
            yield Misfit(window, "label", who, word, width, room.width())
        return
    size = _label_needs(label)
    if size.width() > room.width() + SLACK:
        yield Misfit(window, "label", who, shown, size.width(), room.width())
    # one line needs the font's height; several lines each theirs
    if size.height() > room.height() + SLACK:
        yield Misfit(window, "label", who, shown, size.height(), room.height(), "h")


# -------------------------------------------------------------------------- buttons


def _icon_room(button: QAbstractButton) -> int:
    if button.icon().isNull():
        return 0
    return button.iconSize().width() + 4  # Qt leaves 4 px between icon and text


def button_misfits(button: QAbstractButton, window: str) -> Iterable[Misfit]:
    text = shown_text(button.text())
    if not text.strip():
        return
    who = name_of(button)
    style = button.style()
    metrics = button.fontMetrics()
    advance = metrics.size(int(Qt.TextFlag.TextShowMnemonic), button.text()).width()
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return
        needed = button.sizeHint().width()
        if needed > button.width() + SLACK:
            yield Misfit(window, "button", who, text, needed, button.width())
        return
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined] - every concrete button has it
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        element = QStyle.SubElement.SE_PushButtonContents
    room = style.subElementRect(element, option, button)
    needed = advance + _icon_room(button)
    if isinstance(button, QPushButton) and button.menu() is not None:
        needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    if needed > room.width() + SLACK:
        yield Misfit(window, "button", who, text, needed, room.width())
    height = metrics.height()
    if height > room.height() + SLACK:
        yield Misfit(window, "button", who, text, height, room.height(), "h")


# ----------------------------------------------------------------- groups, tabs, combos


def group_misfits(group: QGroupBox, window: str) -> Iterable[Misfit]:
    title = shown_text(group.title())
    if not title.strip():
        return
    option = QStyleOptionGroupBox()
    group.initStyleOption(option)  # type: ignore[attr-defined]
    label = group.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, group
    )
    advance = group.fontMetrics().size(int(Qt.TextFlag.TextShowMnemonic), group.title()).width()
    who = name_of(group)
    if advance > label.width() + SLACK:
        yield Misfit(window, "group", who, title, advance, label.width())
    if label.right() > group.rect().right() + SLACK:
        yield Misfit(window, "group", who, title, label.right() + 1, group.width())


def tab_misfits(bar: QTabBar, window: str) -> Iterable[Misfit]:
    who = name_of(bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = shown_text(bar.tabText(index))
        needed = bar.tabSizeHint(index).width()  # type: ignore[attr-defined] - protected
        given = bar.tabRect(index).width()
        if needed > given + SLACK:
            yield Misfit(window, "tab", who, text, needed, given)
        right = bar.tabRect(index).right()
        if not bar.usesScrollButtons() and right > bar.width() + SLACK:
            yield Misfit(window, "tab", who, text, right + 1, bar.width())


def combo_misfits(combo: QComboBox, window: str, data_words: set[str]) -> Iterable[Misfit]:
    text = combo.currentText()
    if not text.strip() or combo.isEditable() or is_data(text, data_words):
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)  # type: ignore[attr-defined]
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + SLACK:
        yield Misfit(window, "combo", name_of(combo), text, needed, field.width())


# --------------------------------------------------------------------- tables, trees


def header_misfits(view: QAbstractItemView, header: QHeaderView, window: str) -> Iterable[Misfit]:
    """Each section's text within the rectangle the style draws it in (`SE_HeaderLabel`
    of the section: margins, the style sheet's padding and, in the sorted section only,
    the sort arrow taken off); a header that wraps: its longest word within that width
    (a word is cut, never broken) and its lines within that height."""
    if not _shown(header):
        return
    model = header.model()
    if model is None:
        return
    orientation = header.orientation()
    alignment = header.defaultAlignment()
    wraps = bool(int(alignment.value) & int(Qt.TextFlag.TextWordWrap.value))
    who = f"{name_of(view)} header"
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0:
            continue
        text = str(model.headerData(logical, orientation, Qt.ItemDataRole.DisplayRole) or "")
        if not text.strip():
            continue
        option, metrics = _section_option(header, logical, text)
        label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        room_w = label.width()
        if not option.icon.isNull():  # the icon is drawn in the label's rectangle too
            small = QStyle.PixelMetric.PM_SmallIconSize
            room_w -= header.style().pixelMetric(small, option, header) + 4
        shown = " / ".join(text.splitlines())
        if wraps and orientation == Qt.Orientation.Horizontal:
            longest = max(text.split() or [text], key=metrics.horizontalAdvance)
            word = metrics.horizontalAdvance(longest)
            if word > room_w + SLACK:
                yield Misfit(window, "header", who, longest, word, room_w)
            height = _wrapped_height(metrics, text, room_w)
        else:
            size = metrics.size(0, text)
            if size.width() > room_w + SLACK:
                yield Misfit(window, "header", who, shown, size.width(), room_w)
            height = size.height()
        if height > label.height() + SLACK:
            yield Misfit(window, "header", who, shown, height, label.height(), "h")


def _section_option(
    header: QHeaderView, logical: int, text: str
) -> tuple[QStyleOptionHeader, QFontMetrics]:
    """The style option the header paints `logical` with: its rectangle, text, font and
    icon, and the sort arrow only in the section that shows it."""
    option = QStyleOptionHeader()
    header.initStyleOption(option)  # type: ignore[attr-defined] - protected
    orientation = header.orientation()
    position, size = header.sectionViewportPosition(logical), header.sectionSize(logical)
    if orientation == Qt.Orientation.Horizontal:
        option.rect = QRect(position, 0, size, header.height())
    else:
        option.rect = QRect(0, position, header.width(), size)
    option.section = logical
    option.orientation = orientation
    option.text = text
    model = header.model()
    metrics = header.fontMetrics()
    font = model.headerData(logical, orientation, Qt.ItemDataRole.FontRole)
    if isinstance(font, QFont):
        metrics = QFontMetrics(font)
        option.fontMetrics = metrics
    icon = model.headerData(logical, orientation, Qt.ItemDataRole.DecorationRole)
    if isinstance(icon, QIcon):
        option.icon = icon
    arrow = header.isSortIndicatorShown() and header.sortIndicatorSection() == logical
    option.sortIndicator = (
        QStyleOptionHeader.SortIndicator.SortDown
        if arrow
        else QStyleOptionHeader.SortIndicator.None_
    )
    return option, metrics


def _wrapped_height(metrics: QFontMetrics, text: str, width: int) -> int:
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text).height()


def _cells_in_view(view: QAbstractItemView) -> Iterable[QModelIndex]:
    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column (its columnCount is private)
        columns = 1

    def walk(parent: QModelIndex) -> Iterable[QModelIndex]:
        for row in range(model.rowCount(parent)):
            first = model.index(row, 0, parent)
            rect = view.visualRect(first)
            if isinstance(view, QTreeView) and rect.isEmpty() and row > 0:
                continue  # a collapsed or scrolled-away row
            if rect.top() > viewport.bottom():
                return
            for column in range(columns):
                index = model.index(row, column, parent)
                cell = view.visualRect(index)
                if cell.isValid() and cell.intersects(viewport):
                    yield index
            if isinstance(view, QTreeView) and view.isExpanded(first):
                yield from walk(first)

    yield from walk(QModelIndex())


def cell_misfits(view: QAbstractItemView, window: str, data_words: set[str]) -> Iterable[Misfit]:
    who = name_of(view)
    wraps = isinstance(view, (QTableView, QTreeView)) and view.wordWrap()
    for index in _cells_in_view(view):
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text.strip() or is_data(text, data_words):
            continue
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        whole_in_tip = tip == text or tip.startswith(text + "\n")
        if whole_in_tip and view.textElideMode() != Qt.TextElideMode.ElideNone:
            # shortened on purpose with an ellipsis, the whole text as its tool tip (a
            # name or a source too long for its column): read by hovering, not a misfit
            # (a tool tip that only explains the cell does not count)
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)  # type: ignore[attr-defined] - protected
        cell = view.visualRect(index)
        option.rect = cell
        delegate = view.itemDelegateForIndex(index)
        needed = delegate.sizeHint(option, index)
        if wraps:
            option.rect = QRect(cell.topLeft(), QSize(cell.width(), 100_000))
            # the height the delegate needs at this width: QStyledItemDelegate wraps to
            # option.rect's width when the view wraps
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            high = delegate.sizeHint(option, index).height()
            if high > cell.height() + SLACK:
                yield Misfit(window, "cell", who, text, high, cell.height(), "h")
            continue
        if needed.width() > cell.width() + SLACK:
            yield Misfit(window, "cell", who, text, needed.width(), cell.width())


def offscreen_columns(view: QAbstractItemView, window: str) -> Iterable[Misfit]:
    """Columns that need a horizontal scroll to be read, and list rows wider than their
    list (for the normal-font window, where the issue saw the French simulation's last
    columns off-screen)."""
    if view.model() is None:
        return
    if isinstance(view, QListView):  # a row wider than the list: its end is cut off
        width = view.viewport().width()
        for index in _cells_in_view(view):
            rect = view.visualRect(index)
            if rect.right() > width + SLACK:
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                yield Misfit(window, "off-screen", name_of(view), text, rect.right() + 1, width)
        return
    header = view.header() if isinstance(view, QTreeView) else None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    if header is None:
        return
    width = view.viewport().width()
    if header.length() > width + SLACK:
        columns = [
            " ".join(str(view.model().headerData(c, Qt.Orientation.Horizontal) or "").split())
            for c in range(header.count())
            if not header.isSectionHidden(c)
            and header.sectionViewportPosition(c) + header.sectionSize(c) > width + SLACK
        ]
        yield Misfit(
            window, "off-screen", name_of(view), ", ".join(columns), header.length(), width
        )


# ------------------------------------------------------------------- clipped widgets


def _scrolls(parent: QWidget) -> bool:
    """A parent whose children may lie outside it on purpose: a scroll area's viewport
    (scrolling reaches them) and the scroll area itself."""
    if isinstance(parent, QAbstractScrollArea):
        return True
    owner = parent.parentWidget()
    return isinstance(owner, QAbstractScrollArea) and owner.viewport() is parent


def clipped(widget: QWidget, window: str) -> Iterable[Misfit]:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _scrolls(parent):
        return
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return
    inside = parent.rect()
    box = widget.geometry()
    if inside.contains(box):
        return
    text = _text_of(widget)
    if box.right() > inside.right() + SLACK or box.left() < -SLACK:
        yield Misfit(window, "clipped", name_of(widget), text, box.right() + 1, parent.width())
    elif box.bottom() > inside.bottom() + SLACK or box.top() < -SLACK:
        yield Misfit(
            window, "clipped", name_of(widget), text, box.bottom() + 1, parent.height(), "h"
        )


def _text_of(widget: QWidget) -> str:
    for attribute in ("text", "title", "currentText"):
        method = getattr(widget, attribute, None)
        if callable(method):
            try:
                value = method()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                return shown_text(value)
    return widget.accessibleName()


# ------------------------------------------------------------------------------ all


def settle(root: QWidget) -> None:
    """Let the layouts and the item views' delayed layouts (ResizeToContents sections,
    done on a zero timer) finish, as before the screen is painted."""
    app = QApplication.instance()
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()
        for view in root.findChildren(QAbstractItemView):
            view.executeDelayedItemsLayout()  # type: ignore[attr-defined] - protected
    app.processEvents()


def misfits(root: QWidget, window: str, data_words: set[str] = frozenset()) -> list[Misfit]:
    """Every text of `root`'s visible widgets that is not shown whole."""
    settle(root)
    found: list[Misfit] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget) or _internal(widget) or not widget.isVisibleTo(root):
            continue
        if widget is not root:
            found.extend(clipped(widget, window))
        if isinstance(widget, QLabel):
            found.extend(label_misfits(widget, window, set(data_words)))
        elif isinstance(widget, QAbstractButton):
            found.extend(button_misfits(widget, window))
        elif isinstance(widget, QGroupBox):
            found.extend(group_misfits(widget, window))
        elif isinstance(widget, QTabBar):
            found.extend(tab_misfits(widget, window))
        elif isinstance(widget, QComboBox):
            found.extend(combo_misfits(widget, window, set(data_words)))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            if isinstance(widget, QTableView):
                found.extend(header_misfits(widget, widget.horizontalHeader(), window))
                found.extend(header_misfits(widget, widget.verticalHeader(), window))
            elif isinstance(widget, QTreeView):
                found.extend(header_misfits(widget, widget.header(), window))
            found.extend(cell_misfits(widget, window, set(data_words)))
    return found


def overlapping(rects: list[tuple[str, QRectF]], window: str) -> list[Misfit]:
    """Pairs of texts drawn over each other (the timeline's ruler and labels)."""
    found = []
    for i, (text, rect) in enumerate(rects):
        for other, other_rect in rects[i + 1 :]:
            if rect.intersects(other_rect):
                common = rect.intersected(other_rect)
                found.append(
                    Misfit(
                        window,
                        "ruler",
                        "TimelineWidget",
                        f"{text} / {other}",
                        math.ceil(common.width()),
                        0,
                    )
                )
    return found


def beyond(rects: list[tuple[str, QRectF]], bounds: QRectF, window: str) -> list[Misfit]:
    """Texts drawn partly outside the widget that paints them (cut at its edge)."""
    found = []
    for text, rect in rects:
        if not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            if rect.right() > bounds.right() + SLACK or rect.left() < bounds.left() - SLACK:
                needed = math.ceil(rect.width())
                given = math.floor(rect.intersected(bounds).width())
                found.append(Misfit(window, "ruler", "TimelineWidget", text, needed, given))
            else:
                needed = math.ceil(rect.height())
                given = math.floor(rect.intersected(bounds).height())
                found.append(Misfit(window, "ruler", "TimelineWidget", text, needed, given, "h"))
    return found


def too_large(window_widget: QWidget, window: str, size: QSize) -> list[Misfit]:
    """A window that the screen size given cannot hold (its layout's minimum)."""
    hint = window_widget.minimumSizeHint().expandedTo(window_widget.minimumSize())
    found = []
    if hint.width() > size.width():
        found.append(
            Misfit(window, "window", name_of(window_widget), "", hint.width(), size.width())
        )
    if hint.height() > size.height():
        found.append(
            Misfit(window, "window", name_of(window_widget), "", hint.height(), size.height(), "h")
        )
    return found


# --------------------------------------------------------------------- painted texts


def chart_misfits(chart: QWidget, window: str) -> list[Misfit]:
    """The texts `ui.report.chart.paint_chart` draws in the window's chart (a
    `MonthlyChart`), measured as it lays them out: the widget's area less 8 px each side;
    each legend line after its 20 px swatch; the month label ("sep 26") of each of the
    slots the plot is cut into, the plot being the area less the left axis' room
    ("0000" + 8 px) and the right axis' room ("000.000" + 8 px)."""
    from cumuldesk.ui.report.chart import BARS, CONTEXT, LINE

    found: list[Misfit] = []
    if not _shown(chart):
        return found
    metrics = chart.fontMetrics()
    who = name_of(chart)
    area = chart.rect().adjusted(8, 8, -8, -8)
    for source in (BARS, LINE):
        text = QApplication.translate(CONTEXT, source)
        needed = metrics.horizontalAdvance(text)
        room = area.width() - 20
        if needed > room + SLACK:
            found.append(Misfit(window, "chart", who, text, needed, room))
    series = getattr(chart, "series", lambda: ())()
    if series:
        plot = (
            area.width()
            - (metrics.horizontalAdvance("0000") + 8)
            - (metrics.horizontalAdvance("000.000") + 8)
        )
        slot = plot / len(series)
        from cumuldesk.ui.report.chart import window_locale

        locale = window_locale()
        for point in series:
            name = locale.standaloneMonthName(point.month.month, locale.FormatType.ShortFormat)
            text = f"{name} {point.month.year % 100:02d}"
            needed = metrics.horizontalAdvance(text)
            if needed > slot + SLACK:
                found.append(Misfit(window, "chart", who, text, needed, math.floor(slot)))
    return found
