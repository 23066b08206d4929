"""The "Sender block" part of the law-data page, on the demo central database (SQLite):
a supervisor reaches it with Alt and its key, sees every field in every language with its
source (the demo's sourced facts; the opening hours and the signatory not published),
opens the publishing dialog with Enter on a row and publishes with the keyboard only; the
table then shows the new text and source, and the central database holds it, by her. A
handler reads only. Names, descriptions and Alt keys in each language."""

from __future__ import annotations

import copy
import dataclasses

import pytest
from factories import identity_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from ui.test_accessibility import _mnemonic_clashes, _undescribed, _unnamed

from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderField
from cumuldesk.storage.models import OrganisationValue
from cumuldesk.sync.organisation import pull_organisation
from cumuldesk.ui.kit.i18n import install_translators
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.law.page import LawPage
from cumuldesk.ui.law.sender_block import (
    COL_SOURCE,
    COL_TEXT,
    ROWS,
    PublishSenderDialog,
)
from cumuldesk.ui.shell.main_window import MainWindow

SUPERVISOR = "eva.demo"  # a supervisor of the demo data
HANDLER = "an.demo"


@pytest.fixture
def central(ui_context):
    central = ui_context.desk.connect()
    pull_organisation(ui_context.desk.cache, central.sessions)  # as the last sync did
    yield central
    central.close()


def as_user(ctx, central, username: str):
    desk = copy.copy(ctx.desk)
    desk.identity = identity_of(central.sessions, username)
    return dataclasses.replace(ctx, desk=desk)


def sender_part(qtbot, ctx):
    page = LawPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    panel = page.sender_block
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "Sender &block"
    assert page.parts.currentIndex() == 1 and panel.isVisible()
    return page, panel


def row_of(field: SenderField, language: Language) -> int:
    return ROWS.index((field, language))


def test_a_supervisor_publishes_a_field_with_the_keyboard_only(qtbot, ui_context, central):
    page, panel = sender_part(qtbot, as_user(ui_context, central, SUPERVISOR))
    address = row_of(SenderField.ADDRESS, Language.FR)
    assert panel.cell(address, COL_TEXT) == "Kruidtuinlaan 50, bus 150\n1000 Brussel"
    assert "advies-2016-08" in panel.cell(address, COL_SOURCE)
    hours = row_of(SenderField.HOURS, Language.NL)
    assert panel.cell(hours, COL_TEXT) == "Not published"
    assert panel.publish_button.isVisible() and not panel.notice.isVisible()

    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(hours):
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.table.currentRow() == hours
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, PublishSenderDialog) and dialog.isVisible()
    assert dialog.chosen() == (SenderField.HOURS, Language.NL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.text
    qtbot.keyClicks(dialog.text, "maandag tot vrijdag")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "9 tot 12 uur")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.source
    qtbot.keyClicks(dialog.source, "dienstnota (test)")
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        qtbot.keyClick(dialog.source, Qt.Key.Key_Return)  # the default button: Publish
    assert not dialog.isVisible()

    assert panel.cell(hours, COL_TEXT) == "maandag tot vrijdag\n9 tot 12 uur"
    assert panel.cell(hours, COL_SOURCE) == "dienstnota (test)"
    assert panel.table.currentRow() == hours
    assert "Published: Opening hours (Dutch), version 10." in panel.message.text.text()
    with central.sessions() as session:
        row = session.scalars(
            select(OrganisationValue).where(OrganisationValue.version == 10)
        ).one()
    assert (row.field, row.language, row.published_by) == ("hours", Language.NL, SUPERVISOR)
    assert row.text == "maandag tot vrijdag\n9 tot 12 uur"
    assert wait_for_ops(20_000)


def test_an_empty_text_is_said_and_nothing_is_sent(qtbot, ui_context, central):
    page, panel = sender_part(qtbot, as_user(ui_context, central, SUPERVISOR))
    panel.table.setCurrentCell(row_of(SenderField.SIGNATORY, Language.DE), 0)
    dialog = panel.open_publish()
    assert dialog.text.toPlainText() == ""
    dialog.publish_button.click()
    assert dialog.isVisible() and not dialog.text_mark.isHidden()
    assert dialog.text_mark.message == "Type the text to print."
    with central.sessions() as session:
        assert len(session.scalars(select(OrganisationValue)).all()) == 9
    dialog.reject()


def test_a_handler_reads_the_sender_block_but_cannot_publish(qtbot, ui_context, central):
    page, panel = sender_part(qtbot, as_user(ui_context, central, HANDLER))
    assert not panel.publish_button.isVisible()
    assert panel.notice.isVisible()
    assert "read-only for you" in panel.notice.text.text()
    phone = row_of(SenderField.PHONE, Language.DE)
    assert panel.cell(phone, COL_TEXT) == "0800 987 99"
    panel.table.setCurrentCell(phone, 0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.dialog is None and panel.open_publish() is None


@pytest.mark.parametrize("code", ["en", "nl", "fr", "de"])
def test_names_descriptions_and_alt_keys_in_each_language(qtbot, ui_context, central, code):
    if code != "en":
        install_translators(QApplication.instance(), code)
    ctx = as_user(ui_context, central, SUPERVISOR)
    window = MainWindow(ctx, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.law_page.loaded, timeout=20_000):
        window.show_page(3)
    page = window.law_page
    with qtbot.waitSignal(page.sender_block.loaded, timeout=20_000):
        page.parts.setCurrentIndex(1)
    panel = page.sender_block
    assert _unnamed(panel) == [] and _undescribed(panel) == []
    assert _mnemonic_clashes(window) == {}
    unpublished = {"en": "Not published", "nl": "Niet gepubliceerd", "fr": "Non publié"}
    unpublished["de"] = "Nicht veröffentlicht"
    assert panel.cell(row_of(SenderField.HOURS, Language.NL), COL_TEXT) == unpublished[code]
    dialog = panel.open_publish()
    assert _unnamed(dialog) == [] and _undescribed(dialog) == []
    assert _mnemonic_clashes(dialog) == {}
    dialog.reject()
    page.parts.setCurrentIndex(0)
    assert page.table.isVisible() and not panel.isVisible()
    assert _mnemonic_clashes(window) == {}
    assert wait_for_ops(20_000)
    window.close()
