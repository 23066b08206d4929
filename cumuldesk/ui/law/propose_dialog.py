"""Propose a law value (supervisors): parameter, category, from which day, the value, its
kind and its source. Checked before anything is sent (`services.law.form`): what is wrong
is said under its field, in the window's language; then sent in a background op on the
network lane (`Desk.propose_law_value`). When the central database refuses, its
sentence is shown in the dialog, which stays open with what was typed.

`proposed` carries the new value's id; the dialog then closes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.domain.law import Kind
from cumuldesk.services.law.form import ProposalForm, ProposalProblems, check_proposal
from cumuldesk.services.law.names import (
    bracket_name,
    kind_description,
    kind_name,
    ordered_names,
    parameter_name,
    yes_no,
)
from cumuldesk.services.law.page_data import LawStep
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.i18n import translated
from cumuldesk.ui.kit.ops import NETWORK, Op, user_message
from cumuldesk.ui.simulation.widgets import ErrorMark

DATE_FORMAT = "dd/MM/yyyy"  # as ui.kit.formatting.day


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _under(field: QWidget, mark: ErrorMark, parent: QWidget) -> QWidget:
    """A field with the mark that says what is wrong with it, under it."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(mark)
    mark.hide()
    return box


class ProposeDialog(QDialog):
    proposed = Signal(int)  # the id of the value proposed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.value_id: int | None = None
        self.sending = False
        metadata = ctx.desk.law
        self.names = ordered_names(metadata.names())
        self.units = {name: metadata.parameter(name).unit for name in self.names}
        self.brackets = {name: metadata.parameter(name).brackets for name in self.names}

        self.parameter = QComboBox(self)
        for name in self.names:
            self.parameter.addItem("", name)
        self.bracket = QComboBox(self)
        self.effective = QDateEdit(self)
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat(DATE_FORMAT)
        today = ctx.desk.today()
        self.effective.setDate(QDate(today.year, today.month, today.day))
        self.amount = QLineEdit(self)
        self.unit = QLabel(self)
        self.yes_no = QComboBox(self)
        self.yes_no.addItem("", True)
        self.yes_no.addItem("", False)
        self.kind = QComboBox(self)
        for kind in (Kind.SOURCED, Kind.COMPUTED):
            self.kind.addItem("", kind.value)
        self.source_title = QLineEdit(self)
        self.source_url = QLineEdit(self)
        marked = ("bracket", "value", "kind", "source_title", "source_url")
        self.marks = {key: ErrorMark(self) for key in marked}
        self.refusal = ErrorMark(self)  # what the central database said
        self.refusal.hide()

        value_row = QWidget(self)
        row = QHBoxLayout(value_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.yes_no, 1)
        row.addWidget(self.unit)

        self.labels = {key: QLabel(self) for key in ("parameter", "effective", *marked)}
        buddies = {
            "parameter": self.parameter,
            "bracket": self.bracket,
            "effective": self.effective,
            "value": self.amount,
            "kind": self.kind,
            "source_title": self.source_title,
            "source_url": self.source_url,
        }
        for key, label in self.labels.items():
            label.setBuddy(buddies[key])
        self.form = QFormLayout()
        self.form.addRow(self.labels["parameter"], self.parameter)
        self.form.addRow(self.labels["bracket"], _under(self.bracket, self.marks["bracket"], self))
        self.form.addRow(self.labels["effective"], self.effective)
        self.form.addRow(self.labels["value"], _under(value_row, self.marks["value"], self))
        self.form.addRow(self.labels["kind"], _under(self.kind, self.marks["kind"], self))
        self.form.addRow(
            self.labels["source_title"],
            _under(self.source_title, self.marks["source_title"], self),
        )
        self.form.addRow(
            self.labels["source_url"], _under(self.source_url, self.marks["source_url"], self)
        )
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.propose_button = QPushButton(self)
        self.propose_button.setDefault(True)
        self.buttons.addButton(self.propose_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.propose_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

        self.parameter.currentIndexChanged.connect(self._parameter_changed)
        self.kind.currentIndexChanged.connect(self._describe_kind)
        self.retranslate_ui()
        self._parameter_changed()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 54)

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Propose a law value"))
        self.setAccessibleName(self.tr("Propose a law value"))
        self.note.setText(
            self.tr(
                "The value is in force once another supervisor approves it; every desk then "
                "gets it with its next sync."
            )
        )
        texts = {
            "parameter": self.tr("&Parameter:"),
            "bracket": self.tr("&Category:"),
            "effective": self.tr("In force &from:"),
            "value": self.tr("&Value:"),
            "kind": self.tr("&Kind:"),
            "source_title": self.tr("&Source title:"),
            "source_url": self.tr("&Web address (optional):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for index, name in enumerate(self.names):
            self.parameter.setItemText(index, parameter_name(name, _t))
        self.parameter.setAccessibleName(self.tr("Law parameter"))
        self.parameter.setAccessibleDescription(self.tr("The amount or rule the value is for"))
        self.bracket.setAccessibleName(self.tr("Category"))
        self.bracket.setAccessibleDescription(
            self.tr("The category, points band or region the value is for")
        )
        self.effective.setAccessibleName(self.tr("In force from"))
        self.effective.setAccessibleDescription(
            self.tr("The first day the value applies, as day/month/year")
        )
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("for example 351,49"))
        self.amount.setAccessibleDescription(
            self.tr("The amount in euro, with a decimal comma, for example 351,49")
        )
        for index, value in enumerate((True, False)):
            self.yes_no.setItemText(index, yes_no(value, _t))
        self.yes_no.setAccessibleName(self.tr("Rule applies"))
        self.yes_no.setAccessibleDescription(self.tr("Yes: the rule applies from this day on"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_name(self.kind.itemData(index), _t))
        self.kind.setAccessibleName(self.tr("Kind of value"))
        self._describe_kind()
        self.source_title.setAccessibleName(self.tr("Source title"))
        self.source_title.setPlaceholderText(self.tr("the act or public page, with its date"))
        self.source_title.setAccessibleDescription(
            self.tr("Required: the title of the act or public page the value was read on")
        )
        self.source_url.setAccessibleName(self.tr("Web address of the source"))
        self.source_url.setPlaceholderText("https://")
        self.source_url.setAccessibleDescription(
            self.tr("Optional: the address of the page, starting with https://")
        )
        self.propose_button.setText(self.tr("Pr&opose"))
        self.propose_button.setToolTip(self.tr("Send the proposal to the central database (Enter)"))
        self.cancel_button.setToolTip(self.tr("Close without proposing (Esc)"))
        self._show_unit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _describe_kind(self) -> None:
        kind = self.kind.currentData()
        if kind is not None:
            self.kind.setToolTip(f"{kind_name(kind, _t)}: {kind_description(kind, _t)}")
            self.kind.setAccessibleDescription(self.kind.toolTip())

    # ------------------------------------------------------------------ fields

    def current_name(self) -> str:
        return str(self.parameter.currentData() or "")

    def _parameter_changed(self) -> None:
        name = self.current_name()
        brackets = self.brackets.get(name)
        self.bracket.clear()
        for bracket in brackets or ():
            self.bracket.addItem(bracket_name(name, bracket, _t), bracket)
        self.form.setRowVisible(1, brackets is not None)
        boolean = self.units.get(name) == "boolean"
        self.amount.setVisible(not boolean)
        self.unit.setVisible(not boolean)
        self.yes_no.setVisible(boolean)
        self.labels["value"].setBuddy(self.yes_no if boolean else self.amount)
        self._show_unit()
        for mark in self.marks.values():
            mark.set_message(None)
            mark.hide()

    def _show_unit(self) -> None:
        unit = self.units.get(self.current_name(), "")
        words = {"EUR/year": self.tr("EUR per year"), "EUR/month": self.tr("EUR per month")}
        self.unit.setText(words.get(unit, ""))

    def select(self, name: str, bracket: str | None = None) -> None:
        """Choose a parameter (and a category) by name, as a caller or a test would."""
        self.parameter.setCurrentIndex(self.parameter.findData(name))
        if bracket is not None:
            self.bracket.setCurrentIndex(self.bracket.findData(bracket))

    def form_values(self) -> ProposalForm:
        """The fields as typed (read on the GUI thread)."""
        day = self.effective.date()
        name = self.current_name()
        boolean = self.units.get(name) == "boolean"
        return ProposalForm(
            name=name,
            bracket=self.bracket.currentData() if self.brackets.get(name) else None,
            effective=date(day.year(), day.month(), day.day()),
            amount_text="" if boolean else self.amount.text(),
            yes=bool(self.yes_no.currentData()) if boolean else None,
            kind=str(self.kind.currentData()),
            source_title=self.source_title.text(),
            source_url=self.source_url.text(),
        )

    def problems(self) -> dict[str, str]:
        """{field: message} of the marks shown."""
        return {
            key: mark.message or ""
            for key, mark in self.marks.items()
            if mark.message and not mark.isHidden()
        }

    def _show_problems(self, problems: dict[str, Any]) -> None:
        fields = {
            "bracket": self.bracket,
            "value": self.yes_no if self.yes_no.isVisible() else self.amount,
            "kind": self.kind,
            "source_title": self.source_title,
            "source_url": self.source_url,
        }
        first: QWidget | None = None
        for key, mark in self.marks.items():
            message = problems.get(key)
            text = None if message is None else translated(message)
            mark.set_message(text)
            mark.setVisible(text is not None)
            if text is not None and first is None:
                first = fields[key]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ sending

    def send(self) -> None:
        """Check the fields; when they are right, send the proposal in the background."""
        if self.sending:
            return
        self.refusal.set_message(None)
        self.refusal.hide()
        try:
            proposal = check_proposal(self.form_values(), self.ctx.desk.law)
        except ProposalProblems as exc:
            self._show_problems(dict(exc.problems))
            return
        self._show_problems({})
        self._set_sending(True)
        desk = self.ctx.desk
        op = Op(
            self,
            lambda state: desk.propose_law_value(proposal),
            lane=NETWORK,
            changes=self.ctx.changes,
        )
        op.with_progress(self.tr("Sending the proposal ..."), cancellable=False)
        op.success(self._sent).failure(self._refused).run()

    def _set_sending(self, sending: bool) -> None:
        self.sending = sending
        for widget in (
            self.propose_button,
            self.parameter,
            self.bracket,
            self.effective,
            self.amount,
            self.yes_no,
            self.kind,
            self.source_title,
            self.source_url,
        ):
            widget.setEnabled(not sending)

    def _sent(self, step: LawStep) -> None:
        self._set_sending(False)
        self.value_id = step.value_id
        self.proposed.emit(step.value_id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_sending(False)
        text = self.tr("The central database did not take the proposal: {reason}").format(
            reason=user_message(exc)
        )
        self.refusal.set_message(text)
        self.refusal.show()
        self.propose_button.setFocus(Qt.FocusReason.OtherFocusReason)
