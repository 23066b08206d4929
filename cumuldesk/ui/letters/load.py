"""What the letters dialog reads, by the names the dialog uses: the letter kinds of its
tabs and what one background job reads through the desk (`Desk.letter_setup`): the
dossier (from the cache, quietly: no new access), the case's stored letters and fresh
drafts of the renunciation proposal and the advice note. The reading itself, without
Qt, is `services.letters.setup`."""

from __future__ import annotations

from cumuldesk.domain.cases import LetterKind
from cumuldesk.services.letters.drafting import ANSWER_DAYS as ANSWER_DAYS
from cumuldesk.services.letters.setup import FAILED as FAILED
from cumuldesk.services.letters.setup import IVT_IT_BETTER as IVT_IT_BETTER
from cumuldesk.services.letters.setup import NO_BAN as NO_BAN
from cumuldesk.services.letters.setup import NO_CASE as NO_CASE
from cumuldesk.services.letters.setup import WALLONIA as WALLONIA
from cumuldesk.services.letters.setup import LetterSetup as LetterSetup
from cumuldesk.services.letters.setup import LetterSlot as LetterSlot
from cumuldesk.services.letters.store import choose_stored as choose_stored

PROPOSAL = LetterKind.RENUNCIATION_PROPOSAL  # the tab of the letter to the applicant
ADVICE = LetterKind.ADVICE_NOTE  # the tab of the advice note
