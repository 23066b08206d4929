"""`cumuldesk dossier INSZ`: look up one dossier, online or offline.

Signs in like `cumuldesk cache status`: against the central database when it can be
reached, else offline against the local cache. The dossier comes from the cache; when
the cache does not hold it and the central database can be reached, it is fetched into
the cache first. Offline, a line on stderr says how old the data is (the last sync).

Prints the header (INSZ, name, birth date, age, region, language, case), the conflict
months and query window as `cumuldesk check` does, with `--simulate` the simulation as
`cumuldesk simulate` does, then the notes, letters and open retroactive-change flags.
Stored text (names, references, notes) is printed with its control characters escaped
(`terminal_line`, `terminal_text`): a note cannot retitle or clear the reader's terminal,
nor fake a line of the output.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, TextIO

from cumuldesk.commands.cache import offering_rebuild, signed_in_for_cache
from cumuldesk.commands.central import central_if_reachable
from cumuldesk.commands.report_json import check_json, simulation_json
from cumuldesk.commands.signin import add_user_option
from cumuldesk.commands.support import emit_json, iso_date, terminal_line, terminal_text
from cumuldesk.services.cache_service import open_cache
from cumuldesk.services.dossiers.store import (
    DossierView,
    insz_digits,
    offline_notice,
    open_reachable,
)
from cumuldesk.services.law.data import describe, parameters_for_desk


def register(sub: Any) -> None:
    help_text = (
        "look up one dossier (from the local cache, or fetched from the central database "
        "when it can be reached): identity, case, conflict months, notes"
    )
    command = sub.add_parser("dossier", help=help_text, description=help_text)
    command.add_argument("insz", metavar="INSZ", help="the person's INSZ (dots and dashes allowed)")
    command.add_argument(
        "--simulate", action="store_true", help="also compare IVT/IT with zorgtoeslag + BOB"
    )
    command.add_argument(
        "--on", type=iso_date, metavar="YYYY-MM-DD", help="the query day (default: today)"
    )
    add_user_option(command, "the handler looking the dossier up")
    command.add_argument("--json", action="store_true", help="print JSON")
    command.set_defaults(handler=run_dossier)


def _now() -> datetime:
    return datetime.now(UTC)


def run_dossier(args: argparse.Namespace, out: TextIO) -> int:
    digits = insz_digits(args.insz)  # before any password or database
    identity, verifier = signed_in_for_cache(args, "dossier")
    username = identity.username
    online = verifier is not None  # a verifier comes only from an online sign-in
    today = args.on or date.today()
    with offering_rebuild(
        username, lambda: open_cache(username, create=online, remember=verifier)
    ) as cache:
        view, _ = open_reachable(
            cache,
            identity,
            digits,
            connect=central_if_reachable if online else lambda: None,
            today=today,
            clock=_now,
            online=online,
        )
        # the law data synced to the cache (never synced: the central's, else shipped)
        params = parameters_for_desk(cache, central_if_reachable if online else None)
    if not view.online:
        sys.stderr.write(f"cumuldesk: {offline_notice(view.as_of, _now())}\n")
    # the reports as `cumuldesk check` / `simulate` print them (JSON at the edge)
    check = check_json(view.check_report(params))
    simulation = simulation_json(view.simulation_report(params)) if args.simulate else None
    if args.json:
        report: dict[str, Any] = {
            "dossier": view.header(),
            "check": check,
            "notes": [note.as_dict() for note in view.notes],
            "letters": [letter.as_dict() for letter in view.letters],
            "retro_flags": [flag.as_dict() for flag in view.retro_flags],
            "law_data_version": params.version,
            "law_data_origin": params.origin,
        }
        if simulation is not None:
            report["simulation"] = simulation
        emit_json(report, out)
        return 0
    _print_header(view, out)
    out.write(f"Law data: {describe(params)}\n")
    print_check(check, out)
    if simulation is not None:
        out.write("\n")
        print_simulation(simulation, out)
    _print_work(view, out)
    return 0


# ------------------------------------------------------------------------ printing


def _local(moment: datetime | None) -> str:
    return "-" if moment is None else moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _print_header(view: DossierView, out: TextIO) -> None:
    out.write(f"Dossier {view.formatted_insz}  {terminal_line(view.name)}\n")
    out.write(
        f"  born {view.birth_date.isoformat()} (age {view.age} on {view.input.as_of}), "
        f"region {view.region}, language {view.language}\n"
    )
    case = view.case
    if case is None:
        out.write("  no case\n")
    else:
        status = case.status.replace("_", " ")
        extra = [f"applied {case.application_date}"]
        if case.answer:
            extra.append(f"answer {case.answer.replace('_', ' ')} on {case.answer_date or '-'}")
        if case.deadline:
            extra.append(f"deadline {case.deadline}")
        out.write(f"  case {terminal_line(case.reference)}: {status} ({', '.join(extra)})\n")
        if len(view.cases) > 1:
            others = ", ".join(f"{terminal_line(c.reference)} ({c.status})" for c in view.cases[1:])
            out.write(f"  earlier cases: {others}\n")
    if view.source == "central":
        out.write("  data: fetched from the central database just now\n")
    else:
        where = "online" if view.online else "offline"
        out.write(f"  data: local cache ({where}), as of the last sync {_local(view.as_of)}\n")
    out.write("\n")


def _print_work(view: DossierView, out: TextIO) -> None:
    for flag in view.retro_flags:
        out.write(
            f"\nRetroactive IVT/IT change (decision {terminal_line(flag.decision_ref)}, found "
            f"{_local(flag.detected_at)}): BOB owed again {month_runs(flag.owed) or '-'}; "
            f"BOB must stop {month_runs(flag.stop) or '-'}\n"
        )
    out.write(f"\nNotes ({len(view.notes)}):\n" if view.notes else "\nNotes: none\n")
    for note in view.notes:
        mark = "" if note.pushed else " [not yet synced]"
        out.write(
            f"  {_local(note.created_at)}  {terminal_line(note.author or '-')} "
            f"({terminal_line(note.case_reference)}){mark}: {_note_text(note.text)}\n"
        )
    if view.letters:
        out.write(f"\nLetters ({len(view.letters)}):\n")
        for letter in view.letters:
            state = f"finalised {_local(letter.finalised_at)}" if letter.finalised else "draft"
            mark = "" if letter.pushed else " [not yet synced]"
            kind = letter.kind.replace("_", " ")
            reference = terminal_line(letter.case_reference)
            out.write(f"  {kind} ({letter.language}), {state} ({reference}){mark}\n")


def _note_text(text: str) -> str:
    """A note's text as printed: control characters escaped, its own lines kept and
    indented under the note (so that no line of it passes for a line of the output)."""
    lines = terminal_text(text.replace("\r\n", "\n")).split("\n")
    return "\n      ".join(lines)


# The check and simulation tables, shared with `cumuldesk check` / `cumuldesk simulate`
# (cumuldesk/cli.py imports them).


def month_runs(months: Sequence[str]) -> str:
    """'2024-01 to 2024-03, 2024-07' from a sorted list of YYYY-MM."""
    runs: list[list[str]] = []
    for month in months:
        year, number = int(month[:4]), int(month[5:])
        if runs:
            last = runs[-1][-1]
            ly, lm = int(last[:4]), int(last[5:])
            if (year * 12 + number) - (ly * 12 + lm) == 1:
                runs[-1].append(month)
                continue
        runs.append([month])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]} to {run[-1]}" for run in runs)


def show(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def print_check(report: dict[str, Any], out: TextIO) -> None:
    """The body of `cumuldesk check` (after its header line)."""
    window = report["ban_window"]
    out.write(
        f"Ban window: {window['start']} to {window['end']} (ban in force from "
        f"{report['ban_start']})\n"
        if window
        else "Ban window: none (21 before the ban came into force)\n"
    )
    query = report["query_window"]
    out.write(
        f"Query window on {report['as_of']}: "
        + (f"{query['start']} to {query['end']}\n" if query else "none at this age\n")
    )
    conflicts = report["conflict_months"]
    out.write(
        f"Conflict months ({len(conflicts)}): {month_runs(conflicts)}\n"
        if conflicts
        else "Conflict months: none\n"
    )
    if "retroactive_change" in report:
        change = report["retroactive_change"]
        out.write(
            f"Retroactive change: BOB owed again {month_runs(change['bob_owed_again']) or '-'}; "
            f"BOB must stop {month_runs(change['bob_must_stop']) or '-'}\n"
        )
    out.write(f"\n{'Month':8} {'Status':26} {'BOB':4} {'IVT/IT paid':>11}\n")
    for row in report["months"]:
        bob = "vol" if row["bob_voluntary_switch"] else ("yes" if row["bob"] else "-")
        status = row["status"].replace("_", " ")
        out.write(f"{row['month']:8} {status:26} {bob:4} {row['ivt_it_paid']:>11}\n")


_COLUMNS = (
    "ivt",
    "it",
    "zorgtoeslag",
    "bob",
    "zorgtoeslag_kept",
    "bob_kept",
    "federal",
    "flemish",
    "difference",
)
_TITLES = (
    "IVT",
    "IT",
    "Zorgtoeslag",
    "BOB",
    "ZT kept",
    "BOB kept",
    "Federal",
    "Flemish",
    "Difference",
)


def print_simulation(report: dict[str, Any], out: TextIO) -> None:
    """The body of `cumuldesk simulate` (after its header line)."""
    out.write(f"{'Month':8}" + "".join(f"{t:>12}" for t in _TITLES) + "\n")
    months = report["months"]
    for row in months:
        mark = " *" if row["zorgtoeslag_banned"] or row["bob_banned"] else "  "
        mark += " a" if row.get("arrears") else ""
        line = f"{row['month']:8}" + "".join(f"{row[c]:>12}" for c in _COLUMNS) + mark
        out.write(line.rstrip() + "\n")
    totals = report["totals"]
    out.write(
        f"{'Total':8}"
        + " " * 12 * (len(_COLUMNS) - 3)
        + "".join(f"{totals[c]:>12}" for c in ("federal", "flemish", "difference"))
        + "\n"
    )
    out.write(
        "Federal = IVT + IT + ZT kept + BOB kept (what is kept with IVT/IT); "
        "Flemish = Zorgtoeslag + BOB\n"
    )
    if any(row["zorgtoeslag_banned"] or row["bob_banned"] for row in months):
        out.write(
            "* a month where IVT/IT stops zorgtoeslag or BOB (or the zorgtoeslag is recovered)\n"
        )
    arrears = [row["month"] for row in months if row.get("arrears")]
    if arrears:
        out.write(
            f"a a month of arrears ({len(arrears)}, before the notified month "
            f"{report.get('notified_month')}): IVT/IT paid afterwards, the BOB paid is kept\n"
        )
    out.write(f"\nRecommendation: {report['recommendation']}\n")
    for reason in report["reasons"]:
        out.write(f"  - {terminal_line(reason)}\n")
    open_points = report.get("open_points") or []
    if open_points:
        out.write("\nOpen points of law (a default assumed, no supervisor has confirmed it):\n")
        for item in open_points:
            label = item["name"] + (f"[{item['bracket']}]" if item["bracket"] else "")
            out.write(
                f"  - {terminal_line(label)} = {show(item['value'])} from {item['effective']}, "
                f"deciding {item['first_month']} to {item['last_month']} "
                f"({terminal_line(item['source'])})\n"
            )
    law = report.get("law_data")
    out.write(f"\nParameters used{f' ({law})' if law else ''}:\n")
    for item in report["parameters"]:
        kind = item.get("kind") or ("sourced" if item["verified"] else "computed")
        mark = kind if item["verified"] else f"UNVERIFIED: {kind}"
        label = item["name"] + (f"[{item['bracket']}]" if item["bracket"] else "")
        out.write(
            f"  - {terminal_line(label)} = {show(item['value'])} {item['unit']} from "
            f"{item['effective']} ({mark}; {terminal_line(item['source'])})\n"
        )
