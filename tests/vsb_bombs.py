"""Hostile VSB workbooks, written by hand (small files that unpack or expand to a lot).

- `sparse_xlsx`: a few KB per thousand rows, each row with a cell in the last column
  Excel has (XFD, column 16,384), and a last cell at XFD1048576, with a dimension
  `A1:XFD1048576`. A reader that pads every row to the widest one holds 16,384 cells
  per row.
- `bomb_xlsx`: one sheet XML of millions of identical rows, deflated to a few hundred KB.

Both are valid enough for openpyxl to open. Used by the tests and `bench/vsb_bounds_bench.py`.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="VSB" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="{ref}"/><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"
_HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>INSZ</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>start</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>end</t></is></c></row>'
)


def _text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _shared(*texts: str) -> str:
    items = "".join(f"<si><t>{text}</t></si>" for text in texts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(texts)}" uniqueCount="{len(texts)}">{items}</sst>'
    )


def _write(path: Path, sheet: Iterator[str], shared: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", _shared(*shared))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            for part in sheet:
                stream.write(part.encode("utf-8"))
    return path


def sparse_xlsx(
    path: Path, rows: int = 20_000, insz: str = "06052011755", far_value: bool = True
) -> Path:
    """Rows with a cell in column XFD (16,384) and a last cell at XFD1048576; with
    `far_value` False those cells hold no value (formatted empty cells) and there is no
    last row."""
    far = '<c r="XFD{line}"><v>1</v></c>' if far_value else '<c r="XFD{line}" s="0"/>'

    def sheet() -> Iterator[str]:
        yield _SHEET_HEAD.format(ref="A1:XFD1048576") + _HEADER_ROW
        for line in range(2, rows + 2):
            yield (
                f'<row r="{line}">{_text_cell(f"A{line}", insz)}'
                f"{_text_cell(f'B{line}', '2024-01-01')}{far.format(line=line)}</row>"
            )
        if far_value:
            yield '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
        yield _SHEET_TAIL

    return _write(path, sheet())


def bomb_xlsx(path: Path, rows: int = 4_000_000, insz: str = "06052011755") -> Path:
    """`rows` identical data rows (an INSZ and a start date, shared strings) in one
    deflated sheet: about 600 KB for 4 million rows."""

    def sheet() -> Iterator[str]:
        yield _SHEET_HEAD.format(ref=f"A1:C{rows + 1}") + _HEADER_ROW
        # no r= attributes: every row is the same bytes, which deflate to almost nothing
        row = '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
        chunk = row * 10_000
        for _ in range(rows // 10_000):
            yield chunk
        yield row * (rows % 10_000) + _SHEET_TAIL

    return _write(path, sheet(), shared=(insz, "2024-01-01"))


def deflate_ratio(path: Path) -> float:
    """Unpacked bytes per byte of the file."""
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist()) / path.stat().st_size


def csv_bomb_text(rows: int, insz: str = "06052011755") -> str:
    return "INSZ;start;end\n" + f"{insz};2024-01-01;\n" * rows


def workbook_with_sheet(path: Path, sheet_xml: str, shared: tuple[str, ...] = ()) -> Path:
    """A workbook whose first sheet is `sheet_xml` as given (well-formed or not)."""
    return _write(path, iter([sheet_xml]), shared=shared)


def sheet_xml(rows: list[list[str]]) -> str:
    """A well-formed sheet of inline-string rows (cell references written out)."""
    body = "".join(
        f'<row r="{line}">'
        + "".join(
            _text_cell(f"{chr(65 + index)}{line}", escape(text)) for index, text in enumerate(cells)
        )
        + "</row>"
        for line, cells in enumerate(rows, start=1)
    )
    return _SHEET_HEAD.format(ref="A1") + body + _SHEET_TAIL
