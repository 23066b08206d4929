-- What every handler may call (schema cumuldesk_api). Each function runs as the owner
-- (SECURITY DEFINER, search_path pinned), finds the caller by session_user and checks
-- everything itself: a handler has no INSERT, UPDATE or DELETE on any table.
-- See docs/security.md.

-- ------------------------------------------------------------------ event kinds
-- Which audit events a laptop may write and the shape of their details: copied from
-- cumuldesk/storage/audit_kinds.py by `cumuldesk central setup` after this file runs.
CREATE TABLE IF NOT EXISTS cumuldesk_internal.event_kinds (
    action text PRIMARY KEY,
    details jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS cumuldesk_internal.event_shapes (
    shape text PRIMARY KEY,
    pattern text
);

-- The dossiers a handler fetched through open_dossier (outside their team's cases): what
-- row-level security lets them read for the next 30 days (the cache forgets a dossier
-- not opened for 30 days too). Refreshed by every look-up.
CREATE TABLE IF NOT EXISTS cumuldesk_internal.dossier_access (
    username text NOT NULL,
    person_id integer NOT NULL REFERENCES public.persons (id) ON DELETE CASCADE,
    opened_at timestamptz NOT NULL,
    PRIMARY KEY (username, person_id)
);
CREATE INDEX IF NOT EXISTS ix_dossier_access_person ON cumuldesk_internal.dossier_access (person_id);

CREATE OR REPLACE FUNCTION cumuldesk_internal.refuse(p_message text) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = p_message;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.fits(p_shape text, p_value jsonb) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    pattern text;
    item jsonb;
    entry record;
BEGIN
    IF p_value IS NULL OR jsonb_typeof(p_value) = 'null' THEN
        RETURN true;
    END IF;
    IF p_shape = 'count' THEN
        RETURN jsonb_typeof(p_value) = 'number'
            AND (p_value #>> '{}')::numeric = trunc((p_value #>> '{}')::numeric)
            AND (p_value #>> '{}')::numeric BETWEEN 0 AND 999999999999;
    ELSIF p_shape = 'bool' THEN
        RETURN jsonb_typeof(p_value) = 'boolean';
    END IF;
    SELECT s.pattern INTO pattern FROM cumuldesk_internal.event_shapes s WHERE s.shape = p_shape;
    IF pattern IS NULL THEN
        RETURN false;
    END IF;
    IF p_shape = 'codes' THEN
        IF jsonb_typeof(p_value) <> 'array' OR jsonb_array_length(p_value) > 64 THEN
            RETURN false;
        END IF;
        FOR item IN SELECT * FROM jsonb_array_elements(p_value) LOOP
            IF jsonb_typeof(item) <> 'string' OR (item #>> '{}') !~ pattern THEN
                RETURN false;
            END IF;
        END LOOP;
        RETURN true;
    ELSIF p_shape = 'counts' THEN
        IF jsonb_typeof(p_value) <> 'object' THEN
            RETURN false;
        END IF;
        FOR entry IN SELECT * FROM jsonb_each(p_value) LOOP
            IF entry.key !~ pattern OR NOT cumuldesk_internal.fits('count', entry.value) THEN
                RETURN false;
            END IF;
        END LOOP;
        RETURN true;
    END IF;
    RETURN jsonb_typeof(p_value) = 'string' AND (p_value #>> '{}') ~ pattern;
END $$;

-- The details of an event a laptop writes, checked against its kind (refused otherwise).
CREATE OR REPLACE FUNCTION cumuldesk_internal.checked_details(p_action text, p_details jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    allowed jsonb;
    entry record;
    details jsonb := coalesce(p_details, '{}'::jsonb);
BEGIN
    SELECT k.details INTO allowed FROM cumuldesk_internal.event_kinds k WHERE k.action = p_action;
    IF allowed IS NULL THEN
        PERFORM cumuldesk_internal.refuse('audit events of this kind are not written by a laptop');
    END IF;
    IF jsonb_typeof(details) <> 'object' THEN
        PERFORM cumuldesk_internal.refuse('the details of an audit event must be an object');
    END IF;
    FOR entry IN SELECT * FROM jsonb_each(details) LOOP
        IF NOT allowed ? entry.key THEN
            PERFORM cumuldesk_internal.refuse(
                format('audit events %s have no detail %s', p_action, left(entry.key, 40)));
        END IF;
        IF NOT cumuldesk_internal.fits(allowed ->> entry.key, entry.value) THEN
            PERFORM cumuldesk_internal.refuse(
                format('the detail %s of an audit event %s is out of shape', entry.key, p_action));
        END IF;
    END LOOP;
    RETURN details;
END $$;

-- The pseudonym of the person an event is about: computed here from the INSZ the laptop
-- sends (the key never leaves the server). A pseudonym made by an older cache (32 hex)
-- is kept as it was.
CREATE OR REPLACE FUNCTION cumuldesk_internal.subject_of(p_insz text, p_subject text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_insz IS NOT NULL THEN
        IF p_insz !~ '^[0-9]{11}$' THEN
            PERFORM cumuldesk_internal.refuse('the subject of an audit event must be an INSZ');
        END IF;
        RETURN cumuldesk_internal.pseudonym(p_insz);
    END IF;
    IF p_subject IS NOT NULL THEN
        IF p_subject !~ '^[0-9a-f]{32}$' THEN
            PERFORM cumuldesk_internal.refuse('the subject of an audit event must be a pseudonym');
        END IF;
        RETURN p_subject;
    END IF;
    RETURN NULL;
END $$;

-- ------------------------------------------------------------------ record_event
-- An event of the signed-in handler's own work, written online (sign-in, sync, refusals,
-- cache fills...). The actor is the caller; the kind and details are checked.
CREATE OR REPLACE FUNCTION cumuldesk_api.record_event(
    p_action text, p_insz text, p_subject text, p_details jsonb
) RETURNS public.audit_events
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_handler();
BEGIN
    RETURN cumuldesk_internal.append_event(
        me.username,
        p_action,
        cumuldesk_internal.subject_of(p_insz, p_subject),
        cumuldesk_internal.checked_details(p_action, p_details)
    );
END $$;

-- ------------------------------------------------------------------ central_identity
-- A keyed hash that names this central database (a cache filled from one database is not
-- synced with another); reveals nothing of the key.
CREATE OR REPLACE FUNCTION cumuldesk_api.central_identity() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_handler();
    key_hex text;
BEGIN
    SELECT value INTO key_hex FROM settings WHERE key = 'audit_pseudonym_key';
    IF key_hex IS NULL THEN
        PERFORM cumuldesk_internal.refuse('the central database has no key yet: run cumuldesk central setup');
    END IF;
    RETURN left(encode(cumuldesk_internal.hmac_sha256(
        decode(key_hex, 'hex'), convert_to('CumulDesk central identity v1', 'UTF8')), 'hex'), 32);
END $$;

-- ------------------------------------------------------------------ open_dossier
-- Look a person up by INSZ: the dossier_opened event is written here, in the same
-- transaction that lets this handler read the dossier (for 30 days). NULL when the
-- central database has no such person (also audited: a look-up is an access).
CREATE OR REPLACE FUNCTION cumuldesk_api.open_dossier(p_insz text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_handler();
    found integer;
BEGIN
    IF p_insz IS NULL OR p_insz !~ '^[0-9]{11}$' THEN
        PERFORM cumuldesk_internal.refuse('an INSZ has 11 digits');
    END IF;
    SELECT id INTO found FROM persons WHERE insz = p_insz;
    PERFORM cumuldesk_internal.append_event(
        me.username, 'dossier_opened', cumuldesk_internal.subject_of(p_insz, NULL),
        jsonb_build_object('source', 'central', 'found', found IS NOT NULL));
    IF found IS NOT NULL THEN
        INSERT INTO cumuldesk_internal.dossier_access (username, person_id, opened_at)
        VALUES (me.username, found, clock_timestamp())
        ON CONFLICT (username, person_id) DO UPDATE SET opened_at = EXCLUDED.opened_at;
    END IF;
    RETURN found;
END $$;

-- ------------------------------------------------------------------ push_item
-- One outbox item of the caller's cache, applied exactly once (its key is kept in
-- sync_receipts with the outcome) in the caller's transaction. Returns
-- {"outcome": "applied"|"conflict"|"rejected", "result": {...}, "already": bool}.
-- The same contract as cumuldesk/sync/push.py applies on the embedded SQLite database.

CREATE OR REPLACE FUNCTION cumuldesk_internal.clamped(p_text text, p_now timestamptz)
RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
DECLARE
    moment timestamptz;
BEGIN
    IF p_text IS NULL THEN
        RETURN NULL;
    END IF;
    moment := p_text::timestamptz;
    RETURN least(moment, p_now);
EXCEPTION WHEN others THEN
    PERFORM cumuldesk_internal.refuse('a time in this change is not a valid time');
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.utc_text(p_moment timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(p_moment AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00'
$$;

-- The case, when it exists and belongs to the caller's team (refused otherwise).
CREATE OR REPLACE FUNCTION cumuldesk_internal.own_case(p_me handlers, p_case_id text)
RETURNS cases
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    found cases;
BEGIN
    IF p_case_id IS NULL OR p_case_id !~ '^[0-9]{1,9}$' THEN
        PERFORM cumuldesk_internal.refuse('the change names no case');
    END IF;
    SELECT * INTO found FROM cases WHERE id = p_case_id::integer;
    IF found.id IS NULL THEN
        PERFORM cumuldesk_internal.refuse('the case no longer exists in the central database');
    END IF;
    IF found.team IS DISTINCT FROM p_me.team THEN
        PERFORM cumuldesk_internal.refuse(
            'the case belongs to another team: only a handler of its team may change it');
    END IF;
    RETURN found;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.case_theirs(p_case cases) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'status', p_case.status,
        'answer', p_case.answer,
        'answer_date', p_case.answer_date::text,
        'proposal_sent_on', p_case.proposal_sent_on::text,
        'deadline', p_case.deadline::text,
        'change_seq', p_case.change_seq,
        'updated_at', cumuldesk_internal.utc_text(p_case.updated_at))
$$;

-- The case rules a change must keep (whoever makes it).
CREATE OR REPLACE FUNCTION cumuldesk_internal.check_case(p_case cases) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_case.status NOT IN ('new', 'in_review', 'proposal_to_send', 'waiting_for_answer',
                             'answered', 'closed') THEN
        PERFORM cumuldesk_internal.refuse('unknown case status');
    END IF;
    IF p_case.answer IS NOT NULL
       AND p_case.answer NOT IN ('accepted_renunciation', 'refused', 'no_answer') THEN
        PERFORM cumuldesk_internal.refuse('unknown answer');
    END IF;
    IF p_case.proposal_sent_on IS NOT NULL THEN
        IF p_case.proposal_sent_on < p_case.application_date THEN
            PERFORM cumuldesk_internal.refuse('a proposal cannot be sent before the application');
        END IF;
        IF p_case.proposal_sent_on > current_date THEN
            PERFORM cumuldesk_internal.refuse('a proposal cannot be sent in the future');
        END IF;
    END IF;
    IF p_case.answer IS NOT NULL AND p_case.proposal_sent_on IS NULL THEN
        PERFORM cumuldesk_internal.refuse(
            'an answer needs a renunciation proposal that was sent');
    END IF;
    IF p_case.answer_date IS NOT NULL THEN
        IF p_case.answer IS NULL THEN
            PERFORM cumuldesk_internal.refuse('an answer date needs an answer');
        END IF;
        IF p_case.answer_date < p_case.application_date THEN
            PERFORM cumuldesk_internal.refuse('an answer date cannot be before the application');
        END IF;
        IF p_case.answer_date < p_case.proposal_sent_on THEN
            PERFORM cumuldesk_internal.refuse('an answer date cannot be before the proposal was sent');
        END IF;
        IF p_case.answer_date > current_date THEN
            PERFORM cumuldesk_internal.refuse('an answer date cannot be in the future');
        END IF;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.push_note(p_me handlers, p jsonb, p_now timestamptz)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    target cases := cumuldesk_internal.own_case(p_me, p ->> 'case_id');
    body text := p ->> 'text';
    new_id integer;
BEGIN
    IF body IS NULL OR btrim(body) = '' OR length(body) > 20000 THEN
        PERFORM cumuldesk_internal.refuse('a note has text, at most 20,000 characters');
    END IF;
    INSERT INTO notes (case_id, author_id, created_at, text)
    VALUES (target.id, p_me.id,
            coalesce(cumuldesk_internal.clamped(p ->> 'created_at', p_now), p_now), body)
    RETURNING id INTO new_id;
    RETURN jsonb_build_object('id', new_id,
        'change_seq', (SELECT change_seq FROM notes WHERE id = new_id),
        'row', (SELECT to_jsonb(n) FROM notes n WHERE n.id = new_id));
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.push_letter(p_me handlers, p jsonb, p_now timestamptz)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    target cases := cumuldesk_internal.own_case(p_me, p ->> 'case_id');
    body text := p ->> 'content';
    finalised timestamptz := cumuldesk_internal.clamped(p ->> 'finalised_at', p_now);
    digest text := p ->> 'content_sha256';
    actual text;
    new_id integer;
    person_insz text;
BEGIN
    IF coalesce(p ->> 'kind', '') NOT IN ('renunciation_proposal', 'advice_note') THEN
        PERFORM cumuldesk_internal.refuse('unknown kind of letter');
    END IF;
    IF coalesce(p ->> 'language', '') NOT IN ('nl', 'fr', 'de') THEN
        PERFORM cumuldesk_internal.refuse('a letter is in Dutch, French or German');
    END IF;
    IF body IS NULL OR btrim(body) = '' OR length(body) > 2000000 THEN
        PERFORM cumuldesk_internal.refuse('a letter has content, at most 2,000,000 characters');
    END IF;
    IF digest IS NOT NULL AND digest !~ '^[0-9a-f]{64}$' THEN
        PERFORM cumuldesk_internal.refuse('the letter does not match its content hash');
    END IF;
    IF finalised IS NOT NULL THEN
        actual := encode(sha256(convert_to(body, 'UTF8')), 'hex');
        IF digest IS NOT NULL AND digest <> actual THEN
            PERFORM cumuldesk_internal.refuse('the letter does not match its content hash');
        END IF;
        digest := actual;
    END IF;
    INSERT INTO letters (case_id, kind, language, author_id, created_at, finalised_at, content,
                         content_sha256)
    VALUES (target.id, p ->> 'kind', p ->> 'language', p_me.id,
            coalesce(cumuldesk_internal.clamped(p ->> 'created_at', p_now), p_now),
            finalised, body, digest)
    RETURNING id INTO new_id;
    IF finalised IS NOT NULL THEN
        SELECT insz INTO person_insz FROM persons WHERE id = target.person_id;
        PERFORM cumuldesk_internal.append_event(
            p_me.username, 'letter_finalised', cumuldesk_internal.pseudonym(person_insz),
            jsonb_build_object('letter', new_id, 'case', target.reference,
                               'kind', p ->> 'kind', 'content_sha256', digest));
    END IF;
    RETURN jsonb_build_object('id', new_id,
        'change_seq', (SELECT change_seq FROM letters WHERE id = new_id),
        'row', (SELECT to_jsonb(l) FROM letters l WHERE l.id = new_id));
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.push_case(p_me handlers, p jsonb, p_now timestamptz)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    target cases := cumuldesk_internal.own_case(p_me, p ->> 'case_id');
    changes jsonb := p -> 'changes';
    name text;
BEGIN
    IF coalesce(p ->> 'base_seq', '') !~ '^[0-9]{1,18}$' THEN
        PERFORM cumuldesk_internal.refuse('the change does not say which version it is based on');
    END IF;
    IF target.change_seq <> (p ->> 'base_seq')::bigint THEN
        RETURN jsonb_build_object('outcome', 'conflict',
            'result', jsonb_build_object('case_id', target.id, 'change_seq', target.change_seq,
                                         'theirs', cumuldesk_internal.case_theirs(target)));
    END IF;
    IF changes IS NULL OR jsonb_typeof(changes) <> 'object' THEN
        PERFORM cumuldesk_internal.refuse('the change holds no case fields');
    END IF;
    FOR name IN SELECT jsonb_object_keys(changes) LOOP
        IF name NOT IN ('status', 'answer', 'answer_date', 'proposal_sent_on', 'deadline') THEN
            PERFORM cumuldesk_internal.refuse('a handler cannot change this case field');
        END IF;
    END LOOP;
    BEGIN
        IF changes ? 'status' THEN target.status := changes ->> 'status'; END IF;
        IF changes ? 'answer' THEN target.answer := changes ->> 'answer'; END IF;
        IF changes ? 'answer_date' THEN target.answer_date := (changes ->> 'answer_date')::date; END IF;
        IF changes ? 'proposal_sent_on' THEN
            target.proposal_sent_on := (changes ->> 'proposal_sent_on')::date;
        END IF;
        IF changes ? 'deadline' THEN target.deadline := (changes ->> 'deadline')::date; END IF;
    EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow
              OR string_data_right_truncation THEN
        PERFORM cumuldesk_internal.refuse('a value of this change is not valid');
    END;
    IF target.status IS NULL THEN
        PERFORM cumuldesk_internal.refuse('a case always has a status');
    END IF;
    PERFORM cumuldesk_internal.check_case(target);
    UPDATE cases
    SET status = target.status, answer = target.answer, answer_date = target.answer_date,
        proposal_sent_on = target.proposal_sent_on, deadline = target.deadline,
        updated_at = p_now
    WHERE id = target.id;
    RETURN jsonb_build_object('outcome', 'applied',
        'result', jsonb_build_object('case_id', target.id,
            'change_seq', (SELECT change_seq FROM cases WHERE id = target.id)));
END $$;

-- Whether the handler may read this person (as the policies of 60_policies.sql say it),
-- for one person: cheaper than the whole visible set.
CREATE OR REPLACE FUNCTION cumuldesk_internal.person_visible(p_me handlers, p_person integer)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM cases WHERE person_id = p_person AND team = p_me.team)
        OR EXISTS (SELECT 1 FROM cumuldesk_internal.dossier_access a
                   WHERE a.person_id = p_person AND a.username = p_me.username
                     AND a.opened_at > clock_timestamp() - interval '30 days')
$$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.push_audit(p_me handlers, p jsonb, p_now timestamptz)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    action text := p ->> 'action';
    details jsonb := cumuldesk_internal.checked_details(action, p -> 'details');
    local_at timestamptz := cumuldesk_internal.clamped(p ->> 'at', p_now);
    event audit_events;
    person_insz text;
BEGIN
    details := details || jsonb_build_object(
        'origin', 'local cache',
        'local_at', cumuldesk_internal.utc_text(coalesce(local_at, p_now)));
    IF p ? 'person_id' AND jsonb_typeof(p -> 'person_id') <> 'null' THEN
        -- the person the event is about, by central id: one this handler may read
        IF coalesce(p ->> 'person_id', '') !~ '^[0-9]{1,9}$'
           OR NOT cumuldesk_internal.person_visible(p_me, (p ->> 'person_id')::integer) THEN
            PERFORM cumuldesk_internal.refuse('the person of this event is not one you may read');
        END IF;
        SELECT insz INTO person_insz FROM persons WHERE id = (p ->> 'person_id')::integer;
    END IF;
    event := cumuldesk_internal.append_event(
        p_me.username, action,
        cumuldesk_internal.subject_of(person_insz, CASE WHEN person_insz IS NULL
                                                      THEN p ->> 'subject' END),
        details);
    RETURN jsonb_build_object('seq', event.seq);
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_api.push_item(p_key text, p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me handlers := cumuldesk_internal.require_handler();
    now_ timestamptz;
    receipt sync_receipts;
    answer jsonb;
    outcome text := 'applied';
    result jsonb;
    current_case cases;
BEGIN
    IF p_key IS NULL OR p_key !~ '^[A-Za-z0-9-]{8,64}$' THEN
        PERFORM cumuldesk_internal.refuse('an outbox item has a key of 8 to 64 letters or digits');
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('note', 'letter', 'case', 'audit') THEN
        PERFORM cumuldesk_internal.refuse('unknown kind of outbox item');
    END IF;
    -- the change-sequence lock first, as every writer of synced rows and of the trail
    PERFORM cumuldesk_change_seq();
    now_ := clock_timestamp();
    SELECT * INTO receipt FROM sync_receipts WHERE key = p_key;
    IF receipt.key IS NOT NULL THEN
        IF receipt.handler <> me.username THEN
            PERFORM cumuldesk_internal.refuse('this outbox key was used by another handler');
        END IF;
        result := receipt.result::jsonb;
        IF receipt.outcome = 'conflict' AND result ? 'case_id' THEN
            SELECT * INTO current_case FROM cases WHERE id = (result ->> 'case_id')::integer;
            IF current_case.id IS NULL THEN
                RETURN jsonb_build_object('outcome', 'rejected', 'already', true,
                    'result', jsonb_build_object('reason',
                        'the case no longer exists in the central database'));
            END IF;
            result := result || jsonb_build_object('change_seq', current_case.change_seq,
                'theirs', cumuldesk_internal.case_theirs(current_case));
        END IF;
        RETURN jsonb_build_object('outcome', receipt.outcome, 'result', result, 'already', true);
    END IF;
    BEGIN
        IF p_payload IS NULL OR jsonb_typeof(p_payload) <> 'object' THEN
            PERFORM cumuldesk_internal.refuse('an outbox item carries an object');
        END IF;
        IF p_kind = 'note' THEN
            result := cumuldesk_internal.push_note(me, p_payload, now_);
        ELSIF p_kind = 'letter' THEN
            result := cumuldesk_internal.push_letter(me, p_payload, now_);
        ELSIF p_kind = 'audit' THEN
            result := cumuldesk_internal.push_audit(me, p_payload, now_);
        ELSE
            answer := cumuldesk_internal.push_case(me, p_payload, now_);
            outcome := answer ->> 'outcome';
            result := answer -> 'result';
        END IF;
    EXCEPTION
        WHEN raise_exception THEN
            outcome := 'rejected';
            result := jsonb_build_object('reason', SQLERRM);
        WHEN check_violation OR not_null_violation OR foreign_key_violation
             OR unique_violation OR data_exception OR string_data_right_truncation THEN
            outcome := 'rejected';
            result := jsonb_build_object('reason',
                format('the central database refused this change (%s)', SQLSTATE));
    END;
    INSERT INTO sync_receipts (key, handler, kind, applied_at, outcome, result)
    VALUES (p_key, me.username, p_kind, now_, outcome, (result - 'theirs' - 'row')::text);
    RETURN jsonb_build_object('outcome', outcome, 'result', result, 'already', false);
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cumuldesk_internal FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.record_event(text, text, text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.central_identity() FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.open_dossier(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.push_item(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.record_event(text, text, text, jsonb) TO cumuldesk_handler;
GRANT EXECUTE ON FUNCTION cumuldesk_api.central_identity() TO cumuldesk_handler;
GRANT EXECUTE ON FUNCTION cumuldesk_api.open_dossier(text) TO cumuldesk_handler;
GRANT EXECUTE ON FUNCTION cumuldesk_api.push_item(text, text, jsonb) TO cumuldesk_handler;
