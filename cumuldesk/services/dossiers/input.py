"""Read a dossier description (DOSSIER.json) into domain values.

Every problem is an `InputError` whose message starts with the field it concerns,
for example ``bob_periods[1].end: 2023-01-31 is before the start 2023-05-01``.
Messages never repeat the INSZ.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from cumuldesk.domain.amounts import (
    BobFromParameter,
    Category,
    Decided,
    ItFromPoints,
    IvtFromCategory,
    ZorgtoeslagFromPoints,
)
from cumuldesk.domain.dossier import Dossier, Region
from cumuldesk.domain.insz import InszError, parse_insz
from cumuldesk.domain.money import parse_amount
from cumuldesk.domain.months import Month
from cumuldesk.domain.periods import BobPeriod, IvtItPeriod, Period, Regulation
from cumuldesk.domain.simulation import BobSpec, SimulationInput
from cumuldesk.domain.texts import Message
from cumuldesk.errors import BadInput


class InputError(BadInput, ValueError):
    """Bad input; the message names the field. `problem`: the message without the field
    as a marked text (the window translates it), when the domain gave one."""

    def __init__(self, field: str, message: str, problem: Message | None = None) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message
        self.problem = problem


@dataclass(frozen=True)
class DossierInput:
    dossier: Dossier
    as_of: date
    previous_ivt_it_periods: tuple[IvtItPeriod, ...] | None
    simulation: dict[str, Any] | None


MAX_DOSSIER_BYTES = 1024 * 1024  # a dossier description is a few KB
MAX_DEPTH = 16  # nesting of objects and lists; the format itself needs 3
MAX_INTEGER_DIGITS = 18
EARLIEST_DAY, LATEST_DAY = date(1900, 1, 1), date(2100, 12, 31)  # any date of the file

_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only (fullmatch)


class _NotAValue:
    """What JSON gives that no field takes: an integer of more than MAX_INTEGER_DIGITS
    digits, NaN or Infinity. Every field check refuses it by its type, naming the field."""

    def __init__(self, text: str) -> None:
        self.text = text[:20]

    def __repr__(self) -> str:
        return f"<not a value: {self.text}>"


def _integer(text: str) -> int | _NotAValue:
    return int(text) if len(text.lstrip("-")) <= MAX_INTEGER_DIGITS else _NotAValue(text)


def _too_deep(text: str, path: Path) -> None:
    """InputError at the first bracket nested deeper than MAX_DEPTH (strings skipped)."""
    depth = 0
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
                raise InputError(
                    "",
                    f"{path}: invalid JSON at line {line}, column {column}: nested more than "
                    f"{MAX_DEPTH} levels deep",
                )
        elif token in "]}":
            depth -= 1


def read_json_file(path: Path) -> Any:
    """The parsed JSON of `path`; InputError for a missing file, one larger than
    MAX_DOSSIER_BYTES, nesting deeper than MAX_DEPTH or invalid JSON."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_DOSSIER_BYTES + 1)
        if len(data) > MAX_DOSSIER_BYTES:
            raise InputError(
                "", f"{path}: larger than {MAX_DOSSIER_BYTES // 1024:,} KB: not a dossier file"
            )
        text = data.decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError("", f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise InputError("", f"{path}: cannot be read ({reason})") from None
    _too_deep(text, path)
    try:
        return json.loads(text, parse_int=_integer, parse_constant=_NotAValue)
    except json.JSONDecodeError as exc:
        raise InputError(
            "", f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:  # the depth check above should have stopped it first
        raise InputError("", f"{path}: invalid JSON: nested too deeply") from None


def _shown_name(name: str) -> str:
    """A field name from the file as the message shows it: as written when it is plain
    printable text, else JSON-quoted with escapes (never a line break or a control
    character in the one-line message); at most 40 characters."""
    shown = name if name and name.isprintable() else json.dumps(name)
    return shown if len(shown) <= 40 else shown[:39] + "\u2026"


def _object(value: Any, field: str, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(field or "dossier", "expected a JSON object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        name = _shown_name(unknown[0])
        where = f"{field}.{name}" if field else name
        raise InputError(where, f"unknown field (expected one of: {', '.join(sorted(allowed))})")
    return value


def _date(value: Any, field: str) -> date:
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise InputError(field, "expected a date as YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(field, "not an existing date (expected YYYY-MM-DD)") from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise InputError(field, f"outside {EARLIEST_DAY} to {LATEST_DAY}")
    return day


def _bool(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(field, "expected true or false")
    return value


def _amount(value: Any, field: str) -> Decimal:
    try:
        return parse_amount(value)
    except ValueError as exc:
        raise InputError(field, str(exc)) from None


def _int(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, "expected a whole number")
    return value


def _list(value: Any, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(field, "expected a list")
    return value


def _period(item: dict[str, Any], field: str) -> Period:
    start = _date(item.get("start"), f"{field}.start")
    end_raw = item.get("end")
    end = None if end_raw is None else _date(end_raw, f"{field}.end")
    if end is not None and end < start:
        raise InputError(f"{field}.end", "the end date is before the start date")
    return Period(start, end)


def _bob_periods(value: Any) -> tuple[BobPeriod, ...]:
    periods = []
    for index, raw in enumerate(_list(value, "bob_periods")):
        field = f"bob_periods[{index}]"
        item = _object(raw, field, {"start", "end", "voluntary_switch"})
        voluntary = _bool(item.get("voluntary_switch", False), f"{field}.voluntary_switch")
        periods.append(BobPeriod(_period(item, field), voluntary))
    return tuple(periods)


def _ivt_it_periods(value: Any, name: str) -> tuple[IvtItPeriod, ...]:
    periods = []
    for index, raw in enumerate(_list(value, name)):
        field = f"{name}[{index}]"
        item = _object(raw, field, {"start", "end", "monthly_amount", "regulation"})
        period = _period(item, field)
        if "monthly_amount" not in item:
            raise InputError(f"{field}.monthly_amount", "missing")
        amount = _amount(item["monthly_amount"], f"{field}.monthly_amount")
        try:
            regulation = Regulation(cast(str, item.get("regulation")))  # else ValueError
        except ValueError:
            raise InputError(f"{field}.regulation", 'expected "IVT", "IT" or "IVT+IT"') from None
        periods.append(IvtItPeriod(period, amount, regulation))
    return tuple(periods)


DOSSIER_FIELDS = {
    "insz",
    "birth_date",
    "region",
    "as_of",
    "bob_periods",
    "ivt_it_periods",
    "previous_ivt_it_periods",
    "simulation",
}


def parse_dossier(data: Any, today: date) -> DossierInput:
    """Validate a dossier description; `today` is the default `as_of`."""
    item = _object(data, "", DOSSIER_FIELDS)
    if "insz" not in item:
        raise InputError("insz", "missing")
    if not isinstance(item["insz"], str):
        raise InputError("insz", "expected the number as text")
    try:
        insz = parse_insz(item["insz"])
    except InszError as exc:
        raise InputError("insz", exc.message) from None
    birth = insz.birth_date
    if item.get("birth_date") is not None:
        given = _date(item["birth_date"], "birth_date")
        if birth is not None and given != birth:
            raise InputError("birth_date", "does not match the birth date in the INSZ")
        birth = given
    if birth is None:
        raise InputError("birth_date", "required: the INSZ does not contain a complete birth date")
    try:
        region = Region(cast(str, item.get("region")))  # else ValueError
    except ValueError:
        raise InputError("region", 'expected "flanders", "brussels" or "wallonia"') from None
    as_of = _date(item["as_of"], "as_of") if item.get("as_of") is not None else today
    previous = None
    if item.get("previous_ivt_it_periods") is not None:
        previous = _ivt_it_periods(item["previous_ivt_it_periods"], "previous_ivt_it_periods")
    simulation = item.get("simulation")
    if simulation is not None and not isinstance(simulation, dict):
        raise InputError("simulation", "expected a JSON object")
    dossier = Dossier(
        insz=insz.digits,
        birth_date=birth,
        region=region,
        bob_periods=_bob_periods(item.get("bob_periods")),
        ivt_it_periods=_ivt_it_periods(item.get("ivt_it_periods"), "ivt_it_periods"),
    )
    return DossierInput(dossier, as_of, previous, simulation)


def _decided(item: dict[str, Any], field: str) -> Decided:
    return Decided(_amount(item["monthly_amount"], f"{field}.monthly_amount"))


def _ivt(value: Any) -> Decided | IvtFromCategory:
    field = "simulation.ivt"
    if value is None:
        raise InputError(field, 'missing: give {"monthly_amount"} or {"category"}')
    item = _object(value, field, {"monthly_amount", "category", "own_income", "partner_income"})
    if "monthly_amount" in item:
        if set(item) != {"monthly_amount"}:
            raise InputError(field, "give either monthly_amount or category with incomes")
        return _decided(item, field)
    try:
        category = Category(cast(str, item.get("category")))  # else ValueError
    except ValueError:
        raise InputError(f"{field}.category", 'expected "A", "B" or "C"') from None
    own = _amount(item.get("own_income", "0"), f"{field}.own_income")
    partner = _amount(item.get("partner_income", "0"), f"{field}.partner_income")
    return IvtFromCategory(category, own, partner)


def _it(value: Any) -> Decided | ItFromPoints | None:
    field = "simulation.it"
    if value is None:
        return None
    item = _object(value, field, {"monthly_amount", "points"})
    if len(item) != 1:
        raise InputError(field, 'give either {"monthly_amount"} or {"points"}')
    if "monthly_amount" in item:
        return _decided(item, field)
    try:
        return ItFromPoints(_int(item["points"], f"{field}.points"))
    except ValueError as exc:
        raise InputError(f"{field}.points", str(exc)) from None


def _zorgtoeslag(value: Any) -> Decided | ZorgtoeslagFromPoints | None:
    field = "simulation.zorgtoeslag"
    if value is None:
        return None
    item = _object(value, field, {"monthly_amount", "points", "pillar1_points"})
    if "monthly_amount" in item:
        if len(item) != 1:
            raise InputError(field, "give either monthly_amount or points with pillar1_points")
        return _decided(item, field)
    if "points" not in item:
        raise InputError(field, 'give {"monthly_amount"} or {"points", "pillar1_points"}')
    points = _int(item["points"], f"{field}.points")
    pillar1 = _int(item.get("pillar1_points", 0), f"{field}.pillar1_points")
    try:
        return ZorgtoeslagFromPoints(points, pillar1)
    except ValueError as exc:
        raise InputError(field, str(exc)) from None


def _bob(value: Any, dossier: Dossier) -> BobSpec:
    field = "simulation.bob"
    if value is None:
        # From the dossier: BOB in the months its BOB periods cover.
        if not dossier.bob_periods:
            return BobSpec(None)
        return BobSpec(BobFromParameter(), periods=dossier.bob_periods)
    item = _object(value, field, {"monthly_amount", "entitled", "voluntary_switch"})
    voluntary = _bool(item.get("voluntary_switch", False), f"{field}.voluntary_switch")
    if "monthly_amount" in item:
        if "entitled" in item and item["entitled"] is not True:
            raise InputError(f"{field}.entitled", "a monthly amount means entitled: true")
        return BobSpec(_decided(item, field), voluntary)
    if "entitled" not in item:
        raise InputError(field, 'give {"monthly_amount"} or {"entitled": true/false}')
    if not _bool(item["entitled"], f"{field}.entitled"):
        return BobSpec(None)
    return BobSpec(BobFromParameter(), voluntary)


SIMULATION_FIELDS = {"first_payment_month", "notified_month", "ivt", "it", "zorgtoeslag", "bob"}


def _month(item: dict[str, Any], name: str) -> Month | None:
    raw = item.get(name)
    if raw is None:
        return None
    try:
        if not isinstance(raw, str) or raw != raw.strip():
            raise ValueError("expected a month as YYYY-MM, for example 2024-03")
        month = Month.parse(raw)
    except ValueError as exc:
        raise InputError(f"simulation.{name}", str(exc)) from None
    if not Month.of(EARLIEST_DAY) <= month <= Month.of(LATEST_DAY):
        raise InputError(
            f"simulation.{name}", f"outside {Month.of(EARLIEST_DAY)} to {Month.of(LATEST_DAY)}"
        )
    return month


def parse_simulation(parsed: DossierInput) -> SimulationInput:
    """The simulation inputs of a dossier description (its `simulation` object).

    `notified_month` (the first month the zorgkas and the Groeipakket payer no longer
    pay, once told of the IVT/IT) stays None when not given: the simulation then takes
    the month after `as_of` (`SimulationInput.notified`)."""
    if parsed.simulation is None:
        raise InputError("simulation", "missing: the simulate command needs a simulation object")
    item = _object(parsed.simulation, "simulation", SIMULATION_FIELDS)
    first = _month(item, "first_payment_month")
    notified = _month(item, "notified_month")
    dossier = parsed.dossier
    return SimulationInput(
        birth_date=dossier.birth_date,
        region=dossier.region,
        ivt=_ivt(item.get("ivt")),
        it=_it(item.get("it")),
        zorgtoeslag=_zorgtoeslag(item.get("zorgtoeslag")),
        bob=_bob(item.get("bob"), dossier),
        first_payment_month=first,
        notified_month=notified,
        as_of=parsed.as_of,
    )
