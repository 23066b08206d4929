"""The simulation page: IVT/IT against zorgtoeslag + BOB for one dossier, month by month.

`load(insz)` opens the dossier in a background op (from the cache; fetched from the
central database when it is not cached and can be reached) and fills the inputs with
the dossier's values (`services.simulation_form.form_from_dossier`). Every edit is
recalculated ~150 ms after the handler stops typing. One simulation takes about 1 ms
(36 months), so it runs on the GUI thread; only opening the dossier goes to a worker.

A bad input is marked at its field (a symbol and words) and named in the banner; the
last valid result stays on screen, greyed, until the input is valid again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QMetaMethod,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.domain.amounts import IT_MAX_POINTS, ZT_MAX_PILLAR1, ZT_MAX_POINTS, Category
from cumuldesk.domain.months import Month, MonthRange
from cumuldesk.errors import CumulDeskError
from cumuldesk.params.loader import ParameterSet
from cumuldesk.services.central import Central
from cumuldesk.services.dossier_input import DossierInput
from cumuldesk.services.dossiers import SIMULATED, DossierView, open_reachable
from cumuldesk.services.identity import Identity
from cumuldesk.services.simulation_form import (
    FIELD_LABELS,
    NOT_APPLICABLE,
    RENOUNCE,
    AmountBasis,
    BobBasis,
    FormError,
    IvtBasis,
    SimulationForm,
    SimulationOutcome,
    changed_fields,
    form_from_dossier,
    horizon_limits,
    parse_money_text,
    simulate,
)
from cumuldesk.storage.cache import LocalCache
from cumuldesk.ui.changes import DOSSIERS, PARAMETERS
from cumuldesk.ui.context import AppContext
from cumuldesk.ui.formatting import day, money, money_eur, month_label
from cumuldesk.ui.ops import LOCAL, Op, user_message

CONTEXT = "SimulationPage"
DEBOUNCE_MS = 150
SORT_ROLE = Qt.ItemDataRole.UserRole
STOPPED = "\u2298"  # ⊘: IVT/IT stops this benefit in this month
WARN = "\u26a0"  # ⚠
SPLITTER_KEY = "simulation/splitter"
RESULT_SPLITTER_KEY = "simulation/result_splitter"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# ------------------------------------------------------------ plain data (no Qt)


@dataclass(frozen=True)
class LoadedSimulation:
    view: DossierView
    form: SimulationForm | None  # the dossier's values; None: nothing to simulate
    limits: MonthRange | None  # the months the first payment month may take
    outcome: SimulationOutcome | None
    problem: str | None  # why there is no outcome


def load_simulation(
    cache: LocalCache,
    identity: Identity,
    params: ParameterSet,
    insz: str,
    *,
    connect: Callable[[], Central | None],
    today: date,
    clock: Callable[[], datetime],
    online: bool | None,
    audit: bool = True,
) -> LoadedSimulation:
    """Worker thread: open the dossier (cache, else central when reachable) and simulate
    its own values; audited as "simulation_run" (`audit` False: a quiet reload after a
    sync). Raises DossierNotFound, NotAvailableOffline, BadInput."""
    view, _online = open_reachable(
        cache,
        identity,
        insz,
        connect=connect,
        today=today,
        clock=clock,
        online=online,
        audit_action=SIMULATED if audit else None,
    )
    limits = horizon_limits(view.input, params)
    try:
        form = form_from_dossier(view, params)
    except CumulDeskError as exc:
        return LoadedSimulation(view, None, limits, None, str(exc))
    try:
        outcome = simulate(form, view.input, params, money)
    except CumulDeskError as exc:
        return LoadedSimulation(view, form, limits, None, str(exc))
    return LoadedSimulation(view, form, limits, outcome, None)


# ------------------------------------------------------------------ table models


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
            return _tr(self.columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].unit:
            return _tr(self.columns[section].unit)
        return None


def _amount(title: str, key: str, stopped: str | None = None) -> Column:
    """A money column; with `stopped`, the cell is marked when IVT/IT stops the benefit."""

    def text(row: dict[str, Any]) -> str:
        shown = money(Decimal(row[key]))
        return f"{shown} {STOPPED}" if stopped and row[stopped] else shown

    def tooltip(row: dict[str, Any]) -> str | None:
        if stopped and row[stopped]:
            return _tr("Not paid together with IVT/IT in this month (cumulation ban).")
        return None

    return Column(
        title, text, lambda row: float(row[key]), tooltip, number=True, unit="EUR per month"
    )


def _stopped_benefits(row: dict[str, Any]) -> list[str]:
    names = (("zorgtoeslag", "zorgtoeslag_banned"), ("BOB", "bob_banned"))
    return [_tr(name) for name, key in names if row[key]]


def _month_text(row: dict[str, Any]) -> str:
    shown = month_label(Month.parse(row["month"]))
    return f"{shown} {STOPPED}" if _stopped_benefits(row) else shown


def _month_tooltip(row: dict[str, Any]) -> str | None:
    stopped = _stopped_benefits(row)
    if not stopped:
        return None
    return _tr("IVT/IT stops %1 in this month.").replace("%1", _tr(" and ").join(stopped))


MONTH_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Month"), _month_text, lambda row: row["month"], _month_tooltip
    ),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "IVT"), "ivt"),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "IT"), "it"),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "Zorgtoeslag"), "zorgtoeslag", "zorgtoeslag_banned"),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "BOB"), "bob", "bob_banned"),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "Federal total"), "federal"),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "Flemish total"), "flemish"),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "Difference"), "difference"),
]


def _parameter_value(row: dict[str, Any]) -> str:
    value = row["value"]
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return money(Decimal(value))


def _parameter_source(row: dict[str, Any]) -> str | None:
    parts = [row["source"] or ""]
    if row.get("url"):
        parts.append(row["url"])
    parts.append(_tr("File: %1").replace("%1", row["origin"]))
    return "\n".join(part for part in parts if part)


def _parameter_name(row: dict[str, Any]) -> str:
    bracket = row.get("bracket")
    return f"{row['name']}[{bracket}]" if bracket else row["name"]


PARAMETER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Name"), _parameter_name, _parameter_name),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Value"),
        _parameter_value,
        lambda r: str(r["value"]),
        number=True,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Unit"), lambda r: r["unit"], lambda r: r["unit"]),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Effective from"),
        lambda r: day(date.fromisoformat(r["effective"])),
        lambda r: r["effective"],
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Used for"),
        lambda r: (
            f"{month_label(Month.parse(r['first_month']))} \u2013 "
            f"{month_label(Month.parse(r['last_month']))}"
        ),
        lambda r: r["first_month"],
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Verified"),
        lambda r: _tr("yes") if r["verified"] else f"{WARN} {_tr('no')}",
        lambda r: bool(r["verified"]),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Source"),
        lambda r: r["source"] or "",
        lambda r: r["source"] or "",
        _parameter_source,
    ),
]


# ----------------------------------------------------------------------- widgets


class ErrorMark(QWidget):
    """Under a field: a warning symbol and what is wrong (hidden when the field is fine)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.message: str | None = None

    def set_message(self, message: str | None) -> None:
        self.message = message
        self.text.setText(message or "")
        self.setAccessibleName(message or "")


