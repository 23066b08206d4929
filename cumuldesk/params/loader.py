"""Load and validate the dated law data, and look values up by date.

One TOML file per parameter in `resources/parameters/`: the shipped defaults, the
seed of the central database's law data (migration 0004) and the embedded demo's
source. In production the dated values come from the central database
(`cumuldesk.services.law.data`), proposed and approved by two supervisors, and this module
builds the same `ParameterSet` from them (`parameters_from_values`). The metadata
(unit, brackets, description, rules) always comes from the shipped files.

File format::

    name = "ivt_yearly"              # = file name without .toml
    description = "..."
    unit = "EUR/year"                # EUR/year, EUR/month or boolean
    brackets = ["A", "B", "C"]       # absent for a single value per date
    rule = "carry"                   # optional: "carry" (federal: past the month of the
                                     # last step the value is carried) or "september"
                                     # (Groeipakket: +2 % every 1 September past the last)
    derived = { from = "ivt_yearly", bracket = "A", factor = 0.5, source = "..." }
                                     # optional: the value is factor x that value

    [[values]]
    effective = 2017-09-01
    value = { A = 7143.93, B = 10715.90, C = 14287.86 }   # or value = 300.00 / true
    kind = "sourced"             # sourced, computed or carried; or per bracket
    source = { title = "...", url = "https://..." }        # url optional

A bracketed row after the first may give some brackets only (a step for category B
alone). The older `verified = true/false` mark is read as `sourced` / `computed`, so
that `cumuldesk law import` takes a pre-0.2 override file as it is.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any

from cumuldesk.domain.law import Kind, LegalValue, NoValueInForce
from cumuldesk.params import rules

UNITS = ("EUR/year", "EUR/month", "boolean")
RULES = ("carry", "september")
SHIPPED = "shipped defaults"


class ParameterError(ValueError):
    """A parameter file or value is broken. The message names the file and the entry."""


@dataclass(frozen=True)
class Derived:
    """A parameter computed as `factor` x another parameter's value (bracket `bracket`)."""

    source_name: str
    bracket: str | None
    factor: Decimal
    rule_source: str


@dataclass
class Parameter:
    name: str
    unit: str
    description: str
    brackets: tuple[str, ...] | None
    note: str = ""
    rule: str | None = None
    derived: Derived | None = None
    # per bracket (None for an unbracketed parameter): values sorted by date
    series: dict[str | None, list[LegalValue]] = field(default_factory=dict)

    def empty_copy(self) -> Parameter:
        return Parameter(
            self.name,
            self.unit,
            self.description,
            self.brackets,
            self.note,
            self.rule,
            self.derived,
        )


def _fail(origin: str, where: str, problem: str) -> ParameterError:
    return ParameterError(f"{origin}, {where}: {problem}" if where else f"{origin}: {problem}")


