"""`cumuldesk sync`: push the local changes, pull what changed centrally; `status`,
`conflicts`, `resolve`, `dismiss`; `--watch` keeps syncing and resumes by itself.

Each signs in, opens the handler's cache and works through their desk
(`services.accounts.desk_signin.open_desk`; `Desk.sync`, `sync_loop`, `sync_state`,
`waiting_changes`, ...): the command line never reaches `cumuldesk.sync` itself."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from datetime import datetime
from typing import Any, TextIO

from cumuldesk.commands.cache import offering_rebuild, signed_in_for_cache
from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import add_user_option, credentials, current_credentials
from cumuldesk.commands.support import (
    StderrProgress,
    ctrl_c_stops_at_a_safe_point,
    emit_json,
    terminal_line,
)
from cumuldesk.errors import BadInput
from cumuldesk.services.accounts.desk_signin import open_desk
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import OfflineVerifier, offline_verifier, sign_in_offline
from cumuldesk.services.cache_service import cache_exists, open_cache
from cumuldesk.services.central.connect import Central, connect_central, sign_in_central
from cumuldesk.services.conflicts import ItemKind, Keep, WaitingChange
from cumuldesk.services.desk import Desk
from cumuldesk.services.sync_service import SyncReport, SyncState
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import CONFLICT, REJECTED
from cumuldesk.storage.database import DatabaseUnavailable

EXIT_CONFLICTS = 7  # the sync ran, and changes wait for the handler's choice


def register(sub: Any) -> None:
    sync = sub.add_parser(
        "sync",
        help="push your local changes and pull what changed in the central database",
        description="Push the changes waiting in your local cache (notes, case status, "
        "answers, letters, audit events), then pull what changed in the central database "
        "for your team's cases. Progress on stderr; Ctrl+C cancels safely. Exit code 0 "
        f"when done, {EXIT_CONFLICTS} when conflicts wait for your choice (see `cumuldesk "
        "sync conflicts`), 5 when the central database cannot be reached (nothing is "
        "lost: the changes stay in the outbox).",
    )
    _common(sync, "whose cache to sync", nested=False)
    sync.add_argument(
        "--watch",
        action="store_true",
        help="keep running: sync every --interval seconds, and as soon as the central "
        "database is back after a connection loss",
    )
    sync.add_argument(
        "--interval", type=float, default=300.0, metavar="SECONDS", help="default: 300"
    )
    sync.set_defaults(handler=run_sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")

    status = actions.add_parser(
        "status", help="online or not, when the data was last synced, what waits"
    )
    _common(status, "whose cache")
    status.set_defaults(handler=run_status)

    conflicts = actions.add_parser(
        "conflicts", help="cases changed by you and by someone else: both versions"
    )
    _common(conflicts, "whose cache")
    conflicts.set_defaults(handler=run_conflicts)

    resolve = actions.add_parser(
        "resolve", help="choose which version of a conflicting case change to keep"
    )
    resolve.add_argument(
        "key", metavar="KEY", help="the conflict's key (its first 8 characters do)"
    )
    resolve.add_argument("--keep", choices=["mine", "theirs"], required=True)
    _common(resolve, "whose cache")
    resolve.set_defaults(handler=run_resolve)

    dismiss = actions.add_parser(
        "dismiss", help="drop a change the central database refused (after reading why)"
    )
    dismiss.add_argument("key", metavar="KEY")
    _common(dismiss, "whose cache")
    dismiss.set_defaults(handler=run_dismiss)


def _common(command: argparse.ArgumentParser, help_text: str, *, nested: bool = True) -> None:
    """--user and --json; on an action (`sync status`) they may also come before it."""
    add_user_option(command, help_text, nested=nested)
    command.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if nested else False,
        help="print JSON",
    )


# ------------------------------------------------------------------------ helpers


class _StageProgress:
    """One StderrProgress line per stage: "sync push: 40% (2 of 5 changes)"."""

    def __init__(self) -> None:
        self.stages = {
            "push": StderrProgress("cumuldesk sync: push", "changes"),
            "pull": StderrProgress("cumuldesk sync: pull", "dossiers"),
        }

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total:
            self.stages[stage](done, total)


def _ctrl_c_cancels() -> AbstractContextManager[threading.Event]:
    """The first Ctrl+C asks the sync to stop at its next safe point; a second one
    interrupts at once (still safe: every step is one transaction)."""
    return ctrl_c_stops_at_a_safe_point(
        "sync",
        # what cli.main says after the second Ctrl+C
        "what was pushed or pulled before the stop stays, nothing is lost; the next sync "
        "goes on from there",
    )


def _print_report(report: SyncReport, out: TextIO) -> None:
    pushed, pulled = report.pushed, report.pulled
    out.write(
        f"Pushed: {pushed.applied} change(s) applied"
        + (f", {pushed.already_applied} already applied earlier" if pushed.already_applied else "")
        + (f", {pushed.conflicts} conflict(s)" if pushed.conflicts else "")
        + (f", {pushed.rejected} refused" if pushed.rejected else "")
        + "\n"
    )
    out.write(
        f"Pulled: {pulled.new_dossiers} new dossier(s), {pulled.changed_dossiers} changed, "
        f"{pulled.removed_dossiers} removed from your cache"
        + (f"; {pulled.retro_flags} retroactive change(s) flagged" if pulled.retro_flags else "")
        + "\n"
    )
    if pulled.law_data_version is not None:
        out.write(
            f"New law data: version {pulled.law_data_version}; simulations and letters "
            "on this computer use it from now on.\n"
        )
    out.write(f"Synced at {report.finished_at.astimezone().strftime('%d/%m/%Y %H:%M:%S')}.\n")


def _print_waiting(state: SyncState, out: TextIO) -> None:
    if state.conflicts:
        out.write(f"{state.conflicts} conflict(s) wait for your choice: cumuldesk sync conflicts\n")
    if state.rejected:
        out.write(
            f"{state.rejected} change(s) were refused by the central database: "
            "cumuldesk sync status\n"
        )


def _open_for(
    identity: Identity,
    verifier: OfflineVerifier | None,
    create: bool = False,
    central: Central | Callable[[], Central] | None = None,
) -> LocalCache:
    """Open the handler's cache (a damaged one is recorded in the central trail)."""
    return offering_rebuild(
        identity.username,
        lambda: open_cache(identity.username, create=create, remember=verifier),
        central=central,
        during="sync",
    )


