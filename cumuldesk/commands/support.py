"""Small helpers shared by the commands: JSON output, date arguments, progress, text from
the data made safe for a terminal, and Ctrl+C.

Terminal output: `terminal_text` / `terminal_line` escape the characters a terminal acts
on (C0 and C1 control characters, DEL, the bidirectional controls) so that a note, a
name or a file's cell can neither retitle, clear or recolour the terminal nor reorder
what is shown; `TerminalSafe` applies it to a whole stream (cli.main wraps stdout and
stderr in it). `emit_json` escapes the same characters as \\uXXXX (JSON escapes C0 by
itself, not C1 nor the bidirectional controls when it keeps UTF-8 text).

Ctrl+C: cli.main turns it into one line, "cumuldesk: cancelled: <what was kept>", and exit
code 130. A command says what an interruption would leave with `when_cancelled(...)`
(default "nothing was changed": every change is one transaction, rolled back); a step
that must not be cut (a commit and what goes with it) runs under `ctrl_c_deferred()`: a
Ctrl+C then takes effect right after the step.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import signal
import sys
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any, TextIO

EXIT_CANCELLED = 130  # as a shell reports a process ended by SIGINT (128 + 2)
NOTHING_CHANGED = "nothing was changed"

# ------------------------------------------------------------------ terminal output

# The bidirectional controls (embeddings, overrides, isolates and marks): they change the
# order in which a line is shown ("Trojan source").
BIDI_CONTROLS = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0 but tab and newline, DEL, C1: ESC and CSI start terminal commands, BEL rings, CR and
# backspace overwrite what was printed.
CONTROLS = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
_UNSAFE_TEXT = re.compile(f"[{CONTROLS}{BIDI_CONTROLS}]")
_UNSAFE_LINE = re.compile(rf"[\t\n{CONTROLS}{BIDI_CONTROLS}]")
_UNSAFE_IN_JSON = re.compile(rf"[\x7f-\x9f{BIDI_CONTROLS}]")  # json.dumps escapes C0 itself


_SHORT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if character in _SHORT:
        return _SHORT[character]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_text(text: object) -> str:
    """`text` (stored, or read from a file) safe to print on a terminal: every control
    character but newline and tab, and every bidirectional control, shown as an escape
    (ESC as \\x1b, U+202E as \\u202e). For text that may span lines, such as a note."""
    return _UNSAFE_TEXT.sub(_escaped, str(text))


def terminal_line(text: object) -> str:
    """As `terminal_text`, newline and tab escaped too: for a value printed within a line
    (a name, a reference, a reason), which must not start a line of its own."""
    return _UNSAFE_LINE.sub(_escaped, str(text))


class TerminalSafe:
    """A text stream that writes everything through `terminal_text`, but for the
    characters in `allow` (stderr lets "\\r" through for its progress lines). Anything else
    (isatty, flush, encoding, ...) is the wrapped stream's."""

    def __init__(self, stream: TextIO, *, allow: str = "") -> None:
        self.wrapped = stream
        self._unsafe = _UNSAFE_TEXT
        if allow:
            self._unsafe = re.compile(f"(?![{re.escape(allow)}])[{CONTROLS}{BIDI_CONTROLS}]")

    def write(self, text: str) -> int:
        self.wrapped.write(self._unsafe.sub(_escaped, text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


def emit_json(data: Any, out: TextIO) -> None:
    """Print `data` as indented JSON (UTF-8 text kept as is; control and bidirectional
    characters escaped as \\uXXXX) and a newline."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    out.write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    out.write("\n")


EARLIEST_DATE, LATEST_DATE = date(2000, 1, 1), date(2100, 12, 31)  # any date option
MAX_ANSWER_DAYS = 365
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only (fullmatch)


def iso_date(text: str) -> date:
    """argparse type for a YYYY-MM-DD date from EARLIEST_DATE to LATEST_DATE (`--on`,
    `--date`, `--today`), with a plain message otherwise."""
    if not _ISO_DAY.fullmatch(text):
        raise argparse.ArgumentTypeError("expected a date as YYYY-MM-DD")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not an existing date (expected YYYY-MM-DD)") from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise argparse.ArgumentTypeError(f"expected a date from {EARLIEST_DATE} to {LATEST_DATE}")
    return day


def day_count(text: str) -> int:
    """argparse type for `--answer-days`: a whole number from 1 to MAX_ANSWER_DAYS."""
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_ANSWER_DAYS):
        raise argparse.ArgumentTypeError(
            f"expected a whole number of days from 1 to {MAX_ANSWER_DAYS}"
        )
    return int(text)


class StderrProgress:
    """Percentage and counts on stderr: one updating line on a terminal, otherwise a
    line at every tenth (so that logs stay short)."""

    def __init__(
        self,
        label: str = "cumuldesk demo-data",
        unit: str = "persons",
        stream: TextIO | None = None,
    ) -> None:
        self.label = label
        self.unit = unit
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if not self.tty and percent // 10 == self.shown // 10 and done < total:
            return
        if percent == self.shown:
            return
        self.shown = percent
        line = f"{self.label}: {percent:3d}% ({done:,} of {total:,} {self.unit})"
        if self.tty:
            self.stream.write("\r" + line + ("\n" if done >= total else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


# ------------------------------------------------------------------------- Ctrl+C


class _CtrlC:
    """What cli.main says when Ctrl+C stops the command, and the deferred Ctrl+C."""

    def __init__(self) -> None:
        self.kept: str | None = None
        self.deferring = False
        self.pending = False


_ctrl_c = _CtrlC()


def when_cancelled(kept: str | None) -> None:
    """Say what a Ctrl+C from now on leaves behind (None: nothing was changed); a command
    calls it once something is committed that an interruption does not undo."""
    _ctrl_c.kept = kept


def cancelled_message() -> str:
    """The one line cli.main prints for Ctrl+C (without "cumuldesk: ")."""
    return f"cancelled: {_ctrl_c.kept or NOTHING_CHANGED}"


def reset_ctrl_c() -> None:
    """Forget what a previous command kept (cli.main, at the start of every command)."""
    _ctrl_c.kept = None
    _ctrl_c.pending = False


def _note_ctrl_c(_signum: int, _frame: Any) -> None:
    _ctrl_c.pending = True


def defer_ctrl_c() -> None:
    """From now on a Ctrl+C waits for `resume_ctrl_c()` (a step that must not be cut:
    a commit and what must go with it). Only the main thread, only while Ctrl+C does its
    default (not when ignored, nor under another handler such as the sync's)."""
    if _ctrl_c.deferring or threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return
    signal.signal(signal.SIGINT, _note_ctrl_c)
    _ctrl_c.deferring = True


def resume_ctrl_c(*, interrupt: bool = True) -> None:
    """Ctrl+C works again; one pressed meanwhile raises KeyboardInterrupt now (unless not
    `interrupt`: cli.main after the command, or when an error is already on its way)."""
    if not _ctrl_c.deferring:
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    _ctrl_c.deferring = False
    pressed, _ctrl_c.pending = _ctrl_c.pending, False
    if pressed and interrupt:
        raise KeyboardInterrupt


@contextlib.contextmanager
def ctrl_c_deferred() -> Iterator[None]:
    """`defer_ctrl_c()` for the block; a Ctrl+C pressed in it raises KeyboardInterrupt
    when the block is done (not when the block raised an error of its own)."""
    defer_ctrl_c()
    try:
        yield
    except BaseException:
        resume_ctrl_c(interrupt=False)
        raise
    resume_ctrl_c()


@contextlib.contextmanager
def ctrl_c_stops_at_a_safe_point(command: str, kept: str) -> Iterator[threading.Event]:
    """For long work that checks a stop between safe steps (the sync, the screening): the
    first Ctrl+C sets the event the work checks and says so on stderr; a second one
    interrupts at once (cli.main then says `kept`). Off the main thread (tests) the
    event is only given."""
    stop = threading.Event()
    when_cancelled(kept)
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(_signum: int, _frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        sys.stderr.write(
            f"\ncumuldesk {command}: stopping at the next safe point (Ctrl+C again to force)\n"
        )

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
