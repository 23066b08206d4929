"""The banner of a retroactive change that arrived by sync: which months of BOB become owed
again or must stop, in words and with an icon (not colour alone), what the handler does
next (simulate again with its key, check the proposal letter already sent, acknowledge),
and the button that acknowledges it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from cumuldesk.domain.months import Month
from cumuldesk.services.dossiers.page_data import month_runs
from cumuldesk.services.dossiers.store import RetroFlagView
from cumuldesk.ui.kit.formatting import day, month_label
from cumuldesk.ui.kit.style import mark_banner

CONTEXT = "RetroBanner"
SIMULATE_KEYS = "Ctrl+Shift+S"  # the dossier page's Simulate


def key_text(keys: str) -> str:
    """A key sequence as the system writes it ("Ctrl+Shift+S")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def months_text(months: Iterable[str | Month]) -> str:
    """ "03/2025 to 06/2025, 09/2025" for the months of a flag."""
    parts = []
    for first, last in month_runs(months):
        if first == last:
            parts.append(month_label(first))
        else:
            parts.append(
                QCoreApplication.translate("RetroBanner", "%1 to %2")
                .replace("%1", month_label(first))
                .replace("%2", month_label(last))
            )
    return ", ".join(parts)


class RetroBanner(QFrame):
    """An icon, what changed, and Acknowledge (hidden while there is no open flag)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        mark_banner(self, "retroBanner", "warning")
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.acknowledge_button = QPushButton()
        banner = QHBoxLayout(self)
        banner.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.label, 1)
        banner.addWidget(self.acknowledge_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def retranslate_ui(self) -> None:
        self.acknowledge_button.setText(self.tr("Acknowledge"))
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge the retroactive change"))
        self.acknowledge_button.setToolTip(
            self.tr("I have seen this change; remove the flag from the work list")
        )
        self.setAccessibleName(self.tr("Retroactive change"))

    def show_flags(
        self,
        flags: Sequence[RetroFlagView],
        *,
        can_acknowledge: bool,
        letter_sent: date | None = None,
    ) -> None:
        """Say what the open flags of a dossier change and what to do; no flag hides the
        banner. `letter_sent`: the day the case's renunciation proposal was sent."""
        if not flags:
            self.hide()
            return
        owed = [month for flag in flags for month in flag.owed]
        stop = [month for flag in flags for month in flag.stop]
        lines = [
            self.tr("Retroactive change: an IVT/IT decision was changed after the fact (by sync).")
        ]
        if owed:
            lines.append(self.tr("BOB becomes owed again for %1.").replace("%1", months_text(owed)))
        if stop:
            lines.append(self.tr("BOB must stop for %1.").replace("%1", months_text(stop)))
        if not owed and not stop:
            lines.append(self.tr("No month of the ban window changes."))
        lines.append(
            self.tr(
                "What to do: simulate again (%1) to see whether IVT/IT is still more favourable."
            ).replace("%1", key_text(SIMULATE_KEYS))
        )
        if letter_sent is not None:
            lines.append(
                self.tr(
                    "A renunciation proposal was sent on %1: check whether it still holds, "
                    "and tell the applicant if it does not."
                ).replace("%1", day(letter_sent))
            )
        lines.append(self.tr("Then press Acknowledge: the dossier leaves the work list's filter."))
        self.label.setText("\n".join(lines))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) * 2
        self.icon.setPixmap(icon.pixmap(size, size))
        self.label.setAccessibleName(self.tr("Retroactive change"))
        self.acknowledge_button.setEnabled(can_acknowledge)
        self.show()

    def add_line(self, text: str) -> None:
        """One more line under what changed (why acknowledging failed)."""
        self.label.setText(self.label.text() + "\n" + text)
