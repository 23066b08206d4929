"""`cumuldesk case note|status|answer`: work on a case in the local cache, online or not.

Each change is saved in the local cache at once, with an outbox item that `cumuldesk
sync` pushes to the central database (exactly once, whatever fails in between).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO

from cumuldesk.commands.cache import offering_rebuild, signed_in_for_cache
from cumuldesk.commands.signin import add_user_option
from cumuldesk.commands.support import emit_json, iso_date
from cumuldesk.domain.cases import Answer, CaseStatus
from cumuldesk.services.accounts.desk_signin import open_desk
from cumuldesk.services.cache_service import open_cache
from cumuldesk.services.desk import Changes, Desk


def register(sub: Any) -> None:
    case = sub.add_parser(
        "case",
        help="add a note, change the status or record the answer of a case (works offline)",
        description="Work on a case of your local cache. The change is kept in the cache "
        "and pushed to the central database by `cumuldesk sync` (also later, when you are "
        "offline now). A case is named by its reference, e.g. CD-2025-000123.",
    )
    actions = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    def add(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        command = actions.add_parser(name, help=help_text, description=help_text)
        command.add_argument("reference", metavar="CASE")
        add_user_option(command, "who you are")
        command.add_argument("--json", action="store_true", help="print JSON")
        command.set_defaults(handler=handler)
        return command

    note = add("note", "add a work note (procedure only: never medical information)", run_note)
    note.add_argument("text", metavar="TEXT")

    status = add("status", "change the status of the case", run_status)
    status.add_argument("status", choices=[s.value for s in CaseStatus], metavar="STATUS")

    answer = add(
        "answer",
        "record the applicant's answer to the proposal to renounce (sets the status to answered)",
        run_answer,
    )
    answer.add_argument(
        "answer",
        choices=[a.value for a in Answer],
        metavar="ANSWER",
        help="accepted_renunciation, refused or no_answer",
    )
    answer.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help="date of the answer (default: today)"
    )


def _saved(args: argparse.Namespace, out: TextIO, what: str, desk: Desk) -> int:
    state = desk.sync_state(online=None)
    if args.json:
        emit_json({"case": args.reference, "saved": what, "state": state.as_dict()}, out)
        return 0
    out.write(
        f"{what} saved in your local cache; {state.pending} change(s) wait to be pushed "
        "(cumuldesk sync).\n"
    )
    return 0


def _run(
    args: argparse.Namespace,
    out: TextIO,
    action: str,
    what: str,
    change: Callable[[Desk], Changes],
) -> int:
    identity, verifier = signed_in_for_cache(args, action)
    cache = offering_rebuild(
        identity.username, lambda: open_cache(identity.username, remember=verifier)
    )
    with cache:
        desk = open_desk(identity, cache, connect=None)  # the change waits for `sync`
        change(desk)
        return _saved(args, out, what, desk)


def run_note(args: argparse.Namespace, out: TextIO) -> int:
    return _run(
        args,
        out,
        "case note",
        "Note",
        lambda desk: desk.add_note(args.reference, args.text),
    )


def run_status(args: argparse.Namespace, out: TextIO) -> int:
    return _run(
        args,
        out,
        "case status",
        "Status",
        lambda desk: desk.change_case(args.reference, status=CaseStatus(args.status)),
    )


def run_answer(args: argparse.Namespace, out: TextIO) -> int:
    when = args.date or date.today()
    return _run(
        args,
        out,
        "case answer",
        "Answer",
        lambda desk: desk.record_answer(args.reference, Answer(args.answer), when),
    )
