"""The law data in the central database: seeded with the shipped values as version 1,
proposed by a supervisor, approved by another one (a new version), synced to every desk,
which then computes the same verdict; each refusal is one sentence with its exit code;
every step is audited (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from factories import identity_of
from law_support import (
    HANDLERS,
    OTHER_SUPERVISOR,
    SUPERVISOR,
    TODAY,
    Clock,
    audit,
    make_law_central,
)
from sqlalchemy import select

from cumuldesk.domain.insz import build_insz
from cumuldesk.domain.law import Kind
from cumuldesk.domain.months import Month
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.store import open_dossier
from cumuldesk.services.law.data import (
    approve,
    central_parameters,
    import_file,
    list_values,
    parameters_for_desk,
    propose,
    reject,
)
from cumuldesk.services.sync_service import sync_once
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import LawState, LawValue
from cumuldesk.sync.law import cache_law_version

KEY = b"l" * 32
INSZ = build_insz(date(2004, 1, 1), 1)


@pytest.fixture
def central(central_url):
    central = make_law_central(central_url)
    yield central
    central.close()


def _plain(values):
    return [
        (v.name, v.bracket, v.effective, v.value, v.unit, v.source_title, v.source_url, v.kind)
        for v in values
    ]


def test_the_central_law_data_start_as_the_shipped_values_version_1(central):
    with central.sessions() as session:
        params = central_parameters(session)
        rows = session.scalars(select(LawValue)).all()
    shipped = load_parameters()
    assert params.version == 1 and params.version_label == "law data v1"
    assert params.origin == "central database"
    assert _plain(params.all_values()) == _plain(shipped.all_values())
    assert {v.origin for v in params.all_values()} == {"central law data v1"}
    assert len(rows) == len(shipped.all_values())
    assert {(r.state, r.version, r.proposed_by, r.decided_by) for r in rows} == {
        (LawState.APPROVED, 1, "shipped", "shipped")
    }
    on = date(2026, 10, 1)
    for name in shipped.names():
        for bracket in shipped.parameter(name).brackets or (None,):
            assert params.get(name, on, bracket).value == shipped.get(name, on, bracket).value


def _desk_report(cache: LocalCache, identity, clock):
    """What a handler's desk shows for the dossier: its law data and the simulation."""
    params = parameters_for_desk(cache, None)
    view = open_dossier(cache, identity, INSZ, today=TODAY, clock=clock)
    return params, view.simulation_report(params), view.check_report(params)


def test_a_value_proposed_and_approved_reaches_both_desks_which_agree(central, tmp_path):
    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    clock = Clock()
    desks = {}
    for name in HANDLERS:
        cache = LocalCache.open(tmp_path / f"{name}.sqlite", KEY, create=True, owner=name)
        assert parameters_for_desk(cache, None).version is None  # never synced: shipped
        report = sync_once(central, cache, identity_of(factory, name), clock=clock)
        assert report.pulled.law_data_version == 1
        desks[name] = cache
    before = {name: _desk_report(cache, identity_of(factory, name), clock)
              for name, cache in desks.items()}  # fmt: skip
    assert before["an"][1] == before["bo"][1] and before["an"][0].version == 1

    # lea publishes the ondersteuningstoeslag of September 2024 as read in a decree
    value_id = propose(
        factory,
        lea,
        "bob_monthly",
        "2024-09-01",
        "500.00",
        "sourced",
        "Ministerial decree (test)",
        source_url="https://example.org/decree",
        clock=clock,
    )
    assert [v.id for v in list_values(factory, "proposed")] == [value_id]
    with factory() as session:
        assert central_parameters(session).version == 1  # not in force before approval
    version = approve(factory, max_, value_id, clock=clock)
    assert version == 2
    (approved,) = [v for v in list_values(factory, LawState.APPROVED) if v.id == value_id]
    assert (approved.proposed_by, approved.decided_by, approved.version) == (
        SUPERVISOR,
        OTHER_SUPERVISOR,
        2,
    )
    assert approved.value == "500.00" and approved.kind == "sourced"

    # both desks sync: the new law data arrive, and both compute the same verdict with it
    after = {}
    for name, cache in desks.items():
        report = sync_once(central, cache, identity_of(factory, name), clock=clock)
        assert report.pulled.law_data_version == 2
        assert cache_law_version(cache) == 2
        after[name] = _desk_report(cache, identity_of(factory, name), clock)
    (an_params, an_sim, an_check), (bo_params, bo_sim, bo_check) = after["an"], after["bo"]
    assert an_params.version == bo_params.version == 2
    assert an_params.origin == "local cache, as of the last sync"
    assert an_sim == bo_sim and an_check == bo_check
    old_sim = before["an"][1]
    assert (an_sim.total_federal, an_sim.total_flemish, an_sim.total_difference) != (
        old_sim.total_federal,
        old_sim.total_flemish,
        old_sim.total_difference,
    )  # the new amount counts
    months = {row.month: row for row in an_sim.months}
    assert months[Month(2024, 9)].bob == Decimal("500.00")
    assert months[Month(2024, 8)].bob == Decimal("331.22")
    cited = [p.value for p in an_sim.parameters if p.value.name == "bob_monthly"]
    assert any(
        p.effective == date(2024, 9, 1) and p.origin == "central law data v2" and p.verified
        for p in cited
    )
    # the next sync copies nothing: the versions agree
    again = sync_once(central, desks["an"], identity_of(factory, "an"), clock=clock)
    assert again.pulled.law_data_version is None
    for cache in desks.values():
        cache.close()

    events = audit(factory, "law_proposed", "law_approved")
    assert [(actor, action) for actor, action, _ in events] == [
        (SUPERVISOR, "law_proposed"),
        (OTHER_SUPERVISOR, "law_approved"),
    ]
    assert events[0][2] == {
        "id": value_id,
        "name": "bob_monthly",
        "bracket": None,
        "effective": "2024-09-01",
        "kind": "sourced",
    }
    assert events[1][2]["version"] == 2 and events[1][2]["id"] == value_id


