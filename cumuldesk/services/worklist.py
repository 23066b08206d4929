"""The work list: the cases of a team, with what each needs now (no Qt).

`load_worklist` reads the local cache in one session with a handful of bulk selects
(cases with their persons, BOB periods, IVT/IT periods in force, open retroactive-change
flags, outbox items), whatever the number of cases: no query per row. The conflict
months are those of `cumuldesk.services.reports.check` (the rules of
`cumuldesk.domain.cumulation`), computed on month numbers instead of month objects:

* a period covers a month when it includes one of its days, so it covers exactly the
  months from the month of its start to the month of its end (open: no end);
* a month conflicts when it lies in the ban window, a BOB period without the
  voluntary-switch flag covers it and an IVT/IT period with an amount above 0 covers it
  (amounts are never negative, so "the covering amounts add up to more than 0" is "one
  covering amount is above 0").

"Conflicts now" counts the conflict months inside the query window of the query day
(`query_window`: the months VSB asks about at the person's age today).

The filters are plain predicates over a `WorkItem` and the query day (`FILTERS`).

The screening (issue 18): each case carries its stored screening from the cache's
`screening_results` (verdict or problem, amount at stake), read in the same session. A
screening is stale when its dossier changed in the cache after it (a row with a higher
change sequence than the one it was made from, or a different number of rows: the
state `cumuldesk.services.screening` compares) or when it was made with another
law-data version than the one in force. `screen_again` checks and simulates one case on
the desk and gives its row the fresh result (shown only: the central result stays the
supervisor's screening to store).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, Table, not_, select, type_coerce

from cumuldesk.domain.cumulation import AGE_BAN_FROM, AGE_BAN_UNTIL, AGE_RETROACTIVE_UNTIL
from cumuldesk.domain.insz import format_insz, normalise_insz_input
from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.months import add_months, age_on, birthday
from cumuldesk.domain.screening import ScreeningResult
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import CumulDeskError
from cumuldesk.services.reports import ban_start
from cumuldesk.services.screening import refusal_of, result_of
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import outbox, retro_flags
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    CaseStatus,
    Handler,
    IvtItDecision,
    IvtItPeriodRow,
    Person,
    ScreeningRow,
)

if TYPE_CHECKING:
    from cumuldesk.services.desk import Desk

CASES: Table = Case.__table__
PERSONS: Table = Person.__table__
HANDLERS: Table = Handler.__table__
BOB: Table = BobPeriodRow.__table__
DECISIONS: Table = IvtItDecision.__table__
PERIODS: Table = IvtItPeriodRow.__table__
SCREENINGS: Table = ScreeningRow.__table__

TURNING_18_MONTHS = 2  # "turning 18 soon": the 18th birthday within this many months


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One case of the work list, with the facts its filters and columns need."""

    case_id: int
    reference: str
    insz: str  # 11 digits
    insz_formatted: str  # YY.MM.DD-XXX.CC
    name: str  # given name and family name
    birth_date: date
    age: int  # on the query day
    turns_18_on: date
    status: str  # a CaseStatus value
    handler: str | None  # display name of the case's handler
    deadline: date | None
    answer: str | None  # an Answer value
    proposal_sent_on: date | None
    conflict_months: tuple[str, ...]  # "YYYY-MM", all of them: those of `check`
    conflicts_now: int  # how many of them lie in the query window of the query day
    retro_open: bool  # an unacknowledged retroactive-change flag
    retro_months: tuple[str, ...]  # "YYYY-MM" the flags affect (BOB owed again or to stop)
    outbox_items: int  # changes to this case (or person) not pushed yet
    screening: ScreeningResult | None = None  # the newest screening (None: not screened)
    screening_stale: bool = False  # the dossier or the law data changed since
    screened_here: bool = False  # screened again on this desk, not stored centrally

    @property
    def waiting_to_push(self) -> bool:
        return self.outbox_items > 0

    @property
    def verdict(self) -> Recommendation | None:
        return None if self.screening is None else self.screening.verdict

    @property
    def at_stake(self) -> Decimal | None:
        """Flemish total - federal total over the horizon (None: not screened, or no
        verdict)."""
        if self.screening is None or self.screening.verdict is None:
            return None
        return self.screening.at_stake


