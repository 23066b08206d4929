"""Reject a proposed law value: which value, and an optional reason the proposer reads
(`cumuldesk law list` and the page's tooltip show it). Only asks; the page sends."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

REASON_LENGTH = 500


class RejectDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what  # the value in words: parameter, category, day, amount
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(REASON_LENGTH)
        self.label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.reject_button = QPushButton(self)
        self.reject_button.setDefault(True)
        self.buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 36)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reject a proposed value"))
        self.setAccessibleName(self.tr("Reject a proposed value"))
        self.summary.setText(
            self.tr("Reject {what}? It will not be in force.").format(what=self.what)
        )
        self.label.setText(self.tr("&Reason (optional):"))
        self.reason.setAccessibleName(self.tr("Reason for rejecting"))
        self.reason.setAccessibleDescription(
            self.tr("Optional: why the value is rejected, for the supervisor who proposed it")
        )
        self.reject_button.setText(self.tr("Re&ject"))
        self.reject_button.setToolTip(self.tr("Reject the proposed value (Enter)"))
        self.cancel_button.setToolTip(self.tr("Keep the proposal as it is (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reason_text(self) -> str:
        return " ".join(self.reason.text().split())
