"""Which audit events a handler's laptop may write, and what their details may hold.

A handler writes to the central audit trail only through `cumuldesk_api.record_event`
(online) and `cumuldesk_api.push_item` (events carried from the cache by the outbox).
Both accept only the kinds listed in `HANDLER_EVENTS`, each with a fixed set of detail
keys whose values have a fixed shape (a count, a yes/no, a case reference, a short
lower-case code...): free text, and so a name or an INSZ, has no place to go. The
subject is never given as text: the laptop sends the INSZ and the server computes the
pseudonym with a key no laptop holds.

Events of supervisors' and administrators' actions (accounts, VSB import, purge, law
data) are recorded by the server's own functions, never sent by a laptop.

`cumuldesk central setup` copies this table into the database
(`cumuldesk_internal.event_kinds`); `check_details` applies the same rules in Python.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

# value shapes: name -> regular expression for strings (None: not a string)
SHAPES: dict[str, str | None] = {
    "count": None,  # a whole number >= 0
    "bool": None,
    "code": r"^[a-z][a-z0-9_]{0,63}$",  # a lower-case code: "cache", "xlsx", "advice_note"
    "phrase": r"^[a-z][a-z0-9 _.'-]{0,79}$",  # a few lower-case words: "wrong password"
    "case": r"^[A-Z]{1,8}-[A-Z0-9-]{1,24}$",  # a case reference: "CD-2025-000001"
    "codes": r"^[a-z][a-z0-9_]{0,63}(\[[a-z0-9_]{1,32}\])?$",  # a list of codes or params
    "moment": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?$",
    "date": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    "counts": r"^[a-z][a-z0-9_]{0,63}$",  # an object of code -> count
}

_CASE_WORK = {"case": "case", "fields": "codes"}

HANDLER_EVENTS: dict[str, dict[str, str]] = {
    "sign_in": {"mode": "code"},
    "sign_in_failed": {"mode": "code", "reason": "phrase"},
    "refused": {"action": "phrase", "reason": "phrase"},
    "synced": {
        "pushed": "count",
        "conflicts": "count",
        "rejected": "count",
        "new_dossiers": "count",
        "changed_dossiers": "count",
        "removed_dossiers": "count",
        "law_data_version": "count",
    },
    "cache_filled": {"dossiers": "count", "law_data_version": "count"},
    # discarded / uncounted: the changes not yet pushed that the handler chose to throw
    # away (`cache rebuild --discard-unpushed`), by count or "could not be counted"
    "cache_rebuilt": {
        "dossiers": "count",
        "law_data_version": "count",
        "discarded": "count",
        "uncounted": "bool",
    },
    # a cache found damaged (an empty file, a link, not a database...): it cannot hold
    # the event itself, so the laptop records it centrally. reason: storage.cache
    # DAMAGE_*; during: sync, cache_fill, cache_rebuild, sign_in
    "cache_damaged": {"reason": "code", "during": "code"},
    "dossier_opened": {"source": "code", "law_data_version": "count"},
    "simulation_run": {"source": "code", "law_data_version": "count"},
    "simulation_exported": {"rows": "count", "format": "code"},
    "worklist_exported": {"rows": "count", "filter": "code", "search": "bool"},
    "case_changed": _CASE_WORK,
    "answer_recorded": _CASE_WORK,
    "note_added": {"case": "case"},
    "letter_saved": {
        "case": "case",
        "kind": "code",
        "finalised": "bool",
        "law_data_version": "count",
    },
    "unverified_parameters_confirmed": {
        "case": "case",
        "kind": "code",
        "parameters": "codes",
        "law_data_version": "count",
    },
    "printed": {"case": "case", "kind": "code"},
    "pdf_exported": {"case": "case", "kind": "code"},
    "conflict_resolved": {"case": "case", "kept": "code", "fields": "codes"},
    "rejected_dismissed": {"case": "case", "kind": "code"},
    "audit_verified": {"events": "count", "intact": "bool", "problems": "count"},
}

# added by the server to an event carried from a cache
CARRIED = {"origin": "phrase", "local_at": "moment"}


class EventRefused(ValueError):
    """An audit event a laptop may not write (unknown kind, a detail out of shape)."""


def _fits(shape: str, value: Any) -> bool:
    if value is None:
        return True
    if shape == "count":
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**12
    if shape == "bool":
        return isinstance(value, bool)
    if shape == "codes":
        pattern = SHAPES[shape]
        return (
            isinstance(value, list)
            and len(value) <= 64
            and all(isinstance(v, str) and re.match(pattern or "", v) for v in value)
        )
    if shape == "counts":
        return (
            isinstance(value, dict)
            and len(value) <= 64
            and all(
                re.match(SHAPES["counts"] or "", k) and _fits("count", v) for k, v in value.items()
            )
        )
    pattern = SHAPES[shape]
    return isinstance(value, str) and pattern is not None and re.match(pattern, value) is not None


def check_details(action: str, details: Mapping[str, Any], *, carried: bool = False) -> None:
    """EventRefused unless a laptop may write this event with these details."""
    allowed = HANDLER_EVENTS.get(action)
    if allowed is None:
        raise EventRefused(f"a laptop may not write audit events of the kind {action!r}")
    shapes = {**allowed, **CARRIED} if carried else allowed
    for key, value in details.items():
        shape = shapes.get(key)
        if shape is None:
            raise EventRefused(f"audit events {action!r} have no detail {key!r}")
        if not _fits(shape, value):
            raise EventRefused(f"the detail {key!r} of an audit event {action!r} is out of shape")


def as_rows() -> list[tuple[str, str]]:
    """(action, JSON of key -> shape) for `cumuldesk_internal.event_kinds`."""
    return [(action, json.dumps(keys, sort_keys=True)) for action, keys in HANDLER_EVENTS.items()]


def shapes_json() -> str:
    """JSON of shape -> pattern, for `cumuldesk_internal.event_shapes`."""
    return json.dumps(SHAPES, sort_keys=True)