# ------------------------------------------------------------------------ months


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


_MONTH_TEXTS: dict[int, str] = {
    index: f"{index // 12:04d}-{index % 12 + 1:02d}" for index in range(1900 * 12, 2200 * 12)
}  # one shared string per month


def month_text(index: int) -> str:
    """ "YYYY-MM" of a month number."""
    text = _MONTH_TEXTS.get(index)
    if text is None:
        year, month0 = divmod(index, 12)
        text = f"{year:04d}-{month0 + 1:02d}"
    return text


def _month_texts(indexes: list[int]) -> tuple[str, ...]:
    try:
        return tuple(map(_MONTH_TEXTS.__getitem__, indexes))
    except KeyError:
        return tuple(map(month_text, indexes))


def _both(
    bob: list[tuple[int, int | None]], paid: list[tuple[int, int | None]], low: int, high: int
) -> list[int]:
    """Month numbers from `low` to `high` covered by a BOB interval and a paid one, in
    order (pairwise overlaps; most persons have one of each)."""
    spans = []
    for bob_first, bob_last in bob:
        bob_top = high if bob_last is None else min(bob_last, high)
        bob_low = max(bob_first, low)
        for paid_first, paid_last in paid:
            top = bob_top if paid_last is None else min(paid_last, bob_top)
            first = max(paid_first, bob_low)
            if first <= top:
                spans.append((first, top))
    if not spans:
        return []
    if len(spans) == 1:
        first, top = spans[0]
        return list(range(first, top + 1))
    months: set[int] = set()
    for first, top in spans:
        months.update(range(first, top + 1))
    return sorted(months)


def ban_month_numbers(birth: date, start_of_ban: date) -> tuple[int, int] | None:
    """The ban window (`cumuldesk.domain.cumulation.ban_window`) as month numbers: a
    birthday falls in the month of birth (29 February becomes the 28th, same month)."""
    born = birth.year * 12 + birth.month - 1
    low = max(born + AGE_BAN_FROM * 12 + 1, month_index(start_of_ban))
    high = born + AGE_BAN_UNTIL * 12
    return (low, high) if low <= high else None


def conflict_month_numbers(
    birth: date,
    start_of_ban: date | None,
    bob: list[tuple[int, int | None]],
    paid: list[tuple[int, int | None]],
) -> list[int]:
    """The conflict months (month numbers, in order) of a person born on `birth` with
    these BOB periods without the voluntary-switch flag and IVT/IT periods paid above 0
    (as month-number intervals, None: open end). The same months as
    `cumuldesk.domain.cumulation.conflict_months`."""
    if start_of_ban is None or not bob or not paid:
        return []
    window = ban_month_numbers(birth, start_of_ban)
    if window is None:
        return []
    return _both(bob, paid, *window)


def query_month_numbers(birth: date, today: date, age: int) -> tuple[int, int] | None:
    """The months of `query_window(birth, today)` as month numbers (`age`: the age on
    `today`). A birthday falls in the month of birth and adding months to a day keeps
    the month count, so only the 17-years-11-months boundary needs a date."""
    born = birth.year * 12 + birth.month - 1
    now = today.year * 12 + today.month - 1
    if AGE_BAN_FROM <= age < AGE_BAN_UNTIL:
        return born + AGE_BAN_FROM * 12, now
    if AGE_BAN_UNTIL <= age < AGE_RETROACTIVE_UNTIL:
        return now - 36, born + AGE_BAN_UNTIL * 12
    if age == AGE_BAN_FROM - 1 and add_months(birth, 17 * 12 + 11) <= today:
        return born + AGE_BAN_FROM * 12, now + 2
    return None


# ------------------------------------------------------------------------ loading


def _intervals(rows: Sequence[Any]) -> dict[int, list[tuple[int, int | None]]]:
    """{person id: [(first month, last month or None)]} of (person id, start, end) rows."""
    found: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    for person_id, start, end in rows:
        found[person_id].append(
            (
                start.year * 12 + start.month - 1,
                None if end is None else end.year * 12 + end.month - 1,
            )
        )
    return found


