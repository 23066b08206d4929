"""The Linux bundle: `installer/build.sh --smoke` builds it with PyInstaller (the one
command of docs/building.md) and starts the bundled application offscreen on demo data
(signs in as an.demo, opens a dossier, exits 0). One build serves every test here (about
a minute and a half; PyInstaller's work folder build/pyinstaller-tests is kept between
runs). PyInstaller is in the test extra: without it these tests fail, they never skip.

Marked `bundle`: the main pytest line of the README's test command leaves them out (the
default `-m "not bundle"` in pyproject.toml) and its second line, `pytest -m bundle
tests/installer`, runs them, so CI still builds the bundle on every run."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
BUILD = REPOSITORY / "installer" / "build.sh"

pytestmark = pytest.mark.bundle


@dataclass(frozen=True)
class Built:
    bundle: Path
    output: str  # build.sh's stdout and stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: pip install -e '.[test]' (pyinstaller>=6.3)")
    dist = tmp_path_factory.mktemp("dist")
    env = {key: value for key, value in os.environ.items() if not key.startswith("CUMULDESK_")}
    env["CUMULDESK_BUILD_PYTHON"] = sys.executable
    done = subprocess.run(
        [
            "bash",
            str(BUILD),
            "--dist",
            str(dist),
            "--work",
            str(REPOSITORY / "build" / "pyinstaller-tests"),
            "--smoke",
        ],
        cwd=tmp_path_factory.mktemp("elsewhere"),  # build.sh runs from anywhere
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"installer/build.sh --smoke failed:\n{output[-4000:]}"
    return Built(dist / "CumulDesk", output)


def test_the_bundled_application_signs_in_and_opens_a_dossier(built):
    assert "smoke test: dossier opened" in built.output
    assert "Smoke test passed: signed in as an.demo, opened a dossier, exited 0." in built.output
    assert f"Start it:   {built.bundle / 'cumuldesk-desk'}" in built.output


def test_the_bundle_holds_both_executables_and_the_resources(built):
    for executable in ("cumuldesk-desk", "cumuldesk"):
        assert os.access(built.bundle / executable, os.X_OK), executable
    resources = built.bundle / "_internal" / "cumuldesk" / "resources"
    for name in (
        "parameters/bob_monthly.toml",
        "letters/proposal.nl.html",
        "letters/words.toml",
        "icons/cumuldesk.svg",
        "icons/cumuldesk-16.png",
        "icons/cumuldesk.ico",
    ):
        assert (resources / name).is_file(), name
    migrations = built.bundle / "_internal" / "cumuldesk" / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("0001_*.py"))
    assert (built.bundle / "cumuldesk.desktop").is_file()
    assert (built.bundle / "cumuldesk.png").is_file()
    assert (built.bundle / "install-desktop-entry.sh").is_file()


def test_the_bundled_command_line_runs(built):
    done = subprocess.run(
        [str(built.bundle / "cumuldesk"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"cumuldesk {version('cumuldesk')}"
