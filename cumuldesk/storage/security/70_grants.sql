-- The grants, last (docs/security.md). A handler may connect, read what row-level
-- security shows them, and call the functions of cumuldesk_api granted to them. Nothing
-- else: no INSERT, UPDATE, DELETE or TRUNCATE on any table, no DDL (no CREATE on any
-- schema), no reading of settings (the pseudonym key, the trail's head) or of password
-- hashes. A supervisor is a handler who may also call the supervisors' functions
-- (40_supervisor.sql) and read the audit trail (to verify it).

GRANT cumuldesk_handler TO cumuldesk_supervisor;

REVOKE ALL ON DATABASE {database} FROM PUBLIC;
GRANT CONNECT ON DATABASE {database} TO cumuldesk_handler;
GRANT USAGE ON SCHEMA public TO cumuldesk_handler;
GRANT USAGE ON SCHEMA cumuldesk_api TO cumuldesk_handler;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, cumuldesk_handler, cumuldesk_supervisor;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, cumuldesk_handler, cumuldesk_supervisor;
REVOKE ALL ON ALL TABLES IN SCHEMA cumuldesk_internal FROM PUBLIC, cumuldesk_handler, cumuldesk_supervisor;
-- the change-sequence and trigger functions of the migrations are the owner's
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

GRANT SELECT ON
    persons, legal_representatives, bob_periods, ivt_it_decisions, ivt_it_periods,
    zorgtoeslag_points, cases, notes, letters, vsb_imports, law_values,
    organisation_values, screening_results, sync_tombstones, sync_counter, sync_receipts, alembic_version
TO cumuldesk_handler;
GRANT SELECT (id, username, display_name, team, role, language, active, change_seq)
    ON handlers TO cumuldesk_handler;
GRANT SELECT ON audit_events TO cumuldesk_supervisor;
