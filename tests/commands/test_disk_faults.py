"""Commands on a full disk and with a device as their file (issue 15, point 2): a letter
PDF, a VSB import's rejects file and a sync each say what happened with the documented
exit code and the path, and nothing is lost or half written.

Each test here failed before the fix: the letter reported success and left a truncated
PDF (or wrote "successfully" to /dev/full); the rejects file failed after the committed
import with "unexpected error" (and `--rejects /dev/full` replaced the device node); a
full local disk during a sync was "the connection to the central database failed"."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import date

from commands.test_letter_command import (
    RENOUNCE_INSZ,
    USER,
    audit_actions,
    demo_central,
    text_of,
    ui_files,
    ui_template,
)
from commands.test_letter_command import run as run_letter
from commands.test_sync_commands import CASE, TEXT, central
from commands.test_sync_commands import run as run_sync
from disk_faults import full_disk
from openpyxl import load_workbook
from services.test_vsb_import import P1, STRANGER, cli, factory, no_insz_in, periods, write_csv
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from cumuldesk.storage.models import Note, VsbImport
from cumuldesk.sync import push as push_module

__all__ = ["central", "cli", "demo_central", "factory", "full_disk", "ui_files", "ui_template"]

OLD = b"%PDF-1.4 the letter printed last week, whole\n"


def pdf_events() -> int:
    return sum(1 for a in audit_actions() if a["action"] == "pdf_exported")


# --------------------------------------------------------------------------- letter


def test_a_letter_to_dev_full_is_refused_not_reported_written(demo_central, capsys):
    code, out, err = run_letter(capsys, "letter", RENOUNCE_INSZ, "--pdf", "/dev/full",
                                "--user", USER, "--on", "2026-11-23")  # fmt: skip
    assert (code, out) == (2, ""), err
    assert err == (
        "cumuldesk: the letter PDF /dev/full is not a regular file (a device or another "
        "special file); give a file name\n"
    )
    assert "Traceback" not in err


def test_a_letter_on_a_full_disk_is_exit_5_and_the_old_pdf_stays_whole(
    demo_central, full_disk, capsys
):
    target = full_disk.folder / "letter.pdf"
    target.write_bytes(OLD)
    argv = ("letter", RENOUNCE_INSZ, "--pdf", str(target), "--user", USER, "--on", "2026-11-23")
    assert run_letter(capsys, *argv[:3], str(full_disk.folder / "first.pdf"), *argv[4:])[0] == 0
    (full_disk.folder / "first.pdf").unlink()  # the cache exists: only the PDF is tried now
    exported = pdf_events()
    full_disk.fill(keep=8192)
    code, out, err = run_letter(capsys, *argv)
    assert (code, out) == (5, ""), full_disk.how
    assert err.splitlines()[-1] == (
        f"cumuldesk: the letter PDF {target} was not written: the disk is full (No space "
        "left on device); any earlier file there is unchanged"
    ), err
    assert "unexpected" not in err and "Traceback" not in err
    assert target.read_bytes() == OLD  # not truncated
    assert full_disk.leftovers() == ["letter.pdf"]  # no temporary file
    assert pdf_events() == exported  # no audit event for a PDF not written
    full_disk.empty()
    code, out, err = run_letter(capsys, *argv)
    assert code == 0, err
    assert "pagina 4 van 4" in text_of(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert pdf_events() == exported + 1


def test_a_finalised_letter_whose_pdf_could_not_be_written_says_how_to_get_it(
    demo_central, full_disk, capsys
):
    target = full_disk.folder / "advice.pdf"
    full_disk.fill(keep=4096)
    argv = ("letter", RENOUNCE_INSZ, "--user", USER, "--kind", "advice", "--finalise",
            "--confirm-unverified", "--pdf", str(target))  # fmt: skip
    code, out, err = run_letter(capsys, *argv)
    assert (code, out) == (5, ""), full_disk.how
    assert "the letter is finalised and kept in the local cache; run the command again" in err
    assert not target.exists() and full_disk.leftovers() == []
    full_disk.empty()
    code, out, err = run_letter(capsys, *argv)
    assert code == 0 and "finalised" in out, err
    assert "the stored letter is written unchanged" in err


# ---------------------------------------------------------------- VSB import rejects


def test_rejects_not_written_after_the_commit_are_said_as_such(
    cli, factory, full_disk, capsys, tmp_path
):
    for kind in ("csv", "xlsx"):
        path = write_csv(tmp_path, f"{P1};2024-01-01;;", f"{STRANGER};2024-01-01;;",
                         name=f"vsb-{kind}.csv")  # fmt: skip
        target = full_disk.folder / f"rejects.{kind}"
        full_disk.fill(keep=0)
        code, out = cli("import-vsb", str(path), "--user", "eva.demo", "--rejects", str(target))
        err = capsys.readouterr().err
        assert code == 5, (full_disk.how, err)
        assert "unexpected" not in err and "Traceback" not in err
        with factory() as session:
            import_id = session.scalar(select(func.max(VsbImport.id)))
        assert err == (
            f"cumuldesk: VSB import {import_id} of vsb-{kind}.csv is committed "
            f"({1 if kind == 'csv' else 0} new, 0 updated, {0 if kind == 'csv' else 1} "
            f"unchanged, 1 rejected rows), but the rejects file {target} was not written: "
            "the disk is full (No space left on device); any earlier file there is "
            "unchanged. To get the rejects file, free some space (or choose another "
            "--rejects path) and import the same file again: that changes nothing more and "
            "writes the rejects file\n"
        ).replace("the rejects file", "the export", 1 if kind == "xlsx" else 0)
        # the summary first: what was imported and each rejected line
        assert f"as VSB import {import_id}:" in out
        assert f"Rejects file: {target} was NOT written (the reason follows)" in out
        assert "  line 3: no dossier:" in out and no_insz_in(out + err)
        assert periods(factory) == {(P1, date(2024, 1, 1), None, False)}  # committed
        assert not target.exists() and full_disk.leftovers() == []
        # free space, import again: nothing more changes, the rejects are written
        full_disk.empty()
        code, out = cli("import-vsb", str(path), "--user", "eva.demo", "--rejects", str(target),
                        "--json")  # fmt: skip
        answer = json.loads(out)
        assert code == 0 and (answer["new"], answer["rejected"]) == (0, 1)
        assert answer["rejects_file"] == str(target)
        if kind == "csv":
            assert target.read_text(encoding="utf-8-sig").splitlines()[1].startswith("3;")
        else:
            assert load_workbook(target).active is not None
        target.unlink()


def test_rejects_not_written_in_json_say_so_too(cli, factory, full_disk, capsys, tmp_path):
    path = write_csv(tmp_path, f"{P1};2024-01-01;;", f"{STRANGER};2024-01-01;;")
    target = full_disk.folder / "rejects.csv"
    full_disk.fill(keep=0)
    code, out = cli("import-vsb", str(path), "--user", "eva.demo", "--rejects", str(target),
                    "--json")  # fmt: skip
    err = capsys.readouterr().err
    answer = json.loads(out)
    assert code == 5 and answer["new"] == 1 and answer["rejected"] == 1
    assert answer["rejects_file"] is None
    assert answer["rejects_file_not_written"] == err.removeprefix("cumuldesk: ").rstrip("\n")


def test_rejects_to_dev_full_are_refused_before_importing(cli, factory, tmp_path, capsys):
    path = write_csv(tmp_path, f"{P1};2024-01-01;;", f"{STRANGER};2024-01-01;;")
    for name in ("/dev/full", str(tmp_path / "link.xlsx")):
        (tmp_path / "link.xlsx").unlink(missing_ok=True)
        (tmp_path / "link.xlsx").symlink_to("/dev/full")
        code, out = cli("import-vsb", str(path), "--user", "eva.demo", "--rejects", name)
        err = capsys.readouterr().err
        assert (code, out) == (2, ""), err
        assert err.startswith(f"cumuldesk: the rejects file {name} is not a regular file")
        assert periods(factory) == set()  # nothing imported
        assert stat.S_ISCHR(__import__("os").stat("/dev/full").st_mode)


# ----------------------------------------------------------------------------- sync


def test_a_full_local_disk_during_sync_is_named_as_such(central, full_disk, capsys, monkeypatch):
    monkeypatch.setenv("CUMULDESK_DATA_DIR", str(full_disk.folder))  # the cache's disk
    assert run_sync(capsys, "sync", "--user", "an.handler")[0] == 0
    assert run_sync(capsys, "case", "note", CASE, TEXT, "--user", "an.handler")[0] == 0
    if full_disk.real:
        full_disk.fill(keep=0)
    else:  # SQLite writes outside storage.files: its own words, injected once
        acknowledge = push_module._acknowledge
        calls = []

        def full(*args, **kwargs):
            if not calls:
                calls.append(1)
                raise OperationalError(
                    "UPDATE outbox", {}, sqlite3.OperationalError("database or disk is full")
                )
            return acknowledge(*args, **kwargs)

        monkeypatch.setattr(push_module, "_acknowledge", full)
    code, out, err = run_sync(capsys, "sync", "--user", "an.handler")
    assert code == 5, (full_disk.how, out, err)
    # on the real disk, opening the cache already writes (the offline sign-in): any
    # command says it so; inside the sync, the sync says it
    assert err.splitlines()[-1] + "\n" == (
        "cumuldesk: the command stopped: the local disk is full (database or disk is full); "
        "free some space, then run it again; nothing already saved was lost\n"
        if full_disk.real
        else "cumuldesk: the sync stopped: the local disk is full (database or disk is full); "
        "free some space, then sync again; nothing was lost, the next sync goes on from "
        "where this one stopped\n"
    ), err
    assert "central" not in err and "connection" not in err and "Traceback" not in err
    full_disk.empty()
    code, out, err = run_sync(capsys, "sync", "--user", "an.handler")
    assert code == 0, err
    with central() as session:  # the note, pushed once whatever happened
        assert session.scalar(select(func.count()).select_from(Note).where(Note.text == TEXT)) == 1
    code, out, err = run_sync(capsys, "sync", "status", "--user", "an.handler")
    assert code == 0 and "0 change(s) waiting to be pushed" in out, err