def _formatted(digits: str) -> str:
    """YY.MM.DD-XXX.CC (`format_insz` without its checks, for stored numbers)."""
    if len(digits) == 11 and digits.isdigit():
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}"
    return format_insz(digits)


def _age_and_18th(birth: date, today: date) -> tuple[int, date]:
    """`age_on(birth, today)` and `birthday(birth, 18)`, without the month arithmetic
    except for someone born on 29 February."""
    if birth.month == 2 and birth.day == 29:
        return age_on(birth, today), birthday(birth, AGE_BAN_FROM)
    age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return age, birth.replace(year=birth.year + AGE_BAN_FROM)


def load_worklist(
    cache: LocalCache, team: str, params: LegalParameters, today: date
) -> list[WorkItem]:
    """Every case of `team` in the cache, with its person and what its filters need;
    ordered by case reference. `today` is the query day."""
    start_of_ban = ban_start(params)
    team_persons = select(CASES.c.person_id).where(CASES.c.team == team).scalar_subquery()
    as_text = String()  # enums as their stored text: no conversion per row
    with cache.sessions() as session:
        cases = session.execute(
            select(
                CASES.c.id,
                CASES.c.reference,
                CASES.c.person_id,
                type_coerce(CASES.c.status, as_text),
                CASES.c.handler_id,
                CASES.c.deadline,
                type_coerce(CASES.c.answer, as_text),
                CASES.c.proposal_sent_on,
                PERSONS.c.insz,
                PERSONS.c.given_name,
                PERSONS.c.family_name,
                PERSONS.c.birth_date,
            )
            .join(PERSONS, PERSONS.c.id == CASES.c.person_id)
            .where(CASES.c.team == team)
            .order_by(CASES.c.reference)
        ).all()
        handlers = dict(session.execute(select(HANDLERS.c.id, HANDLERS.c.display_name)).all())
        bob = _intervals(
            session.execute(
                select(BOB.c.person_id, BOB.c.start_date, BOB.c.end_date).where(
                    BOB.c.person_id.in_(team_persons), not_(BOB.c.voluntary_switch)
                )
            ).all()
        )
        paid = _intervals(
            session.execute(
                select(DECISIONS.c.person_id, PERIODS.c.start_date, PERIODS.c.end_date)
                .join(DECISIONS, PERIODS.c.decision_id == DECISIONS.c.id)
                .where(
                    DECISIONS.c.person_id.in_(team_persons),
                    DECISIONS.c.superseded_at.is_(None),
                    PERIODS.c.monthly_amount > 0,
                )
            ).all()
        )
        retro: dict[int, set[str]] = defaultdict(set)
        for person_id, owed, stop in session.execute(
            select(retro_flags.c.person_id, retro_flags.c.owed, retro_flags.c.stop).where(
                retro_flags.c.person_id.in_(team_persons),
                retro_flags.c.acknowledged_at.is_(None),
            )
        ):
            retro[person_id].update(json.loads(owed), json.loads(stop))
        screenings = _screenings(session, team_persons, getattr(params, "version", None))
        by_case: dict[int, int] = defaultdict(int)
        by_person: dict[int, int] = defaultdict(int)
        for case_id, person_id in session.execute(select(outbox.c.case_id, outbox.c.person_id)):
            if case_id is not None:
                by_case[case_id] += 1
            elif person_id is not None:
                by_person[person_id] += 1

    no_periods: list[tuple[int, int | None]] = []
    items: list[WorkItem] = []
    append = items.append
    for (
        case_id,
        reference,
        person_id,
        status,
        handler_id,
        deadline,
        answer,
        proposal_sent_on,
        insz,
        given_name,
        family_name,
        birth,
    ) in cases:
        conflicts = conflict_month_numbers(
            birth, start_of_ban, bob.get(person_id, no_periods), paid.get(person_id, no_periods)
        )
        age, eighteenth = _age_and_18th(birth, today)
        now = query_month_numbers(birth, today, age) if conflicts else None
        flagged = retro.get(person_id)
        append(
            WorkItem(
                case_id=case_id,
                reference=reference,
                insz=insz,
                insz_formatted=_formatted(insz),
                name=f"{given_name} {family_name}",
                birth_date=birth,
                age=age,
                turns_18_on=eighteenth,
                status=status,
                handler=handlers.get(handler_id),
                deadline=deadline,
                answer=answer,
                proposal_sent_on=proposal_sent_on,
                conflict_months=_month_texts(conflicts),
                conflicts_now=(
                    0
                    if now is None
                    else bisect_right(conflicts, now[1]) - bisect_left(conflicts, now[0])
                ),
                retro_open=flagged is not None,
                retro_months=tuple(sorted(flagged)) if flagged else (),
                outbox_items=by_case.get(case_id, 0) + by_person.get(person_id, 0),
                screening=screenings[case_id][0] if case_id in screenings else None,
                screening_stale=case_id in screenings and screenings[case_id][1],
            )
        )
    return items


