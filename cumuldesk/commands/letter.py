"""`cumuldesk letter CASE-OR-INSZ --pdf OUT.pdf`: a case's letter as a PDF, for scripted
batches.

Signs in like `cumuldesk dossier` (online when the central database can be reached,
else offline against the local cache), works through the handler's desk
(`services.desk.Desk`, `services.accounts.desk_signin.open_desk`) and opens the dossier
from the cache (a dossier named by its INSZ that is not cached is fetched when online; a
case reference must be in the cache). When the case already has a finalised letter of
that kind, that stored letter is written, unchanged. Otherwise the letter is drafted
from the simulation (the renunciation proposal in the applicant's language, or with
`--kind advice` the advice note in the handler's language) and, with `--finalise`,
stored as the case's finalised letter first (`--confirm-unverified` confirms the law
values that are not sourced: computed, carried or an open point of law, named in words,
and the fields of DG HAN's sender block nobody published or published without a source).
Every PDF written is an audit event ("pdf_exported"); the letter names the law-data
version it used.

Exit 2 when the dossier cannot be simulated or no renunciation proposal applies (for
example in Wallonia).

`cumuldesk letter --to-propose --pdf-dir DIR [--finalise [--confirm-unverified]]` drafts
in bulk (`services.letters.bulk`, issue 18) every case of the user's team that the
screening says calls for a proposal (the screening results the user may read), each
checked again now: one PDF per letter into DIR, one line each; the cases left out (not
screened, no longer calling for a proposal, not simulated, to confirm) with the reason;
then the counts. Exit 2 when a letter was left out because finalising it needs
--confirm-unverified (as for one letter).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from cumuldesk.commands.cache import offering_rebuild, signed_in_for_cache
from cumuldesk.commands.central import central_for_command
from cumuldesk.commands.signin import add_user_option
from cumuldesk.commands.support import (
    MAX_ANSWER_DAYS,
    ctrl_c_deferred,
    day_count,
    defer_ctrl_c,
    iso_date,
    resume_ctrl_c,
    when_cancelled,
)
from cumuldesk.domain.cases import Language, LetterKind
from cumuldesk.domain.insz import normalise_insz_input
from cumuldesk.errors import BadInput, CumulDeskError
from cumuldesk.services.accounts.desk_signin import open_desk
from cumuldesk.services.cache_service import open_cache
from cumuldesk.services.desk import Desk
from cumuldesk.services.dossiers.store import insz_digits, offline_notice
from cumuldesk.services.law.data import describe
from cumuldesk.services.letters.drafting import (
    ADVICE_NOTE,
    ANSWER_DAYS,
    PROPOSAL,
    LetterDraft,
    draft_advice_note,
    draft_proposal,
    letter_title,
)
from cumuldesk.services.letters.setup import LetterDossier
from cumuldesk.services.letters.store import Output, StoredLetter, sender_problems
from cumuldesk.services.simulation.words import confirmation_lines
from cumuldesk.storage.files import check_target

KINDS = {"proposal": PROPOSAL, "advice": ADVICE_NOTE}
NOT_CACHED = (
    "no case with this reference in the local cache (give the INSZ to fetch the dossier "
    "from the central database)"
)


def register(sub: Any) -> None:
    help_text = (
        "write a case's letter as an A4 PDF: the renunciation proposal (in the applicant's "
        "language) or the advice note; a finalised letter is written as it was stored"
    )
    command = sub.add_parser("letter", help=help_text, description=help_text)
    command.add_argument(
        "target",
        metavar="CASE-OR-INSZ",
        nargs="?",
        help="a case reference (CD-...) or the person's INSZ",
    )
    command.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the PDF file to write")
    command.add_argument(
        "--to-propose",
        action="store_true",
        help="instead of one case: every case of your team that the screening says calls "
        "for a renunciation proposal, one PDF per letter into --pdf-dir",
    )
    command.add_argument(
        "--pdf-dir",
        type=Path,
        metavar="DIR",
        help="with --to-propose: the folder the PDFs are written to (made when missing)",
    )
    command.add_argument(
        "--kind",
        choices=sorted(KINDS),
        default="proposal",
        help="proposal: the renunciation proposal (default); advice: the advice note",
    )
    command.add_argument(
        "--finalise",
        action="store_true",
        help="store the drafted letter as the case's finalised letter (immutable) first",
    )
    command.add_argument(
        "--confirm-unverified",
        action="store_true",
        help="with --finalise: confirm that the simulation may use unverified parameter values "
        "and that the letter's sender block may be incomplete",
    )
    command.add_argument(
        "--answer-days",
        type=day_count,
        default=ANSWER_DAYS,
        metavar="DAYS",
        help=f"days the applicant has to answer the proposal, 1 to {MAX_ANSWER_DAYS} "
        f"(default {ANSWER_DAYS})",
    )
    command.add_argument(
        "--on", type=iso_date, metavar="YYYY-MM-DD", help="the letter's date (default: today)"
    )
    add_user_option(command, "the handler writing the letter")
    command.set_defaults(handler=run_letter, letter_parser=command)


def _now() -> datetime:
    return datetime.now(UTC)


def _looks_like_insz(text: str) -> bool:
    cleaned = normalise_insz_input(text)
    return len(cleaned) == 11 and cleaned.isdigit()


def finalise(desk: Desk, draft: LetterDraft, *, confirmed: bool) -> StoredLetter:
    """Store the draft as the case's finalised letter (one cache transaction)."""
    return desk.finalise_letter(draft, draft.html, confirmed_unverified=confirmed).letter


