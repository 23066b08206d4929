"""`cumuldesk law propose|approve|reject|list|import`: the law data in the central database.

A supervisor proposes a dated value with its source and kind; another supervisor
approves it, which gives the next law-data version; every desk gets it with its next
sync. `law import` proposes every value of a pre-0.2 parameter override file. Refusals
exit with 2 (bad input) or 4 (not allowed) and one sentence on stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import add_user_option, credentials
from cumuldesk.commands.support import emit_json, terminal_line
from cumuldesk.services.central.connect import sign_in_central
from cumuldesk.services.law.data import (
    LawValueView,
    approve,
    import_file,
    list_values,
    propose,
    reject,
)
from cumuldesk.storage.models import LawState


def register(sub: Any) -> None:
    law = sub.add_parser(
        "law",
        help="law data in the central database: propose, approve, reject, list, import "
        "(supervisors)",
        description="The dated values of the law parameters, one set for the organisation in "
        "the central database. A supervisor proposes a value with its source; another "
        "supervisor approves it, which makes a new law-data version that every desk gets "
        "with its next sync.",
    )
    actions = law.add_subparsers(dest="law_command", metavar="ACTION", required=True)

    new = actions.add_parser(
        "propose",
        help="propose a dated value (supervisors; another supervisor approves it)",
        description="Propose a dated value of a law parameter (see `cumuldesk params` for "
        "the names and brackets).",
    )
    new.add_argument("name", metavar="NAME", help="the parameter, e.g. bob_monthly")
    new.add_argument(
        "--from", dest="effective", required=True, metavar="YYYY-MM-DD", help="in force from"
    )
    new.add_argument("--value", required=True, help="an amount such as 351.49, or true/false")
    new.add_argument("--bracket", help="the bracket, for a parameter that has brackets")
    new.add_argument(
        "--source", required=True, help="title of the act or public page the value is read on"
    )
    new.add_argument("--url", help="web address of the source")
    new.add_argument(
        "--kind",
        required=True,
        metavar="sourced|computed",
        help="sourced: read on the source; computed: worked out from sourced figures by a rule",
    )
    add_user_option(new, "the supervisor who proposes")
    new.add_argument("--json", action="store_true", help="print JSON")
    new.set_defaults(handler=run_propose)

    ok = actions.add_parser(
        "approve", help="approve a proposed value (another supervisor than the proposer)"
    )
    ok.add_argument("id", type=int, metavar="ID", help="the law value's number")
    add_user_option(ok, "the supervisor who approves")
    ok.add_argument("--json", action="store_true", help="print JSON")
    ok.set_defaults(handler=run_approve)

    no = actions.add_parser("reject", help="reject a proposed value (supervisors)")
    no.add_argument("id", type=int, metavar="ID", help="the law value's number")
    no.add_argument("--reason", help="why, for the proposer")
    add_user_option(no, "the supervisor who rejects")
    no.add_argument("--json", action="store_true", help="print JSON")
    no.set_defaults(handler=run_reject)

    listing = actions.add_parser("list", help="list the law values (proposed, approved, rejected)")
    listing.add_argument(
        "--state", choices=[state.value for state in LawState], help="only values in this state"
    )
    add_user_option(listing, "who looks (optional: the law data hold nothing personal)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    load = actions.add_parser(
        "import",
        help="propose every value of a parameter override file of CumulDesk 0.1 (supervisors)",
    )
    load.add_argument("file", type=Path, metavar="FILE", help="the .toml override file")
    add_user_option(load, "the supervisor who imports")
    load.add_argument("--json", action="store_true", help="print JSON")
    load.set_defaults(handler=run_import)


def run_propose(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "law propose")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        value_id = propose(
            central.sessions,
            identity,
            args.name,
            args.effective,
            args.value,
            args.kind,
            args.source,
            source_url=args.url,
            bracket=args.bracket,
        )
    finally:
        central.close()
    if args.json:
        emit_json({"id": value_id, "state": LawState.PROPOSED.value}, out)
    else:
        out.write(
            f"Proposed law value {value_id}. Another supervisor approves it with: "
            f"cumuldesk law approve {value_id} --user USERNAME\n"
        )
    return 0


def run_approve(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "law approve")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        version = approve(central.sessions, identity, args.id)
    finally:
        central.close()
    if args.json:
        emit_json({"id": args.id, "state": LawState.APPROVED.value, "version": version}, out)
    else:
        out.write(
            f"Approved law value {args.id}: the law data are now version {version}; every "
            "desk gets them with its next sync.\n"
        )
    return 0


def run_reject(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "law reject")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        reject(central.sessions, identity, args.id, args.reason)
    finally:
        central.close()
    if args.json:
        emit_json({"id": args.id, "state": LawState.REJECTED.value}, out)
    else:
        out.write(f"Rejected law value {args.id}.\n")
    return 0


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    login = credentials(args, "law list") if args.user else None
    central = central_for_command()
    try:
        if login is not None:
            sign_in_central(central, *login)
        values = list_values(central.sessions, args.state)
    finally:
        central.close()
    if args.json:
        emit_json([value.as_dict() for value in values], out)
        return 0
    if not values:
        out.write("No law values" + (f" {args.state}" if args.state else "") + ".\n")
        return 0
    out.write(f"{'id':>5} {'state':9} {'version':>7}  {'parameter':36} {'from':10} value\n")
    for value in values:
        out.write(_line(value))
    return 0


def _line(value: LawValueView) -> str:
    version = "" if value.version is None else str(value.version)
    who = f"proposed by {value.proposed_by}"
    if value.decided_by and value.proposed_by != value.decided_by:
        who += f", {value.state} by {value.decided_by}"
    line = (
        f"{value.id:>5} {value.state:9} {version:>7}  {terminal_line(value.label):36} "
        f"{value.effective.isoformat():10} {value.value} ({value.kind}; "
        f"{terminal_line(value.source_title)}; {terminal_line(who)})\n"
    )
    if value.reason:
        line += f"{'':>5} reason: {terminal_line(value.reason)}\n"
    return line


def run_import(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "law import")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        ids = import_file(central.sessions, identity, args.file)
    finally:
        central.close()
    if args.json:
        emit_json({"file": args.file.name, "ids": ids, "state": LawState.PROPOSED.value}, out)
    else:
        numbers = ", ".join(str(i) for i in ids)
        out.write(
            f"Proposed {len(ids)} law value(s) from {args.file.name}: {numbers}. Another "
            "supervisor approves each with: cumuldesk law approve ID --user USERNAME\n"
        )
    return 0
