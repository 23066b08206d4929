"""The "Monthly report" page (issue 18, point 4): how a month of the monthly exchange
went, for supervisors only (the window shows the tab to supervisors alone).

A month chooser (the current month so far and the 23 before it; the previous calendar
month by default: at the start of a month a supervisor reports on the month past), the
month's figures in a table (counts right-aligned in the window's number format, the
amounts at stake in EUR), the chart of conflicts and amounts at stake over the last 12
months (`chart.MonthlyChart`, its figures as its accessible description) and two exports,
Excel and PDF, each to a file chosen in a save dialog. Counts and sums only, no personal
data.

The figures come from the central database (`Desk.monthly_report`) in a background op on
the network lane, the first time the page is shown (not at sign-in), when another month
is chosen and with "Show". Offline, the page says in words that the report needs the
central database. An export is written and audited by the desk
(`Desk.export_monthly_report`); the PDF is drawn here (`pdf.write_report_pdf`, Qt), on the
worker thread. What an export did is said in the message line under the buttons.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFocusFrame,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cumuldesk.domain.months import Month
from cumuldesk.errors import NotAllowed, Unavailable
from cumuldesk.services.monthly_report import (
    AT_STAKE,
    CONTEXT,
    FIGURE,
    FIGURES,
    TITLE,
    VALUE,
    MonthlyReport,
)
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import NONE_SHOWN, count, money, money_eur
from cumuldesk.ui.kit.ops import NETWORK, Op, user_message
from cumuldesk.ui.kit.stale_reload import StaleReload
from cumuldesk.ui.kit.widgets import LoadingBar
from cumuldesk.ui.law.widgets import LawNotice
from cumuldesk.ui.report.chart import MonthlyChart, window_locale

MONTHS_BACK = 23  # the months offered before the current one (two years in all)
EXCEL, PDF = "xlsx", "pdf"
DONE = "\u2713"  # ✓


def _t(text: str) -> str:
    """A text of the report (`services.monthly_report`, context "MonthlyReport")."""
    return QCoreApplication.translate(CONTEXT, text)


def _amount(value: object) -> str:
    """An amount of the PDF in the window's number format (its label says EUR)."""
    from decimal import Decimal

    return money(value if isinstance(value, Decimal | int) else Decimal(str(value)))


def month_name(month: Month, locale: QLocale | None = None) -> str:
    """ "November 2026" in the window's language."""
    locale = locale or window_locale()
    name = locale.standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name} {month.year}"


