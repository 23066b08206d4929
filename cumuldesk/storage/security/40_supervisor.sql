-- What only supervisors may call (docs/security.md): the VSB import, the retention purge,
-- the law data (propose, approve, reject, import) and the letters' sender block. Each
-- function runs as the owner (SECURITY DEFINER, search_path pinned), is granted to
-- cumuldesk_supervisor only, and
-- checks again that the caller (session_user) is an active supervisor: a handler has no
-- INSERT, UPDATE or DELETE on any table, and a supervisor writes these tables only here.
--
-- The laptop keeps doing what it did (reading and checking the VSB file, planning the
-- import, checking a law value against the shipped parameter files); the server re-checks
-- what it can cheaply, writes, and records the audit event through append_event in the
-- same transaction. The events have the same kinds and details as when Python writes
-- them (cumuldesk/services/vsb/importer.py, retention.py, law.py), with the caller as actor.
--
-- Refusals: cumuldesk_internal.refuse (SQLSTATE P0001, one sentence); "you may not"
-- refusals (not a supervisor, approving one's own proposal) are SQLSTATE 42501.
--
-- This file can be run again (CREATE OR REPLACE).

CREATE OR REPLACE FUNCTION cumuldesk_internal.forbid(p_message text) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = p_message;
END $$;

-- ================================================================== VSB import
-- The advisory lock of cumuldesk.services.vsb.importer._PG_IMPORT_LOCK (0x56534249, "VSBI"):
-- one VSB import at a time, from reading the stored periods to the commit.

-- The persons of these INSZ and their stored BOB periods (a row per period; a person
-- without any has one row with NULL period): what the supervisor's laptop compares the
-- file with. Takes the import lock, held until the caller's transaction ends.
CREATE OR REPLACE FUNCTION cumuldesk_api.vsb_state(p_insz text[])
RETURNS TABLE (insz text, person_id integer, period_id integer, start_date date,
               end_date date, voluntary_switch boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM cumuldesk_internal.require_supervisor();
    PERFORM pg_advisory_xact_lock(1448297033);
    RETURN QUERY
        SELECT p.insz::text, p.id, b.id, b.start_date, b.end_date, coalesce(b.voluntary_switch, false)
        FROM persons p LEFT JOIN bob_periods b ON b.person_id = p.id
        WHERE p.insz = ANY (coalesce(p_insz, '{}'::text[]))
        ORDER BY p.id, b.start_date;
END $$;

-- The periods of an import as rows (the laptop sends them as JSON arrays of objects).
CREATE OR REPLACE FUNCTION cumuldesk_internal.vsb_new_rows(p_rows jsonb)
RETURNS TABLE (person_id integer, start_date date, end_date date, voluntary_switch boolean)
LANGUAGE sql IMMUTABLE AS $$
    SELECT x.person_id, x.start_date, x.end_date, coalesce(x.voluntary_switch, false)
    FROM jsonb_to_recordset(p_rows)
         AS x (person_id integer, start_date date, end_date date, voluntary_switch boolean)
$$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.vsb_updated_rows(p_rows jsonb)
RETURNS TABLE (period_id integer, person_id integer, end_date date, voluntary_switch boolean)
LANGUAGE sql IMMUTABLE AS $$
    SELECT x.period_id, x.person_id, x.end_date, coalesce(x.voluntary_switch, false)
    FROM jsonb_to_recordset(p_rows)
         AS x (period_id integer, person_id integer, end_date date, voluntary_switch boolean)
$$;

-- Write a planned import: p_new [{person_id, start_date, end_date, voluntary_switch}],
-- p_updated [{period_id, person_id, end_date, voluntary_switch}], p_counts {rows_total,
-- new, updated, unchanged, rejected}. Returns the id of the vsb_imports row.
CREATE OR REPLACE FUNCTION cumuldesk_api.vsb_import(
    p_file_name text, p_sha256 text, p_counts jsonb, p_new jsonb, p_updated jsonb
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    news jsonb := coalesce(p_new, '[]'::jsonb);
    updates jsonb := coalesce(p_updated, '[]'::jsonb);
    counts jsonb := coalesce(p_counts, '{}'::jsonb);
    key text;
    new_import integer;
BEGIN
    PERFORM pg_advisory_xact_lock(1448297033);
    IF p_file_name IS NULL OR btrim(p_file_name) = '' OR length(p_file_name) > 255
       OR p_file_name ~ '[[:cntrl:]/\\]' THEN
        PERFORM cumuldesk_internal.refuse('the file name of an import is missing or not a plain file name');
    END IF;
    IF p_sha256 IS NULL OR p_sha256 !~ '^[0-9a-f]{64}$' THEN
        PERFORM cumuldesk_internal.refuse('the checksum of an imported file is 64 hexadecimal digits');
    END IF;
    IF jsonb_typeof(counts) <> 'object' OR jsonb_typeof(news) <> 'array'
       OR jsonb_typeof(updates) <> 'array' THEN
        PERFORM cumuldesk_internal.refuse('an import holds its counts, new periods and updated periods');
    END IF;
    FOREACH key IN ARRAY ARRAY['rows_total', 'new', 'updated', 'unchanged', 'rejected'] LOOP
        IF NOT counts ? key OR jsonb_typeof(counts -> key) <> 'number'
           OR NOT cumuldesk_internal.fits('count', counts -> key) THEN
            PERFORM cumuldesk_internal.refuse('the counts of an import are whole numbers');
        END IF;
    END LOOP;
    IF (SELECT count(*) FROM jsonb_object_keys(counts)) <> 5 THEN
        PERFORM cumuldesk_internal.refuse('the counts of an import are whole numbers');
    END IF;
    IF (counts ->> 'new')::bigint <> jsonb_array_length(news)
       OR (counts ->> 'updated')::bigint <> jsonb_array_length(updates)
       OR (counts ->> 'new')::bigint + (counts ->> 'updated')::bigint
          + (counts ->> 'unchanged')::bigint + (counts ->> 'rejected')::bigint
          <> (counts ->> 'rows_total')::bigint THEN
        PERFORM cumuldesk_internal.refuse('the counts of an import do not add up');
    END IF;

    BEGIN
        PERFORM count(*) FROM cumuldesk_internal.vsb_new_rows(news);
        PERFORM count(*) FROM cumuldesk_internal.vsb_updated_rows(updates);
    EXCEPTION WHEN data_exception OR invalid_parameter_value THEN
        PERFORM cumuldesk_internal.refuse('a period of this import holds a value that is not valid');
    END;

    IF EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_new_rows(news) n
               WHERE n.person_id IS NULL OR n.start_date IS NULL)
       OR EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_updated_rows(updates) u
                  WHERE u.period_id IS NULL OR u.person_id IS NULL) THEN
        PERFORM cumuldesk_internal.refuse('a period of this import does not say whose it is or when it starts');
    END IF;
    IF EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_new_rows(news) n
               WHERE NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = n.person_id)) THEN
        PERFORM cumuldesk_internal.refuse('a period of this import is for a person who is not in the central database');
    END IF;
    IF EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_new_rows(news) n WHERE n.end_date < n.start_date) THEN
        PERFORM cumuldesk_internal.refuse('a BOB period cannot end before it starts');
    END IF;
    IF EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_new_rows(news) n JOIN bob_periods b
               ON b.person_id = n.person_id AND b.start_date = n.start_date)
       OR EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_new_rows(news) n
                  GROUP BY n.person_id, n.start_date HAVING count(*) > 1) THEN
        PERFORM cumuldesk_internal.refuse(
            'a new period of this import starts on the same day as another period of the same person');
    END IF;
    IF EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_updated_rows(updates) u
               WHERE NOT EXISTS (SELECT 1 FROM bob_periods b
                                 WHERE b.id = u.period_id AND b.person_id = u.person_id))
       OR EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_updated_rows(updates) u
                  GROUP BY u.period_id HAVING count(*) > 1) THEN
        PERFORM cumuldesk_internal.refuse(
            'a period this import updates does not belong to the person it names');
    END IF;
    IF EXISTS (SELECT 1 FROM cumuldesk_internal.vsb_updated_rows(updates) u
               JOIN bob_periods b ON b.id = u.period_id WHERE u.end_date < b.start_date) THEN
        PERFORM cumuldesk_internal.refuse('a BOB period cannot end before it starts');
    END IF;

    INSERT INTO vsb_imports (file_name, file_sha256, imported_at, imported_by, rows_total,
                             rows_imported, rows_unchanged, rows_rejected)
    VALUES (p_file_name, p_sha256, clock_timestamp(), me.username,
            (counts ->> 'rows_total')::integer,
            (counts ->> 'new')::integer + (counts ->> 'updated')::integer,
            (counts ->> 'unchanged')::integer, (counts ->> 'rejected')::integer)
    RETURNING id INTO new_import;
    INSERT INTO bob_periods (person_id, start_date, end_date, voluntary_switch, import_id)
    SELECT n.person_id, n.start_date, n.end_date, n.voluntary_switch, new_import
    FROM cumuldesk_internal.vsb_new_rows(news) n;
    UPDATE bob_periods b
    SET end_date = u.end_date, voluntary_switch = u.voluntary_switch, import_id = new_import
    FROM cumuldesk_internal.vsb_updated_rows(updates) u WHERE b.id = u.period_id;

    PERFORM cumuldesk_internal.append_event(me.username, 'vsb_import', NULL,
        counts || jsonb_build_object('file', p_file_name, 'sha256', p_sha256,
                                     'import_id', new_import));
    RETURN new_import;
