"""Signing in on the command line: who (`--user`, or CUMULDESK_USER) and the password.

The password is asked at the terminal (not echoed), unless the environment variable
CUMULDESK_PASSWORD is set (for scripts and tests, which have no terminal). That is
weaker: the environment of a process can be read by other programs of the same user
and may end up in shell history or logs. With neither, the command stops with exit
code 4 before touching any database.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.accounts.identity import PASSWORD_ENV, USER_ENV

NEW_PASSWORD_ENV = "CUMULDESK_NEW_PASSWORD"


def add_user_option(
    command: argparse.ArgumentParser, help_text: str, *, nested: bool = False
) -> None:
    """`nested`: an action under a command that has --user too (`sync status`): given
    before or after the action, either counts."""
    command.add_argument(
        "--user",
        default=argparse.SUPPRESS if nested else os.environ.get(USER_ENV),
        metavar="USERNAME",
        help=f"{help_text}; signs in with this account (default: ${USER_ENV}); the password "
        f"is asked at the terminal, or taken from ${PASSWORD_ENV} when that is set",
    )


def username_of(args: argparse.Namespace, action: str) -> str:
    """The username given; NotAllowed (exit 4) when none."""
    username = (args.user or "").strip()
    if not username:
        raise NotAllowed(f"{action}: sign in: say who you are with --user USERNAME (or {USER_ENV})")
    return username


def _terminal() -> bool:
    return sys.stdin.isatty()


def password_of(username: str) -> str:
    """$CUMULDESK_PASSWORD if set, else asked at the terminal; NotAllowed when neither."""
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not _terminal():
        raise NotAllowed(
            f"no password for {username}: run in a terminal to type it, or set {PASSWORD_ENV}"
        )
    return getpass.getpass(f"Password of {username}: ")


def new_password_of(username: str) -> str:
    """$CUMULDESK_NEW_PASSWORD if set, else asked twice at the terminal."""
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value:
        return value
    if not _terminal():
        raise BadInput(
            f"no new password for {username}: run in a terminal to type it, or set "
            f"{NEW_PASSWORD_ENV}"
        )
    first = getpass.getpass(f"New password of {username}: ")
    if getpass.getpass("Type it again: ") != first:
        raise BadInput("the two new passwords differ; nothing was changed")
    return first


_signed_in: tuple[str, str] | None = None


def credentials(args: argparse.Namespace, action: str) -> tuple[str, str]:
    """(username, password) for signing in: both before any database is opened. Kept for
    the rest of this command (`current_credentials`): on the production set-up every
    connection to the central database is the handler's own login."""
    global _signed_in
    username = username_of(args, action)
    _signed_in = (username, password_of(username))
    return _signed_in


def forget_credentials() -> None:
    global _signed_in
    _signed_in = None


def current_credentials() -> tuple[str, str] | None:
    """The credentials this command signed in with, if any."""
    return _signed_in
