"""The work list as a table model and its filter, fast for 100,000 cases.

`WorkListModel` shows a list of `WorkItem`s (text in `DisplayRole`, raw values in
`SORT_ROLE`, the item in `ITEM_ROLE`). `WorkListFilter` is the proxy the view shows: it
holds the active filter and the search, and hands sorting to the model.

Speed (measured with bench/worklist_bench.py): a QSortFilterProxyModel calls
`filterAcceptsRow` once per source row on every change, and a Python override costs
about 2 microseconds a call: 150-250 ms per keystroke for 100,000 cases. Its own sorting
compares rows through `data()`, a Python call per comparison: seconds. So nothing here
is decided row by row through Qt: the filter is one byte per case (`filter_masks`,
computed with the list in the worker), the search one byte per case (`search_hits` over
a lower-case key per case); the filter ANDs them and gives the model the accepted cases,
and the model lists the rows shown itself (in the sorted order, a permutation computed
with Python's sort on a key list per column, kept per column and direction). The proxy
then maps rows one to one in C++ (its `filterAcceptsRow` is Qt's, with no pattern).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from cumuldesk.domain.simulation import Recommendation
from cumuldesk.services.worklist import (
    FILTERS,
    WorkItem,
    filter_masks,
    search_hits,
    search_key,
    search_terms,
)
from cumuldesk.storage.models import CaseStatus
from cumuldesk.ui.kit.formatting import day, money

SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

(
    COL_CASE,
    COL_INSZ,
    COL_NAME,
    COL_BIRTH,
    COL_AGE,
    COL_STATUS,
    COL_DEADLINE,
    COL_CONFLICTS,
    COL_VERDICT,
    COL_AT_STAKE,
    COL_RETRO,
    COL_PUSH,
) = range(12)
COLUMN_COUNT = 12
# the columns' names in the preferences (a handler's hidden columns), by column
COLUMN_KEYS = (
    "case",
    "insz",
    "name",
    "birth_date",
    "age",
    "status",
    "deadline",
    "conflicts",
    "verdict",
    "at_stake",
    "retroactive",
    "waiting",
)
HIDDEN_BY_DEFAULT = frozenset({"birth_date"})  # the age says it; its tooltip gives the date

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_WRAP = Qt.TextFlag.TextWordWrap
_WAITING = CaseStatus.WAITING_FOR_ANSWER.value

_STATUS_ORDER = {status.value: n for n, status in enumerate(CaseStatus)}
_VERDICT_ORDER = {
    Recommendation.RENOUNCE: 0,
    Recommendation.IVT_IT: 1,
    Recommendation.NOT_APPLICABLE: 2,
}  # then "cannot screen" (3); not screened: no value


def _verdict_key(item: WorkItem) -> int | None:
    if item.screening is None:
        return None
    verdict = item.screening.verdict
    return 3 if verdict is None else _VERDICT_ORDER[verdict]


# raw sort values per column (None sorts last in both directions)
_SORT_KEYS: dict[int, Callable[[WorkItem], Any]] = {
    COL_CASE: lambda i: i.reference,
    COL_INSZ: lambda i: i.insz,
    COL_NAME: lambda i: i.name.casefold(),
    COL_BIRTH: lambda i: i.birth_date,
    COL_AGE: lambda i: i.birth_date,  # older first in ascending order is odd: see sort()
    COL_STATUS: lambda i: _STATUS_ORDER.get(i.status, 99),
    COL_DEADLINE: lambda i: i.deadline,
    COL_CONFLICTS: lambda i: (i.conflicts_now, len(i.conflict_months)),
    COL_VERDICT: _verdict_key,
    COL_AT_STAKE: lambda i: i.at_stake,
    COL_RETRO: lambda i: (i.retro_open, len(i.retro_months)),
    COL_PUSH: lambda i: i.outbox_items,
}
_DISPLAY = Qt.ItemDataRole.DisplayRole.value  # plain ints: compared for every cell painted
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole.value
_ROLES = frozenset({_DISPLAY, _ALIGN, _FONT, _TOOLTIP, _SPOKEN, int(SORT_ROLE), int(ITEM_ROLE)})
_BOLD: list[QFont] = []


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


def translate(text: str) -> str:
    return QCoreApplication.translate("WorkListModel", text)


def status_label(status: str) -> str:
    labels = {
        CaseStatus.NEW.value: QCoreApplication.translate("WorkListModel", "New"),
        CaseStatus.IN_REVIEW.value: QCoreApplication.translate("WorkListModel", "In review"),
        CaseStatus.PROPOSAL_TO_SEND.value: QCoreApplication.translate(
            "WorkListModel", "Proposal to send"
        ),
        CaseStatus.WAITING_FOR_ANSWER.value: QCoreApplication.translate(
            "WorkListModel", "Waiting for answer"
        ),
        CaseStatus.ANSWERED.value: QCoreApplication.translate("WorkListModel", "Answered"),
        CaseStatus.CLOSED.value: QCoreApplication.translate("WorkListModel", "Closed"),
    }
    return labels.get(status, status)


def at_stake_text(item: WorkItem) -> str:
    """ "+1.234,56" (signed, in the window's number format; the header says EUR); empty
    when unknown."""
    amount = item.at_stake
    if amount is None:
        return ""
    text = money(abs(amount))
    return f"-{text}" if amount < 0 else f"+{text}"


@dataclass(frozen=True)
class WorkListData:
    """A loaded work list with what the filters and the sorting need, prepared on the
    worker thread."""

    items: list[WorkItem]
    today: date
    masks: dict[str, bytearray]  # per filter key: one byte per item
    keys: list[str]  # search key per item
    orders: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)
    # per column: (item indexes with a value, ascending; item indexes without one)
    widest: dict[int, list[int]] = field(default_factory=dict)
    # per column: the items whose cells may be the widest (`widest_items`)

    @property
    def counts(self) -> dict[str, int]:
        return {key: mask.count(1) for key, mask in self.masks.items()}


def column_order(items: list[WorkItem], column: int) -> tuple[list[int], list[int]]:
    """The item indexes by the raw values of `column`, ascending (equal values in the
    list's order), and those without a value. Plain Python: safe on a worker thread."""
    key = _SORT_KEYS[column]
    keys = [key(item) for item in items]
    indexes = range(len(keys))
    present = [i for i in indexes if keys[i] is not None]
    empty = [i for i in indexes if keys[i] is None] if len(present) < len(keys) else []
    present.sort(key=keys.__getitem__)
    return present, empty


def widest_items(items: list[WorkItem], today: date) -> dict[int, list[int]]:
    """Per column, the few items whose cells may be the widest of the whole list: one per
    status, per verdict shown, the longest name and reference, the largest numbers, a
    deadline past. The table sizes its columns on them alone, not on the rows on screen
    (Qt would measure those, with a Python call per cell and role: 60 ms for a list of
    100,000), so that a "Waiting for answer" two hundred rows down is not cut either.
    Plain Python, one pass: safe on a worker thread."""
    firsts: dict[tuple[int, object], int] = {}
    longest: dict[int, tuple[int, int]] = {}  # column -> (length, item index)

    def first(column: int, kind: object, index: int) -> None:
        firsts.setdefault((column, kind), index)

    def long(column: int, length: int, index: int) -> None:
        if length > longest.get(column, (-1, 0))[0]:
            longest[column] = (length, index)

    for index, item in enumerate(items):
        first(COL_STATUS, item.status, index)
        screening = item.screening
        verdict = None if screening is None else (screening.verdict, item.screening_stale)
        first(COL_VERDICT, (screening is None, verdict), index)
        if item.deadline is not None:
            past = item.status == _WAITING and item.deadline < today
            first(COL_DEADLINE, past, index)
        if item.retro_open:
            first(COL_RETRO, True, index)
        long(COL_CASE, len(item.reference), index)
        long(COL_INSZ, 1, index)  # one form for all: the first
        long(COL_BIRTH, 1, index)
        long(COL_AGE, len(str(item.age)), index)
        long(COL_NAME, len(item.name), index)
        long(COL_CONFLICTS, len(f"{item.conflicts_now}{len(item.conflict_months)}"), index)
        at_stake = item.at_stake
        if at_stake is not None:
            long(COL_AT_STAKE, len(str(abs(at_stake).quantize(Decimal("0.01")))), index)
        long(COL_PUSH, len(str(item.outbox_items)), index)
    widest: dict[int, list[int]] = {}
    for (column, _), index in firsts.items():
        widest.setdefault(column, []).append(index)
    for column, (_, index) in longest.items():
        widest.setdefault(column, []).append(index)
    return widest


def prepare(items: list[WorkItem], today: date) -> WorkListData:
    """Everything the model and its filter need, computed once (Qt-free: runs in the
    loading worker): the filters' masks, the search keys, every column's order and the
    items of each column's widest cells."""
    return WorkListData(
        items,
        today,
        filter_masks(items, today),
        [search_key(i) for i in items],
        {column: column_order(items, column) for column in range(COLUMN_COUNT)},
        widest_items(items, today),
    )


class WorkListModel(QAbstractTableModel):
    """The rows shown of a loaded work list: the accepted cases (`set_accepted`, from
    the filter) in the sorted order (`sort`)."""

    data_replaced = Signal()  # a new list is in (the filter gives its accepted cases now)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._data = WorkListData([], date.today(), {}, [])
        self._items: list[WorkItem] = []
        self._accepted: bytearray | None = None  # per item; None: all
        self.order: list[int] = []  # row -> index in `items`
        self._orders: dict[tuple[int, bool], list[int]] = {}  # (column, descending) -> items
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self.retranslate_ui()

    # ---------------------------------------------------------------- content

    def retranslate_ui(self) -> None:
        self._headers = (
            self.tr("Case"),
            self.tr("INSZ"),
            self.tr("Name"),
            self.tr("Birth date"),
            self.tr("Age"),
            self.tr("Status"),
            self.tr("Deadline"),
            self.tr("Conflict months now"),
            self.tr("Verdict"),
            self.tr("Amount at stake (EUR)"),
            self.tr("Retroactive"),
            self.tr("Waiting to push"),
        )
        self._yes = self.tr("Yes")
        self._past = self.tr("{day} (past)")
        self._conflict_texts: dict[tuple[int, int], str] = {}  # (now, all) -> text
        self._conflicts_tip = self.tr(
            "Months of forbidden cumulation (BOB paid in a month in which IVT/IT is paid, "
            "between 18 and 21) in the period VSB asks about today, of all such months in "
            "the dossier: 3 of 35 months = 3 of its 35 conflict months lie in that period."
        )
        # short words in the cell (the table has twelve columns to fit in 1280 pixels),
        # the whole sentence in the tooltip and for a screen reader
        self._verdicts = {
            Recommendation.RENOUNCE: self.tr("Renunciation"),
            Recommendation.IVT_IT: self.tr("IVT/IT"),
            Recommendation.NOT_APPLICABLE: self.tr("N/A"),
        }
        self._verdict_words = {
            Recommendation.RENOUNCE: self.tr("Propose renunciation"),
            Recommendation.IVT_IT: self.tr("IVT/IT pays more"),
            Recommendation.NOT_APPLICABLE: self.tr("Not applicable"),
        }
        self._cannot = self.tr("Cannot screen")
        self._not_screened = self.tr("Not screened")
        self._stale = self.tr("{verdict} (stale)")
        self._verdict_tip = self.tr(
            "What the screening found: whether IVT/IT pays more than zorgtoeslag + BOB "
            "over the horizon, or a renunciation is to be proposed"
        )
        self._at_stake_tip = self.tr(
            "Flemish total minus federal total over the simulation's horizon: what the "
            "applicant gains (+) or loses (-) by renouncing IVT/IT"
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self.order:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.order) - 1, COLUMN_COUNT - 1)
            )

    def set_data(self, data: WorkListData) -> None:
        """Show a loaded list, filtered and sorted as the list before it was."""
        self.beginResetModel()
        self._data = data
        self._items = data.items
        self._orders = {}
        self._accepted = None
        self.data_replaced.emit()  # the filter calls `accept` with its cases
        self.order = self._rows()
        self.endResetModel()

    def set_items(self, items: list[WorkItem], today: date) -> None:
        self.set_data(prepare(items, today))

    def accept(self, accepted: bytearray | None) -> None:
        """Which cases are shown (one byte per item; None: all), without telling the
        views: for the filter, inside `set_data`."""
        self._accepted = accepted

    def set_accepted(self, accepted: bytearray | None) -> None:
        """Show these cases (one byte per item; None: all) in the current order."""
        self.beginResetModel()
        self._accepted = accepted
        self.order = self._rows()
        self.endResetModel()

    def _rows(self) -> list[int]:
        everything = self._full_order()
        accepted = self._accepted
        if accepted is None:
            return list(everything)
        return [i for i in everything if accepted[i]]

    def _full_order(self) -> list[int] | range:
        if self._sorted is None or not self._items:
            return range(len(self._items))
        return self._ordered(*self._sorted)

    @property
    def data_set(self) -> WorkListData:
        return self._data

    def item(self, row: int) -> WorkItem:
        """The item shown in `row`."""
        return self._items[self.order[row]]

    def row_of(self, reference: str) -> int | None:
        """The row showing the case with this reference, or None."""
        items = self._items
        for row, index in enumerate(self.order):
            if items[index].reference == reference:
                return row
        return None

    def items_in_order(self) -> list[WorkItem]:
        return [self._items[i] for i in self.order]

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:  # wraps when the room is short
                return (_RIGHT if section in (COL_AGE, COL_AT_STAKE) else _LEFT) | _WRAP
            if role == Qt.ItemDataRole.ToolTipRole:
                return {
                    COL_CONFLICTS: self._conflicts_tip,
                    COL_VERDICT: self._verdict_tip,
                    COL_AT_STAKE: self._at_stake_tip,
                }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell painted: unhandled roles leave at once.
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self.order):
            return None
        item = self._items[self.order[row]]
        column = index.column()
        if role == _DISPLAY:
            return self._display(item, column)
        if role == _ALIGN:
            return _RIGHT if column in (COL_AGE, COL_CONFLICTS, COL_AT_STAKE) else _LEFT
        if role == _FONT:
            if (column == COL_CONFLICTS and item.conflicts_now) or (
                column == COL_DEADLINE and self._past_deadline(item)
            ):
                return _bold()
            return None
        if role == SORT_ROLE:
            return _SORT_KEYS[column](item)
        if role == ITEM_ROLE:
            return item
        if role == _TOOLTIP:
            return self._tooltip(item, column)
        if role == _SPOKEN and column == COL_VERDICT:
            return self.verdict_words(item)
        return None

    def _past_deadline(self, item: WorkItem) -> bool:
        return (
            item.status == _WAITING
            and item.deadline is not None
            and item.deadline < self._data.today
        )

    def _display(self, item: WorkItem, column: int) -> str:
        if column == COL_CASE:
            return item.reference
        if column == COL_INSZ:
            return item.insz_formatted
        if column == COL_NAME:
            return item.name
        if column == COL_BIRTH:
            return day(item.birth_date)
        if column == COL_AGE:
            return str(item.age)
        if column == COL_STATUS:
            return status_label(item.status)
        if column == COL_DEADLINE:
            if item.deadline is None:
                return ""
            if self._past_deadline(item):
                return self._past.format(day=day(item.deadline))
            return day(item.deadline)
        if column == COL_CONFLICTS:
            total = len(item.conflict_months)
            return self._conflicts_text(item.conflicts_now, total) if total else ""
        if column == COL_VERDICT:
            return self.verdict_text(item)
        if column == COL_AT_STAKE:
            return at_stake_text(item)
        if column == COL_RETRO:
            return self._yes if item.retro_open else ""
        if column == COL_PUSH:
            return f"{self._yes} ({item.outbox_items})" if item.outbox_items else ""
        return ""

    def widest_cells(self, column: int) -> list[tuple[str, bool]]:
        """The texts (and whether bold) of the cells of `column` that may be the widest
        of the whole list, shown or not (`widest_items`)."""
        cells = []
        for index in self._data.widest.get(column, ()):
            item = self._items[index]
            bold = (column == COL_CONFLICTS and bool(item.conflicts_now)) or (
                column == COL_DEADLINE and self._past_deadline(item)
            )
            cells.append((self._display(item, column), bold))
        return cells

    def verdict_text(self, item: WorkItem) -> str:
        """The screening's verdict in a word or two, as the cell shows it; "⚠" before an
        outdated one."""
        text = self._verdict(item, self._verdicts)
        return f"\u26a0 {text}" if item.screening_stale else text

    def verdict_words(self, item: WorkItem) -> str:
        """The verdict in a whole phrase, "(stale)" after an outdated one: the cell's
        tooltip and what a screen reader says."""
        text = self._verdict(item, self._verdict_words)
        return self._stale.format(verdict=text) if item.screening_stale else text

    def _verdict(self, item: WorkItem, words: dict[Recommendation, str]) -> str:
        screening = item.screening
        if screening is None:
            return self._not_screened
        return self._cannot if screening.verdict is None else words[screening.verdict]

    def _conflicts_text(self, now: int, total: int) -> str:
        """ "3 of 35 months": the conflict months now of all (one form for every case;
        made once per pair: the column is painted for every row shown)."""
        text = self._conflict_texts.get((now, total))
        if text is None:
            text = self.tr("{now} of %n month(s)", "conflict months now, of all", total)
            text = text.replace("{now}", str(now))
            self._conflict_texts[(now, total)] = text
        return text

    def _tooltip(self, item: WorkItem, column: int) -> str | None:
        if column == COL_NAME:  # whole when its column is too narrow for it
            return item.name
        if column == COL_CONFLICTS and item.conflict_months:
            return self.tr(
                "{now} conflict months in the period VSB asks about today; all conflict "
                "months: {months}"
            ).format(now=item.conflicts_now, months=", ".join(item.conflict_months))
        if column in (COL_VERDICT, COL_AT_STAKE) and item.screening is not None:
            return self._screening_tip(item)
        if column == COL_RETRO and item.retro_open:
            return self.tr("A retroactive IVT/IT change affects: {months}").format(
                months=", ".join(item.retro_months) or "-"
            )
        if column == COL_PUSH and item.outbox_items:
            return self.tr(
                "{count} changes to this case are not in the central database yet"
            ).format(count=item.outbox_items)
        if column == COL_AGE:  # the birth date's column is hidden at first
            return self.tr("Born on {born}; turns 18 on {day}").format(
                born=day(item.birth_date), day=day(item.turns_18_on)
            )
        return None

    def _screening_tip(self, item: WorkItem) -> str:
        screening = item.screening
        assert screening is not None
        lines = [self.verdict_words(item)]
        if item.at_stake is not None:
            lines.append(
                self.tr("Amount at stake over the horizon: {amount}").format(
                    amount=at_stake_text(item) + " EUR"
                )
            )
        if screening.verdict is None:
            lines.append(
                self.tr("The dossier could not be screened: {problem}").format(
                    problem=screening.problem or "-"
                )
            )
        lines.append(self.tr("Screened on {day}").format(day=day(screening.screened_at.date())))
        if item.screening_stale:
            lines.append(
                self.tr(
                    "Stale: the dossier or the law data changed after this screening. "
                    "Screen again (Ctrl+Shift+R) to see the verdict with today's data."
                )
            )
        if item.screened_here:
            lines.append(
                self.tr(
                    "Screened again on this computer: shown here only; the central result "
                    "is stored by a supervisor's screening."
                )
            )
        return "\n".join(lines)

    # ---------------------------------------------------------------- sorting

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Every item index by `column` (raw values; empty values last in both orders;
        equal values in the loaded order, by case reference, ascending, and the other
        way round descending). The orders come with the list (`prepare`)."""
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COL_AGE:  # ascending age is descending birth date
            descending = not descending
        cached = self._orders.get((column, descending))
        if cached is not None:
            return cached
        if column not in self._data.orders:  # a list made without `prepare`'s orders
            self._data.orders[column] = column_order(self._items, column)
        present, empty = self._data.orders[column]
        ordered = (present[::-1] if descending else present) + empty
        self._orders[(column, descending)] = ordered
        return ordered

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows shown by `column` (see `_ordered`): one layout change; the
        selection follows its case."""
        if not 0 <= column < COLUMN_COUNT:
            return
        if self._sorted == (column, order) or not self.order:
            self._sorted = (column, order)
            return
        self._sorted = (column, order)
        new_order = self._rows()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        if persistent:
            row_of = dict(zip(new_order, range(len(new_order)), strict=True))
            old = self.order
            moved = [self.index(row_of[old[index.row()]], index.column()) for index in persistent]
            self.order = new_order
            self.changePersistentIndexList(persistent, moved)
        else:
            self.order = new_order
        self.layoutChanged.emit()