def test_approvals_number_the_versions_and_the_later_approval_wins(central):
    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    first = propose(factory, lea, "ivt_yearly", "2026-10-01", "11214.00", "computed",
                    "index step (test)", bracket="A")  # fmt: skip
    second = propose(factory, lea, "ivt_yearly", "2026-10-01", "11213.95", "sourced",
                     "Royal decree (test)", bracket="A")  # fmt: skip
    assert approve(factory, max_, second) == 2
    assert approve(factory, max_, first) == 3  # approved last: in force
    with factory() as session:
        params = central_parameters(session)
    value = params.get("ivt_yearly", date(2026, 10, 1), "A")
    assert params.version == 3
    assert value.amount == Decimal("11214.00") and value.kind is Kind.COMPUTED
    assert value.origin == "central law data v3"
    assert params.get("ivt_yearly", date(2026, 10, 1), "B").effective < date(2026, 10, 1)


def test_a_rejected_value_never_counts_and_keeps_its_reason_out_of_the_trail(central):
    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    value_id = propose(factory, lea, "bob_monthly", "2026-01-01", "400.00", "sourced", "test")
    reject(factory, max_, value_id, "  no such decree   exists ")
    (row,) = list_values(factory, "rejected")
    assert (row.id, row.decided_by, row.reason, row.version) == (
        value_id,
        OTHER_SUPERVISOR,
        "no such decree exists",
        None,
    )
    with factory() as session:
        assert central_parameters(session).version == 1
    with pytest.raises(BadInput) as caught:
        approve(factory, max_, value_id)
    assert caught.value.exit_code == 2
    assert str(caught.value) == (
        f"law value {value_id} is rejected already: only a proposed value can be approved"
    )
    (event,) = audit(factory, "law_rejected")
    assert event[2]["reason_given"] is True and "decree" not in str(event[2])
    # the proposer may withdraw their own proposal
    own = propose(factory, lea, "bob_monthly", "2026-02-01", "401.00", "sourced", "test")
    reject(factory, lea, own)
    assert {v.id for v in list_values(factory, "rejected")} == {value_id, own}


def _refusal(exc_type, code, call):
    with pytest.raises(exc_type) as caught:
        call()
    message = str(caught.value)
    assert caught.value.exit_code == code
    assert "\n" not in message and message.count(". ") == 0, message
    return message


