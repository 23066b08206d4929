"""The switch of each test window's central database (tests/ui/conftest.py's
`ui_context`): `set_central_up(ctx, False)` makes it unreachable, `True` brings it back.
Its own module, so that the fixture and the tests share one registry."""

from __future__ import annotations

SWITCHES: dict[int, list[bool]] = {}  # id(desk) -> a one-item list


def set_central_up(ctx, up: bool) -> None:
    """Make the test context's central database reachable (True) or not (False)."""
    SWITCHES[id(ctx.desk)][0] = up