class WorkListFilter(QSortFilterProxyModel):
    """The cases of the active filter (a key of `FILTERS`, None: all) that match the
    search text; sorting is handed to the source model (see the module text)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter: str | None = None
        self._search = ""
        self._terms: tuple[str, ...] = ()
        self._accepted: bytearray | None = None  # per item of the source's list
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt's name
        if not isinstance(model, WorkListModel):
            raise TypeError("WorkListFilter shows a WorkListModel")
        super().setSourceModel(model)
        model.data_replaced.connect(self._new_list)
        model.set_accepted(self._compute())

    def source(self) -> WorkListModel:
        model = self.sourceModel()
        assert isinstance(model, WorkListModel)
        return model

    # ---------------------------------------------------------------- state

    @property
    def filter_key(self) -> str | None:
        return self._filter

    @property
    def search_text(self) -> str:
        return self._search

    def set_filter(self, key: str | None) -> None:
        if key is not None and key not in FILTERS:
            raise ValueError(f"unknown work list filter {key!r}")
        if key == self._filter:
            return
        self._filter = key
        self.source().set_accepted(self._compute())

    def set_search(self, text: str) -> None:
        terms = search_terms(text)
        self._search = text
        if terms == self._terms:
            return
        narrower = self._accepted is not None and _narrows(self._terms, terms)
        self._terms = terms
        self.source().set_accepted(self._compute(within=self._accepted if narrower else None))

    def _new_list(self) -> None:
        self.source().accept(self._compute())

    def _compute(self, within: bytearray | None = None) -> bytearray | None:
        """One byte per case of the source's list: 1 when shown. `within`: the cases
        shown before a narrower search (only those can still match)."""
        data = self.source().data_set
        accepted: bytearray | None = None
        if self._filter is not None and self._filter in data.masks:
            accepted = data.masks[self._filter]
        if self._terms:
            hits = search_hits(data.keys, self._terms, within)
            if accepted is not None:
                size = len(hits)
                both = int.from_bytes(hits, "big") & int.from_bytes(accepted, "big")
                hits = bytearray(both.to_bytes(size, "big"))
            accepted = hits
        self._accepted = accepted
        return accepted

    def accepted_count(self) -> int:
        return self.rowCount()

    def visible_items(self) -> list[WorkItem]:
        """The rows shown, in the order shown (without asking the proxy row by row)."""
        return self.source().items_in_order()

    def item(self, row: int) -> WorkItem:
        """The item in `row` of this proxy."""
        return self.source().item(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, reference: str) -> int | None:
        """The row of this proxy showing the case with this reference, or None."""
        row = self.source().row_of(reference)
        if row is None:
            return None
        return self.mapFromSource(self.source().index(row, 0)).row()

    # ---------------------------------------------------------------- sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)


def _narrows(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Whether every case matching `after` also matches `before` (typing on)."""
    if not before or len(after) < len(before):
        return False
    return all(new.find(old) >= 0 for old, new in zip(before, after, strict=False))
