"""The simulation page's tables: rows of plain dicts (the simulation report's months and
law parameters) shown through column specifications that give each cell's text, sort key
and tooltip. Translated in the "SimulationPage" context.

The month table keeps the federal side's parts apart: IVT and IT, then what is kept with
them (the zorgtoeslag where no ban applies or it is not recovered, the BOB of an arrears
month or of a voluntary switch), never inside "IVT + IT"; an arrears month (before the
notified month) says so in its own column. The law values are named in words
(`services.law.names`), with their kind (sourced, computed, carried: carried loudly).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from cumuldesk.domain.law import Kind
from cumuldesk.domain.months import Month
from cumuldesk.services.exports.simulation import unit_text
from cumuldesk.services.law.names import kind_description, kind_name, value_name
from cumuldesk.ui.kit.formatting import day, money, month_label

CONTEXT = "SimulationPage"
SORT_ROLE = Qt.ItemDataRole.UserRole
STOPPED = "\u2298"  # ⊘: IVT/IT stops this benefit in this month
WARN = "\u26a0"  # ⚠


def tr(text: str) -> str:
    """`text` translated in the simulation page's context."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Column:
    title: str  # untranslated; translated in headerData
    text: Callable[[dict[str, Any]], str]
    sort: Callable[[dict[str, Any]], Any]
    tooltip: Callable[[dict[str, Any]], str | None] = lambda row: None
    number: bool = False
    unit: str = ""  # shown as the header's tooltip
    strong: Callable[[dict[str, Any]], bool] | None = None  # bold cell (a loud mark)


class RowsModel(QAbstractTableModel):
    """Rows of plain dicts shown through column specifications (text, sort, tooltip)."""

    def __init__(
        self, columns: list[Column], parent: QWidget | None = None, *, two_line_headers=False
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.two_line_headers = two_line_headers  # "Zorgtoeslag\nbehouden": narrower columns
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.strong is not None and column.strong(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = tr(self.columns[section].title)
            return two_lines(title) if self.two_line_headers else title
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].unit:
            return tr(self.columns[section].unit)
        return None


def two_lines(title: str) -> str:
    """A header of several words on two lines, broken at the space nearest its middle:
    "Zorgtoeslag behouden" takes the width of its longest word, not of the whole."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return f"{title[:middle]}\n{title[middle + 1 :]}"


def _amount(
    title: str,
    key: str,
    stopped: str | None = None,
    why: Callable[[dict[str, Any]], str | None] | None = None,
    unit: str = QT_TRANSLATE_NOOP("SimulationPage", "EUR per month"),
) -> Column:
    """A money column; with `stopped`, the cell is marked when IVT/IT stops the benefit;
    `why` gives a cell's tooltip otherwise."""

    def text(row: dict[str, Any]) -> str:
        shown = money(Decimal(row[key]))
        return f"{shown} {STOPPED}" if stopped and row[stopped] else shown

    def tooltip(row: dict[str, Any]) -> str | None:
        if stopped and row[stopped]:
            if row.get("arrears"):
                return QCoreApplication.translate(
                    "SimulationPage",
                    "Arrears month: the zorgtoeslag already paid is recovered (its ban applied "
                    "then), so it is not on the federal side.",
                )
            return QCoreApplication.translate(
                "SimulationPage", "Not paid together with IVT/IT in this month (cumulation ban)."
            )
        return why(row) if why is not None else None

    return Column(title, text, lambda row: float(row[key]), tooltip, number=True, unit=unit)


def _bob_kept_why(row: dict[str, Any]) -> str | None:
    if Decimal(row["bob_kept"]) == 0:
        return None
    if row.get("bob_voluntary_switch"):
        return QCoreApplication.translate(
            "SimulationPage",
            "Voluntary switch from NRTH: the BOB is kept with IVT/IT, on both sides.",
        )
    if row.get("arrears"):
        return QCoreApplication.translate(
            "SimulationPage",
            "Arrears month: the BOB already paid is kept (the zorgkas recovers nothing), "
            "on both sides.",
        )
    return QCoreApplication.translate(
        "SimulationPage", "No ban on the BOB with IVT/IT in this month: it is kept on both sides."
    )


def _zorgtoeslag_kept_why(row: dict[str, Any]) -> str | None:
    if Decimal(row["zorgtoeslag_kept"]) == 0:
        return None
    if row.get("arrears"):
        return QCoreApplication.translate(
            "SimulationPage",
            "Arrears month: the zorgtoeslag already paid is not recovered, so it is on both sides.",
        )
    return QCoreApplication.translate(
        "SimulationPage",
        "No ban on the zorgtoeslag with IVT/IT in this month: it is kept on both sides.",
    )


def _arrears_text(row: dict[str, Any]) -> str:
    return QCoreApplication.translate("SimulationPage", "arrears") if row.get("arrears") else ""


def _arrears_tooltip(row: dict[str, Any]) -> str | None:
    if not row.get("arrears"):
        return QCoreApplication.translate(
            "SimulationPage", "From the notified month on: the payers know of the IVT/IT."
        )
    return QCoreApplication.translate(
        "SimulationPage",
        "Before the notified month: the IVT/IT of this month is paid afterwards (arrears) and "
        "the BOB already paid is kept.",
    )


def _stopped_benefits(row: dict[str, Any]) -> list[str]:
    names = (
        (QT_TRANSLATE_NOOP("SimulationPage", "zorgtoeslag"), "zorgtoeslag_banned"),
        (QT_TRANSLATE_NOOP("SimulationPage", "BOB"), "bob_banned"),
    )
    return [tr(name) for name, key in names if row[key]]


def _month_text(row: dict[str, Any]) -> str:
    shown = month_label(Month.parse(row["month"]))
    return f"{shown} {STOPPED}" if _stopped_benefits(row) else shown


def _month_tooltip(row: dict[str, Any]) -> str | None:
    stopped = _stopped_benefits(row)
    if not stopped:
        return None
    return QCoreApplication.translate("SimulationPage", "IVT/IT stops %1 in this month.").replace(
        "%1", QCoreApplication.translate("SimulationPage", " and ").join(stopped)
    )


KEPT_UNIT = QT_TRANSLATE_NOOP(
    "SimulationPage",
    "EUR per month kept with the IVT/IT: on the federal side too, not part of IVT + IT",
)
MONTH_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Month"),
        _month_text,
        lambda row: row["month"],
        _month_tooltip,
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Arrears"),
        _arrears_text,
        lambda row: (bool(row.get("arrears")), row["month"]),
        _arrears_tooltip,
        unit=QT_TRANSLATE_NOOP(
            "SimulationPage",
            "Months before the notified month: the IVT/IT is paid afterwards, the BOB already "
            "paid is kept",
        ),
        strong=lambda row: bool(row.get("arrears")),
    ),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "IVT"), "ivt"),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "IT"), "it"),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "Zorgtoeslag kept"),
        "zorgtoeslag_kept",
        why=_zorgtoeslag_kept_why,
        unit=KEPT_UNIT,
    ),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "BOB kept"),
        "bob_kept",
        why=_bob_kept_why,
        unit=KEPT_UNIT,
    ),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "Federal total"),
        "federal",
        unit=QT_TRANSLATE_NOOP(
            "SimulationPage",
            "EUR per month: IVT + IT + what is kept with them (the BOB of an arrears month or "
            "of a voluntary switch, a zorgtoeslag without a ban)",
        ),
    ),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "Zorgtoeslag"), "zorgtoeslag", "zorgtoeslag_banned"
    ),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "BOB"), "bob", "bob_banned"),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "Flemish total"), "flemish"),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "Difference"), "difference"),
]