class MonthlyReportPage(QWidget):
    """The supervisors' monthly report (see the module text)."""

    loaded = Signal(object)  # a load ended: the report shown, or None when it failed
    exported = Signal(str)  # the path of a file written (after its message)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: MonthlyReport | None = None
        self.loading = False
        self.exporting = False
        self.offline = False
        self.error: str | None = None
        self._loading_month: Month | None = None
        self._folder: Path | None = None  # where the last export went
        self._viewport: QWidget | None = None  # the scroll area's, once made

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        heading = QFont(self.title.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        self.title.setFont(heading)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.month_label = QLabel(self)
        self.month_combo = QComboBox(self)
        self.month_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month_label.setBuddy(self.month_combo)
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(self.reload)
        self.busy = LoadingBar(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.notice = LawNotice(self)  # offline, refused, failed

        self.model = QStandardItemModel(0, 2, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the exports next
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

        self.chart = MonthlyChart(self)
        self.chart.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads it out
        self.chart_frame = QFocusFrame(self)  # shows where the keyboard is, while it is there
        self.chart.installEventFilter(self)

        self.excel_button = QPushButton(self)
        self.excel_button.clicked.connect(lambda: self.export(EXCEL))
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(lambda: self.export(PDF))
        self.message = LawNotice(self)  # what the last export did

        chooser = QHBoxLayout()
        chooser.addWidget(self.month_label)
        chooser.addWidget(self.month_combo)
        chooser.addWidget(self.show_button)
        chooser.addWidget(self.busy)
        chooser.addStretch(1)
        figures = QVBoxLayout()
        figures.addWidget(self.table)
        figures.addStretch(1)
        # the table beside the chart; under it when the chart would be too narrow for its
        # month labels (large fonts): the page then scrolls (`_arrange`)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(figures)
        self.body.addWidget(self.chart, 1)
        exports = QHBoxLayout()
        exports.addWidget(self.excel_button)
        exports.addWidget(self.pdf_button)
        exports.addStretch(1)
        self.content = QWidget(self)
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.title)
        layout.addLayout(chooser)
        layout.addWidget(self.explanation)
        layout.addWidget(self.notice)
        layout.addLayout(self.body, 1)
        layout.addLayout(exports)
        layout.addWidget(self.message)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("reportScroll")
        self.scroller.setWidget(self.content)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.scroller)
        self._viewport = self.scroller.viewport()
        self._viewport.installEventFilter(self)  # its width: `_arrange`
        chain = [
            self.month_combo,
            self.show_button,
            self.table,
            self.chart,
            self.excel_button,
            self.pdf_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.month_combo)  # Ctrl+5: the keyboard in the month chooser

        self._fill_months()
        self.month_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.refresh = StaleReload(self, self.reload, lambda: self.loading)
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts

    def _fill_months(self) -> None:
        """The current month (so far) and the MONTHS_BACK before it, newest first; the
        previous month chosen."""
        current = Month.of(self.ctx.desk.today())
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        for back in range(MONTHS_BACK + 1):
            month = current - back
            self.month_combo.addItem("", str(month))
        self.month_combo.setCurrentIndex(1)
        self.month_combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        locale = window_locale()
        for index in range(self.month_combo.count()):
            month = Month.parse(str(self.month_combo.itemData(index)))
            text = month_name(month, locale)
            if index == 0:
                text = self.tr("{month} (so far)").format(month=text)
            self.month_combo.setItemText(index, text)
        self.month_label.setText(self.tr("&Month:"))
        self.month_combo.setAccessibleName(self.tr("Month of the report"))
        self.month_combo.setAccessibleDescription(
            self.tr("The calendar month whose figures are shown; choosing one shows it")
        )
        self.show_button.setText(self.tr("&Show"))
        self.show_button.setToolTip(
            self.tr("Read the figures of the month chosen again from the central database")
        )
        self.busy.setAccessibleName(self.tr("Loading the monthly report"))
        self.explanation.setText(
            self.tr(
                "Counts and sums only, for every team, from the central database. A case "
                "counts in the month of its newest screening; amounts at stake are the "
                "differences over the horizon of the cases where a renunciation is to be "
                "proposed."
            )
        )
        self.table.setAccessibleName(self.tr("Figures of the month"))
        self.table.setAccessibleDescription(
            self.tr(
                "Persons in VSB's file, conflicts found, cases by verdict, proposals sent, "
                "answers and the amounts at stake, one per row"
            )
        )
        self.excel_button.setText(self.tr("Export to &Excel..."))
        self.excel_button.setToolTip(
            self.tr("Write the month's figures and the 12 months to an Excel workbook")
        )
        self.pdf_button.setText(self.tr("Export to P&DF..."))
        self.pdf_button.setToolTip(self.tr("Write the month's figures and the chart to a PDF"))
        self.notice.text.setAccessibleName(self.tr("Monthly report message"))
        self.message.text.setAccessibleName(self.tr("Export message"))
        self._show_report()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self._arrange()
        elif watched is self.chart and kind == QEvent.Type.FocusIn:
            self.chart_frame.setWidget(self.chart)
            self.chart_frame.show()
        elif watched is self.chart and kind == QEvent.Type.FocusOut:
            self.chart_frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes none
            self.chart_frame.hide()
        return super().eventFilter(watched, event)

    def chart_width_needed(self) -> int:
        """The chart's width for its 12 month labels side by side and its two axes (as
        `chart.paint_chart` lays them out), with a little air."""
        metrics = self.chart.fontMetrics()
        locale = window_locale()
        short = QLocale.FormatType.ShortFormat
        label = max(
            metrics.horizontalAdvance(f"{locale.standaloneMonthName(m, short)} 26")
            for m in range(1, 13)
        )
        axes = metrics.horizontalAdvance("0000") + metrics.horizontalAdvance("000.000") + 16
        return 12 * (label + metrics.averageCharWidth()) + axes + 16

    def _arrange(self) -> None:
        """The chart beside the table when there is room for it, else under it."""
        if self._viewport is None or not isValid(self._viewport):
            return
        room = self._viewport.width() - self.table.sizeHint().width() - 40
        stacked = room < self.chart_width_needed()
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        height = self.chart.fontMetrics().height()
        self.chart.setMinimumHeight(max(260, height * 14) if stacked else 260)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ loading

    def chosen_month(self) -> Month:
        return Month.parse(str(self.month_combo.currentData()))

    def choose_month(self, month: Month) -> bool:
        """Choose `month` in the chooser (which loads it); False when it is not offered."""
        index = self.month_combo.findData(str(month))
        if index < 0:
            return False
        if index == self.month_combo.currentIndex():
            self.reload()
        else:
            self.month_combo.setCurrentIndex(index)
        return True

    def reload(self) -> None:
        """Read the chosen month's report from the central database in the background (the
        figures shown stay until then; a month chosen meanwhile is read next)."""
        if self.loading:
            return  # `_done_loading` reads the month chosen by then
        month = self.chosen_month()
        self.loading = True
        self._loading_month = month
        self.refresh.stale = False
        self.busy.start()
        self.show_button.setEnabled(False)
        desk = self.ctx.desk
        op = Op(self, lambda state: desk.monthly_report(month), lane=NETWORK)
        op.success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, report: MonthlyReport) -> None:
        again = self._done_loading()
        self.report = report
        self.offline = False
        self.error = None
        self._show_report()
        self.loaded.emit(report)
        if again:
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        month = self._loading_month
        again = self._done_loading()
        self.refresh.stale = True  # shown again: tried again
        self.offline = isinstance(exc, Unavailable)
        if self.offline:
            self.error = None
        elif isinstance(exc, NotAllowed):
            self.error = self.tr(
                "The central database refused the monthly report: it is for active "
                "supervisors only."
            )
        else:
            self.error = self.tr("The monthly report could not be loaded: {reason}").format(
                reason=user_message(exc)
            )
        if self.report is not None and self.report.month != month:
            self.report = None  # never another month's figures under this month's name
        self._show_report()
        self.loaded.emit(None)
        if again:
            self.reload()

    def _done_loading(self) -> bool:
        """The load ended: whether another month was chosen meanwhile (read it next)."""
        self.loading = False
        self.busy.stop()
        self.show_button.setEnabled(True)
        return self._loading_month != self.chosen_month()

    # ------------------------------------------------------------------ showing

    def _show_report(self) -> None:
        report = self.report
        shown = report.month if report is not None else self.chosen_month()
        title = _t(TITLE).format(month=month_name(shown))
        self.title.setText(title)
        if self.offline:
            self.notice.say(
                self.tr(
                    "The monthly report needs the central database, which cannot be reached "
                    "now. Connect to the network and try again."
                ),
                "warning",
            )
        elif self.error is not None:
            self.notice.say(self.error, "error")
        else:
            self.notice.say(None)
        self._fill_table(report)
        self.chart.set_series(report.series if report is not None else ())
        self.chart.setAccessibleName(
            self.tr("Chart of conflicts and amounts at stake by month, 12 months to {month}")
            .format(month=month_name(shown))
        )  # fmt: skip
        if report is None:
            self.chart.setAccessibleDescription(self.tr("No figures shown"))
        can_export = report is not None and not self.exporting
        self.excel_button.setEnabled(can_export)
        self.pdf_button.setEnabled(can_export)

    def _fill_table(self, report: MonthlyReport | None) -> None:
        self.model.setHorizontalHeaderLabels([_t(FIGURE), _t(VALUE)])
        rows = [
            (_t(label), count(report.counts[key]) if report is not None else NONE_SHOWN)
            for key, label in FIGURES
        ]
        rows.append((_t(AT_STAKE), money_eur(report.at_stake) if report else NONE_SHOWN))
        self.model.setRowCount(0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for number, (label, value) in enumerate(rows):
            name, figure = QStandardItem(label), QStandardItem(value)
            figure.setTextAlignment(right)
            for item in (name, figure):
                item.setData(f"{label}: {value}", Qt.ItemDataRole.AccessibleTextRole)
            if number == len(rows) - 1:  # the amounts at stake: the sum of the month
                bold = QFont(self.table.font())
                bold.setBold(True)
                name.setFont(bold)
                figure.setFont(bold)
            self.model.appendRow([name, figure])
        self.model.setHeaderData(
            1, Qt.Orientation.Horizontal, right, Qt.ItemDataRole.TextAlignmentRole
        )
        self.table.resizeColumnsToContents()
        self._arrange()

    def figures(self) -> dict[str, str]:
        """What the table shows: the label and the value of each row (for tests)."""
        return {
            str(self.model.item(row, 0).text()): str(self.model.item(row, 1).text())
            for row in range(self.model.rowCount())
        }

    # ------------------------------------------------------------------ exports

    def default_name(self, kind: str) -> str:
        """The file name offered: "maandrapport-2026-11.xlsx" in Dutch."""
        month = self.report.month if self.report is not None else self.chosen_month()
        base = self.tr("monthly-report")  # maandrapport, rapport-mensuel, Monatsbericht
        return f"{base}-{month}.{kind}"

    def export(self, kind: str) -> None:
        """Ask for a file name and write the report shown there (EXCEL or PDF)."""
        report = self.report
        if report is None or self.exporting:
            return
        if kind == EXCEL:
            caption = self.tr("Export the monthly report to Excel")
            wanted = self.tr("Excel workbook (*.xlsx)")
        else:
            caption = self.tr("Export the monthly report to PDF")
            wanted = self.tr("PDF document (*.pdf)")
        folder = self._folder if self._folder is not None and self._folder.is_dir() else Path.home()
        path, _chosen = QFileDialog.getSaveFileName(
            self, caption, str(folder / self.default_name(kind)), wanted
        )
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        self._folder = Path(path).parent  # the next export is offered there
        self.write(kind, Path(path))

    def write(self, kind: str, path: Path) -> None:
        """Write the report shown to `path` in the background, audited (no dialog)."""
        report = self.report
        if report is None or self.exporting:
            return
        desk = self.ctx.desk
        translate = QCoreApplication.translate  # the file in the window's language
        if kind == PDF:
            from cumuldesk.ui.report.pdf import write_report_pdf

            locale = window_locale()  # read here, on the GUI thread

            def write_pdf(report: MonthlyReport, target: Path) -> None:
                write_report_pdf(report, target, locale=locale, translate=translate, amount=_amount)

            writer: Any = write_pdf
        else:
            writer = None

        def work(state: Any) -> Path:
            return desk.export_monthly_report(report, path, write=writer, translate=translate)

        self.exporting = True
        self._show_report()
        self.message.say(self.tr("Exporting the monthly report ..."))
        (
            Op(self, work, lane=NETWORK, changes=self.ctx.changes)
            .with_progress(self.tr("Exporting the monthly report ..."), cancellable=False)
            .success(lambda written: self._exported(report, written))
            .failure(self._export_failed)
            .run()
        )

    def _exported(self, report: MonthlyReport, path: Path) -> None:
        self.exporting = False
        self._show_report()
        text = self.tr("The monthly report of {month} was exported to {path}").format(
            month=month_name(report.month), path=str(path)
        )
        self.message.say(f"{DONE} {text}", "success")
        self.exported.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        self.exporting = False
        self._show_report()
        if isinstance(exc, Unavailable):
            text = self.tr(
                "Not exported: an export is recorded in the central database, which cannot "
                "be reached now. Connect to the network and try again."
            )
        else:
            text = self.tr("The export failed; no file was written: {reason}").format(
                reason=user_message(exc)
            )
        self.message.say(text, "error")