def _check_arguments(args: argparse.Namespace) -> None:
    """The arguments of one letter, or of --to-propose (argparse's words and exit 2)."""
    parser: argparse.ArgumentParser = args.letter_parser
    if args.to_propose:
        if args.target is not None or args.pdf is not None:
            parser.error("--to-propose takes no CASE-OR-INSZ nor --pdf (it writes to --pdf-dir)")
        if args.pdf_dir is None:
            parser.error("the following arguments are required: --pdf-dir")
        if args.kind != "proposal":
            parser.error("--to-propose drafts renunciation proposals only")
        return
    if args.pdf_dir is not None:
        parser.error("--pdf-dir goes with --to-propose")
    missing = [
        name
        for name, value in (("CASE-OR-INSZ", args.target), ("--pdf", args.pdf))
        if value is None
    ]
    if missing:
        parser.error(f"the following arguments are required: {', '.join(missing)}")


def run_letter(args: argparse.Namespace, out: TextIO) -> int:
    _check_arguments(args)
    if args.to_propose:
        return run_to_propose(args, out)
    kind = KINDS[args.kind]
    if args.confirm_unverified and not args.finalise:
        raise BadInput("--confirm-unverified goes with --finalise")
    check_target(args.pdf, "letter PDF")  # before signing in or finalising anything
    by_insz = _looks_like_insz(args.target)
    digits = insz_digits(args.target) if by_insz else None  # before any password
    identity, verifier = signed_in_for_cache(args, "letter")
    username = identity.username
    online = verifier is not None
    today = args.on or date.today()
    with offering_rebuild(
        username, lambda: open_cache(username, create=online, remember=verifier)
    ) as cache:
        # the desk's law data: the cache's (never synced: the central's, else shipped)
        connect = central_for_command if online else None
        desk = open_desk(identity, cache, connect=connect, clock=_now, online=online)
        reference = None
        if digits is None:
            case = desk.find_case(args.target)
            if case is None:
                raise BadInput(NOT_CACHED)
            digits, reference = case.insz, case.reference
        dossier = desk.letter_dossier(digits, today=today, reference=reference)
        view = dossier.view
        if not view.online:
            sys.stderr.write(f"cumuldesk: {offline_notice(view.as_of, _now())}\n")
        if desk.law.version is None:
            sys.stderr.write(f"cumuldesk: note: law data: {describe(desk.law)}\n")
        if view.case is None:
            raise BadInput("this dossier has no case: a letter belongs to a case")
        reference = view.case.reference
        stored = desk.finalised_letter(reference, kind)
        if stored is not None:
            if args.finalise:
                sys.stderr.write(
                    "cumuldesk: this letter was finalised before; "
                    "the stored letter is written unchanged\n"
                )
            html, language, state = stored.html, stored.language, "finalised"
        else:
            html, language, state = _draft(args, desk, dossier, kind, today)
        from cumuldesk.ui.letters.document import ensure_gui_application, write_pdf

        ensure_gui_application()
        defer_ctrl_c()  # the PDF and its audit event go together: Ctrl+C waits for both
        try:
            pages = write_pdf(
                html,
                args.pdf,
                reference=reference,
                insz_formatted=view.formatted_insz,
                title=letter_title(kind, language),
                language=language,
            )
        except CumulDeskError:
            if state == "finalised":
                sys.stderr.write(
                    "cumuldesk: the letter is finalised and kept in the local cache; run "
                    "the command again to write its PDF (the stored letter, unchanged)\n"
                )
            raise
        desk.record_letter_output(reference, kind, Output.PDF_EXPORTED)
        when_cancelled(f"the PDF was written before the stop ({args.pdf})")
        resume_ctrl_c()
    what = kind.replace("_", " ")
    out.write(
        f"{args.pdf}: {pages} page{'s' if pages != 1 else ''} ({what}, {state}, {reference})\n"
    )
    return 0


