"""Alembic migrations of the central schema (and the cache, which shares it)."""
