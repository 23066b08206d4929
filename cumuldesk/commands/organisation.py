"""`cumuldesk organisation show|publish`: the letters' sender block in the central database.

DG HAN's own details printed on every letter (organisation, postal address, phone, opening
hours, signatory), per language, each with its source note. Anyone may show them; a
supervisor publishes a field in a language, which every desk gets with its next sync (each
publication is kept; the newest is the one in force). Refusals exit with 2 (bad input) or
4 (not allowed) and one sentence on stderr.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import add_user_option, credentials
from cumuldesk.commands.support import emit_json, terminal_line
from cumuldesk.domain.cases import Language
from cumuldesk.domain.organisation import SenderField
from cumuldesk.services.central.connect import sign_in_central
from cumuldesk.services.organisation import (
    OrganisationEntry,
    Publication,
    block_json,
    load_current,
    publish,
)

FIELD_NAMES = ", ".join(field.value for field in SenderField)


def register(sub: Any) -> None:
    organisation = sub.add_parser(
        "organisation",
        help="the letters' sender block: DG HAN's address, phone, opening hours, signatory "
        "(show; supervisors publish)",
        description="DG HAN's own details printed on every letter, per language, each with "
        "its source note, kept in the central database. A supervisor publishes a field; "
        "every desk gets it with its next sync. A field nobody published is printed as "
        "missing on the letters: CumulDesk never makes one up.",
    )
    actions = organisation.add_subparsers(
        dest="organisation_command", metavar="ACTION", required=True
    )

    show = actions.add_parser(
        "show", help="show the sender block in force, per language, with each field's source"
    )
    show.add_argument(
        "--language", choices=[language.value for language in Language], help="one language"
    )
    add_user_option(show, "who looks (optional: the sender block holds nothing personal)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)

    new = actions.add_parser(
        "publish",
        help="publish a field of the sender block in one language (supervisors)",
        description="Publish a field of the sender block in one language, with where it "
        "comes from. The previous text stays on record; this one is in force from now on.",
    )
    new.add_argument("--field", required=True, metavar="FIELD", help=f"one of: {FIELD_NAMES}")
    new.add_argument(
        "--language",
        required=True,
        metavar="nl|fr|de",
        help="the language of the letters that print it",
    )
    new.add_argument(
        "--text",
        required=True,
        help=r"the text; several lines separated by \n (an address, a name and a title)",
    )
    new.add_argument(
        "--source",
        required=True,
        help="where it comes from (a public page, a decision); an empty source marks it "
        "as not sourced, which the letters ask to confirm",
    )
    add_user_option(new, "the supervisor who publishes")
    new.add_argument("--json", action="store_true", help="print JSON")
    new.set_defaults(handler=run_publish)


def _text_argument(raw: str) -> str:
    """The --text as typed: a literal backslash-n separates lines too."""
    return raw.replace("\\n", "\n")


def run_publish(args: argparse.Namespace, out: TextIO) -> int:
    publication = Publication.checked(
        args.field, args.language, _text_argument(args.text), args.source
    )
    username, password = credentials(args, "organisation publish")
    central = central_for_command(credentials=(username, password))
    try:
        identity = sign_in_central(central, username, password)
        done = publish(central.sessions, identity, publication)
    finally:
        central.close()
    if args.json:
        emit_json(
            {
                "field": done.field.value,
                "language": done.language.value,
                "version": done.version,
                "sourced": bool(publication.source),
            },
            out,
        )
    else:
        sourced = "" if publication.source else " (no source given: the letters ask to confirm it)"
        out.write(
            f"Published the {done.field.value} of the sender block in {done.language.value}, "
            f"version {done.version}{sourced}; every desk gets it with its next sync.\n"
        )
    return 0


def run_show(args: argparse.Namespace, out: TextIO) -> int:
    login = credentials(args, "organisation show") if args.user else None
    central = central_for_command()
    try:
        if login is not None:
            sign_in_central(central, *login)
        entries = load_current(central.sessions)
    finally:
        central.close()
    languages = [Language(args.language)] if args.language else list(Language)
    if args.json:
        emit_json([block_json(language, entries) for language in languages], out)
        return 0
    for index, language in enumerate(languages):
        if index:
            out.write("\n")
        out.write(f"Sender block, {language.value}:\n")
        for field in SenderField:
            out.write(_lines(field, entries.get((field, language))))
    return 0


def _lines(field: SenderField, entry: OrganisationEntry | None) -> str:
    if entry is None:
        return f"  {field.value:12} (not published: the letters print it as missing)\n"
    value = entry.value
    lines = value.lines or ("",)
    text = f"  {field.value:12} {terminal_line(lines[0])}\n"
    text += "".join(f"  {'':12} {terminal_line(line)}\n" for line in lines[1:])
    source = terminal_line(value.source) if value.source.strip() else "none (not sourced)"
    when = value.published_at.isoformat(timespec="seconds")
    text += (
        f"  {'':12} source: {source}; version {entry.version}, published by "
        f"{terminal_line(value.published_by)} at {when}\n"
    )
    return text