def _draft(
    args: argparse.Namespace,
    desk: Desk,
    dossier: LetterDossier,
    kind: LetterKind,
    today: date,
) -> tuple[str, Language, str]:
    """Draft the letter (and finalise it with --finalise): its HTML, language and state."""
    view, law = dossier.view, desk.law
    report = view.simulation_report(law)  # BadInput when it cannot be simulated
    if kind == PROPOSAL:
        draft = draft_proposal(
            view,
            report,
            law,
            today=today,
            handler=desk.identity,
            representative=dossier.representative,
            answer_days=args.answer_days,
            address=dossier.address,
            sender=dossier.sender(view.language),
        )
    else:
        draft = draft_advice_note(
            view,
            report,
            view.check_report(law),
            law,
            today=today,
            handler=desk.identity,
            representative=dossier.representative,
            sender=dossier.sender(desk.identity.language),
        )
    if args.finalise:
        with ctrl_c_deferred():  # the commit and what Ctrl+C then says go together
            stored = finalise(desk, draft, confirmed=args.confirm_unverified)
            when_cancelled(
                f"the letter was finalised and stored in the local cache ({draft.reference}) "
                "before the stop; no PDF was written: run the command again to write it"
            )
        return stored.html, stored.language, "finalised"
    if draft.unverified:
        named = "; ".join(confirmation_lines(draft.unverified_values))
        sys.stderr.write(
            "cumuldesk: note: the simulation used law values that are not read on a public "
            f"page: {named}\n"
        )
    if draft.sender_to_check:
        sys.stderr.write(
            "cumuldesk: note: the letter's sender block is not complete "
            f"({sender_problems(draft)}); finalising asks to confirm it\n"
        )
    return draft.html, draft.language, "draft"


# ------------------------------------------------------------------ --to-propose


def run_to_propose(args: argparse.Namespace, out: TextIO) -> int:
    """`cumuldesk letter --to-propose --pdf-dir DIR`: see the module text."""
    from cumuldesk.commands.support import StderrProgress
    from cumuldesk.services.letters.bulk import (
        TO_CONFIRM,
        BulkLetter,
        draft_proposals,
        export_pdfs,
        pdf_name,
        prepare_folder,
        readable_results,
        to_propose,
    )

    if args.confirm_unverified and not args.finalise:
        raise BadInput("--confirm-unverified goes with --finalise")
    folder = prepare_folder(args.pdf_dir)  # before signing in or finalising anything
    check_target(folder / "renunciation-proposal.pdf", "letter PDF")
    identity, verifier = signed_in_for_cache(args, "letter")
    username = identity.username
    online = verifier is not None
    today = args.on or date.today()
    with offering_rebuild(
        username, lambda: open_cache(username, create=online, remember=verifier)
    ) as cache:
        connect = central_for_command if online else None
        desk = open_desk(identity, cache, connect=connect, clock=_now, online=online)
        if not online:
            sys.stderr.write("cumuldesk: offline: the cases and their screening as cached\n")
        if desk.law.version is None:
            sys.stderr.write(f"cumuldesk: note: law data: {describe(desk.law)}\n")
        team = sorted(item.reference for item in desk.worklist(today))
        if not team:
            sys.stderr.write(
                "cumuldesk: note: the local cache holds no case of your team "
                "(run `cumuldesk sync` first)\n"
            )
        chosen, unscreened = to_propose(team, readable_results(desk))
        if args.finalise:
            when_cancelled(
                "the letters finalised before the stop are kept in the local cache; "
                "run the command again to write their PDFs"
            )
        drafts = draft_proposals(
            desk,
            chosen,
            today=today,
            answer_days=args.answer_days,
            finalise=args.finalise,
            confirmed=args.confirm_unverified,
            progress=StderrProgress("cumuldesk letter", "cases"),
        )
        from cumuldesk.ui.letters.document import ensure_gui_application, write_pdf

        ensure_gui_application()

        def write(letter: BulkLetter, path: Path) -> int:
            defer_ctrl_c()  # the PDF and its audit event go together: resumed in `line`
            try:
                pages[letter.reference] = write_pdf(
                    letter.html,
                    path,
                    reference=letter.reference,
                    insz_formatted=letter.insz_formatted,
                    title=letter.title,
                    language=letter.language,
                )
            except BaseException:
                resume_ctrl_c(interrupt=False)
                raise
            return pages[letter.reference]

        pages: dict[str, int] = {}
        states = {letter.reference: letter.state for letter in drafts.letters}
        written = 0

        def line(done: int, _total: int) -> None:
            nonlocal written
            if done == 0:
                return
            letter = drafts.letters[done - 1]
            path = folder / pdf_name(letter)
            written = done
            when_cancelled(
                f"{done} PDF{'s' if done != 1 else ''} written and audited before the stop"
            )
            count = pages[letter.reference]
            out.write(
                f"{path}: {count} page{'s' if count != 1 else ''} "
                f"(renunciation proposal, {states[letter.reference]}, {letter.reference})\n"
            )
            resume_ctrl_c()  # a Ctrl+C pressed meanwhile stops here, between letters

        export_pdfs(desk, drafts.letters, folder, write, progress=line)
    left_out = [*unscreened, *drafts.left_out]
    for item in left_out:
        out.write(f"{item.reference}: left out: {item.words}\n")
    out.write(
        f"{written} letter{'s' if written != 1 else ''} written, "
        f"{len(left_out)} case{'s' if len(left_out) != 1 else ''} left out\n"
    )
    for letter in drafts.letters:
        for note in letter.notes:
            sys.stderr.write(f"cumuldesk: note: {letter.reference}: {note}\n")
    return 2 if any(item.reason == TO_CONFIRM for item in drafts.left_out) else 0
