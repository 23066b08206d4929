"""`cumuldesk audit verify|checkpoint|keygen`: check the hash chain of an audit trail
(local or central), and keep signed checkpoints of the central one outside the database
(docs/audit-integrity.md).

A verification reads everything first and records only after (the sign-in, then an
`audit_verified` event with the counts): its own events never re-anchor a cut chain.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.commands.cache import offering_rebuild, signed_in_for_cache
from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.central_admin import add_admin_url, admin_url_of
from cumuldesk.commands.signin import PASSWORD_ENV, credentials, username_of
from cumuldesk.commands.support import ctrl_c_deferred, emit_json, when_cancelled
from cumuldesk.errors import BadInput, IntegrityProblem, NotAllowed
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.identity import USER_ENV
from cumuldesk.services.accounts.signin import remember_offline
from cumuldesk.services.audit.checkpoint import (
    compare,
    generate_keys,
    load_private_key,
    load_public_key,
    make_checkpoint,
    read_checkpoint,
    write_checkpoint,
)
from cumuldesk.services.audit.integrity import summary_details, verify_central
from cumuldesk.services.cache_service import open_cache
from cumuldesk.services.central.connect import sign_in_central
from cumuldesk.storage.audit import (
    VerifyResult,
    accept_cut,
    chain_cut_from,
    check_snapshot,
    read_snapshot,
    record,
    utcnow,
    verify_trail,
)
from cumuldesk.storage.database import (
    DatabaseUnavailable,
    describe_url,
    has_schema,
    open_central,
    session_factory,
)

T = TypeVar("T")
VERIFIED = "audit_verified"
_INSUFFICIENT_PRIVILEGE = "42501"


def register(sub: Any) -> None:
    audit = sub.add_parser(
        "audit",
        help="the audit trail",
        description="The audit trail: verify it, keep signed checkpoints of the central "
        "trail outside the database (docs/audit-integrity.md).",
    )
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check that no audit event was changed, removed or reordered",
        description="Check the hash chain of the audit trail kept in a handler's local cache "
        "(--user) or, for a supervisor, in the central database (--central --user), or as "
        "the database's administrator (--admin-url). The central check also compares every "
        "finalised letter with its hash in the chain and, with --checkpoint and "
        "--public-key, the events with a signed checkpoint. Reads first, records after. "
        "Exit code 0 when the trail is intact, 6 when it is not (each problem names the "
        "event, a cut end included), 2 for a bad key or checkpoint file.",
    )
    _add_user(verify, "Alone: verify this handler's local trail")
    verify.add_argument(
        "--central",
        action="store_true",
        help="verify the central trail instead (supervisors)",
    )
    add_admin_url(verify, required=False)
    verify.add_argument(
        "--checkpoint",
        type=Path,
        metavar="FILE",
        help="a checkpoint made by `cumuldesk audit checkpoint`: prove that no event up to "
        "it was rewritten since (central trail; needs --public-key)",
    )
    verify.add_argument(
        "--public-key",
        type=Path,
        metavar="FILE",
        help="the public key the checkpoint was signed with (`cumuldesk audit keygen`)",
    )
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(handler=run_verify)

    checkpoint = actions.add_parser(
        "checkpoint",
        help="write a signed checkpoint of the central trail (to keep outside the database)",
        description="Verify the central trail, then write the number and hash of its newest "
        "event (and of evenly spaced earlier ones), the time and the database, signed with "
        "the private key of `cumuldesk audit keygen`, to a new file. Keep the file and the "
        "key away from the database server and the laptops. Exit code 0 when written, 6 "
        "when the trail is not intact (nothing written), 2 for bad input.",
    )
    checkpoint.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the new checkpoint file"
    )
    checkpoint.add_argument(
        "--key", type=Path, required=True, metavar="PRIVATE", help="the private key file"
    )
    _add_user(checkpoint, "a supervisor")
    add_admin_url(checkpoint, required=False)
    checkpoint.add_argument("--json", action="store_true", help="print JSON")
    checkpoint.set_defaults(handler=run_checkpoint)

    accept = actions.add_parser(
        "accept-cut",
        help="let recording resume after a cut end that cannot be restored (administrator)",
        description="A trail whose end was cut refuses every new event (and so every "
        "sign-in) until its administrator deals with it. First restore the missing events "
        "from a backup if there is one; if not, this records an audit_cut_accepted event "
        "that says what was cut and moves the head to it. Every later verification names "
        "the accepted cut; checkpoints made before it still show the missing events. Exit "
        "code 0 when accepted, 2 when the trail is not cut.",
    )
    add_admin_url(accept)
    accept.add_argument("--json", action="store_true", help="print JSON")
    accept.set_defaults(handler=run_accept_cut)

    keygen = actions.add_parser(
        "keygen",
        help="make the key pair that signs checkpoints",
        description="Make a new Ed25519 key pair for checkpoints: the private key file "
        "(mode 0600) signs them, the public key file checks them. Neither file is ever "
        "overwritten.",
    )
    keygen.add_argument("--private", type=Path, required=True, metavar="FILE")
    keygen.add_argument("--public", type=Path, required=True, metavar="FILE")
    keygen.add_argument("--json", action="store_true", help="print JSON")
    keygen.set_defaults(handler=run_keygen)


def _add_user(command: argparse.ArgumentParser, alone: str) -> None:
    command.add_argument(
        "--user",
        default=os.environ.get(USER_ENV),
        metavar="USERNAME",
        help=f"sign in with this account (default: ${USER_ENV}); the password is asked, or "
        f"taken from ${PASSWORD_ENV} when that is set. {alone}",
    )


# ------------------------------------------------------------------ the central trail


@dataclass
class _Central:
    """The central database for reading first and signing in (and recording) after."""

    sessions: sessionmaker[Session]
    database: str
    sign_in: Callable[[], str]  # authenticates; returns the actor (NotAllowed otherwise)
    close: Callable[[], None]


def _as_administrator(args: argparse.Namespace) -> _Central:
    url = admin_url_of(args)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise BadInput("--admin-url is not a valid database URL") from None
    engine = open_central(url, must_exist=True)
    try:
        if not has_schema(engine):
            raise DatabaseUnavailable(f"{describe_url(url)} holds no CumulDesk database")
    except BaseException:
        engine.dispose()
        raise
    actor = parsed.username or "administrator"
    return _Central(session_factory(engine), describe_url(url), lambda: actor, engine.dispose)


def _as_supervisor(args: argparse.Namespace, action: str) -> _Central:
    username, password = credentials(args, action)
    central = central_for_command(credentials=(username, password))

    def sign_in() -> str:
        identity = sign_in_central(central, username, password)
        return require_supervisor(central.sessions, identity, action).username

    return _Central(central.sessions, describe_url(central.config.url), sign_in, central.close)


def _open(args: argparse.Namespace, action: str) -> _Central:
    if args.admin_url:
        return _as_administrator(args)
    if not args.user:
        raise BadInput(
            f"say who runs {action}: --user SUPERVISOR (or {USER_ENV}), or --admin-url URL"
        )
    return _as_supervisor(args, action)


def _read(central: _Central, action: str, read: Callable[[Session], T]) -> T:
    """`read` in one session, before anything is recorded. A connection that may not
    read the trail (a handler's own login on the production set-up) is refused as
    `require_supervisor` refuses it (signed in, audited)."""
    try:
        with central.sessions() as session:
            return read(session)
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"lost the central database while reading ({type(exc.orig).__name__})"
        ) from None
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != _INSUFFICIENT_PRIVILEGE:
            raise
    central.sign_in()  # records the sign-in and, for a handler, the refusal
    raise NotAllowed(f"{action} is for supervisors only")


def _sign_in_and_record(central: _Central, result: VerifyResult) -> str | None:
    """Sign in and record the verification, after it read everything. A trail that is
    not intact may refuse new events (a cut end): then the report is still given, with
    a note (returned) that nothing was recorded."""
    try:
        actor = central.sign_in()
        with central.sessions.begin() as session:
            record(session, actor, VERIFIED, details=summary_details(result))
    except NotAllowed:
        raise
    except (IntegrityProblem, DBAPIError) as exc:
        if result.ok:
            raise
        cut = chain_cut_from(exc)
        reason = str(cut) if cut is not None else "the central database refused it"
        return f"this verification was not recorded in the trail: {reason}"
    return None


# -------------------------------------------------------------------------- verify


def _checkpoint_of(args: argparse.Namespace) -> Any:
    """The checkpoint given, its signature checked (before any database is opened)."""
    if args.checkpoint is None and args.public_key is None:
        return None
    if args.checkpoint is None or args.public_key is None:
        raise BadInput("--checkpoint FILE and --public-key FILE go together")
    if not (args.central or args.admin_url):
        raise BadInput("a checkpoint is of the central trail: add --central (or --admin-url)")
    return read_checkpoint(args.checkpoint, load_public_key(args.public_key))


def run_verify(args: argparse.Namespace, out: TextIO) -> int:
    checkpoint = _checkpoint_of(args)
    note: str | None = None
    if args.central or args.admin_url:
        where = "central audit trail"
        action = "audit verify --central"
        central = _open(args, action)
        try:
            with_checkpoint = None if checkpoint is None else (lambda s: compare(s, checkpoint))
            _, result = _read(
                central, action, lambda session: verify_central(session, compare=with_checkpoint)
            )
            note = _sign_in_and_record(central, result)
        finally:
            central.close()
    elif args.user:
        username = username_of(args, "audit verify")
        where = f"local audit trail of {username}"
        result, note = offering_rebuild(username, lambda: _verify_local(args, username))
    else:
        raise BadInput(
            f"say which trail: --user USERNAME (local cache, or {USER_ENV}), or --central "
            "--user SUPERVISOR, or --admin-url URL"
        )
    central_trail = bool(args.central or args.admin_url)
    if args.json:
        emit_json(
            {
                "trail": "central" if central_trail else "local",
                "user": None if central_trail else args.user,
                "events": result.events,
                "intact": result.ok,
                "problems": [
                    {"seq": p.seq, "kind": p.kind, "message": p.message} for p in result.problems
                ],
                "notes": list(result.notes),
                "recorded": note is None,
            },
            out,
        )
    else:
        for problem in result.problems:
            out.write(f"{problem.message}\n")
        for line in result.notes:
            out.write(f"{line}\n")
        if note:
            out.write(f"{note}\n")
        if result.ok:
            out.write(f"{where}: {result.events} events, chain intact\n")
        else:
            out.write(
                f"{where}: {result.events} events, {len(result.problems)} problem(s): "
                "the trail was changed outside CumulDesk\n"
            )
    return 0 if result.ok else IntegrityProblem.exit_code


def _verify_local(args: argparse.Namespace, username: str) -> tuple[VerifyResult, str | None]:
    """The local trail, read before signing in (an offline sign-in records in it)."""
    with open_cache(username) as cache:
        with cache.sessions() as session:
            result = verify_trail(session)
        try:
            _identity, verifier = signed_in_for_cache(args, "audit verify")
        except IntegrityProblem as exc:
            cut = chain_cut_from(exc)
            if result.ok or cut is None:
                raise
            return result, f"this verification was not recorded in the trail: {cut}"
        if verifier is not None:
            remember_offline(cache, verifier)
    return result, None


# ---------------------------------------------------------------------- checkpoint


def run_checkpoint(args: argparse.Namespace, out: TextIO) -> int:
    if args.out.exists():
        raise BadInput(
            f"{args.out} exists already: a checkpoint file is never overwritten (choose "
            "another name)"
        )
    private_key = load_private_key(args.key)
    central = _open(args, "audit checkpoint")
    try:
        snapshot = _read(central, "audit checkpoint", read_snapshot)
        result = check_snapshot(snapshot)
        if not result.ok:
            note = _sign_in_and_record(central, result)
            for problem in result.problems:
                out.write(f"{problem.message}\n")
            if note:
                out.write(f"{note}\n")
            out.write(
                f"central audit trail: {result.events} events, {len(result.problems)} "
                "problem(s): no checkpoint written (a checkpoint vouches only for an intact "
                "trail)\n"
            )
            return IntegrityProblem.exit_code
        actor = central.sign_in()
        checkpoint = make_checkpoint(
            snapshot,
            database=central.database,
            made_by=actor,
            now=utcnow(),
            public_key=private_key.public_key(),
        )
        with ctrl_c_deferred():  # the file and its audit event go together
            write_checkpoint(args.out, checkpoint, private_key)
            with central.sessions.begin() as session:
                record(session, actor, VERIFIED, details=summary_details(result))
            when_cancelled(f"the checkpoint was written before the stop ({args.out})")
    finally:
        central.close()
    if args.json:
        emit_json(
            {
                "file": str(args.out),
                "seq": checkpoint.seq,
                "hash": checkpoint.hash,
                "event_at": checkpoint.event_at,
                "made_at": checkpoint.made_at,
                "database": checkpoint.database,
                "key_id": checkpoint.key_id,
            },
            out,
        )
    else:
        out.write(
            f"checkpoint written to {args.out}: event {checkpoint.seq} (hash "
            f"{checkpoint.hash[:16]}...), signed with key {checkpoint.key_id}. Keep it away "
            "from the database server; check with cumuldesk audit verify --central "
            f"--checkpoint {args.out} --public-key PUBLIC-KEY-FILE\n"
        )
    return 0


# ---------------------------------------------------------------------- accept-cut


def run_accept_cut(args: argparse.Namespace, out: TextIO) -> int:
    central = _as_administrator(args)
    try:
        actor = central.sign_in()
        with central.sessions.begin() as session:
            cut, event = accept_cut(session, actor)
    finally:
        central.close()
    if args.json:
        emit_json({"cut": cut, "seq": event.seq, "hash": event.hash}, out)
        return 0
    out.write(
        f"cut accepted: {cut}. Event {event.seq} records it and recording resumes; make a "
        "new checkpoint now (cumuldesk audit checkpoint).\n"
    )
    return 0


# -------------------------------------------------------------------------- keygen


def run_keygen(args: argparse.Namespace, out: TextIO) -> int:
    with ctrl_c_deferred():  # both key files or neither (a moment)
        fingerprint = generate_keys(args.private, args.public)
        when_cancelled(f"the key pair was made before the stop ({args.private}, {args.public})")
    if args.json:
        emit_json(
            {"private": str(args.private), "public": str(args.public), "key_id": fingerprint},
            out,
        )
        return 0
    out.write(
        f"key pair {fingerprint} made: private key {args.private} (mode 0600: keep it away "
        f"from the database server and the laptops), public key {args.public}\n"
    )
    return 0
