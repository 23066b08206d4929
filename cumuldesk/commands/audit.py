"""`cumuldesk audit verify`: check the hash chain of an audit trail (local or central)."""

from __future__ import annotations

import argparse
import os
from typing import Any, TextIO

from cumuldesk.commands.cache import offering_rebuild, signed_in_for_cache
from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import PASSWORD_ENV, credentials
from cumuldesk.commands.support import emit_json
from cumuldesk.errors import BadInput, IntegrityProblem
from cumuldesk.services.authorization import USER_ENV, require_supervisor
from cumuldesk.services.cache_service import verify_cache_trail, verify_central_trail
from cumuldesk.services.central import sign_in_central
from cumuldesk.storage.audit import VerifyResult


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="the audit trail", description="The audit trail.")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check that no audit event was changed, removed or reordered",
        description="Check the hash chain of the audit trail kept in a handler's local cache "
        "(--user) or, for a supervisor, in the central database (--central --user). Exit "
        "code 0 when the chain is intact, 6 when it is not (each problem names the event).",
    )
    verify.add_argument(
        "--user",
        default=os.environ.get(USER_ENV),
        metavar="USERNAME",
        help=f"sign in with this account (default: ${USER_ENV}); the password is asked, or "
        f"taken from ${PASSWORD_ENV} when that is set. Alone: verify this handler's local "
        "trail",
    )
    verify.add_argument(
        "--central",
        action="store_true",
        help="verify the central trail instead (supervisors)",
    )
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace, out: TextIO) -> int:
    if args.central:
        where = "central audit trail"
        username, password = credentials(args, "audit verify --central")
        central = central_for_command(credentials=(username, password))
        try:
            identity = sign_in_central(central, username, password)
            require_supervisor(central.sessions, identity, "audit verify --central")
            result = verify_central_trail(central)
        finally:
            central.close()
    elif args.user:
        identity, verifier = signed_in_for_cache(args, "audit verify")
        username = identity.username
        where = f"local audit trail of {username}"
        result: VerifyResult = offering_rebuild(
            username, lambda: verify_cache_trail(username, remember=verifier)
        )
    else:
        raise BadInput(
            f"say which trail: --user USERNAME (local cache, or {USER_ENV}), or --central "
            "--user SUPERVISOR"
        )
    if args.json:
        emit_json(
            {
                "trail": "central" if args.central else "local",
                "user": None if args.central else args.user,
                "events": result.events,
                "intact": result.ok,
                "problems": [
                    {"seq": p.seq, "kind": p.kind, "message": p.message} for p in result.problems
                ],
            },
            out,
        )
    elif result.ok:
        out.write(f"{where}: {result.events} events, chain intact\n")
    else:
        for problem in result.problems:
            out.write(f"{problem.message}\n")
        out.write(
            f"{where}: {result.events} events, {len(result.problems)} problem(s): "
            "the trail was changed outside CumulDesk\n"
        )
    return 0 if result.ok else IntegrityProblem.exit_code
