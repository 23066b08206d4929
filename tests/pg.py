"""A throwaway PostgreSQL server for the tests, started by the tests themselves.

Runs `initdb` and `pg_ctl` from Debian's PostgreSQL packages, as the `postgres` system
user when the tests run as root (PostgreSQL refuses to run as root). The server listens
on 127.0.0.1 on a free port, with fsync off, in a temporary folder removed at the end.

The tests never install PostgreSQL themselves: the README's test command runs
`scripts/test-setup.sh` first, which installs Debian's `postgresql` package when
`initdb` is missing. Without it, `start_postgres` fails with a message naming that
script.

Databases: `create_database(name, template=...)` clones a template database
(`CREATE DATABASE ... TEMPLATE ...`), which is how each test gets its own copy of a
schema migrated once per session (tests/conftest.py).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HBA_RULES = """\
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""

SETUP_SCRIPT = "scripts/test-setup.sh"


class PostgresUnavailable(RuntimeError):
    pass


def bin_dir() -> Path | None:
    """The folder of `initdb` and `pg_ctl` (the newest Debian cluster version first)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class PostgresServer:
    bin_dir: Path
    folder: Path
    port: int
    as_postgres_user: bool
    _admin: Any = field(default=None, repr=False)  # psycopg connection to `postgres`
    _version: int | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_postgres_user:
            command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(map(_quote, command))]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    def start(self) -> None:
        data = self.folder / "data"
        done = self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        if done.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {done.stderr.strip()[-400:]}")
        # the tests' superuser connects without a password; every other role (the
        # administrator's, the handlers' login roles) authenticates with SCRAM, as on a
        # real server (docs/security.md)
        hba = data / "pg_hba.conf"
        hba.write_text(HBA_RULES, encoding="utf-8")
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        done = self._run(
            "pg_ctl", "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"
        )
        if done.returncode != 0:
            log = (
                (self.folder / "log").read_text(errors="replace")[-400:]
                if (self.folder / "log").exists()
                else ""
            )
            raise PostgresUnavailable(f"pg_ctl start failed: {done.stderr.strip()} {log}")

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------------ databases

    def execute(self, *statements: str) -> None:
        """Run statements as the superuser in the `postgres` database, in autocommit
        (CREATE DATABASE cannot run in a transaction). One connection serves the run."""
        if self._admin is None or self._admin.closed:
            import psycopg

            self._admin = psycopg.connect(
                host="127.0.0.1", port=self.port, user="postgres", dbname="postgres"
            )
            self._admin.autocommit = True
        for statement in statements:
            self._admin.execute(statement)

    def version(self) -> int:
        """The server's version number (150004 for 15.4)."""
        if self._version is None:
            self.execute("SELECT 1")  # the connection
            self._version = int(self._admin.info.server_version)
        return self._version

    def create_database(
        self, name: str, *, template: str | None = None, owner: str | None = None
    ) -> None:
        """A new database: empty, or a copy of `template` (which nobody may be connected
        to while it is copied; PostgreSQL waits a few seconds for leaving sessions).
        A copy is made file by file (STRATEGY FILE_COPY, PostgreSQL 15 and later): for
        a small database, about twice as fast as the default, which writes every block
        to the WAL (bench/test_db_bench.py)."""
        statement = f"CREATE DATABASE {quote_identifier(name)}"
        if template is not None:
            statement += f" TEMPLATE {quote_identifier(template)}"
            if self.version() >= 150000:
                statement += " STRATEGY FILE_COPY"
        if owner is not None:
            statement += f" OWNER {quote_identifier(owner)}"
        self.execute(statement)

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {quote_identifier(name)} WITH (FORCE)")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def start_postgres() -> PostgresServer:
    found = bin_dir()
    if found is None:
        raise PostgresUnavailable(
            "no PostgreSQL server binaries (initdb) found: run "
            f"{SETUP_SCRIPT} first (the README's test command does; it installs Debian's "
            "postgresql package)"
        )
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="cumuldesk-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    server = PostgresServer(found, folder, _free_port(), as_postgres_user=as_root)
    server.start()
    return server
