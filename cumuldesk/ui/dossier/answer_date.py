"""The date of the applicant's answer: empty until the handler gives it (typed as
dd/mm/yyyy, or picked in a calendar), never in the future. No date is suggested: an answer
is recorded only with a date the handler gave.

`parse_day` is the plain function behind it (tested without Qt).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from cumuldesk.ui.kit.formatting import day

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_day(text: str) -> date | None:
    """ "21/11/2026", "21.11.2026", "21-11-2026", "21 11 2026", "1/2/2026" or "21112026" as
    a date; None when the text is no date (empty, or an impossible day)."""
    match = _SEPARATED.match(text) or _DIGITS.match(text)
    if match is None:
        return None
    day_number, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day_number)
    except ValueError:
        return None


class AnswerDateField(QWidget):
    """A date typed or picked by the handler; empty at the start. `date()` is the date
    given (None while empty, unreadable or in the future), `problem()` says why not."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._latest: date | None = None  # the last day allowed (today)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        # the calendar pops up on demand and goes again (Qt names its months itself)
        self.calendar: QCalendarWidget | None = None
        self.calendar_button = QToolButton()
        self.calendar_button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setAccessibleName(self.tr("Pick the answer date in a calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the date in a calendar"))
        if self.calendar is not None:
            self.calendar.setAccessibleName(self.tr("Calendar"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ value

    def set_latest(self, latest: date) -> None:
        """The last day that can be given (today)."""
        self._latest = latest
        self.changed.emit()

    def set_date(self, value: date | None) -> None:
        """Show this date (None: empty)."""
        self.edit.setText("" if value is None else day(value))

    def clear(self) -> None:
        self.edit.clear()

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def date(self) -> date | None:
        """The date given; None while empty, unreadable or after the last allowed day."""
        value = parse_day(self.edit.text())
        if value is None or (self._latest is not None and value > self._latest):
            return None
        return value

    def problem(self) -> str:
        """Why the text is no usable date ("" when it is one, or when empty)."""
        if self.is_empty():
            return ""
        value = parse_day(self.edit.text())
        if value is None:
            return self.tr("Type the answer date as dd/mm/yyyy.")
        if self._latest is not None and value > self._latest:
            return self.tr("The answer date cannot be in the future.")
        return ""

    # ------------------------------------------------------------------ calendar

    def show_calendar(self) -> None:
        """A calendar under the field (today at most; Escape closes it): a day clicked, or
        chosen with the arrows and Enter, is the date."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        calendar.setAccessibleName(self.tr("Calendar"))
        if self._latest is not None:
            latest = self._latest
            calendar.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        shown = self.date() or self._latest
        if shown is not None:
            qdate = QDate(shown.year, shown.month, shown.day)
            calendar.setSelectedDate(qdate)
            calendar.setCurrentPage(qdate.year(), qdate.month())
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.destroyed.connect(self._calendar_gone)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _calendar_gone(self) -> None:
        self.calendar = None

    def _picked(self, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        if self.calendar is not None:
            self.calendar.close()
        self.edit.setFocus()