def _desk(
    identity: Identity,
    cache: LocalCache,
    connect: Callable[[], Central] | None,
    *,
    online: bool | None = None,
) -> Desk:
    """The handler's desk on their open cache (closed when the desk cannot be made). Its
    law data are the cache's or the shipped defaults: the sync brings the central ones."""
    try:
        return open_desk(identity, cache, connect=connect, online=online, fetch_law=False)
    except BaseException:
        cache.close()
        raise


def _connect() -> Central:
    """The central database as the signed-in handler (DatabaseUnavailable when away)."""
    return connect_central(must_exist=True, credentials=current_credentials())


# ------------------------------------------------------------------------- sync


def run_sync(args: argparse.Namespace, out: TextIO) -> int:
    if args.watch:
        return _watch(args, out)
    username, password = credentials(args, "sync")
    try:
        central = central_for_command()
    except DatabaseUnavailable as exc:
        return _unreachable(args, username, password, str(exc), out)
    try:
        identity = sign_in_central(central, username, password)
        verifier = offline_verifier(identity, password)
        opened = _open_for(identity, verifier, create=True, central=central)
        # the desk syncs over the connection the sign-in opened
        desk = _desk(identity, opened, lambda: central, online=True)
        with closing(desk), _ctrl_c_cancels() as stop:
            report = desk.sync(progress=_StageProgress(), cancel=stop.is_set)
            state = desk.sync_state(online=True)
    finally:
        central.close()
    if args.json:
        emit_json({**report.as_dict(), "state": state.as_dict()}, out)
    else:
        _print_report(report, out)
        _print_waiting(state, out)
    return EXIT_CONFLICTS if state.conflicts else 0


def _unreachable(
    args: argparse.Namespace, username: str, password: str, reason: str, out: TextIO
) -> int:
    """The central database is away: say so, with what the cache holds, exit code 5."""
    if cache_exists(username):  # a damaged one too: it is said, never replaced
        cache = _open_for_offline(username)
        try:
            identity = sign_in_offline(cache, username, password)
        except BaseException:
            cache.close()
            raise
        with closing(_desk(identity, cache, None, online=False)) as desk:
            state = desk.sync_state(online=False, problem=reason)
        if args.json:
            emit_json({"state": state.as_dict()}, out)
        sys.stderr.write(f"cumuldesk: {reason}\ncumuldesk: {state.describe()}\n")
    else:
        sys.stderr.write(f"cumuldesk: {reason}\n")
    return DatabaseUnavailable.exit_code


def _open_for_offline(username: str) -> LocalCache:
    return offering_rebuild(username, lambda: open_cache(username))


def _watch(args: argparse.Namespace, out: TextIO) -> int:
    if args.interval < 1:
        raise BadInput("--interval is at least 1 second")
    identity, verifier = signed_in_for_cache(args, "sync --watch")

    shown: list[tuple[object, ...]] = []

    def on_state(state: SyncState) -> None:
        # one line when something changes (online or not, what waits, the problem),
        # not one per quiet round
        seen = (state.online, state.pending, state.conflicts, state.rejected, state.problem)
        if shown and shown[-1] == seen:
            return
        shown.append(seen)
        moment = datetime.now().strftime("%H:%M:%S")
        line = f"{moment} {state.describe()}"
        if state.problem and state.online is False:
            line += f" ({state.problem})"
        out.write(line + "\n")
        out.flush()

    def on_report(report: SyncReport) -> None:
        pushed, pulled = report.pushed, report.pulled
        moved = (
            pushed.applied
            + pushed.conflicts
            + pushed.rejected
            + pulled.new_dossiers
            + pulled.changed_dossiers
            + pulled.removed_dossiers
        )
        if moved:
            out.write(datetime.now().strftime("%H:%M:%S") + " ")
            _print_report(report, out)
            out.flush()

    cache = _open_for(identity, verifier, create=True, central=_connect)
    with closing(_desk(identity, cache, _connect)) as desk, _ctrl_c_cancels() as stop:
        loop = desk.sync_loop(
            interval=args.interval,
            on_state=on_state,
            on_report=on_report,
            progress=_StageProgress(),
        )
        try:
            loop.run(stop)
        except KeyboardInterrupt:
            pass
    out.write("sync stopped\n")
    return 0


