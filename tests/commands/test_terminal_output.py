"""What reaches the terminal is safe (issue 15, point 5): stored text with terminal
escape sequences, bidirectional controls or line breaks neither acts on the terminal nor
fakes a line of the output, in text and in JSON; and no error message carries a name or
an INSZ of the data."""

from __future__ import annotations

import io
import json
import re

import pytest
from cache_data import INSZ, TEAM, USER, leaks, populate_central
from factories import TEST_PASSWORD
from sqlalchemy import select

from cumuldesk.cli import main
from cumuldesk.commands.support import (
    TerminalSafe,
    emit_json,
    terminal_line,
    terminal_text,
)
from cumuldesk.domain.insz import format_insz
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import Case, Note, Person

ESC = "\x1b"
# retitle the terminal, clear the screen and its scrollback, 8-bit CSI, bell, a bidi
# override, backspaces and a carriage return that overwrite what was printed
HOSTILE = (
    f"{ESC}]0;owned{chr(7)}{ESC}[2J{ESC}[3J\x9b31m red \u202eesrever\u202c\x08\x08 \roverwritten"
)
# what a terminal acts on: C0 but tab and newline, DEL, C1, the bidirectional controls
ACTIVE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ------------------------------------------------------------------- the helpers


def every_control() -> str:
    controls = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]]
    bidi = ["\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F))]
    return "".join(controls + bidi + [chr(c) for c in range(0x2066, 0x206A)])


def test_every_control_character_is_escaped_and_text_is_kept():
    text = f"Gebeld met Quirijntje: é ü € 中文 {every_control()} end"
    line = terminal_line(text)
    assert not ACTIVE.search(line) and "\n" not in line and "\t" not in line
    assert line.startswith("Gebeld met Quirijntje: é ü € 中文 ") and line.endswith(" end")
    assert "\\x1b" in line and "\\x9b" in line and "\\u202e" in line and "\\n" in line
    multi = terminal_text(text)
    assert not ACTIVE.search(multi) and "\n" in multi and "\t" in multi


def test_a_stream_is_escaped_whatever_is_written_to_it():
    stream = io.StringIO()
    TerminalSafe(stream).write(f"a{HOSTILE}\n\tb")
    assert not ACTIVE.search(stream.getvalue()) and stream.getvalue().endswith("\n\tb")
    stream = io.StringIO()
    progress = TerminalSafe(stream, allow="\r")
    progress.write(f"\rstoring dossiers: 1/2{ESC}[2J")
    assert stream.getvalue() == "\rstoring dossiers: 1/2\\x1b[2J"
    assert progress.isatty() is False  # the rest is the stream's


def test_json_keeps_the_text_and_escapes_what_a_terminal_acts_on():
    data = {"note": f"{HOSTILE}{every_control()}", "name": "Zoë"}
    stream = io.StringIO()
    emit_json(data, stream)
    printed = stream.getvalue()
    assert not ACTIVE.search(printed)
    assert "\\u001b" in printed and "\\u009b" in printed and "\\u202e" in printed
    assert "Zoë" in printed  # UTF-8 text kept as is
    assert json.loads(printed) == data  # the same data, exactly


# ------------------------------------------------------------ through the commands


@pytest.fixture
def hostile_central(monkeypatch, password_env, memory_keyring, tmp_path):
    """The distinctive dossier (cache_data) with hostile text in its name, its case
    reference and a note."""
    url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", url)
    engine = open_central(url)
    migrate(engine)
    factory = populate_central(engine)
    with factory.begin() as session:
        person = session.scalars(select(Person).where(Person.insz == INSZ)).one()
        person.given_name = f"Quirijntje{ESC}]2;x{chr(7)}\nFake line"
        case = session.scalars(select(Case).where(Case.person_id == person.id)).one()
        session.add(Note(case_id=case.id, created_at=case.updated_at, text=HOSTILE + "\n2nd"))
    engine.dispose()
    return url


def test_a_dossier_with_escape_sequences_is_printed_harmless(hostile_central, capsys):
    code, out, err = run(capsys, "dossier", INSZ, "--user", USER, "--on", "2026-11-23")
    assert code == 0, err
    assert not ACTIVE.search(out + err)
    lines = out.splitlines()
    assert lines[0] == (
        f"Dossier {format_insz(INSZ)}  Quirijntje\\x1b]2;x\\x07\\nFake line Zwartveldenhoek"
    )
    assert not any(line.startswith("Fake line") for line in lines)
    [note] = [line for line in lines if "owned" in line]
    assert "\\x1b]0;owned\\x07\\x1b[2J\\x1b[3J\\x9b31m red \\u202eesrever\\u202c\\x08\\x08" in note
    assert note.endswith(" \\roverwritten")
    assert lines[lines.index(note) + 1] == "      2nd"  # the note's own line, indented

    code, out, err = run(capsys, "dossier", INSZ, "--user", USER, "--json")
    assert code == 0, err
    assert not ACTIVE.search(out + err)
    report = json.loads(out)
    assert report["dossier"]["given_name"] == f"Quirijntje{ESC}]2;x{chr(7)}\nFake line"
    assert HOSTILE + "\n2nd" in [note["text"] for note in report["notes"]]


def test_an_error_message_cannot_act_on_the_terminal(tmp_path, capsys):
    dossier = tmp_path / "DOSSIER.json"
    dossier.write_text(json.dumps({"insz": "06.05.20-117.55", f"{ESC}]0;x{chr(7)}": 1}))
    code, out, err = run(capsys, "check", str(dossier))
    assert code == 2
    assert err.startswith("cumuldesk: ") and err.count("\n") == 1
    # shown escaped, never raw (as the terminal escaping writes it, or JSON-quoted)
    assert not ACTIVE.search(err)
    assert "\\x1b]0;x\\x07" in err or "\\u001b]0;x\\u0007" in err


# ------------------------------------------------- no name or INSZ in an error


@pytest.fixture
def distinctive_central(central_url, monkeypatch, password_env, memory_keyring):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    engine = open_central(central_url)
    migrate(engine)
    populate_central(engine)
    yield session_factory(engine)
    engine.dispose()


def refusals(tmp_path) -> list[list[str]]:
    """Commands that refuse, each given the distinctive dossier's data somewhere."""
    wrong_check = INSZ[:9] + f"{(int(INSZ[9:]) + 1) % 100:02d}"
    headerless = tmp_path / "headerless.csv"
    headerless.write_text(f"{INSZ};Zwartveldenhoek;Quirijntje;2025-01-01;;0\n")
    names = tmp_path / "names.csv"
    names.write_text(f"INSZ;start;end;voluntary_switch\n{INSZ};Zwartveldenhoek;;0\n")
    dossier = tmp_path / "DOSSIER.json"
    dossier.write_text(
        json.dumps({"insz": format_insz(INSZ), "birth_date": "2003-09-18", "region": "flanders"})
    )
    return [
        ["dossier", wrong_check, "--user", USER],  # a checksum error
        ["cache", "fill", "--user", USER, "--insz", INSZ, INSZ[:10]],  # one INSZ too short
        ["letter", INSZ, "--pdf", str(tmp_path / "missing" / "x.pdf"), "--user", USER],
        ["letter", "CD-2023-000427", "--pdf", str(tmp_path / "x.pdf"), "--user", "other.handler"],
        ["case", "note", "CD-2023-000427", "--user", "other.handler", "x"],
        ["import-vsb", str(headerless), "--user", USER],  # not a supervisor
        ["check", str(dossier)],  # the birth date does not match the INSZ
        ["insz", wrong_check],
    ]


def test_no_error_message_carries_a_name_or_an_insz(distinctive_central, tmp_path, capsys):
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    for argv in refusals(tmp_path):
        code, out, err = run(capsys, *argv)
        assert code != 0, (argv[0], err)
        assert "Traceback" not in err
        assert leaks(err.encode("utf-8")) == [], (argv[0], code, err)


@pytest.fixture
def supervisor(distinctive_central):
    from factories import make_handler

    from cumuldesk.storage.models import Role

    with distinctive_central.begin() as session:
        session.add(make_handler("sup.handler", Role.SUPERVISOR, TEAM))
    return "sup.handler"


@pytest.mark.parametrize(
    "content",
    [
        f"{INSZ};Zwartveldenhoek;Quirijntje;2025-01-01;;0\n",  # no header line
        f"Zwartveldenhoek;Quirijntje\n{INSZ};2025-01-01\n",  # a header of names
        f'INSZ;start;end;voluntary_switch\n"{INSZ};2025-01-01;;0\n{INSZ};Quirijntje;;0\n',
    ],
    ids=["no-header", "names-as-header", "stray-quote"],
)
def test_a_refused_vsb_file_names_no_person(supervisor, tmp_path, capsys, content, monkeypatch):
    monkeypatch.setenv("CUMULDESK_PASSWORD", TEST_PASSWORD)
    path = tmp_path / "vsb.csv"
    path.write_text(content)
    code, out, err = run(capsys, "import-vsb", str(path), "--user", supervisor)
    assert "Traceback" not in err
    assert leaks(err.encode("utf-8")) == [], err
