"""`cumuldesk audit keygen|checkpoint|verify`: a checkpoint kept outside the database
catches what the chain alone cannot (an owner who rewrites an event and recomputes every
later hash); `audit verify` reads before it records, so a cut end stays named; finalised
letters are checked against their hash in the chain (docs/audit-integrity.md)."""

from __future__ import annotations

import hashlib
import json
import stat

import pytest
from audit_support import PASSWORD, add_account, cut_end, rewrite_event
from cache_data import TEAM, populate_central
from factories import make_handler
from secure_support import unique_username
from sqlalchemy import func, select, text

from cumuldesk.cli import main
from cumuldesk.storage.audit import record
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import AuditEvent, Role

SUPERVISOR = "sam.supervisor"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def central(central_url, monkeypatch, password_env):
    """A central database (SQLite, PostgreSQL) with a supervisor and six audit events."""
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    engine = open_central(central_url)
    migrate(engine)
    factory = populate_central(engine)
    with factory.begin() as session:
        session.add(make_handler(SUPERVISOR, Role.SUPERVISOR, TEAM))
        for number in range(6):
            record(session, "an.handler", "sign_in", details={"mode": "online", "n": number})
    yield engine
    engine.dispose()


@pytest.fixture
def keys(tmp_path, capsys):
    private, public = tmp_path / "audit.key", tmp_path / "audit.pub"
    code, out, err = run(capsys, "audit", "keygen", "--private", private, "--public", public)
    assert code == 0, err
    return private, public


def events(engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(AuditEvent))


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and err.count("\n") == 1


# --------------------------------------------------------------------------- keygen


def test_keygen_writes_a_private_key_only_its_owner_reads_and_never_overwrites(tmp_path, capsys):
    private, public = tmp_path / "audit.key", tmp_path / "audit.pub"
    code, out, _ = run(
        capsys, "audit", "keygen", "--private", private, "--public", public, "--json"
    )
    assert code == 0
    fingerprint = json.loads(out)["key_id"]
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in private.read_bytes() and b"PUBLIC KEY" in public.read_bytes()
    before = private.read_bytes()
    code, out, err = run(
        capsys, "audit", "keygen", "--private", private, "--public", tmp_path / "x"
    )
    assert code == 2 and out == "" and "exists already" in err and "never overwritten" in err
    no_traceback(err)
    assert private.read_bytes() == before and not (tmp_path / "x").exists()
    assert len(fingerprint) == 16


# ----------------------------------------------------------------------- checkpoints


def test_a_checkpoint_catches_an_owner_s_rewrite_that_the_chain_cannot(
    central, keys, tmp_path, capsys
):
    private, public = keys
    point = tmp_path / "checkpoint.json"
    code, out, err = run(
        capsys, "audit", "checkpoint", "--out", point, "--key", private, "--user", SUPERVISOR
    )
    assert code == 0, err
    assert f"checkpoint written to {point}: event 6" in out
    assert json.loads(point.read_text())["seq"] == 6
    verify = ("audit", "verify", "--central", "--user", SUPERVISOR)
    with_point = (*verify, "--checkpoint", point, "--public-key", public)
    code, out, err = run(capsys, *with_point)
    assert code == 0, err
    assert "events 1 to 6 are as they were then" in out and "chain intact" in out

    rewrite_event(central, 3, '{"mode": "offline"}')
    code, out, _ = run(capsys, *verify)  # the chain alone: nothing to see
    assert code == 0 and "chain intact" in out
    code, out, _ = run(capsys, *with_point)
    assert code == 6
    assert "event 3 (" in out and "sign_in) was rewritten after the checkpoint of" in out
    assert "the hash of event 3 is not the one the checkpoint signed" in out


def test_a_checkpoint_names_a_trail_cut_below_it(central, keys, tmp_path, capsys):
    private, public = keys
    point = tmp_path / "checkpoint.json"
    assert (
        run(capsys, "audit", "checkpoint", "--out", point, "--key", private, "--user", SUPERVISOR)[
            0
        ]
        == 0
    )
    # the owner cuts the end and moves the head back: the chain verifies on its own
    last = cut_end(central, 3)
    with central.begin() as connection:
        top = connection.execute(
            text("SELECT seq, hash FROM audit_events ORDER BY seq DESC")
        ).first()
        connection.execute(
            text("UPDATE settings SET value = :v WHERE key = 'audit_head'"),
            {"v": f"{top.seq}:{top.hash}"},
        )
    code, out, _ = run(
        capsys,
        "audit",
        "verify",
        "--central",
        "--user",
        SUPERVISOR,
        "--checkpoint",
        point,
        "--public-key",
        public,
    )
    assert code == 6
    assert "event 6, signed in the checkpoint of" in out and "is missing" in out
    assert last >= 6