def test_refusals_are_one_sentence_with_their_exit_code(central):
    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    an = identity_of(factory, "an")

    def proposing(who=lea, name="bob_monthly", when="2026-09-01", value="351.49",
                  kind="sourced", title="Groeipakket (test)", bracket=None, url=None):  # fmt: skip
        return lambda: propose(factory, who, name, when, value, kind, title, url, bracket)

    message = _refusal(NotAllowed, 4, proposing(who=an))
    assert message == "law propose is for supervisors only; an is a handler"
    assert "source" in _refusal(BadInput, 2, proposing(title="   "))
    assert "source" in _refusal(BadInput, 2, proposing(title=None))
    assert "YYYY-MM-DD" in _refusal(BadInput, 2, proposing(when="1/9/2026"))
    assert "YYYY-MM-DD" in _refusal(BadInput, 2, proposing(when="2026-02-30"))
    assert "YYYY-MM-DD" in _refusal(BadInput, 2, proposing(when="20260901"))
    message = _refusal(BadInput, 2, proposing(name="ivt_yearly", bracket="D", value="1.00"))
    assert message == "ivt_yearly has no bracket 'D' (its brackets: A, B, C)"
    assert "say which" in _refusal(BadInput, 2, proposing(name="ivt_yearly", value="1.00"))
    assert "no brackets" in _refusal(BadInput, 2, proposing(bracket="A"))
    assert "no law parameter called 'bob_yearly'" in _refusal(
        BadInput, 2, proposing(name="bob_yearly")
    )
    assert "not an amount" in _refusal(BadInput, 2, proposing(value="351,49"))
    assert "more than two decimals" in _refusal(BadInput, 2, proposing(value="351.499"))
    assert "true or false" in _refusal(BadInput, 2, proposing(name="bob_ivt_it_ban", value="1.0"))
    assert "carried is what CumulDesk says" in _refusal(BadInput, 2, proposing(kind="carried"))
    assert "sourced or computed" in _refusal(BadInput, 2, proposing(kind="guessed"))
    assert "web address" in _refusal(BadInput, 2, proposing(url="example.org"))
    assert list_values(factory, "proposed") == []  # nothing refused was stored

    value_id = proposing()()
    message = _refusal(NotAllowed, 4, lambda: approve(factory, lea, value_id))
    assert (
        message == f"{SUPERVISOR} proposed law value {value_id}: another supervisor must approve it"
    )
    assert _refusal(NotAllowed, 4, lambda: approve(factory, an, value_id)) == (
        "law approve is for supervisors only; an is a handler"
    )
    assert _refusal(NotAllowed, 4, lambda: reject(factory, an, value_id)) == (
        "law reject is for supervisors only; an is a handler"
    )
    assert _refusal(BadInput, 2, lambda: approve(factory, max_, 999_999)) == (
        "there is no law value 999999"
    )
    assert approve(factory, max_, value_id) == 2
    assert "approved already" in _refusal(BadInput, 2, lambda: approve(factory, max_, value_id))
    assert "approved already" in _refusal(BadInput, 2, lambda: reject(factory, max_, value_id))

    refused = [details for _, _, details in audit(factory, "refused")]
    assert {"action": "law propose", "reason": "role handler"} in refused
    assert {"action": "law approve", "reason": "own proposal"} in refused
    assert {"action": "law approve", "reason": "role handler"} in refused


OLD_OVERRIDE = """\
name = "ivt_yearly"

[[values]]
effective = 2026-01-01
value = { B = 16490.21 }          # a bracketed override may give some brackets only
verified = true
source = { title = "Royal decree of ... (test)", url = "https://example.org/kb" }

[[values]]
effective = 2026-10-01
value = { A = 11214.00, B = 17157.45, C = 22732.57 }
verified = false
source = { title = "index step forecast (test)" }
"""


