"""The simulation page's tables: rows of typed values (the simulation report's months,
`MonthRow`, and the law values it used, `UsedParameter`) shown through column
specifications that give each cell's text, sort key and tooltip. Translated in the
"SimulationPage" context.

The month table keeps the federal side's parts apart: IVT and IT, then what is kept with
them (the zorgtoeslag where no ban applies or it is not recovered, the BOB of an arrears
month or of a voluntary switch), never inside "IVT + IT"; an arrears month (before the
notified month) says so in its own column. The law values are named in words
(`services.law.names`), with their kind (sourced, computed, carried: carried loudly).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from cumuldesk.domain.law import Kind
from cumuldesk.domain.money import cents
from cumuldesk.domain.simulation import MonthRow, UsedParameter
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP  # typed: gives the text (lupdate marks it)
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


R = TypeVar("R")


def _no_tooltip(row: object) -> str | None:
    return None


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str  # untranslated; translated in headerData
    text: Callable[[R], str]
    sort: Callable[[R], Any]
    tooltip: Callable[[R], str | None] = _no_tooltip
    number: bool = False
    unit: str = ""  # shown as the header's tooltip
    strong: Callable[[R], bool] | None = None  # bold cell (a loud mark)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of typed values shown through column specifications (text, sort, tooltip)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QWidget | None = None,
        *,
        two_line_headers: bool = False,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.two_line_headers = two_line_headers  # "Zorgtoeslag\nbehouden": narrower columns
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
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
    amount: Callable[[MonthRow], Decimal],
    stopped: Callable[[MonthRow], bool] | None = None,
    why: Callable[[MonthRow], str | None] | None = None,
    unit: str = QT_TRANSLATE_NOOP("SimulationPage", "EUR per month"),
) -> Column[MonthRow]:
    """A money column; with `stopped`, the cell is marked when IVT/IT stops the benefit;
    `why` gives a cell's tooltip otherwise."""

    def text(row: MonthRow) -> str:
        shown = money(amount(row))
        return f"{shown} {STOPPED}" if stopped is not None and stopped(row) else shown

    def tooltip(row: MonthRow) -> str | None:
        if stopped is not None and stopped(row):
            if row.arrears:
                return QCoreApplication.translate(
                    "SimulationPage",
                    "Arrears month: the zorgtoeslag already paid is recovered (its ban applied "
                    "then), so it is not on the federal side.",
                )
            return QCoreApplication.translate(
                "SimulationPage", "Not paid together with IVT/IT in this month (cumulation ban)."
            )
        return why(row) if why is not None else None

    return Column(
        title, text, lambda row: float(cents(amount(row))), tooltip, number=True, unit=unit
    )


def _bob_kept_why(row: MonthRow) -> str | None:
    if cents(row.bob_kept) == 0:
        return None
    if row.bob_voluntary_switch:
        return QCoreApplication.translate(
            "SimulationPage",
            "Voluntary switch from NRTH: the BOB is kept with IVT/IT, on both sides.",
        )
    if row.arrears:
        return QCoreApplication.translate(
            "SimulationPage",
            "Arrears month: the BOB already paid is kept (the zorgkas recovers nothing), "
            "on both sides.",
        )
    return QCoreApplication.translate(
        "SimulationPage", "No ban on the BOB with IVT/IT in this month: it is kept on both sides."
    )


def _zorgtoeslag_kept_why(row: MonthRow) -> str | None:
    if cents(row.zorgtoeslag_kept) == 0:
        return None
    if row.arrears:
        return QCoreApplication.translate(
            "SimulationPage",
            "Arrears month: the zorgtoeslag already paid is not recovered, so it is on both sides.",
        )
    return QCoreApplication.translate(
        "SimulationPage",
        "No ban on the zorgtoeslag with IVT/IT in this month: it is kept on both sides.",
    )


def _arrears_text(row: MonthRow) -> str:
    return QCoreApplication.translate("SimulationPage", "arrears") if row.arrears else ""


def _arrears_tooltip(row: MonthRow) -> str | None:
    if not row.arrears:
        return QCoreApplication.translate(
            "SimulationPage", "From the notified month on: the payers know of the IVT/IT."
        )
    return QCoreApplication.translate(
        "SimulationPage",
        "Before the notified month: the IVT/IT of this month is paid afterwards (arrears) and "
        "the BOB already paid is kept.",
    )


