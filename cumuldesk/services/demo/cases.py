"""The case of one synthetic demo person: team, handler, status and coherent dates.

Each status has the fields it needs and no others:

* new, in review, proposal to send: an application date, no proposal, no answer;
* waiting for answer: proposal sent (in the past), a deadline one month later, which
  has passed for some ("past deadline"), no answer yet;
* answered: proposal sent, deadline, answer and its date; "no answer" is dated on the
  deadline; some answers are more than a year old (retention: 1 year);
* closed: after an answer, or without a proposal (IVT/IT more favourable, Wallonia),
  or because all rights ended, a judgment was given or the person died. The retention
  profile dates these more than 10 years before today.

Notes are procedural only, in the team's language, never medical.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from random import Random

from cumuldesk.domain.months import add_months, add_years
from cumuldesk.services.demo.accounts import DEMO_HANDLERS as DEMO_HANDLERS  # re-exported
from cumuldesk.services.demo.accounts import DemoHandler as DemoHandler
from cumuldesk.services.demo.histories import between
from cumuldesk.services.demo.plan import PROPOSAL_PROFILES, Closing, Plan, Profile, weighted
from cumuldesk.storage.models import Answer, CaseStatus, Language, RegionCode

S = CaseStatus


GENT, ANTWERPEN, BRUXELLES, LIEGE = (
    "Team Gent",
    "Team Antwerpen",
    "Équipe Bruxelles",
    "Équipe Liège",
)
TEAM_LANGUAGE: dict[str, Language] = {
    GENT: Language.NL,
    ANTWERPEN: Language.NL,
    BRUXELLES: Language.FR,
    LIEGE: Language.FR,
}
# Who in a team takes its cases (Équipe Liège has no demo handler: its cases stay open).
TEAM_HANDLERS: dict[str, tuple[tuple[str, int], ...]] = {
    GENT: (("an.demo", 80), ("eva.demo", 20)),
    ANTWERPEN: (("jonas.demo", 1),),
    BRUXELLES: (("marc.demo", 1),),
    LIEGE: (),
}

NOTES: dict[str, dict[Language, str]] = {
    "review": {
        Language.NL: "Dossier nagekeken: BOB- en IVT/IT-periodes vergeleken.",
        Language.FR: "Dossier vérifié : périodes BOB et ARR/AI comparées.",
    },
    "proposal": {
        Language.NL: "Voorstel tot verzaking verstuurd.",
        Language.FR: "Proposition de renonciation envoyée.",
    },
    "answer": {
        Language.NL: "Antwoord op het voorstel geregistreerd.",
        Language.FR: "Réponse à la proposition enregistrée.",
    },
    "closed": {
        Language.NL: "Dossier afgesloten.",
        Language.FR: "Dossier clôturé.",
    },
}

ANSWERS: tuple[tuple[Answer, int], ...] = (
    (Answer.ACCEPTED_RENUNCIATION, 45),
    (Answer.REFUSED, 40),
    (Answer.NO_ANSWER, 15),
)


@dataclass
class CaseSpec:
    application_date: date
    team: str
    handler: str | None
    status: CaseStatus
    updated_on: date
    proposal_sent_on: date | None = None
    deadline: date | None = None
    answer: Answer | None = None
    answer_date: date | None = None
    rights_ended_on: date | None = None
    judgment_on: date | None = None
    death_date: date | None = None  # the person's, when the case closed on death
    notes: list[tuple[str, date]] = field(default_factory=list)  # (note kind, day)

    @property
    def language(self) -> Language:
        return TEAM_LANGUAGE[self.team]

    def updated_at(self, rng: Random) -> datetime:
        return at(self.updated_on, rng)


def at(day: date, rng: Random) -> datetime:
    """A moment on `day` during office hours, UTC (derived from the date only)."""
    return datetime.combine(day, time(rng.randint(7, 16), rng.randint(0, 59)), tzinfo=UTC)


def retention_event(rng: Random, today: date, birth: date) -> date:
    """A day more than 10 (at most 14) years before today, between the 18th and the 24th
    birthday."""
    low = max(add_years(today, -14), add_years(birth, 18))
    high = min(add_years(today, -10) - timedelta(days=1), add_years(birth, 24))
    return between(rng, low, high)


class CaseMaker:
    def __init__(self, rng: Random, today: date) -> None:
        self.rng = rng
        self.today = today

    def team(self, region: RegionCode, language: Language) -> str:
        rng = self.rng
        if language is Language.NL:
            return weighted(rng, ((GENT, 55), (ANTWERPEN, 45)))
        if language is Language.DE:
            return LIEGE
        if region is RegionCode.WALLONIA:
            return weighted(rng, ((BRUXELLES, 35), (LIEGE, 65)))
        return BRUXELLES

    def handler(self, team: str, status: CaseStatus) -> str | None:
        options = TEAM_HANDLERS[team]
        if not options or (status is S.NEW and self.rng.random() < 0.75):
            return None
        return weighted(self.rng, options)

    def closing(self, plan: Plan, region: RegionCode) -> Closing | None:
        rng = self.rng
        if plan.closing is not None or plan.status not in (S.CLOSED, S.ANSWERED):
            return plan.closing
        proposals = plan.profile in PROPOSAL_PROFILES and region is not RegionCode.WALLONIA
        if plan.status is S.ANSWERED:
            roll = rng.random()
            return (
                Closing.OLD_REFUSAL
                if roll < 0.15
                else Closing.OLD_RENUNCIATION
                if roll < 0.3
                else Closing.AFTER_ANSWER
            )
        return weighted(
            rng,
            (
                (Closing.AFTER_ANSWER, 45 if proposals else 0),
                (Closing.NO_PROPOSAL, 40 if proposals else 85),
                (Closing.RIGHTS_ENDED, 8),
                (Closing.JUDGMENT, 5),
                (Closing.DEATH, 2),
            ),
        )

    def make(self, plan: Plan, birth: date, region: RegionCode, language: Language) -> CaseSpec:
        status = plan.status or S.NEW
        team = self.team(region, language)
        closing = self.closing(plan, region)
        if plan.profile is Profile.RETENTION:
            return self._retention(closing or Closing.RIGHTS_ENDED, birth, team)
        earliest = max(add_years(birth, 17), add_years(self.today, -4))
        case = CaseSpec(earliest, team, self.handler(team, status), status, earliest)
        if status is S.NEW:
            self._applied(case, earliest, 60, 0)
        elif status in (S.IN_REVIEW, S.PROPOSAL_TO_SEND):
            self._applied(case, earliest, 240, 7)
            case.notes.append(("review", case.updated_on))
        elif status is S.WAITING_FOR_ANSWER:
            late = closing is Closing.PAST_DEADLINE or self.rng.random() < 0.3
            sent = self._days_ago(75, 35) if late else self._days_ago(27, 1)
            self._proposal(case, earliest, sent)
        elif status is S.ANSWERED:
            self._answered(case, earliest, closing)
        elif closing in (Closing.AFTER_ANSWER, Closing.OLD_REFUSAL, Closing.OLD_RENUNCIATION):
            self._answered(case, earliest, closing)
            self._closed(case, between(self.rng, case.updated_on, self._upto(60, case.updated_on)))
        else:
            self._applied(case, max(earliest, add_years(self.today, -3)), 3 * 366, 30)
            ended = between(self.rng, case.application_date + timedelta(days=30), self.today)
            if closing is Closing.RIGHTS_ENDED:
                case.rights_ended_on = ended
            elif closing is Closing.JUDGMENT:
                case.judgment_on = ended
            elif closing is Closing.DEATH:
                case.death_date = ended
            else:
                ended = between(
                    self.rng, case.application_date, self._upto(180, case.application_date)
                )
            self._closed(case, ended)
        return case

    # -- pieces of a timeline -------------------------------------------------------------

    def _days_ago(self, most: int, least: int) -> date:
        return self.today - timedelta(days=self.rng.randint(least, most))

    def _upto(self, days: int, day: date) -> date:
        return min(day + timedelta(days=days), self.today)

    def _applied(self, case: CaseSpec, earliest: date, most: int, least: int) -> None:
        low = max(earliest, self.today - timedelta(days=most))
        high = max(earliest, self.today - timedelta(days=least))
        case.application_date = between(self.rng, low, min(high, self.today))
        case.updated_on = between(self.rng, case.application_date, self.today)

    def _proposal(self, case: CaseSpec, earliest: date, sent: date) -> None:
        low = max(earliest, sent - timedelta(days=240))
        case.application_date = between(self.rng, low, max(low, sent - timedelta(days=7)))
        sent = max(sent, case.application_date)
        case.proposal_sent_on = sent
        case.deadline = add_months(sent, 1)
        case.updated_on = sent
        case.notes += [("review", case.application_date), ("proposal", sent)]

    def _answered(self, case: CaseSpec, earliest: date, closing: Closing | None) -> None:
        rng = self.rng
        if closing is Closing.OLD_REFUSAL:
            answer = Answer.REFUSED
        elif closing is Closing.OLD_RENUNCIATION:
            answer = Answer.ACCEPTED_RENUNCIATION
        else:
            answer = weighted(rng, ANSWERS)
        old = closing in (Closing.OLD_REFUSAL, Closing.OLD_RENUNCIATION)
        year_ago = self.today - timedelta(days=367)
        if old and earliest + timedelta(days=60) <= year_ago:
            low = max(earliest + timedelta(days=60), add_years(self.today, -3))
            answered = between(rng, low, year_ago)
        else:
            answered = between(
                rng,
                max(earliest + timedelta(days=35), self.today - timedelta(days=300)),
                self.today - timedelta(days=5),
            )
        if answer is Answer.NO_ANSWER:
            sent = add_months(answered, -1)
            self._proposal(case, earliest, sent)
            answered = case.deadline or answered
        else:
            self._proposal(case, earliest, answered - timedelta(days=rng.randint(3, 28)))
            answered = max(answered, case.proposal_sent_on or answered)
        case.answer, case.answer_date = answer, answered
        case.updated_on = answered
        case.notes.append(("answer", answered))

    def _closed(self, case: CaseSpec, day: date) -> None:
        """Closed on `day`, the last event of the case."""
        case.status = S.CLOSED
        case.updated_on = day
        case.notes.append(("closed", day))

    def _retention(self, closing: Closing, birth: date, team: str) -> CaseSpec:
        """A dossier closed more than 10 years ago (death, rights ended, judgment, or a
        negative answer): the retention rules remove it."""
        rng = self.rng
        event = retention_event(rng, self.today, birth)
        applied = max(add_years(birth, 17), event - timedelta(days=rng.randint(90, 900)))
        case = CaseSpec(applied, team, None, S.CLOSED, event)
        if closing is Closing.DEATH:
            case.death_date = event
        elif closing is Closing.JUDGMENT:
            case.judgment_on = event
        elif closing in (Closing.OLD_REFUSAL, Closing.OLD_RENUNCIATION):
            sent = event - timedelta(days=rng.randint(3, 28))
            case.proposal_sent_on, case.deadline = sent, add_months(sent, 1)
            case.answer = (
                Answer.REFUSED if closing is Closing.OLD_REFUSAL else Answer.ACCEPTED_RENUNCIATION
            )
            case.answer_date = event
        else:
            case.rights_ended_on = event
        case.updated_on = event + timedelta(days=rng.randint(1, 20))
        return case
