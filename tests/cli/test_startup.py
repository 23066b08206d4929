"""The command line starts quickly: `cumuldesk --version`, `--help` and `insz` import no
command module, no SQLAlchemy, Qt or services, and a command's module is imported only when
that command runs. Asserted on what a new process imports, not on time (the figures:
bench/cli_startup_bench.py)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cumuldesk import cli
from cumuldesk.domain.insz import build_insz

ROOT = Path(__file__).resolve().parents[2]
INSZ = build_insz(date(1985, 7, 30), 33)

# What a quick start must not import (each costs from tens to hundreds of milliseconds).
HEAVY = ("sqlalchemy", "PySide6", "cryptography", "openpyxl", "keyring", "alembic")
HEAVY_OURS = ("cumuldesk.services", "cumuldesk.storage", "cumuldesk.sync", "cumuldesk.ui")

# Runs cli.main in a new process; its last line of output: exit code and imported modules.
CHILD = """
import json, sys
from cumuldesk.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --version and --help end in argparse's exit
    code = exc.code
print()
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def imported_by(*argv: str) -> tuple[int, list[str]]:
    env = {k: v for k, v in os.environ.items() if k != "CUMULDESK_DEBUG"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert "Traceback" not in done.stderr, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    return result["code"], result["modules"]


def heavy(modules: list[str]) -> list[str]:
    return [
        name
        for name in modules
        if name.split(".")[0] in HEAVY
        or name.startswith(tuple(h + "." for h in HEAVY_OURS))
        or name in HEAVY_OURS
    ]


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["--help"], [], ["insz", INSZ], ["insz", "--json", INSZ, "12345"]],
    ids=["--version", "--help", "no-arguments", "insz", "insz-json-invalid"],
)
def test_quick_commands_import_nothing_heavy(argv):
    code, modules = imported_by(*argv)
    assert code in (0, 2)
    assert heavy(modules) == []
    assert [m for m in modules if m.startswith("cumuldesk.commands.")] == [
        "cumuldesk.commands.support"
    ]


def test_a_commands_help_imports_that_command_only():
    code, modules = imported_by("law", "--help")
    assert code == 0
    loaded = [module for module in cli.COMMAND_MODULES if module in modules]
    assert loaded == ["cumuldesk.commands.law"]


def _register(module: str) -> list[tuple[str, str | None]]:
    """(name, help) of the commands `module.register` adds, in order."""
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    importlib.import_module(module).register(sub)
    return [(action.dest, action.help) for action in sub._choices_actions]


def test_the_table_of_commands_matches_what_their_modules_register():
    for name, module, help_text in cli.COMMANDS:
        assert _register(module) == [(name, help_text)], module


def test_help_lists_every_command_as_when_all_are_loaded():
    lazy = cli.build_parser().format_help()
    loaded = cli.build_parser(load_all=True).format_help()
    assert lazy == loaded
    for name, _module, _help in cli.COMMANDS:
        assert f"\n    {name}" in lazy


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return action


@pytest.mark.parametrize("name", [name for name, _module, _help in cli.COMMANDS])
def test_a_commands_help_is_its_modules_own(name, capsys):
    expected = _subparsers(cli.build_parser(load_all=True)).choices[name].format_help()
    with pytest.raises(SystemExit) as ended:
        cli.main([name, "--help"])
    assert ended.value.code == 0
    assert capsys.readouterr().out == expected


def test_a_command_loaded_on_demand_parses_as_before():
    lazy = cli.build_parser().parse_args(["cache", "status", "--user", "an.demo"])
    loaded = cli.build_parser(load_all=True).parse_args(["cache", "status", "--user", "an.demo"])
    assert vars(lazy) == vars(loaded)
    assert lazy.command == "cache"
