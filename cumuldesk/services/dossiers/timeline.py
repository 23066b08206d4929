"""A dossier's timeline as plain data: what the timeline widget and the periods table draw.

`build_timeline` is pure: from a `DossierInput` (a DOSSIER.json or a stored dossier), the
law parameters and a few extras (zorgtoeslag attestations, retroactive-change months, the
case's dates) it lays out the months from age 17 to 24, one lane per benefit, and the
conflict months, ban window and query window of `services.reports.check` (the rules
of `cumuldesk check`, never re-implemented here). `load_timeline` reads those inputs
from the cache in one session. No Qt: labels here are plain English fallbacks; the
widgets translate by `kind` and lane name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from cumuldesk.domain.amounts import ZorgtoeslagFromPoints
from cumuldesk.domain.cumulation import (
    AGE_BAN_FROM,
    AGE_BAN_UNTIL,
    AGE_RETROACTIVE_UNTIL,
    DateWindow,
)
from cumuldesk.domain.law import LegalParameters, NoValueInForce
from cumuldesk.domain.months import Month, MonthRange, birthday
from cumuldesk.services.dossiers.input import DossierInput
from cumuldesk.services.dossiers.store import DossierNotFound, parse_typed_insz
from cumuldesk.services.dossiers.stored import (
    find_person,
    flag_months,
    open_flag_rows,
    points_rows,
    read_stored_input,
)
from cumuldesk.services.reports import check
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import Case

AGE_AXIS_FROM = 17

LANE_BOB = "BOB"
LANE_IVT = "IVT"
LANE_IT = "IT"
LANE_ZORGTOESLAG = "Zorgtoeslag"
LANES = (LANE_BOB, LANE_IVT, LANE_IT, LANE_ZORGTOESLAG)

# Marker kinds (the widget translates its labels by kind).
AGE_18 = "age18"
AGE_21 = "age21"
AGE_24 = "age24"
TODAY = "today"
APPLICATION = "application"
DEADLINE = "deadline"


@dataclass(frozen=True)
class Segment:
    """One period on a lane: from `start` to `end` (inclusive; None: still running)."""

    start: date
    end: date | None
    amount: Decimal | None  # monthly amount; None when not known (BOB, no tariff)
    label: str  # e.g. "IVT", "BOB (voluntary switch)", "24 points (6 in pillar 1)"
    regulation: str  # "BOB", "IVT", "IT", "IVT+IT", "Zorgtoeslag"
    voluntary_switch: bool = False
    points: int | None = None  # zorgtoeslag: medical-social scale points
    pillar1_points: int | None = None

    def covers(self, month: Month) -> bool:
        """True when the period includes at least one day of `month`."""
        return self.start <= month.last_day and (self.end is None or self.end >= month.first_day)

    @property
    def can_conflict(self) -> bool:
        """A BOB period without the voluntary-switch flag, or a paid IVT/IT period."""
        if self.regulation == LANE_ZORGTOESLAG or self.voluntary_switch:
            return False
        return self.amount is None or self.amount > 0


@dataclass(frozen=True)
class Lane:
    name: str  # one of LANES
    segments: tuple[Segment, ...]  # by start date


@dataclass(frozen=True)
class Marker:
    day: date
    label: str  # English fallback, e.g. "Age 18"
    kind: str  # AGE_18, AGE_21, AGE_24, TODAY, APPLICATION, DEADLINE


@dataclass(frozen=True)
class PointsRow:
    """A zorgtoeslag attestation: valid from `valid_from` until the next one."""

    valid_from: date
    points: int
    pillar1_points: int


@dataclass(frozen=True)
class Timeline:
    birth: date
    today: date
    axis_start: Month  # the month of the 17th birthday
    axis_end: Month  # the month of the 24th birthday
    ban_window: MonthRange | None
    query_window: DateWindow | None
    conflict_months: tuple[Month, ...]
    retro_owed: tuple[Month, ...]  # a retroactive change: BOB owed again
    retro_stop: tuple[Month, ...]  # a retroactive change: BOB must stop
    markers: tuple[Marker, ...]
    lanes: tuple[Lane, ...]

    @property
    def axis(self) -> MonthRange:
        return MonthRange(self.axis_start, self.axis_end)

    @property
    def axis_first_day(self) -> date:
        return self.axis_start.first_day

    @property
    def axis_last_day(self) -> date:
        return self.axis_end.last_day

    def lane(self, name: str) -> Lane:
        for lane in self.lanes:
            if lane.name == name:
                return lane
        raise KeyError(name)

    def segments(self) -> list[tuple[Lane, Segment]]:
        """Every period, by start date then lane order."""
        order = {lane.name: index for index, lane in enumerate(self.lanes)}
        pairs = [(lane, seg) for lane in self.lanes for seg in lane.segments]
        return sorted(pairs, key=lambda p: (p[1].start, order[p[0].name]))

    def conflicts_in(self, segment: Segment) -> int:
        """How many conflict months the period takes part in: 0 for zorgtoeslag, a
        voluntary-switch BOB period or an IVT/IT period paying 0 EUR."""
        if not segment.can_conflict:
            return 0
        return sum(1 for month in self.conflict_months if segment.covers(month))

    def starts_before_axis(self, segment: Segment) -> bool:
        return segment.start < self.axis_first_day

    def ends_after_axis(self, segment: Segment) -> bool:
        return segment.end is None or segment.end > self.axis_last_day

    @property
    def retro_months(self) -> tuple[Month, ...]:
        return tuple(sorted(set(self.retro_owed) | set(self.retro_stop)))


def _months(texts: Iterable[str]) -> tuple[Month, ...]:
    return tuple(sorted({Month.parse(text) for text in texts}))


def _zorgtoeslag_segments(
    rows: Sequence[PointsRow], params: LegalParameters
) -> tuple[Segment, ...]:
    ordered = sorted(rows, key=lambda r: r.valid_from)
    segments = []
    for index, row in enumerate(ordered):
        following = ordered[index + 1].valid_from if index + 1 < len(ordered) else None
        if following is not None and following <= row.valid_from:
            continue  # replaced on the same day
        end = following - timedelta(days=1) if following is not None else None
        amount: Decimal | None
        try:
            source = ZorgtoeslagFromPoints(row.points, row.pillar1_points)
            amount = source.monthly(row.valid_from, params)[0]
        except (ValueError, NoValueInForce, KeyError):
            amount = None  # points out of range, or no tariff in force then
        segments.append(
            Segment(
                row.valid_from,
                end,
                amount,
                f"{row.points} points ({row.pillar1_points} in pillar 1)",
                LANE_ZORGTOESLAG,
                points=row.points,
                pillar1_points=row.pillar1_points,
            )
        )
    return tuple(segments)


def build_timeline(
    parsed: DossierInput,
    params: LegalParameters,
    today: date,
    *,
    zorgtoeslag: Sequence[PointsRow] = (),
    retro_owed: Iterable[Month] = (),
    retro_stop: Iterable[Month] = (),
    case_dates: Iterable[Marker] = (),
) -> Timeline:
    """The timeline of a dossier. Conflict months, ban and query windows come from
    `assessment.check` (as of `parsed.as_of`); a retroactive change given in the input
    (`previous_ivt_it_periods`) is added to `retro_owed` / `retro_stop` (flags from sync).
    `case_dates`: extra markers (application, deadline) for the case."""
    report = check(parsed, params)
    dossier = parsed.dossier
    birth = dossier.birth_date
    owed = set(retro_owed)
    stop = set(retro_stop)
    change = report.retroactive_change
    if change is not None:
        owed |= set(change.bob_owed_again)
        stop |= set(change.bob_must_stop)
    bob = tuple(
        Segment(
            b.period.start,
            b.period.end,
            None,
            "BOB (voluntary switch)" if b.voluntary_switch else "BOB",
            LANE_BOB,
            b.voluntary_switch,
        )
        for b in sorted(dossier.bob_periods, key=lambda b: b.period.start)
    )
    by_lane: dict[str, list[Segment]] = {LANE_IVT: [], LANE_IT: []}
    for p in sorted(dossier.ivt_it_periods, key=lambda p: p.period.start):
        regulation = p.regulation.value
        lane = LANE_IT if regulation == LANE_IT else LANE_IVT  # IVT+IT: on the IVT lane
        by_lane[lane].append(
            Segment(p.period.start, p.period.end, p.monthly_amount, regulation, regulation)
        )
    markers = [
        Marker(birthday(birth, AGE_BAN_FROM), "Age 18", AGE_18),
        Marker(birthday(birth, AGE_BAN_UNTIL), "Age 21", AGE_21),
        Marker(birthday(birth, AGE_RETROACTIVE_UNTIL), "Age 24", AGE_24),
        Marker(today, "Today", TODAY),
        *case_dates,
    ]
    return Timeline(
        birth=birth,
        today=today,
        axis_start=Month.of(birthday(birth, AGE_AXIS_FROM)),
        axis_end=Month.of(birthday(birth, AGE_RETROACTIVE_UNTIL)),
        ban_window=report.ban_window,
        query_window=report.query_window,
        conflict_months=tuple(sorted(set(report.conflict_months))),
        retro_owed=tuple(sorted(owed)),
        retro_stop=tuple(sorted(stop)),
        markers=tuple(sorted(markers, key=lambda m: m.day)),
        lanes=(
            Lane(LANE_BOB, bob),
            Lane(LANE_IVT, tuple(by_lane[LANE_IVT])),
            Lane(LANE_IT, tuple(by_lane[LANE_IT])),
            Lane(LANE_ZORGTOESLAG, _zorgtoeslag_segments(zorgtoeslag, params)),
        ),
    )


def case_markers(application: date, deadline: date | None) -> list[Marker]:
    """The markers of a case's dates: its application and its answer deadline."""
    markers = [Marker(application, "Application", APPLICATION)]
    if deadline is not None:
        markers.append(Marker(deadline, "Answer deadline", DEADLINE))
    return markers


