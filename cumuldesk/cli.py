"""The `cumuldesk` command line: a thin shell over the services.

Exit codes: 0 success, 2 bad input (one line on stderr naming the problem),
3 the law parameters cannot answer (no amount in force on a date, law data that do
not fit this version), 4 not allowed for the handler's role, 5 a database, the cache or
its key is unavailable, 6 stored data was tampered with, 130 cancelled with Ctrl+C (one
line saying what was kept; nothing is half done), 1 an unexpected error (one line; set
CUMULDESK_DEBUG=1 for the traceback).

The commands of the data layer live in `cumuldesk.commands.*`, each module with a
`register(subparsers)` function, listed in `COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from cumuldesk import __version__
from cumuldesk.commands.dossier import print_check, print_simulation, show
from cumuldesk.commands.support import (
    EXIT_CANCELLED,
    TerminalSafe,
    cancelled_message,
    emit_json,
    iso_date,
    reset_ctrl_c,
    resume_ctrl_c,
    terminal_line,
)
from cumuldesk.domain.insz import InszError, check_insz
from cumuldesk.domain.law import NoValueInForce
from cumuldesk.errors import CumulDeskError
from cumuldesk.params.loader import ParameterError, ParameterSet
from cumuldesk.services.dossiers.input import DossierInput, parse_dossier, read_json_file
from cumuldesk.services.law.data import describe, parameters_for_command
from cumuldesk.services.reports import check as check_report
from cumuldesk.services.reports import simulation_report as simulate_report
from cumuldesk.storage.files import local_disk_error

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2
EXIT_PARAMETERS = 3
# a local disk error from any command (a SQLite write: one transaction, rolled back)
LOCAL_DISK_AFTER = "nothing already saved was lost"

# One module per group of data-layer commands; each has register(subparsers).
COMMAND_MODULES: tuple[str, ...] = (
    # one line per module, e.g. "cumuldesk.commands.demo_data",
    "cumuldesk.commands.demo_data",
    "cumuldesk.commands.cache",
    "cumuldesk.commands.audit",
    "cumuldesk.commands.purge",
    "cumuldesk.commands.import_vsb",
    "cumuldesk.commands.password",
    "cumuldesk.commands.handler",
    "cumuldesk.commands.dossier",
    "cumuldesk.commands.case",
    "cumuldesk.commands.sync",
    "cumuldesk.commands.app",
    "cumuldesk.commands.letter",
    "cumuldesk.commands.law",
    "cumuldesk.commands.central_admin",
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line, exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"cumuldesk: {message} (see cumuldesk --help)\n")


def _insz_json(text: str) -> dict[str, Any]:
    result = check_insz(text)
    if isinstance(result, InszError):
        return {
            "input": text,
            "valid": False,
            "insz": None,
            "formatted": None,
            "kind": None,
            "birth_date": None,
            "sex": None,
            "error": result.message,
        }
    return {
        "input": text,
        "valid": True,
        "insz": result.digits,
        "formatted": result.formatted,
        "kind": result.kind.value,
        "birth_date": result.birth_date.isoformat() if result.birth_date else None,
        "sex": result.sex.value if result.sex else None,
        "error": None,
    }


def cmd_insz(args: argparse.Namespace, out: TextIO) -> int:
    results = [_insz_json(value) for value in args.values]
    if args.json:
        emit_json(results, out)
    else:
        for item in results:
            if item["valid"]:
                born = (
                    f"born {item['birth_date']}"
                    if item["birth_date"]
                    else "birth date partly unknown"
                )
                sex = {"M": "man", "F": "woman"}.get(item["sex"], "sex unknown")
                out.write(f"{item['formatted']}  {item['kind']:3}  {born}, {sex}\n")
            else:
                out.write(f"{item['input'].strip()!r}: not valid: {item['error']}\n")
    invalid = sum(not item["valid"] for item in results)
    if invalid:
        sys.stderr.write(f"cumuldesk: {invalid} of {len(results)} values not a valid INSZ\n")
        return EXIT_BAD_INPUT
    return EXIT_OK


def _header(report: dict[str, Any], out: TextIO) -> None:
    out.write(
        f"INSZ {report['formatted']}, born {report['birth_date']}, region {report['region']}\n"
    )


def check(parsed: DossierInput, params: ParameterSet) -> dict[str, Any]:
    """`services.reports.check` as JSON."""
    from cumuldesk.commands.report_json import check_json

    return check_json(check_report(parsed, params))


def simulation_report(parsed: DossierInput, params: ParameterSet) -> dict[str, Any]:
    """`services.reports.simulation_report` as JSON."""
    from cumuldesk.commands.report_json import simulation_json

    return simulation_json(simulate_report(parsed, params))


def _dossier_report(
    args: argparse.Namespace,
    out: TextIO,
    build: Callable[[DossierInput, ParameterSet], dict[str, Any]],
) -> dict[str, Any] | None:
    """Build the report of the dossier file; print it as JSON (None) or print its header."""
    parsed = parse_dossier(read_json_file(args.dossier), date.today())
    params = _parameters(args)
    report = build(parsed, params)
    if args.json:
        emit_json(
            {**report, "law_data_version": params.version, "law_data_origin": params.origin},
            out,
        )
        return None
    _header(report, out)
    out.write(f"Law data: {describe(params)}\n")
    return report


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    report = _dossier_report(args, out, check)
    if report is not None:
        print_check(report, out)
    return EXIT_OK


def cmd_simulate(args: argparse.Namespace, out: TextIO) -> int:
    report = _dossier_report(args, out, simulation_report)
    if report is not None:
        print_simulation(report, out)
    return EXIT_OK


def cmd_params(args: argparse.Namespace, out: TextIO) -> int:
    from cumuldesk.commands.report_json import parameter_json

    params = _parameters(args)
    on = args.on or date.today()
    rows: list[dict[str, Any]] = []
    for name in params.names():
        brackets = params.parameter(name).brackets or (None,)
        for bracket in brackets:
            try:
                rows.append(parameter_json(params.get(name, on, bracket)))
            except NoValueInForce as exc:
                rows.append({"name": name, "bracket": bracket, "error": str(exc)})
    if args.json:
        emit_json(
            {
                "on": on.isoformat(),
                "law_data_version": params.version,
                "law_data_origin": params.origin,
                "values": rows,
            },
            out,
        )
        return EXIT_OK
    out.write(f"Parameters in force on {on.isoformat()}\n")
    out.write(f"Law data: {describe(params)}\n")
    for row in rows:
        label = terminal_line(row["name"] + (f"[{row['bracket']}]" if row["bracket"] else ""))
        if "error" in row:
            out.write(f"  {label:48} {row['error']}\n")
            continue
        mark = "" if row["kind"] == "sourced" else f"  {row['kind'].upper()}"
        out.write(
            f"  {label:48} {show(row['value']):>10} {row['unit']:9} "
            f"from {row['effective']}{mark}  ({terminal_line(row['source'])})\n"
        )
    return EXIT_OK


def _parameters(args: argparse.Namespace) -> ParameterSet:
    """The central database's law data when one is configured (or the embedded demo
    database exists), else the shipped defaults; `--shipped` forces the shipped ones."""
    return parameters_for_command(shipped=getattr(args, "shipped", False))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cumuldesk",
        description="CumulDesk: check the BOB / IVT-IT cumulation ban and compare IVT/IT "
        "with zorgtoeslag + BOB.",
    )
    parser.add_argument("--version", action="version", version=f"cumuldesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.add_argument("--json", action="store_true", help="print JSON")
        return command

    insz = add("insz", "validate and describe INSZ numbers (national register or BIS)")
    insz.add_argument("values", nargs="+", metavar="VALUE")
    insz.set_defaults(handler=cmd_insz)

    for name, help_text, handler in (
        ("check", "conflict months, month statuses and query window of a dossier", cmd_check),
        ("simulate", "month-by-month IVT/IT against zorgtoeslag + BOB", cmd_simulate),
    ):
        command = add(name, help_text)
        command.add_argument("dossier", type=Path, metavar="DOSSIER.json")
        _add_parameter_options(command)
        command.set_defaults(handler=handler)

    params = add("params", "list the law parameters in force on a date, with their sources")
    params.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    _add_parameter_options(params)
    params.set_defaults(handler=cmd_params)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub)
    return parser


def _add_parameter_options(command: argparse.ArgumentParser) -> None:
    """Options that choose the law data."""
    command.add_argument(
        "--shipped",
        action="store_true",
        help="use the law data shipped with this version of CumulDesk instead of the "
        "central database's",
    )


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; its exit code. Whatever the data holds, what reaches the terminal
    has its control characters escaped (`TerminalSafe`); Ctrl+C is one line and exit
    code 130."""
    stderr = sys.stderr
    sys.stderr = TerminalSafe(stderr, allow="\r")  # type: ignore[assignment]
    reset_ctrl_c()
    try:
        return _main(argv, TerminalSafe(out or sys.stdout))  # type: ignore[arg-type]
    except KeyboardInterrupt:
        # Every change is one transaction (rolled back by the interruption) or was
        # committed before and said so with when_cancelled(); temporary files are
        # removed on the way out. See commands/support.py.
        if stderr.isatty():
            stderr.write("\n")  # after the "^C" and any progress line
        sys.stderr.write(f"cumuldesk: {cancelled_message()}\n")
        return EXIT_CANCELLED
    finally:
        resume_ctrl_c(interrupt=False)
        sys.stderr = stderr


def _main(argv: Sequence[str] | None, out: TextIO) -> int:
    if hasattr(os, "umask"):
        os.umask(0o077)  # files CumulDesk creates (databases, caches, exports) are private
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(out)
        return EXIT_OK
    from cumuldesk.commands.signin import forget_credentials

    forget_credentials()  # each command signs in for itself
    try:
        return int(args.handler(args, out))
    except (ParameterError, NoValueInForce) as exc:
        sys.stderr.write(f"cumuldesk: parameters: {exc}\n")
        return EXIT_PARAMETERS
    except CumulDeskError as exc:
        sys.stderr.write(f"cumuldesk: {exc}\n")
        return exc.exit_code
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for the user
        if os.environ.get("CUMULDESK_DEBUG"):
            raise
        disk = local_disk_error(exc, "the command stopped", "run it again", LOCAL_DISK_AFTER)
        if disk is not None:  # a full disk is no bug: said as such (exit code 5)
            sys.stderr.write(f"cumuldesk: {disk}\n")
            return disk.exit_code
        sys.stderr.write(
            f"cumuldesk: unexpected error ({type(exc).__name__}); "
            "run again with CUMULDESK_DEBUG=1 for details\n"
        )
        return EXIT_UNEXPECTED
