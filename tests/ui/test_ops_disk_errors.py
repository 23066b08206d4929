"""The window says a full local disk in words (issue 15, point 5), not "something
unexpected went wrong": saving a note, an export or any background work that meets
SQLite's "database or disk is full" or an OSError ENOSPC."""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import OperationalError

from cumuldesk.ui.kit.ops import user_message


def test_a_full_local_disk_is_said_as_such(qapp):
    full = OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
    assert user_message(full) == (
        "Not done: the local disk is full (database or disk is full); free some space, then "
        "try again; nothing already saved was lost"
    )
    assert user_message(OSError(errno.EIO, "Input/output error")) == (
        "Not done: the local disk reported an input/output error (Input/output error); check "
        "the disk, then try again; nothing already saved was lost"
    )
    assert "Something unexpected went wrong" in user_message(RuntimeError("a bug"))