def _screenings(
    session: Any, team_persons: Any, law_version: int | None
) -> dict[int, tuple[ScreeningResult, bool]]:
    """{case id: (its stored screening, stale)} of the team's cases (see the module)."""
    from cumuldesk.storage.screening import dossier_states, result_of_row

    rows = (
        session.execute(
            select(ScreeningRow)
            .join(CASES, CASES.c.id == SCREENINGS.c.case_id)
            .where(CASES.c.person_id.in_(team_persons))
        )
        .scalars()
        .all()
    )
    if not rows:
        return {}
    persons = dict(
        session.execute(
            select(CASES.c.id, CASES.c.person_id).where(
                CASES.c.id.in_([row.case_id for row in rows])
            )
        ).all()
    )
    state = dossier_states(session)  # person id -> (newest change sequence, rows)
    found: dict[int, tuple[ScreeningResult, bool]] = {}
    for row in rows:
        result = result_of_row(row)
        now = state.get(persons.get(row.case_id, -1))
        stale = (
            result.law_version != law_version
            or now is None
            or now != (row.dossier_seq, row.dossier_rows)
        )
        found[row.case_id] = (result, stale)
    return found


# ------------------------------------------------------------------------ screen again


def screen_again(desk: Desk, item: WorkItem, now: datetime | None = None) -> WorkItem:
    """Check and simulate this case's dossier on the desk (`Desk.check`,
    `Desk.simulate`, with the law data in force), as the screening does, and give its
    row the fresh result: not stored (the central result is the supervisor's
    screening's to store). The dossier is read from the cache without a new access
    being recorded (the handler opens no dossier). Runs off the GUI thread."""
    at = now or datetime.now(UTC)
    version = getattr(desk.law, "version", None)
    conflicts = 0
    try:
        data = desk.open_dossier(item.insz, quiet=True)
        conflicts = len(desk.check(data).conflict_months)
        report = desk.simulate(data)
    except CumulDeskError as exc:
        result = refusal_of(item.reference, exc, conflicts, version, at)
    else:
        result = result_of(item.reference, report, conflicts, at)
    return replace(item, screening=result, screening_stale=False, screened_here=True)


def with_screenings(items: list[WorkItem], fresh: dict[str, WorkItem]) -> list[WorkItem]:
    """The items, those screened again here (`fresh`, by case reference) with their
    fresh result, unless a newer one arrived with the list."""
    if not fresh:
        return items
    out = []
    for item in items:
        done = fresh.get(item.reference)
        if (
            done is not None
            and done.screening is not None
            and (item.screening is None or item.screening.screened_at < done.screening.screened_at)
        ):
            item = replace(
                item, screening=done.screening, screening_stale=False, screened_here=True
            )
        out.append(item)
    return out


# ------------------------------------------------------------------------ filters


def conflicts_now(item: WorkItem, today: date) -> bool:
    return item.conflicts_now > 0


def proposal_to_send(item: WorkItem, today: date) -> bool:
    return item.status == CaseStatus.PROPOSAL_TO_SEND.value


def waiting_past_deadline(item: WorkItem, today: date) -> bool:
    return (
        item.status == CaseStatus.WAITING_FOR_ANSWER.value
        and item.deadline is not None
        and item.deadline < today
    )