def _parameter_value(row: dict[str, Any]) -> str:
    value = row["value"]
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SimulationPage", "yes")
            if value
            else QCoreApplication.translate("SimulationPage", "no")
        )
    return money(Decimal(value))


def _kind(row: dict[str, Any]) -> Kind:
    return Kind(row.get("kind") or (Kind.SOURCED if row.get("verified") else Kind.CARRIED))


def kind_text(row: dict[str, Any]) -> str:
    """sourced; computed with a warning sign; carried loudly (capitals, bold)."""
    kind = _kind(row)
    words = kind_name(kind, QCoreApplication.translate)
    if kind is Kind.SOURCED:
        return words
    if kind is Kind.CARRIED:
        return f"{WARN} {words.upper()}"
    return f"{WARN} {words}"


def _kind_tooltip(row: dict[str, Any]) -> str:
    return kind_description(_kind(row), QCoreApplication.translate)


def _parameter_source(row: dict[str, Any]) -> str | None:
    parts = [row["source"] or ""]
    if row.get("url"):
        parts.append(row["url"])
    parts.append(
        QCoreApplication.translate("SimulationPage", "File: %1").replace("%1", row["origin"])
    )
    return "\n".join(part for part in parts if part)


def parameter_name(row: dict[str, Any]) -> str:
    """The law value in words in the window's language ("IVT per year, category A: ...")."""
    return value_name(row["name"], row.get("bracket"), QCoreApplication.translate)


PARAMETER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("SimulationPage", "Name"), parameter_name, parameter_name),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Value"),
        _parameter_value,
        lambda r: str(r["value"]),
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Unit"),
        lambda r: unit_text(r["unit"], QCoreApplication.translate),
        lambda r: r["unit"],
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Effective from"),
        lambda r: day(date.fromisoformat(r["effective"])),
        lambda r: r["effective"],
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Used for"),
        lambda r: (
            f"{month_label(Month.parse(r['first_month']))} \u2013 "
            f"{month_label(Month.parse(r['last_month']))}"
        ),
        lambda r: r["first_month"],
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Kind"),
        kind_text,
        lambda r: ("sourced", "computed", "carried").index(_kind(r).value),
        _kind_tooltip,
        unit=QT_TRANSLATE_NOOP(
            "SimulationPage",
            "sourced: read on a public page; computed: by a sourced rule, no published table "
            "confirms it; carried: no value known, the last one reused",
        ),
        strong=lambda r: _kind(r) is Kind.CARRIED,
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Source"),
        lambda r: r["source"] or "",
        lambda r: r["source"] or "",
        _parameter_source,
    ),
]
