"""`cumuldesk organisation show|publish`: a supervisor publishes a field of the letters'
sender block in a language (audited), a handler is refused (exit 4, one line), bad input
exits 2, and `show` prints the block in force with each field's source, as text and as
JSON (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from cache_data import USER, populate_central
from factories import make_handler
from law_support import SUPERVISOR, audit

from cumuldesk.cli import main
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import Role

SOURCE = "NHRPH advies 2016/08, ph.belgium.be/nl/adviezen/advies-2016-08.html"
PUBLISH = ("organisation", "publish", "--field", "phone", "--language", "nl")


@pytest.fixture
def central(central_engine, central_url, monkeypatch, password_env, memory_keyring):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    factory = populate_central(central_engine)
    with factory.begin() as session:
        session.add(make_handler(SUPERVISOR, Role.SUPERVISOR))
    return session_factory(central_engine)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(capsys, code: int, *argv: str) -> str:
    got, out, err = run(capsys, *argv)
    assert got == code, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cumuldesk: "), err
    assert "Traceback" not in err and out == ""
    return lines[0][len("cumuldesk: ") :]


def test_a_supervisor_publishes_and_show_prints_it_with_its_source(central, capsys):
    code, out, err = run(
        capsys, *PUBLISH, "--text", "0800 987 99", "--source", SOURCE, "--user", SUPERVISOR
    )
    assert code == 0, err
    assert out == (
        "Published the phone of the sender block in nl, version 1; every desk gets it "
        "with its next sync.\n"
    )
    code, out, err = run(
        capsys,
        "organisation", "publish", "--field", "address", "--language", "nl",
        "--text", r"FOD Sociale Zekerheid\nKruidtuinlaan 50, bus 150\n1000 Brussel",
        "--source", SOURCE, "--user", SUPERVISOR, "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {"field": "address", "language": "nl", "version": 2, "sourced": True}
    assert [(actor, details) for actor, _, details in audit(central, "organisation_published")] == [
        (SUPERVISOR, {"field": "phone", "language": "nl", "version": 1, "sourced": True}),
        (SUPERVISOR, {"field": "address", "language": "nl", "version": 2, "sourced": True}),
    ]

    code, out, err = run(capsys, "organisation", "show", "--language", "nl")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Sender block, nl:"
    assert lines[1] == "  organisation (not published: the letters print it as missing)"
    assert lines[2:5] == [
        "  address      FOD Sociale Zekerheid",
        "               Kruidtuinlaan 50, bus 150",
        "               1000 Brussel",
    ]
    assert lines[5].startswith(
        f"               source: {SOURCE}; version 2, published by {SUPERVISOR}"
    )
    assert lines[6] == "  phone        0800 987 99"
    assert lines[-2:] == [
        "  hours        (not published: the letters print it as missing)",
        "  signatory    (not published: the letters print it as missing)",
    ]


def test_show_json_has_one_block_per_language_with_every_field(central, capsys):
    run(capsys, *PUBLISH, "--text", "0800 987 99", "--source", "", "--user", SUPERVISOR)
    code, out, err = run(capsys, "organisation", "show", "--json")
    assert code == 0, err
    blocks = json.loads(out)
    assert [block["language"] for block in blocks] == ["nl", "fr", "de"]
    nl = blocks[0]
    assert set(nl) == {"language", "fields", "missing", "not_sourced", "complete"}
    assert [f["field"] for f in nl["fields"]] == [
        "organisation", "address", "phone", "hours", "signatory",
    ]  # fmt: skip
    phone = nl["fields"][2]
    assert set(phone) == {
        "field", "text", "lines", "source", "sourced", "published_by", "published_at", "version",
    }  # fmt: skip
    assert (phone["text"], phone["lines"], phone["source"], phone["sourced"]) == (
        "0800 987 99",
        ["0800 987 99"],
        "",
        False,
    )
    assert (phone["published_by"], phone["version"]) == (SUPERVISOR, 1)
    assert nl["missing"] == ["organisation", "address", "hours", "signatory"]
    assert nl["not_sourced"] == ["phone"] and nl["complete"] is False
    assert nl["fields"][0] == {
        "field": "organisation", "text": None, "lines": [], "source": None, "sourced": False,
        "published_by": None, "published_at": None, "version": None,
    }  # fmt: skip
    assert blocks[1]["missing"] == ["organisation", "address", "phone", "hours", "signatory"]
    one = json.loads(run(capsys, "organisation", "show", "--json", "--language", "de")[1])
    assert [block["language"] for block in one] == ["de"]


def test_a_handler_is_refused_and_nothing_is_published(central, capsys):
    message = refused(capsys, 4, *PUBLISH, "--text", "0900 00 00", "--source", "x", "--user", USER)
    assert "supervisor" in message
    blocks = json.loads(run(capsys, "organisation", "show", "--json")[1])
    assert all(block["fields"][2]["text"] is None for block in blocks)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("--field", "fax", "--language", "nl", "--text", "x"), "no sender-block field 'fax'"),
        (("--field", "phone", "--language", "en", "--text", "x"), "nl, fr or de"),
        (("--field", "phone", "--language", "nl", "--text", "  "), "the text is empty"),
    ],
)
def test_bad_input_exits_2_with_one_line(central, capsys, argv, says):
    message = refused(
        capsys, 2, "organisation", "publish", *argv, "--source", "s", "--user", SUPERVISOR
    )
    assert says in message
