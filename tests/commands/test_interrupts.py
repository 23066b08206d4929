"""Ctrl+C and kill -9 at several points of the writing commands (issue 15, points 4 and 6).

Each command runs as a real process (tests/interrupt_child.py, which runs cli.main and
can stop at a chosen call to wait for the signal). SIGINT is Ctrl+C: the command must end
with exit code 130 and one line on stderr, "cumuldesk: cancelled: ...", no traceback, and
the line must be true: "nothing was changed" leaves the data as before (the transaction
rolled back, no output file, no temporary file), otherwise it says what was kept, and
that is in the data, whole. SIGKILL leaves the data as before the transaction or with
the transaction whole, and the next run works.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from cache_data import TEAM, USER, populate_central
from factories import TEST_PASSWORD, make_handler
from pypdf import PdfReader
from sqlalchemy import func, select
from ui.conftest import ui_files, ui_template

from cumuldesk.domain.insz import build_insz
from cumuldesk.paths import data_dir
from cumuldesk.services.demo.cases import DEMO_HANDLERS
from cumuldesk.services.demo.data import AUDIT_ACTION as DEMO_ACTION
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.keys import PASSPHRASE_ENV, load_key
from cumuldesk.storage.models import (
    AuditEvent,
    BobPeriodRow,
    Language,
    Person,
    RegionCode,
    Role,
    VsbImport,
)

REPO = Path(__file__).resolve().parents[2]
CHILD = REPO / "tests" / "interrupt_child.py"
__all__ = ["ui_files", "ui_template"]  # the demo central database of the letter tests
READY_TIMEOUT = 90.0  # seconds for a child to reach its stop point or progress line
NOTHING = "cumuldesk: cancelled: nothing was changed"
SUPERVISOR = "sup.handler"


# ------------------------------------------------------------------- the child


@dataclass
class Ended:
    code: int
    out: str
    err: str

    def lines(self) -> list[str]:
        return self.err.splitlines()

    def cancelled_line(self) -> str:
        """The one "cancelled" line; fails unless there is exactly one, and last."""
        found = [line for line in self.lines() if "cancelled" in line]
        assert len(found) == 1, self.err
        assert self.lines()[-1] == found[0], self.err
        return found[0]


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The test's environment (conftest's private config and data folders), no keyring
    (the cache key comes from a passphrase) and a private temp folder to check."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "tests"), str(REPO), env.get("PYTHONPATH")) if p
    )
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env[PASSPHRASE_ENV] = "correct horse battery staple"
    temp = tmp_path / "system-temp"
    temp.mkdir(exist_ok=True)
    env["TMPDIR"] = str(temp)
    env.pop("CUMULDESK_DEBUG", None)
    env.update(extra)
    return env


def as_from_a_terminal() -> None:
    """In the child, before it runs: Ctrl+C acts as in a terminal (SIGINT's default
    action), even when the tests themselves run where SIGINT is ignored (a background job
    of a shell without job control, `nohup`), which every child would inherit."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_child(
    tmp_path: Path,
    argv: list[str],
    *,
    stop: str | None = None,
    after_line: str | None = None,
    send: signal.Signals = signal.SIGINT,
    env: dict[str, str] | None = None,
    chunk: int | None = None,
    times: int = 1,
) -> Ended:
    """Run `cumuldesk argv` in a child; at its stop point (`stop`, see interrupt_child) or
    once stderr shows a line containing `after_line`, send `send` (`times` times, a
    moment apart); its end."""
    env = env or child_env(tmp_path)
    read_end, write_end = os.pipe()
    env["INTERRUPT_READY_FD"] = str(write_end)
    command = [sys.executable, str(CHILD)]
    for spec in [stop] if stop else []:
        command += ["--stop", spec]
    if chunk:
        command += ["--chunk", str(chunk)]
    child = subprocess.Popen(
        [*command, "--", *argv],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        pass_fds=(write_end,),
        preexec_fn=as_from_a_terminal,
    )
    os.close(write_end)
    out: list[str] = []
    err: list[str] = []
    seen = threading.Event()

    def read(stream, into, watch: str | None) -> None:
        for line in stream:
            into.append(line)
            if watch is not None and watch in line:
                seen.set()

    readers = [
        threading.Thread(target=read, args=(child.stdout, out, None), daemon=True),
        threading.Thread(target=read, args=(child.stderr, err, after_line), daemon=True),
    ]
    for reader in readers:
        reader.start()
    try:
        if stop is not None:
            with selectors.DefaultSelector() as selector:
                selector.register(read_end, selectors.EVENT_READ)
                ready = selector.select(READY_TIMEOUT)
            said = os.read(read_end, 100).decode() if ready else ""
            reached = said.startswith("READY")
        elif after_line is not None:
            reached = seen.wait(READY_TIMEOUT)
        else:
            reached = True  # nothing to wait for: the child runs to its end
        if not reached:
            child.kill()
            child.wait(timeout=30)
            for reader in readers:
                reader.join(timeout=10)
            pytest.fail(f"the child did not reach its stop point; stderr: {''.join(err)[-3000:]}")
        for time in range(times if (stop or after_line) else 0):
            if child.poll() is not None:
                break
            if time:
                threading.Event().wait(0.5)
            os.kill(child.pid, send)
        code = child.wait(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        os.close(read_end)
    for reader in readers:
        reader.join(timeout=30)
    return Ended(code, "".join(out), "".join(err))


def assert_cancelled(ended: Ended, line: str = NOTHING) -> None:
    assert ended.code == 130, ended.err
    assert "Traceback" not in ended.err and "Error" not in ended.err, ended.err
    assert ended.cancelled_line() == line


def assert_killed(ended: Ended) -> None:
    assert ended.code == -signal.SIGKILL, ended.err


def leftovers(*folders: Path) -> list[str]:
    """Files in `folders` (recursively) other than the ones a test put there itself."""
    found = []
    for folder in folders:
        if folder.exists():
            found += [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()]
    return sorted(found)


# ------------------------------------------------------------------- demo-data

DEMO = ["demo-data", "--seed", "5", "--today", "2026-03-15"]


def demo_state(url: str) -> tuple[int, int]:
    """(persons, demo-data audit events) in the central database (which opens)."""
    engine = open_central(url)
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            persons = connection.execute(select(func.count()).select_from(Person)).scalar()
            events = connection.execute(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == DEMO_ACTION)
            ).scalar()
        return int(persons), int(events)
    finally:
        engine.dispose()