def _stopped_benefits(row: MonthRow) -> list[str]:
    names = (
        (QT_TRANSLATE_NOOP("SimulationPage", "zorgtoeslag"), row.zorgtoeslag_banned),
        (QT_TRANSLATE_NOOP("SimulationPage", "BOB"), row.bob_banned),
    )
    return [tr(name) for name, stopped in names if stopped]


def _month_text(row: MonthRow) -> str:
    """The month alone: the benefit IVT/IT stops is marked in its own cell (STOPPED in the
    Zorgtoeslag or BOB column), the month's tooltip names them."""
    return month_label(row.month)


def _month_tooltip(row: MonthRow) -> str | None:
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
MONTH_COLUMNS: list[Column[MonthRow]] = [
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Month"),
        _month_text,
        lambda row: str(row.month),
        _month_tooltip,
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Arrears"),
        _arrears_text,
        lambda row: (row.arrears, str(row.month)),
        _arrears_tooltip,
        unit=QT_TRANSLATE_NOOP(
            "SimulationPage",
            "Months before the notified month: the IVT/IT is paid afterwards, the BOB already "
            "paid is kept",
        ),
        strong=lambda row: row.arrears,
    ),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "IVT"), lambda row: row.ivt),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "IT"), lambda row: row.it),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "Zorgtoeslag kept"),
        lambda row: row.zorgtoeslag_kept,
        why=_zorgtoeslag_kept_why,
        unit=KEPT_UNIT,
    ),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "BOB kept"),
        lambda row: row.bob_kept,
        why=_bob_kept_why,
        unit=KEPT_UNIT,
    ),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "Federal total"),
        lambda row: row.federal,
        unit=QT_TRANSLATE_NOOP(
            "SimulationPage",
            "EUR per month: IVT + IT + what is kept with them (the BOB of an arrears month or "
            "of a voluntary switch, a zorgtoeslag without a ban)",
        ),
    ),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "Zorgtoeslag"),
        lambda row: row.zorgtoeslag,
        lambda row: row.zorgtoeslag_banned,
    ),
    _amount(
        QT_TRANSLATE_NOOP("SimulationPage", "BOB"), lambda row: row.bob, lambda row: row.bob_banned
    ),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "Flemish total"), lambda row: row.flemish),
    _amount(QT_TRANSLATE_NOOP("SimulationPage", "Difference"), lambda row: row.difference),
]


def _value(row: UsedParameter) -> Decimal | bool:
    """The law value, an amount to the cent."""
    value = row.value.value
    return value if isinstance(value, bool) else cents(value)


def _parameter_value(row: UsedParameter) -> str:
    value = _value(row)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SimulationPage", "yes")
            if value
            else QCoreApplication.translate("SimulationPage", "no")
        )
    return money(value)


def _kind(row: UsedParameter) -> Kind:
    return row.value.kind


def kind_text(row: UsedParameter) -> str:
    """sourced; computed with a warning sign; carried loudly (capitals, bold)."""
    kind = _kind(row)
    words = kind_name(kind, QCoreApplication.translate)
    if kind is Kind.SOURCED:
        return words
    if kind is Kind.CARRIED:
        return f"{WARN} {words.upper()}"
    return f"{WARN} {words}"


def _kind_tooltip(row: UsedParameter) -> str:
    return kind_description(_kind(row), QCoreApplication.translate)


def _parameter_source(row: UsedParameter) -> str | None:
    value = row.value
    # the source and its address; the law-data file (named after the internal key) is
    # not shown: the verdict names the law-data version the result was computed with
    parts = [value.source_title or ""]
    if value.source_url:
        parts.append(value.source_url)
    return "\n".join(part for part in parts if part) or None


def parameter_name(row: UsedParameter) -> str:
    """The law value in words in the window's language ("IVT per year, category A: ...")."""
    return value_name(row.value.name, row.value.bracket, QCoreApplication.translate)


PARAMETER_COLUMNS: list[Column[UsedParameter]] = [
    Column(QT_TRANSLATE_NOOP("SimulationPage", "Name"), parameter_name, parameter_name),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Value"),
        _parameter_value,
        lambda r: str(_value(r)),
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Unit"),
        lambda r: unit_text(r.value.unit, QCoreApplication.translate),
        lambda r: r.value.unit,
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Effective from"),
        lambda r: day(r.value.effective),
        lambda r: r.value.effective.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP("SimulationPage", "Used for"),
        lambda r: f"{month_label(r.first_month)} \u2013 {month_label(r.last_month)}",
        lambda r: str(r.first_month),
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
        lambda r: r.value.source_title or "",
        lambda r: r.value.source_title or "",
        _parameter_source,
    ),
]
