"""Sync between a handler's local cache and the central database: the outbox of local
changes, the incremental pull, the idempotent push (see docs/sync.md)."""