def load_timeline(cache: LocalCache, insz: str, params: LegalParameters, today: date) -> Timeline:
    """The timeline of a cached dossier, read in one session (run it in a worker; the
    dossier page has it from `Desk.open_dossier`). DossierNotFound when the cache has no
    such person; BadInput for an invalid INSZ."""
    parsed_insz = parse_typed_insz(insz)
    with cache.sessions() as session:
        person = find_person(session, parsed_insz.digits)
        if person is None:
            raise DossierNotFound()
        points = points_rows(session, person.id)
        parsed = read_stored_input(session, person, today, parsed_insz, points)
        case = session.scalars(
            select(Case)
            .where(Case.person_id == person.id)
            .order_by(Case.application_date.desc(), Case.id.desc())
            .limit(1)
        ).first()
        flags = open_flag_rows(session, person.id)
    owed: set[Month] = set()
    stop: set[Month] = set()
    for flag in flags:
        owed |= set(_months(flag_months(flag.owed)))
        stop |= set(_months(flag_months(flag.stop)))
    return build_timeline(
        parsed,
        params,
        today,
        zorgtoeslag=[PointsRow(row.valid_from, row.points, row.pillar1_points) for row in points],
        retro_owed=owed,
        retro_stop=stop,
        case_dates=() if case is None else case_markers(case.application_date, case.deadline),
    )