def turning_18_soon(item: WorkItem, today: date) -> bool:
    """The 18th birthday is today or within two months from today (inclusive)."""
    return today <= item.turns_18_on <= add_months(today, TURNING_18_MONTHS)


def retroactive(item: WorkItem, today: date) -> bool:
    return item.retro_open


def renunciation_to_propose(item: WorkItem, today: date) -> bool:
    """The screening says a renunciation proposal is due (stale or not: marked)."""
    return item.screening is not None and item.screening.proposes_renunciation


Predicate = Callable[[WorkItem, date], bool]


@dataclass(frozen=True)
class WorkFilter:
    key: str
    label: str  # English; the user interface shows its own translated label
    predicate: Predicate


CONFLICTS_NOW = "conflicts_now"
PROPOSAL_TO_SEND = "proposal_to_send"
WAITING_PAST_DEADLINE = "waiting_past_deadline"
TURNING_18_SOON = "turning_18_soon"
RETROACTIVE = "retroactive"
RENUNCIATION_TO_PROPOSE = "renunciation_to_propose"

FILTERS: dict[str, WorkFilter] = {
    f.key: f
    for f in (
        WorkFilter(CONFLICTS_NOW, "Conflicts now", conflicts_now),
        WorkFilter(PROPOSAL_TO_SEND, "Proposal to send", proposal_to_send),
        WorkFilter(WAITING_PAST_DEADLINE, "Waiting past deadline", waiting_past_deadline),
        WorkFilter(TURNING_18_SOON, "Turning 18 within two months", turning_18_soon),
        WorkFilter(RETROACTIVE, "Retroactive changes", retroactive),
        WorkFilter(RENUNCIATION_TO_PROPOSE, "Renunciation to propose", renunciation_to_propose),
    )
}


def filter_counts(items: list[WorkItem], today: date) -> dict[str, int]:
    """How many items each filter selects."""
    return {key: sum(1 for item in items if f.predicate(item, today)) for key, f in FILTERS.items()}


def select_items(items: list[WorkItem], key: str | None, today: date) -> list[WorkItem]:
    """The items a filter selects (all for None)."""
    if key is None:
        return list(items)
    predicate = FILTERS[key].predicate
    return [item for item in items if predicate(item, today)]


def filter_masks(items: list[WorkItem], today: date) -> dict[str, bytearray]:
    """For each filter, one byte per item: 1 when the filter selects it."""
    return {
        key: bytearray([f.predicate(item, today) for item in items]) for key, f in FILTERS.items()
    }


# ------------------------------------------------------------------------ search


def search_key(item: WorkItem) -> str:
    """What the free-text search looks in, lower case: the case reference, the INSZ
    (digits and formatted) and the name."""
    return f"{item.reference}\x1f{item.insz}\x1f{item.insz_formatted}\x1f{item.name}".lower()


def search_terms(text: str) -> tuple[str, ...]:
    """The terms a typed search text stands for (every one must be found). A number in
    any typed or pasted form ("85.07.30-033.28", "850730 03328") becomes its digits."""
    typed = (text or "").strip().lower()
    if not typed:
        return ()
    compact = normalise_insz_input(typed)
    if compact.isdigit():
        return (compact,)
    return tuple(typed.split())


def search_hits(
    keys: list[str], terms: tuple[str, ...], within: bytearray | None = None
) -> bytearray:
    """One byte per key: 1 when every term occurs in it. `within`: only these keys can
    match (a narrower search than the one that selected them: typing on)."""
    if not terms:
        return bytearray(b"\x01") * len(keys)
    if within is not None and within.count(1) * 4 < len(keys):  # else a full scan is faster
        hits = bytearray(len(keys))
        for index in _set_positions(within):
            key = keys[index]
            if all(term in key for term in terms):
                hits[index] = 1
        return hits
    if len(terms) == 1:
        term = terms[0]
        return bytearray([term in key for key in keys])
    return bytearray([all(term in key for term in terms) for key in keys])


def _set_positions(flags: bytearray) -> list[int]:
    positions = []
    find = flags.find
    at = find(1)
    while at >= 0:
        positions.append(at)
        at = find(1, at + 1)
    return positions
