-- Row-level security: what a handler may read (docs/security.md).
--
-- A handler reads the persons with a case of their own team, and the persons they looked
-- up through cumuldesk_api.open_dossier in the last 30 days, with everything that hangs
-- off them. The owner's functions are not subject to these policies (the owner bypasses
-- row-level security; the tables are not FORCEd), so they see what they must check.
-- Policies are evaluated as the reading handler: their helpers are SECURITY DEFINER
-- functions that only ever answer "what may the caller read".

CREATE OR REPLACE FUNCTION cumuldesk_api.visible_persons() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.person_id FROM cases c
    WHERE c.team = cumuldesk_internal.my_team()
    UNION
    SELECT a.person_id FROM cumuldesk_internal.dossier_access a
    WHERE a.username = session_user::text
      AND a.opened_at > clock_timestamp() - interval '30 days'
      AND cumuldesk_internal.my_team() IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION cumuldesk_api.visible_cases() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.id FROM cases c WHERE c.person_id IN (SELECT cumuldesk_api.visible_persons())
$$;

CREATE OR REPLACE FUNCTION cumuldesk_api.visible_decisions() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT d.id FROM ivt_it_decisions d
    WHERE d.person_id IN (SELECT cumuldesk_api.visible_persons())
$$;

REVOKE ALL ON FUNCTION cumuldesk_api.visible_persons() FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.visible_cases() FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.visible_decisions() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.visible_persons() TO cumuldesk_handler;
GRANT EXECUTE ON FUNCTION cumuldesk_api.visible_cases() TO cumuldesk_handler;
GRANT EXECUTE ON FUNCTION cumuldesk_api.visible_decisions() TO cumuldesk_handler;

DO $$
DECLARE
    spec record;
BEGIN
    FOR spec IN
        SELECT * FROM (VALUES
            ('persons', 'id IN (SELECT cumuldesk_api.visible_persons())'),
            ('legal_representatives', 'person_id IN (SELECT cumuldesk_api.visible_persons())'),
            ('bob_periods', 'person_id IN (SELECT cumuldesk_api.visible_persons())'),
            ('ivt_it_decisions', 'person_id IN (SELECT cumuldesk_api.visible_persons())'),
            ('zorgtoeslag_points', 'person_id IN (SELECT cumuldesk_api.visible_persons())'),
            ('cases', 'person_id IN (SELECT cumuldesk_api.visible_persons())'),
            ('ivt_it_periods', 'decision_id IN (SELECT cumuldesk_api.visible_decisions())'),
            ('notes', 'case_id IN (SELECT cumuldesk_api.visible_cases())'),
            ('letters', 'case_id IN (SELECT cumuldesk_api.visible_cases())'),
            ('sync_receipts', 'handler = session_user::text'),
            -- colleagues' names (authors of notes and letters); the password column is
            -- not granted at all (70_grants.sql)
            ('handlers', 'true'),
            -- the letters' sender block: every handler reads it; nobody but the owner's
            -- cumuldesk_api.organisation_publish writes it (no write policy, no grant)
            ('organisation_values', 'true'),
            -- the screening of the cases a handler may read; written only by the
            -- supervisors' cumuldesk_api.screening_store (no write policy, no grant)
            ('screening_results', 'case_id IN (SELECT cumuldesk_api.visible_cases())')
        ) AS t (table_name, condition)
    LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', spec.table_name);
        EXECUTE format('DROP POLICY IF EXISTS handler_reads ON public.%I', spec.table_name);
        EXECUTE format(
            'CREATE POLICY handler_reads ON public.%I FOR SELECT TO cumuldesk_handler USING (%s)',
            spec.table_name, spec.condition);
    END LOOP;
END $$;
