"""The simulation page's results: the month-by-month table with its legend and totals
(the arrears months apart from the months from the notification on), the law values used
named in words with their kind (the computed and carried ones and the open points of law
named in the warning), greyed while the inputs are invalid; "Export to Excel..." writes
the result shown (`Desk.export_simulation`) in a background op, audits it and says where
the file is.

`SimulationResults` is a panel the page composes, two tabs that each have the panel's
whole height: the months and totals, and the law values used (the warning in full, then
the table with every row; the tab's title carries a warning sign while values are to be
checked). It owns its tables and labels (`results.month_model`, `results.total_values`,
...), is told what to show (`show_report`) and says where it exported (`exported`). Its
texts keep the page's translation context.

The month table's columns are as wide as their contents and headers (two-line headers, no
sort-arrow room in the sections that are not sorted: `FittedHeader`), so at 1280x800 every
column is whole in Dutch, French and German beside the inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.domain.months import Month
from cumuldesk.domain.simulation import MonthRow, UsedParameter
from cumuldesk.services.exports.simulation import SimulationExport
from cumuldesk.services.exports.spreadsheets import ExportCancelled
from cumuldesk.services.law.names import yes_no
from cumuldesk.services.reports import SimulationReport
from cumuldesk.services.simulation.words import (
    PartTotals,
    open_point_lines,
    split_totals,
    unverified_values,
    value_lines,
    value_words,
)
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import day, money_eur, month_label
from cumuldesk.ui.kit.ops import LOCAL, Op, show_error, user_message
from cumuldesk.ui.kit.style import mark_banner
from cumuldesk.ui.simulation.tables import (
    MONTH_COLUMNS,
    PARAMETER_COLUMNS,
    SORT_ROLE,
    STOPPED,
    WARN,
    RowsModel,
)
from cumuldesk.ui.simulation.widgets import FittedHeader

TOTAL_KEYS = ("months", "federal", "flemish", "difference")


class _OneLine(QStyledItemDelegate):
    """A cell on one line, cut with an ellipsis, in a table that wraps the others."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[assignment]


class _AllRowsTable(QTableView):
    """A table as high as its header and every row (and its horizontal scroll bar when
    it has one): it never scrolls vertically, the tab around it does."""

    def _rows_height(self) -> int:
        height = 2 * self.frameWidth() + self.horizontalHeader().sizeHint().height()
        height += self.verticalHeader().length()
        bar = self.horizontalScrollBar()
        if bar.maximum() > 0:
            height += bar.sizeHint().height()
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self._rows_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), self._rows_height())

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name
        """The rows or the scroll bar changed: ask the layout for the new height."""
        super().updateGeometries()
        if self.height() != self._rows_height():
            self.updateGeometry()


