"""What the domain needs from the dated law parameters, without knowing where they live.

`cumuldesk.params` loads them from data files; tests may pass any object with the
same methods. A look-up for a date with no value in force raises
`NoValueInForce`: the rules never guess an amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Protocol


class Kind(StrEnum):
    """How sure a value of law is (DOMAIN.md, "Amounts"):

    - sourced: read on a public page, named in its source;
    - computed: arithmetic from sourced figures and a sourced rule (an index step, the
      Groeipakket's September step, 50 % of category A); correct by the rule, but no
      published table confirms it;
    - carried: no value is known for the date; the last known value is reused (or, for
      an open point of law, the default is assumed until a supervisor confirms it).
    """

    SOURCED = "sourced"
    COMPUTED = "computed"
    CARRIED = "carried"


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
    kind: Kind
    origin: str  # where it was read: "ivt_yearly.toml", "central law data v7", or a rule

    @property
    def verified(self) -> bool:
        """Read on a public page: neither computed by a rule nor carried over."""
        return self.kind is Kind.SOURCED

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
    @property
    def version(self) -> int | None:
        """The law-data version (a number that changes with every approved value), or
        None for the shipped defaults."""
        ...

    def get(self, name: str, on: date, bracket: str | None = None) -> LegalValue:
        """The value in force on `on`; raises NoValueInForce."""
        ...

    def first_effective(self, name: str, value: object, bracket: str | None = None) -> date | None:
        """The first date from which `name` has `value`, or None if it never has."""
        ...
