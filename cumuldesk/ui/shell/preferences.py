"""Preferences a handler may change: the interface language, when the window locks itself,
and how often it syncs. Kept in QSettings (`Settings`); the lock and the sync follow at
once, the language at the next start (every window then opens in it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.ui.kit.i18n import LANGUAGES, SYSTEM, current_language, system_language
from cumuldesk.ui.kit.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem("", SYSTEM)  # its text says which language the system gives
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
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
        self.language_label, self.lock_label, self.sync_label = QLabel(), QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.lock_label.setBuddy(self.lock_minutes)
        self.sync_label.setBuddy(self.sync_minutes)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.language_note)  # the whole row: QFormLayout wraps it whole
        form.addRow(self.lock_label, self.lock_minutes)
        form.addRow(self.sync_label, self.sync_minutes)
        layout = QVBoxLayout(self)
        # never smaller than its contents: the wrapped notes keep every line (200 % font)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setItemText(
            0, self.tr("As the system (%1)").replace("%1", LANGUAGES[system_language()])
        )
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setAccessibleDescription(
            self.tr(
                "The language of the window's texts, dates and amounts; used from the next start"
            )
        )
        self._language_changed()
        # Alt+L is the language
        self.lock_label.setText(self.tr("Loc&k the window after (minutes without input):"))
        self.sync_label.setText(self.tr("&Sync every (minutes):"))
        self.lock_minutes.setAccessibleName(self.tr("Minutes without input before locking"))
        self.sync_minutes.setAccessibleName(self.tr("Minutes between two syncs"))
        self.lock_minutes.setAccessibleDescription(
            self.tr("From 1 to 120 minutes; then the window hides the data and asks your password")
        )
        self.sync_minutes.setAccessibleDescription(
            self.tr("From 1 to 60 minutes between two background syncs; F5 syncs at once")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setToolTip(self.tr("Keep these preferences and apply them at once (Enter)"))
        cancel.setToolTip(self.tr("Close without changing anything (Esc)"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.note.setText(
            self.tr(
                "The lock hides personal data and asks for your password again. The sync "
                "also runs at once with F5, and by itself as soon as the central database "
                "is back after a connection loss."
            )
        )

    def _language_changed(self) -> None:
        chosen = self.language.currentData()
        code = chosen if chosen in LANGUAGES else None
        if (code or system_language()) != current_language():
            self.language_note.setText(
                self.tr("The window changes language when you start CumulDesk again.")
            )
        else:
            self.language_note.setText("")

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.inactivity_minutes = self.lock_minutes.value()
        self.settings.sync_interval_seconds = self.sync_minutes.value() * 60
        self.settings.sync()
        super().accept()
