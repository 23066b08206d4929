"""Round-number law parameters, so that simulation tests can be checked by hand."""

from __future__ import annotations

import pytest

from cumuldesk.params.loader import ParameterSet, load_parameters


def _row(effective: str, value: str, verified: bool = True) -> str:
    return (
        f"[[values]]\neffective = {effective}\nvalue = {value}\n"
        f'verified = {"true" if verified else "false"}\nsource = {{ title = "test {effective}" }}\n'
    )


def _file(name: str, unit: str, brackets: list[str] | None, rows: list[str]) -> str:
    head = f'name = "{name}"\ndescription = "test"\nunit = "{unit}"\n'
    if brackets:
        head += "brackets = [" + ", ".join(f'"{b}"' for b in brackets) + "]\n"
    return head + "\n".join(rows)


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
    "bob_ivt_it_ban": _file(
        "bob_ivt_it_ban",
        "boolean",
        None,
        [
            _row("2019-01-01", "false"),
            _row("2020-08-01", "true"),
        ],
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


@pytest.fixture
def law() -> ParameterSet:
    return load_parameters(shipped=FIXTURE, use_overrides=False)
