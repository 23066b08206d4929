"""The application API: what a signed-in handler can do, for the window and the command
line alike (no Qt).

A `Desk` is built once at sign-in from who signed in, their open cache, the law data, how
to reach the central database and a clock, and is held by the window (`AppContext.desk`)
and by each command. Its reads return typed values (domain values, `Month`, `Decimal`,
dataclasses), each loaded in one session; its writes return a `Changes` value saying what
changed, which the window's background-operation helper broadcasts by itself
(`ui.kit.ops.Op`), so that every view decides whether to reload. No caller outside the
services opens a session or calls the sync directly: they ask the desk.

The feature modules (`services.dossiers`, `services.cases`, `services.letters`, ...) hold
the work; the desk gives it the handler's context so that callers do not pass five to nine
loose arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from cumuldesk.errors import Unavailable

if TYPE_CHECKING:  # the types only: building a desk needs no database driver yet
    from cumuldesk.domain.months import Month
    from cumuldesk.params.loader import ParameterSet
    from cumuldesk.services.accounts.desktop_signin import SignedIn
    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.accounts.unlock import Connect, Unlocked
    from cumuldesk.services.central.connect import Central
    from cumuldesk.services.monthly_report import MonthlyReport
    from cumuldesk.storage.cache import LocalCache


def utcnow() -> datetime:
    """The time now, in UTC (as `storage.audit.utcnow`, without loading the database
    layer: the window's start imports this module)."""
    return datetime.now(UTC)


class Change(StrEnum):
    """A kind of data a write or a sync changed; a view reloads when it shows that kind."""

    DOSSIERS = "dossiers"  # persons, periods, decisions (a sync pulled something)
    CASES = "cases"  # case status, answer, notes, letters
    OUTBOX = "outbox"  # changes waiting to be pushed, conflicts
    SYNC = "sync"  # online state, time of the last sync
    LAW = "parameters"  # the law data in force


@dataclass(frozen=True)
class Changes:
    """What a write changed: the kinds, and (when known) which dossiers and cases. Kept in
    memory only: the INSZ numbers here are never logged."""

    kinds: frozenset[Change] = frozenset()
    persons: frozenset[str] = field(default=frozenset(), repr=False)  # INSZ digits
    cases: frozenset[str] = frozenset()  # case references

    @classmethod
    def of(cls, *kinds: Change, persons: Iterable[str] = (), cases: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(persons), frozenset(cases))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds, self.persons | other.persons, self.cases | other.cases
        )

    def concerns(self, *kinds: Change) -> bool:
        """Whether any of `kinds` changed."""
        return not self.kinds.isdisjoint(kinds)


NOTHING = Changes()


