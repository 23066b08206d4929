"""Small widgets of the simulation page: the mark under a field that is wrong, the
verdict banner (an icon whose shape differs per kind, so not colour alone) and the tables'
header whose sections are as wide as their words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.services.simulation.form import NOT_APPLICABLE, RENOUNCE
from cumuldesk.ui.kit.style import mark_banner, set_severity


class ErrorMark(QWidget):
    """Under a field: a warning symbol and what is wrong (hidden when the field is fine)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")  # the stylesheet colours the words
        # the words wrap in the width of the form: a long message never widens it
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.message: str | None = None

    def set_message(self, message: str | None) -> None:
        self.message = message
        self.text.setText(message or "")
        self.setAccessibleName(message or "")


class VerdictBanner(QFrame):
    """The verdict in words, with an icon whose shape differs per kind (not colour alone)."""

    ICONS = {
        "ivt_it_better": QStyle.StandardPixmap.SP_DialogApplyButton,
        RENOUNCE: QStyle.StandardPixmap.SP_MessageBoxInformation,
        NOT_APPLICABLE: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        "invalid": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "info": QStyle.StandardPixmap.SP_FileDialogInfoView,
    }
    # the stylesheet's tint per kind (ui/kit/style.py); the icon and words carry the meaning
    SEVERITIES = {
        "ivt_it_better": "success",
        RENOUNCE: "info",
        NOT_APPLICABLE: "neutral",
        "invalid": "error",
        "info": "neutral",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        mark_banner(self, "verdictBanner", "neutral")
        layout = QHBoxLayout(self)
        self.icon = QLabel(self)
        self.title = QLabel(self)
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.kind = "info"

    def show_verdict(self, kind: str, text: str, detail: str = "") -> None:
        self.kind = kind
        set_severity(self, self.SEVERITIES.get(kind, "neutral"))
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        self.icon.setPixmap(self.style().standardIcon(self.ICONS[kind]).pixmap(size, size))
        self.title.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(QCoreApplication.translate("SimulationPage", "Verdict"))
        self.setAccessibleDescription(f"{text} {detail}".strip())


class FittedHeader(QHeaderView):
    """A horizontal header whose sections (ResizeToContents) are as wide as their words.
    Qt reserves the sort arrow's room, as wide as the header is high plus a margin, in
    every section; a two-line header then costs each of eleven columns some 35 pixels,
    and the last columns of the month table left the screen in French. Here only the
    sorted section has room for the arrow, as wide as the style draws it (Qt resizes
    the sections when the sort changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803 - Qt's names
        size = super().sectionSizeFromContents(logicalIndex)
        if not self.isSortIndicatorShown():
            return size
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        width = size.width() - size.height() - margin  # the words and their margins
        if logicalIndex == self.sortIndicatorSection():
            width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
        size.setWidth(max(width, self.minimumSectionSize()))
        return size
