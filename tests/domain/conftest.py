"""Round-number law parameters, so that simulation tests can be checked by hand.

The yes/no rules are those of the shipped data, with the same kinds: the BOB ban from
2020-08-01 (carried: an open point) and from 2021-06-01 (sourced), the
ondersteuningstoeslag ban from 2023-01-01 (carried) and the recovery of the zorgtoeslag
of arrears months from 2020-08-01 (carried). `law_with(...)` replaces some files.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cumuldesk.params.loader import ParameterSet, load_parameters


def _row(effective: str, value: str, verified: bool = True, kind: str | None = None) -> str:
    mark = f'kind = "{kind}"' if kind else f"verified = {'true' if verified else 'false'}"
    return (
        f"[[values]]\neffective = {effective}\nvalue = {value}\n"
        f'{mark}\nsource = {{ title = "test {effective}" }}\n'
    )


def _file(name: str, unit: str, brackets: list[str] | None, rows: list[str]) -> str:
    head = f'name = "{name}"\ndescription = "test"\nunit = "{unit}"\n'
    if brackets:
        head += "brackets = [" + ", ".join(f'"{b}"' for b in brackets) + "]\n"
    return head + "\n".join(rows)


def parameter(name: str, unit: str, *rows: tuple[str, str, str]) -> str:
    """An unbracketed parameter file from (effective, value, kind) rows."""
    return _file(name, unit, None, [_row(e, v, kind=k) for e, v, k in rows])


def rule(name: str, *rows: tuple[str, str, str]) -> str:
    """A yes/no rule file from (effective, "true"/"false", kind) rows."""
    return parameter(name, "boolean", *rows)


ZT = [
    "p1_4_total_lt6",
    "total_6_8",
    "total_9_11",
    "total_12_14_or_p1_4_total_6_11",
    "total_15_17",
    "total_18_20",
    "total_gt20",
]


def _zt(values: list[str]) -> str:
    return "{ " + ", ".join(f"{b} = {v}" for b, v in zip(ZT, values, strict=True)) + " }"


FIXTURE = {
    "ivt_yearly": _file(
        "ivt_yearly",
        "EUR/year",
        ["A", "B", "C"],
        [
            _row("2020-01-01", "{ A = 6000.00, B = 12000.00, C = 18000.00 }"),
            _row("2023-01-01", "{ A = 6300.00, B = 12600.00, C = 18900.00 }"),
        ],
    ),
    "ivt_partner_exemption": _file(
        "ivt_partner_exemption",
        "EUR/year",
        None,
        [
            _row("2020-01-01", "3000.00"),
        ],
    ),
    "it_yearly": _file(
        "it_yearly",
        "EUR/year",
        ["1", "2", "3", "4", "5"],
        [
            _row(
                "2020-01-01",
                '{ "1" = 1200.00, "2" = 2400.00, "3" = 3600.00, "4" = 4800.00, "5" = 6000.00 }',
            ),
        ],
    ),
    "zorgtoeslag_monthly": _file(
        "zorgtoeslag_monthly",
        "EUR/month",
        ZT,
        [
            _row(
                "2020-09-01",
                _zt(["80.00", "110.00", "260.00", "430.00", "490.00", "530.00", "560.00"]),
            ),
            _row(
                "2022-09-01",
                _zt(["90.00", "120.00", "270.00", "440.00", "500.00", "540.00", "570.00"]),
            ),
        ],
    ),
    "bob_monthly": _file(
        "bob_monthly",
        "EUR/month",
        None,
        [
            _row("2019-01-01", "300.00"),
            _row("2023-01-01", "320.00", verified=False),
        ],
    ),
    "bob_ivt_it_ban": rule(
        "bob_ivt_it_ban",
        ("2019-01-01", "false", "sourced"),
        ("2020-08-01", "true", "carried"),
        ("2021-06-01", "true", "sourced"),
    ),
    "ondersteuningstoeslag_ivt_it_ban": rule(
        "ondersteuningstoeslag_ivt_it_ban", ("2023-01-01", "true", "carried")
    ),
    "zorgtoeslag_arrears_recovered": rule(
        "zorgtoeslag_arrears_recovered", ("2020-08-01", "true", "carried")
    ),
    "zorgtoeslag_ivt_it_ban": _file(
        "zorgtoeslag_ivt_it_ban",
        "boolean",
        ["flanders", "brussels", "wallonia"],
        [
            _row("2019-01-01", "{ flanders = false, brussels = false, wallonia = false }"),
            _row("2021-06-01", "{ flanders = true, brussels = false, wallonia = false }"),
            _row("2022-01-01", "{ flanders = true, brussels = true, wallonia = false }"),
        ],
    ),
}


def make_law(**files: str) -> ParameterSet:
    """The fixture's parameters with some files replaced (`name=toml text`)."""
    return load_parameters(shipped={**FIXTURE, **files})


@pytest.fixture
def law() -> ParameterSet:
    return make_law()


@pytest.fixture
def law_with() -> Callable[..., ParameterSet]:
    return make_law
