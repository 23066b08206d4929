"""The main window: the look-up bar on top, the work list, dossier, simulation and law
data pages in tabs (and, for supervisors only, the monthly report), the sync status bar
at the bottom, menus with every shortcut.

The window wires the pages together (open a dossier from the look-up or the work list;
simulate from the dossier) and owns the background sync; the pages themselves are
built by factories (`PageFactories`) so that tests can put simple stand-ins in. What the
window needs of each page is a small protocol (`WorkListView`, `DossierView`,
`SimulationView`, `LawView`, `ReportView`): the type checker holds the real pages to it
and checks the wiring. The factories import a page's module only when the window is built (after
sign-in), so that importing this module stays cheap at start-up."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.services.sync_service import DEFAULT_RETRY, SyncState
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.shell.lookup import LookupBar
from cumuldesk.ui.shell.status_bar import SyncStatusBar
from cumuldesk.ui.shell.sync_worker import SyncWorker

if TYPE_CHECKING:
    from cumuldesk.services.reports import SimulationReport

log = logging.getLogger(__name__)

GEOMETRY = "main"
WINDOW_STATE = "main_state"
CLOSE_WAIT_MS = 10_000
SIMULATION_PAGE = 2  # the tabs: work list, dossier, simulation, law data
REPORT_PAGE = 4  # then, for supervisors only, the monthly report
NATIVE = QKeySequence.SequenceFormat.NativeText


class WorkListView(Protocol):
    """What the window needs of the work list page (`ui.worklist.page.WorkListPage`)."""

    @property
    def open_dossier(self) -> SignalInstance: ...  # (insz: str) the handler opened a case

    def export(self) -> None: ...


class DossierView(Protocol):
    """What the window needs of the dossier page (`ui.dossier.page.DossierPage`)."""

    @property
    def simulate_requested(self) -> SignalInstance: ...  # (insz: str)

    @property
    def dossier_shown(self) -> SignalInstance: ...  # (insz: str) once on screen

    @property
    def dossier_failed(self) -> SignalInstance: ...  # (insz: str) not found, not offline

    def show_dossier(self, insz: str) -> None: ...


class SimulationView(Protocol):
    """What the window needs of the simulation page (`ui.simulation.page.SimulationPage`)."""

    @property
    def letter_requested(self) -> SignalInstance: ...  # (report: SimulationReport)

    def load(self, insz: str) -> None: ...


class LawView(Protocol):
    """What the window needs of the law data page (`ui.law.page.LawPage`)."""

    @property
    def sync_requested(self) -> SignalInstance: ...  # an approval: sync now


class ReportView(Protocol):
    """What the window needs of the monthly report page (`ui.report.page.
    MonthlyReportPage`): nothing but a page; it loads the first time it is shown."""

    def reload(self) -> None: ...


View = TypeVar("View", covariant=True)
PageFactory = Callable[[AppContext, QWidget | None], View]


def _worklist_page(ctx: AppContext, parent: QWidget | None) -> WorkListView:
    from cumuldesk.ui.worklist.page import WorkListPage

    return WorkListPage(ctx, parent)


def _dossier_page(ctx: AppContext, parent: QWidget | None) -> DossierView:
    from cumuldesk.ui.dossier.page import DossierPage

    return DossierPage(ctx, parent)


def _simulation_page(ctx: AppContext, parent: QWidget | None) -> SimulationView:
    from cumuldesk.ui.simulation.page import SimulationPage

    return SimulationPage(ctx, parent)


def _law_page(ctx: AppContext, parent: QWidget | None) -> LawView:
    from cumuldesk.ui.law.page import LawPage

    return LawPage(ctx, parent)


def _report_page(ctx: AppContext, parent: QWidget | None) -> ReportView:
    from cumuldesk.ui.report.page import MonthlyReportPage

    return MonthlyReportPage(ctx, parent)


@dataclass(frozen=True)
class PageFactories:
    """How the pages are made: `(ctx, parent) -> page` each; every page is a QWidget.
    The monthly report is made for supervisors only."""

    worklist: PageFactory[WorkListView] = _worklist_page
    dossier: PageFactory[DossierView] = _dossier_page
    simulation: PageFactory[SimulationView] = _simulation_page
    law: PageFactory[LawView] = _law_page
    report: PageFactory[ReportView] = _report_page


def page_widget(page: object) -> QWidget:
    """A page as the widget it is (the protocols say only what else it offers)."""
    if not isinstance(page, QWidget):
        raise TypeError(f"a page must be a QWidget, not {type(page).__name__}")
    return page


def _first_control(page: QWidget) -> QWidget | None:
    """The first control of `page` a Tab would reach (visible, enabled), or None."""
    widget: QWidget | None = page.nextInFocusChain()
    for _ in range(1000):  # the chain is a ring; stop once it left the page
        if widget is None or widget is page or not page.isAncestorOf(widget):
            return None
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            return widget
        widget = widget.nextInFocusChain()
    return None


def shortcut_text(sequence: QKeySequence | str) -> str:
    return QKeySequence(sequence).toString(NATIVE)


_COUNT = re.compile(r"\s*\([\d.\s\u00a0]+\)$")  # "Conflicts now (12)": the count


def plain_name(text: str) -> str:
    """An action's or a button's text as a name in a list: without its mnemonic mark,
    its count ("Conflicts now (12)") or the dots of a dialog ("Export ...")."""
    name = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    name = _COUNT.sub("", name).strip()
    for dots in (" ...", "...", "\u2026"):
        name = name.removesuffix(dots)
    return name.strip()


def _keys_text(sequence: QKeySequence) -> str:
    """The keys as the handler reads them: "Return" and "Enter" are one key to them."""
    return sequence.toString(NATIVE).replace("Return", "Enter")


def _mentions(widget: QWidget, sequence: QKeySequence) -> bool:
    """Whether the widget's tooltip or description names these keys."""
    said = f"{widget.toolTip()} {widget.accessibleDescription()}"
    keys = {sequence.toString(), sequence.toString(NATIVE), _keys_text(sequence)}
    keys |= {key.replace("Return", "Enter") for key in keys}
    return any(key and key in said for key in keys)


