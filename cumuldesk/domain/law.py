"""What the domain needs from the dated law parameters, without knowing where they live.

`cumuldesk.params` loads them from data files; tests may pass any object with the
same methods. A look-up for a date with no value in force raises
`NoValueInForce`: the rules never guess an amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol


@dataclass(frozen=True)
class LegalValue:
    """One dated value of a law parameter, with where it comes from."""

    name: str
    bracket: str | None
    effective: date
    value: Decimal | bool
    unit: str
    source_title: str
    source_url: str | None
    verified: bool
    origin: str  # the file it was read from ("ivt_yearly.toml" or an override path)

    @property
    def amount(self) -> Decimal:
        if isinstance(self.value, bool):
            raise TypeError(f"parameter {self.name} is a yes/no rule, not an amount")
        return self.value

    @property
    def label(self) -> str:
        return self.name if self.bracket is None else f"{self.name}[{self.bracket}]"


class NoValueInForce(LookupError):
    """No value of a parameter is in force on the asked date."""

    def __init__(self, name: str, on: date, bracket: str | None, detail: str) -> None:
        label = name if bracket is None else f"{name}[{bracket}]"
        super().__init__(f"no value in force on {on.isoformat()} for {label}: {detail}")
        self.name = name
        self.on = on
        self.bracket = bracket


class LegalParameters(Protocol):
    def get(self, name: str, on: date, bracket: str | None = None) -> LegalValue:
        """The value in force on `on`; raises NoValueInForce."""
        ...

    def first_effective(self, name: str, value: object, bracket: str | None = None) -> date | None:
        """The first date from which `name` has `value`, or None if it never has."""
        ...
