"""`cumuldesk audit verify|checkpoint|keygen`: check the hash chain of an audit trail
(local or central), and keep signed checkpoints of the central one outside the database
(docs/audit-integrity.md).

A verification reads everything first and records only after (the sign-in, then an
`audit_verified` event with the counts): its own events never re-anchor a cut chain.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, TextIO

from cumuldesk.commands.cache import offering_rebuild, signed_in_for_cache
from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.central_admin import add_admin_url, admin_url_of
from cumuldesk.commands.signin import PASSWORD_ENV, credentials, username_of
from cumuldesk.commands.support import ctrl_c_deferred, emit_json, when_cancelled
from cumuldesk.errors import BadInput, IntegrityProblem
from cumuldesk.services.accounts.identity import USER_ENV
from cumuldesk.services.accounts.signin import remember_offline
from cumuldesk.services.audit.checkpoint import (
    Checkpoint,
    generate_keys,
    load_private_key,
    load_public_key,
    make_checkpoint,
    read_checkpoint,
)
from cumuldesk.services.audit.trails import (
    CentralTrail,
    trail_as_administrator,
    trail_as_supervisor,
    verify_local,
)
from cumuldesk.services.cache_service import open_cache
from cumuldesk.storage.audit import VerifyResult, chain_cut_from, check_snapshot, utcnow


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


def _open(args: argparse.Namespace, action: str) -> CentralTrail:
    if args.admin_url:
        return trail_as_administrator(admin_url_of(args))
    if not args.user:
        raise BadInput(
            f"say who runs {action}: --user SUPERVISOR (or {USER_ENV}), or --admin-url URL"
        )
    username, password = credentials(args, action)
    central = central_for_command(credentials=(username, password))
    return trail_as_supervisor(central, username, password, action)


# -------------------------------------------------------------------------- verify


def _checkpoint_of(args: argparse.Namespace) -> Checkpoint | None:
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
        with _open(args, action) as trail:
            result = trail.verify(action, checkpoint)
            note = trail.record_verification(result)
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
        result = verify_local(cache)
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
    with _open(args, "audit checkpoint") as trail:
        snapshot = trail.snapshot("audit checkpoint")
        result = check_snapshot(snapshot)
        if not result.ok:
            note = trail.record_verification(result)
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
        actor = trail.sign_in()
        checkpoint = make_checkpoint(
            snapshot,
            database=trail.database,
            made_by=actor,
            now=utcnow(),
            public_key=private_key.public_key(),
        )
        with ctrl_c_deferred():  # the file and its audit event go together
            trail.write_checkpoint(args.out, checkpoint, private_key, actor=actor, result=result)
            when_cancelled(f"the checkpoint was written before the stop ({args.out})")
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
    with trail_as_administrator(admin_url_of(args)) as trail:
        cut, event = trail.accept_cut()
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
