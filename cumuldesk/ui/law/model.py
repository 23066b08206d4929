"""The "Law data" table: one row per law value (`services.law.page_data.LawRow`), formatted in the
window's language in `data()` (names from `services.law.names`, days and amounts from
`ui.kit.formatting`), and the filter by state with sorting on plain Python keys.

The source model keeps the rows in the page's default order (proposals first); the
filter shows that order until a column header is clicked (`sort(-1)` goes back to it).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from cumuldesk.services.law.names import (
    PARAMETER_NAMES,
    bracket_name,
    bracket_order,
    kind_description,
    kind_name,
    parameter_name,
    state_name,
    yes_no,
)
from cumuldesk.services.law.page_data import (
    PROPOSED,
    REJECTED,
    SEED_VERSION,
    SHIPPED_ACTOR,
    STATES,
    LawRow,
)
from cumuldesk.ui.kit.formatting import day, moment, money_eur

Index = QModelIndex | QPersistentModelIndex

(
    COL_PARAMETER,
    COL_BRACKET,
    COL_FROM,
    COL_VALUE,
    COL_KIND,
    COL_STATE,
    COL_VERSION,
    COL_PROPOSED,
    COL_DECIDED,
    COL_SOURCE,
) = range(10)
COLUMN_COUNT = 10
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the LawRow of a row
CARRIED = "carried"
WARN = "\u26a0"  # ⚠ with the words: never colour alone
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_NAMES = list(PARAMETER_NAMES)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _iso(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat()


def sort_key(row: LawRow, column: int) -> tuple:
    """A key that orders `column` (plain Python values, no translation)."""
    place = _NAMES.index(row.name) if row.name in _NAMES else len(_NAMES)
    if column == COL_PARAMETER:
        return (place, row.name, bracket_order(row.name, row.bracket), row.effective)
    if column == COL_BRACKET:
        return (place, bracket_order(row.name, row.bracket), row.effective)
    if column == COL_FROM:
        return (row.effective, place)
    if column == COL_VALUE:
        value = row.value
        if isinstance(value, bool):
            return (1, Decimal(int(value)))
        return (0, value if isinstance(value, Decimal) else Decimal(0))
    if column == COL_KIND:
        return (row.kind,)
    if column == COL_STATE:
        return (STATES.index(row.state) if row.state in STATES else len(STATES),)
    if column == COL_VERSION:
        return (row.version if row.version is not None else -1,)
    if column == COL_PROPOSED:
        return (row.proposed_by or "", _iso(row.proposed_at))
    if column == COL_DECIDED:
        return (row.decided_by or "", _iso(row.decided_at))
    return (row.source_title.casefold(),)


class LawModel(QAbstractTableModel):
    """The law values loaded, in the page's default order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[LawRow] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._headers = (
            self.tr("Parameter"),
            self.tr("Category"),
            self.tr("From"),
            self.tr("Value"),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("Version"),
            self.tr("Proposed by"),
            self.tr("Decided by"),
            self.tr("Source"),
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, COLUMN_COUNT - 1)
            )

    def set_rows(self, rows: list[LawRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, value_id: int | None) -> int | None:
        for number, row in enumerate(self.rows):
            if value_id is not None and row.id == value_id:
                return number
        return None

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in (COL_VALUE, COL_VERSION) else _LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (COL_VALUE, COL_VERSION) else _LEFT
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_KIND and row.kind == CARRIED:
                return _font(bold=True, italic=True)
            if column == COL_STATE and row.state == PROPOSED:
                return _font(bold=True)
            return None
        if role == ROW_ROLE:
            return row
        return None

    # ------------------------------------------------------------------ texts

    def _who(self, username: str | None) -> str:
        if username is None:
            return ""
        return self.tr("shipped") if username == SHIPPED_ACTOR else username

    def display(self, row: LawRow, column: int) -> str:
        t = _translate
        if column == COL_PARAMETER:
            return parameter_name(row.name, t)
        if column == COL_BRACKET:
            return bracket_name(row.name, row.bracket, t)
        if column == COL_FROM:
            return day(row.effective)
        if column == COL_VALUE:
            if isinstance(row.value, bool):
                return yes_no(row.value, t)
            if isinstance(row.value, Decimal):
                return money_eur(row.value)
            return row.value_text
        if column == COL_KIND:
            name = (
                kind_name(row.kind, t) if row.kind in ("sourced", "computed", CARRIED) else row.kind
            )
            return f"{WARN} {name}" if row.kind == CARRIED else name
        if column == COL_STATE:
            return state_name(row.state, t)
        if column == COL_VERSION:
            return "" if row.version is None else self.tr("v{version}").format(version=row.version)
        if column == COL_PROPOSED:
            return self._who(row.proposed_by)
        if column == COL_DECIDED:
            return self._who(row.decided_by)
        return row.source_title

    def tooltip(self, row: LawRow, column: int) -> str | None:
        t = _translate
        if column in (COL_PARAMETER, COL_BRACKET):
            return self.tr("{name} (as the command line names it: {label})").format(
                name=self.display(row, COL_PARAMETER), label=row.label
            )
        if column == COL_KIND and row.kind in ("sourced", "computed", CARRIED):
            return f"{kind_name(row.kind, t)}: {kind_description(row.kind, t)}"
        if column == COL_STATE:
            if row.state == REJECTED:
                if row.reason:
                    return self.tr("Rejected: {reason}").format(reason=row.reason)
                return self.tr("Rejected; no reason was given")
            if row.state == PROPOSED:
                return self.tr("Waiting for a second supervisor to approve or reject it")
            return self.tr("In force from its version on")
        if column == COL_VERSION and row.version is not None:
            return self.tr("Part of the law data from version {version} on").format(
                version=row.version
            )
        if column in (COL_PROPOSED, COL_DECIDED) and SHIPPED_ACTOR in (
            row.proposed_by,
            row.decided_by,
        ):
            return self.tr("Shipped with CumulDesk: the first law data, version {version}").format(
                version=SEED_VERSION
            )
        if column == COL_PROPOSED and row.proposed_at is not None:
            return self.tr("Proposed on {moment}").format(moment=moment(row.proposed_at))
        if column == COL_DECIDED and row.decided_at is not None:
            return self.tr("Decided on {moment}").format(moment=moment(row.decided_at))
        if column == COL_SOURCE:
            return "\n".join(text for text in (row.source_title, row.source_url) if text)
        return None


class LawFilter(QSortFilterProxyModel):
    """The rows of one state (None: all), sorted on `sort_key` (column -1: the default
    order of the source model)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._state: str | None = None

    @property
    def state(self) -> str | None:
        return self._state

    def set_state(self, state: str | None) -> None:
        if state is not None and state not in STATES:
            raise ValueError(f"unknown law value state {state!r}")
        if state != self._state:
            self.beginFilterChange()
            self._state = state
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _source(self) -> LawModel:
        model = self.sourceModel()
        assert isinstance(model, LawModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._state is None:
            return True
        return self._source().rows[source_row].state == self._state

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        rows = self._source().rows
        return sort_key(rows[left.row()], left.column()) < sort_key(
            rows[right.row()], right.column()
        )

    def row_at(self, row: int) -> LawRow:
        return self._source().rows[self.mapToSource(self.index(row, 0)).row()]

    def proxy_row_of(self, value_id: int | None) -> int | None:
        source = self._source().row_of(value_id)
        if source is None:
            return None
        mapped = self.mapFromSource(self._source().index(source, 0))
        return mapped.row() if mapped.isValid() else None
