"""Render the letters of docs/letters/ again from synthetic demo data (not a test).

    .venv/bin/python scripts/letter_pages.py [--out docs/letters] [--today 2026-11-23]

In a temporary folder: `cumuldesk demo-data` (the embedded demo database, with its demo
sender block), then `cumuldesk letter` as a demo handler for the first conflict case in
each language whose simulation calls for a renunciation, and `pdftoppm` (poppler-utils)
turns the pages into PNG: page 1 of the Dutch proposal, its declaration page (its last)
and page 1 of a Dutch advice note, and page 1 of a French proposal where the demo data
hold one (see below). The French and German pages of docs/letters/ come from the tests'
population (tests/ui/test_letter_pages.py renders the same letters). Look at them before
committing them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import create_engine, select

from cumuldesk.storage.models import BobPeriodRow, Case, IvtItDecision, Person

ROOT = Path(__file__).resolve().parents[1]
CUMULDESK = [sys.executable, "-m", "cumuldesk"]
# a handler of a team whose applicants speak the language (the demo accounts)
HANDLERS = {"nl": "an.demo", "fr": "marc.demo"}
TEAMS = {"an.demo": "Team Gent", "marc.demo": "Équipe Bruxelles"}
RESOLUTION = "60"


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CUMULDESK, *args], env=env, capture_output=True, text=True, check=False, cwd=ROOT
    )


def candidates(database: Path, language: str, team: str) -> list[str]:
    """The INSZ of the team's applicants who speak `language`, by case reference (the
    letter command fetches a dossier given by INSZ into the handler's cache)."""
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        rows = connection.execute(
            select(Person.insz)
            .select_from(Case)
            .join(Person, Person.id == Case.person_id)
            .where(
                Person.language == language,
                Case.team == team,
                # a BOB period and an IVT/IT decision: where a proposal can be due
                Person.id.in_(select(BobPeriodRow.person_id)),
                Person.id.in_(select(IvtItDecision.person_id)),
            )
            .order_by(Case.reference)
        )
        found = [row[0] for row in rows]
    engine.dispose()
    return found


def letter(
    env: dict[str, str], cases: list[str], user: str, kind: str, pdf: Path, on: str
) -> str | None:
    """The first of `cases` whose letter of `kind` can be written (a proposal only where
    the simulation calls for a renunciation); its INSZ, None when none can."""
    for reference in cases:
        done = run(
            env, "letter", reference, "--kind", kind, "--pdf", str(pdf), "--on", on, "--user", user
        )
        if done.returncode == 0:
            return reference
    return None


def png(pdf: Path, page: int, target: Path) -> None:
    """One page of `pdf` as `target` (a PNG)."""
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", RESOLUTION, "-f", str(page), "-l", str(page), "-singlefile"]
        + [str(pdf), str(stem)],
        check=True,
    )
    print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "letters")
    parser.add_argument("--today", default="2026-11-23", help="the demo data's and letters' day")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        sys.exit("letter_pages: pdftoppm is missing (apt install poppler-utils)")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cumuldesk-letters-") as folder:
        base = Path(folder)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("CUMULDESK_") and key != "PYTHON_KEYRING_BACKEND"
        }
        env |= {
            "CUMULDESK_DATA_DIR": str(base / "data"),
            "CUMULDESK_CONFIG_DIR": str(base / "config"),
            "CUMULDESK_CACHE_PASSPHRASE": "letter pages passphrase",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        made = run(env, "demo-data", "--persons", "600", "--today", args.today)
        if made.returncode != 0:
            sys.exit(f"letter_pages: demo-data failed: {made.stderr.strip()}")
        database = next((base / "data").rglob("*.sqlite"))
        for language, user in HANDLERS.items():
            env["CUMULDESK_PASSWORD"] = f"{user.split('.')[0]}-demo-password"
            filled = run(env, "cache", "fill", "--user", user)  # the law and sender data
            if filled.returncode != 0:
                sys.exit(f"letter_pages: cache fill failed: {filled.stderr.strip()}")
            cases = candidates(database, language, TEAMS[user])
            pdf = base / f"proposal-{language}.pdf"
            if letter(env, cases, user, "proposal", pdf, args.today) is None:
                # the demo's French speakers live in Brussels and Wallonia (its German
                # speakers too, and no demo handler has their team): a Brussels zorgtoeslag
                # is a decided amount (its scale is not the Flemish one) and Wallonia has
                # no BOB, so the command line cannot propose for them
                print(f"letter_pages: no {language} proposal in the demo data, left as it is")
                continue
            png(pdf, 1, args.out / f"proposal-{language}-page1.png")
            if language == "nl":
                last = len(PdfReader(pdf).pages)
                png(pdf, last, args.out / "proposal-nl-declaration.png")
                advice = base / "advice-nl.pdf"
                letter(env, cases, user, "advice", advice, args.today)
                png(advice, 1, args.out / "advice-nl-page1.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
