"""`cumuldesk cache status|fill|rebuild`: the handler's encrypted local cache."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import add_user_option, credentials
from cumuldesk.commands.support import emit_json, when_cancelled
from cumuldesk.errors import BadInput
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import OfflineVerifier, offline_verifier, sign_in_offline
from cumuldesk.services.cache_service import (
    CacheCondition,
    FillResult,
    RebuildResult,
    cache_exists,
    cache_status,
    fill_cache,
    offering_way_out,
    open_cache,
    rebuild_cache,
)
from cumuldesk.services.central.connect import Central, sign_in_central
from cumuldesk.storage.database import DatabaseUnavailable

T = TypeVar("T")


def register(sub: Any) -> None:
    cache = sub.add_parser(
        "cache",
        help="the handler's encrypted local cache: status, fill, rebuild",
        description="The local cache holds the dossiers a handler works on, in an SQLCipher-"
        "encrypted file in the data folder; its key is in the system keyring (or derived "
        "from a passphrase where there is none).",
    )
    actions = cache.add_subparsers(dest="cache_command", metavar="ACTION", required=True)

    def add(name: str, help_text: str, handler: Callable[[argparse.Namespace, TextIO], int]):
        command = actions.add_parser(name, help=help_text, description=help_text)
        add_user_option(command, "the handler whose cache it is")
        command.add_argument("--json", action="store_true", help="print JSON")
        command.set_defaults(handler=handler)
        return command

    add("status", "path, size, number of dossiers and owner of the cache", run_status)
    fill = add(
        "fill",
        "copy dossiers from the central database into the cache (default: the cases of the "
        "handler's team)",
        run_fill,
    )
    fill.add_argument("--insz", nargs="+", metavar="INSZ", help="only these persons")
    rebuild = add(
        "rebuild",
        "replace the cache and its key with new ones, filled from the central database with "
        "the cases of the handler's team. Refused when that would lose work: while the cache "
        "holds changes not yet pushed (exit 2), when it does not open with the key had (a "
        "wrong passphrase: exit 5) or is damaged (exit 6); unless --discard-unpushed, which "
        "says how many changes are lost (or that they cannot be counted), asks to type the "
        "username, and keeps the old cache in a private backup folder beside it",
        run_rebuild,
    )
    rebuild.add_argument(
        "--discard-unpushed",
        action="store_true",
        help="rebuild even though the changes made in this cache that are not in the central "
        "database yet (or cannot be counted, when it does not open) are lost; asks to type "
        "the username to confirm",
    )
    rebuild.add_argument(
        "--confirm",
        metavar="USERNAME",
        help="with --discard-unpushed, for scripts: the username, given as the typed "
        "confirmation that those changes may be lost",
    )


def offering_rebuild(
    username: str,
    action: Callable[[], T],
    *,
    central: Central | Callable[[], Central] | None = None,
    during: str = "open",
) -> T:
    """Run `action`; a cache that cannot be opened is reported with the way out. With
    `central` (or a way to reach it), a damaged cache is recorded in the central trail."""
    return offering_way_out(username, action, central=central, during=during)


def signed_in_for_cache(
    args: argparse.Namespace, action: str
) -> tuple[Identity, OfflineVerifier | None]:
    """Sign in for a command that needs only the local cache: against the central
    database when it can be reached (then also returns the verifier to keep in the
    cache, which a new cache needs for its first offline sign-in), else offline against
    the cache, with a note on stderr."""
    username, password = credentials(args, action)
    try:
        central = central_for_command()
    except DatabaseUnavailable as exc:
        return _offline(username, password, str(exc)), None
    try:
        identity = sign_in_central(central, username, password)
    finally:
        central.close()
    return identity, offline_verifier(identity, password)


def _offline(username: str, password: str, reason: str) -> Identity:
    if not cache_exists(username):
        raise DatabaseUnavailable(
            f"{reason}; {username} has no local cache to sign in with offline"
        )

    def attempt() -> Identity:
        with open_cache(username) as cache:
            return sign_in_offline(cache, username, password)

    identity = offering_rebuild(username, attempt)
    sys.stderr.write(f"cumuldesk: {reason}: signed in offline with the local cache of {username}\n")
    return identity


def _progress(done: int, total: int) -> None:
    when_cancelled(  # each chunk of dossiers is one cache transaction
        f"at least {done} of {total} dossiers were stored in the local cache before the "
        "stop, each one whole; `cumuldesk cache fill` stores the rest"
    )
    if sys.stderr.isatty():
        sys.stderr.write(f"\rstoring dossiers: {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
    else:
        sys.stderr.write(f"storing dossiers: {done}/{total}\n")
    sys.stderr.flush()


def run_status(args: argparse.Namespace, out: TextIO) -> int:
    identity, verifier = signed_in_for_cache(args, "cache status")
    username = identity.username
    status = offering_rebuild(username, lambda: cache_status(username, remember=verifier))
    if args.json:
        emit_json(status.as_dict(), out)
        return 0
    if not status.exists:
        out.write(
            f"{username} has no local cache yet (it will be {status.path}); "
            f"fill it with: cumuldesk cache fill --user {username}\n"
        )
        return 0
    key = "system keyring" if status.key_source == "keyring" else "passphrase (scrypt)"
    out.write(
        f"Local cache of {status.owner or username}\n"
        f"  file:        {status.path}\n"
        f"  size:        {status.size_bytes:,} bytes, encrypted (SQLCipher)\n"
        f"  key:         {key}\n"
        f"  dossiers:    {status.dossiers}\n"
        f"  audit trail: {status.audit_events} events\n"
        f"  filled from: {status.central or '-'}\n"
        f"  created:     {status.created_at or '-'}; last filled: {status.filled_at or '-'}\n"
    )
    return 0


def _print_fill(result: FillResult, args: argparse.Namespace, out: TextIO, verb: str) -> None:
    if args.json:
        emit_json(
            {
                "stored": result.stored,
                "requested": result.requested,
                "not_found": result.not_found,
                "team": result.team,
            },
            out,
        )
        return
    which = f"the cases of team {result.team}" if result.team else "the persons asked for"
    out.write(f"{verb}: {result.stored} dossiers stored in the local cache ({which})\n")
    if result.not_found:
        out.write(f"{result.not_found} of the INSZ given are not in the central database\n")


def run_fill(args: argparse.Namespace, out: TextIO) -> int:
    username, password = credentials(args, "cache fill")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        verifier = offline_verifier(identity, password)
        result = offering_rebuild(
            identity.username,
            lambda: fill_cache(central, identity, args.insz, progress=_progress, remember=verifier),
        )
    finally:
        central.close()
    _print_fill(result, args, out, "Filled")
    return 0


def _typed_confirmation(
    args: argparse.Namespace, username: str
) -> Callable[[CacheCondition], str | None]:
    """Say on stderr what the rebuild throws away, then take the username typed at the
    terminal (or given with --confirm)."""

    def confirm(condition: CacheCondition) -> str | None:
        sys.stderr.write(
            f"cumuldesk cache rebuild: the local cache of {username} will be replaced: "
            f"{condition.loss()}. The old file is kept in a private backup folder beside it.\n"
        )
        if args.confirm is not None:
            return str(args.confirm)
        if not sys.stdin.isatty():
            raise BadInput(
                "cache rebuild --discard-unpushed: confirm by typing the username at a "
                f"terminal, or give --confirm {username}; nothing was deleted"
            )
        sys.stderr.write(f"Type the username ({username}) to throw them away and rebuild: ")
        sys.stderr.flush()
        return sys.stdin.readline().strip()

    return confirm


def run_rebuild(args: argparse.Namespace, out: TextIO) -> int:
    if args.confirm is not None and not args.discard_unpushed:
        raise BadInput("--confirm goes with --discard-unpushed")
    username, password = credentials(args, "cache rebuild")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        verifier = offline_verifier(identity, password)
        result = rebuild_cache(
            central,
            identity,
            progress=_progress,
            remember=verifier,
            discard_unpushed=args.discard_unpushed,
            confirm=_typed_confirmation(args, identity.username),
        )
    finally:
        central.close()
    _print_rebuild(result, args, out)
    return 0


def _print_rebuild(result: RebuildResult, args: argparse.Namespace, out: TextIO) -> None:
    backup = None if result.backup is None else str(result.backup)
    if args.json:
        emit_json(
            {
                "stored": result.stored,
                "requested": result.requested,
                "not_found": result.not_found,
                "team": result.team,
                "discarded": result.discarded,
                "backup": backup,
            },
            out,
        )
        return
    _print_fill(result, args, out, "Rebuilt")
    if result.condition is not None and result.condition.at_risk:
        lost = result.discarded
        what = "changes that could not be counted" if lost is None else f"{lost} change(s)"
        where = (
            f"the old cache is kept in {backup} (private; delete it when support no longer "
            "needs it)"
            if backup
            else "the old cache could not be kept as a backup and was deleted"
        )
        out.write(f"Discarded: {what} not pushed; {where}\n")
