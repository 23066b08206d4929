"""Signed checkpoints of the audit trail, kept outside the database
(docs/audit-integrity.md).

The hash chain shows any change made without recomputing the later hashes, and the head
any cut end. The database's owner, though, can rewrite an event, recompute every later
hash and move the head: the chain then verifies. A checkpoint defeats that. It holds
the number and hash of the newest event at one moment (and of evenly spaced events
before it, at most `MAX_MILESTONES`), signed with an Ed25519 key that the administrator
keeps away from the database and the laptops. `cumuldesk audit verify --checkpoint FILE
--public-key FILE` recomputes nothing it has to trust: if the event at the checkpoint's
number no longer has the signed hash, something up to it was rewritten, and the first
spaced event whose hash differs bounds where (exactly, for a trail of at most
`MAX_MILESTONES` events).

Files: the keys are PEM (private: PKCS#8, unencrypted, written 0600; public:
SubjectPublicKeyInfo). A checkpoint is a small JSON file; its signature covers every
other field. No file is ever overwritten.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cumuldesk.errors import BadInput
from cumuldesk.storage.audit import AuditProblem, Snapshot, describe, utc_text
from cumuldesk.storage.files import write_new

FORMAT = "cumuldesk-audit-checkpoint-1"
MAX_MILESTONES = 1000
MAX_FILE_BYTES = 1_000_000


@dataclass(frozen=True)
class Checkpoint:
    database: str  # a description (engine, database, host): for people, not for checks
    first_hash: str  # the hash of event 1: which trail this is
    seq: int
    hash: str
    event_at: str  # the time of event `seq`, UTC
    made_at: str
    made_by: str
    step: int  # milestones are the hashes of events step, 2*step, ... up to seq
    milestones: tuple[str, ...]
    key_id: str  # of the public key that verifies the signature

    def payload(self) -> bytes:
        """The bytes the signature covers."""
        fields = asdict(self)
        fields["milestones"] = list(self.milestones)
        fields["format"] = FORMAT
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("ascii")

    @property
    def when(self) -> str:
        return f"the checkpoint of {self.made_at[:19].replace('T', ' ')} UTC"


# ----------------------------------------------------------------------------- keys


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short fingerprint of a public key (16 hex of the SHA-256 of its raw bytes)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _refuse_existing(path: Path, what: str) -> None:
    if path.exists():
        raise BadInput(
            f"{path} exists already: a {what} is never overwritten (choose another name)"
        )


def _write_new(path: Path, data: bytes, mode: int, what: str) -> None:
    """Write a new file (never over an existing one) with `mode`, whole or not at all: a
    full disk is an error naming the path (exit code 5), never a truncated file that
    would then block the next try as "exists already" (`storage.files.write_new`)."""
    write_new(path, data, what=what, mode=mode)


def generate_keys(private_path: Path, public_path: Path) -> str:
    """A new Ed25519 key pair in two new files; returns the public key's fingerprint."""
    private_path, public_path = Path(private_path), Path(public_path)
    if private_path.resolve() == public_path.resolve():
        raise BadInput("--private and --public must be two different files")
    _refuse_existing(private_path, "key file")
    _refuse_existing(public_path, "key file")
    private_key = Ed25519PrivateKey.generate()
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    _write_new(private_path, private_pem, 0o600, "key file")
    try:
        _write_new(public_path, public_pem, 0o644, "key file")
    except BaseException:  # both files or neither (a full disk too)
        private_path.unlink(missing_ok=True)
        raise
    return key_id(private_key.public_key())


