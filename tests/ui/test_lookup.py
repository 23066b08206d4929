"""The look-up bar: any typed or pasted form shows the formatted number and birth date
or what is wrong in words; Enter opens only a valid number; recent dossiers from the
cache are one click away."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import stdnum.be.ssn as ssn
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cumuldesk.domain.insz import InszKind, build_insz, format_insz
from cumuldesk.storage.models import Person
from cumuldesk.ui.kit.changes import DOSSIERS
from cumuldesk.ui.shell.lookup import LookupBar

BIRTH = date(2008, 11, 23)
DIGITS = build_insz(BIRTH, 17)
SHOWN = format_insz(DIGITS)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def bar(qtbot, ui_context):
    bar = LookupBar(ui_context)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    bar.focus_field()
    return bar


@pytest.mark.parametrize(
    "typed",
    [DIGITS, SHOWN, f"INSZ: {SHOWN}", f"{DIGITS[:6]} {DIGITS[6:9]} {DIGITS[9:]}", f" {SHOWN}/ "],
)
def test_typing_any_form_shows_the_formatted_number_and_birth_date(qtbot, bar, typed):
    qtbot.keyClicks(bar.field, typed)
    assert bar.feedback_text() == f"✓ {SHOWN}, born 23/11/2008, national register number"
    assert bar.field.accessibleDescription() == bar.feedback_text()


def test_pasting_works_like_typing(qtbot, bar):
    QApplication.clipboard().setText(f"Rijksregisternummer {SHOWN} (moeder)")
    qtbot.keyClick(bar.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert bar.field.text()  # the paste arrived
    assert SHOWN in bar.feedback_text() and "born 23/11/2008" in bar.feedback_text()


def test_a_bis_number_is_named(qtbot, bar):
    bis = build_insz(date(2001, 3, 4), 12, kind=InszKind.BIS)
    bar.field.setText(bis)
    assert bar.feedback_text().endswith("born 04/03/2001, BIS number")


def test_what_is_wrong_is_said_in_words_and_a_count_while_typing(qtbot, bar):
    qtbot.keyClicks(bar.field, SHOWN[:10])  # "08.11.23-0": 7 digits
    assert bar.feedback_text() == "7 of 11 digits"  # neutral: no warning sign yet
    bar.field.clear()
    qtbot.keyClicks(bar.field, "85.13")
    assert bar.feedback_text().startswith("⚠ The month (third and fourth digit) is 13")
    wrong_check = DIGITS[:9] + f"{(int(DIGITS[9:]) + 1) % 100:02d}"
    bar.field.setText(wrong_check)
    assert bar.feedback_text().startswith("⚠ The check digits")


def test_enter_opens_only_a_valid_number(qtbot, bar):
    qtbot.keyClicks(bar.field, SHOWN[:10])
    with qtbot.assertNotEmitted(bar.open_requested):
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    # asked to open, an incomplete number is an error now
    assert bar.feedback_text() == "⚠ An INSZ has 11 digits; this one has 7 digits."
    qtbot.keyClicks(bar.field, SHOWN[10:])
    with qtbot.waitSignal(bar.open_requested, timeout=1000) as opened:
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert opened.args == [DIGITS]


def test_a_number_found_valid_is_not_parsed_again_on_enter_nor_shown_formatted(
    qtbot, bar, monkeypatch
):
    bar.field.setText(DIGITS)  # parsed once, as it changed
    parses: list[str] = []
    validate = ssn.validate

    def counting(number: str) -> str:
        parses.append(number)
        return validate(number)

    monkeypatch.setattr(ssn, "validate", counting)
    with qtbot.waitSignal(bar.open_requested, timeout=2_000) as opened:
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert opened.args == [DIGITS]
    bar.show_opened(DIGITS)  # the dossier is shown: the number formatted, same words
    assert bar.field.text() == SHOWN
    assert bar.feedback_text() == f"\u2713 {SHOWN}, born 23/11/2008, national register number"
    assert parses == []


def test_busy_blocks_a_second_open_until_typing_again(qtbot, bar):
    bar.field.setText(SHOWN)
    bar.set_busy(True)
    assert not bar.open_button.isEnabled()
    assert bar.feedback_text() == "Opening the dossier ..."
    with qtbot.assertNotEmitted(bar.open_requested):
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.field, Qt.Key.Key_End)
    qtbot.keyClicks(bar.field, " ")
    assert not bar.busy and bar.open_button.isEnabled()
    with qtbot.waitSignal(bar.open_requested, timeout=1000):
        bar.open_button.click()


def _cached_insz(ctx, count: int) -> list[str]:
    with ctx.desk.cache.sessions() as session:
        return list(session.scalars(select(Person.insz).order_by(Person.id).limit(count)))


def test_a_dossier_is_in_the_recent_list_after_it_was_opened(qtbot, bar, ui_context):
    qtbot.waitUntil(lambda: bar.recent_op_done())
    texts = [action.text() for action in bar.recent_menu.actions()]
    assert texts == ["No dossiers opened yet"]

    first, second = _cached_insz(ui_context, 2)
    ui_context.desk.cache.mark_opened(first, NOW - timedelta(minutes=5))
    ui_context.desk.cache.mark_opened(second, NOW)
    ui_context.changes.announce(DOSSIERS)
    qtbot.waitUntil(lambda: len(bar.recent()) == 2)
    actions = bar.recent_menu.actions()
    assert actions[0].text().startswith(format_insz(second))  # newest first
    assert actions[1].text().startswith(format_insz(first))
    assert "(opened 23/11/2026" in actions[0].text()

    with qtbot.waitSignal(bar.open_requested, timeout=1000) as opened:
        actions[1].trigger()  # one click on a recent dossier opens it
    assert opened.args == [first]
    assert bar.field.text() == format_insz(first)


def test_the_controls_have_names_and_keys(bar):
    assert bar.field.accessibleName() == "INSZ"
    assert bar.open_button.accessibleName() == "Open dossier"
    assert bar.recent_button.accessibleName() == "Recent dossiers"
    assert bar.label.buddy() is bar.field
    assert bar.recent_button.text() == "&Recent"
    assert QKeySequence("Ctrl+L").toString() in bar.field.toolTip()
