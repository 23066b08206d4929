"""Exports follow the window's language: every text the workbook writes (title, who and
when, the personal-data warning, column headers, sheet names, statuses, yes/no, totals)
goes through the `translate` the window passes (QCoreApplication.translate); data
(names, references, INSZ, dates, amounts) does not."""

from __future__ import annotations

from openpyxl import load_workbook
from services.test_simulation_export import EXPORTED_AT, export, report  # noqa: F401
from services.test_worklist_export import item

from cumuldesk.services.exports.spreadsheets import PERSONAL_DATA_LINE
from cumuldesk.services.exports.worklist import COLUMNS, HEADER_ROW, export_worklist

asked: list[tuple[str, str]] = []


def marking(context: str, text: str) -> str:
    asked.append((context, text))
    return f"\u00ab{text}\u00bb"


def _texts(sheet) -> list[str]:
    return [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]


def test_the_work_list_workbook_is_in_the_language_given(tmp_path):
    items = [item(1, retro_open=True), item(2, status="answered", answer="refused")]
    result = export_worklist(
        items,
        tmp_path / "list.xlsx",
        exported_by="An Demo (an.demo)",
        exported_at=EXPORTED_AT,
        filters_label="All",
        team="Team Gent",
        translate=marking,
    )
    workbook = load_workbook(result.path)
    [sheet] = workbook.worksheets
    assert sheet.title == "«Work list»"
    assert sheet["A1"].value == "«CumulDesk work list of {team}»".replace("{team}", "Team Gent")
    assert sheet["A2"].value.startswith("«Exported on ")
    assert sheet["A2"].value.endswith("«Filter: All. «2 cases».»")
    assert f"«{PERSONAL_DATA_LINE}»" in _texts(sheet)
    headers = [c.value for c in sheet[HEADER_ROW]]
    assert headers == [f"«{c.header}»" for c in COLUMNS]
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    status = [c.header for c in COLUMNS].index("Status")
    answer = [c.header for c in COLUMNS].index("Answer")
    retro = [c.header for c in COLUMNS].index("Retroactive change")
    assert [row[status] for row in rows] == ["«Waiting for answer»", "«Answered»"]
    assert [row[answer] for row in rows] == [None, "«Refused»"]
    assert [row[retro] for row in rows] == ["«yes»", "«no»"]
    assert rows[0][0] == "CD-2026-000001" and rows[0][2] == "Test Persoon 1"  # data as is
    assert {context for context, _ in asked} == {"Spreadsheet"}


def test_the_simulation_workbook_is_in_the_language_given(report, tmp_path):  # noqa: F811
    path = tmp_path / "simulation.xlsx"
    export(report, path, translate=marking)
    months, parameters = load_workbook(path).worksheets
    assert (months.title, parameters.title) == ("«Months»", "«Parameters»")
    texts = _texts(months)
    assert texts[0] == "«CumulDesk simulation: IVT/IT against zorgtoeslag + BOB»"
    assert texts[1].startswith("«Exported on ")
    assert any(text.startswith("«Recommendation: ") for text in texts)
    assert any(text.startswith("«Total (") for text in texts)
    assert "«Month»" in texts and "«Stopped by IVT/IT»" in texts
    assert "«Source»" in _texts(parameters) and "«Kind»" in _texts(parameters)
    # the law values named and their kinds in the language too (another context)
    assert any("«IVT per year»" in text for text in _texts(parameters))
    assert "«computed»" in _texts(parameters)
    assert "«Arrears»" in texts and "«arrears»" in texts and "«BOB kept»" in texts
    assert any(text.startswith("«Computed with ") for text in texts)
    assert "«EUR/month»" in _texts(parameters) and "«yes/no»" in _texts(parameters)  # units
    # the benefits a month stops, joined in the language
    assert any(text.startswith("«zorgtoeslag»") for text in texts)