def _read_small(path: Path, what: str) -> bytes:
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise BadInput(f"there is no {what} {path}") from None
    except IsADirectoryError:
        raise BadInput(f"{path} is a folder, not a {what}") from None
    except OSError as exc:
        raise BadInput(f"cannot read the {what} {path} ({exc.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise BadInput(f"{path} is too large to be a {what}")
    return data


def load_private_key(path: Path) -> Ed25519PrivateKey:
    data = _read_small(Path(path), "private key file")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise BadInput(
            f"{path} is protected by a passphrase, which CumulDesk does not ask for"
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        raise BadInput(
            f"{path} is not a private key file made by cumuldesk audit keygen (PEM, Ed25519)"
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BadInput(f"{path} holds another kind of key than Ed25519 (cumuldesk audit keygen)")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    data = _read_small(Path(path), "public key file")
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        raise BadInput(
            f"{path} is not a public key file made by cumuldesk audit keygen (PEM, Ed25519)"
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise BadInput(f"{path} holds another kind of key than Ed25519 (cumuldesk audit keygen)")
    return key


# ---------------------------------------------------------------------- checkpoints


def step_for(seq: int) -> int:
    """The spacing of the milestones: every event up to MAX_MILESTONES events."""
    return max(1, -(-seq // MAX_MILESTONES))


def make_checkpoint(
    snapshot: Snapshot, *, database: str, made_by: str, now: datetime, public_key: Ed25519PublicKey
) -> Checkpoint:
    """A checkpoint of the newest event of `snapshot` (verified by the caller)."""
    if not snapshot.events:
        raise BadInput("the audit trail is empty: there is nothing to checkpoint yet")
    last = snapshot.events[-1]
    step = step_for(last.seq)
    milestones = []
    for number in range(step, last.seq + 1, step):
        event = snapshot.event(number)
        if event is None:
            raise BadInput(f"event {number} is missing: verify the trail first")
        milestones.append(event.hash)
    first = snapshot.event(1)
    if first is None:
        raise BadInput("event 1 is missing: verify the trail first")
    return Checkpoint(
        database=database,
        first_hash=first.hash,
        seq=last.seq,
        hash=last.hash,
        event_at=utc_text(last.at),
        made_at=utc_text(now),
        made_by=made_by,
        step=step,
        milestones=tuple(milestones),
        key_id=key_id(public_key),
    )


def write_checkpoint(path: Path, checkpoint: Checkpoint, private_key: Ed25519PrivateKey) -> None:
    """The signed checkpoint, as a new file (never over an existing one)."""
    if key_id(private_key.public_key()) != checkpoint.key_id:
        raise ValueError("the checkpoint names another key")
    signature = private_key.sign(checkpoint.payload())
    document = {
        "format": FORMAT,
        **asdict(checkpoint),
        "milestones": list(checkpoint.milestones),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    data = (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("ascii")
    _write_new(Path(path), data, 0o644, "checkpoint file")


def _hex(value: Any, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in "0123456789abcdef" for c in value)
    )


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _parse(document: Any) -> tuple[Checkpoint, bytes]:
    """The checkpoint and its signature; ValueError when a field is missing or wrong."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError("not a checkpoint")
    text_fields = ("database", "event_at", "made_at", "made_by")
    if not all(isinstance(document.get(name), str) for name in text_fields):
        raise ValueError("a text field is missing")
    seq, step = document.get("seq"), document.get("step")
    if not (_count(seq) and _count(step)):
        raise ValueError("a number is missing")
    assert isinstance(seq, int) and isinstance(step, int)
    milestones = document.get("milestones")
    if not isinstance(milestones, list) or not all(_hex(m, 64) for m in milestones):
        raise ValueError("milestones")
    if len(milestones) != seq // step or not _hex(document.get("key_id"), 16):
        raise ValueError("milestones or key")
    if not (_hex(document.get("hash"), 64) and _hex(document.get("first_hash"), 64)):
        raise ValueError("hashes")
    if seq % step == 0 and milestones[-1] != document["hash"]:
        raise ValueError("the last milestone is the checkpoint's event")
    signature = base64.b64decode(str(document.get("signature", "")), validate=True)
    checkpoint = Checkpoint(
        database=document["database"],
        first_hash=document["first_hash"],
        seq=seq,
        hash=document["hash"],
        event_at=document["event_at"],
        made_at=document["made_at"],
        made_by=document["made_by"],
        step=step,
        milestones=tuple(milestones),
        key_id=document["key_id"],
    )
    return checkpoint, signature


def read_checkpoint(path: Path, public_key: Ed25519PublicKey) -> Checkpoint:
    """The checkpoint in `path`, its signature checked with `public_key`; BadInput (one
    sentence) when the file is not a checkpoint or not signed by that key."""
    data = _read_small(Path(path), "checkpoint file")
    try:
        checkpoint, signature = _parse(json.loads(data.decode("utf-8")))
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise BadInput(
            f"{path} is not a checkpoint file made by cumuldesk audit checkpoint (or it is damaged)"
        ) from None
    expected = key_id(public_key)
    if checkpoint.key_id != expected:
        raise BadInput(
            f"{path} was signed with another key (fingerprint {checkpoint.key_id}) than the "
            f"public key given (fingerprint {expected})"
        )
    try:
        public_key.verify(signature, checkpoint.payload())
    except InvalidSignature:
        raise BadInput(
            f"the signature of {path} does not match its content: the checkpoint file was "
            "changed after it was signed"
        ) from None
    return checkpoint


def compare(snapshot: Snapshot, checkpoint: Checkpoint) -> tuple[list[AuditProblem], list[str]]:
    """(problems, notes): whether the events up to the checkpoint's are as signed."""
    when = checkpoint.when
    first = snapshot.event(1)
    if first is None or first.hash != checkpoint.first_hash:
        return [
            AuditProblem(
                1,
                "checkpoint",
                f"event 1 differs from {when}: the trail was rewritten from its start, or "
                f"the checkpoint is of another database ({checkpoint.database})",
            )
        ], []
    previous = 0
    numbers = [checkpoint.step * (i + 1) for i in range(len(checkpoint.milestones))]
    pairs = list(zip(numbers, checkpoint.milestones, strict=True))
    if not numbers or numbers[-1] != checkpoint.seq:
        pairs.append((checkpoint.seq, checkpoint.hash))
    for number, signed in pairs:
        event = snapshot.event(number)
        if event is None:
            return [
                AuditProblem(
                    number,
                    "checkpoint",
                    f"event {number}, signed in {when}, is missing: the trail was cut or "
                    "renumbered below the checkpoint",
                )
            ], []
        if event.hash != signed:
            if number - previous == 1:
                where = f"{describe(event)} was rewritten"
            else:
                where = f"an event from {previous + 1} to {number} was rewritten"
            return [
                AuditProblem(
                    previous + 1 if number - previous > 1 else number,
                    "rewritten",
                    f"{where} after {when}: the hash of event {number} is not the one the "
                    "checkpoint signed",
                )
            ], []
        previous = number
    upto = (
        "event 1 is as it was"
        if checkpoint.seq == 1
        else f"events 1 to {checkpoint.seq} are as they were"
    )
    return [], [f"{when} (event {checkpoint.seq}, key {checkpoint.key_id}): {upto} then"]
