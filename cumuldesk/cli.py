"""The `cumuldesk` command line: a thin shell over the services.

Exit codes: 0 success, 2 bad input (one line on stderr naming the problem),
3 the law parameters cannot answer (no amount in force on a date, law data that do
not fit this version), 4 not allowed for the handler's role, 5 a database, the cache or
its key is unavailable, 6 stored data was tampered with, 130 cancelled with Ctrl+C (one
line saying what was kept; nothing is half done), 1 an unexpected error (one line; set
CUMULDESK_DEBUG=1 for the traceback).

The commands of the data layer live in `cumuldesk.commands.*`, each module with a
`register(subparsers)` function, listed with their one-line help in `COMMANDS`. A module is
imported only when its command runs (or its `--help` is asked): `cumuldesk --version`,
`cumuldesk --help` and `cumuldesk insz` load neither SQLAlchemy nor the services
(tests/cli/test_startup.py, bench/cli_startup_bench.py).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from cumuldesk import __version__
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
from cumuldesk.errors import CumulDeskError

if TYPE_CHECKING:
    from cumuldesk.params.loader import ParameterSet
    from cumuldesk.services.dossiers.input import DossierInput

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2
EXIT_PARAMETERS = 3
# a local disk error from any command (a SQLite write: one transaction, rolled back)
LOCAL_DISK_AFTER = "nothing already saved was lost"

# The commands of the data layer, in the order `cumuldesk --help` lists them after the
# four above: (name, module with register(subparsers), the one-line help that module
# gives the command). Only the chosen command's module is imported; the help texts are
# repeated here so that `--help` imports none (tests/cli/test_startup.py checks they match).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    (
        "demo-data",
        "cumuldesk.commands.demo_data",
        "fill the central database with a synthetic demo population",
    ),
    (
        "cache",
        "cumuldesk.commands.cache",
        "the handler's encrypted local cache: status, fill, rebuild",
    ),
    ("audit", "cumuldesk.commands.audit", "the audit trail"),
    (
        "purge",
        "cumuldesk.commands.purge",
        "remove the data whose retention period is over (supervisors)",
    ),
    (
        "import-vsb",
        "cumuldesk.commands.import_vsb",
        "import VSB's monthly file of BOB periods (CSV or XLSX) into the central database "
        "(supervisors only)",
    ),
    ("answer-vsb", "cumuldesk.commands.answer_vsb", "answer VSB's query file (supervisors)"),
    ("report", "cumuldesk.commands.report", "the monthly report as Excel and PDF (supervisors)"),
    (
        "screen",
        "cumuldesk.commands.screen",
        "check and simulate every open case with the law data in force and keep each "
        "result centrally (supervisors only)",
    ),
    (
        "password",
        "cumuldesk.commands.password",
        "change your password (a supervisor can set another handler's)",
    ),
    (
        "handler",
        "cumuldesk.commands.handler",
        "handler accounts: the first supervisor, then add, list, close (supervisors)",
    ),
    (
        "dossier",
        "cumuldesk.commands.dossier",
        "look up one dossier (from the local cache, or fetched from the central database "
        "when it can be reached): identity, case, conflict months, notes",
    ),
    (
        "case",
        "cumuldesk.commands.case",
        "add a note, change the status or record the answer of a case (works offline)",
    ),
    (
        "sync",
        "cumuldesk.commands.sync",
        "push your local changes and pull what changed in the central database",
    ),
    (
        "app",
        "cumuldesk.commands.app",
        "open the desktop window (sign in, look up dossiers, timeline, simulation, work "
        "list); on the embedded demo data when no central database is configured",
    ),
    (
        "letter",
        "cumuldesk.commands.letter",
        "write a case's letter as an A4 PDF: the renunciation proposal (in the applicant's "
        "language) or the advice note; a finalised letter is written as it was stored",
    ),
    (
        "law",
        "cumuldesk.commands.law",
        "law data in the central database: propose, approve, reject, list, import (supervisors)",
    ),
    (
        "organisation",
        "cumuldesk.commands.organisation",
        "the letters' sender block: DG HAN's address, phone, opening hours, signatory "
        "(show; supervisors publish)",
    ),
    (
        "central",
        "cumuldesk.commands.central_admin",
        "set up and check the central PostgreSQL database (database administrator)",
    ),
)
# One module per group of data-layer commands; each has register(subparsers).
COMMAND_MODULES: tuple[str, ...] = tuple(module for _name, module, _help in COMMANDS)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line, exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"cumuldesk: {message} (see cumuldesk --help)\n")


class _LazySubparsers(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The subcommands, a command of `COMMANDS` standing as a bare placeholder (its name
    and one-line help, all `cumuldesk --help` shows) until argparse chooses it: then its
    module is imported and its `register(subparsers)` puts the real parser in its place,
    which parses the rest of the arguments (so its options, --help and errors are the
    module's own)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._modules: dict[str, str] = {}  # placeholder name: its module

    def add_lazy(self, name: str, module: str, help_text: str) -> None:
        self.add_parser(name, help=help_text)
        self._modules[name] = module

    def load(self, name: str) -> None:
        """Replace `name`'s placeholder (and any other of its module) by its real parser,
        at the same place in the list."""
        module = self._modules.get(name)
        if module is None:
            return
        order = list(self._name_parser_map)
        for placeholder in [n for n, m in self._modules.items() if m == module]:
            del self._modules[placeholder]
            del self._name_parser_map[placeholder]
            self._choices_actions[:] = [
                action for action in self._choices_actions if action.dest != placeholder
            ]
        importlib.import_module(module).register(self)
        place = {n: i for i, n in enumerate(order)}
        self._choices_actions.sort(key=lambda action: place.get(action.dest, len(place)))
        parsers = sorted(self._name_parser_map.items(), key=lambda i: place.get(i[0], len(place)))
        self._name_parser_map.clear()
        self._name_parser_map.update(parsers)

    def load_all(self) -> None:
        for name in list(self._modules):
            self.load(name)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        self.load(values[0])
        super().__call__(parser, namespace, values, option_string)


def _insz_json(text: str) -> dict[str, Any]:
    from cumuldesk.domain.insz import InszError, check_insz  # python-stdnum: only for insz

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
    """`services.reports.check` as JSON, imported when `cumuldesk check` runs."""
    from cumuldesk.commands.report_json import check_json
    from cumuldesk.services.reports import check as check_report

    return check_json(check_report(parsed, params))


def simulation_report(parsed: DossierInput, params: ParameterSet) -> dict[str, Any]:
    """`services.reports.simulation_report` as JSON, imported when `cumuldesk simulate`
    runs."""
    from cumuldesk.commands.report_json import simulation_json
    from cumuldesk.services.reports import simulation_report as report

    return simulation_json(report(parsed, params))


def _dossier_report(
    args: argparse.Namespace,
    out: TextIO,
    build: Callable[[DossierInput, ParameterSet], dict[str, Any]],
) -> dict[str, Any] | None:
    """Build the report of the dossier file; print it as JSON (None) or print its header."""
    from cumuldesk.services.dossiers.input import parse_dossier, read_json_file
    from cumuldesk.services.law.data import describe

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
    from cumuldesk.commands.dossier import print_check

    report = _dossier_report(args, out, check)
    if report is not None:
        print_check(report, out)
    return EXIT_OK


def cmd_simulate(args: argparse.Namespace, out: TextIO) -> int:
    from cumuldesk.commands.dossier import print_simulation

    report = _dossier_report(args, out, simulation_report)
    if report is not None:
        print_simulation(report, out)
    return EXIT_OK


def cmd_params(args: argparse.Namespace, out: TextIO) -> int:
    from cumuldesk.commands.dossier import show
    from cumuldesk.commands.report_json import parameter_json
    from cumuldesk.domain.law import NoValueInForce
    from cumuldesk.services.law.data import describe

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
    from cumuldesk.services.law.data import parameters_for_command

    return parameters_for_command(shipped=getattr(args, "shipped", False))


def build_parser(*, load_all: bool = False) -> argparse.ArgumentParser:
    """The command line's parser. A command of `COMMANDS` is imported when the arguments
    choose it; `load_all` imports them all now (to inspect every parser)."""
    parser = _Parser(
        prog="cumuldesk",
        description="CumulDesk: check the BOB / IVT-IT cumulation ban and compare IVT/IT "
        "with zorgtoeslag + BOB.",
    )
    parser.add_argument("--version", action="version", version=f"cumuldesk {__version__}")
    sub = cast(
        _LazySubparsers,
        parser.add_subparsers(
            dest="command", metavar="COMMAND", parser_class=_Parser, action=_LazySubparsers
        ),
    )

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
    for name, module, help_text in COMMANDS:
        sub.add_lazy(name, module, help_text)
    if load_all:
        sub.load_all()
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
    _forget_credentials()
    try:
        return int(args.handler(args, out))
    except Exception as exc:  # never a traceback for the user
        code = _known_failure(exc)
        if code is not None:
            return code
        if os.environ.get("CUMULDESK_DEBUG"):
            raise
        from cumuldesk.storage.files import local_disk_error

        disk = local_disk_error(exc, "the command stopped", "run it again", LOCAL_DISK_AFTER)
        if disk is not None:  # a full disk is no bug: said as such (exit code 5)
            sys.stderr.write(f"cumuldesk: {disk}\n")
            return disk.exit_code
        sys.stderr.write(
            f"cumuldesk: unexpected error ({type(exc).__name__}); "
            "run again with CUMULDESK_DEBUG=1 for details\n"
        )
        return EXIT_UNEXPECTED


def _forget_credentials() -> None:
    """Each command signs in for itself: forget what an earlier command run in this
    process (the tests run many) signed in with. Never signed in when its module was
    never imported (importing it would load SQLAlchemy for `insz`)."""
    signin = sys.modules.get("cumuldesk.commands.signin")
    if signin is not None:
        signin.forget_credentials()


def _known_failure(exc: Exception) -> int | None:
    """The exit code of a failure that is said in one line (and said), else None. The
    classes are imported here: such a failure has already imported them."""
    from cumuldesk.domain.law import NoValueInForce
    from cumuldesk.params.loader import ParameterError

    if isinstance(exc, ParameterError | NoValueInForce):
        sys.stderr.write(f"cumuldesk: parameters: {exc}\n")
        return EXIT_PARAMETERS
    if isinstance(exc, CumulDeskError):
        sys.stderr.write(f"cumuldesk: {exc}\n")
        return exc.exit_code
    if isinstance(exc, BrokenPipeError):
        return EXIT_OK
    return None
