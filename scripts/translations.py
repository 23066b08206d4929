"""Update the interface translations with Qt's own tools.

    .venv/bin/python scripts/translations.py            # extract, then compile
    .venv/bin/python scripts/translations.py --check    # say what is untranslated

1. `pyside6-lupdate` reads every `cumuldesk/**/*.py` and adds the texts marked for
   translation (`self.tr`, `QCoreApplication.translate`, `QT_TRANSLATE_NOOP`) to
   `resources/i18n/cumuldesk_<language>.ts` for Dutch, French and German, keeping the
   translations already made and dropping texts the code no longer has.
2. A translator fills in the new texts (Qt Linguist: `pyside6-linguist FILE.ts`, or
   any XML editor: replace `<translation type="unfinished"></translation>`).
3. `pyside6-lrelease` compiles each `.ts` into the `.qm` the application loads.

    .venv/bin/python scripts/translations.py --fill NEW.json [...]

`--fill` takes JSON files, each a list of {"context", "source", "nl", "fr", "de"} (a list
of forms for a text with a count, `%n`), and writes those translations into the `.ts`
files after extracting (for work in parallel: each writer keeps its own file, the
`.ts` files are written by one run at a time).

tests/ui/test_translations.py fails while a text has no translation or a `.qm` is not
compiled from its `.ts`.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE"}
TOOLS = Path(sys.executable).parent


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{Path(command[0]).name} failed:\n{done.stderr}")


def extract(code: str) -> Path:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cumuldesk").rglob("*.py"))
    target = FOLDER / f"cumuldesk_{code}.ts"
    _run(
        str(TOOLS / "pyside6-lupdate"),
        *sources,
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGES[code],
        "-ts",
        str(target),
    )
    return target


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    _run(str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))
    return qm


def untranslated(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append((name, message.findtext("source") or ""))
    return missing


def fill(ts: Path, code: str, entries: list[dict[str, object]]) -> int:
    """Write the given translations into `ts`; how many texts it had to take them."""
    tree = ET.parse(ts)
    wanted = {(str(e["context"]), str(e["source"])): e[code] for e in entries if code in e}
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            value = wanted.get((name, message.findtext("source") or ""))
            if value is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only list what is missing")
    parser.add_argument("--fill", nargs="+", type=Path, default=[], metavar="JSON")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, object]] = []
    for path in args.fill:
        entries.extend(json.loads(path.read_text(encoding="utf-8")))
    with open(FOLDER / ".lock", "w") as lock:  # one run at a time writes the .ts files
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _update(args, entries)


def _update(args: argparse.Namespace, entries: list[dict[str, object]]) -> int:
    status = 0
    for code in LANGUAGES:
        ts = FOLDER / f"cumuldesk_{code}.ts"
        if not args.check:
            extract(code)
            if entries:
                print(f"{ts.relative_to(ROOT)}: {fill(ts, code, entries)} text(s) filled")
                extract(code)  # lupdate's own layout again
            compile_qm(ts)
        missing = untranslated(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} text(s) without a translation")
        for context, source in missing[:20] if args.check else []:
            print(f"  {context}: {source[:90]!r}")
        status |= bool(missing)
    return status if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
