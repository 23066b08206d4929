"""The work list's filter bar: one checkable button per filter that matters, each with its
count and an Alt+number shortcut, wrapping to a second line at large font sizes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QToolButton, QWidget

from cumuldesk.services.worklist import (
    CONFLICTS_NOW,
    PROPOSAL_TO_SEND,
    RENUNCIATION_TO_PROPOSE,
    RETROACTIVE,
    TURNING_18_SOON,
    WAITING_PAST_DEADLINE,
)
from cumuldesk.ui.kit.widgets import FlowLayout

ALL = "all"  # the button that shows every case
FILTER_ORDER = (
    ALL,
    CONFLICTS_NOW,
    PROPOSAL_TO_SEND,
    WAITING_PAST_DEADLINE,
    TURNING_18_SOON,
    RETROACTIVE,
    RENUNCIATION_TO_PROPOSE,  # Alt+7 (issue 18: the screening's verdict)
)


def count_text(count: int) -> str:
    """1.234 (Belgian thousands separator)."""
    return f"{count:,}".replace(",", ".")


class FilterBar(QWidget):
    """The filter buttons (exclusive); `chosen` says which one was checked."""

    chosen = Signal(str)  # ALL or a key of `services.worklist.FILTERS`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        layout = FlowLayout(self)
        for key in FILTER_ORDER:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.group.addButton(button)
            self.buttons[key] = button
            button.toggled.connect(lambda on, key=key: self._toggled(on, key))
            layout.addWidget(button)

    def _toggled(self, on: bool, key: str) -> None:
        if on:
            self.chosen.emit(key)

    def label(self, key: str) -> str:
        """The name of a filter as the handler reads it (without its count)."""
        labels = {
            ALL: self.tr("All"),
            CONFLICTS_NOW: self.tr("Conflicts now"),
            PROPOSAL_TO_SEND: self.tr("Proposal to send"),
            WAITING_PAST_DEADLINE: self.tr("Waiting past deadline"),
            TURNING_18_SOON: self.tr("Turning 18 within two months"),
            RETROACTIVE: self.tr("Retroactive changes"),
            RENUNCIATION_TO_PROPOSE: self.tr("Renunciation to propose"),
        }
        return labels[key]

    def _tip(self, key: str) -> str:
        tips = {
            ALL: self.tr("Every case of your team"),
            CONFLICTS_NOW: self.tr(
                "BOB and a paid IVT/IT in the same months, in the period VSB asks about today"
            ),
            PROPOSAL_TO_SEND: self.tr("A renunciation proposal is ready to be sent"),
            WAITING_PAST_DEADLINE: self.tr(
                "Waiting for the applicant's answer and the deadline has passed"
            ),
            TURNING_18_SOON: self.tr("The applicant turns 18 within two months from today"),
            RETROACTIVE: self.tr("A retroactive IVT/IT change arrived by sync and is not seen yet"),
            RENUNCIATION_TO_PROPOSE: self.tr(
                "The screening found that IVT/IT does not pay more: a renunciation is to be "
                "proposed"
            ),
        }
        return tips[key]

    def describe(self, key: str | None, search: str) -> str:
        """A filter (None: every case) and a search, in words (for the export)."""
        text = self.label(ALL if key is None else key)
        typed = search.strip()
        if typed:
            text = self.tr('{filter}, search "{text}"').format(filter=text, text=typed)
        return text

    def show_counts(self, counts: dict[str, int], total: int | None) -> None:
        """Each button's name with its count (none while unknown), in the current language."""
        for number, key in enumerate(FILTER_ORDER, start=1):
            button = self.buttons[key]
            count = total if key == ALL else counts.get(key)
            name = self.label(key)
            text = (
                name
                if count is None
                else self.tr("{name} ({count})").format(name=name, count=count_text(count))
            )
            button.setText(text.replace("&", "&&"))
            button.setAccessibleName(
                self.tr("Filter: {name}").format(name=name)
                if count is None
                else self.tr("Filter: {name}, {count} cases").format(
                    name=name, count=count_text(count)
                )
            )
            button.setToolTip(
                self.tr("{tip} (Alt+{number})").format(tip=self._tip(key), number=number)
            )
            button.setShortcut(QKeySequence(f"Alt+{number}"))
