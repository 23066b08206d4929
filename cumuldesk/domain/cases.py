"""The words of a case, as the rules and the handlers use them: where a case stands, what
the applicant answered, which letter, who works on it and in which language.

Pure values (no Qt, no database): the storage keeps them in its columns under these very
values (`cumuldesk.storage.models` names the columns' types after them; the values are
the database's, so they never change), the services check and write them, the window
and the command line put them in words.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    """Where a case stands, in the order a case usually goes."""

    NEW = "new"  # application received, not yet checked
    IN_REVIEW = "in_review"  # a handler compares IVT/IT with zorgtoeslag + BOB
    PROPOSAL_TO_SEND = "proposal_to_send"  # renunciation advised, letter not sent yet
    WAITING_FOR_ANSWER = "waiting_for_answer"  # proposal sent, deadline running
    ANSWERED = "answered"  # the applicant answered (or the deadline passed without answer)
    CLOSED = "closed"  # decision taken, nothing left to do


class Answer(StrEnum):
    """The applicant's answer to the proposal to renounce."""

    ACCEPTED_RENUNCIATION = "accepted_renunciation"
    REFUSED = "refused"
    NO_ANSWER = "no_answer"


class LetterKind(StrEnum):
    """The letters of a case: the proposal to the applicant, the handler's advice note."""

    RENUNCIATION_PROPOSAL = "renunciation_proposal"
    ADVICE_NOTE = "advice_note"


class Role(StrEnum):
    """What a handler may do: a supervisor also manages handlers and the law data."""

    HANDLER = "handler"
    SUPERVISOR = "supervisor"


class Language(StrEnum):
    """The language of an applicant, a representative, a handler or a letter."""

    NL = "nl"
    FR = "fr"
    DE = "de"