class Desk:
    """One signed-in handler's application: see the module's docstring."""

    def __init__(
        self,
        identity: Identity,
        cache: LocalCache,
        law: ParameterSet,
        connect: Callable[[], Central],
        *,
        clock: Callable[[], datetime] = utcnow,
        demo: bool = False,
        online: bool | None = None,
        connect_as: Connect | None = None,
    ) -> None:
        self.identity = identity
        self.cache = cache
        self.law = law
        self.connector = connect  # how to reach the central database as this handler
        self.clock = clock
        self.demo = demo
        self.online = online  # as the sync last found it; None: not tried yet
        # how to reach the central database with a password typed now (the lock screen)
        self.connect_as = connect_as
        # told (from the worker thread) of the outbox write of an audited read, which
        # returns its data and not a `Changes`: the window passes it to its changes
        # signal, so that the count of changes waiting follows (`ui.kit.changes`)
        self.on_write: Callable[[Changes], None] | None = None

    def _wrote(self, changes: Changes) -> None:
        """An audited read wrote its event into the outbox: say so (see `on_write`)."""
        if self.on_write is not None:
            self.on_write(changes)

    @classmethod
    def signed_in(cls, signed: SignedIn, *, clock: Callable[[], datetime] = utcnow) -> Desk:
        """The desk of a sign-in (`services.accounts.desktop_signin.sign_in_work`)."""
        from cumuldesk.services.accounts.desktop_signin import central_connector
        from cumuldesk.services.accounts.unlock import connector

        return cls(
            signed.identity,
            signed.cache,
            signed.params,
            central_connector(signed.config, signed.credentials),
            clock=clock,
            demo=signed.config.is_demo,
            online=signed.online,
            connect_as=connector(signed.config),
        )

    # ------------------------------------------------------------------ context

    def today(self) -> date:
        """The query day: the local date."""
        return self.clock().astimezone().date()

    def connect(self) -> Central:
        """The central database as this handler; raises Unavailable (or
        DatabaseUnavailable) when it cannot be reached. Worker threads only."""
        return self.connector()

    def try_connect(self) -> Central | None:
        """The central database, or None when it cannot be reached. Worker threads only
        (it may wait up to the connection timeout)."""
        try:
            return self.connect()
        except Unavailable:
            return None

    def password_connector(self) -> Connect:
        """How to reach the central database with a password typed now (the lock screen
        checks the password there): the signed-in configuration's, else the configured
        database's (never created)."""
        if self.connect_as is not None:
            return self.connect_as
        from cumuldesk.config import central_config
        from cumuldesk.services.accounts.unlock import connector

        return connector(central_config())

    def unlock(self, password: str) -> Unlocked:
        """Check the password typed on the lock screen (`services.accounts.unlock`): by the
        central database when it can be reached, else by the cache. Worker threads only."""
        from cumuldesk.services.accounts.unlock import check_unlock

        return check_unlock(self.cache, self.identity.username, password, self.password_connector())

    def close(self) -> None:
        """Close the cache (the window is closing)."""
        self.cache.close()

    # Feature sections: each delegates to its feature module (services.<feature>), one
    # session per read, a `Changes` per write. Keep each section's methods together.

    # ------------------------------------------------------------------ dossiers
    # One person's dossier (services.dossiers): opened in one cache session (fetched from
    # the central database first when it is not cached and can be reached), the recent
    # dossiers, acknowledging a retroactive change. Then the team's work list
    # (services.worklist) and its export (services.exports.worklist). Each imports its
    # module when called (see the sync section). Worker threads only (the local lane).

    if TYPE_CHECKING:  # this section's types, for the checker only (see below)
        from collections.abc import Mapping, Sequence
        from pathlib import Path

        from cumuldesk.domain.insz import Insz
        from cumuldesk.services.dossiers.opening import DossierData
        from cumuldesk.services.dossiers.recent import RecentDossier
        from cumuldesk.services.exports.spreadsheets import Translate
        from cumuldesk.services.exports.worklist import ExportResult
        from cumuldesk.services.worklist import WorkItem

    def open_dossier(
        self,
        insz: Insz | str,
        *,
        quiet: bool = False,
        action: str | None = None,
        details: Mapping[str, object] | None = None,
    ) -> DossierData:
        """Everything the dossier page shows of one dossier (the person, the domain
        `Dossier`, cases, notes, letters, representative, open retroactive-change flags,
        how old the data is, the timeline), read in one cache session; a dossier not
        cached is fetched from the central database first when it can be reached. The
        INSZ is parsed here once (given as an `Insz`, not at all).

        Audited as `action` ("dossier_opened" by default; "simulation_run" for the
        simulation page) with `details` (nothing personal), and marked opened. `quiet`: a
        reload of the dossier on screen (after a change), which is no new access: not
        audited, and never fetched. Raises BadInput (an invalid INSZ), DossierNotFound,
        NotAvailableOffline."""
        from cumuldesk.domain.insz import Insz
        from cumuldesk.services.dossiers.actions import OPENED
        from cumuldesk.services.dossiers.opening import open_dossier_data
        from cumuldesk.services.dossiers.store import parse_typed_insz

        parsed = insz if isinstance(insz, Insz) else parse_typed_insz(insz)
        data = open_dossier_data(
            self.cache,
            self.identity,
            self.law,
            parsed,
            connect=(lambda: None) if quiet else self.try_connect,
            today=self.today(),
            clock=self.clock,
            online=self.online,
            audit_action=None if quiet else action or OPENED,
            audit_details=details,
        )
        if not quiet:  # the access is audited: its event waits in the outbox
            self._wrote(Changes.of(Change.OUTBOX, persons=(data.insz,)))
        return data

    def recent_dossiers(self, limit: int = 10) -> list[RecentDossier]:
        """The dossiers this handler opened last, newest first (from the cache)."""
        from cumuldesk.services.dossiers.recent import recent_dossiers

        return recent_dossiers(self.cache, limit)

    def acknowledge_retro(self, data: DossierData) -> Changes:
        """The handler has seen the retroactive change of the dossier shown: its open
        flags are no longer open. BadInput when one is no longer open."""
        from cumuldesk.services.dossiers.page_data import acknowledge_flags

        return acknowledge_flags(self.cache, data, self.clock())

    def worklist(self, today: date | None = None) -> list[WorkItem]:
        """Every case of this handler's team in the cache, with what its filters and
        columns need on the query day (`today`, default the desk's; one session:
        `services.worklist.load_worklist`)."""
        from cumuldesk.services.worklist import load_worklist

        on = self.today() if today is None else today
        return load_worklist(self.cache, self.identity.team, self.law, on)

    def export_worklist(
        self,
        items: Sequence[WorkItem],
        path: Path | str,
        *,
        filters_label: str,
        filter_key: str | None,
        searched: bool,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        translate: Translate | None = None,
    ) -> ExportResult:
        """Write these work-list rows (in this order) to an Excel workbook by this handler
        and audit the export (`services.exports.worklist`); its `changes`: the outbox.
        ExportCancelled when `cancel()` said so (no file left behind)."""
        from cumuldesk.services.exports.spreadsheets import untranslated
        from cumuldesk.services.exports.worklist import export_and_record

        return export_and_record(
            self.cache,
            self.identity,
            items,
            path,
            filters_label=filters_label,
            filter_key=filter_key,
            searched=searched,
            clock=self.clock,
            progress=progress,
            cancel=cancel,
            translate=translate or untranslated,
        )

    # ------------------------------------------------------------------ simulation
    # The cumulation check and the simulation of a dossier with the law data in force
    # (`self.law`; services.reports, services.simulation.form), typed reports; the
    # simulation page's opening (services.simulation.opening) and its Excel export
    # (services.exports.simulation). Each imports its module when called. Checking and
    # simulating take about a millisecond: any thread; opening and exporting: worker
    # threads (the local lane).

    if TYPE_CHECKING:  # this section's types, for the checker only
        from cumuldesk.services.dossiers.store import DossierView
        from cumuldesk.services.exports.simulation import SimulationExport
        from cumuldesk.services.reports import CheckReport, SimulationReport
        from cumuldesk.services.simulation.form import SimulationForm
        from cumuldesk.services.simulation.opening import OpenedSimulation

    def check(self, dossier: DossierView | DossierData) -> CheckReport:
        """The cumulation check of the dossier on its query day: conflict months, month
        statuses, ban and query windows (as `cumuldesk check`)."""
        from cumuldesk.services.reports import check

        return check(self._dossier_view(dossier).input, self.law)

    def simulate(
        self, dossier: DossierView | DossierData, form: SimulationForm | None = None
    ) -> SimulationReport:
        """IVT/IT against zorgtoeslag + BOB, month by month: with the dossier's own values
        (`form` None: as `cumuldesk dossier --simulate`), else with the form's inputs on
        the dossier's facts. BadInput when there is nothing to simulate or the law data
        have no value for a month; FormError (a BadInput) names a bad input of `form`."""
        from cumuldesk.services.simulation.form import simulation_of

        view = self._dossier_view(dossier)
        if form is None:
            return view.simulation_report(self.law)
        return simulation_of(form, view.input, self.law)

    @staticmethod
    def _dossier_view(dossier: DossierView | DossierData) -> DossierView:
        """A view, or the view of an opened dossier."""
        from cumuldesk.services.dossiers.opening import DossierData

        return dossier.view if isinstance(dossier, DossierData) else dossier

    def open_simulation(self, insz: str, *, quiet: bool = False) -> OpenedSimulation:
        """The simulation page's dossier: read in one cache session (fetched from the
        central database first when not cached and reachable), audited as
        "simulation_run" with the law-data version, with the form of its own values and
        their simulation. `quiet`: a reload after a sync (no new access: not audited,
        never fetched). Raises BadInput (an invalid INSZ), DossierNotFound,
        NotAvailableOffline."""
        from cumuldesk.services.dossiers.actions import SIMULATED
        from cumuldesk.services.dossiers.opening import open_dossier_data
        from cumuldesk.services.dossiers.store import parse_typed_insz
        from cumuldesk.services.simulation.opening import simulation_of_dossier

        data = open_dossier_data(
            self.cache,
            self.identity,
            None,  # the page shows no timeline
            parse_typed_insz(insz),
            connect=(lambda: None) if quiet else self.try_connect,
            today=self.today(),
            clock=self.clock,
            online=self.online,
            audit_action=None if quiet else SIMULATED,
            audit_details={"law_data_version": self.law.version},
        )
        if not quiet:  # audited: its event waits in the outbox
            self._wrote(Changes.of(Change.OUTBOX, persons=(data.insz,)))
        return simulation_of_dossier(data.view, self.law)

    def export_simulation(
        self,
        report: SimulationReport,
        path: Path | str,
        *,
        dossier_reference: str,
        notes: Sequence[str] = (),
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        translate: Translate | None = None,
    ) -> SimulationExport:
        """Write the simulation (its months, totals and the law values used) to an Excel
        workbook by this handler and audit the export (how many months, the dossier by
        pseudonym); its `changes`: the outbox. `notes`: more header lines (the inputs
        that differ from the dossier's). BadInput (folder missing, not writable) or
        ExportCancelled when `cancel()` said so (no file left behind)."""
        from cumuldesk.services.exports.simulation import export_and_record
        from cumuldesk.services.exports.spreadsheets import untranslated

        return export_and_record(
            self.cache,
            self.identity,
            report,
            path,
            dossier_reference=dossier_reference,
            notes=notes,
            clock=self.clock,
            progress=progress,
            cancel=cancel,
            translate=translate or untranslated,
        )

    # ------------------------------------------------------------------ cases and letters
    # A case's notes, status and answer (services.cases) and its letters (services.letters):
    # each write is one cache transaction with its outbox item and audit event, and says
    # what changed (the case, the outbox). Each imports its module when called (see the
    # sync section). Worker threads only (the local lane).

    if TYPE_CHECKING:  # this section's types, for the checker only
        from cumuldesk.domain.cases import Answer, CaseStatus
        from cumuldesk.services.cases import CaseKey

    def find_case(self, reference: str) -> CaseKey | None:
        """The cached case of this reference (as typed, or in capitals) with its person's
        INSZ; None when the cache does not hold it."""
        from cumuldesk.services.cases import find_case

        return find_case(self.cache, reference)

    def add_note(self, reference: str, text: str) -> Changes:
        """Add a work note to the case (procedure only: never medical information).
        BadInput when it is empty or too long, or the case is not cached."""
        from cumuldesk.services.cases import write_note

        return write_note(self.cache, self.identity, reference, text, clock=self.clock).changes

    def change_case(self, reference: str, **fields: CaseStatus | Answer | date | None) -> Changes:
        """Change fields of the case by name: status, answer, answer_date,
        proposal_sent_on, deadline. BadInput when a handler may not change a field, a
        value is wrong or the case rules refuse a date."""
        from cumuldesk.services.cases import write_case_change

        written = write_case_change(self.cache, self.identity, reference, fields, clock=self.clock)
        return written.changes

    def record_answer(self, reference: str, answer: Answer, answer_date: date) -> Changes:
        """Record the applicant's answer to the proposal and its date (the case becomes
        answered). BadInput when the proposal was not sent or the date is refused."""
        from cumuldesk.services.cases import write_answer

        written = write_answer(
            self.cache, self.identity, reference, answer, answer_date, clock=self.clock
        )
        return written.changes

    if TYPE_CHECKING:  # the letters' types, for the checker only
        from cumuldesk.domain.cases import LetterKind
        from cumuldesk.services.letters.drafting import LetterDraft
        from cumuldesk.services.letters.setup import LetterDossier, LetterSetup
        from cumuldesk.services.letters.store import LetterSaved, Output, StoredLetter
        from cumuldesk.services.reports import SimulationReport

    def letter_setup(
        self, insz: str, report: SimulationReport, *, answer_days: int | None = None
    ) -> LetterSetup:
        """What the letters dialog shows of a cached dossier and its simulation: the
        case's stored letters and fresh drafts of the renunciation proposal and the
        advice note (`answer_days` to answer the proposal; default 30). The dossier is
        read quietly (no new access, never fetched): DossierNotFound or
        NotAvailableOffline when the cache does not hold it."""
        from cumuldesk.services.letters.drafting import ANSWER_DAYS
        from cumuldesk.services.letters.setup import letter_setup

        data = self.open_dossier(insz, quiet=True)
        return letter_setup(
            self.cache,
            self.identity,
            self.law,
            data,
            report,
            today=self.today(),
            answer_days=ANSWER_DAYS if answer_days is None else answer_days,
        )

    def letter_dossier(
        self, insz: str, *, today: date, reference: str | None = None
    ) -> LetterDossier:
        """The dossier a letter is drafted from on the letter's date `today` (audited as
        an opening; fetched from the central database when not cached and reachable),
        with the case `reference` as its current case, and the addressee's facts."""
        from cumuldesk.services.letters.setup import letter_dossier

        opened = letter_dossier(
            self.cache,
            self.identity,
            insz,
            connect=self.try_connect,
            today=today,
            clock=self.clock,
            online=self.online,
            reference=reference,
        )
        self._wrote(Changes.of(Change.OUTBOX))  # audited as an opening: the outbox
        return opened

    def case_letters(self, reference: str) -> list[StoredLetter]:
        """The case's letters in the cache, oldest first (BadInput: the case is not
        cached)."""
        from cumuldesk.services.letters.store import stored_letters

        return stored_letters(self.cache, reference)

    def finalised_letter(self, reference: str, kind: LetterKind) -> StoredLetter | None:
        """The case's finalised letter of this kind, if any (IntegrityProblem when its
        content no longer matches its stored hash)."""
        from cumuldesk.services.letters.store import finalised_letter

        return finalised_letter(self.cache, reference, kind)

    def save_letter_draft(self, draft: LetterDraft, html: str) -> LetterSaved:
        """Save the (edited) text of a draft; it replaces the handler's draft of that
        kind not pushed yet. BadInput once the case's letter of that kind is finalised."""
        from cumuldesk.services.letters.store import save_letter_draft

        return save_letter_draft(self.cache, self.identity, draft, html, clock=self.clock)

    def finalise_letter(
        self, draft: LetterDraft, html: str, *, confirmed_unverified: bool
    ) -> LetterSaved:
        """Store `html` as the case's finalised letter of the draft's kind: immutable,
        with its SHA-256. Law values used that are not sourced must be confirmed
        (`confirmed_unverified`, audited), else BadInput naming them in words."""
        from cumuldesk.services.letters.store import finalise_letter

        return finalise_letter(
            self.cache,
            self.identity,
            draft,
            html,
            confirmed_unverified=confirmed_unverified,
            clock=self.clock,
        )

    def record_letter_output(self, reference: str, kind: LetterKind, output: Output) -> Changes:
        """Audit a print or a PDF export of the case's letter of this kind (the event
        waits in the outbox)."""
        from cumuldesk.services.letters.store import record_output

        return record_output(self.cache, self.identity, reference, kind, output, clock=self.clock)

    # ------------------------------------------------------------------ sync and law data
    # The sync (services.sync_service), what waits in the outbox (services.conflicts) and
    # the organisation's law data (services.law). Each imports its module when called:
    # the window's start imports this module without the database layer.

    if TYPE_CHECKING:  # this section's types, for the checker only (see above)
        from collections.abc import Sequence

        from cumuldesk.services.conflicts import Keep, WaitingChange
        from cumuldesk.services.law.form import Proposal
        from cumuldesk.services.law.page_data import LawData, LawStep
        from cumuldesk.services.sync_service import (
            Cancel,
            StageProgress,
            SyncLoop,
            SyncReport,
            SyncState,
        )

    def sync(
        self, *, progress: StageProgress | None = None, cancel: Cancel | None = None
    ) -> SyncReport:
        """Sync once, now: push the outbox, then pull (`sync_service.sync_once`); its
        `changes` say what the views may reload. New law data become the desk's `law`.
        Unavailable (or DatabaseUnavailable) when the central database cannot be reached,
        SyncCancelled when `cancel` said so. Worker threads only."""
        from cumuldesk.services.sync_service import sync_once

        central = self.connect()
        try:
            report = sync_once(
                central,
                self.cache,
                self.identity,
                progress=progress,
                cancel=cancel,
                clock=self.clock,
            )
        finally:
            central.close()
        self.online = True
        self._follow_sync(report)
        return report

    def sync_loop(
        self,
        *,
        interval: float | None = None,
        retry: Sequence[float] | None = None,
        on_state: Callable[[SyncState], None] | None = None,
        on_report: Callable[[SyncReport], None] | None = None,
        progress: StageProgress | None = None,
    ) -> SyncLoop:
        """The loop that syncs now and then and again when the central database comes
        back (`sync_service.SyncLoop`), to run in a worker thread. The desk follows what
        it finds before `on_state` and `on_report` hear it: whether the central database
        answered (`online`) and new law data (`law`: a new value, swapped whole, which
        views read when they start a piece of work)."""
        from cumuldesk.services.sync_service import (
            DEFAULT_INTERVAL,
            DEFAULT_RETRY,
            SyncLoop,
            SyncReport,
            SyncState,
        )

        def state_found(state: SyncState) -> None:
            self.online = state.online
            if on_state is not None:
                on_state(state)

        def synced(report: SyncReport) -> None:
            self._follow_sync(report)
            if on_report is not None:
                on_report(report)

        return SyncLoop(
            self.connect,
            self.cache,
            self.identity,
            interval=DEFAULT_INTERVAL if interval is None else interval,
            retry=DEFAULT_RETRY if retry is None else retry,
            on_state=state_found,
            on_report=synced,
            progress=progress,
            clock=self.clock,
        )

    def _follow_sync(self, report: SyncReport) -> None:
        """A sync that brought new law data: compute with them from now on (read from the
        cache here, on the worker thread). Unreadable: keep the law data in use, say why."""
        if report.pulled.law_data_version is None:
            return
        import logging

        from cumuldesk.sync.law import cache_parameters

        try:
            law = cache_parameters(self.cache)
        except Exception as exc:  # noqa: BLE001 - the law in use stays; logged
            logging.getLogger(__name__).error(
                "the new law data could not be read from the cache", exc_info=exc
            )
            return
        if law is not None:
            self.law = law

    def sync_state(self, *, online: bool | None, problem: str | None = None) -> SyncState:
        """What the status bar shows: `online` and `problem` as the sync last found them,
        the time of the last sync and the outbox counts read from the cache now."""
        from cumuldesk.services.sync_service import sync_state

        return sync_state(self.cache, online=online, problem=problem)

    def waiting_changes(self) -> list[WaitingChange]:
        """The conflicts and refused changes waiting for the handler's choice, oldest
        first, with their cases."""
        from cumuldesk.services.conflicts import load_waiting

        return load_waiting(self.cache)

    def resolve_conflict(self, change: WaitingChange, keep: Keep) -> Changes:
        """Settle a conflict: keep the handler's version (pushed again with the next sync)
        or the central one. BadInput when it is no longer a conflict."""
        from cumuldesk.services.conflicts import resolve

        return resolve(self.cache, change, keep, actor=self.identity.username, clock=self.clock)

    def dismiss_refused(self, change: WaitingChange) -> Changes:
        """Drop a change the central database refused. BadInput when it is no longer one."""
        from cumuldesk.services.conflicts import dismiss

        return dismiss(self.cache, change, actor=self.identity.username)

    def waiting_changes_json(self, *, conflicts_only: bool = False) -> list[dict[str, object]]:
        """The conflicts and refused changes (`conflicts_only`: the conflicts), oldest
        first, as `cumuldesk sync status|conflicts --json` print them: the outbox's own
        forms, both versions whole (`services.conflicts.item_json`: the command line's
        JSON edge)."""
        from cumuldesk.services.conflicts import item_json, references
        from cumuldesk.storage.cache_models import CONFLICT, REJECTED
        from cumuldesk.sync.outbox import items

        waiting = items(self.cache, states=[CONFLICT] if conflicts_only else [CONFLICT, REJECTED])
        found = references(self.cache, waiting)
        return [item_json(item, found) for item in waiting]

    def resolve_conflict_by_key(self, key: str, keep: Keep) -> str | None:
        """`resolve_conflict` for the command line, which names the conflict by its key:
        the key of the change made again on top of the central version (`Keep.MINE`,
        pushed with the next sync), None when the central version is kept. BadInput when
        it is no longer a conflict."""
        from cumuldesk.sync.push import resolve_conflict

        return resolve_conflict(
            self.cache, key, keep.value, actor=self.identity.username, clock=self.clock
        )

    def central_law_values(self) -> LawData | None:
        """Every law value of the central database (proposed, approved, rejected), None
        when it cannot be reached. Worker threads only (the network lane)."""
        from cumuldesk.services.law.page_data import load_central

        return load_central(self.try_connect, self.cache)

    def cached_law_values(self) -> LawData:
        """Offline: the approved values of the law data this desk computes with (`law`),
        from the local cache as the last sync left them (the shipped ones when it computes
        with the shipped defaults)."""
        from cumuldesk.services.law.page_data import load_cache

        return load_cache(self.cache, self.law)

    def propose_law_value(self, proposal: Proposal) -> LawStep:
        """Propose a checked value (a supervisor; another one approves it). Unavailable
        when the central database cannot be reached; BadInput/NotAllowed when refused."""
        from cumuldesk.services.law.page_data import propose_value

        return propose_value(self.connect, self.identity, proposal)

    def approve_law_value(self, value_id: int) -> LawStep:
        """Approve a value another supervisor proposed: the next law-data version, which
        this desk computes with after its next sync (`LawStep.version`)."""
        from cumuldesk.services.law.page_data import approve_value

        return approve_value(self.connect, self.identity, value_id)

    def reject_law_value(self, value_id: int, reason: str = "") -> LawStep:
        """Reject a proposed value, with a reason when one is given (a supervisor; the
        proposer may withdraw their own)."""
        from cumuldesk.services.law.page_data import reject_value

        return reject_value(self.connect, self.identity, value_id, reason)

    # ------------------------------------------------------------------ organisation
    # The letters' sender block (services.organisation): read from the local cache as the
    # last sync left it (so a letter drafted offline prints it), published centrally by a
    # supervisor and copied into this cache at once.

    if TYPE_CHECKING:  # this section's types, for the checker only
        from cumuldesk.domain.cases import Language
        from cumuldesk.domain.organisation import SenderBlock, SenderField
        from cumuldesk.services.organisation import OrganisationEntry, Published

    def sender_block(self, language: Language) -> SenderBlock:
        """The sender block of a letter in `language`, from the local cache: every field,
        None where nobody has published one (the letter says so)."""
        from cumuldesk.services.organisation import read_sender_block

        with self.cache.sessions() as session:
            return read_sender_block(session, language)

    def organisation_values(
        self,
    ) -> dict[tuple[SenderField, Language], OrganisationEntry]:
        """The current version of every published sender-block field and language, from
        the local cache (the supervisor's editor lists them)."""
        from cumuldesk.services.organisation import load_current

        return load_current(self.cache.sessions)

    def publish_sender_value(
        self, field: SenderField | str, language: Language | str, text: str, source: str
    ) -> Published:
        """Publish a field of the sender block in a language (a supervisor), then copy the
        central sender block into this cache. BadInput for an empty or too long text,
        NotAllowed for a handler, Unavailable when the central database cannot be
        reached. Worker threads only."""
        from cumuldesk.services.organisation import Publication, publish
        from cumuldesk.sync.organisation import pull_organisation

        publication = Publication.checked(field, language, text, source)
        central = self.connect()
        try:
            done = publish(central.sessions, self.identity, publication, clock=self.clock)
            pull_organisation(self.cache, central.sessions)
        finally:
            central.close()
        return done

    # ------------------------------------------------------------------ monthly report
    # The supervisors' monthly report (services.monthly_report): counts and sums only, read
    # from the central database as this supervisor (NotAllowed, audited, for a handler);
    # its exports audited there. Worker threads only (the network lane).

    def monthly_report(self, month: Month) -> MonthlyReport:
        """The figures of `month` and the 12-month series ending with it, on the desk's
        query day. Unavailable (or DatabaseUnavailable) offline."""
        from cumuldesk.services.monthly_report import monthly_report

        central = self.connect()
        try:
            return monthly_report(
                central, self.identity, month, today=self.today(), clock=self.clock
            )
        finally:
            central.close()

    def export_monthly_report(
        self,
        report: MonthlyReport,
        path: Path | str,
        *,
        write: Callable[[MonthlyReport, Path], None] | None = None,
        translate: Translate | None = None,
    ) -> Path:
        """Write the report to `path` and audit the export in the central database (the
        month and its counts): the Excel workbook (`write` None; its texts through
        `translate`), else what `write(report, path)` writes (the window's PDF). The central
        database is reached first, so nothing is written offline (Unavailable); a file
        whose export could not be audited is removed again. Returns the path written."""
        from pathlib import Path

        from cumuldesk.services.exports.spreadsheets import untranslated
        from cumuldesk.services.monthly_report import record_report, write_xlsx

        target = Path(path)
        central = self.connect()
        try:
            if write is None:
                write_xlsx(
                    report,
                    target,
                    exported_by=self.identity.username,
                    exported_at=self.clock(),
                    translate=translate or untranslated,
                )
            else:
                write(report, target)
            try:
                record_report(central, self.identity, report)
            except BaseException:
                target.unlink(missing_ok=True)  # not audited: not exported
                raise
        finally:
            central.close()
        return target
