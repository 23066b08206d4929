"""A throwaway PostgreSQL server for the tests, started by the tests themselves.

Runs `initdb` and `pg_ctl` from Debian's PostgreSQL packages (installed with apt-get
when missing and the tests run as root), as the `postgres` system user when the
tests run as root (PostgreSQL refuses to run as root). The server listens on
127.0.0.1 on a free port, with fsync off, in a temporary folder removed at the end.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

HBA_RULES = """\
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _install_with_apt() -> None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for args in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "postgresql"]):
        subprocess.run(args, env=env, capture_output=True, timeout=600, check=False)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bin_dir: Path
    folder: Path
    port: int
    as_postgres_user: bool

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
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def start_postgres() -> PostgresServer:
    bin_dir = _bin_dir()
    if bin_dir is None:
        _install_with_apt()
        bin_dir = _bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable(
            "no PostgreSQL server binaries (initdb) found; install Debian's postgresql package"
        )
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="cumuldesk-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    server = PostgresServer(bin_dir, folder, _free_port(), as_postgres_user=as_root)
    server.start()
    return server