def page_shortcuts(page: QWidget) -> list[tuple[str, str]]:
    """Every shortcut a page has, from its widgets (so the list cannot drift): its
    buttons with a shortcut or an Alt+letter (named by their "what's this", else their
    text), its actions with a shortcut, and its shortcuts (named by their "what's
    this", else by the button whose tooltip names their keys). One row per name, its
    keys together, in the order found."""
    found: dict[str, list[str]] = {}

    def add(name: str, sequence: QKeySequence) -> None:
        keys = _keys_text(sequence)
        if name and keys and keys not in found.setdefault(name, []):
            found[name].append(keys)

    # hidden ones too: a page shows some buttons only with a dossier on screen
    buttons = [b for b in page.findChildren(QAbstractButton) if not b.shortcut().isEmpty()]
    for button in buttons:
        add(button.whatsThis() or plain_name(button.text()), button.shortcut())
    for action in page.findChildren(QAction):
        if not action.shortcut().isEmpty() and not action.isSeparator():
            add(plain_name(action.text()), action.shortcut())
    for shortcut in page.findChildren(QShortcut):
        sequence = shortcut.key()
        if sequence.isEmpty() or not shortcut.isEnabled():
            continue
        name = shortcut.whatsThis()
        if not name:
            named = [w for w in page.findChildren(QAbstractButton) if _mentions(w, sequence)]
            name = plain_name(named[0].text()) if named else ""
        add(name, sequence)
    return [(name, ", ".join(keys)) for name, keys in found.items()]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, taken from its actions (so it is never out
    of date), and the keys of the look-up field."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setAccessibleDescription(
            self.tr("Every action of the window with the keys that do it, one per row")
        )
        for action, keys in rows:
            QTreeWidgetItem(self.table, [action, keys])
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Close this list (Esc)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # show every row and both columns without scrolling, as far as the screen allows
        # (at 200 % font the list is taller than a full HD screen: it scrolls then)
        frame = self.table.frameWidth() * 2
        spacing = self.fontMetrics().averageCharWidth() * 4
        every_row = (
            header.sizeHint().height()
            + sum(self.table.sizeHintForRow(0) for _ in rows)
            + frame
            + spacing // 2
        )
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = int(screen.availableGeometry().height() * 0.75) if screen is not None else every_row
        self.table.setMinimumSize(
            self.table.columnWidth(0) + self.table.columnWidth(1) + frame + spacing,
            min(every_row, room),
        )

    def keys_of(self, action: str) -> str | None:
        """The keys shown for an action (None when it is not in the list)."""
        return dict(self.rows()).get(action)

    def rows(self) -> list[tuple[str, str]]:
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]