@pytest.fixture
def demo_env(central_url, tmp_path):
    engine = open_central(central_url)
    migrate(engine)  # as `cumuldesk central migrate` would have
    engine.dispose()
    return child_env(tmp_path, CUMULDESK_CENTRAL_URL=central_url)


def test_ctrl_c_during_demo_data_after_a_progress_line_changes_nothing(
    demo_env, central_url, tmp_path
):
    ended = run_child(
        tmp_path, [*DEMO, "--persons", "6000"], after_line="(2,000 of 6,000", env=demo_env
    )
    assert_cancelled(ended)
    assert ended.out == ""
    assert demo_state(central_url) == (0, 0)
    assert leftovers(tmp_path / "system-temp") == []
    # and the next run works
    again = run_child(tmp_path, [*DEMO, "--persons", "50"], env=demo_env)
    assert again.code == 0, again.err
    assert demo_state(central_url) == (50, 1)


def test_ctrl_c_inside_the_demo_data_transaction_rolls_it_back(demo_env, central_url, tmp_path):
    stop = "cumuldesk.services.demo.data._demo_handlers:after:1"  # rows written, no commit
    ended = run_child(tmp_path, [*DEMO, "--persons", "300"], stop=stop, env=demo_env)
    assert_cancelled(ended)
    assert demo_state(central_url) == (0, 0)


def test_ctrl_c_during_the_demo_data_commit_waits_for_it_and_says_so(
    demo_env, central_url, tmp_path
):
    stop = "cumuldesk.services.demo.data._sync_sequences:before:1"  # every row written
    ended = run_child(tmp_path, [*DEMO, "--persons", "300"], stop=stop, env=demo_env)
    assert_cancelled(
        ended,
        "cumuldesk: cancelled: the demo data was written before the stop (300 persons); "
        "`cumuldesk demo-data --force` replaces it",
    )
    assert demo_state(central_url) == (300, 1)


