"""The simulation page's tables: rows of plain dicts (the simulation report's months and
law parameters) shown through column specifications that give each cell's text, sort key
and tooltip. Translated in the "SimulationPage" context.
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
from PySide6.QtWidgets import QWidget

from cumuldesk.domain.months import Month
from cumuldesk.services.simulation_export import unit_text
from cumuldesk.ui.formatting import day, money, month_label

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


class RowsModel(QAbstractTableModel):
    """Rows of plain dicts shown through column specifications (text, sort, tooltip)."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
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
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].unit:
            return tr(self.columns[section].unit)
        return None


def _amount(title: str, key: str, stopped: str | None = None) -> Column:
    """A money column; with `stopped`, the cell is marked when IVT/IT stops the benefit."""

    def text(row: dict[str, Any]) -> str:
        shown = money(Decimal(row[key]))
        return f"{shown} {STOPPED}" if stopped and row[stopped] else shown

    def tooltip(row: dict[str, Any]) -> str | None:
        if stopped and row[stopped]:
            return QCoreApplication.translate(
                "SimulationPage", "Not paid together with IVT/IT in this month (cumulation ban)."
            )
        return None

    return Column(
        title,
        text,
        lambda row: float(row[key]),
        tooltip,
        number=True,
        unit=QT_TRANSLATE_NOOP("SimulationPage", "EUR per month"),
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


MONTH_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Month"),
        _month_text,
        lambda row: row["month"],
        _month_tooltip,
    ),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "IVT"), "ivt"),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "IT"), "it"),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "Zorgtoeslag"), "zorgtoeslag", "zorgtoeslag_banned"
    ),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "BOB"), "bob", "bob_banned"),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "Federal total"), "federal"),
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


def _parameter_source(row: dict[str, Any]) -> str | None:
    parts = [row["source"] or ""]
    if row.get("url"):
        parts.append(row["url"])
    parts.append(
        QCoreApplication.translate("SimulationPage", "File: %1").replace("%1", row["origin"])
    )
    return "\n".join(part for part in parts if part)


def parameter_name(row: dict[str, Any]) -> str:
    bracket = row.get("bracket")
    return f"{row['name']}[{bracket}]" if bracket else row["name"]


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
        QT_TRANSLATE_NOOP("SimulationPage", "Verified"),
        lambda r: (
            QCoreApplication.translate("SimulationPage", "yes")
            if r["verified"]
            else WARN + " " + QCoreApplication.translate("SimulationPage", "no")
        ),
        lambda r: bool(r["verified"]),
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Source"),
        lambda r: r["source"] or "",
        lambda r: r["source"] or "",
        _parameter_source,
    ),
]