END $$;

-- ================================================================== VSB answer
-- The answer to VSB's query file (cumuldesk/services/vsb/answer.py, deliberation par.
-- 12-14): the laptop reads the file, computes the windows and writes the answer; the
-- server gives the birth dates and the PAID IVT/IT periods (monthly amount above 0, the
-- decision versions in force) of the file's persons, a row per period (a person without
-- any has one row with NULL period; amounts in euros, stored as cents), and records the
-- audit event with counts only.
CREATE OR REPLACE FUNCTION cumuldesk_api.vsb_answer_state(p_insz text[])
RETURNS TABLE (insz text, birth_date date, start_date date, end_date date,
               monthly_amount numeric, regulation text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM cumuldesk_internal.require_supervisor();
    RETURN QUERY
        SELECT p.insz::text, p.birth_date, x.start_date, x.end_date,
               x.monthly_amount::numeric / 100, x.regulation::text
        FROM persons p
        LEFT JOIN (SELECT d.person_id, ip.start_date, ip.end_date, ip.monthly_amount,
                          ip.regulation
                   FROM ivt_it_decisions d JOIN ivt_it_periods ip ON ip.decision_id = d.id
                   WHERE d.superseded_at IS NULL AND ip.monthly_amount > 0) x
               ON x.person_id = p.id
        WHERE p.insz = ANY (coalesce(p_insz, '{}'::text[]))
        ORDER BY p.id, x.start_date;
END $$;

-- The audit event of an answer: p_counts {rows_total, answered, no_payment, answer_rows,
-- rejected}, whole numbers; the file's name and checksum.
CREATE OR REPLACE FUNCTION cumuldesk_api.vsb_answer_record(
    p_file_name text, p_sha256 text, p_counts jsonb
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    counts jsonb := coalesce(p_counts, '{}'::jsonb);
    key text;
BEGIN
    IF p_file_name IS NULL OR btrim(p_file_name) = '' OR length(p_file_name) > 255
       OR p_file_name ~ '[[:cntrl:]/\\]' THEN
        PERFORM cumuldesk_internal.refuse('the file name of a query file is missing or not a plain file name');
    END IF;
    IF p_sha256 IS NULL OR p_sha256 !~ '^[0-9a-f]{64}$' THEN
        PERFORM cumuldesk_internal.refuse('the checksum of a query file is 64 hexadecimal digits');
    END IF;
    IF jsonb_typeof(counts) <> 'object'
       OR (SELECT count(*) FROM jsonb_object_keys(counts)) <> 5 THEN
        PERFORM cumuldesk_internal.refuse('the counts of an answer are whole numbers');
    END IF;
    FOREACH key IN ARRAY ARRAY['rows_total', 'answered', 'no_payment', 'answer_rows', 'rejected'] LOOP
        IF NOT counts ? key OR jsonb_typeof(counts -> key) <> 'number'
           OR NOT cumuldesk_internal.fits('count', counts -> key) THEN
            PERFORM cumuldesk_internal.refuse('the counts of an answer are whole numbers');
        END IF;
    END LOOP;
    PERFORM cumuldesk_internal.append_event(me.username, 'vsb_answer', NULL,
        counts || jsonb_build_object('file', p_file_name, 'sha256', p_sha256));
END $$;

-- ================================================================== retention purge
-- The rules of cumuldesk/domain/retention.py, in SQL: a person goes 10 years after their
-- death; or when every case of theirs is past its own end: 1 year after an accepted
-- renunciation, 10 years after the end of all rights or after a judgment (the latest of
-- these when a case has several). A person without a case is kept and counted. Years are
-- added as add_years does (29 February becomes 28 February in a common year). The rule
-- reported for a case is the one of its latest date (the first of renunciation, end of
-- rights, judgment on a tie), for a person the one of their latest case (the first case
-- on a tie).
CREATE OR REPLACE FUNCTION cumuldesk_internal.retention_due(p_today date)
RETURNS TABLE (person_id integer, rule text, has_case boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH case_end AS (
        SELECT c.id AS case_id, c.person_id, e.expiry, e.rule
        FROM cases c
        LEFT JOIN LATERAL (
            SELECT v.expiry, v.rule
            FROM (VALUES
                (CASE WHEN c.answer = 'accepted_renunciation'
                      THEN (c.answer_date + interval '1 year')::date END,
                 'renounced_plus_1_year', 1),
                ((c.rights_ended_on + interval '10 years')::date, 'rights_ended_plus_10_years', 2),
                ((c.judgment_on + interval '10 years')::date, 'judgment_plus_10_years', 3)
            ) AS v (expiry, rule, priority)
            WHERE v.expiry IS NOT NULL
            ORDER BY v.expiry DESC, v.priority
            LIMIT 1
        ) e ON true
    ),
    by_person AS (
        SELECT p.id, p.death_date,
               count(ce.case_id) AS cases,
               coalesce(bool_and(ce.expiry IS NOT NULL AND ce.expiry <= p_today), false) AS all_over,
               (array_agg(ce.rule ORDER BY ce.expiry DESC NULLS LAST, ce.case_id))[1] AS case_rule
        FROM persons p LEFT JOIN case_end ce ON ce.person_id = p.id
        GROUP BY p.id, p.death_date
    )
    SELECT b.id,
           CASE WHEN b.death_date IS NOT NULL
                     AND (b.death_date + interval '10 years')::date <= p_today
                THEN 'death_plus_10_years'
                WHEN b.cases > 0 AND b.all_over THEN b.case_rule
           END,
           b.cases > 0
    FROM by_person b
$$;

-- Remove (or with p_dry_run only count) the persons whose retention is over on p_today,
-- with everything that hangs off them (ON DELETE CASCADE); audited as purge or
-- purge_dry_run with the report. Returns the report as cumuldesk.services.retention
-- .PurgeReport.as_dict gives it (without "where").
CREATE OR REPLACE FUNCTION cumuldesk_api.purge(p_today date, p_dry_run boolean)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    due integer[];
    rules text[];
    by_rule jsonb;
    without_case integer;
    counted jsonb;
    report jsonb;
BEGIN
    IF p_today IS NULL OR p_dry_run IS NULL THEN
        PERFORM cumuldesk_internal.refuse('a purge needs its day and whether it is a dry run');
    END IF;
    SELECT coalesce(array_agg(d.person_id ORDER BY d.person_id) FILTER (WHERE d.rule IS NOT NULL), '{}'),
           coalesce(array_agg(d.rule ORDER BY d.person_id) FILTER (WHERE d.rule IS NOT NULL), '{}'),
           count(*) FILTER (WHERE d.rule IS NULL AND NOT d.has_case)
    INTO due, rules, without_case
    FROM cumuldesk_internal.retention_due(p_today) d;
    SELECT coalesce(jsonb_object_agg(r.rule, r.n), '{}'::jsonb) INTO by_rule
    FROM (SELECT u.rule, count(*) AS n FROM unnest(rules) AS u (rule) GROUP BY u.rule) r;

    counted := jsonb_build_object('persons', cardinality(due));
    IF cardinality(due) > 0 THEN
        counted := counted || jsonb_build_object(
            'legal_representatives',
                (SELECT count(*) FROM legal_representatives WHERE person_id = ANY (due)),
            'bob_periods', (SELECT count(*) FROM bob_periods WHERE person_id = ANY (due)),
            'ivt_it_decisions', (SELECT count(*) FROM ivt_it_decisions WHERE person_id = ANY (due)),
            'zorgtoeslag_points',
                (SELECT count(*) FROM zorgtoeslag_points WHERE person_id = ANY (due)),
            'cases', (SELECT count(*) FROM cases WHERE person_id = ANY (due)),
            'ivt_it_periods', (SELECT count(*) FROM ivt_it_periods ip
                               JOIN ivt_it_decisions d ON d.id = ip.decision_id
                               WHERE d.person_id = ANY (due)),
            'notes', (SELECT count(*) FROM notes n JOIN cases c ON c.id = n.case_id
                      WHERE c.person_id = ANY (due)),
            'letters', (SELECT count(*) FROM letters l JOIN cases c ON c.id = l.case_id
                        WHERE c.person_id = ANY (due)));
        IF NOT p_dry_run THEN
            -- the retention purge may delete finalised letters (migration 0005's trigger)
            PERFORM set_config('cumuldesk.purging', 'on', true);
            DELETE FROM persons WHERE id = ANY (due);
            PERFORM set_config('cumuldesk.purging', '', true);
        END IF;
    END IF;

    report := jsonb_build_object(
        'today', to_char(p_today, 'YYYY-MM-DD'),
        'dry_run', p_dry_run,
        'persons', cardinality(due),
        'persons_by_rule', by_rule,
        'rows', counted,
        'persons_without_case', without_case,
        'cache_forgotten', 0);
    PERFORM cumuldesk_internal.append_event(
        me.username, CASE WHEN p_dry_run THEN 'purge_dry_run' ELSE 'purge' END, NULL,
        jsonb_build_object('where', 'central') || report);
    RETURN report;
END $$;

-- ================================================================== law data
-- The rules of cumuldesk/services/law/data.py on the server: only supervisors; the proposer
-- is the caller, never a parameter; only a proposed value is approved or rejected; the
-- proposer never approves their own value; approving gives the next law-data version
-- (the highest approved version plus one) under the advisory lock of
-- cumuldesk.services.law.data._PG_LOCK (0x4C415744). The laptop checks a value against the
-- shipped parameter files first (units, brackets); the server re-checks its shape.

CREATE OR REPLACE FUNCTION cumuldesk_internal.law_details(p_row law_values) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', p_row.id,
        'name', p_row.name,
        'bracket', p_row.bracket,
        'effective', to_char(p_row.effective, 'YYYY-MM-DD'),
        'kind', p_row.kind)
$$;

-- Check one proposed value and insert it (state proposed, by p_actor); audited as
-- law_proposed. Returns the new id.
CREATE OR REPLACE FUNCTION cumuldesk_internal.law_insert(
    p_actor text, p_name text, p_bracket text, p_effective text, p_value text, p_kind text,
    p_source_title text, p_source_url text
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    day date;
    title text := regexp_replace(btrim(coalesce(p_source_title, '')), '\s+', ' ', 'g');
    url text := nullif(btrim(coalesce(p_source_url, '')), '');
    bracket text := nullif(btrim(coalesce(p_bracket, '')), '');
    known_boolean boolean;
    inserted law_values;
BEGIN
    IF p_name IS NULL OR p_name !~ '^[a-z][a-z0-9_]{0,63}$' THEN
        PERFORM cumuldesk_internal.refuse('a law parameter is named in lower-case letters, digits and _');
    END IF;
    IF bracket IS NOT NULL AND bracket !~ '^[A-Za-z0-9_]{1,32}$' THEN
        PERFORM cumuldesk_internal.refuse('a bracket is named in letters, digits and _ (at most 32)');
    END IF;
    IF p_effective IS NULL OR p_effective !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        PERFORM cumuldesk_internal.refuse('the date of a law value is written as YYYY-MM-DD');
    END IF;
    BEGIN
        day := p_effective::date;
    EXCEPTION WHEN data_exception THEN
        PERFORM cumuldesk_internal.refuse('the date of a law value is written as YYYY-MM-DD');
    END;
    IF p_value IS NULL OR p_value !~ '^(true|false|[0-9]{1,20}(\.[0-9]{1,2})?)$' THEN
        PERFORM cumuldesk_internal.refuse(
            'a law value is an amount with at most two decimals, or true or false');
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('sourced', 'computed', 'carried') THEN
        PERFORM cumuldesk_internal.refuse('the kind must be sourced or computed');
    END IF;
    IF p_kind = 'carried' THEN
        PERFORM cumuldesk_internal.refuse(
            'the kind must be sourced or computed: carried is what CumulDesk says when it '
            'knows no value for a date, not a value a supervisor publishes');
    END IF;
    IF title = '' THEN
        PERFORM cumuldesk_internal.refuse(
            'a law value needs its source: give the title of the act or public page it was read on');
    END IF;
    IF length(title) > 500 THEN
        PERFORM cumuldesk_internal.refuse('the source title is longer than 500 characters');
    END IF;
    IF url IS NOT NULL AND (url !~* '^https?://\S+$' OR length(url) > 1000) THEN
        PERFORM cumuldesk_internal.refuse(
            'the source URL must be a web address starting with https:// or http://');
    END IF;
    -- a yes/no rule stays yes/no, an amount an amount (as its approved values say)
    SELECT bool_or(v.value IN ('true', 'false')) INTO known_boolean
    FROM law_values v WHERE v.name = p_name AND v.state = 'approved';
    IF known_boolean IS NOT NULL AND known_boolean <> (p_value IN ('true', 'false')) THEN
        PERFORM cumuldesk_internal.refuse(CASE WHEN known_boolean
            THEN 'this parameter is a yes/no rule: its value is true or false'
            ELSE 'this parameter is an amount: its value is a number, not true or false' END);
    END IF;
    INSERT INTO law_values (name, bracket, effective, value, kind, source_title, source_url,
                            state, proposed_by, proposed_at)
    VALUES (p_name, bracket, day, p_value, p_kind, title, url, 'proposed', p_actor,
            clock_timestamp())
    RETURNING * INTO inserted;
    PERFORM cumuldesk_internal.append_event(p_actor, 'law_proposed', NULL,
        cumuldesk_internal.law_details(inserted));
    RETURN inserted.id;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_api.law_propose(
    p_name text, p_bracket text, p_effective text, p_value text, p_kind text,
    p_source_title text, p_source_url text
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
BEGIN
    RETURN cumuldesk_internal.law_insert(me.username, p_name, p_bracket, p_effective, p_value,
                                         p_kind, p_source_title, p_source_url);
END $$;

-- Every value of one old override file (p_values: [{name, bracket, effective, value,
-- kind, source_title, source_url}], one parameter), proposed all or none; audited as a
-- law_proposed event per value and one law_imported. Returns the new ids in order.
CREATE OR REPLACE FUNCTION cumuldesk_api.law_import(p_file_name text, p_values jsonb)
RETURNS integer[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    item jsonb;
    ids integer[] := '{}';
    first_name text;
BEGIN
    IF p_file_name IS NULL OR btrim(p_file_name) = '' OR length(p_file_name) > 255
       OR p_file_name ~ '[[:cntrl:]/\\]' THEN
        PERFORM cumuldesk_internal.refuse('the file name of an import is missing or not a plain file name');
    END IF;
    IF p_values IS NULL OR jsonb_typeof(p_values) <> 'array' OR jsonb_array_length(p_values) = 0 THEN
        PERFORM cumuldesk_internal.refuse('the file holds no law value');
    END IF;
    IF jsonb_array_length(p_values) > 10000 THEN
        PERFORM cumuldesk_internal.refuse('the file holds more than 10,000 law values');
    END IF;
    first_name := p_values -> 0 ->> 'name';
    FOR item IN SELECT * FROM jsonb_array_elements(p_values) LOOP
        IF jsonb_typeof(item) <> 'object' THEN
            PERFORM cumuldesk_internal.refuse('each law value of an import is an object');
        END IF;
        IF item ->> 'name' IS DISTINCT FROM first_name THEN
            PERFORM cumuldesk_internal.refuse('the values of one file are of one parameter');
        END IF;
        ids := ids || cumuldesk_internal.law_insert(
            me.username, item ->> 'name', item ->> 'bracket', item ->> 'effective',
            item ->> 'value', item ->> 'kind', item ->> 'source_title', item ->> 'source_url');
    END LOOP;
    PERFORM cumuldesk_internal.append_event(me.username, 'law_imported', NULL,
        jsonb_build_object('file', p_file_name, 'name', first_name, 'ids', to_jsonb(ids)));
    RETURN ids;
END $$;

-- The value, locked, when it is still proposed (refused otherwise, saying why).
CREATE OR REPLACE FUNCTION cumuldesk_internal.law_proposed(p_id integer, p_action text)
RETURNS law_values
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    found law_values;
BEGIN
    SELECT * INTO found FROM law_values WHERE id = p_id FOR UPDATE;
    IF found.id IS NULL THEN
        PERFORM cumuldesk_internal.refuse(format('there is no law value %s', p_id));
    END IF;
    IF found.state <> 'proposed' THEN
        PERFORM cumuldesk_internal.refuse(format(
            'law value %s is %s already: only a proposed value can be %s',
            p_id, found.state, p_action));
    END IF;
    RETURN found;
END $$;

-- Approve a value another supervisor proposed; returns the new law-data version.
CREATE OR REPLACE FUNCTION cumuldesk_api.law_approve(p_id integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    target law_values;
    next_version integer;
BEGIN
    PERFORM pg_advisory_xact_lock(1279350596);  -- 0x4C415744, law._PG_LOCK
    target := cumuldesk_internal.law_proposed(p_id, 'approved');
    IF target.proposed_by = me.username THEN
        PERFORM cumuldesk_internal.forbid(format(
            '%s proposed law value %s: another supervisor must approve it', me.username, p_id));
    END IF;
    SELECT coalesce(max(version), 0) + 1 INTO next_version
    FROM law_values WHERE state = 'approved';
    UPDATE law_values
    SET state = 'approved', version = next_version, decided_by = me.username,
        decided_at = clock_timestamp()
    WHERE id = p_id
    RETURNING * INTO target;
    PERFORM cumuldesk_internal.append_event(me.username, 'law_approved', NULL,
        cumuldesk_internal.law_details(target)
        || jsonb_build_object('version', next_version, 'proposed_by', target.proposed_by));
    RETURN next_version;
END $$;

-- Reject a proposed value (any supervisor; the proposer may withdraw their own).
CREATE OR REPLACE FUNCTION cumuldesk_api.law_reject(p_id integer, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    target law_values;
    why text := nullif(regexp_replace(btrim(coalesce(p_reason, '')), '\s+', ' ', 'g'), '');
BEGIN
    IF length(why) > 2000 THEN
        PERFORM cumuldesk_internal.refuse('the reason is longer than 2,000 characters');
    END IF;
    target := cumuldesk_internal.law_proposed(p_id, 'rejected');
    UPDATE law_values
    SET state = 'rejected', decided_by = me.username, decided_at = clock_timestamp(),
        reason = why
    WHERE id = p_id
    RETURNING * INTO target;
    PERFORM cumuldesk_internal.append_event(me.username, 'law_rejected', NULL,
        cumuldesk_internal.law_details(target)
        || jsonb_build_object('reason_given', why IS NOT NULL));
END $$;

-- ================================================================== sender block
-- The letters' sender block (cumuldesk/services/organisation.py, issue 17): a supervisor
-- publishes a field (organisation, address, phone, hours, signatory) in a language with
-- its source note (empty: not sourced); the publisher is the caller, never a parameter.
-- Each publication is a new row with the next version (the highest plus one, under the
-- advisory lock 0x4F524756 "ORGV"); rows are never changed (migration 0006's trigger).
-- Audited as organisation_published with the field, language and version, never the text.
CREATE OR REPLACE FUNCTION cumuldesk_api.organisation_publish(
    p_field text, p_language text, p_text text, p_source text
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    body text := btrim(coalesce(p_text, ''), E' \t\r\n');
    note text := regexp_replace(btrim(coalesce(p_source, '')), '\s+', ' ', 'g');
    next_version integer;
BEGIN
    IF p_field IS NULL OR p_field NOT IN ('organisation', 'address', 'phone', 'hours', 'signatory') THEN
        PERFORM cumuldesk_internal.refuse(
            'there is no such sender-block field (known: organisation, address, phone, hours, signatory)');
    END IF;
    IF p_language IS NULL OR p_language NOT IN ('nl', 'fr', 'de') THEN
        PERFORM cumuldesk_internal.refuse('the language must be nl, fr or de');
    END IF;
    IF body = '' THEN
        PERFORM cumuldesk_internal.refuse(
            'the text is empty: give the field''s text (lines separated by newlines)');
    END IF;
    IF length(body) > 1000 THEN
        PERFORM cumuldesk_internal.refuse('the text is longer than 1000 characters');
    END IF;
    IF length(note) > 1000 THEN
        PERFORM cumuldesk_internal.refuse('the source is longer than 1000 characters');
    END IF;
    PERFORM pg_advisory_xact_lock(1330792278);  -- 0x4F524756, organisation._PG_LOCK
    SELECT coalesce(max(version), 0) + 1 INTO next_version FROM organisation_values;
    INSERT INTO organisation_values (field, language, text, source, published_by,
                                     published_at, version)
    VALUES (p_field, p_language, body, note, me.username, clock_timestamp(), next_version);
    PERFORM cumuldesk_internal.append_event(me.username, 'organisation_published', NULL,
        jsonb_build_object('field', p_field, 'language', p_language,
                           'version', next_version, 'sourced', note <> ''));
    RETURN next_version;
END $$;

-- ================================================================== screening
-- The screening of every open case (cumuldesk/services/screening.py, issue 18): the
-- supervisor's laptop checks and simulates, the server gives it what it needs of every
-- team's open cases and keeps the results. screening_cases: each open case with its
-- dossier's state (the highest change sequence of its rows and their number) and the
-- state of its stored screening; screening_dossiers: the rows the simulation reads (BOB
-- periods, IVT/IT periods in force, zorgtoeslag attestations), in the order the laptop's
-- reader uses; screening_store: the results of a chunk (each replaces its case's
-- previous one); screening_done: the audit event of the run with its counts.
CREATE OR REPLACE FUNCTION cumuldesk_api.screening_cases()
RETURNS TABLE (case_id integer, case_reference text, person_id integer, insz text,
               birth_date date, region text, dossier_seq bigint, dossier_rows integer,
               screened_law integer, screened_seq bigint, screened_rows integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM cumuldesk_internal.require_supervisor();
    RETURN QUERY
        WITH open_persons AS (
            SELECT DISTINCT c.person_id FROM cases c WHERE c.status <> 'closed'
        ), parts AS (
            SELECT p.id AS pid, p.change_seq AS seq, 1::bigint AS n
            FROM persons p WHERE p.id IN (SELECT o.person_id FROM open_persons o)
            UNION ALL
            SELECT b.person_id, max(b.change_seq), count(*) FROM bob_periods b
            WHERE b.person_id IN (SELECT o.person_id FROM open_persons o) GROUP BY b.person_id
            UNION ALL
            SELECT d.person_id, max(d.change_seq), count(*) FROM ivt_it_decisions d
            WHERE d.person_id IN (SELECT o.person_id FROM open_persons o) GROUP BY d.person_id
            UNION ALL
            SELECT d.person_id, max(i.change_seq), count(*)
            FROM ivt_it_periods i JOIN ivt_it_decisions d ON d.id = i.decision_id
            WHERE d.person_id IN (SELECT o.person_id FROM open_persons o) GROUP BY d.person_id
            UNION ALL
            SELECT z.person_id, max(z.change_seq), count(*) FROM zorgtoeslag_points z
            WHERE z.person_id IN (SELECT o.person_id FROM open_persons o) GROUP BY z.person_id
        ), state AS (
            SELECT pid, max(seq) AS seq, sum(n)::integer AS n FROM parts GROUP BY pid
        )
        SELECT c.id, c.reference::text, c.person_id, p.insz::text, p.birth_date,
               p.region::text, coalesce(s.seq, 0), coalesce(s.n, 0),
               r.law_version, r.dossier_seq, r.dossier_rows
        FROM cases c
        JOIN persons p ON p.id = c.person_id
        LEFT JOIN state s ON s.pid = c.person_id
        LEFT JOIN screening_results r ON r.case_id = c.id
        WHERE c.status <> 'closed'
        ORDER BY c.id;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_api.screening_dossiers(p_person_ids integer[])
RETURNS TABLE (person_id integer, kind text, start_date date, end_date date, flag boolean,
               amount bigint, regulation text, points integer, pillar1 integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM cumuldesk_internal.require_supervisor();
    RETURN QUERY
        SELECT x.person_id, x.kind, x.start_date, x.end_date, x.flag, x.amount,
               x.regulation, x.points, x.pillar1
        FROM (
            SELECT b.person_id, 'bob'::text AS kind, b.start_date, b.end_date,
                   b.voluntary_switch AS flag, NULL::bigint AS amount, NULL::text AS regulation,
                   NULL::integer AS points, NULL::integer AS pillar1, 1 AS part, b.id AS row_id
            FROM bob_periods b WHERE b.person_id = ANY (coalesce(p_person_ids, '{}'))
            UNION ALL
            SELECT d.person_id, 'ivt', i.start_date, i.end_date, NULL, i.monthly_amount,
                   i.regulation::text, NULL, NULL, 2, i.id
            FROM ivt_it_periods i JOIN ivt_it_decisions d ON d.id = i.decision_id
            WHERE d.person_id = ANY (coalesce(p_person_ids, '{}')) AND d.superseded_at IS NULL
            UNION ALL
            SELECT z.person_id, 'zt', z.valid_from, NULL, NULL, NULL, NULL, z.points,
                   z.pillar1_points, 3, z.id
            FROM zorgtoeslag_points z WHERE z.person_id = ANY (coalesce(p_person_ids, '{}'))
        ) x
        ORDER BY x.person_id, x.part, x.start_date, x.row_id;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_api.screening_store(p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    given jsonb := coalesce(p_rows, '[]'::jsonb);
    stored integer;
BEGIN
    IF jsonb_typeof(given) <> 'array' THEN
        PERFORM cumuldesk_internal.refuse('the screening results are a list');
    END IF;
    BEGIN
        PERFORM count(*) FROM jsonb_populate_recordset(NULL::screening_results, given);
    EXCEPTION WHEN data_exception OR invalid_parameter_value THEN
        PERFORM cumuldesk_internal.refuse('a screening result holds a value that is not valid');
    END;
    IF EXISTS (SELECT 1 FROM jsonb_populate_recordset(NULL::screening_results, given) n
               WHERE NOT EXISTS (SELECT 1 FROM cases c
                                 WHERE c.id = n.case_id AND c.reference = n.case_reference)) THEN
        PERFORM cumuldesk_internal.refuse('a screening result is for a case that does not exist');
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_populate_recordset(NULL::screening_results, given) n
               GROUP BY n.case_id HAVING count(*) > 1) THEN
        PERFORM cumuldesk_internal.refuse('a case has two screening results');
    END IF;
    DELETE FROM screening_results r
    USING jsonb_populate_recordset(NULL::screening_results, given) n WHERE r.case_id = n.case_id;
    INSERT INTO screening_results
    SELECT * FROM jsonb_populate_recordset(NULL::screening_results, given);
    GET DIAGNOSTICS stored = ROW_COUNT;
    RETURN stored;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_api.screening_done(p_counts jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    counts jsonb := coalesce(p_counts, '{}'::jsonb);
    key text;
BEGIN
    IF jsonb_typeof(counts) <> 'object' THEN
        PERFORM cumuldesk_internal.refuse('the counts of a screening are whole numbers');
    END IF;
    FOR key IN SELECT jsonb_object_keys(counts) LOOP
        IF key NOT IN ('screened', 'renounce', 'ivt_it', 'not_applicable', 'failed',
                       'unchanged', 'cancelled', 'law_data_version')
           OR jsonb_typeof(counts -> key) <> 'number'
           OR NOT cumuldesk_internal.fits('count', counts -> key) THEN
            PERFORM cumuldesk_internal.refuse('the counts of a screening are whole numbers');
        END IF;
    END LOOP;
    PERFORM cumuldesk_internal.append_event(me.username, 'screening_run', NULL, counts);
END $$;

-- ================================================================== grants
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cumuldesk_internal FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.vsb_state(text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.vsb_import(text, text, jsonb, jsonb, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.purge(date, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.law_propose(text, text, text, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.law_import(text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.law_approve(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.law_reject(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.vsb_state(text[]) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.vsb_import(text, text, jsonb, jsonb, jsonb) TO cumuldesk_supervisor;
REVOKE ALL ON FUNCTION cumuldesk_api.vsb_answer_state(text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.vsb_answer_record(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.vsb_answer_state(text[]) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.vsb_answer_record(text, text, jsonb) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.purge(date, boolean) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.law_propose(text, text, text, text, text, text, text) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.law_import(text, jsonb) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.law_approve(integer) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.law_reject(integer, text) TO cumuldesk_supervisor;
REVOKE ALL ON FUNCTION cumuldesk_api.organisation_publish(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.organisation_publish(text, text, text, text) TO cumuldesk_supervisor;
REVOKE ALL ON FUNCTION cumuldesk_api.screening_cases() FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.screening_dossiers(integer[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.screening_store(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.screening_done(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.screening_cases() TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.screening_dossiers(integer[]) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.screening_store(jsonb) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.screening_done(jsonb) TO cumuldesk_supervisor;

-- ================================================================== monthly report
-- The monthly report (cumuldesk/services/monthly_report.py, issue 18): a supervisor reads
-- only their team's rows directly; this function counts over every team and returns
-- counts only (item, month 'YYYY-MM' in UTC, value; at_stake in cents), for the months
-- from p_first up to p_end (excluded). monthly_report_done: the audit event of an export.
CREATE OR REPLACE FUNCTION cumuldesk_api.monthly_report_counts(
    p_first date, p_end date, p_today date
) RETURNS TABLE (item text, month text, value bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    low timestamptz := p_first::timestamp AT TIME ZONE 'UTC';
    high timestamptz := p_end::timestamp AT TIME ZONE 'UTC';
BEGIN
    PERFORM cumuldesk_internal.require_supervisor();
    RETURN QUERY
        WITH vsb AS (
            SELECT to_char(v.imported_at AT TIME ZONE 'UTC', 'YYYY-MM') AS m, v.rows_total
            FROM vsb_imports v WHERE v.imported_at >= low AND v.imported_at < high
        ), scr AS (
            SELECT to_char(r.screened_at AT TIME ZONE 'UTC', 'YYYY-MM') AS m, r.verdict::text
                   AS verdict, r.conflict_months, r.at_stake
            FROM screening_results r WHERE r.screened_at >= low AND r.screened_at < high
        ), answered AS (
            SELECT c.answer::text AS answer, c.answer_date, c.deadline FROM cases c
        )
        SELECT 'vsb_files', v.m, count(*)::bigint FROM vsb v GROUP BY v.m
        UNION ALL
        SELECT 'vsb_persons', v.m, sum(v.rows_total)::bigint FROM vsb v GROUP BY v.m
        UNION ALL
        SELECT 'conflicts', s.m, count(*)::bigint FROM scr s WHERE s.conflict_months > 0
        GROUP BY s.m
        UNION ALL
        SELECT coalesce(s.verdict, 'no_verdict'), s.m, count(*)::bigint FROM scr s
        GROUP BY coalesce(s.verdict, 'no_verdict'), s.m
        UNION ALL
        SELECT 'at_stake', s.m, sum(s.at_stake)::bigint FROM scr s
        WHERE s.verdict = 'renounce' AND s.at_stake > 0 GROUP BY s.m
        UNION ALL
        SELECT 'proposals_sent', to_char(l.finalised_at AT TIME ZONE 'UTC', 'YYYY-MM'),
               count(*)::bigint
        FROM letters l
        WHERE l.kind = 'renunciation_proposal' AND l.finalised_at >= low AND l.finalised_at < high
        GROUP BY 2
        UNION ALL
        SELECT CASE a.answer WHEN 'accepted_renunciation' THEN 'accepted' ELSE 'refused' END,
               to_char(a.answer_date, 'YYYY-MM'), count(*)::bigint
        FROM answered a
        WHERE a.answer IN ('accepted_renunciation', 'refused')
          AND a.answer_date >= p_first AND a.answer_date < p_end
        GROUP BY 1, 2
        UNION ALL
        SELECT 'no_answer', to_char(a.deadline, 'YYYY-MM'), count(*)::bigint
        FROM answered a
        WHERE a.deadline >= p_first AND a.deadline < p_end AND a.deadline < p_today
          AND NOT (a.answer IS NOT NULL AND a.answer IN ('accepted_renunciation', 'refused')
                   AND a.answer_date IS NOT NULL AND a.answer_date <= a.deadline)
        GROUP BY 2;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_api.monthly_report_done(p_month text, p_counts jsonb)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_supervisor();
    counts jsonb := coalesce(p_counts, '{}'::jsonb);
    key text;
BEGIN
    IF p_month IS NULL OR p_month !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN
        PERFORM cumuldesk_internal.refuse('the month of a report is YYYY-MM');
    END IF;
    IF jsonb_typeof(counts) <> 'object' THEN
        PERFORM cumuldesk_internal.refuse('the counts of a report are whole numbers');
    END IF;
    FOR key IN SELECT jsonb_object_keys(counts) LOOP
        IF key NOT IN ('vsb_files', 'vsb_persons', 'conflicts', 'renounce', 'ivt_it',
                       'not_applicable', 'no_verdict', 'proposals_sent', 'accepted',
                       'refused', 'no_answer')
           OR jsonb_typeof(counts -> key) <> 'number'
           OR NOT cumuldesk_internal.fits('count', counts -> key) THEN
            PERFORM cumuldesk_internal.refuse('the counts of a report are whole numbers');
        END IF;
    END LOOP;
    PERFORM cumuldesk_internal.append_event(
        me.username, 'monthly_report', NULL, jsonb_build_object('month', p_month) || counts);
END $$;

REVOKE ALL ON FUNCTION cumuldesk_api.monthly_report_counts(date, date, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.monthly_report_done(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.monthly_report_counts(date, date, date) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.monthly_report_done(text, jsonb) TO cumuldesk_supervisor;