def test_an_old_override_file_is_proposed_whole_or_not_at_all(central, tmp_path):
    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    path = tmp_path / "ivt_yearly.toml"
    path.write_text(OLD_OVERRIDE, encoding="utf-8")
    ids = import_file(factory, lea, path)
    values = {v.id: v for v in list_values(factory, "proposed")}
    assert sorted(values) == ids and len(ids) == 4
    rows = [(values[i].bracket, values[i].effective.isoformat(), values[i].value,
             values[i].kind) for i in ids]  # fmt: skip
    assert rows == [
        ("B", "2026-01-01", "16490.21", "sourced"),
        ("A", "2026-10-01", "11214.00", "computed"),
        ("B", "2026-10-01", "17157.45", "computed"),
        ("C", "2026-10-01", "22732.57", "computed"),
    ]
    assert values[ids[0]].source_url == "https://example.org/kb"
    (event,) = audit(factory, "law_imported")
    assert event[:2] == (SUPERVISOR, "law_imported")
    assert event[2] == {"file": "ivt_yearly.toml", "name": "ivt_yearly", "ids": ids}
    assert len(audit(factory, "law_proposed")) == 4
    for value_id in ids:
        approve(factory, max_, value_id)
    with factory() as session:
        params = central_parameters(session)
    assert params.version == 5
    assert params.get("ivt_yearly", date(2026, 2, 1), "B").amount == Decimal("16490.21")

    # a file without a name: the file name says which parameter; a broken row stops all
    unnamed = tmp_path / "bob_monthly.toml"
    unnamed.write_text(
        "[[values]]\neffective = 2026-09-01\nvalue = 351.49\nverified = true\n"
        'source = { title = "Groeipakket (test)" }\n',
        encoding="utf-8",
    )
    (new_id,) = import_file(factory, lea, unnamed)
    assert next(v for v in list_values(factory) if v.id == new_id).name == "bob_monthly"
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'name = "bob_monthly"\n[[values]]\neffective = 2026-10-01\nvalue = 352.00\n'
        'verified = true\nsource = { title = "ok" }\n'
        "[[values]]\neffective = 2026-11-01\nvalue = -1.00\nverified = true\n"
        'source = { title = "test" }\n',
        encoding="utf-8",
    )
    message = _refusal(BadInput, 2, lambda: import_file(factory, lea, broken))
    assert "broken.toml" in message and "negative amount" in message
    carried = tmp_path / "carried.toml"
    carried.write_text(
        'name = "bob_monthly"\n[[values]]\neffective = 2026-10-01\nvalue = 352.00\n'
        'kind = "carried"\nsource = { title = "test" }\n',
        encoding="utf-8",
    )
    message = _refusal(BadInput, 2, lambda: import_file(factory, lea, carried))
    assert message.startswith("carried.toml, bob_monthly from 2026-10-01:")
    assert _refusal(NotAllowed, 4, lambda: import_file(factory, identity_of(factory, "an"), path))
    assert len(list_values(factory, "proposed")) == 1  # only the unnamed file's value


def test_two_approvals_at_once_get_two_versions(central):
    """Every approval gives the highest version plus one, also when two supervisors
    approve at the same moment (the numbering is serialised)."""
    import threading

    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    ids = [
        propose(factory, lea, "bob_monthly", f"2026-{month:02d}-01", "352.00", "sourced", "t")
        for month in (10, 11)
    ]
    start = threading.Barrier(2)
    versions: list[int] = []
    errors: list[BaseException] = []

    def approving(value_id: int) -> None:
        start.wait()
        try:
            versions.append(approve(factory, max_, value_id))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=approving, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == [] and sorted(versions) == [2, 3]
    with factory() as session:
        assert central_parameters(session).version == 3


def test_the_desktop_sign_in_takes_the_law_data_of_the_cache(
    central, central_url, monkeypatch, memory_keyring
):
    """Online and never synced: the central law data; after a sync: the cache's, also
    offline; offline and never synced: the shipped defaults, saying so."""
    from factories import TEST_PASSWORD

    from cumuldesk.services.accounts.desktop_signin import sign_in_work

    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    first = sign_in_work(SUPERVISOR, TEST_PASSWORD)
    try:
        assert first.online and first.params.version == 1
        assert first.params.origin == "central database"  # the cache was never synced
    finally:
        first.cache.close()
    lonely = sign_in_work(OTHER_SUPERVISOR, TEST_PASSWORD)  # a cache, never synced
    lonely.cache.close()

    second = sign_in_work(SUPERVISOR, TEST_PASSWORD)
    try:
        sync_once(central, second.cache, second.identity)
    finally:
        second.cache.close()
    factory = central.sessions
    value_id = propose(factory, identity_of(factory, SUPERVISOR), "bob_monthly", "2026-09-01",
                       "351.49", "sourced", "groeipakket.be (test)")  # fmt: skip
    approve(factory, identity_of(factory, OTHER_SUPERVISOR), value_id)

    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", "postgresql+psycopg://x@127.0.0.1:1/db")
    offline = sign_in_work(SUPERVISOR, TEST_PASSWORD)
    try:
        assert not offline.online
        assert offline.params.version == 1  # as of the last sync: v2 comes with the next
        assert offline.params.origin == "local cache, as of the last sync"
    finally:
        offline.cache.close()
    never = sign_in_work(OTHER_SUPERVISOR, TEST_PASSWORD)
    try:
        assert not never.online and never.params.version is None
        assert never.params.origin == (
            "shipped defaults: this computer has no law data from the central database yet "
            "(never synced) and the central database cannot be reached"
        )
    finally:
        never.cache.close()