def test_no_checkpoint_of_a_trail_that_is_not_intact(central, keys, tmp_path, capsys):
    private, _ = keys
    with central.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER ALL"))
        else:
            connection.execute(text("DROP TRIGGER audit_events_no_update"))
        connection.execute(text("UPDATE audit_events SET actor = 'someone.else' WHERE seq = 2"))
    point = tmp_path / "checkpoint.json"
    code, out, _ = run(
        capsys, "audit", "checkpoint", "--out", point, "--key", private, "--user", SUPERVISOR
    )
    assert code == 6 and "event 2 (" in out and "no checkpoint written" in out
    assert not point.exists()


def test_bad_key_and_checkpoint_files_are_one_clear_sentence(central, keys, tmp_path, capsys):
    private, public = keys
    point = tmp_path / "checkpoint.json"
    assert (
        run(capsys, "audit", "checkpoint", "--out", point, "--key", private, "--user", SUPERVISOR)[
            0
        ]
        == 0
    )
    other_private, other_public = tmp_path / "other.key", tmp_path / "other.pub"
    assert (
        run(capsys, "audit", "keygen", "--private", other_private, "--public", other_public)[0] == 0
    )
    garbage = tmp_path / "garbage"
    garbage.write_text("not a key\n")
    changed = tmp_path / "changed.json"
    document = json.loads(point.read_text())
    document["seq"] = 5
    document["milestones"] = document["milestones"][:5]
    document["hash"] = document["milestones"][-1]
    changed.write_text(json.dumps(document))
    verify = ("audit", "verify", "--central", "--user", SUPERVISOR)
    attempts = [
        (
            (
                "audit",
                "checkpoint",
                "--out",
                tmp_path / "n.json",
                "--key",
                garbage,
                "--user",
                SUPERVISOR,
            ),
            "is not a private key file made by cumuldesk audit keygen",
        ),
        (
            (
                "audit",
                "checkpoint",
                "--out",
                tmp_path / "n.json",
                "--key",
                public,
                "--user",
                SUPERVISOR,
            ),
            "is not a private key file",
        ),
        (
            ("audit", "checkpoint", "--out", point, "--key", private, "--user", SUPERVISOR),
            "exists already",
        ),
        (
            (*verify, "--checkpoint", point, "--public-key", garbage),
            "is not a public key file made by cumuldesk audit keygen",
        ),
        (
            (*verify, "--checkpoint", garbage, "--public-key", public),
            "is not a checkpoint file made by cumuldesk audit checkpoint",
        ),
        (
            (*verify, "--checkpoint", changed, "--public-key", public),
            "does not match its content: the checkpoint file was changed after it was signed",
        ),
        (
            (*verify, "--checkpoint", point, "--public-key", other_public),
            "was signed with another key",
        ),
        (
            (*verify, "--checkpoint", tmp_path / "missing.json", "--public-key", public),
            "there is no checkpoint file",
        ),
        ((*verify, "--checkpoint", point), "--checkpoint FILE and --public-key FILE go together"),
        (
            (
                "audit",
                "verify",
                "--user",
                SUPERVISOR,
                "--checkpoint",
                point,
                "--public-key",
                public,
            ),
            "a checkpoint is of the central trail",
        ),
    ]
    before = events(central)
    for argv, message in attempts:
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, ""), argv
        assert message in err, (argv, err)
        no_traceback(err)
    assert events(central) == before  # refused before anything was opened or recorded


# --------------------------------------------------------------- verify: read first


