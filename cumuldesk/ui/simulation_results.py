"""The simulation page's results: the month-by-month table with its legend and totals,
the law parameters used (unverified ones named), greyed while the inputs are invalid;
"Export to Excel..." writes the result shown (`services.simulation_export`) in a
background op, audits it and says where the file is.

`SimulationResultsMixin` is mixed into `SimulationPage`: the tables and labels stay
attributes of the page (`page.month_model`, `page.total_values`, ...) and its texts keep
the page's translation context. The page provides `ctx`, `_view` (the dossier shown) and
`error` (the inputs are invalid).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.services.dossiers import DossierView
from cumuldesk.services.simulation_export import export_simulation, record_simulation_export
from cumuldesk.services.simulation_form import SimulationOutcome
from cumuldesk.services.spreadsheets import ExportCancelled, xlsx_path
from cumuldesk.ui.context import AppContext
from cumuldesk.ui.formatting import day, money_eur
from cumuldesk.ui.ops import LOCAL, Op, show_error, user_message
from cumuldesk.ui.simulation_tables import (
    MONTH_COLUMNS,
    PARAMETER_COLUMNS,
    SORT_ROLE,
    STOPPED,
    WARN,
    RowsModel,
    parameter_name,
)
from cumuldesk.ui.style import mark_banner


class SimulationResultsMixin(QWidget):
    """The results, built into the page (see the module text)."""

    exported: Any  # Signal(str) of the page: the path of a simulation exported to Excel
    ctx: AppContext
    error: object | None
    _view: DossierView | None
    _shown_report: dict[str, Any] | None

    def _build_results(self) -> QSplitter:
        """The months and totals over the parameters, in a splitter (returned)."""
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
        self.export_button = QPushButton(self.results)
        self.export_button.clicked.connect(self.export_to_excel)
        self.export_message = QLabel(self.results)
        self.export_message.setWordWrap(True)
        self.export_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_message.setVisible(False)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.export_message, 1)
        results_layout.addLayout(export_row)

        # parameters
        self.parameters = QGroupBox(self)
        self.unverified = QLabel(self.parameters)
        mark_banner(self.unverified, "unverifiedWarning", "warning")
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
        return self.result_splitter

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

    def _retranslate_results(self) -> None:
        self.parameters.setTitle(
            QCoreApplication.translate("SimulationPage", "Law parameters used")
        )
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
                "IVT/IT). Difference = federal total - Flemish total.",
            ).replace("%1", STOPPED)
        )
        for key, text in {
            "months": QCoreApplication.translate("SimulationPage", "Months compared"),
            "federal": QCoreApplication.translate("SimulationPage", "Federal total (IVT/IT side)"),
            "flemish": QCoreApplication.translate(
                "SimulationPage", "Flemish total (zorgtoeslag + BOB)"
            ),
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

    def _render_outcome(self, outcome: SimulationOutcome | None) -> None:
        report = outcome.report if outcome is not None else None
        stale = self.error is not None
        self.results.setEnabled(report is not None and not stale)
        self.parameters.setEnabled(report is not None and not stale)
        self.export_button.setEnabled(report is not None and not stale)
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
            QCoreApplication.translate(
                "SimulationPage",
                "No law parameter was needed: every amount is a decided amount and no "
                "month has a cumulation ban.",
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
                QCoreApplication.translate("SimulationPage", "%1 from %2")
                .replace("%1", parameter_name(p))
                .replace("%2", day(date.fromisoformat(p["effective"])))
                for p in unverified
            )
            self.unverified.setText(
                f"{WARN} "
                + QCoreApplication.translate(
                    "SimulationPage",
                    "Some parameters are not verified: %1. Check them before deciding.",
                ).replace("%1", listed)
            )

    # ---------------------------------------------------------------- export

    def export_to_excel(self) -> None:
        """Ask for a file name and export the result shown (months, totals, parameters)."""
        report, view = self._shown_report, self._view
        if report is None or view is None or self.error is not None:
            return
        reference = view.case.reference if view.case is not None else ""
        name = f"simulation-{reference or 'dossier'}-{self.ctx.today().isoformat()}.xlsx"
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SimulationPage", "Export the simulation to Excel"),
            str(Path.home() / name),
            QCoreApplication.translate("SimulationPage", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        ctx, identity, insz = self.ctx, self.ctx.identity, view.insz
        changed = getattr(self, "changed", None)  # the page's "Changed from the dossier"
        notes = [changed.text()] if changed is not None and changed.isVisible() else []
        formatted, target = view.formatted_insz, xlsx_path(path)

        def work(state: Any) -> str:
            rows = export_simulation(
                report,
                target,
                dossier_reference=reference,
                insz_formatted=formatted,
                exported_by=f"{identity.display_name} ({identity.username})",
                exported_at=ctx.clock(),
                notes=notes,
                cancel=state.cancelled,
                translate=QCoreApplication.translate,  # the workbook in the window's language
            )
            record_simulation_export(
                ctx.cache, identity.username, rows=rows, clock=ctx.clock, insz=insz
            )
            return str(target)

        self._say_exported(
            QCoreApplication.translate("SimulationPage", "Exporting the simulation\u2026")
        )
        (
            Op(self, work, lane=LOCAL)
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

    def _exported(self, path: str) -> None:
        if not isValid(self):
            return
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