@pytest.mark.parametrize(
    "stop, expected",
    [
        ("cumuldesk.services.demo.data._demo_handlers:after:1", (0, 0)),  # in the transaction
        ("cumuldesk.services.demo.data.record:after:1", (0, 0)),  # its last write, no commit
        ("cumuldesk.services.demo.data.describe_url:before:1", (300, 1)),  # committed
    ],
    ids=["rows-written", "before-commit", "committed"],
)
def test_demo_data_killed_leaves_all_or_nothing(demo_env, central_url, tmp_path, stop, expected):
    ended = run_child(
        tmp_path, [*DEMO, "--persons", "300"], stop=stop, send=signal.SIGKILL, env=demo_env
    )
    assert_killed(ended)
    assert demo_state(central_url) == expected
    if expected == (0, 0):  # the next run writes it whole
        again = run_child(tmp_path, [*DEMO, "--persons", "40"], env=demo_env)
        assert again.code == 0, again.err
        assert demo_state(central_url) == (40, 1)


# ------------------------------------------------------------------- import-vsb

PERSONS = [build_insz(date(2006, 1, 1 + n % 28), 1 + 2 * n) for n in range(30)]
STRANGERS = [build_insz(date(2005, 1 + n // 400, 1 + n % 28), 1 + n % 400) for n in range(3000)]


@pytest.fixture
def vsb_central(central_url, tmp_path):
    """A central database with a supervisor and 30 persons, and a VSB file: a new BOB
    period for each of them and 3,000 rows for persons without a dossier (rejected)."""
    engine = open_central(central_url)
    migrate(engine)
    factory = session_factory(engine)
    with factory.begin() as session:
        session.add(make_handler(SUPERVISOR, Role.SUPERVISOR, TEAM))
        for number, insz in enumerate(PERSONS):
            session.add(
                Person(
                    insz=insz,
                    family_name=f"Voorbeeld{number}",
                    given_name="Test",
                    language=Language.NL,
                    region=RegionCode.FLANDERS,
                    birth_date=date(2006, 1, 1),
                    street="Fictiefstraat",
                    house_number=str(number),
                    postal_code="9999",
                    municipality="Nergensdorp",
                )
            )
    engine.dispose()
    folder = tmp_path / "vsb"
    folder.mkdir()
    path = folder / "vsb-2026-03.csv"
    rows = [f"{insz};2025-01-01;;0" for insz in PERSONS + STRANGERS]
    path.write_text("INSZ;start;end;voluntary_switch\n" + "\n".join(rows) + "\n")
    env = child_env(tmp_path, CUMULDESK_CENTRAL_URL=central_url, CUMULDESK_PASSWORD=TEST_PASSWORD)
    return central_url, path, env


def import_state(url: str) -> tuple[int, int, int]:
    """(VSB imports, BOB periods, vsb_import audit events) in the central database."""
    engine = open_central(url)
    try:
        with engine.connect() as connection:
            count = lambda table, *where: connection.execute(  # noqa: E731
                select(func.count()).select_from(table).where(*where)
            ).scalar()
            return (
                count(VsbImport),
                count(BobPeriodRow),
                count(AuditEvent, AuditEvent.action == "vsb_import"),
            )
    finally:
        engine.dispose()


IMPORTED = (1, 30, 1)
NOT_IMPORTED = (0, 0, 0)


def import_argv(path: Path) -> list[str]:
    return ["import-vsb", str(path), "--user", SUPERVISOR]


def assert_import_consistent(ended: Ended, url: str, path: Path, tmp_path: Path) -> None:
    """Whatever the moment: the line tells the truth, and the data is whole."""
    rejects = path.with_name("vsb-2026-03.rejects.csv")
    assert "Traceback" not in ended.err, ended.err
    if ended.code == 0:  # done before the signal came
        assert import_state(url) == IMPORTED and rejects.exists()
    else:
        line = ended.cancelled_line()
        assert ended.code == 130, ended.err
        if line == NOTHING:
            assert import_state(url) == NOT_IMPORTED
            assert not rejects.exists()
        else:
            assert line.startswith("cumuldesk: cancelled: the file was imported before the stop")
            assert import_state(url) == IMPORTED and rejects.exists()
    assert [p.name for p in path.parent.iterdir() if p not in (path, rejects)] == []
    assert leftovers(tmp_path / "system-temp") == []


@pytest.mark.parametrize("phase", ["reading", "checking", "comparing"])
def test_ctrl_c_during_an_import_after_a_progress_line(vsb_central, tmp_path, phase):
    url, path, env = vsb_central
    ended = run_child(tmp_path, import_argv(path), after_line=phase, env=env)
    assert_import_consistent(ended, url, path, tmp_path)


def test_ctrl_c_in_the_import_transaction_before_writing_imports_nothing(vsb_central, tmp_path):
    url, path, env = vsb_central
    stop = "cumuldesk.services.vsb.importer.load_state:after:1"  # in the transaction
    ended = run_child(tmp_path, import_argv(path), stop=stop, env=env)
    assert_cancelled(ended)
    assert ended.out == ""
    assert_import_consistent(ended, url, path, tmp_path)
    assert import_state(url) == NOT_IMPORTED
    again = run_child(tmp_path, import_argv(path), env=env)  # the next run imports it
    assert again.code == 0, again.err
    assert import_state(url) == IMPORTED


def test_ctrl_c_while_the_import_writes_waits_for_the_commit_and_rejects_file(
    vsb_central, tmp_path
):
    url, path, env = vsb_central
    stop = "cumuldesk.services.vsb.importer._write:after:1"  # written, not committed
    ended = run_child(tmp_path, import_argv(path), stop=stop, env=env)
    assert_cancelled(
        ended, "cumuldesk: cancelled: the file was imported before the stop (VSB import 1)"
    )
    assert_import_consistent(ended, url, path, tmp_path)
    assert import_state(url) == IMPORTED


@pytest.mark.parametrize(
    "stop, expected",
    [
        ("cumuldesk.services.vsb.importer._write:after:1", NOT_IMPORTED),  # not committed
        ("cumuldesk.services.vsb.importer.write_rejects:before:1", IMPORTED),  # committed
    ],
    ids=["written-not-committed", "committed-rejects-not-written"],
)
def test_an_import_killed_leaves_all_or_nothing(vsb_central, tmp_path, stop, expected):
    url, path, env = vsb_central
    ended = run_child(tmp_path, import_argv(path), stop=stop, send=signal.SIGKILL, env=env)
    assert_killed(ended)
    assert import_state(url) == expected
    rejects = path.with_name("vsb-2026-03.rejects.csv")
    assert not rejects.exists()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file
    assert leftovers(tmp_path / "system-temp") == []  # nothing of the INSZ left in temp
    again = run_child(tmp_path, import_argv(path), env=env)  # and the next run works
    assert again.code == 0, again.err
    assert import_state(url)[1] == 30 and rejects.exists()


# ------------------------------------------------------------ the local cache


@pytest.fixture
def cache_central(tmp_path, sqlite_central_url):
    """A SQLite central database with the handler's team (cache_data) and a supervisor."""
    url = sqlite_central_url
    engine = open_central(url)
    migrate(engine)
    factory = populate_central(engine, extra_team=8)
    with factory.begin() as session:
        session.add(make_handler(SUPERVISOR, Role.SUPERVISOR, TEAM))
    engine.dispose()
    return url, child_env(tmp_path, CUMULDESK_CENTRAL_URL=url, CUMULDESK_PASSWORD=TEST_PASSWORD)


def cache_status(tmp_path: Path, env: dict[str, str]) -> dict:
    ended = run_child(tmp_path, ["cache", "status", "--user", USER, "--json"], env=env)
    assert ended.code == 0, ended.err
    return json.loads(ended.out)


def test_ctrl_c_during_cache_fill_keeps_whole_dossiers_and_says_how_many(cache_central, tmp_path):
    _, env = cache_central
    stop = "cumuldesk.storage.cache_copy.write_dossiers:after:2"  # in the 2nd chunk
    ended = run_child(tmp_path, ["cache", "fill", "--user", USER], stop=stop, env=env, chunk=3)
    assert_cancelled(
        ended,
        "cumuldesk: cancelled: at least 3 of 9 dossiers were stored in the local cache "
        "before the stop, each one whole; `cumuldesk cache fill` stores the rest",
    )
    assert cache_status(tmp_path, env)["dossiers"] == 3  # the committed chunk, no more
    done = run_child(tmp_path, ["cache", "fill", "--user", USER], env=env)
    assert done.code == 0, done.err
    assert cache_status(tmp_path, env)["dossiers"] == 9


def test_ctrl_c_during_cache_rebuild_leaves_a_cache_that_opens(cache_central, tmp_path):
    _, env = cache_central
    assert run_child(tmp_path, ["cache", "fill", "--user", USER], env=env).code == 0
    stop = "cumuldesk.storage.cache_copy.write_dossiers:after:1"
    ended = run_child(tmp_path, ["cache", "rebuild", "--user", USER], stop=stop, env=env)
    assert ended.code == 130, ended.err
    assert "Traceback" not in ended.err
    assert ended.cancelled_line().startswith("cumuldesk: cancelled: ")
    cache_status(tmp_path, env)  # opens


def test_ctrl_c_during_audit_verify_records_nothing(cache_central, tmp_path):
    url, env = cache_central
    stop = "cumuldesk.services.audit.trails.verify_central:before:1"  # before reading
    argv = ["audit", "verify", "--central", "--user", SUPERVISOR]
    ended = run_child(tmp_path, argv, stop=stop, env=env)
    assert_cancelled(ended)
    engine = open_central(url)
    try:
        with engine.connect() as connection:
            verified = connection.execute(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "audit_verified")
            ).scalar()
    finally:
        engine.dispose()
    assert verified == 0
    assert run_child(tmp_path, argv, env=env).code == 0  # and it verifies afterwards


def test_ctrl_c_in_a_read_only_command_changes_nothing(tmp_path):
    dossier = REPO / "resources" / "examples" / "renounce-flanders.json"
    stop = "cumuldesk.cli.check:before:1"
    ended = run_child(tmp_path, ["check", str(dossier), "--shipped"], stop=stop)
    assert_cancelled(ended)
    assert ended.out == ""


# ----------------------------------------------------------------------- letter

LETTER_USER = "an.demo"
RENOUNCE_INSZ = "07.07.12-810.25"  # a demo dossier where renunciation is advised
LETTER_CASE = "CD-2025-000001"


@pytest.fixture
def letter_env(ui_files, tmp_path, monkeypatch):
    """The synthetic demo central database; an.demo signs in with the demo password and
    the cache key comes from a passphrase (in the children and in the test)."""
    [password] = [h.password for h in DEMO_HANDLERS if h.username == LETTER_USER]
    env = child_env(
        tmp_path,
        CUMULDESK_CENTRAL_URL=f"sqlite:///{ui_files.central}",
        CUMULDESK_PASSWORD=password,
    )
    monkeypatch.setenv(PASSPHRASE_ENV, env[PASSPHRASE_ENV])
    out = tmp_path / "letters"
    out.mkdir()
    return env, out


def letter_argv(pdf: Path, *more: str) -> list[str]:
    return ["letter", RENOUNCE_INSZ, "--pdf", str(pdf), "--user", LETTER_USER, *more]


def cache_outbox() -> list[dict]:
    """The audit actions and kinds waiting in an.demo's outbox (the cache opens)."""
    path = data_dir() / f"cache-{LETTER_USER}.sqlite"
    with LocalCache.open(path, load_key(LETTER_USER, path).key) as cache:
        with cache.engine.connect() as connection:
            rows = connection.execute(outbox.select().order_by(outbox.c.id)).all()
    return [json.loads(row.payload)["action"] if row.kind == "audit" else row.kind for row in rows]


def test_ctrl_c_before_the_letter_pdf_writes_nothing(letter_env, tmp_path):
    env, folder = letter_env
    pdf = folder / "letter.pdf"
    stop = "cumuldesk.commands.letter.draft_proposal:after:1"
    ended = run_child(tmp_path, letter_argv(pdf), stop=stop, env=env)
    assert_cancelled(ended)
    assert list(folder.iterdir()) == []  # no PDF, no temporary file
    assert "pdf_exported" not in cache_outbox()
    assert leftovers(tmp_path / "system-temp") == []


def test_ctrl_c_while_the_pdf_is_written_keeps_it_with_its_audit_event(letter_env, tmp_path):
    env, folder = letter_env
    pdf = folder / "letter.pdf"
    stop = "cumuldesk.ui.letters.document.write_pdf:before:1"
    ended = run_child(tmp_path, letter_argv(pdf), stop=stop, env=env)
    assert_cancelled(ended, f"cumuldesk: cancelled: the PDF was written before the stop ({pdf})")
    assert list(folder.iterdir()) == [pdf] and pdf.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(pdf).pages) == 4  # whole
    assert cache_outbox().count("pdf_exported") == 1


def test_ctrl_c_after_finalising_says_the_letter_is_stored_without_a_pdf(letter_env, tmp_path):
    env, folder = letter_env
    pdf = folder / "letter.pdf"
    stop = "cumuldesk.commands.letter.finalise:after:1"
    argv = letter_argv(pdf, "--finalise", "--confirm-unverified")
    ended = run_child(tmp_path, argv, stop=stop, env=env)
    assert_cancelled(
        ended,
        f"cumuldesk: cancelled: the letter was finalised and stored in the local cache "
        f"({LETTER_CASE}) before the stop; no PDF was written: run the command again to "
        "write it",
    )
    assert list(folder.iterdir()) == []
    waiting = cache_outbox()
    assert "letter" in waiting and "pdf_exported" not in waiting  # the outbox holds it
    again = run_child(tmp_path, letter_argv(pdf), env=env)
    assert again.code == 0, again.err
    assert again.out == f"{pdf}: 4 pages (renunciation proposal, finalised, {LETTER_CASE})\n"


@pytest.mark.parametrize(
    "stop",
    [
        "cumuldesk.commands.letter.finalise:after:1",
        "cumuldesk.ui.letters.document.write_pdf:before:1",
    ],
    ids=["finalised", "writing-the-pdf"],
)
def test_a_letter_killed_leaves_no_partial_pdf_and_a_cache_that_opens(letter_env, tmp_path, stop):
    env, folder = letter_env
    pdf = folder / "letter.pdf"
    argv = letter_argv(pdf, "--finalise", "--confirm-unverified")
    assert_killed(run_child(tmp_path, argv, stop=stop, send=signal.SIGKILL, env=env))
    assert list(folder.iterdir()) == []
    assert "letter" in cache_outbox()
    again = run_child(tmp_path, letter_argv(pdf), env=env)
    assert again.code == 0, again.err
    assert list(folder.iterdir()) == [pdf]


# ------------------------------------------------------------------------- sync


def test_sync_stops_at_a_safe_point_and_a_second_ctrl_c_forces_it(cache_central, tmp_path):
    """The first Ctrl+C asks the sync to stop at its next safe point; pressed again while
    a chunk of the pull is written, it stops there: the chunk is rolled back, the line
    says nothing is lost, and the next sync completes."""
    _, env = cache_central
    stop = "cumuldesk.sync.pull.reapply_pending:after:1"  # in a chunk's cache transaction
    sync = ["sync", "--user", USER]
    ended = run_child(tmp_path, sync, stop=stop, env=env, times=2)
    assert ended.code == 130, ended.err
    assert "Traceback" not in ended.err
    assert "stopping at the next safe point (Ctrl+C again to force)" in ended.err
    assert ended.cancelled_line() == (
        "cumuldesk: cancelled: what was pushed or pulled before the stop stays, nothing is "
        "lost; the next sync goes on from there"
    )
    status = run_child(tmp_path, ["sync", "status", "--user", USER, "--json"], env=env)
    assert status.code == 0, status.err
    assert json.loads(status.out)["state"]["last_sync_at"] is None  # not a completed sync
    done = run_child(tmp_path, sync, env=env)
    assert done.code == 0, done.err
    assert cache_status(tmp_path, env)["dossiers"] == 9


@pytest.mark.parametrize(
    "module",
    ["cumuldesk.cli", "cumuldesk.commands.law"],
    ids=["loading-the-command-line", "loading-the-command"],
)
def test_ctrl_c_while_the_command_line_loads_is_the_same_one_line(tmp_path, module):
    """`python -m cumuldesk` (and the installed `cumuldesk`, cumuldesk.__main__:run) loads
    the command line, then the command's own module; a Ctrl+C during either ends as one
    during a command does. The child stops inside that import (tests/import_stop) and
    the signal comes there, whatever the machine's load."""
    env = child_env(tmp_path, INTERRUPT_AT_IMPORT=module)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests" / "import_stop"), env["PYTHONPATH"]])
    read_end, write_end = os.pipe()
    env["INTERRUPT_READY_FD"] = str(write_end)
    child = subprocess.Popen(
        [sys.executable, "-m", "cumuldesk", "law", "--help"],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        pass_fds=(write_end,),
        preexec_fn=as_from_a_terminal,
    )
    os.close(write_end)
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(read_end, selectors.EVENT_READ)
            ready = selector.select(READY_TIMEOUT)
        assert ready and os.read(read_end, 100).startswith(b"READY"), "no stop at the import"
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        os.close(read_end)
    assert (child.returncode, err, out) == (130, NOTHING + "\n", "")


# ------------------------------------------------- notes, purge, audit key pair


def handler_outbox() -> list[str]:
    """The kinds waiting in the handler's outbox (the cache opens with its key)."""
    path = data_dir() / f"cache-{USER}.sqlite"
    with LocalCache.open(path, load_key(USER, path).key) as cache:
        with cache.engine.connect() as connection:
            return [row.kind for row in connection.execute(outbox.select().order_by(outbox.c.id))]


@pytest.mark.parametrize("send", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill"])
def test_a_note_interrupted_in_its_transaction_leaves_the_outbox_as_it_was(
    cache_central, tmp_path, monkeypatch, send
):
    _, env = cache_central
    monkeypatch.setenv(PASSPHRASE_ENV, env[PASSPHRASE_ENV])
    assert run_child(tmp_path, ["cache", "fill", "--user", USER], env=env).code == 0
    note = ["case", "note", "CD-2023-000427", "--user", USER]
    assert run_child(tmp_path, [*note, "first note"], env=env).code == 0
    before = handler_outbox()
    assert before == ["note", "audit"]
    stop = "cumuldesk.services.cases.enqueue:after:1"  # the note and its item written
    ended = run_child(tmp_path, [*note, "second note"], stop=stop, send=send, env=env)
    if send == signal.SIGINT:
        assert_cancelled(ended)
    else:
        assert_killed(ended)
    assert handler_outbox() == before  # the cache opens; its waiting work intact
    assert run_child(tmp_path, [*note, "second note"], env=env).code == 0
    assert handler_outbox() == [*before, "note", "audit"]


def test_ctrl_c_after_the_central_purge_says_it_was_purged(cache_central, tmp_path):
    _, env = cache_central
    purge = ["purge", "--user", SUPERVISOR]
    stop = "cumuldesk.services.retention.purge:after:1"  # in the central transaction
    inside = run_child(tmp_path, purge, stop=stop, env=env)
    assert_cancelled(inside)  # in the central transaction: rolled back
    after = run_child(tmp_path, purge, stop="cumuldesk.commands.purge.cache_path:before:1", env=env)
    assert_cancelled(
        after,
        "cumuldesk: cancelled: the central database was purged before the stop (0 persons); "
        "your local cache may not be: run the command again, it purges what is left",
    )


def test_ctrl_c_while_the_audit_key_pair_is_written_makes_both_files(tmp_path):
    folder = tmp_path / "keys"
    folder.mkdir()
    private, public = folder / "audit.key", folder / "audit.pub"
    argv = ["audit", "keygen", "--private", str(private), "--public", str(public)]
    stop = "cumuldesk.services.audit.checkpoint._write_new:after:1"  # the private key only
    ended = run_child(tmp_path, argv, stop=stop)
    assert_cancelled(
        ended, f"cumuldesk: cancelled: the key pair was made before the stop ({private}, {public})"
    )
    assert sorted(p.name for p in folder.iterdir()) == ["audit.key", "audit.pub"]
