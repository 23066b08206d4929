"""`cumuldesk cache status|fill|rebuild`: the handler's encrypted local cache."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from cumuldesk.commands.central import central_for_command
from cumuldesk.errors import BadInput
from cumuldesk.services.authorization import USER_ENV
from cumuldesk.services.cache_service import (
    FillResult,
    cache_status,
    fill_cache,
    rebuild_cache,
)
from cumuldesk.storage.cache import CacheDamaged, CacheLocked, CacheMismatch
from cumuldesk.storage.keys import KeyUnavailable

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
        command.add_argument(
            "--user",
            default=os.environ.get(USER_ENV),
            help=f"the handler whose cache it is (default: ${USER_ENV})",
        )
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
    add(
        "rebuild",
        "delete the cache and its key, and fill a new cache from the central database with "
        "the cases of the handler's team",
        run_rebuild,
    )


def _user(args: argparse.Namespace) -> str:
    if not args.user:
        raise BadInput(f"say whose cache with --user USERNAME (or {USER_ENV})")
    return str(args.user)


def offering_rebuild(username: str, action: Callable[[], T]) -> T:
    """Run `action`; a cache that cannot be opened is reported with the way out."""
    try:
        return action()
    except KeyUnavailable:
        raise
    except (CacheLocked, CacheDamaged, CacheMismatch) as exc:
        raise type(exc)(
            f"{exc}. To rebuild the local cache from the central database, run: "
            f"cumuldesk cache rebuild --user {username}"
        ) from None


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\rstoring dossiers: {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
    else:
        sys.stderr.write(f"storing dossiers: {done}/{total}\n")
    sys.stderr.flush()


def _emit_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, indent=2)
    out.write("\n")


def run_status(args: argparse.Namespace, out: TextIO) -> int:
    username = _user(args)
    status = offering_rebuild(username, lambda: cache_status(username))
    if args.json:
        _emit_json(status.as_dict(), out)
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
        _emit_json(
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
    username = _user(args)
    central = central_for_command()
    try:
        result = offering_rebuild(
            username, lambda: fill_cache(central, username, args.insz, progress=_progress)
        )
    finally:
        central.close()
    _print_fill(result, args, out, "Filled")
    return 0


def run_rebuild(args: argparse.Namespace, out: TextIO) -> int:
    username = _user(args)
    central = central_for_command()
    try:
        result = rebuild_cache(central, username, progress=_progress)
    finally:
        central.close()
    _print_fill(result, args, out, "Rebuilt")
    return 0
