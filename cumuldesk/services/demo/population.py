"""Rows of the synthetic demo population, ready for bulk insertion.

`PopulationBuilder.rows(plans)` turns a chunk of plans (see `demo_plan`) into plain
row dictionaries, one list per table, with their primary keys already given, so that
they can be inserted with SQLAlchemy Core `insert()` executemany, chunk by chunk.
All randomness comes from one `random.Random`: the same seed, today and number of
persons give the same rows.

Persons get a valid synthetic INSZ (national register number mostly, some BIS
numbers), always with a complete birth date. Age, region and language follow the
plan: Flanders speaks Dutch, Brussels French or Dutch, Wallonia French and some
German (postal codes 4700-4799).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from random import Random
from typing import Any

from cumuldesk.domain.insz import InszKind, build_insz
from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.months import Month, add_months
from cumuldesk.services.demo import names as names
from cumuldesk.services.demo.cases import NOTES, CaseMaker, CaseSpec, at
from cumuldesk.services.demo.histories import History, HistoryMaker
from cumuldesk.services.demo.plan import Closing, Plan, Profile, weighted
from cumuldesk.storage.models import Language, RegionCode

Row = dict[str, Any]

F, B, W = RegionCode.FLANDERS, RegionCode.BRUSSELS, RegionCode.WALLONIA
LANGUAGES: dict[RegionCode, tuple[tuple[Language, int], ...]] = {
    F: ((Language.NL, 97), (Language.FR, 3)),
    B: ((Language.FR, 65), (Language.NL, 35)),
    W: ((Language.FR, 88), (Language.DE, 12)),
}
BIS_SHARE = 0.05
REPRESENTATIVE_SHARE = 0.08
ZORGTOESLAG_SHARE = 0.85

# (lowest, highest) age in months on `today`, by profile
AGE_MONTHS: dict[Profile, tuple[int, int]] = {
    Profile.RETROACTIVE: (19 * 12, 24 * 12 - 1),
    Profile.BOB_ONLY: (17 * 12 + 6, 21 * 12 + 8),
    Profile.WALLONIA: (17 * 12 + 8, 24 * 12 + 11),
}
DEFAULT_AGE_MONTHS = (18 * 12 + 2, 24 * 12 + 11)
OLD_ANSWER_AGE_MONTHS = (20 * 12 + 6, 24 * 12 + 11)
RETENTION_AGE_MONTHS = (28 * 12, 37 * 12)  # 18 to 24 when the dossier closed 10-14 years ago

# Zorgtoeslag points (medical-social scale): (lowest, highest total, pillar-1 range), weight
POINT_BRACKETS: tuple[tuple[tuple[int, int, int, int], int], ...] = (
    ((4, 5, 4, 5), 5),  # >= 4 points in pillar 1, fewer than 6 in total
    ((6, 8, 0, 3), 18),
    ((9, 11, 0, 3), 20),
    ((6, 11, 4, 6), 6),  # 6-11 points with >= 4 in pillar 1
    ((12, 14, 0, 6), 16),
    ((15, 17, 0, 6), 15),
    ((18, 20, 0, 6), 10),
    ((21, 30, 0, 6), 8),
    ((31, 36, 2, 6), 2),
)


@dataclass
class Rows:
    """Rows of each table, in the order they must be inserted."""

    persons: list[Row] = field(default_factory=list)
    legal_representatives: list[Row] = field(default_factory=list)
    bob_periods: list[Row] = field(default_factory=list)
    ivt_it_decisions: list[Row] = field(default_factory=list)
    ivt_it_periods: list[Row] = field(default_factory=list)
    zorgtoeslag_points: list[Row] = field(default_factory=list)
    cases: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)

    @classmethod
    def table_names(cls) -> tuple[str, ...]:
        return tuple(item.name for item in fields(cls))

    def tables(self) -> Iterator[tuple[str, list[Row]]]:
        for name in self.table_names():
            yield name, getattr(self, name)


@dataclass
class NextIds:
    """The next primary key of each table (explicit ids make chunked inserts simple)."""

    values: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.values.get(table, 1)
        self.values[table] = value + 1
        return value


class PopulationBuilder:
    def __init__(
        self,
        rng: Random,
        today: date,
        ban_start: date,
        params: LegalParameters,
        handler_ids: dict[str, int],
        next_ids: NextIds | None = None,
    ) -> None:
        self.rng = rng
        self.today = today
        self.ids = next_ids or NextIds()
        self.handler_ids = handler_ids
        self.histories = HistoryMaker(rng, today, ban_start, params)
        self.cases = CaseMaker(rng, today)
        self.used_insz: set[str] = set()  # membership only, never iterated
        # the oldest age (in months) that still has a ban window month before today
        self.max_age_months = Month.of(ban_start).months_until(Month.of(today)) + 21 * 12 - 1

    def rows(self, plans: Sequence[Plan]) -> Rows:
        rows = Rows()
        for plan in plans:
            self._person(plan, rows)
        return rows

    # -- identity -----------------------------------------------------------------------

    def _birth(self, plan: Plan) -> date:
        rng = self.rng
        if plan.profile is Profile.RETENTION:
            low, high = RETENTION_AGE_MONTHS
            return add_months(self.today, -rng.randint(low, high))
        if plan.profile is Profile.TURNING_18:
            month = Month.of(self.today) + 1 - 18 * 12
            return month.first_day + timedelta(days=rng.randint(0, month.last_day.day - 1))
        if plan.closing in (Closing.OLD_REFUSAL, Closing.OLD_RENUNCIATION):
            low, high = OLD_ANSWER_AGE_MONTHS
        else:
            low, high = AGE_MONTHS.get(plan.profile, DEFAULT_AGE_MONTHS)
        high = max(min(high, self.max_age_months), 18 * 12 + 2)
        low = min(low, high)
        birth = add_months(self.today, -rng.randint(low, high))
        return birth - timedelta(days=rng.randint(0, 27))

    def _insz(self, birth: date, female: bool) -> str:
        """A new unique INSZ (499 counters per day and sex: never exhausted here)."""
        rng = self.rng
        kind, sex_known = InszKind.NN, True
        if rng.random() < BIS_SHARE:
            kind, sex_known = InszKind.BIS, rng.random() < 0.7
        while True:
            counter = 2 * rng.randint(0, 498) + (2 if female else 1)
            insz = build_insz(birth, counter, kind=kind, sex_known=sex_known)
            if insz not in self.used_insz:
                self.used_insz.add(insz)
                return insz

    def _region(self, plan: Plan) -> RegionCode:
        if plan.region is not None:
            return plan.region
        if plan.profile is Profile.WALLONIA:
            return W
        if plan.profile is Profile.RETENTION:
            return weighted(self.rng, ((F, 60), (B, 15), (W, 25)))
        return weighted(self.rng, ((F, 80), (B, 20)))

    def _person(self, plan: Plan, rows: Rows) -> None:
        rng = self.rng
        region = self._region(plan)
        language = Language.DE if plan.german else weighted(rng, LANGUAGES[region])
        female = rng.random() < 0.5
        birth = self._birth(plan)
        insz = self._insz(birth, female)
        home = names.address(rng, region, language)
        person_id = self.ids.take("persons")
        case = self.cases.make(plan, birth, region, language)
        rows.persons.append(
            {
                "id": person_id,
                "insz": insz,
                "family_name": names.family_name(rng, language),
                "given_name": names.given_name(rng, language, female),
                "language": language,
                "region": region,
                "birth_date": birth,
                "death_date": case.death_date,
                "street": home.street,
                "house_number": home.house_number,
                "box": home.box,
                "postal_code": home.postal_code,
                "municipality": home.municipality,
                "country": "BE",
            }
        )
        if rng.random() < REPRESENTATIVE_SHARE:
            rows.legal_representatives.append(
                self._representative(person_id, region, language, rows.persons[-1], home)
            )
        self._history(person_id, self.histories.make(plan, birth), rows)
        if rng.random() < (0.3 if plan.profile is Profile.RETENTION else ZORGTOESLAG_SHARE):
            self._zorgtoeslag(person_id, birth, rows)
        self._case(person_id, case, rows)

    def _representative(
        self,
        person_id: int,
        region: RegionCode,
        language: Language,
        person: Row,
        home: names.Address,
    ) -> Row:
        rng = self.rng
        parent, administrator = names.REPRESENTATIVE_CAPACITY[language]
        is_parent = rng.random() < 0.6
        family = person["family_name"] if is_parent else names.family_name(rng, language)
        where = home if is_parent else names.address(rng, region, language)
        return {
            "id": self.ids.take("legal_representatives"),
            "person_id": person_id,
            "name": f"{names.given_name(rng, language, rng.random() < 0.5)} {family}",
            "capacity": parent if is_parent else administrator,
            "language": language,
            "street": where.street,
            "house_number": where.house_number,
            "box": where.box,
            "postal_code": where.postal_code,
            "municipality": where.municipality,
            "country": "BE",
        }

    # -- history, points, case ----------------------------------------------------------

    def _history(self, person_id: int, history: History, rows: Rows) -> None:
        for bob in history.bob:
            rows.bob_periods.append(
                {
                    "id": self.ids.take("bob_periods"),
                    "person_id": person_id,
                    "start_date": bob.start,
                    "end_date": bob.end,
                    "voluntary_switch": bob.voluntary_switch,
                    "import_id": None,
                }
            )
        for decision in history.decisions:
            decision_id = self.ids.take("ivt_it_decisions")
            rows.ivt_it_decisions.append(
                {
                    "id": decision_id,
                    "person_id": person_id,
                    "decision_ref": f"DEMO-{person_id:07d}-{decision.number}",
                    "version": decision.version,
                    "decided_on": decision.decided_on,
                    "superseded_at": decision.superseded_at,
                }
            )
            for period in decision.periods:
                rows.ivt_it_periods.append(
                    {
                        "id": self.ids.take("ivt_it_periods"),
                        "decision_id": decision_id,
                        "start_date": period.start,
                        "end_date": period.end,
                        "monthly_amount": period.monthly_amount,
                        "regulation": period.regulation,
                    }
                )

    def _points(self) -> tuple[int, int]:
        rng = self.rng
        low, high, p1_low, p1_high = weighted(rng, POINT_BRACKETS)
        points = rng.randint(low, high)
        return points, rng.randint(p1_low, min(p1_high, points))

    def _zorgtoeslag(self, person_id: int, birth: date, rows: Rows) -> None:
        rng = self.rng
        first = Month.of(birth) + rng.randint(3 * 12, 16 * 12)
        valid_from = min(first, Month.of(self.today)).first_day
        attestations = [(valid_from, *self._points())]
        later = add_months(valid_from, rng.randint(24, 60))
        if rng.random() < 0.3 and later <= self.today:
            points, pillar1 = attestations[0][1], attestations[0][2]
            points = max(0, min(36, points + rng.choice((-4, -3, -2, 2, 3, 4))))
            attestations.append((later, points, min(pillar1, points)))
        for day, points, pillar1 in attestations:
            rows.zorgtoeslag_points.append(
                {
                    "id": self.ids.take("zorgtoeslag_points"),
                    "person_id": person_id,
                    "valid_from": day,
                    "points": points,
                    "pillar1_points": pillar1,
                }
            )

    def _case(self, person_id: int, case: CaseSpec, rows: Rows) -> None:
        rng = self.rng
        case_id = self.ids.take("cases")
        handler_id = self.handler_ids.get(case.handler) if case.handler else None
        rows.cases.append(
            {
                "id": case_id,
                "reference": f"CD-{case.application_date.year}-{case_id:06d}",
                "person_id": person_id,
                "application_date": case.application_date,
                "team": case.team,
                "handler_id": handler_id,
                "status": case.status,
                "proposal_sent_on": case.proposal_sent_on,
                "answer": case.answer,
                "answer_date": case.answer_date,
                "deadline": case.deadline,
                "rights_ended_on": case.rights_ended_on,
                "judgment_on": case.judgment_on,
                "updated_at": case.updated_at(rng),
            }
        )
        language = case.language
        for kind, day in case.notes:
            rows.notes.append(
                {
                    "id": self.ids.take("notes"),
                    "case_id": case_id,
                    "author_id": handler_id,
                    "created_at": at(day, rng),
                    "text": NOTES[kind][language],
                }
            )
