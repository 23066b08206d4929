"""`cumuldesk central check`: the server's own protections against password guessing are
named, each in words, when missing (exit 1), and all present on a server set up as the
admin guide says (exit 0). The admin guide's fail2ban filter finds the failed passwords
in a real PostgreSQL log."""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
import time
import uuid
from pathlib import Path

import pytest
from pg import PostgresServer, start_postgres
from secure_support import ADMIN, ADMIN_PASSWORD, ensure_admin_role
from sqlalchemy import create_engine, text

from cumuldesk.cli import main
from cumuldesk.services.central.check import (
    ADVISED_CONNECTIONS,
    MAX_CONNECTIONS,
    check_server,
    judge_settings,
)

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "admin-guide.md"
PREFIX = "%m [%p] %q%u@%d %h "  # what the admin guide sets
DELAY_MS = 500
TUNED = {  # postgresql.conf as the admin guide says
    "shared_preload_libraries": "auth_delay",
    "auth_delay.milliseconds": str(DELAY_MS),
    "log_line_prefix": PREFIX,
    "lc_messages": "C",
    "password_encryption": "scram-sha-256",
}
EVERY_CHECK = {
    "administrator",
    "auth_delay",
    "auth_delay.milliseconds",
    "connection limits",
    "log_line_prefix",
    "log_min_messages",
    "log_destination",
    "lc_messages",
    "password_encryption",
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def execute(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def missing_names(report) -> set[str]:
    return {check.name for check in report.missing}


# ----------------------------------------------------------- a server with none of it


@pytest.fixture
def unlimited_handler(secure_central, postgres_server):
    """A handler login role without a connection limit, in the session server (which has
    none of the settings: no auth_delay, no client address in the log)."""
    name = f"nolimit.{uuid.uuid4().hex[:8]}"
    execute(
        postgres_server.url,
        f"CREATE ROLE \"{name}\" LOGIN PASSWORD 'some-password-123'",
        f'GRANT cumuldesk_handler TO "{name}"',
    )
    yield name
    execute(postgres_server.url, f'DROP ROLE IF EXISTS "{name}"')


def test_a_server_without_the_protections_is_told_each_one_in_words(
    capsys, secure_central, unlimited_handler
):
    report = check_server(secure_central.admin_url)
    assert not report.ok and report.admin == ADMIN
    assert {"auth_delay", "auth_delay.milliseconds", "connection limits"} <= missing_names(report)
    assert "log_line_prefix" in missing_names(report)  # the default names no client address
    assert "administrator" not in missing_names(report)

    code, out, err = run(capsys, "central", "check", "--admin-url", secure_central.admin_url)
    assert code == 1 and err == ""
    assert "MISSING  auth_delay is not loaded: add 'auth_delay' to shared_preload_libraries" in out
    assert "MISSING  auth_delay.milliseconds is not set" in out
    assert "log_line_prefix ('%m [%p] ') does not name the client's address" in out
    limits = next(line for line in out.splitlines() if "without a connection limit" in line)
    assert limits.startswith("  MISSING") and unlimited_handler in limits
    assert f"CONNECTION LIMIT {ADVISED_CONNECTIONS}" in limits
    assert "protections missing: " in out and "See docs/admin-guide.md" in out
    assert ADMIN_PASSWORD not in out


def test_a_superuser_as_administrator_is_named(capsys, secure_central, postgres_server):
    superuser_url = postgres_server.url_for(secure_central.name)
    report = check_server(superuser_url)
    assert "administrator" in missing_names(report)
    code, out, _ = run(capsys, "central", "check", "--admin-url", superuser_url)
    assert code == 1
    assert "MISSING  the administrator's role postgres is a superuser" in out


def test_bad_admin_urls_are_one_line_not_a_traceback(capsys, secure_central):
    wrong = secure_central.admin_url.replace(ADMIN_PASSWORD, "not-the-password")
    code, out, err = run(capsys, "central", "check", "--admin-url", wrong)
    assert code == 5 and out == ""
    assert err.startswith("cumuldesk: cannot reach postgresql database") and "not-the" not in err
    code, _, err = run(capsys, "central", "check", "--admin-url", "sqlite:///demo.sqlite")
    assert code == 2 and "must be a PostgreSQL URL" in err
    code, _, err = run(capsys, "central", "check", "--admin-url", "::not a url::")
    assert code == 2 and "not a valid database URL" in err


def test_the_log_language_is_checked():
    english = judge_settings({"lc_messages": "en_US.UTF-8"}, None)
    french = judge_settings({"lc_messages": "fr_BE.UTF-8"}, None)
    assert next(c for c in english if c.name == "lc_messages").ok
    refused = next(c for c in french if c.name == "lc_messages")
    assert not refused.ok
    assert "lc_messages is fr_BE.UTF-8: the log's messages are translated" in refused.sentence


# ---------------------------------------------------------- a server set up as the guide says


@pytest.fixture(scope="module")
def tuned_server():
    """A second throwaway server set up as the admin guide says: auth_delay loaded, the
    client address in the log, scram; the administrator's role, the group role and
    handler login roles with a connection limit."""
    server = start_postgres()
    try:
        data = str(server.folder / "data")
        with open(Path(data) / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("".join(f"{name} = '{value}'\n" for name, value in TUNED.items()))
        log = str(server.folder / "log")
        done = server._run("pg_ctl", "-D", data, "-l", log, "-m", "fast", "-w", "restart")
        assert done.returncode == 0, done.stderr
        ensure_admin_role(server.url)
        execute(
            server.url,
            f"CREATE DATABASE cumuldesk OWNER {ADMIN}",
            "CREATE ROLE cumuldesk_handler NOLOGIN",
            "CREATE ROLE cumuldesk_supervisor NOLOGIN",
            "CREATE ROLE \"an.demo\" LOGIN CONNECTION LIMIT 10 PASSWORD 'an-demo-password'",
            'GRANT cumuldesk_handler TO "an.demo"',
            "CREATE ROLE \"eva.demo\" LOGIN CONNECTION LIMIT 10 PASSWORD 'eva-demo-password'",
            'GRANT cumuldesk_handler, cumuldesk_supervisor TO "eva.demo"',
            'CREATE ROLE "old.hand" NOLOGIN',  # a closed account: cannot connect at all
            'GRANT cumuldesk_handler TO "old.hand"',
        )
        yield server
    finally:
        server.stop()


def tuned_url(server: PostgresServer) -> str:
    return f"postgresql+psycopg://{ADMIN}:{ADMIN_PASSWORD}@127.0.0.1:{server.port}/cumuldesk"


def test_a_server_set_up_as_the_guide_says_passes(capsys, tuned_server):
    report = check_server(tuned_url(tuned_server))
    assert report.ok, [check.sentence for check in report.missing]
    assert {check.name for check in report.checks} == EVERY_CHECK
    code, out, err = run(capsys, "central", "check", "--admin-url", tuned_url(tuned_server))
    assert code == 0 and err == ""
    assert "MISSING" not in out
    assert "ok       auth_delay.milliseconds is 500: every failed sign-in waits 0.5 s" in out
    assert "ok       all 2 handler login roles have a connection limit of at most 10" in out
    assert out.endswith("All 9 protections are in place.\n")
    code, out, _ = run(capsys, "central", "check", "--admin-url", tuned_url(tuned_server), "--json")
    assert code == 0 and '"ok": true' in out


def test_auth_delay_really_slows_a_wrong_password(tuned_server):
    import psycopg

    started = time.monotonic()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(
            host="127.0.0.1",
            port=tuned_server.port,
            dbname="cumuldesk",
            user="an.demo",
            password="a-wrong-guess",
            connect_timeout=5,
        )
    assert time.monotonic() - started >= DELAY_MS / 1000


@pytest.mark.parametrize(
    ("setting", "value", "name", "said"),
    [
        ("auth_delay.milliseconds", "0", "auth_delay.milliseconds", "auth_delay.milliseconds is 0"),
        ("log_line_prefix", "%m [%p] %u ", "log_line_prefix", "does not name the client's"),
        ("log_min_messages", "panic", "log_min_messages", "failed passwords (FATAL) are not"),
        ("log_destination", "csvlog", "log_destination", "log_destination is csvlog"),
        ("password_encryption", "md5", "password_encryption", "password_encryption is md5"),
    ],
)
def test_each_setting_taken_away_is_named(tuned_server, setting, value, name, said):
    execute(tuned_server.url, f"ALTER SYSTEM SET {setting} = '{value}'", "SELECT pg_reload_conf()")
    try:
        report = _after_reload(tuned_server, lambda r: name in missing_names(r))
        assert missing_names(report) == {name}
        assert said in report.missing[0].sentence
    finally:
        # back to postgresql.conf's value
        execute(tuned_server.url, f"ALTER SYSTEM RESET {setting}", "SELECT pg_reload_conf()")
        _after_reload(tuned_server, lambda r: r.ok)


def test_a_handler_role_without_a_limit_or_with_a_high_one_is_named(tuned_server):
    execute(
        tuned_server.url,
        "CREATE ROLE \"tom.free\" LOGIN PASSWORD 'tom-password-123'",
        "CREATE ROLE \"ria.many\" LOGIN CONNECTION LIMIT 500 PASSWORD 'ria-password-123'",
        'CREATE ROLE "nest.group" NOLOGIN',
        'GRANT cumuldesk_handler TO "nest.group"',
        'GRANT "nest.group" TO "tom.free"',  # a member through another group counts too
        'GRANT cumuldesk_supervisor TO "ria.many"',
    )
    try:
        report = check_server(tuned_url(tuned_server))
        assert missing_names(report) == {"connection limits"}
        sentence = report.missing[0].sentence
        assert "1 without a connection limit: tom.free" in sentence
        assert f"1 with a limit above {MAX_CONNECTIONS}: ria.many (500)" in sentence
        assert "an.demo" not in sentence and "old.hand" not in sentence
    finally:
        execute(
            tuned_server.url,
            'DROP ROLE "tom.free"',
            'DROP ROLE "ria.many"',
            'DROP ROLE "nest.group"',
        )


def _after_reload(server, wanted, timeout: float = 10.0):
    """The check once the reloaded configuration is seen (a reload is asynchronous)."""
    deadline = time.monotonic() + timeout
    while True:
        report = check_server(tuned_url(server))
        if wanted(report) or time.monotonic() > deadline:
            return report
        time.sleep(0.1)


# ------------------------------------------------------------------------- fail2ban


def guide_block(first_line: str) -> str:
    """The code block of the admin guide that starts with `first_line` (a block inside a
    numbered step is indented: the indentation is taken off)."""
    fences = re.finditer(
        r"^( *)```[a-z]*\n(.*?)^\1```", GUIDE.read_text(encoding="utf-8"), re.S | re.M
    )
    blocks = [textwrap.dedent(fence.group(2)) for fence in fences]
    found = [block for block in blocks if block.startswith(first_line)]
    assert found, f"the admin guide has no block starting with {first_line!r}"
    return found[0]


def failed_logins(server: PostgresServer, count: int) -> Path:
    import psycopg

    for attempt in range(count):
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(
                host="127.0.0.1",
                port=server.port,
                dbname="cumuldesk",
                user="an.demo" if attempt % 2 else "nobody.here",
                password=f"guess-{attempt}",
                connect_timeout=5,
            )
    return server.folder / "log"


def test_the_guides_fail2ban_filter_finds_each_failed_password(tuned_server, tmp_path):
    log = failed_logins(tuned_server, 3)
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    failures = [line for line in lines if "password authentication failed" in line]
    assert len(failures) >= 3 and all(" 127.0.0.1 FATAL:  " in line for line in failures)

    body = guide_block("# /etc/fail2ban/filter.d/cumuldesk-postgresql.conf")
    filter_file = tmp_path / "cumuldesk-postgresql.conf"
    filter_file.write_text(body, encoding="utf-8")
    if shutil.which("fail2ban-regex"):  # the real tool, when installed
        done = subprocess.run(
            ["fail2ban-regex", str(log), str(filter_file)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        matched = re.search(r"Failregex: (\d+) total", done.stdout)
        assert matched and int(matched.group(1)) == len(failures), done.stdout
        return
    # otherwise fail2ban's own way: the date at the start of the line is cut off, then
    # each failregex is searched with <HOST> standing for the address
    regexes = re.search(r"failregex = (.*?)\nignoreregex", body, re.S).group(1).split("\n")
    patterns = [
        re.compile(r.strip().replace("<HOST>", r"(?P<host>[\d.:a-fA-F]+)")) for r in regexes
    ]
    date = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+")
    hits = []
    for line in lines:
        rest = date.sub("", line, count=1)
        for pattern in patterns:
            found = pattern.search(rest)
            if found:
                hits.append(found.group("host"))
                break
    assert hits == ["127.0.0.1"] * len(failures)


def test_the_guides_jail_uses_the_filter():
    jail = guide_block("# /etc/fail2ban/jail.d/cumuldesk-postgresql.local")
    assert "[cumuldesk-postgresql]" in jail and "filter   = cumuldesk-postgresql" in jail
    assert "enabled  = true" in jail and "maxretry" in jail and "bantime" in jail