class VerdictBanner(QFrame):
    """The verdict in words, with an icon whose shape differs per kind (not colour alone)."""

    ICONS = {
        "ivt_it_better": QStyle.StandardPixmap.SP_DialogApplyButton,
        RENOUNCE: QStyle.StandardPixmap.SP_MessageBoxInformation,
        NOT_APPLICABLE: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        "invalid": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "info": QStyle.StandardPixmap.SP_FileDialogInfoView,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        self.icon = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.kind = "info"

    def show_verdict(self, kind: str, text: str, detail: str = "") -> None:
        self.kind = kind
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        self.icon.setPixmap(self.style().standardIcon(self.ICONS[kind]).pixmap(size, size))
        self.title.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(_tr("Verdict"))
        self.setAccessibleDescription(f"{text} {detail}".strip())


def _money_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return edit


class SimulationPage(QWidget):
    """See the module text. `load(insz)`, `verdict_text()`, `letter_requested(report)`."""

    letter_requested = Signal(object)  # the simulation report dict

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.insz: str | None = None
        self._view: DossierView | None = None
        self._base: DossierInput | None = None
        self._dossier_form: SimulationForm | None = None
        self.outcome: SimulationOutcome | None = None  # the last valid result
        self.error: FormError | CumulDeskError | None = None
        self.last_simulation_ms: float | None = None
        self._filling = False
        self._loading = False
        self._shown_report: dict[str, Any] | None = None
        self._message: tuple[str, str] | None = None  # (kind, untranslated text) when empty

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recalculate)

        self._build()
        self._connect_inputs()
        ctx.changes.changed.connect(self._on_changed)
        self.retranslate_ui()
        self._set_inputs_enabled(False)
        self._show_message(
            "info",
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "Open a dossier, then choose Simulate to compare IVT/IT with zorgtoeslag + BOB.",
            ),
        )

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.identity = QLabel(self)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changed = QLabel(self)
        self.changed.setWordWrap(True)
        self.banner = VerdictBanner(self)

        # inputs
        self.inputs = QGroupBox(self)
        self.form_layout = QFormLayout(self.inputs)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.labels: dict[str, QLabel] = {}
        self.marks: dict[str, ErrorMark] = {}
        self.editors: dict[str, QWidget] = {}

        self.ivt_basis = QComboBox(self)
        for category in (None, *Category):
            self.ivt_basis.addItem("", category)
        self.ivt_amount = _money_edit(self)
        self.own_income = _money_edit(self)
        self.partner_income = _money_edit(self)
        self.it_basis = QComboBox(self)
        for basis in AmountBasis:
            self.it_basis.addItem("", basis)
        self.it_amount = _money_edit(self)
        self.it_points = QSpinBox(self)
        self.it_points.setRange(0, IT_MAX_POINTS)
        self.zorgtoeslag_basis = QComboBox(self)
        for basis in AmountBasis:
            self.zorgtoeslag_basis.addItem("", basis)
        self.zorgtoeslag_amount = _money_edit(self)
        self.zorgtoeslag_points = QSpinBox(self)
        self.zorgtoeslag_points.setRange(0, ZT_MAX_POINTS)
        self.pillar1_points = QSpinBox(self)
        self.pillar1_points.setRange(0, ZT_MAX_PILLAR1)
        self.bob_basis = QComboBox(self)
        for bob in BobBasis:
            self.bob_basis.addItem("", bob)
        self.bob_amount = _money_edit(self)
        self.voluntary_switch = QCheckBox(self)
        self.first_payment_month = QDateEdit(self)
        self.first_payment_month.setDisplayFormat("MM/yyyy")
        self.first_payment_month.setCalendarPopup(False)
        self.first_payment_month.setCurrentSection(QDateEdit.Section.MonthSection)

        for name in (
            "ivt_basis",
            "ivt_amount",
            "own_income",
            "partner_income",
            "it_basis",
            "it_amount",
            "it_points",
            "zorgtoeslag_basis",
            "zorgtoeslag_amount",
            "zorgtoeslag_points",
            "pillar1_points",
            "bob_basis",
            "bob_amount",
            "voluntary_switch",
            "first_payment_month",
        ):
            editor: QWidget = getattr(self, name)
            label = QLabel(self)
            label.setBuddy(editor)
            mark = ErrorMark(self)
            self.form_layout.addRow(label, editor)
            self.form_layout.addRow(mark)
            self.form_layout.setRowVisible(mark, False)
            self.labels[name], self.marks[name], self.editors[name] = label, mark, editor
        self.marks["category"] = self.marks["ivt_basis"]

        scroll = self.inputs_scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.inputs)

        # results
        self.results = QWidget(self)
        self.month_model = RowsModel(MONTH_COLUMNS, self)
        self.month_proxy = QSortFilterProxyModel(self)
        self.month_proxy.setSourceModel(self.month_model)
        self.month_proxy.setSortRole(SORT_ROLE)
        self.month_table = self._table(self.month_proxy)
        self.legend = QLabel(self.results)
        self.legend.setWordWrap(True)
        totals = QGridLayout()
        self.total_labels: dict[str, QLabel] = {}
        self.total_values: dict[str, QLabel] = {}
        for column, key in enumerate(("months", "federal", "flemish", "difference")):
            label, value = QLabel(self.results), QLabel(self.results)
            label.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = QFont(value.font())
            font.setBold(True)
            value.setFont(font)
            totals.addWidget(label, 0, column)
            totals.addWidget(value, 1, column)
            self.total_labels[key], self.total_values[key] = label, value
        results_layout = QVBoxLayout(self.results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.results)
        results_layout.addWidget(self.caption)
        results_layout.addWidget(self.month_table, 1)
        results_layout.addWidget(self.legend)
        results_layout.addLayout(totals)

        # parameters
        self.parameters = QGroupBox(self)
        self.unverified = QLabel(self.parameters)
        self.unverified.setWordWrap(True)
        self.unverified.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parameter_model = RowsModel(PARAMETER_COLUMNS, self)
        self.parameter_proxy = QSortFilterProxyModel(self)
        self.parameter_proxy.setSourceModel(self.parameter_model)
        self.parameter_proxy.setSortRole(SORT_ROLE)
        self.parameter_table = self._table(self.parameter_proxy)
        parameters_layout = QVBoxLayout(self.parameters)
        self.no_parameters = QLabel(self.parameters)
        self.no_parameters.setWordWrap(True)
        parameters_layout.addWidget(self.unverified)
        parameters_layout.addWidget(self.no_parameters)
        parameters_layout.addWidget(self.parameter_table, 1)

        self.result_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.result_splitter.addWidget(self.results)
        self.result_splitter.addWidget(self.parameters)
        self.result_splitter.setStretchFactor(0, 2)
        self.result_splitter.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.result_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1, 10_000])  # the inputs at their minimum, the rest results
        self.splitter.setChildrenCollapsible(False)
        for key, splitter in (
            (SPLITTER_KEY, self.splitter),
            (RESULT_SPLITTER_KEY, self.result_splitter),
        ):
            state = self.ctx.settings.geometry(key)
            if state is not None:
                splitter.restoreState(state)
            splitter.splitterMoved.connect(self._save_splitters)

        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_to_dossier)
        self.letter_button = QPushButton(self)
        self.letter_button.clicked.connect(self._request_letter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.letter_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.identity)
        layout.addWidget(self.banner)
        layout.addWidget(self.changed)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        chain = [*self.editors.values(), self.month_table, self.parameter_table]
        chain += [self.reset_button, self.letter_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _table(self, model: QSortFilterProxyModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("0000000"))
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        return table

    def _connect_inputs(self) -> None:
        for combo in (self.ivt_basis, self.it_basis, self.zorgtoeslag_basis, self.bob_basis):
            combo.currentIndexChanged.connect(self._basis_changed)
        for edit in (
            self.ivt_amount,
            self.own_income,
            self.partner_income,
            self.it_amount,
            self.zorgtoeslag_amount,
            self.bob_amount,
        ):
            edit.textEdited.connect(self._schedule)
            edit.editingFinished.connect(self._tidy_amounts)
        for spin in (self.it_points, self.zorgtoeslag_points, self.pillar1_points):
            spin.valueChanged.connect(self._schedule)
        self.voluntary_switch.toggled.connect(self._schedule)
        self.first_payment_month.dateChanged.connect(self._schedule)

    # ---------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Simulation: IVT/IT against zorgtoeslag + BOB"))
        self.inputs.setTitle(self.tr("Inputs (prefilled from the dossier)"))
        self.parameters.setTitle(self.tr("Law parameters used"))
        labels = {
            "ivt_basis": self.tr("&IVT"),
            "ivt_amount": self.tr("IVT monthly amount (EUR)"),
            "own_income": self.tr("Own yearly income (EUR)"),
            "partner_income": self.tr("Partner's yearly income (EUR)"),
            "it_basis": self.tr("I&T"),
            "it_amount": self.tr("IT monthly amount (EUR)"),
            "it_points": self.tr("IT points (0-%1)").replace("%1", str(IT_MAX_POINTS)),
            "zorgtoeslag_basis": self.tr("&Zorgtoeslag"),
            "zorgtoeslag_amount": self.tr("Zorgtoeslag monthly amount (EUR)"),
            "zorgtoeslag_points": self.tr("Zorgtoeslag points (0-%1)").replace(
                "%1", str(ZT_MAX_POINTS)
            ),
            "pillar1_points": self.tr("Pillar 1 points (0-%1)").replace("%1", str(ZT_MAX_PILLAR1)),
            "bob_basis": self.tr("&BOB"),
            "bob_amount": self.tr("BOB monthly amount (EUR)"),
            "voluntary_switch": self.tr("Voluntary switch"),
            "first_payment_month": self.tr("&First payment month"),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
            self.editors[name].setAccessibleName(text.replace("&", ""))
        self.ivt_basis.setItemText(0, self.tr("Decided monthly amount"))
        for index, category in enumerate(Category, start=1):
            self.ivt_basis.setItemText(
                index, self.tr("Computed: category %1").replace("%1", category.value)
            )
        for combo, none in (
            (self.it_basis, self.tr("No IT")),
            (self.zorgtoeslag_basis, self.tr("No zorgtoeslag")),
        ):
            combo.setItemText(0, none)
            combo.setItemText(1, self.tr("Decided monthly amount"))
            combo.setItemText(2, self.tr("Computed from points"))
        bob_texts = {
            BobBasis.PERIODS: self.tr("In the dossier's BOB periods"),
            BobBasis.EVERY_MONTH: self.tr("Every month"),
            BobBasis.DECIDED: self.tr("Decided amount, every month"),
            BobBasis.NONE: self.tr("No BOB"),
        }
        self.bob_basis.setToolTip(
            self.tr(
                "BOB at the amount in force (from the law parameters) in the months of the "
                "dossier's BOB periods or in every month, or a decided monthly amount"
            )
        )
        for index in range(self.bob_basis.count()):
            self.bob_basis.setItemText(index, bob_texts[BobBasis(self.bob_basis.itemData(index))])
        self.voluntary_switch.setText(self.tr("From NRTH: BOB is kept"))
        self.voluntary_switch.setToolTip(
            self.tr(
                "Applies to BOB every month or a decided amount; with the dossier's BOB "
                "periods, each period's own mark counts."
            )
        )
        for edit in (self.ivt_amount, self.it_amount, self.zorgtoeslag_amount, self.bob_amount):
            edit.setPlaceholderText(self.tr("for example 898,21"))
            edit.setToolTip(self.tr("Monthly amount in EUR, with a decimal comma"))
        for edit in (self.own_income, self.partner_income):
            edit.setPlaceholderText(self.tr("for example 1.234,56"))
            edit.setToolTip(self.tr("Yearly amount in EUR, with a decimal comma"))
        self.first_payment_month.setToolTip(
            self.tr(
                "From this month to the month of the 21st birthday; it must lie in the ban window"
            )
        )
        self.caption.setText(self.tr("Month by month, amounts in EUR"))
        self.month_table.setAccessibleName(self.tr("Months compared, amounts in EUR"))
        self.month_table.setAccessibleDescription(
            self.tr(
                "One row per month; %1 marks a benefit that IVT/IT stops in that month"
            ).replace("%1", STOPPED)
        )
        self.parameter_table.setAccessibleName(self.tr("Law parameters used"))
        self.legend.setText(
            self.tr(
                "%1 = IVT/IT stops this benefit in that month (not paid together with "
                "IVT/IT). Difference = federal total - Flemish total."
            ).replace("%1", STOPPED)
        )
        for key, text in {
            "months": self.tr("Months compared"),
            "federal": self.tr("Federal total (IVT/IT side)"),
            "flemish": self.tr("Flemish total (zorgtoeslag + BOB)"),
            "difference": self.tr("Difference"),
        }.items():
            self.total_labels[key].setText(text)
            self.total_values[key].setAccessibleName(text)
        self.reset_button.setText(self.tr("&Reset to dossier values"))
        self.reset_button.setToolTip(self.tr("Put back the dossier's own values (Alt+R)"))
        self.reset_button.setAccessibleName(self.tr("Reset to dossier values"))
        self.letter_button.setText(self.tr("&Draft letter\u2026"))
        self.letter_button.setAccessibleName(self.tr("Draft letter"))
        self.banner.setAccessibleName(self.tr("Verdict"))
        self.month_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(MONTH_COLUMNS) - 1
        )
        self.parameter_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(PARAMETER_COLUMNS) - 1
        )
        self._update_letter_button()
        self._render()
        self._fit_inputs()

    def _fit_inputs(self) -> None:
        """The inputs column is as wide as its widest row (texts change with the language
        and the font size), the splitter never squeezes it."""
        scrollbar = self.inputs_scroll.verticalScrollBar().sizeHint().width()
        self.inputs_scroll.setMinimumWidth(self.inputs.sizeHint().width() + scrollbar + 4)

    # ---------------------------------------------------------------- loading

    def load(self, insz: str) -> None:
        """Open the dossier in the background and simulate it with its own values."""
        ctx = self.ctx
        self._timer.stop()
        self._loading = True
        self._show_message("info", QT_TRANSLATE_NOOP(CONTEXT, "Loading the simulation\u2026"))

        def work(state: Any) -> LoadedSimulation:
            return load_simulation(
                ctx.cache,
                ctx.identity,
                ctx.params,
                insz,
                connect=ctx.try_connect,
                today=ctx.today(),
                clock=ctx.clock,
                online=ctx.online,
            )

        Op(self, work, lane=LOCAL).success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, loaded: LoadedSimulation) -> None:
        self._loading = False
        self._view = loaded.view
        self.insz = loaded.view.insz
        self._base = loaded.view.input
        self._dossier_form = loaded.form
        self.error = None
        self._set_month_limits(loaded.limits)
        if loaded.form is None:
            self.outcome = None
            self._set_inputs_enabled(False)
            self._message = ("invalid", loaded.problem or "")
            self._render()
            return
        self._set_inputs_enabled(True)
        self._fill(loaded.form)
        self.outcome = loaded.outcome
        if loaded.outcome is None:
            self.error = CumulDeskError(loaded.problem or "")
        self._message = None
        self._render()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._message = ("invalid", user_message(exc))
        self._render()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        """A sync or a parameter change: simulate again (parameters) or reload the
        dossier's facts (dossiers); the handler's edits stay."""
        if self.insz is None or self._loading:
            return
        if DOSSIERS in kinds:
            edited = self._dossier_form is not None and self._read_form_or_none()
            self._reload_keeping(edited or None)
        elif PARAMETERS in kinds:
            self.recalculate()

    def _reload_keeping(self, edited: SimulationForm | None) -> None:
        ctx, insz = self.ctx, self.insz

        def work(state: Any) -> LoadedSimulation:
            return load_simulation(
                ctx.cache,
                ctx.identity,
                ctx.params,
                insz or "",
                connect=lambda: None,
                today=ctx.today(),
                clock=ctx.clock,
                online=ctx.online,
                audit=False,
            )

        def done(loaded: LoadedSimulation) -> None:
            keep = edited if edited is not None and edited != self._dossier_form else None
            self._loaded(loaded)
            if keep is not None and loaded.form is not None:
                self._fill(keep)
                self.recalculate()

        Op(self, work, lane=LOCAL).success(done).failure(self._load_failed).run()

    # ---------------------------------------------------------------- the form

    def _set_inputs_enabled(self, enabled: bool) -> None:
        self.inputs.setEnabled(enabled)
        self.reset_button.setEnabled(enabled)

    def _set_month_limits(self, limits: MonthRange | None) -> None:
        picker = self.first_payment_month
        picker.blockSignals(True)
        if limits is None:
            picker.setEnabled(False)
            picker.setToolTip(self.tr("No ban window: the person turned 21 before the ban"))
        else:
            picker.setEnabled(True)
            picker.setDateRange(_qdate(limits.start), _qdate(limits.end))
        picker.blockSignals(False)

    def _fill(self, form: SimulationForm) -> None:
        """Show `form` in the editors (no recalculation is scheduled by this)."""
        self._filling = True
        try:
            ivt = None if form.ivt_basis is IvtBasis.DECIDED else form.category
            self.ivt_basis.setCurrentIndex(self.ivt_basis.findData(ivt))
            self.ivt_amount.setText(money(form.ivt_amount))
            self.own_income.setText(money(form.own_income))
            self.partner_income.setText(money(form.partner_income))
            self.it_basis.setCurrentIndex(self.it_basis.findData(form.it_basis))
            self.it_amount.setText(money(form.it_amount))
            self.it_points.setValue(form.it_points)
            self.zorgtoeslag_basis.setCurrentIndex(
                self.zorgtoeslag_basis.findData(form.zorgtoeslag_basis)
            )
            self.zorgtoeslag_amount.setText(money(form.zorgtoeslag_amount))
            self.zorgtoeslag_points.setValue(form.zorgtoeslag_points)
            self.pillar1_points.setValue(form.pillar1_points)
            self.bob_basis.setCurrentIndex(self.bob_basis.findData(form.bob_basis))
            self.bob_amount.setText(money(form.bob_amount))
            self.voluntary_switch.setChecked(form.voluntary_switch)
            if form.first_payment_month is not None:
                self.first_payment_month.setDate(_qdate(form.first_payment_month))
        finally:
            self._filling = False
        self._update_rows()

    def read_form(self) -> SimulationForm:
        """The editors' values as a form; FormError for text that is not an amount."""
        category = self.ivt_basis.currentData()
        base = self._dossier_form or SimulationForm()
        first = None
        if self.first_payment_month.isEnabled():
            picked = self.first_payment_month.date()
            first = Month(picked.year(), picked.month())
        return SimulationForm(
            ivt_basis=IvtBasis.DECIDED if category is None else IvtBasis.CATEGORY,
            ivt_amount=parse_money_text(self.ivt_amount.text(), "ivt_amount"),
            category=Category(category) if category else base.category,
            own_income=parse_money_text(self.own_income.text(), "own_income"),
            partner_income=parse_money_text(self.partner_income.text(), "partner_income"),
            it_basis=AmountBasis(self.it_basis.currentData()),
            it_amount=parse_money_text(self.it_amount.text(), "it_amount"),
            it_points=self.it_points.value(),
            zorgtoeslag_basis=AmountBasis(self.zorgtoeslag_basis.currentData()),
            zorgtoeslag_amount=parse_money_text(
                self.zorgtoeslag_amount.text(), "zorgtoeslag_amount"
            ),
            zorgtoeslag_points=self.zorgtoeslag_points.value(),
            pillar1_points=self.pillar1_points.value(),
            bob_basis=BobBasis(self.bob_basis.currentData()),
            bob_amount=parse_money_text(self.bob_amount.text(), "bob_amount"),
            voluntary_switch=self.voluntary_switch.isChecked(),
            first_payment_month=first,
        )

    def _read_form_or_none(self) -> SimulationForm | None:
        try:
            return self.read_form()
        except FormError:
            return None

    def _update_rows(self) -> None:
        """Show only the inputs the chosen bases use."""
        ivt_decided = self.ivt_basis.currentData() is None
        it = AmountBasis(self.it_basis.currentData())
        zorgtoeslag = AmountBasis(self.zorgtoeslag_basis.currentData())
        bob = BobBasis(self.bob_basis.currentData())
        visible = {
            "ivt_amount": ivt_decided,
            "own_income": not ivt_decided,
            "partner_income": not ivt_decided,
            "it_amount": it is AmountBasis.DECIDED,
            "it_points": it is AmountBasis.POINTS,
            "zorgtoeslag_amount": zorgtoeslag is AmountBasis.DECIDED,
            "zorgtoeslag_points": zorgtoeslag is AmountBasis.POINTS,
            "pillar1_points": zorgtoeslag is AmountBasis.POINTS,
            "bob_amount": bob is BobBasis.DECIDED,
            "voluntary_switch": bob in (BobBasis.EVERY_MONTH, BobBasis.DECIDED),
        }
        for name, shown in visible.items():
            self.form_layout.setRowVisible(self.editors[name], shown)
            if not shown:
                self._mark(name, None)

    def _tidy_amounts(self) -> None:
        """Show a typed amount the usual way ("1200" -> "1.200,00") once it is left."""
        edit = self.sender()
        if not isinstance(edit, QLineEdit):
            return
        try:
            amount = parse_money_text(edit.text(), "")
        except FormError:
            return  # left as typed; the mark says what is wrong
        if edit.text() != money(amount):
            edit.setText(money(amount))

    def _basis_changed(self) -> None:
        self._update_rows()
        self._schedule()

    def _schedule(self) -> None:
        """An edit: recalculate once the handler pauses (debounce)."""
        if not self._filling and self._base is not None:
            self._timer.start()

    def reset_to_dossier(self) -> None:
        if self._dossier_form is None:
            return
        self._timer.stop()
        self._fill(self._dossier_form)
        self.recalculate()

    # ------------------------------------------------------------ recalculating

    def recalculate(self) -> None:
        """Simulate the editors' values now (GUI thread: about 1 ms)."""
        self._timer.stop()
        if self._base is None or self._dossier_form is None:
            return
        for name in self.marks:
            self._mark(name, None)
        try:
            form = self.read_form()
            started = time.perf_counter()
            outcome = simulate(form, self._base, self.ctx.params, money)
            self.last_simulation_ms = (time.perf_counter() - started) * 1000
        except FormError as exc:
            self.error = exc
            self._mark(exc.field, exc.message)
        except CumulDeskError as exc:
            self.error = exc
        else:
            self.error = None
            self.outcome = outcome
        self._render()

    def _mark(self, field: str, message: str | None) -> None:
        mark = self.marks.get(field)
        if mark is None:
            return
        mark.set_message(message)
        self.form_layout.setRowVisible(mark, message is not None)
        editor = self.editors.get(field) or self.editors["ivt_basis"]
        label = self.labels.get(field) or self.labels["ivt_basis"]
        editor.setAccessibleDescription(message or "")
        text = label.text().removeprefix(f"{WARN} ")
        label.setText(f"{WARN} {text}" if message else text)

    # ---------------------------------------------------------------- showing

    def _show_message(self, kind: str, text: str) -> None:
        self._message = (kind, text)
        self._render()

    def _render(self) -> None:
        view = self._view
        if view is not None:
            self.identity.setText(
                f"{view.name} \u2013 {view.formatted_insz} \u2013 "
                + self.tr("born %1").replace("%1", day(view.birth_date))
                + " \u2013 "
                + self.tr(view.region.capitalize())
            )
        else:
            self.identity.setText("")
        outcome = self.outcome
        if self._message is not None:
            kind, text = self._message
            self.banner.show_verdict(kind, self.tr(text))
        elif self.error is not None:
            detail = (
                self.tr("The result below is from the last valid inputs.")
                if outcome is not None
                else ""
            )
            self.banner.show_verdict(
                "invalid", self.tr("Invalid input: %1").replace("%1", str(self.error)), detail
            )
        elif outcome is not None:
            verdict = outcome.verdict
            self.banner.show_verdict(verdict.kind, verdict.text, verdict.detail)
        self._render_changed()
        self._render_outcome(outcome if self._message is None else None)
        self._update_letter_button()

    def _render_changed(self) -> None:
        form = self._read_form_or_none() if self._dossier_form is not None else None
        if self._message is not None or self._dossier_form is None or form is None:
            self.changed.setVisible(False)
            return
        names = changed_fields(form, self._dossier_form)
        self.changed.setVisible(bool(names))
        self.changed.setText(
            self.tr("Changed from the dossier: %1").replace(
                "%1", ", ".join(self.tr(FIELD_LABELS[n]) for n in names)
            )
        )

    def _render_outcome(self, outcome: SimulationOutcome | None) -> None:
        report = outcome.report if outcome is not None else None
        stale = self.error is not None
        self.results.setEnabled(report is not None and not stale)
        self.parameters.setEnabled(report is not None and not stale)
        if report is None:
            self._shown_report = None
            self.month_model.set_rows([])
            self.parameter_model.set_rows([])
            for value in self.total_values.values():
                value.setText("-")
            self.unverified.setVisible(False)
            self.no_parameters.setVisible(False)
            return
        self.no_parameters.setVisible(not report["parameters"])
        self.no_parameters.setText(
            self.tr(
                "No law parameter was needed: every amount is a decided amount and no "
                "month has a cumulation ban."
            )
        )
        if self._shown_report is not report:
            self._shown_report = report
            self.month_model.set_rows(report["months"])
            self.parameter_model.set_rows(report["parameters"])
        totals = report["totals"]
        self.total_values["months"].setText(str(totals["months"]))
        for key in ("federal", "flemish", "difference"):
            self.total_values[key].setText(money_eur(Decimal(totals[key])))
        unverified = [p for p in report["parameters"] if not p["verified"]]
        self.unverified.setVisible(bool(unverified))
        if unverified:
            listed = ", ".join(
                self.tr("%1 from %2")
                .replace("%1", _parameter_name(p))
                .replace("%2", day(date.fromisoformat(p["effective"])))
                for p in unverified
            )
            self.unverified.setText(
                f"{WARN} "
                + self.tr(
                    "Some parameters are not verified: %1. Check them before deciding."
                ).replace("%1", listed)
            )

    def verdict_text(self) -> str:
        """The banner's text (the verdict, or what is wrong)."""
        return self.banner.title.text()

    # ---------------------------------------------------------------- letters

    def connectNotify(self, signal: QMetaMethod) -> None:  # noqa: N802 - Qt override
        super().connectNotify(signal)
        self._update_letter_button()

    def disconnectNotify(self, signal: QMetaMethod) -> None:  # noqa: N802 - Qt override
        super().disconnectNotify(signal)
        self._update_letter_button()

    def letters_available(self) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(self.letter_requested))

    def _update_letter_button(self) -> None:
        if not hasattr(self, "letter_button"):
            return  # connectNotify during construction
        available = self.letters_available()
        valid = self.outcome is not None and self.error is None and self._message is None
        self.letter_button.setEnabled(available and valid)
        if not available:
            tip = self.tr("The letters module is not installed yet: no letter can be drafted.")
        elif not valid:
            tip = self.tr("Needs a valid simulation result.")
        else:
            tip = self.tr("Draft the letter from this result (Alt+D)")
        self.letter_button.setToolTip(tip)
        self.letter_button.setAccessibleDescription(tip)

    def _request_letter(self) -> None:
        if self.outcome is not None and self.error is None:
            self.letter_requested.emit(self.outcome.report)

    def _save_splitters(self, *args: Any) -> None:
        self.ctx.settings.set_geometry(SPLITTER_KEY, self.splitter.saveState())
        self.ctx.settings.set_geometry(RESULT_SPLITTER_KEY, self.result_splitter.saveState())


def _qdate(month: Month) -> QDate:
    return QDate(month.year, month.month, 1)