def test_audit_verify_does_not_re_anchor_a_cut_chain(central, capsys):
    verify = ("audit", "verify", "--central", "--user", SUPERVISOR)
    assert run(capsys, *verify)[0] == 0  # reads 6, then records sign_in and audit_verified
    assert events(central) == 8
    last = cut_end(central, 2)
    for _ in range(2):  # a second run still sees the cut: the first covered nothing over
        code, out, _ = run(capsys, *verify)
        assert code == 6
        assert f"events {last - 1} to {last} removed from the end of the trail" in out
        assert "this verification was not recorded in the trail: the audit trail is cut" in out
        assert events(central) == last - 2
    code, out, _ = run(capsys, *verify, "--json")
    report = json.loads(out)
    assert code == 6 and report["recorded"] is False
    assert [(p["seq"], p["kind"]) for p in report["problems"]] == [(last - 1, "truncated")]


def test_audit_verify_records_its_counts_after_reading(central, capsys):
    code, out, _ = run(capsys, "audit", "verify", "--central", "--user", SUPERVISOR)
    assert code == 0 and "central audit trail: 6 events, chain intact" in out
    with session_factory(central)() as session:
        last_two = session.scalars(
            select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(2)
        ).all()
    assert [(e.actor, e.action) for e in reversed(last_two)] == [
        (SUPERVISOR, "sign_in"),
        (SUPERVISOR, "audit_verified"),
    ]
    assert json.loads(last_two[0].details) == {"events": 6, "intact": True, "problems": 0}


# -------------------------------------------------------------------------- letters


def test_a_finalised_letter_changed_behind_the_trigger_is_named(central, capsys):
    with session_factory(central).begin() as session:
        case_id, reference = session.execute(
            text("SELECT id, reference FROM cases ORDER BY id")
        ).first()
        content = "<p>Voorstel é</p>"
        digest = hashlib.sha256(content.encode()).hexdigest()
        for number, with_event in ((1, True), (2, False)):
            letter_id = session.execute(
                text(
                    "INSERT INTO letters (case_id, kind, language, created_at, finalised_at,"
                    " content, content_sha256) VALUES (:c, 'renunciation_proposal', 'nl',"
                    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :t, :h) RETURNING id"
                ),
                {"c": case_id, "t": content, "h": digest},
            ).scalar_one()
            if with_event:
                record(
                    session,
                    "an.handler",
                    "letter_finalised",
                    details={"letter": letter_id, "case": reference, "content_sha256": digest},
                )
            if number == 1:
                chained = letter_id
    code, out, _ = run(capsys, "audit", "verify", "--central", "--user", SUPERVISOR)
    assert code == 0
    assert "2 finalised letter(s) checked: 1 against their hash in the chain" in out
    assert "1 finalised letter(s) not in the chain" in out

    with central.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("ALTER TABLE letters DISABLE TRIGGER USER"))
        else:
            connection.execute(text("DROP TRIGGER letters_finalised_no_update"))
        connection.execute(
            text("UPDATE letters SET content = '<p>Anders</p>', content_sha256 = :h WHERE id = :i"),
            {"h": hashlib.sha256(b"<p>Anders</p>").hexdigest(), "i": chained},
        )
    code, out, _ = run(capsys, "audit", "verify", "--central", "--user", SUPERVISOR)
    assert code == 6
    assert (
        f"finalised letter {chained} of case {reference} was changed after it was finalised" in out
    )
    assert "matches the hash recorded in event 7" in out


# ------------------------------------------------- the production set-up (PostgreSQL)


def test_on_the_set_up_database_the_administrator_checkpoints_and_a_supervisor_verifies(
    secure_central, keys, tmp_path, capsys, monkeypatch
):
    private, public = keys
    supervisor = unique_username("eva")
    add_account(secure_central, supervisor, role="supervisor")
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    verify = ("audit", "verify", "--central", "--user", supervisor)
    assert run(capsys, *verify)[0] == 0  # handler_created, then its sign_in, audit_verified
    point = tmp_path / "checkpoint.json"
    code, out, err = run(
        capsys,
        "audit",
        "checkpoint",
        "--out",
        point,
        "--key",
        private,
        "--admin-url",
        secure_central.admin_url,
    )
    assert code == 0, err
    seq = json.loads(point.read_text())["seq"]
    assert seq == 3
    with_point = (*verify, "--checkpoint", point, "--public-key", public)
    code, out, _ = run(capsys, *with_point)
    assert code == 0 and f"events 1 to {seq} are as they were then" in out

    owner = open_central(secure_central.admin_url)
    try:
        rewrite_event(owner, 2, '{"mode": "offline"}')
    finally:
        owner.dispose()
    code, out, _ = run(capsys, *verify)
    assert code == 0  # the owner's rewrite verifies on its own
    code, out, _ = run(capsys, *with_point)
    assert code == 6 and "event 2 (" in out and "was rewritten after the checkpoint" in out
    # the administrator sees the same
    code, out, _ = run(
        capsys,
        "audit",
        "verify",
        "--admin-url",
        secure_central.admin_url,
        "--checkpoint",
        point,
        "--public-key",
        public,
    )
    assert code == 6 and "event 2 (" in out and "was rewritten" in out


