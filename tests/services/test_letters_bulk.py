"""Proposals in bulk (issue 18) on an.demo's synced demo cache: each case checked again
now, those that no longer call for a proposal left out with the reason, one PDF per
letter (0600, audited as the single export), finalising only with the confirmation as
for one letter, and a cancel that keeps what was written."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from decimal import Decimal

from services.test_letters_desk import RENOUNCE_INSZ, audit_items, desk, ui_files, ui_template

from cumuldesk.domain.cases import Language, LetterKind
from cumuldesk.domain.screening import ScreeningResult
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.services.letters.bulk import (
    DRAFT,
    FINALISED,
    NOT_CACHED,
    NOT_SCREENED,
    TO_CONFIRM,
    draft_proposals,
    export_pdfs,
    record_printed,
    to_propose,
)
from cumuldesk.services.letters.setup import IVT_IT_BETTER

__all__ = ["desk", "ui_files", "ui_template"]

PROPOSAL = LetterKind.RENUNCIATION_PROPOSAL
RENOUNCE = "CD-2025-000001"  # RENOUNCE_INSZ's case: renunciation is advised
OTHERS = ["CD-2025-000340", "CD-2026-000017"]  # two more cases of team Gent that qualify
IVT_IT_INSZ = "08050368836"  # IVT/IT is more favourable: no proposal


def reference_of(desk, insz: str) -> str:
    [item] = [item for item in desk.worklist() if item.insz == insz]
    return item.reference


def fake_pdf(letter, path) -> int:
    path.write_bytes(b"%PDF " + letter.reference.encode())
    path.chmod(0o600)
    return 1


def exported(desk) -> list[dict]:
    return [a["details"] for a in audit_items(desk) if a["action"] == "pdf_exported"]


def test_cases_that_no_longer_call_for_a_proposal_are_left_out_with_the_reason(desk):
    ivt_it = reference_of(desk, IVT_IT_INSZ)
    seen: list[tuple[int, int]] = []
    result = draft_proposals(
        desk,
        [RENOUNCE, ivt_it, "CD-1999-999999", RENOUNCE],
        progress=lambda d, t: seen.append((d, t)),
    )
    assert [letter.reference for letter in result.letters] == [RENOUNCE]
    [letter] = result.letters
    assert letter.kind is PROPOSAL and letter.language is Language.NL and letter.state == DRAFT
    assert RENOUNCE in letter.html and letter.insz_formatted == "07.07.12-810.25"
    assert [(o.reference, o.reason) for o in result.left_out] == [
        (ivt_it, IVT_IT_BETTER),
        ("CD-1999-999999", NOT_CACHED),
    ]
    assert result.left_out[0].words.startswith("IVT/IT is more favourable now")
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)] and not result.cancelled


def test_the_screening_picks_the_cases_to_propose_and_names_those_not_screened():
    def screened(reference: str, verdict: Recommendation) -> ScreeningResult:
        return ScreeningResult(
            reference, verdict, None, Decimal("10.00"), 12, 3, 0, (), None,
            datetime(2026, 11, 1, tzinfo=UTC),
        )  # fmt: skip

    results = {
        "CD-1": screened("CD-1", Recommendation.RENOUNCE),
        "CD-2": screened("CD-2", Recommendation.IVT_IT),
    }
    chosen, left_out = to_propose(["CD-1", "CD-2", "CD-3"], results)
    assert chosen == ["CD-1"]
    assert [(o.reference, o.reason, o.words) for o in left_out] == [
        ("CD-3", NOT_SCREENED, "not screened")
    ]


def test_one_pdf_per_letter_private_and_audited(desk, tmp_path, qapp):
    from cumuldesk.ui.letters.document import write_pdf

    drafts = draft_proposals(desk, [RENOUNCE, *OTHERS])
    assert len(drafts.letters) == 3

    def write(letter, path) -> int:
        return write_pdf(
            letter.html, path, reference=letter.reference,
            insz_formatted=letter.insz_formatted, title=letter.title,
            language=letter.language,
        )  # fmt: skip

    folder = tmp_path / "letters"
    result = export_pdfs(desk, drafts.letters, folder, write)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"renunciation-proposal-{r}.pdf" for r in [RENOUNCE, *OTHERS])
    for item in result.written:
        assert item.path.read_bytes().startswith(b"%PDF") and item.pages >= 1
        assert stat.S_IMODE(item.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert exported(desk) == [
        {"case": r, "kind": "renunciation_proposal"} for r in [RENOUNCE, *OTHERS]
    ]
    assert RENOUNCE_INSZ not in str(audit_items(desk))


def test_a_print_job_is_audited_per_letter(desk):
    drafts = draft_proposals(desk, [RENOUNCE, OTHERS[0]])
    record_printed(desk, drafts.letters)
    printed = [a["details"] for a in audit_items(desk) if a["action"] == "printed"]
    assert printed == [{"case": r, "kind": "renunciation_proposal"} for r in [RENOUNCE, OTHERS[0]]]


def test_finalising_needs_the_confirmation_as_for_one_letter(desk):
    refused = draft_proposals(desk, [RENOUNCE], finalise=True)
    assert refused.letters == ()
    [left] = refused.left_out
    assert left.reason == TO_CONFIRM and "not read on a public page" in left.words
    assert desk.finalised_letter(RENOUNCE, PROPOSAL) is None

    done = draft_proposals(desk, [RENOUNCE], finalise=True, confirmed=True)
    [letter] = done.letters
    assert letter.state == FINALISED
    stored = desk.finalised_letter(RENOUNCE, PROPOSAL)
    assert stored is not None and stored.html == letter.html
    # drafted again: the finalised letter, unchanged
    [again] = draft_proposals(desk, [RENOUNCE]).letters
    assert again.state == FINALISED and again.html == stored.html


def test_cancel_keeps_what_was_written(desk, tmp_path):
    drafts = draft_proposals(desk, [RENOUNCE, *OTHERS])
    written: list[str] = []

    def write(letter, path) -> int:
        written.append(letter.reference)
        return fake_pdf(letter, path)

    folder = tmp_path / "out"
    result = export_pdfs(desk, drafts.letters, folder, write, cancel=lambda: len(written) >= 1)
    assert result.cancelled and [w.reference for w in result.written] == [RENOUNCE]
    assert [p.name for p in folder.iterdir()] == [f"renunciation-proposal-{RENOUNCE}.pdf"]
    assert exported(desk) == [{"case": RENOUNCE, "kind": "renunciation_proposal"}]

    stopped = draft_proposals(desk, [RENOUNCE, *OTHERS], cancel=lambda: len(written) >= 1)
    assert (
        stopped.cancelled and stopped.letters == () and stopped.not_reached == (RENOUNCE, *OTHERS)
    )
