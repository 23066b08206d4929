"""Load, validate and merge the dated law parameters.

One TOML file per parameter in `resources/parameters/` (shipped) and, optionally,
files of the same name in the user's configuration folder (`parameters/`), where a
supervisor adds dated values without a new release. Both are validated the same
way; a broken file is rejected with a message naming the file and the entry.

File format::

    name = "ivt_yearly"              # = file name without .toml
    description = "..."
    unit = "EUR/year"                # EUR/year, EUR/month or boolean
    brackets = ["A", "B", "C"]       # absent for a single value per date

    [[values]]
    effective = 2017-09-01
    value = { A = 7143.93, B = 10715.90, C = 14287.86 }   # or value = 300.00 / true
    verified = true              # or per bracket: { A = true, B = false, C = true }
    source = { title = "...", url = "https://..." }        # url optional

An override file needs only `name` and `[[values]]`; a bracketed row there may give
some brackets only (a new amount for category B alone). An override row with the
same date as a shipped one replaces it for the brackets it gives.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from cumuldesk.domain.law import LegalValue, NoValueInForce
from cumuldesk.paths import parameter_override_dir

UNITS = ("EUR/year", "EUR/month", "boolean")


class ParameterError(ValueError):
    """A parameter file is broken. The message names the file and the entry."""


@dataclass
class Parameter:
    name: str
    unit: str
    description: str
    brackets: tuple[str, ...] | None
    note: str = ""
    # per bracket (None for an unbracketed parameter): values sorted by date
    series: dict[str | None, list[LegalValue]] = field(default_factory=dict)


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
        unknown_keys = set(row) - {"effective", "value", "verified", "source", "note"}
        if unknown_keys:
            raise _fail(origin, where, f"unknown key(s) {', '.join(sorted(unknown_keys))}")
        verified = row.get("verified")
        if isinstance(verified, dict):
            if param.brackets is None or not all(isinstance(v, bool) for v in verified.values()):
                raise _fail(origin, where, "'verified' must be true or false")
        elif not isinstance(verified, bool):
            raise _fail(origin, where, "'verified' must be true or false")
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
            if missing and not partial_brackets:
                raise _fail(origin, where, f"missing bracket {missing[0]!r}")
            items = list(raw.items())
            if isinstance(verified, dict) and set(verified) != set(raw):
                raise _fail(origin, where, "'verified' per bracket must name the value's brackets")
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
                    verified=verified[bracket] if isinstance(verified, dict) else verified,
                    origin=origin,
                )
            )
    return out


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
    param = Parameter(
        name=name,
        unit=unit,
        description=description.strip(),
        brackets=tuple(brackets) if brackets is not None else None,
        note=str(data.get("note", "")).strip(),
    )
    for value in _read_rows(data, param, origin, partial_brackets=False):
        param.series.setdefault(value.bracket, []).append(value)
    return param


def apply_override(param: Parameter, text: str, origin: str) -> None:
    """Validate an override file and merge its dated values into `param`."""
    data = _parse_text(text, origin)
    name = data.get("name")
    if name != param.name:
        raise _fail(origin, "", f"name {name!r} does not match the file name {param.name!r}")
    for key in ("unit",):
        if key in data and data[key] != param.unit:
            raise _fail(origin, "", f"unit {data[key]!r} differs from the shipped {param.unit!r}")
    for value in _read_rows(data, param, origin, partial_brackets=True):
        series = param.series.setdefault(value.bracket, [])
        dates = [v.effective for v in series]
        position = bisect_right(dates, value.effective)
        if position and dates[position - 1] == value.effective:
            series[position - 1] = value
        else:
            series.insert(position, value)


class ParameterSet:
    """All law parameters, ready for look-up by date. Implements `LegalParameters`."""

    def __init__(self, parameters: dict[str, Parameter], override_files: list[Path]) -> None:
        self._parameters = parameters
        self.override_files = override_files

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

    def get(self, name: str, on: date, bracket: str | None = None) -> LegalValue:
        series = self._series(name, bracket)
        position = bisect_right([v.effective for v in series], on)
        if position == 0:
            detail = (
                f"the first value is from {series[0].effective.isoformat()}"
                if series
                else "the parameter has no values"
            )
            raise NoValueInForce(name, on, bracket, detail)
        index = position - 1
        if series[index].unit == "boolean":
            # A yes/no rule restated unchanged in a later row (for another bracket's sake)
            # is in force since the row where it took this value: cite that row.
            while index > 0 and series[index - 1].value == series[index].value:
                index -= 1
        return series[index]

    def first_effective(self, name: str, value: object, bracket: str | None = None) -> date | None:
        for item in self._series(name, bracket):
            if item.value == value and type(item.value) is type(value):
                return item.effective
        return None

    def values(self, name: str, bracket: str | None = None) -> list[LegalValue]:
        return list(self._series(name, bracket))


def shipped_parameter_texts() -> dict[str, str]:
    """`{name: toml text}` of the parameter files shipped in resources/parameters."""
    folder = resources.files("cumuldesk.resources").joinpath("parameters")
    texts: dict[str, str] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".toml"):
            texts[entry.name[: -len(".toml")]] = entry.read_text(encoding="utf-8")
    return texts


def load_parameters(
    override_dir: Path | None = None,
    shipped: dict[str, str] | None = None,
    *,
    use_overrides: bool = True,
) -> ParameterSet:
    """Load the shipped parameters and merge the supervisor's override files.

    `override_dir` defaults to `<config dir>/parameters`; a missing folder is fine.
    """
    texts = shipped if shipped is not None else shipped_parameter_texts()
    parameters = {
        name: parse_parameter(text, f"{name}.toml", expected_name=name)
        for name, text in sorted(texts.items())
    }
    applied: list[Path] = []
    if use_overrides:
        folder = override_dir if override_dir is not None else parameter_override_dir()
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                name = path.stem
                if name not in parameters:
                    raise ParameterError(
                        f"{path}: no shipped parameter is called {name!r} "
                        f"(known: {', '.join(sorted(parameters))})"
                    )
                try:
                    text = path.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    raise ParameterError(f"{path}: cannot be read ({exc})") from None
                apply_override(parameters[name], text, str(path))
                applied.append(path)
    return ParameterSet(parameters, applied)