class SimulationResults(QTabWidget):
    """The results, the months over the law values (see the module text)."""

    exported = Signal(str)  # the path of the workbook "Export to Excel..." wrote

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown_report: SimulationReport | None = None  # the rows in the tables
        self._report: SimulationReport | None = None  # what "Export to Excel..." writes
        self._stale = False  # the inputs are invalid: the report is the last valid one
        self._reference: str | None = None  # the dossier's case ("": none; None: no dossier)
        self._notes: tuple[str, ...] = ()  # more header lines of the workbook
        self._build()

    def _build(self) -> None:
        """The months and totals in a tab, the law values used in another."""
        self.month_box = QWidget(self)
        self.month_model: RowsModel[MonthRow] = RowsModel(
            MONTH_COLUMNS, self, two_line_headers=True
        )
        self.month_proxy = QSortFilterProxyModel(self)
        self.month_proxy.setSourceModel(self.month_model)
        self.month_proxy.setSortRole(SORT_ROLE)
        self.month_table = self._table(self.month_proxy)
        # every column as wide as its contents, the last one too (stretched, it would be
        # cut when the months need more room than there is): blank room stays at the right
        self.month_table.horizontalHeader().setSectionResizeMode(
            len(MONTH_COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.legend = QLabel(self.month_box)
        self.legend.setWordWrap(True)
        # the totals: one column per amount, a row for the arrears months, one for the
        # months from the notification on, and the whole horizon (bold)
        totals = QGridLayout()
        self.total_labels: dict[str, QLabel] = {}
        self.total_values: dict[str, QLabel] = {}  # the whole horizon
        self.part_labels: dict[str, QLabel] = {}  # "arrears", "notified"
        self.part_values: dict[tuple[str, str], QLabel] = {}  # (part, key)
        self.all_label = QLabel(self.month_box)
        totals.addWidget(self.all_label, 3, 0)
        for row, part in enumerate(("arrears", "notified"), start=1):
            label = QLabel(self.month_box)
            totals.addWidget(label, row, 0)
            self.part_labels[part] = label
        for column, key in enumerate(TOTAL_KEYS, start=1):
            label, value = QLabel(self.month_box), QLabel(self.month_box)
            label.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = QFont(value.font())
            font.setBold(True)
            value.setFont(font)
            totals.addWidget(label, 0, column)
            totals.addWidget(value, 3, column)
            self.total_labels[key], self.total_values[key] = label, value
            for row, part in enumerate(("arrears", "notified"), start=1):
                shown = QLabel(self.month_box)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                totals.addWidget(shown, row, column)
                self.part_values[(part, key)] = shown
        for column in range(1, len(TOTAL_KEYS) + 1):
            totals.setColumnStretch(column, 1)
        results_layout = QVBoxLayout(self.month_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.month_box)
        results_layout.addWidget(self.caption)
        results_layout.addWidget(self.month_table, 1)
        results_layout.addWidget(self.legend)
        results_layout.addLayout(totals)
        # the export button in the totals' free corner: the months keep the room
        self.export_button = QPushButton(self.month_box)
        self.export_button.clicked.connect(self.export_to_excel)
        totals.addWidget(self.export_button, 0, 0, Qt.AlignmentFlag.AlignLeft)
        self.export_message = QLabel(self.month_box)
        self.export_message.setWordWrap(True)
        self.export_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_message.setVisible(False)
        results_layout.addWidget(self.export_message)

        # the law values used: the warning in full, the table with every row; the tab
        # scrolls when the panel is too low for both
        self.parameters = QWidget(self)
        self.unverified = QLabel(self.parameters)
        mark_banner(self.unverified, "unverifiedWarning", "warning")
        self.unverified.setWordWrap(True)
        self.unverified.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unverified.setVisible(False)
        self.parameter_model: RowsModel[UsedParameter] = RowsModel(
            PARAMETER_COLUMNS, self, two_line_headers=True
        )
        self.parameter_proxy = QSortFilterProxyModel(self)
        self.parameter_proxy.setSourceModel(self.parameter_model)
        self.parameter_proxy.setSortRole(SORT_ROLE)
        self.parameter_table = self._table(self.parameter_proxy, _AllRowsTable(self))
        self.parameter_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the name takes the room left and wraps; the source stays one line (all of it in
        # its tooltip): the kind and the months used are on screen beside the name
        self.parameter_table.setWordWrap(True)
        self.parameter_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        names = [column.title for column in PARAMETER_COLUMNS]
        header = self.parameter_table.horizontalHeader()
        header.setSectionResizeMode(names.index("Name"), QHeaderView.ResizeMode.Stretch)
        source = names.index("Source")
        header.setSectionResizeMode(source, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(source, header.fontMetrics().horizontalAdvance("0" * 16))
        self.parameter_table.setItemDelegateForColumn(source, _OneLine(self.parameter_table))
        self.parameter_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        parameters_layout = QVBoxLayout(self.parameters)
        self.no_parameters = QLabel(self.parameters)
        self.no_parameters.setWordWrap(True)
        parameters_layout.addWidget(self.unverified)
        parameters_layout.addWidget(self.no_parameters)
        parameters_layout.addWidget(self.parameter_table)
        parameters_layout.addStretch(1)
        self.parameters_scroll = QScrollArea(self)
        self.parameters_scroll.setWidgetResizable(True)
        self.parameters_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.parameters_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parameters_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.parameters_scroll.setWidget(self.parameters)

        self.setDocumentMode(True)  # no frame around the tabs: the months keep the room
        self.addTab(self.month_box, "")
        self.addTab(self.parameters_scroll, "")

    def needed_width(self) -> int:
        """The panel's width at which every column of the month table is whole on
        screen (its contents and header, as ResizeToContents sizes them)."""
        table = self.month_table
        header = table.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(c), table.sizeHintForColumn(c), header.minimumSectionSize())
            for c in range(header.count())
        )
        if self.width() > 0 and table.viewport().width() > 0:
            around = self.width() - table.viewport().width()  # frames, margins, scroll bar
        else:
            around = table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 8
        return columns + around + 2

    def show_parameters(self) -> None:
        """The law values' tab on screen (the screenshots, a test)."""
        self.setCurrentWidget(self.parameters_scroll)

    def _table(self, model: QSortFilterProxyModel, table: QTableView | None = None) -> QTableView:
        table = QTableView(self) if table is None else table
        table.setHorizontalHeader(FittedHeader(table))
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
        # narrow columns keep room for an amount of five figures
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("00000"))
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        return table

    def tab_chain(self) -> list[QWidget]:
        """The tabs, the month table, the export button and the law values, in the order
        Tab visits them."""
        return [self.tabBar(), self.month_table, self.export_button, self.parameter_table]

    def retranslate_ui(self) -> None:
        self.setTabText(0, QCoreApplication.translate("SimulationPage", "Month by month"))
        self.tabBar().setAccessibleName(
            QCoreApplication.translate("SimulationPage", "Simulation results")
        )
        self.tabBar().setAccessibleDescription(
            QCoreApplication.translate(
                "SimulationPage",
                "The months compared with their totals, or the law parameters used; the "
                "arrow keys switch",
            )
        )
        self._render_parameters_tab()
        self.caption.setText(
            QCoreApplication.translate("SimulationPage", "Month by month, amounts in EUR")
        )
        self.month_table.setAccessibleName(
            QCoreApplication.translate("SimulationPage", "Months compared, amounts in EUR")
        )
        self.month_table.setAccessibleDescription(
            QCoreApplication.translate(
                "SimulationPage",
                "One row per month; %1 marks a benefit that IVT/IT stops in that month",
            ).replace("%1", STOPPED)
        )
        self.parameter_table.setAccessibleName(
            QCoreApplication.translate("SimulationPage", "Law parameters used")
        )
        self.parameter_table.setAccessibleDescription(
            QCoreApplication.translate(
                "SimulationPage",
                "Every law parameter this result used, with its value, date and source; "
                "unverified ones are marked",
            )
        )
        self.export_button.setText(
            QCoreApplication.translate("SimulationPage", "&Export to Excel\u2026")
        )
        self.export_button.setAccessibleName(
            QCoreApplication.translate("SimulationPage", "Export to Excel")
        )
        tip = QCoreApplication.translate(
            "SimulationPage",
            "Save this month table, its totals and the law parameters used as an Excel "
            "workbook (Alt+E)",
        )
        self.export_button.setToolTip(tip)
        self.export_button.setAccessibleDescription(tip)
        self.export_message.setAccessibleName(
            QCoreApplication.translate("SimulationPage", "Export result")
        )
        self.legend.setText(
            QCoreApplication.translate(
                "SimulationPage",
                "%1 = IVT/IT stops this benefit in that month (not paid together with "
                "IVT/IT). Federal total = IVT + IT + what is kept. Difference = federal "
                "total - Flemish total.",
            ).replace("%1", STOPPED)
        )
        self.legend.setToolTip(
            QCoreApplication.translate(
                "SimulationPage",
                "Kept: the BOB of an arrears month or of a voluntary switch, a zorgtoeslag "
                "without a ban; they stay beside the IVT/IT, on both sides.",
            )
        )
        self.all_label.setText(QCoreApplication.translate("SimulationPage", "All months"))
        for key, text in {  # short: the rows say which months, the table's columns the rest
            "months": QCoreApplication.translate("SimulationPage", "Months compared"),
            "federal": QCoreApplication.translate("SimulationPage", "Federal total"),
            "flemish": QCoreApplication.translate("SimulationPage", "Flemish total"),
            "difference": QCoreApplication.translate("SimulationPage", "Difference"),
        }.items():
            self.total_labels[key].setText(text)
            self.total_values[key].setAccessibleName(text)
        self.month_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(MONTH_COLUMNS) - 1
        )
        self.parameter_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(PARAMETER_COLUMNS) - 1
        )

    def show_report(
        self,
        report: SimulationReport | None,
        *,
        stale: bool = False,
        reference: str | None = None,
        notes: Sequence[str] = (),
    ) -> None:
        """Show `report` (None: nothing), greyed when `stale` (the inputs are invalid:
        it is the last valid result). "Export to Excel..." writes it for the case
        `reference` ("": the dossier has no case; None: no dossier shown), with `notes` as
        more header lines (which inputs differ from the dossier's)."""
        self._report, self._stale = report, stale
        self._reference, self._notes = reference, tuple(notes)
        self.month_box.setEnabled(report is not None and not stale)
        self.parameters.setEnabled(report is not None and not stale)
        self.export_button.setEnabled(report is not None and not stale)
        if report is None:
            self._shown_report = None
            self.month_model.set_rows([])
            self.parameter_model.set_rows([])
            for value in [*self.total_values.values(), *self.part_values.values()]:
                value.setText("-")
            self._render_part_labels(None)
            self.unverified.setVisible(False)
            self.no_parameters.setVisible(False)
            self._render_parameters_tab()
            return
        self.no_parameters.setVisible(not report.parameters)
        self.no_parameters.setText(
            QCoreApplication.translate(
                "SimulationPage",
                "No law parameter was needed: every amount is a decided amount and no "
                "month has a cumulation ban.",
            )
        )
        if self._shown_report is not report:
            self._shown_report = report
            self.month_model.set_rows(report.months)
            self.parameter_model.set_rows(report.parameters)
        self.total_values["months"].setText(str(len(report.months)))
        for key, amount in (
            ("federal", report.total_federal),
            ("flemish", report.total_flemish),
            ("difference", report.total_difference),
        ):
            self.total_values[key].setText(money_eur(amount))
        split = split_totals(report)
        for part, sums in (("arrears", split.arrears), ("notified", split.notified)):
            self._render_part(part, sums)
        self._render_part_labels(split.notified_month)
        # the two parts only when both have months: else the whole horizon says it all
        # (its months are all arrears, or none is) and the month table keeps the room
        both = split.arrears.months > 0 and split.notified.months > 0
        for part in ("arrears", "notified"):
            self.part_labels[part].setHidden(not both)
            for key in TOTAL_KEYS:
                self.part_values[(part, key)].setHidden(not both)
        self._render_warning(report)

    def _render_part(self, part: str, sums: PartTotals) -> None:
        self.part_values[(part, "months")].setText(str(sums.months))
        for key in ("federal", "flemish", "difference"):
            amount = getattr(sums, key)
            self.part_values[(part, key)].setText(money_eur(amount) if sums.months else "-")

    def _render_part_labels(self, notified: Month | None) -> None:
        shown = month_label(notified) if notified is not None else "-"
        self.part_labels["arrears"].setText(
            QCoreApplication.translate("SimulationPage", "Arrears (before %1)").replace("%1", shown)
        )
        self.part_labels["notified"].setText(
            QCoreApplication.translate("SimulationPage", "From the notification on (%1)").replace(
                "%1", shown
            )
        )
        for (part, key), value in self.part_values.items():
            value.setAccessibleName(
                f"{self.part_labels[part].text()}: {self.total_labels[key].text()}"
            )

    def _render_warning(self, report: SimulationReport) -> None:
        """The computed and carried values used, and the open points of law the verdict
        rests on, named in words (each open point's question and what is assumed in full
        in the tooltip, the letters and the confirmation before finalising)."""
        values = unverified_values(report)
        self.unverified.setVisible(bool(values))
        self._render_parameters_tab()
        if not values:
            return
        t = QCoreApplication.translate
        separator = QCoreApplication.translate("SimulationPage", "; ")  # French: " ; "
        amounts = value_lines(values, t, day)
        text = f"{WARN} " + QCoreApplication.translate(
            "SimulationPage",
            "Some values used are not read on a public page: check them before deciding.",
        )
        if amounts:
            text += "\n" + separator.join(amounts) + "."
        points = [v for v in values if v.open_point]
        if points:
            assumed = separator.join(
                QCoreApplication.translate("SimulationPage", "%1: %2")  # French: "%1 : %2"
                .replace("%1", value_words(v, t))
                .replace("%2", yes_no(bool(v.value), t))
                for v in dict((v.label, v) for v in points).values()
            )
            text += "\n" + QCoreApplication.translate(
                "SimulationPage",
                "Open points of law, default assumed until a supervisor confirms it: %1.",
            ).replace("%1", assumed)
        self.unverified.setText(text)
        self.unverified.setToolTip("\n\n".join(open_point_lines(values, t, day, month_label)))

    def _render_parameters_tab(self) -> None:
        """The law values' tab title, with a warning sign (and its tooltip) while values
        used are to be checked."""
        title = QCoreApplication.translate("SimulationPage", "Law parameters used")
        warned = self._shown_report is not None and bool(unverified_values(self._shown_report))
        index = self.indexOf(self.parameters_scroll)
        self.setTabText(index, f"{title} {WARN}" if warned else title)
        self.setTabToolTip(
            index,
            QCoreApplication.translate(
                "SimulationPage",
                "Some values used are not read on a public page: check them before deciding.",
            )
            if warned
            else "",
        )

    # ---------------------------------------------------------------- export

    def export_to_excel(self) -> None:
        """Ask for a file name and export the result shown (months, totals, parameters)."""
        report, reference = self._report, self._reference
        if report is None or reference is None or self._stale:
            return
        name = f"simulation-{reference or 'dossier'}-{self.ctx.desk.today().isoformat()}.xlsx"
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SimulationPage", "Export the simulation to Excel"),
            str(Path.home() / name),
            QCoreApplication.translate("SimulationPage", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        desk, notes = self.ctx.desk, self._notes

        def work(state: Any) -> SimulationExport:
            return desk.export_simulation(
                report,
                path,
                dossier_reference=reference,
                notes=notes,
                cancel=state.cancelled,
                translate=QCoreApplication.translate,  # the workbook in the window's language
            )

        self._say_exported(
            QCoreApplication.translate("SimulationPage", "Exporting the simulation\u2026")
        )
        (
            Op(self, work, lane=LOCAL, changes=self.ctx.changes)
            .with_progress(
                QCoreApplication.translate("SimulationPage", "Exporting the simulation\u2026")
            )
            .success(self._exported)
            .failure(self._export_failed)
            .run()
        )

    def _say_exported(self, text: str) -> None:
        self.export_message.setText(text)
        self.export_message.setVisible(True)

    def _exported(self, result: SimulationExport) -> None:
        if not isValid(self):
            return
        path = str(result.path)
        self._say_exported(
            QCoreApplication.translate("SimulationPage", "Exported the simulation to %1").replace(
                "%1", path
            )
        )
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(exc, ExportCancelled):
            self._say_exported(
                QCoreApplication.translate(
                    "SimulationPage", "Export cancelled; no file was written."
                )
            )
            return
        self._say_exported(
            QCoreApplication.translate("SimulationPage", "The export failed: %1").replace(
                "%1", user_message(exc)
            )
        )
        show_error(self, exc)
