"""The embedded demo data: synthetic persons, histories, cases and handlers."""
