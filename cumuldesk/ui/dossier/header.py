"""The dossier page's header: who the applicant is (name, INSZ, birth, age, region,
language, case, status, legal representative) and how fresh the data shown are.

The widget renders plain data (`DossierView`, `Representative`); the page decides when.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP  # typed: gives the text (lupdate marks it)
from cumuldesk.services.dossiers.page_data import DossierData, Representative
from cumuldesk.services.dossiers.store import SOURCE_CENTRAL, DossierView
from cumuldesk.ui.dossier.case_panel import status_label
from cumuldesk.ui.kit.formatting import day, moment

_REGIONS = {
    "flanders": QT_TRANSLATE_NOOP("DossierHeader", "Flanders"),
    "brussels": QT_TRANSLATE_NOOP("DossierHeader", "Brussels"),
    "wallonia": QT_TRANSLATE_NOOP("DossierHeader", "Wallonia"),
}
_LANGUAGES = {
    "nl": QT_TRANSLATE_NOOP("DossierHeader", "Dutch"),
    "fr": QT_TRANSLATE_NOOP("DossierHeader", "French"),
    "de": QT_TRANSLATE_NOOP("DossierHeader", "German"),
}


def region_name(code: str) -> str:
    """ "Flanders", "Brussels" or "Wallonia" in the interface language."""
    return QCoreApplication.translate("DossierHeader", _REGIONS.get(code, code))


# key, row, column, column span of the value
_FIELDS = (
    ("insz", 1, 0, 1),
    ("birth", 1, 2, 1),
    ("age", 1, 4, 1),
    ("region", 2, 0, 1),
    ("language", 2, 2, 1),
    ("case", 3, 0, 1),
    ("status", 3, 2, 1),
    ("representative", 2, 4, 1),
)


class DossierHeader(QFrame):
    """The applicant's name in large bold type over a grid of captioned fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.apply_name_font()
        self.name_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.name_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name_label, 0, 0, 1, 6)
        for key, row, column, span in _FIELDS:
            caption, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            caption.setBuddy(value)
            self.captions[key], self.values[key] = caption, value
            grid.addWidget(caption, row, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column + 1, 1, span, Qt.AlignmentFlag.AlignTop)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

    def retranslate_ui(self) -> None:
        captions = {
            "insz": self.tr("INSZ:"),
            "birth": self.tr("Born:"),
            "age": self.tr("Age today:"),
            "region": self.tr("Region:"),
            "language": self.tr("Language:"),
            "case": self.tr("Case:"),
            "status": self.tr("Status:"),
            "representative": self.tr("Legal representative:"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
            self.values[key].setAccessibleName(text.rstrip(":"))
        self.name_label.setAccessibleName(self.tr("Applicant"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FontChange:
            self.apply_name_font()
        super().changeEvent(event)

    def apply_name_font(self) -> None:
        """The applicant's name in bold, 1.4 times the header's font (follows its changes)."""
        name_font = QFont(self.font())
        name_font.setBold(True)
        if name_font.pointSizeF() > 0:
            name_font.setPointSizeF(name_font.pointSizeF() * 1.4)
        else:
            name_font.setPixelSize(round(name_font.pixelSize() * 1.4))
        self.name_label.setFont(name_font)

    # ------------------------------------------------------------------ rendering

    def show_view(self, view: DossierView, representative: Representative | None) -> None:
        """Fill in the fields of this dossier."""
        self.name_label.setText(view.name)
        case = view.case
        values = {
            "insz": view.formatted_insz,
            "birth": day(view.birth_date),
            "age": self.tr("%1 years").replace("%1", str(view.age)),
            "region": self.tr(_REGIONS.get(view.region, view.region)),
            "language": self.tr(_LANGUAGES.get(view.language, view.language)),
            "case": case.reference if case is not None else self.tr("no case"),
            "status": status_label(case.status) if case is not None else "-",
            "representative": self._representative(representative),
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.name_label.setAccessibleDescription(
            "; ".join(f"{self.captions[k].text()} {v}" for k, v in values.items())
        )

    def texts(self) -> dict[str, str]:
        """What the header says, by field."""
        texts = {key: label.text() for key, label in self.values.items()}
        texts["name"] = self.name_label.text()
        return texts

    def _representative(self, who: Representative | None) -> str:
        if who is None:
            return self.tr("none")
        return f"{who.name} ({who.capacity})"

    def freshness(self, data: DossierData, online: bool | None) -> str:
        """How fresh the data shown are, in words (`online`: the window's state, None when
        not known yet)."""
        view = data.view
        if view.source == SOURCE_CENTRAL:
            return self.tr("Fetched from the central database just now.")
        if view.as_of is None:
            return self.tr("The local cache was never synced: the data may be incomplete.")
        when = moment(view.as_of)
        if (online if online is not None else data.online) is False:
            return self.tr(
                "Data as of the last sync %1; newer changes will show after the next sync."
            ).replace("%1", when)
        return self.tr("Data as of the last sync %1.").replace("%1", when)
