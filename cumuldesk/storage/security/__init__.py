"""The PostgreSQL security set-up: group roles, row-level security, the functions through
which clients write, and the grants (`cumuldesk central setup --admin-url URL`).

The SQL lives in the `*.sql` files of this package, applied in the order of their names
by `apply_security`, as the administrator's role (the owner of the database and of every
table and function; it may create roles and is not a superuser). Every file can be run
again: the set-up is re-run after every upgrade.

Layout (see docs/security.md for the model):

- 10_roles.sql      the group roles cumuldesk_handler and cumuldesk_supervisor, the schemas
                    cumuldesk_api (what clients may call) and cumuldesk_internal (helpers
                    only the owner's functions use)
- 20_audit.sql      the server-side audit chain (cumuldesk_internal.append_event, the
                    pseudonym), verification helpers, the letters' immutability
- 30_api.sql        what every handler may call: sign_in, open_dossier, record_event,
                    push_item, central_identity
- 40_supervisor.sql what only supervisors may call: VSB import, purge, law data, the
  letters' sender block, the screening, the answer to VSB's queries
- 50_accounts.sql   handler accounts and their PostgreSQL login roles (owned by the
                    administrator's role, which may create roles)
- 60_policies.sql   row-level security: what each handler may read
- 70_grants.sql     the grants, last (every object exists by then)

Placeholders in the files: `{database}` (the database name, quoted as an identifier) and
`{admin}` (the administrator's role, quoted).
"""

from __future__ import annotations

from importlib import resources

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from cumuldesk.storage.audit import pseudonym_key
from cumuldesk.storage.audit_kinds import SHAPES, as_rows


def sql_files() -> list[tuple[str, str]]:
    """(name, text) of the set-up files, in the order they are applied."""
    folder = resources.files(__name__)
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name, folder.joinpath(name).read_text(encoding="utf-8")) for name in names]


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def apply_security(connection: Connection, *, database: str, admin: str) -> list[str]:
    """Run every set-up file in `connection`'s transaction; returns the names run."""
    done = []
    for name, body in sql_files():
        body = body.replace("{database}", quote_identifier(database)).replace(
            "{admin}", quote_identifier(admin)
        )
        # the driver's own cursor with no parameters: the files' '%' are SQL, not
        # placeholders (format('%I'), LIKE patterns)
        cursor = connection.connection.cursor()
        try:
            cursor.execute(body)
        finally:
            cursor.close()
        done.append(name)
    _copy_event_kinds(connection)
    _ensure_pseudonym_key(connection)
    return done


def _copy_event_kinds(connection: Connection) -> None:
    """The audit events a laptop may write (`cumuldesk.storage.audit_kinds`), as tables."""
    connection.execute(text("DELETE FROM cumuldesk_internal.event_kinds"))
    connection.execute(text("DELETE FROM cumuldesk_internal.event_shapes"))
    for action, details in as_rows():
        connection.execute(
            text(
                "INSERT INTO cumuldesk_internal.event_kinds (action, details)"
                " VALUES (:action, CAST(:details AS jsonb))"
            ),
            {"action": action, "details": details},
        )
    for shape, pattern in SHAPES.items():
        connection.execute(
            text("INSERT INTO cumuldesk_internal.event_shapes (shape, pattern) VALUES (:s, :p)"),
            {"s": shape, "p": pattern},
        )


def _ensure_pseudonym_key(connection: Connection) -> None:
    """The installation's pseudonymisation key, made once here (never by a laptop)."""
    with Session(bind=connection) as session:
        pseudonym_key(session)
        session.flush()