def _parse_text(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(origin, "", f"not valid TOML ({exc})") from None


def _check_value(raw: Any, unit: str, origin: str, where: str) -> Decimal | bool:
    if unit == "boolean":
        if not isinstance(raw, bool):
            raise _fail(origin, where, "value must be true or false")
        return raw
    if isinstance(raw, bool) or not isinstance(raw, (int, Decimal)):
        raise _fail(origin, where, "value must be an amount such as 300.00")
    amount = Decimal(raw)
    if not amount.is_finite():
        raise _fail(origin, where, "value must be a finite amount")
    if amount < 0:
        raise _fail(origin, where, f"negative amount {amount}")
    if amount != amount.quantize(Decimal("0.01")):
        raise _fail(origin, where, f"amount {amount} has more than two decimals")
    return amount


def parse_value_text(param: Parameter, text: str) -> Decimal | bool:
    """A value typed by a supervisor (`300.00`, `true`), checked against the unit.
    Raises ParameterError with a sentence."""
    cleaned = text.strip()
    if param.unit == "boolean":
        lowered = cleaned.lower()
        if lowered in ("true", "yes", "1"):
            return True
        if lowered in ("false", "no", "0"):
            return False
        raise ParameterError(f"{param.name} is a yes/no rule: give true or false, not {text!r}")
    if not cleaned or not all(c in "0123456789." for c in cleaned) or cleaned.count(".") > 1:
        raise ParameterError(
            f"{param.name}: {text!r} is not an amount; write it with a dot, such as 331.22"
        )
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ParameterError(f"{param.name}: {text!r} is not an amount") from None
    return _check_value(amount, param.unit, param.name, "value")


def _kind(raw: Any, origin: str, where: str) -> Kind:
    try:
        return Kind(raw)
    except ValueError:
        raise _fail(origin, where, "'kind' must be sourced, computed or carried") from None


def _kinds(row: dict[str, Any], param: Parameter, origin: str, where: str) -> Any:
    """The row's kind: a Kind, or a dict of Kind per bracket."""
    if "kind" in row and "verified" in row:
        raise _fail(origin, where, "give 'kind', not both 'kind' and 'verified'")
    if "kind" in row:
        raw = row["kind"]
        if isinstance(raw, dict):
            if param.brackets is None:
                raise _fail(origin, where, "'kind' must be sourced, computed or carried")
            return {key: _kind(value, origin, where) for key, value in raw.items()}
        return _kind(raw, origin, where)
    verified = row.get("verified")  # the pre-0.2 mark: true = sourced, false = computed
    if isinstance(verified, dict):
        if param.brackets is None or not all(isinstance(v, bool) for v in verified.values()):
            raise _fail(origin, where, "'verified' must be true or false")
        return {k: Kind.SOURCED if v else Kind.COMPUTED for k, v in verified.items()}
    if isinstance(verified, bool):
        return Kind.SOURCED if verified else Kind.COMPUTED
    raise _fail(origin, where, "missing 'kind' (sourced, computed or carried)")


def _read_rows(
    data: dict[str, Any], param: Parameter, origin: str, *, partial_brackets: bool
) -> list[LegalValue]:
    rows = data.get("values")
    if not isinstance(rows, list) or not rows:
        raise _fail(origin, "", "no [[values]] entries")
    out: list[LegalValue] = []
    previous: date | None = None
    for index, row in enumerate(rows, start=1):
        where = f"values entry {index}"
        if not isinstance(row, dict):
            raise _fail(origin, where, "not a table")
        effective = row.get("effective")
        if type(effective) is not date:  # a datetime or a string is refused
            raise _fail(origin, where, "'effective' must be a date such as 2024-01-01")
        where = f"values entry {index} (effective {effective.isoformat()})"
        if previous is not None and effective == previous:
            raise _fail(origin, where, "duplicate date")
        if previous is not None and effective < previous:
            raise _fail(origin, where, f"dates not in ascending order (after {previous})")
        previous = effective
        unknown_keys = set(row) - {"effective", "value", "kind", "verified", "source", "note"}
        if unknown_keys:
            raise _fail(origin, where, f"unknown key(s) {', '.join(sorted(unknown_keys))}")
        kinds = _kinds(row, param, origin, where)
        source = row.get("source")
        title = source.get("title") if isinstance(source, dict) else None
        if not isinstance(title, str) or not title.strip():
            raise _fail(origin, where, "missing source title")
        url = source.get("url") if isinstance(source, dict) else None
        if url is not None and not isinstance(url, str):
            raise _fail(origin, where, "source url must be text")
        raw = row.get("value")
        if raw is None:
            raise _fail(origin, where, "missing 'value'")
        if param.brackets is None:
            if isinstance(raw, dict):
                raise _fail(origin, where, f"{param.name} has no brackets; give a single value")
            items: Iterable[tuple[str | None, Any]] = [(None, raw)]
        else:
            if not isinstance(raw, dict):
                raise _fail(origin, where, "value must give one amount per bracket")
            unknown = [key for key in raw if key not in param.brackets]
            if unknown:
                raise _fail(
                    origin,
                    where,
                    f"unknown bracket {unknown[0]!r} (known: {', '.join(param.brackets)})",
                )
            missing = [key for key in param.brackets if key not in raw]
            if missing and not (partial_brackets or index > 1):
                raise _fail(origin, where, f"missing bracket {missing[0]!r}")
            items = list(raw.items())
            if isinstance(kinds, dict) and set(kinds) != set(raw):
                raise _fail(origin, where, "'kind' per bracket must name the value's brackets")
        for bracket, raw_value in items:
            label = where if bracket is None else f"{where}, bracket {bracket!r}"
            out.append(
                LegalValue(
                    name=param.name,
                    bracket=bracket,
                    effective=effective,
                    value=_check_value(raw_value, param.unit, origin, label),
                    unit=param.unit,
                    source_title=title.strip(),
                    source_url=url,
                    kind=kinds[bracket] if isinstance(kinds, dict) else kinds,
                    origin=origin,
                )
            )
    return out


def _derived(data: dict[str, Any], origin: str) -> Derived | None:
    raw = data.get("derived")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _fail(origin, "", "'derived' must be a table")
    source_name, factor, text = raw.get("from"), raw.get("factor"), raw.get("source")
    if not isinstance(source_name, str) or not isinstance(factor, Decimal):
        raise _fail(origin, "", "'derived' needs 'from' (a parameter) and 'factor' (a number)")
    if not isinstance(text, str) or not text.strip():
        raise _fail(origin, "", "'derived' needs the 'source' of its rule")
    bracket = raw.get("bracket")
    return Derived(source_name, bracket if isinstance(bracket, str) else None, factor, text)


def parse_parameter(text: str, origin: str, expected_name: str | None = None) -> Parameter:
    """Parse and validate one shipped parameter file."""
    data = _parse_text(text, origin)
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise _fail(origin, "", "missing 'name'")
    if expected_name is not None and name != expected_name:
        raise _fail(origin, "", f"name {name!r} does not match the file name {expected_name!r}")
    unit = data.get("unit")
    if unit not in UNITS:
        raise _fail(origin, "", f"unit must be one of {', '.join(UNITS)}")
    description = data.get("description")
    if not isinstance(description, str) or not description.strip():
        raise _fail(origin, "", "missing 'description'")
    brackets = data.get("brackets")
    if brackets is not None:
        if (
            not isinstance(brackets, list)
            or not brackets
            or not all(isinstance(b, str) and b for b in brackets)
        ):
            raise _fail(origin, "", "'brackets' must be a list of names")
        if len(set(brackets)) != len(brackets):
            raise _fail(origin, "", "'brackets' names a bracket twice")
    rule = data.get("rule")
    if rule is not None and rule not in RULES:
        raise _fail(origin, "", f"rule must be one of {', '.join(RULES)}")
    param = Parameter(
        name=name,
        unit=unit,
        description=description.strip(),
        brackets=tuple(brackets) if brackets is not None else None,
        note=str(data.get("note", "")).strip(),
        rule=rule,
        derived=_derived(data, origin),
    )
    for value in _read_rows(data, param, origin, partial_brackets=False):
        param.series.setdefault(value.bracket, []).append(value)
    return param


def parse_value_file(param: Parameter, text: str, origin: str) -> list[LegalValue]:
    """The dated values of a file in the parameter format (a pre-0.2 override file, for
    `cumuldesk law import`): validated like a shipped file; rows may give some brackets."""
    data = _parse_text(text, origin)
    name = data.get("name")
    if name != param.name:
        raise _fail(origin, "", f"name {name!r} does not match the parameter {param.name!r}")
    if "unit" in data and data["unit"] != param.unit:
        raise _fail(origin, "", f"unit {data['unit']!r} differs from the shipped {param.unit!r}")
    return _read_rows(data, param, origin, partial_brackets=True)


class ParameterSet:
    """All law parameters, ready for look-up by date. Implements `LegalParameters`.

    `version` is the law-data version of the central database the values came from
    (None: the shipped defaults); `origin` says where they came from, in words."""

    def __init__(
        self, parameters: dict[str, Parameter], version: int | None = None, origin: str = SHIPPED
    ) -> None:
        self._parameters = parameters
        self._version = version
        self.origin = origin

    @property
    def version(self) -> int | None:
        return self._version

    @property
    def version_label(self) -> str:
        """The law-data version in words, for reports and letters."""
        return SHIPPED if self._version is None else f"law data v{self._version}"

    def names(self) -> list[str]:
        return sorted(self._parameters)

    def parameter(self, name: str) -> Parameter:
        try:
            return self._parameters[name]
        except KeyError:
            raise KeyError(f"unknown parameter {name!r}") from None

    def _series(self, name: str, bracket: str | None) -> list[LegalValue]:
        param = self.parameter(name)
        if param.brackets is None and bracket is not None:
            raise KeyError(f"parameter {name!r} has no brackets")
        if param.brackets is not None and bracket not in param.brackets:
            raise KeyError(
                f"unknown bracket {bracket!r} for {name!r} (known: {', '.join(param.brackets)})"
            )
        return param.series.get(bracket, [])

    def _stored(self, name: str, on: date, bracket: str | None) -> tuple[int, list[LegalValue]]:
        series = self._series(name, bracket)
        return bisect_right([v.effective for v in series], on) - 1, series

    def get(self, name: str, on: date, bracket: str | None = None) -> LegalValue:
        param = self.parameter(name)
        if param.derived is not None:
            return self._derived(param, on)
        index, series = self._stored(name, on, bracket)
        if index < 0:
            detail = (
                f"the first value is from {series[0].effective.isoformat()}"
                if series
                else "the parameter has no values"
            )
            raise NoValueInForce(name, on, bracket, detail)
        value = series[index]
        if index == len(series) - 1:
            if param.rule == "september":
                return rules.september_step(value, on)
            if param.rule == "carry":
                return rules.carried_from(value, on)
        if value.unit == "boolean" and param.brackets is not None:
            # A yes/no rule restated unchanged in a later row of a bracketed rule (for
            # another bracket's sake) is in force since the row where it took this value
            # with the same kind: cite that row.
            while (
                index > 0
                and series[index - 1].value == value.value
                and series[index - 1].kind is value.kind
            ):
                index -= 1
            return series[index]
        return value

    def _derived(self, param: Parameter, on: date) -> LegalValue:
        derived = param.derived
        assert derived is not None
        base = self.get(derived.source_name, on, derived.bracket)
        index, series = self._stored(param.name, on, None)
        if index >= 0 and series[index].effective >= base.effective:
            return series[index]  # a value on record (sourced) at or after the base's step
        return rules.half_of(base, param.name, derived.rule_source, derived.factor)

    def first_effective(self, name: str, value: object, bracket: str | None = None) -> date | None:
        for item in self._series(name, bracket):
            if item.value == value and type(item.value) is type(value):
                return item.effective
        return None

    def values(self, name: str, bracket: str | None = None) -> list[LegalValue]:
        """The values on record (not those a rule gives)."""
        return list(self._series(name, bracket))

    def all_values(self) -> list[LegalValue]:
        """Every value on record, by parameter, bracket and date."""
        out: list[LegalValue] = []
        for name in self.names():
            param = self._parameters[name]
            for bracket in param.brackets or (None,):
                out.extend(param.series.get(bracket, []))
        return out


def shipped_parameter_texts() -> dict[str, str]:
    """`{name: toml text}` of the parameter files shipped in resources/parameters."""
    folder = resources.files("cumuldesk.resources").joinpath("parameters")
    texts: dict[str, str] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".toml"):
            texts[entry.name[: -len(".toml")]] = entry.read_text(encoding="utf-8")
    return texts


