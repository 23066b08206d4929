"""The simulation page: IVT/IT against zorgtoeslag + BOB for one dossier, month by month.

`load(insz)` opens the dossier in a background op (`Desk.open_simulation`: from the
cache; fetched from the central database when it is not cached and can be reached) and
fills the inputs with the dossier's values (`services.simulation.form.form_from_dossier`).
Every edit is recalculated (`Desk.simulate`) ~150 ms after the handler stops typing. One
simulation takes about 1 ms (36 months), so it runs on the GUI thread; only opening the
dossier goes to a worker.

The page composes two panels and wires them: `SimulationInputs` (the form: `inputs`) and
`SimulationResults` (the months, totals and law values: `results`); neither reaches into
the other.

A bad input is marked at its field (a symbol and words) and named in the banner; the
last valid result stays on screen, greyed, until the input is valid again. A dossier
whose own values cannot be simulated (a Brussels zorgtoeslag: a decided amount is
needed) opens with that input marked. The verdict names the law-data version it was
computed with.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaMethod, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP  # typed: gives the text (lupdate marks it)
from cumuldesk.errors import CumulDeskError
from cumuldesk.services.dossiers.input import DossierInput
from cumuldesk.services.dossiers.store import DossierView
from cumuldesk.services.simulation.form import (
    FIELD_LABELS,
    FormError,
    SimulationForm,
    SimulationOutcome,
    changed_fields,
    verdict,
)
from cumuldesk.services.simulation.opening import OpenedSimulation
from cumuldesk.services.simulation.words import law_data_name
from cumuldesk.ui.dossier.header import region_name
from cumuldesk.ui.kit.changes import DOSSIERS, PARAMETERS
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.formatting import day, money
from cumuldesk.ui.kit.i18n import translated
from cumuldesk.ui.kit.ops import LOCAL, Op, user_message
from cumuldesk.ui.simulation.inputs import SimulationInputs
from cumuldesk.ui.simulation.results import SimulationResults
from cumuldesk.ui.simulation.widgets import VerdictBanner

DEBOUNCE_MS = 150
SPLITTER_KEY = "simulation/splitter"


class SimulationPage(QWidget):
    """See the module text. `load(insz)`, `verdict_text()`, `letter_requested(report)`."""

    letter_requested = Signal(object)  # the SimulationReport shown
    exported = Signal(str)  # the path of the workbook "Export to Excel..." wrote

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
        self._loading = False
        self._message: tuple[str, str] | None = None  # (kind, untranslated text) when empty

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recalculate)

        self._build()
        self.inputs.edited.connect(self._schedule)
        self.results.exported.connect(self.exported)
        ctx.changes.changed.connect(self._on_changed)
        self.retranslate_ui()
        self._set_inputs_enabled(False)
        self._show_message(
            "info",
            QT_TRANSLATE_NOOP(
                "SimulationPage",
                "Open a dossier, then choose Simulate to compare IVT/IT with zorgtoeslag + BOB.",
            ),
        )

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.identity = QLabel(self)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changed = QLabel(self)
        self.changed.setWordWrap(True)
        self.banner = VerdictBanner(self)

        self.inputs = SimulationInputs(self)
        self.results = SimulationResults(self.ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.inputs)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # the inputs at their width (`SimulationInputs.fit`: the rows shown), the rest
        # for the results; once the handler drags the divider, its place is kept
        self._divider_moved = False
        state = self.ctx.settings.geometry(SPLITTER_KEY)
        if state is not None:
            self._divider_moved = self.splitter.restoreState(state)
        if not self._divider_moved:
            self.splitter.setSizes([1, 10_000])
        self.splitter.splitterMoved.connect(self._save_splitters)
        # once the layouts settle: the month columns take their widths after a delay
        self._divider_timer = QTimer(self)
        self._divider_timer.setSingleShot(True)
        self._divider_timer.setInterval(0)
        self._divider_timer.timeout.connect(self._fit_divider)
        self.inputs.fitted.connect(self._divider_timer.start)
        header = self.results.month_table.horizontalHeader()
        header.sectionResized.connect(self._divider_timer.start)

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

        chain = [*self.inputs.tab_chain(), *self.results.tab_chain()]
        chain += [self.reset_button, self.letter_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ---------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Simulation: IVT/IT against zorgtoeslag + BOB"))
        self.inputs.retranslate_ui()
        self.results.retranslate_ui()
        # Alt+R is Recent dossiers in the look-up bar above
        self.reset_button.setText(self.tr("Reset to dossier v&alues"))
        self.reset_button.setToolTip(self.tr("Put back the dossier's own values (Alt+A)"))
        self.reset_button.setAccessibleName(self.tr("Reset to dossier values"))
        self.letter_button.setText(self.tr("&Draft letter\u2026"))
        self.letter_button.setAccessibleName(self.tr("Draft letter"))
        self.banner.setAccessibleName(self.tr("Verdict"))
        self._update_letter_button()
        self._render()
        self.inputs.fit()

    # ---------------------------------------------------------------- loading

    def load(self, insz: str) -> None:
        """Open the dossier in the background and simulate it with its own values."""
        desk = self.ctx.desk
        self._timer.stop()
        self._loading = True
        self._show_message(
            "info", QT_TRANSLATE_NOOP("SimulationPage", "Loading the simulation\u2026")
        )

        def work(state: Any) -> OpenedSimulation:
            return desk.open_simulation(insz)

        Op(self, work, lane=LOCAL).success(self._loaded_to_work_on).failure(self._load_failed).run()

    def _loaded_to_work_on(self, loaded: OpenedSimulation) -> None:
        """Asked for by the handler: once on screen, the keyboard is in the first input
        (Simulate's button vanished with the dossier page)."""
        self._loaded(loaded)
        first = self.inputs.first_editor()
        if self.isVisible() and first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _loaded(self, loaded: OpenedSimulation) -> None:
        self._loading = False
        self._view = loaded.view
        self.insz = loaded.view.insz
        self._base = loaded.view.input
        self._dossier_form = loaded.form
        self.error = None
        self.inputs.set_dossier(loaded.view.input, loaded.form, loaded.limits)
        if loaded.form is None:
            self.outcome = None
            self._set_inputs_enabled(False)
            self._message = ("invalid", loaded.problem or "")
            self._render()
            return
        self._set_inputs_enabled(True)
        self.inputs.fill(loaded.form)
        self.outcome = (
            SimulationOutcome(loaded.form, loaded.report, verdict(loaded.report, money))
            if loaded.report is not None
            else None
        )
        self._message = None
        if loaded.report is None:
            # the dossier's own values cannot be simulated: say which input needs what
            self.recalculate()
            if self.error is None:
                self.error = CumulDeskError(loaded.problem or "")
                self._render()
            return
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
            edited = self._dossier_form is not None and self.inputs.read_form_or_none()
            self._reload_keeping(edited or None)
        elif PARAMETERS in kinds:
            self.recalculate()

    def _reload_keeping(self, edited: SimulationForm | None) -> None:
        desk, insz = self.ctx.desk, self.insz or ""

        def work(state: Any) -> OpenedSimulation:
            return desk.open_simulation(insz, quiet=True)

        def done(loaded: OpenedSimulation) -> None:
            keep = edited if edited is not None and edited != self._dossier_form else None
            self._loaded(loaded)
            if keep is not None and loaded.form is not None:
                self.inputs.fill(keep)
                self.recalculate()

        Op(self, work, lane=LOCAL).success(done).failure(self._load_failed).run()

    # ---------------------------------------------------------------- the form

    def _set_inputs_enabled(self, enabled: bool) -> None:
        self.inputs.set_editing_enabled(enabled)
        self.reset_button.setEnabled(enabled)

    def _schedule(self) -> None:
        """An edit: recalculate once the handler pauses (debounce)."""
        if self._base is not None:
            self._timer.start()

    def reset_to_dossier(self) -> None:
        if self._dossier_form is None:
            return
        self._timer.stop()
        self.inputs.fill(self._dossier_form)
        self.recalculate()

    # ------------------------------------------------------------ recalculating

    def recalculate(self) -> None:
        """Simulate the editors' values now (GUI thread: about 1 ms)."""
        self._timer.stop()
        view = self._view
        if view is None or self._base is None or self._dossier_form is None:
            return
        self.inputs.clear_marks()
        try:
            form = self.inputs.read_form()
            started = time.perf_counter()
            report = self.ctx.desk.simulate(view, form)
            outcome = SimulationOutcome(form, report, verdict(report, money))
            self.last_simulation_ms = (time.perf_counter() - started) * 1000
        except FormError as exc:
            self.error = exc
            self.inputs.mark(exc.field, translated(exc.problem))
        except CumulDeskError as exc:
            self.error = exc
        else:
            self.error = None
            self.outcome = outcome
        self._render()

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
                + region_name(view.region)
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
                "invalid", self.tr("Invalid input: %1").replace("%1", self._error_text()), detail
            )
        elif outcome is not None:
            verdict = outcome.verdict
            detail = translated(verdict.detail)
            computed = self.law_data_text()
            self.banner.show_verdict(
                verdict.kind,
                translated(verdict.text),
                f"{detail}\n{computed}" if detail else computed,
            )
        self._render_changed()
        shown = outcome if self._message is None else None
        case = view.case if view is not None else None
        self.results.show_report(
            shown.report if shown is not None else None,
            stale=self.error is not None,
            reference=None if view is None else case.reference if case is not None else "",
            notes=[self.changed.text()] if self.changed.isVisibleTo(self) else [],
        )
        self._update_letter_button()
        self._fit_divider()  # the months' columns may need another width
        self._divider_timer.start()  # and once their sections are resized

    def _render_changed(self) -> None:
        form = self.inputs.read_form_or_none() if self._dossier_form is not None else None
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

    def _error_text(self) -> str:
        """What is wrong with the inputs, in the interface language."""
        exc = self.error
        if isinstance(exc, FormError):
            label = self.tr(FIELD_LABELS.get(exc.field, exc.field))
            return f"{label}: {translated(exc.problem)}"
        return user_message(exc) if exc is not None else ""

    def law_data_text(self) -> str:
        """ "Computed with law data v7." for the result shown."""
        if self.outcome is None:
            return ""
        version = self.outcome.report.law_version
        return self.tr("Computed with %1.").replace(
            "%1", law_data_name(version, QCoreApplication.translate)
        )

    def verdict_text(self) -> str:
        """The banner's text (the verdict, or what is wrong)."""
        return self.banner.title.text()

    # ---------------------------------------------------------------- letters

    # Qt forbids isSignalConnected() inside connectNotify/disconnectNotify (a disconnect
    # during an emission hangs): look at the letter signal only, and only afterwards.
    def connectNotify(self, signal: QMetaMethod) -> None:  # noqa: N802 - Qt override
        super().connectNotify(signal)
        if signal == QMetaMethod.fromSignal(self.letter_requested):
            QTimer.singleShot(0, self._update_letter_button)

    def disconnectNotify(self, signal: QMetaMethod) -> None:  # noqa: N802 - Qt override
        super().disconnectNotify(signal)
        if signal == QMetaMethod.fromSignal(self.letter_requested):
            QTimer.singleShot(0, self._update_letter_button)

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
        self._divider_moved = True
        self.ctx.settings.set_geometry(SPLITTER_KEY, self.splitter.saveState())

    def _fit_divider(self) -> None:
        """The month table gets the width its columns need, the inputs the rest up to
        their preferred width (each label beside its field), at least their minimum
        (each label above its field); unless the handler placed the divider. After a
        change of the inputs' rows or texts, of the months shown, of the page's size."""
        if self._divider_moved:
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        room = total - self.results.needed_width()
        inputs = max(self.inputs.minimumWidth(), min(self.inputs.preferred_width(), room))
        if sizes[0] != inputs:
            self.splitter.setSizes([inputs, total - inputs])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_divider()
