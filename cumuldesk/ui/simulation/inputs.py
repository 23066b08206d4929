"""The simulation page's input form: one editor per `SimulationForm` field (with its label
and the mark under it when it is wrong), shown or hidden by the chosen bases, filled from a
form and read back into one.

`SimulationInputs` is a panel the page composes: it owns its editors (`inputs.ivt_amount`,
`inputs.labels`, `inputs.marks`, ...), says when the handler edited something (`edited`)
and is told the dossier (`set_dossier`), filled (`fill`), read (`read_form`) and marked
(`mark`) through its methods. Its texts keep the page's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from cumuldesk.domain.amounts import IT_MAX_POINTS, ZT_MAX_PILLAR1, ZT_MAX_POINTS, Category
from cumuldesk.domain.months import Month, MonthRange
from cumuldesk.services.dossiers.input import DossierInput
from cumuldesk.services.simulation.form import (
    AmountBasis,
    BobBasis,
    FormError,
    IvtBasis,
    SimulationForm,
    default_notified_month,
    parse_money_text,
)
from cumuldesk.ui.kit.formatting import money
from cumuldesk.ui.simulation.tables import WARN
from cumuldesk.ui.simulation.widgets import ErrorMark

FIELDS = (
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
    "notified_month",
)


def money_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return edit


def qdate(month: Month) -> QDate:
    return QDate(month.year, month.month, 1)


class SimulationInputs(QScrollArea):
    """The input form in a scroll area (see the module text)."""

    edited = Signal()  # the handler changed an input (not emitted while filling)
    fitted = Signal()  # the column's width changed (`fit`): rows shown or hidden, texts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: DossierInput | None = None  # the dossier's facts
        self._dossier_form: SimulationForm | None = None  # the dossier's own values
        self._filling = False
        self._wide = 0  # the width with each label beside its field (`fit`)
        self._build()
        self._connect()

    def _build(self) -> None:
        """The editors in a group box, in this scroll area."""
        self.box = QGroupBox(self)
        self.form_layout = QFormLayout(self.box)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.labels: dict[str, QLabel] = {}
        self.marks: dict[str, ErrorMark] = {}
        self.editors: dict[str, QWidget] = {}

        self.ivt_basis = QComboBox(self)
        for category in (None, *Category):
            self.ivt_basis.addItem("", category)
        self.ivt_amount = money_edit(self)
        self.own_income = money_edit(self)
        self.partner_income = money_edit(self)
        self.it_basis = QComboBox(self)
        for basis in AmountBasis:
            self.it_basis.addItem("", basis)
        self.it_amount = money_edit(self)
        self.it_points = QSpinBox(self)
        self.it_points.setRange(0, IT_MAX_POINTS)
        self.zorgtoeslag_basis = QComboBox(self)
        for basis in AmountBasis:
            self.zorgtoeslag_basis.addItem("", basis)
        self.zorgtoeslag_amount = money_edit(self)
        self.zorgtoeslag_points = QSpinBox(self)
        self.zorgtoeslag_points.setRange(0, ZT_MAX_POINTS)
        self.pillar1_points = QSpinBox(self)
        self.pillar1_points.setRange(0, ZT_MAX_PILLAR1)
        self.bob_basis = QComboBox(self)
        for bob in BobBasis:
            self.bob_basis.addItem("", bob)
        self.bob_amount = money_edit(self)
        for combo in (self.ivt_basis, self.it_basis, self.zorgtoeslag_basis, self.bob_basis):
            # never narrower than its longest choice (the layout could squeeze it and cut
            # the German "Beschlossener Monatsbetrag")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voluntary_switch = QCheckBox(self)
        self.first_payment_month = QDateEdit(self)
        self.first_payment_month.setDisplayFormat("MM/yyyy")
        self.first_payment_month.setCalendarPopup(False)
        self.first_payment_month.setCurrentSection(QDateEdit.Section.MonthSection)
        self.notified_month = QDateEdit(self)
        self.notified_month.setDisplayFormat("MM/yyyy")
        self.notified_month.setCalendarPopup(False)
        self.notified_month.setCurrentSection(QDateEdit.Section.MonthSection)

        for name in FIELDS:
            editor: QWidget = getattr(self, name)
            label = QLabel(self)
            label.setBuddy(editor)
            mark = ErrorMark(self)
            self.form_layout.addRow(label, editor)
            self.form_layout.addRow(mark)
            self.form_layout.setRowVisible(mark, False)
            self.labels[name], self.marks[name], self.editors[name] = label, mark, editor
        self.marks["category"] = self.marks["ivt_basis"]

        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame: Tab goes to the editors
        self.setWidget(self.box)

    def _connect(self) -> None:
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
        self.notified_month.dateChanged.connect(self._schedule)

    def _schedule(self) -> None:
        """An edit by the handler (the page recalculates once they pause)."""
        if not self._filling:
            self.edited.emit()

    # ---------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        self.box.setTitle(
            QCoreApplication.translate("SimulationPage", "Inputs (prefilled from the dossier)")
        )
        labels = {
            "ivt_basis": QCoreApplication.translate(
                "SimulationPage", "I&VT"
            ),  # Alt+I is the INSZ look-up
            "ivt_amount": QCoreApplication.translate("SimulationPage", "IVT monthly amount (EUR)"),
            "own_income": QCoreApplication.translate("SimulationPage", "Own yearly income (EUR)"),
            "partner_income": QCoreApplication.translate(
                "SimulationPage", "Partner's yearly income (EUR)"
            ),
            "it_basis": QCoreApplication.translate("SimulationPage", "I&T"),
            "it_amount": QCoreApplication.translate("SimulationPage", "IT monthly amount (EUR)"),
            "it_points": QCoreApplication.translate("SimulationPage", "IT points (0-%1)").replace(
                "%1", str(IT_MAX_POINTS)
            ),
            "zorgtoeslag_basis": QCoreApplication.translate("SimulationPage", "&Zorgtoeslag"),
            "zorgtoeslag_amount": QCoreApplication.translate(
                "SimulationPage", "Zorgtoeslag monthly amount (EUR)"
            ),
            "zorgtoeslag_points": QCoreApplication.translate(
                "SimulationPage", "Zorgtoeslag points (0-%1)"
            ).replace("%1", str(ZT_MAX_POINTS)),
            "pillar1_points": QCoreApplication.translate(
                "SimulationPage", "Pillar 1 points (0-%1)"
            ).replace("%1", str(ZT_MAX_PILLAR1)),
            "bob_basis": QCoreApplication.translate("SimulationPage", "&BOB"),
            "bob_amount": QCoreApplication.translate("SimulationPage", "BOB monthly amount (EUR)"),
            "voluntary_switch": QCoreApplication.translate("SimulationPage", "Voluntary switch"),
            "first_payment_month": QCoreApplication.translate(
                "SimulationPage", "First &payment month"
            ),  # Alt+F: File
            "notified_month": QCoreApplication.translate("SimulationPage", "&Notified month"),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
            self.editors[name].setAccessibleName(text.replace("&", ""))
        self.ivt_basis.setItemText(
            0, QCoreApplication.translate("SimulationPage", "Decided monthly amount")
        )
        for index, category in enumerate(Category, start=1):
            self.ivt_basis.setItemText(
                index,
                QCoreApplication.translate("SimulationPage", "Computed: category %1").replace(
                    "%1", category.value
                ),
            )
        for combo, none in (
            (self.it_basis, QCoreApplication.translate("SimulationPage", "No IT")),
            (
                self.zorgtoeslag_basis,
                QCoreApplication.translate("SimulationPage", "No zorgtoeslag"),
            ),
        ):
            combo.setItemText(0, none)
            combo.setItemText(
                1, QCoreApplication.translate("SimulationPage", "Decided monthly amount")
            )
            combo.setItemText(
                2, QCoreApplication.translate("SimulationPage", "Computed from points")
            )
        bob_texts = {
            BobBasis.PERIODS: QCoreApplication.translate(
                "SimulationPage", "In the dossier's BOB periods"
            ),
            BobBasis.EVERY_MONTH: QCoreApplication.translate("SimulationPage", "Every month"),
            BobBasis.DECIDED: QCoreApplication.translate(
                "SimulationPage", "Decided amount, every month"
            ),
            BobBasis.NONE: QCoreApplication.translate("SimulationPage", "No BOB"),
        }
        self.bob_basis.setToolTip(
            QCoreApplication.translate(
                "SimulationPage",
                "BOB at the amount in force (from the law parameters) in the months of the "
                "dossier's BOB periods or in every month, or a decided monthly amount",
            )
        )
        for index in range(self.bob_basis.count()):
            self.bob_basis.setItemText(index, bob_texts[BobBasis(self.bob_basis.itemData(index))])
        tips = {
            self.ivt_basis: QCoreApplication.translate(
                "SimulationPage",
                "The IVT decided monthly amount, or computed from a category and the incomes "
                "(Alt+V)",
            ),
            self.it_basis: QCoreApplication.translate(
                "SimulationPage",
                "No IT, a decided monthly amount, or computed from the IT points (Alt+T)",
            ),
            self.zorgtoeslag_basis: QCoreApplication.translate(
                "SimulationPage",
                "No zorgtoeslag, a decided monthly amount, or computed from the points (Alt+Z)",
            ),
            self.it_points: QCoreApplication.translate(
                "SimulationPage", "The points of the IT decision; they give the IT amount"
            ),
            self.zorgtoeslag_points: QCoreApplication.translate(
                "SimulationPage", "The points of the zorgtoeslag decision, all pillars"
            ),
            self.pillar1_points: QCoreApplication.translate(
                "SimulationPage", "Of those points, how many are in pillar 1"
            ),
        }
        for editor, tip in tips.items():
            editor.setToolTip(tip)
        self.voluntary_switch.setText(
            QCoreApplication.translate("SimulationPage", "From NRTH: BOB is kept")
        )
        self.voluntary_switch.setToolTip(
            QCoreApplication.translate(
                "SimulationPage",
                "Applies to BOB every month or a decided amount; with the dossier's BOB "
                "periods, each period's own mark counts.",
            )
        )
        for edit in (self.ivt_amount, self.it_amount, self.zorgtoeslag_amount, self.bob_amount):
            edit.setPlaceholderText(
                QCoreApplication.translate("SimulationPage", "for example 898,21")
            )
            edit.setToolTip(
                QCoreApplication.translate(
                    "SimulationPage", "Monthly amount in EUR, with a decimal comma"
                )
            )
        for edit in (self.own_income, self.partner_income):
            edit.setPlaceholderText(
                QCoreApplication.translate("SimulationPage", "for example 1.234,56")
            )
            edit.setToolTip(
                QCoreApplication.translate(
                    "SimulationPage", "Yearly amount in EUR, with a decimal comma"
                )
            )
        self.first_payment_month.setToolTip(
            QCoreApplication.translate(
                "SimulationPage",
                "From this month to the month of the 21st birthday; it must lie in the ban window",
            )
        )
        self.notified_month.setToolTip(
            QCoreApplication.translate(
                "SimulationPage",
                "The first month the zorgkas and the Groeipakket no longer pay once told of "
                "the IVT/IT (by default the month after today). The months before it are "
                "arrears: the IVT/IT is paid afterwards and the BOB already paid is kept.",
            )
        )
        self._fit_choices()

    def _fit_choices(self) -> None:
        """Each choice list at least as wide as its longest choice in the style's text
        field (the style sheet's padding included, which Qt's size hint leaves out)."""
        for combo in (self.ivt_basis, self.it_basis, self.zorgtoeslag_basis, self.bob_basis):
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            hint = combo.sizeHint()
            option.rect = QRect(QPoint(0, 0), hint)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                combo,
            )
            metrics = combo.fontMetrics()
            longest = max(
                (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                default=0,
            )
            combo.setMinimumWidth(max(hint.width(), longest + hint.width() - field.width() + 2))

    def fit(self) -> None:
        """The inputs column's widths (texts change with the language and the font size,
        rows with the bases chosen; a field's error mark wraps in the room there is):
        `preferred_width()`, each label beside its field, and the minimum, each label
        above its field (the splitter never squeezes it further); `fitted` when they
        changed (the page gives the results the room their columns need, the inputs the
        rest)."""
        layout = self.form_layout
        policy = layout.rowWrapPolicy()
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        above = self.box.sizeHint()
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        beside = self.box.sizeHint()
        layout.setRowWrapPolicy(policy)
        bar = self.verticalScrollBar().sizeHint().width()

        def room(hint: QSize) -> int:
            # the scroll bar's room only when the rows are higher than the column
            scrolls = not self.isVisible() or hint.height() > self.height()
            return hint.width() + (bar if scrolls else 0) + 2 * self.frameWidth() + 4

        wide, narrow = room(beside), room(above)
        changed = (wide, narrow) != (self._wide, self.minimumWidth())
        self._wide = wide
        if narrow != self.minimumWidth():
            self.setMinimumWidth(narrow)
        self._choose_wrap()
        if changed:
            self.updateGeometry()
            self.fitted.emit()

    def preferred_width(self) -> int:
        """The width with every label beside its field."""
        return self._wide

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._wide, super().sizeHint().height())

    def _choose_wrap(self) -> None:
        """Each label beside its field when there is the room, else the fields that do
        not fit beside their label under it (the others stay beside)."""
        beside = self.width() >= self._wide
        policy = (
            QFormLayout.RowWrapPolicy.DontWrapRows
            if beside
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if self.form_layout.rowWrapPolicy() != policy:
            self.form_layout.setRowWrapPolicy(policy)

    def wrapped(self) -> bool:
        """Some fields under their label (the column is narrower than its preferred
        width)."""
        return self.form_layout.rowWrapPolicy() != QFormLayout.RowWrapPolicy.DontWrapRows

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.fit()  # higher or lower than the rows: the scroll bar's room
        else:
            self._choose_wrap()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit()

    # ---------------------------------------------------------------- the dossier

    def set_dossier(
        self,
        base: DossierInput,
        dossier_form: SimulationForm | None,
        limits: MonthRange | None,
    ) -> None:
        """The dossier simulated: its facts (the default notified month), its own values
        (what "not an edit" means) and the months the first payment month may take."""
        self._base = base
        self._dossier_form = dossier_form
        self._set_month_limits(limits)

    def set_editing_enabled(self, enabled: bool) -> None:
        self.box.setEnabled(enabled)

    def editing_enabled(self) -> bool:
        return self.box.isEnabled()

    def first_editor(self) -> QWidget:
        """Where the keyboard goes once a dossier is on screen."""
        return self.editors[FIELDS[0]]

    def tab_chain(self) -> list[QWidget]:
        """The editors, in the order Tab visits them."""
        return list(self.editors.values())

    def _set_month_limits(self, limits: MonthRange | None) -> None:
        picker, notified = self.first_payment_month, self.notified_month
        picker.blockSignals(True)
        notified.blockSignals(True)
        if limits is None:
            picker.setEnabled(False)
            notified.setEnabled(False)
            picker.setToolTip(
                QCoreApplication.translate(
                    "SimulationPage", "No ban window: the person turned 21 before the ban"
                )
            )
        else:
            picker.setEnabled(True)
            picker.setDateRange(qdate(limits.start), qdate(limits.end))
            # from the start of the window (no arrears) to after its end (all arrears),
            # and at least the default (the month after the as-of day)
            earliest, latest = limits.start, limits.end + 1
            if self._base is not None:
                default = default_notified_month(self._base)
                # a decision may be notified some months from now: a year of room
                earliest, latest = min(earliest, default), max(latest, default + 12)
            notified.setEnabled(True)
            notified.setDateRange(qdate(earliest), qdate(latest))
        picker.blockSignals(False)
        notified.blockSignals(False)

    def fill(self, form: SimulationForm) -> None:
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
            zorgtoeslag = form.zorgtoeslag_amount
            self.zorgtoeslag_amount.setText("" if zorgtoeslag is None else money(zorgtoeslag))
            self.zorgtoeslag_points.setValue(form.zorgtoeslag_points)
            self.pillar1_points.setValue(form.pillar1_points)
            self.bob_basis.setCurrentIndex(self.bob_basis.findData(form.bob_basis))
            self.bob_amount.setText(money(form.bob_amount))
            self.voluntary_switch.setChecked(form.voluntary_switch)
            if form.first_payment_month is not None:
                self.first_payment_month.setDate(qdate(form.first_payment_month))
            notified = form.notified_month
            if notified is None and self._base is not None:
                notified = default_notified_month(self._base)
            if notified is not None:
                self.notified_month.setDate(qdate(notified))
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
        notified = None
        if self.notified_month.isEnabled():
            picked = self.notified_month.date()
            notified = Month(picked.year(), picked.month())
            if (
                base.notified_month is None
                and self._base is not None
                and notified == default_notified_month(self._base)
            ):
                notified = None  # the default, as the dossier has it: not an edit
        zorgtoeslag_text = self.zorgtoeslag_amount.text()
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
            zorgtoeslag_amount=(
                None  # not entered yet: the simulation says why it needs it
                if not zorgtoeslag_text.strip() and base.zorgtoeslag_amount is None
                else parse_money_text(zorgtoeslag_text, "zorgtoeslag_amount")
            ),
            zorgtoeslag_points=self.zorgtoeslag_points.value(),
            pillar1_points=self.pillar1_points.value(),
            bob_basis=BobBasis(self.bob_basis.currentData()),
            bob_amount=parse_money_text(self.bob_amount.text(), "bob_amount"),
            voluntary_switch=self.voluntary_switch.isChecked(),
            first_payment_month=first,
            notified_month=notified,
        )

    def read_form_or_none(self) -> SimulationForm | None:
        """The editors' values as a form; None while one is not an amount."""
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
                self.mark(name, None)
        self.fit()

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

    def clear_marks(self) -> None:
        for name in self.marks:
            self.mark(name, None)

    def mark(self, field: str, message: str | None) -> None:
        """Say under the field's editor what is wrong with it (None: nothing)."""
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
        self.fit()