def _parse_all(texts: dict[str, str]) -> dict[str, Parameter]:
    parameters = {
        name: parse_parameter(text, f"{name}.toml", expected_name=name)
        for name, text in sorted(texts.items())
    }
    for param in parameters.values():
        if param.derived is not None and param.derived.source_name not in parameters:
            raise _fail(
                f"{param.name}.toml", "", f"derived from unknown {param.derived.source_name!r}"
            )
    return parameters


def load_parameters(shipped: dict[str, str] | None = None) -> ParameterSet:
    """The shipped defaults (`resources/parameters`), or the given `{name: toml}` texts."""
    texts = shipped if shipped is not None else shipped_parameter_texts()
    return ParameterSet(_parse_all(texts))


def parameters_from_values(
    values: Iterable[LegalValue],
    version: int | None,
    origin: str,
    shipped: dict[str, str] | None = None,
) -> ParameterSet:
    """A ParameterSet with the shipped metadata and these dated values (in place of the
    shipped ones). A value at the same parameter, bracket and date as an earlier one in
    `values` replaces it: give them in the order they were approved."""
    base = _parse_all(shipped if shipped is not None else shipped_parameter_texts())
    parameters = {name: param.empty_copy() for name, param in base.items()}
    slots: dict[tuple[str, str | None], dict[date, LegalValue]] = {}
    for value in values:
        param = parameters.get(value.name)
        if param is None:
            raise ParameterError(f"{origin}: no parameter is called {value.name!r}")
        if (param.brackets is None) != (value.bracket is None) or (
            param.brackets is not None and value.bracket not in param.brackets
        ):
            raise ParameterError(f"{origin}: {value.label}: no such bracket")
        slots.setdefault((value.name, value.bracket), {})[value.effective] = value
    for (name, bracket), by_date in slots.items():
        parameters[name].series[bracket] = [by_date[d] for d in sorted(by_date)]
    return ParameterSet(parameters, version, origin)