class MainWindow(QMainWindow):
    """The window a handler works in all day (see the module text)."""

    lock_requested = Signal()  # File > Lock: the application hides the data and locks

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        pages: PageFactories | None = None,
        start_sync: bool = True,
        sync_retry: tuple[float, ...] = DEFAULT_RETRY,
        sync_interval: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        pages = pages or PageFactories()
        self._focused_once = False
        self._dossier_on_screen: str | None = None  # the INSZ the dossier page shows
        self._simulated: str | None = None  # the INSZ last sent to the simulation page

        central = QWidget(self)
        self.lookup = LookupBar(ctx, central)
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(True)
        self.worklist_page: WorkListView = pages.worklist(ctx, self.tabs)
        self.dossier_page: DossierView = pages.dossier(ctx, self.tabs)
        self.simulation_page: SimulationView = pages.simulation(ctx, self.tabs)
        self.law_page: LawView = pages.law(ctx, self.tabs)
        for page in (self.worklist_page, self.dossier_page, self.simulation_page, self.law_page):
            self.tabs.addTab(page_widget(page), "")
        # the monthly report: supervisors only (a handler has no tab and no Ctrl+5)
        self.report_page: ReportView | None = None
        if ctx.desk.identity.is_supervisor:
            self.report_page = pages.report(ctx, self.tabs)
            self.tabs.addTab(page_widget(self.report_page), "")
        layout = QVBoxLayout(central)
        layout.addWidget(self.lookup)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.status = SyncStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self.sync = SyncWorker(ctx, self, interval=sync_interval, retry=sync_retry)
        # an audited read (opening a dossier, a simulation, a letter's dossier) writes an
        # event into the outbox: the count of changes waiting follows it too
        ctx.desk.on_write = ctx.changes.from_worker

        self._build_actions()
        self._build_menus()
        self._wire()
        self.retranslate_ui()
        self._restore_geometry()
        self.sync.refresh_state()
        if start_sync:
            QTimer.singleShot(0, self.sync.start)  # after the window is on screen

    # ----------------------------------------------------------------- actions

    def _action(
        self,
        name: str,
        keys: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # works with the menu bar hidden, too
        return action

    def _build_actions(self) -> None:
        self.export_action = self._action("export", "Ctrl+E", self.export_worklist)
        self.lock_action = self._action("lock", "Ctrl+Shift+L", self.lock_requested.emit)
        self.preferences_action = self._action("preferences", "Ctrl+,", self.show_preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action("quit", "Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.lookup_action = self._action("lookup", "Ctrl+L", self.lookup.focus_field)
        self.page_actions = [
            self._action(f"page{index + 1}", f"Ctrl+{index + 1}", self._page_slot(index))
            for index in range(self.tabs.count())
        ]
        self.sync_action = self._action("sync_now", "F5", self.sync.sync_now)
        self.conflicts_action = self._action("conflicts", "Ctrl+Shift+K", self.show_conflicts)
        self.shortcuts_action = self._action("shortcuts", "Ctrl+/", self.show_shortcuts)
        self.about_action = self._action("about", None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _page_slot(self, index: int) -> Callable[[], None]:
        return lambda: self.go_to_page(index)

    def go_to_page(self, index: int) -> None:
        """Ctrl+1 ... Ctrl+4 (Ctrl+5: a supervisor's monthly report) and the Go menu: the
        page. The simulation page with no result for the dossier on screen simulates that
        dossier (an empty page would only ask the handler to go back for it)."""
        dossier = self._dossier_on_screen
        if index == SIMULATION_PAGE and dossier is not None and dossier != self._simulated:
            self.simulate(dossier)  # the page puts the keyboard in its first input
            return
        self.show_page(index)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(bar)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = QMenu(bar)
        self.go_menu.addAction(self.lookup_action)
        self.go_menu.addSeparator()
        for action in self.page_actions:
            self.go_menu.addAction(action)
        self.sync_menu = QMenu(bar)
        self.sync_menu.addAction(self.sync_action)
        self.sync_menu.addAction(self.conflicts_action)
        self.help_menu = QMenu(bar)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.go_menu, self.sync_menu, self.help_menu):
            bar.addMenu(menu)

    def menus(self) -> list[QMenu]:
        return [self.file_menu, self.go_menu, self.sync_menu, self.help_menu]

    def _wire(self) -> None:
        self.lookup.open_requested.connect(self._open_from_lookup)
        self.worklist_page.open_dossier.connect(self.open_dossier)
        self.dossier_page.simulate_requested.connect(self.simulate)
        self.dossier_page.dossier_shown.connect(self._dossier_shown)
        # the look-up is done when the page says why there is no dossier, too
        self.dossier_page.dossier_failed.connect(lambda _insz: self.lookup.set_busy(False))
        self.simulation_page.letter_requested.connect(self.open_letters)
        self.law_page.sync_requested.connect(self.sync.sync_now)
        self.status.sync_now_requested.connect(self.sync.sync_now)
        self.sync.state_changed.connect(self._sync_state)
        self.sync.progress.connect(self.status.set_progress)
        self.sync.syncing_changed.connect(self.status.set_syncing)
        self.sync.failed.connect(self.status.show_failure)

    # --------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        title = self.tr("CumulDesk — {name}").format(name=self.ctx.desk.identity.display_name)
        if self.ctx.desk.demo:
            title += self.tr(" (demo data)")
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.sync_menu.setTitle(self.tr("S&ync"))  # Alt+S is Simulate
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.export_action: self.tr("&Export work list ..."),
            self.lock_action: self.tr("&Lock"),
            self.preferences_action: self.tr("&Preferences ..."),
            self.quit_action: self.tr("&Quit"),
            self.lookup_action: self.tr("&Look up INSZ"),
            self.page_actions[0]: self.tr("&Work list"),
            self.page_actions[1]: self.tr("&Dossier"),
            self.page_actions[2]: self.tr("&Simulation"),
            self.page_actions[3]: self.tr("L&aw data"),
            **(
                {self.page_actions[REPORT_PAGE]: self.tr("&Monthly report")}
                if self.report_page is not None
                else {}
            ),
            self.sync_action: self.tr("Sync &now"),
            self.conflicts_action: self.tr("&Conflicts and refused changes ..."),
            self.shortcuts_action: self.tr("&Keyboard shortcuts"),
            self.about_action: self.tr("&About CumulDesk"),
        }
        for action, text in texts.items():
            action.setText(text)
            plain = text.replace("&", "").replace(" ...", "")
            keys = action.shortcut().toString(NATIVE)
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
            action.setStatusTip(action.toolTip())
        self.tabs.setAccessibleName(self.tr("Pages"))
        self.tabs.tabBar().setAccessibleName(self.tr("Pages"))  # where Tab stops
        self.tabs.tabBar().setAccessibleDescription(
            self.tr(
                "Work list, dossier, simulation, law data and monthly report: Left and Right "
                "arrows switch"
            )
            if self.report_page is not None
            else self.tr(
                "Work list, dossier, simulation and law data: Left and Right arrows switch"
            )
        )
        tab_names = [
            self.tr("Work list"),
            self.tr("Dossier"),
            self.tr("Simulation"),
            self.tr("Law data"),
        ]
        if self.report_page is not None:
            tab_names.append(self.tr("Monthly report"))
        for index, name in enumerate(tab_names):
            self.tabs.setTabText(index, name)
            self.tabs.setTabToolTip(index, f"{name} ({shortcut_text(f'Ctrl+{index + 1}')})")
        if self.sync.state is not None:
            self._sync_state(self.sync.state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ navigation

    def show_conflicts(self) -> None:
        """Changes of yours the central database could not take as they were: choose."""
        from cumuldesk.ui.shell.conflicts_dialog import open_conflicts

        open_conflicts(self.ctx, self)

    def show_preferences(self) -> None:
        """Lock delay and sync interval; applied at once."""
        from cumuldesk.ui.shell.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx.settings, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            lock = self.ctx.lock
            if lock is not None:
                lock.set_minutes(self.ctx.settings.inactivity_minutes)
            self.sync.interval = float(self.ctx.settings.sync_interval_seconds)

    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        if page is None:
            return
        target = page.focusProxy() or _first_control(page)
        if target is not None:  # never the page itself: a screen reader says nothing there
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_from_lookup(self, insz: str) -> None:
        self.lookup.set_busy(True)
        self.open_dossier(insz)

    def open_dossier(self, insz: str) -> None:
        """Show the dossier page and load the dossier of `insz` (11 digits) there."""
        self.tabs.setCurrentWidget(page_widget(self.dossier_page))
        self.dossier_page.show_dossier(insz)

    def simulate(self, insz: str) -> None:
        """Show the simulation page for the dossier of `insz`."""
        self._simulated = insz
        self.tabs.setCurrentWidget(page_widget(self.simulation_page))
        self.simulation_page.load(insz)

    def open_letters(self, report: SimulationReport) -> None:
        """The letters dialog for a simulation's dossier (`report.person`)."""
        from cumuldesk.ui.letters.dialog import open_letter_dialog

        open_letter_dialog(self.ctx, report, self)

    def _dossier_shown(self, insz: str) -> None:
        self._dossier_on_screen = insz
        self.lookup.show_opened(insz)
        self.lookup.reload_recent()

    def export_worklist(self) -> None:
        self.tabs.setCurrentWidget(page_widget(self.worklist_page))
        self.worklist_page.export()

    # ------------------------------------------------------------------ sync

    def _sync_state(self, state: SyncState) -> None:
        """Online or offline, the time of the data and what waits: said once, in the
        status bar."""
        self.status.set_state(state)

    # ---------------------------------------------------------------- dialogs

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every shortcut of the window, once each, taken from its actions and widgets:
        the menus' actions (and any other action of the window), the look-up bar, then
        each page's own keys (`page_shortcuts`) under the page's name."""
        rows: list[tuple[str, str]] = []
        listed: set[tuple[str, str]] = set()

        def add(name: str, keys: str) -> None:
            if name and keys and (name, keys) not in listed:
                listed.add((name, keys))
                rows.append((name, keys))

        menu_actions = [action for menu in self.menus() for action in menu.actions()]
        others = [action for action in self.actions() if action not in menu_actions]
        for action in [*menu_actions, *others]:
            if not action.isSeparator() and not action.shortcut().isEmpty():
                add(plain_name(action.text()), _keys_text(action.shortcut()))
        add(
            self.tr("Open a dossier: the INSZ typed, or the case selected in the work list"),
            self.tr("Enter"),
        )
        for name, keys in page_shortcuts(self.lookup):
            add(name, keys)
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            for name, keys in page_shortcuts(page) if page is not None else []:
                add(f"{self.tabs.tabText(index)}: {name}", keys)
        return rows

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def show_about(self) -> None:
        from cumuldesk import __version__

        QMessageBox.about(
            self,
            self.tr("About CumulDesk"),
            self.tr(
                "CumulDesk {version}\n\nCompares, for young people aged 18 to 21, the "
                "federal IVT/IT with the Flemish zorgtoeslag + basic support budget (BOB), "
                "which cannot be combined with a paid IVT/IT, and drafts the renunciation "
                "proposal when zorgtoeslag + BOB pays more."
            ).format(version=__version__),
        )

    # -------------------------------------------------------- geometry, closing

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.geometry(GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                available = screen.availableGeometry()
                self.resize(
                    min(1280, available.width() * 9 // 10),
                    min(860, available.height() * 9 // 10),
                )
        state = self.ctx.settings.geometry(WINDOW_STATE)
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        self.ctx.settings.set_geometry(GEOMETRY, self.saveGeometry())
        self.ctx.settings.set_geometry(WINDOW_STATE, self.saveState())
        self.ctx.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            QTimer.singleShot(0, self.lookup.focus_field)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_geometry()
        self.sync.stop()
        if self.ctx.desk.on_write == self.ctx.changes.from_worker:
            self.ctx.desk.on_write = None
        if not wait_for_ops(CLOSE_WAIT_MS):
            log.warning("closing with background work still running")
        event.accept()