def test_on_the_set_up_database_a_handler_may_not_verify_the_central_trail(
    secure_central, capsys, monkeypatch
):
    handler = unique_username("an")
    add_account(secure_central, handler)
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "audit", "verify", "--central", "--user", handler)
    assert code == 4 and out == ""
    assert "audit verify --central is for supervisors only" in err
    no_traceback(err)


def test_on_the_set_up_database_a_cut_end_stays_named(secure_central, capsys, monkeypatch):
    supervisor = unique_username("eva")
    add_account(secure_central, supervisor, role="supervisor")
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", secure_central.laptop_url)
    monkeypatch.setenv("CUMULDESK_PASSWORD", PASSWORD)
    verify = ("audit", "verify", "--central", "--user", supervisor)
    for _ in range(2):
        assert run(capsys, *verify)[0] == 0
    owner = open_central(secure_central.admin_url)
    try:
        last = cut_end(owner, 2)
        for _ in range(2):
            code, out, _ = run(capsys, *verify)
            assert code == 6
            assert f"events {last - 1} to {last} removed from the end of the trail" in out
            assert events(owner) == last - 2
    finally:
        owner.dispose()


def test_the_administrator_accepts_a_cut_that_cannot_be_restored(
    central, central_url, keys, tmp_path, capsys
):
    private, public = keys
    point = tmp_path / "checkpoint.json"
    checkpoint = ("audit", "checkpoint", "--out", point, "--key", private, "--user", SUPERVISOR)
    assert run(capsys, *checkpoint)[0] == 0  # of event 6
    last = cut_end(central, 3)  # events 6 to 8 (the checkpoint's sign_in, audit_verified)
    verify = ("audit", "verify", "--central", "--user", SUPERVISOR)
    assert run(capsys, *verify)[0] == 6
    code, out, err = run(capsys, "audit", "accept-cut", "--admin-url", central_url)
    assert code == 0, err
    assert f"events {last - 2} to {last} removed from its end" in out
    code, out, _ = run(capsys, *verify)
    assert code == 0 and "chain intact" in out
    assert f"accepted a cut of the trail: events {last - 2} to {last} removed" in out
    assert events(central) == last - 3 + 1 + 2  # the acceptance, then sign_in, audit_verified
    # the cut is not forgotten by a checkpoint made before it
    code, out, _ = run(capsys, *verify, "--checkpoint", point, "--public-key", public)
    assert code == 6 and "event 6 (" in out and "was rewritten" in out
    code, _, err = run(capsys, "audit", "accept-cut", "--admin-url", central_url)
    assert code == 2 and "the audit trail is not cut" in err


# -------------------------------------------------------------------- a local cache


def test_a_cut_local_trail_is_named_and_the_rebuild_offered(
    central, memory_keyring, monkeypatch, capsys
):
    from cache_data import USER

    from cumuldesk.paths import data_dir
    from cumuldesk.storage.cache import LocalCache
    from cumuldesk.storage.keys import load_key

    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    assert run(capsys, "cache", "fill", "--user", USER)[0] == 0
    path = data_dir() / f"cache-{USER}.sqlite"
    with LocalCache.open(path, load_key(USER, path).key) as cache:
        cut_end(cache.engine, 1)
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", "postgresql+psycopg://db@127.0.0.1:1/db")
    for _ in range(2):  # offline: the sign-in would be recorded in the cut trail
        code, out, err = run(capsys, "audit", "verify", "--user", USER)
        assert code == 6
        assert "event 2 removed from the end of the trail" in out
        assert "this verification was not recorded in the trail" in out
    code, out, err = run(capsys, "cache", "status", "--user", USER)
    assert code == 6 and out == ""
    assert "the local cache's audit trail is cut: event 2 removed from its end" in err
    assert f"cumuldesk cache rebuild --user {USER}" in err
