"""Preferences a handler may change: when the window locks itself, and how often it syncs.
Kept in QSettings (`Settings`); applied at once to the running lock and sync."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 120)
        self.lock_minutes.setValue(settings.inactivity_minutes)
        self.sync_minutes = QSpinBox()
        self.sync_minutes.setRange(1, 60)
        self.sync_minutes.setValue(max(1, round(settings.sync_interval_seconds / 60)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lock_label, self.sync_label = QLabel(), QLabel()
        self.lock_label.setBuddy(self.lock_minutes)
        self.sync_label.setBuddy(self.sync_minutes)
        form = QFormLayout()
        form.addRow(self.lock_label, self.lock_minutes)
        form.addRow(self.sync_label, self.sync_minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.lock_label.setText(self.tr("&Lock the window after (minutes without input):"))
        self.sync_label.setText(self.tr("&Sync every (minutes):"))
        self.lock_minutes.setAccessibleName(self.tr("Minutes without input before locking"))
        self.sync_minutes.setAccessibleName(self.tr("Minutes between two syncs"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.note.setText(
            self.tr(
                "The lock hides personal data and asks for your password again. The sync "
                "also runs at once with F5, and by itself as soon as the central database "
                "is back after a connection loss."
            )
        )

    def accept(self) -> None:
        self.settings.inactivity_minutes = self.lock_minutes.value()
        self.settings.sync_interval_seconds = self.sync_minutes.value() * 60
        self.settings.sync()
        super().accept()
