"""`cumuldesk central check`: are the server's own protections against password guessing
in place? (docs/admin-guide.md, "Slowing password guessing").

On the production set-up a wrong password fails inside PostgreSQL's own authentication,
before any function of ours runs, so guessing can only be slowed by the server:

- `auth_delay` (a contrib module shipped with PostgreSQL) waits after every failed
  authentication: it must be in `shared_preload_libraries` (read at start) and
  `auth_delay.milliseconds` must be more than 0;
- every handler's login role has a connection limit, so that one account (a guessed or
  stolen password) cannot hold many sessions at once;
- at the host, fail2ban (or the like) locks out an address after repeated failures. It
  reads PostgreSQL's log, so the log must name the client's address (`%h` or `%r` in
  `log_line_prefix`), hold the FATAL authentication failures (`log_min_messages`), be a
  text log (`log_destination` stderr or syslog) in English (`lc_messages`: the filter
  matches the English text);
- passwords are stored as SCRAM verifiers (`password_encryption = scram-sha-256`);
- the administrator's role is not a superuser (docs/security.md).

`check_server` connects as the administrator (no superuser right needed: every value is
read from `pg_settings`, `pg_roles` and `pg_auth_members`) and returns each check with
its outcome in words. `shared_preload_libraries` is readable only by superusers and
members of `pg_read_all_settings`; without it, auth_delay counts as loaded when its own
setting exists (a module's settings exist only once it is loaded).

Qt-free; the command is `cumuldesk.commands.central_admin`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, OperationalError

from cumuldesk.storage.database import DatabaseUnavailable, describe_url

MAX_CONNECTIONS = 20  # more than this per handler is no limit worth the name
ADVISED_CONNECTIONS = 10  # what the account functions give each handler login role
NAMES_SHOWN = 10  # roles named in one finding; the rest are counted
# log_min_messages levels, least to most severe: FATAL must be logged
_LEVELS = (
    "debug5",
    "debug4",
    "debug3",
    "debug2",
    "debug1",
    "info",
    "notice",
    "warning",
    "error",
    "log",
    "fatal",
    "panic",
)
_ENGLISH = ("c", "posix", "en")

# the checks, in the order they are reported
ADMIN_NOT_SUPERUSER = "administrator"
AUTH_DELAY_LOADED = "auth_delay"
AUTH_DELAY_MILLISECONDS = "auth_delay.milliseconds"
CONNECTION_LIMITS = "connection limits"
LOG_HOST = "log_line_prefix"
LOG_FAILURES = "log_min_messages"
LOG_TEXT = "log_destination"
LOG_ENGLISH = "lc_messages"
SCRAM = "password_encryption"
ORDER = (
    ADMIN_NOT_SUPERUSER,
    AUTH_DELAY_LOADED,
    AUTH_DELAY_MILLISECONDS,
    CONNECTION_LIMITS,
    LOG_HOST,
    LOG_FAILURES,
    LOG_TEXT,
    LOG_ENGLISH,
    SCRAM,
)


@dataclass(frozen=True)
class Check:
    """One protection: `ok`, and a sentence saying what is there or what is missing and
    how to set it."""

    name: str
    ok: bool
    sentence: str


@dataclass(frozen=True)
class ServerCheck:
    server: str  # engine, database, host and port: no user, no password
    admin: str
    checks: tuple[Check, ...]
    notes: tuple[str, ...]  # what could not be read, where the log goes

    @property
    def missing(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if not check.ok)

    @property
    def ok(self) -> bool:
        return not self.missing


def _settings(connection: Connection) -> dict[str, str]:
    rows = connection.execute(text("SELECT name, setting FROM pg_settings")).all()
    return {str(name): str(setting) for name, setting in rows}


def _readable(connection: Connection, name: str) -> str | None:
    """A setting only superusers and pg_read_all_settings may read: None otherwise."""
    allowed = connection.scalar(
        text(
            "SELECT rolsuper OR pg_has_role(current_user, 'pg_read_all_settings', 'MEMBER')"
            " FROM pg_roles WHERE rolname = current_user"
        )
    )
    if not allowed:
        return None
    return str(connection.scalar(text("SELECT current_setting(:name)"), {"name": name}))


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:NAMES_SHOWN])
    more = len(names) - NAMES_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _admin_check(user: str, superuser: bool) -> Check:
    if superuser:
        return Check(
            ADMIN_NOT_SUPERUSER,
            False,
            f"the administrator's role {user} is a superuser: use a role that owns the "
            "database and may create roles but is not a superuser (CREATE ROLE ... LOGIN "
            "CREATEROLE NOSUPERUSER), so that no function clients call runs with a "
            "superuser's rights",
        )
    return Check(ADMIN_NOT_SUPERUSER, True, f"the administrator's role {user} is not a superuser")


def _auth_delay_checks(settings: dict[str, str], preload: str | None) -> list[Check]:
    defined = AUTH_DELAY_MILLISECONDS in settings
    if preload is not None:
        libraries = [part.strip().strip('"').lower() for part in preload.split(",")]
        loaded = "auth_delay" in libraries
        where = "in shared_preload_libraries"
    else:
        loaded = defined
        where = "loaded (its setting exists)"
    checks = [
        Check(AUTH_DELAY_LOADED, True, f"auth_delay is {where}")
        if loaded
        else Check(
            AUTH_DELAY_LOADED,
            False,
            "auth_delay is not loaded: add 'auth_delay' to shared_preload_libraries in "
            "postgresql.conf and restart PostgreSQL (it waits after every failed password)",
        )
    ]
    milliseconds = settings.get(AUTH_DELAY_MILLISECONDS, "")
    try:
        delay = int(milliseconds)
    except ValueError:
        delay = 0
    if loaded and defined and delay > 0:
        checks.append(
            Check(
                AUTH_DELAY_MILLISECONDS,
                True,
                f"auth_delay.milliseconds is {delay}: every failed sign-in waits "
                f"{delay / 1000:g} s",
            )
        )
    else:
        said = "is 0" if defined else "is not set"
        checks.append(
            Check(
                AUTH_DELAY_MILLISECONDS,
                False,
                f"auth_delay.milliseconds {said}: set auth_delay.milliseconds = 500 (or more) "
                "in postgresql.conf, so that each failed password waits before PostgreSQL "
                "answers",
            )
        )
    return checks


def _connection_limit_check(connection: Connection) -> Check:
    exists = connection.scalar(
        text("SELECT count(*) FROM pg_roles WHERE rolname = 'cumuldesk_handler'")
    )
    if not exists:
        return Check(
            CONNECTION_LIMITS,
            False,
            "the group role cumuldesk_handler does not exist, so the handlers' connection "
            "limits cannot be checked: run cumuldesk central setup first",
        )
    rows = connection.execute(
        text(
            """
            WITH RECURSIVE members(oid) AS (
                SELECT m.member FROM pg_auth_members m
                JOIN pg_roles g ON g.oid = m.roleid
                WHERE g.rolname IN ('cumuldesk_handler', 'cumuldesk_supervisor')
                UNION
                SELECT m.member FROM pg_auth_members m JOIN members ON m.roleid = members.oid
            )
            SELECT r.rolname, r.rolconnlimit, r.rolsuper
            FROM pg_roles r JOIN members ON r.oid = members.oid
            WHERE r.rolcanlogin
            ORDER BY r.rolname
            """
        )
    ).all()
    unlimited = [str(name) for name, limit, _ in rows if limit < 0]
    too_high = [f"{name} ({limit})" for name, limit, _ in rows if limit > MAX_CONNECTIONS]
    superusers = [str(name) for name, _, superuser in rows if superuser]
    problems = []
    if unlimited:
        problems.append(f"{len(unlimited)} without a connection limit: {_names(unlimited)}")
    if too_high:
        problems.append(f"{len(too_high)} with a limit above {MAX_CONNECTIONS}: {_names(too_high)}")
    if superusers:
        problems.append(
            f"{len(superusers)} superuser(s), to whom no limit applies: {_names(superusers)}"
        )
    if problems:
        return Check(
            CONNECTION_LIMITS,
            False,
            f"handler login roles {'; '.join(problems)}. Give each "
            f"ALTER ROLE ... CONNECTION LIMIT {ADVISED_CONNECTIONS}",
        )
    if not rows:
        return Check(
            CONNECTION_LIMITS,
            True,
            "no handler login role yet (the account functions give each one CONNECTION "
            f"LIMIT {ADVISED_CONNECTIONS})",
        )
    return Check(
        CONNECTION_LIMITS,
        True,
        f"all {len(rows)} handler login roles have a connection limit of at most "
        f"{max(limit for _, limit, _ in rows)}",
    )


def _log_checks(settings: dict[str, str]) -> list[Check]:
    checks = []
    prefix = settings.get("log_line_prefix", "")
    if "%h" in prefix or "%r" in prefix:
        checks.append(
            Check(LOG_HOST, True, f"log_line_prefix names the client's address ({prefix!r})")
        )
    else:
        checks.append(
            Check(
                LOG_HOST,
                False,
                f"log_line_prefix ({prefix!r}) does not name the client's address, so fail2ban "
                "cannot tell who failed: set log_line_prefix = '%m [%p] %q%u@%d %h ' in "
                "postgresql.conf and reload",
            )
        )
    level = settings.get("log_min_messages", "warning").lower()
    if level in _LEVELS and _LEVELS.index(level) <= _LEVELS.index("fatal"):
        checks.append(
            Check(LOG_FAILURES, True, f"log_min_messages is {level}: failed passwords are logged")
        )
    else:
        checks.append(
            Check(
                LOG_FAILURES,
                False,
                f"log_min_messages is {level}: the failed passwords (FATAL) are not logged, so "
                "fail2ban sees nothing; set log_min_messages = warning",
            )
        )
    destinations = {part.strip().lower() for part in settings.get("log_destination", "").split(",")}
    if destinations & {"stderr", "syslog"}:
        checks.append(
            Check(
                LOG_TEXT,
                True,
                f"log_destination is {settings.get('log_destination')}: a text log fail2ban reads",
            )
        )
    else:
        checks.append(
            Check(
                LOG_TEXT,
                False,
                f"log_destination is {settings.get('log_destination') or 'empty'}: fail2ban's "
                "filter reads the text log; add stderr (log_destination = 'stderr')",
            )
        )
    language = settings.get("lc_messages", "")
    base = language.split(".")[0].split("_")[0].lower()
    if language == "" or base in _ENGLISH:
        checks.append(
            Check(
                LOG_ENGLISH,
                True,
                f"lc_messages is {language or 'not set (English)'}: the log is in English",
            )
        )
    else:
        checks.append(
            Check(
                LOG_ENGLISH,
                False,
                f"lc_messages is {language}: the log's messages are translated, so fail2ban's "
                "filter (the English 'password authentication failed') matches nothing; set "
                "lc_messages = 'C' in postgresql.conf and reload",
            )
        )
    return checks


def _scram_check(settings: dict[str, str]) -> Check:
    value = settings.get("password_encryption", "")
    if value == "scram-sha-256":
        return Check(SCRAM, True, "password_encryption is scram-sha-256")
    return Check(
        SCRAM,
        False,
        f"password_encryption is {value or 'not set'}: set password_encryption = "
        "'scram-sha-256' in postgresql.conf and reload, then set each handler's password "
        "again (cumuldesk password --for) so that it is stored as a SCRAM verifier",
    )


def _notes(connection: Connection, settings: dict[str, str], preload: str | None) -> list[str]:
    notes = []
    if preload is None:
        notes.append(
            "shared_preload_libraries cannot be read by this role (GRANT pg_read_all_settings "
            "TO it to let the check read it); auth_delay was judged by its own setting"
        )
    if settings.get("logging_collector") == "on":
        directory = _readable(connection, "log_directory")
        filename = _readable(connection, "log_filename")
        if directory is not None and filename is not None:
            notes.append(
                f"PostgreSQL writes its log to {directory}/{filename}: give it to fail2ban"
            )
        else:
            notes.append("PostgreSQL writes its log through its logging collector (log_directory)")
    else:
        notes.append(
            "logging_collector is off: the log goes where the server's output goes (on Debian, "
            "/var/log/postgresql/postgresql-VERSION-CLUSTER.log): give that file to fail2ban"
        )
    return notes


def judge_settings(settings: dict[str, str], preload: str | None) -> list[Check]:
    """The checks that depend on the server's settings only (`settings`: name to value as
    in pg_settings; `preload`: shared_preload_libraries, None when unreadable)."""
    return [*_auth_delay_checks(settings, preload), *_log_checks(settings), _scram_check(settings)]


def check_server(admin_url: str) -> ServerCheck:
    """Each sign-in protection of the server `admin_url` names, as its administrator.

    Raises BadInput (not a PostgreSQL URL, no user named) and DatabaseUnavailable
    (unreachable, or the administrator's password refused), never with a password."""
    from cumuldesk.services.central.setup import admin_engine  # the same URL rules as setup

    engine = admin_engine(admin_url)
    try:
        with engine.connect() as connection:
            user, superuser = connection.execute(
                text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
            ).one()
            settings = _settings(connection)
            preload = _readable(connection, "shared_preload_libraries")
            checks = [_admin_check(str(user), bool(superuser))]
            checks.append(_connection_limit_check(connection))
            checks += judge_settings(settings, preload)
            checks.sort(key=lambda check: ORDER.index(check.name))
            notes = _notes(connection, settings, preload)
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"cannot reach {describe_url(admin_url)} as its administrator "
            f"({type(exc.orig).__name__}: wrong password, or the server is away)"
        ) from None
    except DBAPIError as exc:
        raise DatabaseUnavailable(
            f"cannot read the server's settings on {describe_url(admin_url)} "
            f"({type(exc.orig).__name__})"
        ) from None
    finally:
        engine.dispose()
    return ServerCheck(describe_url(admin_url), str(user), tuple(checks), tuple(notes))
