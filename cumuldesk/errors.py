"""Errors a user may see. Each carries the command line's exit code; its message is safe
to show and to log: it never holds personal data (no INSZ, name, date of a person).

An error raised with a marked `Message` (`cumuldesk.domain.texts`) keeps it in `.text`: the
window shows it in the handler's language, `str(error)` (the command line, the log) in
English."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cumuldesk.domain.texts import Message


class CumulDeskError(Exception):
    exit_code = 1

    def __init__(self, *args: Any) -> None:
        # imported here, not above: the command line imports this module at its start,
        # and the texts module brings dataclasses and inspect, which `--version` needs not
        from cumuldesk.domain.texts import Message

        self.text: Message | None = None
        if len(args) == 1 and isinstance(args[0], Message):
            self.text = args[0]
            args = (str(args[0]),)
        super().__init__(*args)


class BadInput(CumulDeskError):
    """The input given is wrong; the message says which field or line and why."""

    exit_code = 2


class NotAllowed(CumulDeskError):
    """The signed-in handler's role does not allow the action."""

    exit_code = 4


class Unavailable(CumulDeskError):
    """A database, the cache or its key cannot be reached or opened."""

    exit_code = 5


class IntegrityProblem(CumulDeskError):
    """Stored data was changed outside CumulDesk (audit chain broken, cache tampered)."""

    exit_code = 6
