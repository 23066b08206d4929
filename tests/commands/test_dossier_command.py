"""`cumuldesk dossier INSZ` as a handler runs it: online (fetching a dossier not cached)
and offline (from the cache, with the age of the data), and its refusals."""

from __future__ import annotations

import json
import re

import pytest
from cache_data import FAMILY_NAME, INSZ, NOTE, USER, plain_person, populate_central

from cumuldesk.cli import main
from cumuldesk.domain.insz import format_insz
from cumuldesk.paths import data_dir
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox
from cumuldesk.storage.database import migrate, open_central
from cumuldesk.storage.keys import load_key

UNREACHABLE = "postgresql+psycopg://x:secret@127.0.0.1:1/db"  # nothing listens there
OTHER = plain_person(101).insz  # a dossier of team T2: not in an.handler's team cache
AS_OF = re.compile(
    r"cumuldesk: Offline: data as of the last sync, \d\d/\d\d/\d{4} \d\d:\d\d "
    r"\((just now|\d+ (minute|hour|day)s? ago)\)\n"
)


@pytest.fixture
def central(central_url, monkeypatch, password_env, memory_keyring):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    engine = open_central(central_url)
    migrate(engine)
    populate_central(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def offline_after_fill(monkeypatch, password_env, memory_keyring, sqlite_central_url, capsys):
    """an.handler's cache filled with team T1 (SQLite central), then the central
    database out of reach."""
    url = sqlite_central_url
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", url)
    engine = open_central(url)
    migrate(engine)
    populate_central(engine)
    engine.dispose()
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", UNREACHABLE)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cached_outbox() -> list[dict]:
    path = data_dir() / f"cache-{USER}.sqlite"
    with LocalCache.open(path, load_key(USER, path).key) as cache:
        with cache.engine.connect() as connection:
            return [dict(row) for row in connection.execute(outbox.select()).mappings()]


def test_offline_a_cached_dossier_is_shown_with_the_age_of_the_data(offline_after_fill, capsys):
    code, out, err = run(capsys, "dossier", format_insz(INSZ), "--user", USER, "--on", "2026-11-23")
    assert code == 0, err
    assert "signed in offline with the local cache of an.handler" in err
    assert AS_OF.search(err) and "secret" not in err
    lines = out.splitlines()
    assert lines[0] == f"Dossier {format_insz(INSZ)}  Quirijntje {FAMILY_NAME}"
    assert lines[1] == "  born 2003-09-17 (age 23 on 2026-11-23), region flanders, language nl"
    assert lines[2].startswith("  case CD-2023-000427: in review (applied 2023-01-05")
    assert "data: local cache (offline), as of the last sync" in out
    assert re.search(r"^Conflict months \(\d+\): 20", out, re.M)
    assert "Query window on 2026-11-23: " in out
    assert "Notes (1):" in out and f"An Handler (CD-2023-000427): {NOTE}" in out
    assert "renunciation proposal (nl), draft" in out

    code, out, err = run(capsys, "dossier", INSZ, "--user", USER, "--json", "--simulate")
    assert code == 0, err
    assert AS_OF.search(err)  # the age of the data on stderr with --json too
    report = json.loads(out)
    assert report["dossier"]["online"] is False and report["dossier"]["source"] == "cache"
    assert report["dossier"]["data_as_of"] and report["check"]["conflict_months"]
    assert report["simulation"]["months"][0]["ivt"] == "1234.56"
    assert [n["text"] for n in report["notes"]] == [NOTE]

    audit = [json.loads(item["payload"]) for item in cached_outbox()]
    assert [a["action"] for a in audit].count("dossier_opened") == 2
    assert all(INSZ not in json.dumps(a) for a in audit)


def test_offline_a_dossier_not_cached_is_refused_clearly(offline_after_fill, capsys):
    code, out, err = run(capsys, "dossier", OTHER, "--user", USER)
    assert (code, out) == (5, "")
    assert err.endswith(
        "cumuldesk: this dossier is not in the local cache and the central database cannot "
        "be reached; it can be opened when the connection is back\n"
    )
    assert "Traceback" not in err and OTHER not in err and format_insz(OTHER) not in err


def test_online_a_dossier_not_cached_is_fetched_and_audited_locally(central, capsys):
    # no cache yet: it is made, and the dossier fetched into it
    code, out, err = run(capsys, "dossier", OTHER, "--user", USER, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["dossier"]["online"], report["dossier"]["source"]) == (True, "central")
    assert report["dossier"]["case"]["reference"] == "CD-000101"
    assert "Offline" not in err
    [item] = cached_outbox()
    payload = json.loads(item["payload"])
    assert item["kind"] == "audit" and payload["action"] == "dossier_opened"
    assert payload["details"] == {"source": "central"} and payload["person_id"] > 0
    assert OTHER not in item["payload"]

    # opened again online: from the cache now, without an offline notice
    code, out, err = run(capsys, "dossier", OTHER, "--user", USER)
    assert code == 0, err
    assert "data: local cache (online)" in out and "Offline" not in err
    assert "Conflict months: none" in out


def test_an_invalid_or_unknown_insz_is_refused_with_the_reason(central, capsys):
    wrong = INSZ[:-1] + str((int(INSZ[-1]) + 1) % 10)
    code, out, err = run(capsys, "dossier", wrong, "--user", USER)
    assert (code, out) == (2, "")
    assert "the INSZ is not valid: The check digits" in err and wrong not in err
    assert not (data_dir() / f"cache-{USER}.sqlite").exists()  # refused before signing in

    code, out, err = run(capsys, "dossier", plain_person(777).insz, "--user", USER)
    assert (code, out, err) == (2, "", "cumuldesk: no dossier with this INSZ\n")


def test_without_a_user_the_command_is_not_allowed(central, capsys):
    code, out, err = run(capsys, "dossier", INSZ)
    assert (code, out) == (4, "") and "--user" in err
