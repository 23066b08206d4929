"""At 200 % font size (a handler's accessibility setting) the main window with a dossier
on screen still fits a full-HD screen: layouts follow the font, no text is cut to nothing."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cumuldesk.storage.models import Case, Person
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.shell.main_window import MainWindow


def test_the_window_fits_a_full_hd_screen_at_double_font_size(qtbot, ui_context):
    app = QApplication.instance()
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    try:
        window = MainWindow(ui_context, start_sync=False)
        qtbot.addWidget(window)
        window.show()
        with ui_context.desk.cache.sessions() as session:
            insz = session.scalars(
                select(Person.insz).join(Case, Case.person_id == Person.id).order_by(Person.id)
            ).first()
        with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000):
            window.open_dossier(insz)
        assert wait_for_ops(20_000)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1920 and hint.height() <= 1080, hint
        header = window.dossier_page.name_label
        assert header.fontMetrics().height() >= 1.8 * QFontMetrics(normal).height()
    finally:
        app.setFont(normal)