# ------------------------------------------------------------------ status & co.


def _desk_for_command(args: argparse.Namespace, action: str) -> Desk:
    """The desk of a command on the cache alone: signed in online when the central
    database answers, else offline; its `try_connect` reaches the central database."""
    identity, verifier = signed_in_for_cache(args, action)
    return _desk(identity, _open_for(identity, verifier), _connect)


def run_status(args: argparse.Namespace, out: TextIO) -> int:
    with closing(_desk_for_command(args, "sync status")) as desk:
        online = _reachable(desk)
        state = desk.sync_state(online=online)
        if args.json:
            emit_json({"state": state.as_dict(), "items": desk.waiting_changes_json()}, out)
            return 0
        waiting = desk.waiting_changes()
    out.write(f"{desk.identity.username}: {state.describe()}\n")
    for change in waiting:
        out.write(_change_line(change) + "\n")
    return 0


def _reachable(desk: Desk) -> bool:
    central = desk.try_connect()
    if central is None:
        return False
    central.close()
    return True


_KIND_WORDS = {  # what a change carries, in words
    ItemKind.NOTE: "a note",
    ItemKind.CASE: "a case change",
    ItemKind.LETTER: "a letter",
    ItemKind.AUDIT: "an audit event",
}


def _change_line(change: WaitingChange) -> str:
    reference = "a case no longer in your cache" if change.case is None else change.case.reference
    kind = _KIND_WORDS.get(change.kind, change.kind.value)
    line = f"  {change.key[:8]}  {change.state:<9} {kind} on {terminal_line(reference)}"
    if change.state == REJECTED and change.reason:
        line += f": {terminal_line(change.reason)}"
    return line


def run_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    with closing(_desk_for_command(args, "sync conflicts")) as desk:
        if args.json:
            shown = desk.waiting_changes_json(conflicts_only=True)
            emit_json(shown, out)
            return EXIT_CONFLICTS if shown else 0
        conflicts = [change for change in desk.waiting_changes() if change.state == CONFLICT]
    if not conflicts:
        out.write("No conflicts.\n")
        return 0
    for change in conflicts:
        out.write(_change_line(change) + "\n")
        changed = change.central_changed_at
        if changed:
            moment = changed.astimezone().strftime("%d/%m/%Y %H:%M")
            out.write(f"    the central version was changed on {moment}\n")
        out.write(f"    {'field':<18} {'yours':<24} central version\n")
        for versions in sorted(change.fields, key=lambda v: v.field):
            out.write(
                f"    {versions.field:<18} {_show(versions.mine):<24} {_show(versions.theirs)}\n"
            )
        out.write(
            f"    keep yours:   cumuldesk sync resolve {change.key[:8]} --keep mine\n"
            f"    keep central: cumuldesk sync resolve {change.key[:8]} --keep theirs\n"
        )
    return EXIT_CONFLICTS


def _show(value: Any) -> str:
    return "-" if value is None else terminal_line(value)


def _find(desk: Desk, prefix: str, state: str) -> WaitingChange:
    prefix = prefix.strip().lower()
    if len(prefix) < 6:
        raise BadInput("give at least the first 6 characters of the key")
    found = [c for c in desk.waiting_changes() if c.state == state and c.key.startswith(prefix)]
    if not found:
        raise BadInput(f"no {state} item with key {prefix}")
    if len(found) > 1:
        raise BadInput(f"more than one {state} item starts with {prefix}: give more characters")
    return found[0]


def run_resolve(args: argparse.Namespace, out: TextIO) -> int:
    keep = Keep(args.keep)
    with closing(_desk_for_command(args, "sync resolve")) as desk:
        change = _find(desk, args.key, CONFLICT)
        new_key = desk.resolve_conflict_by_key(change.key, keep)
        state = desk.sync_state(online=None)
    if args.json:
        emit_json({"key": change.key, "kept": args.keep, "new_key": new_key}, out)
        return 0
    if keep is Keep.MINE:
        out.write(
            "Your version is kept; it is pushed at the next sync "
            f"({state.pending} change(s) waiting).\n"
        )
    else:
        out.write("The central version is kept; your change was dropped.\n")
    return 0


def run_dismiss(args: argparse.Namespace, out: TextIO) -> int:
    with closing(_desk_for_command(args, "sync dismiss")) as desk:
        change = _find(desk, args.key, REJECTED)
        desk.dismiss_refused(change)
    if args.json:
        emit_json({"key": change.key, "dismissed": True}, out)
    else:
        out.write("The refused change was dropped.\n")
    return 0
