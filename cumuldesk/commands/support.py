"""Small helpers shared by the commands: JSON output, date arguments, progress."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, TextIO


def emit_json(data: Any, out: TextIO) -> None:
    """Print `data` as indented JSON (UTF-8 text kept as is) and a newline."""
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def iso_date(text: str) -> date:
    """argparse type for a YYYY-MM-DD date, with a plain message otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a date as YYYY-MM-DD") from None


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
