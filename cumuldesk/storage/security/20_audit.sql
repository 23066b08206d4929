-- The audit chain computed on the server (docs/audit-integrity.md).
--
-- Every audit event a handler's laptop causes is appended by
-- cumuldesk_internal.append_event, called by the owner's SECURITY DEFINER functions
-- (record_event, push_item, open_dossier, the accounts functions...). It numbers the
-- event, stamps it with the server's clock, links it to the previous event and computes
-- its hash here: a laptop chooses none of these. It refuses to append to a chain whose
-- head (settings 'audit_head': the newest number and hash, kept apart) does not match
-- the last event, so that events cut off the end are never covered over by new ones.
--
-- The hash (format v2) is SHA-256 over the UTF-8 bytes of the JSON array
--   ["cumuldesk-audit-v2",seq,"at","actor","action",subject|null,"details","prev_hash"]
-- with ',' and ':' separators and no spaces, strings escaped as to_json() escapes them
-- (", \, \b \f \n \r \t, other characters below U+0020 as \u00xx, everything else as
-- is) and `at` as UTC text with microseconds (2026-11-23T09:00:00.000000). Python's
-- cumuldesk.storage.audit.event_hash computes the same bytes (json.dumps with
-- ensure_ascii=False), so `cumuldesk audit verify` checks events written by either.
-- The database must be UTF8 (the default of `initdb -E UTF8` and of Debian's clusters).
--
-- No extension is needed: sha256() is core, HMAC-SHA-256 is cumuldesk_internal.hmac_sha256
-- (10_roles.sql), random key material comes from gen_random_uuid() (core since 13, drawn
-- from the server's strong random source).
--
-- This file can be run again (CREATE OR REPLACE).

-- ------------------------------------------------------------------ the pseudonym
-- The installation's pseudonymisation key (settings 'audit_pseudonym_key', 64 hex), made
-- once if missing. Handlers cannot read settings; only the owner's functions use it.
CREATE OR REPLACE FUNCTION cumuldesk_internal.pseudonym_key() RETURNS bytea
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    stored text;
BEGIN
    SELECT value INTO stored FROM settings WHERE key = 'audit_pseudonym_key';
    IF stored IS NULL THEN
        INSERT INTO settings (key, value)
        VALUES ('audit_pseudonym_key', encode(sha256(convert_to(
            gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text
            || clock_timestamp()::text, 'UTF8')), 'hex'))
        ON CONFLICT (key) DO NOTHING;
        SELECT value INTO stored FROM settings WHERE key = 'audit_pseudonym_key';
    END IF;
    RETURN decode(stored, 'hex');
END $$;

-- The pseudonym of a person: HMAC-SHA-256 of the INSZ under the key, 32 hex; equal to
-- cumuldesk.storage.audit.pseudonym(key, insz).
CREATE OR REPLACE FUNCTION cumuldesk_internal.pseudonym(p_insz text) RETURNS text
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT left(encode(cumuldesk_internal.hmac_sha256(
        cumuldesk_internal.pseudonym_key(), convert_to(p_insz, 'UTF8')), 'hex'), 32)
$$;

-- ------------------------------------------------------------------ the chain
-- `at` as the chain hashes it: UTC, microseconds, no zone suffix.
CREATE OR REPLACE FUNCTION cumuldesk_internal.audit_at_text(p_at timestamptz) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')
$$;

-- The hash of an event (format v2, see the top of this file).
CREATE OR REPLACE FUNCTION cumuldesk_internal.audit_event_hash(
    p_prev_hash text, p_seq bigint, p_at timestamptz, p_actor text, p_action text,
    p_subject text, p_details text
) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT encode(sha256(convert_to(
        '[' || to_json('cumuldesk-audit-v2'::text)::text
        || ',' || p_seq::text
        || ',' || to_json(cumuldesk_internal.audit_at_text(p_at))::text
        || ',' || to_json(p_actor)::text
        || ',' || to_json(p_action)::text
        || ',' || coalesce(to_json(p_subject)::text, 'null')
        || ',' || to_json(p_details)::text
        || ',' || to_json(p_prev_hash)::text
        || ']', 'UTF8')), 'hex')
$$;

-- Why the chain cannot be appended to (NULL when it can): the head must name the last
-- event, number and hash. The same rules as cumuldesk.storage.audit.cut_in.
CREATE OR REPLACE FUNCTION cumuldesk_internal.audit_cut(
    p_head text, p_last_seq bigint, p_last_hash text
) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    head_seq bigint;
    head_hash text;
BEGIN
    IF p_head IS NULL THEN
        IF p_last_seq IS NULL THEN
            RETURN NULL;  -- an empty trail
        END IF;
        RETURN format('its head (the number and hash of its newest event, kept apart) is '
                      'missing, while it holds events up to %s', p_last_seq);
    END IF;
    head_seq := nullif(split_part(p_head, ':', 1), '')::bigint;
    head_hash := split_part(p_head, ':', 2);
    IF p_last_seq IS NULL OR head_seq > p_last_seq THEN
        RETURN format('%s removed from its end (its head is event %s, its last event %s)',
                      CASE WHEN coalesce(p_last_seq, 0) + 1 = head_seq
                           THEN format('event %s', head_seq)
                           ELSE format('events %s to %s', coalesce(p_last_seq, 0) + 1, head_seq)
                      END,
                      head_seq, coalesce(p_last_seq::text, 'none'));
    END IF;
    IF head_seq < p_last_seq THEN
        RETURN format('%s added after its head (event %s) without moving it',
                      CASE WHEN head_seq + 1 = p_last_seq THEN format('event %s', p_last_seq)
                           ELSE format('events %s to %s', head_seq + 1, p_last_seq)
                      END,
                      head_seq);
    END IF;
    IF head_hash IS DISTINCT FROM p_last_hash THEN
        RETURN format('its last event %s was replaced (it no longer matches the head)',
                      p_last_seq);
    END IF;
    RETURN NULL;
EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
    RETURN 'its head (the number and hash of its newest event, kept apart) is unreadable';
END $$;

-- Append one event: numbered, timed and hashed here, under the advisory lock that also
-- serialises Python's writers of the trail and the change sequence (migration 0003).
-- Owner-only: the SECURITY DEFINER functions of the other files call it with the
-- signed-in handler as actor, after checking the kind and details. SQLSTATE CDCUT
-- (cumuldesk.storage.audit.CUT_SQLSTATE) when the chain is cut.
CREATE OR REPLACE FUNCTION cumuldesk_internal.append_event(
    p_actor text, p_action text, p_subject text, p_details jsonb
) RETURNS public.audit_events
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    last_seq bigint;
    last_hash text;
    head text;
    cut text;
    event audit_events;
BEGIN
    PERFORM pg_advisory_xact_lock(1129663829);  -- 0x43554D55, cumuldesk.storage.audit._PG_LOCK
    SELECT seq, hash INTO last_seq, last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
    SELECT value INTO head FROM settings WHERE key = 'audit_head';
    cut := cumuldesk_internal.audit_cut(head, last_seq, last_hash);
    IF cut IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'CDCUT',
            MESSAGE = format('the audit trail is cut: %s; nothing more is recorded: an '
                             'administrator must first restore the missing events from a '
                             'backup or accept the cut (cumuldesk audit accept-cut, see '
                             'docs/audit-integrity.md)', cut);
    END IF;
    event.seq := coalesce(last_seq, 0) + 1;
    event.at := clock_timestamp();
    event.actor := p_actor;
    event.action := p_action;
    event.subject := p_subject;
    event.details := coalesce(p_details, '{}'::jsonb)::text;
    event.prev_hash := coalesce(last_hash, repeat('0', 64));
    event.hash := cumuldesk_internal.audit_event_hash(
        event.prev_hash, event.seq, event.at, event.actor, event.action, event.subject,
        event.details);
    INSERT INTO audit_events (seq, at, actor, action, subject, details, prev_hash, hash)
    VALUES (event.seq, event.at, event.actor, event.action, event.subject, event.details,
            event.prev_hash, event.hash);
    INSERT INTO settings (key, value) VALUES ('audit_head', event.seq || ':' || event.hash)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    RETURN event;
END $$;

-- ------------------------------------------------------------------ for verification
-- The head of the trail, for a supervisor's `cumuldesk audit verify --central`
-- (supervisors read audit_events, but not settings: it holds the pseudonym key).
CREATE OR REPLACE FUNCTION cumuldesk_api.audit_head(OUT seq bigint, OUT hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    stored text;
BEGIN
    PERFORM cumuldesk_internal.require_supervisor();
    SELECT value INTO stored FROM settings WHERE key = 'audit_head';
    IF stored IS NOT NULL THEN
        seq := nullif(split_part(stored, ':', 1), '')::bigint;
        hash := split_part(stored, ':', 2);
    END IF;
END $$;

-- Every finalised letter (of every team) with the hash of its content as it is now, for
-- the same verification; the content itself (personal data) stays on the server.
CREATE OR REPLACE FUNCTION cumuldesk_api.audit_letters()
RETURNS TABLE (id integer, case_reference text, finalised_at timestamptz,
               content_sha256 text, current_sha256 text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM cumuldesk_internal.require_supervisor();
    RETURN QUERY
        SELECT l.id, c.reference::text, l.finalised_at, l.content_sha256::text,
               encode(sha256(convert_to(l.content, 'UTF8')), 'hex')
        FROM letters l JOIN cases c ON c.id = l.case_id
        WHERE l.finalised_at IS NOT NULL
        ORDER BY l.id;
END $$;

REVOKE ALL ON FUNCTION cumuldesk_internal.pseudonym_key() FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_internal.pseudonym(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_internal.audit_at_text(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_internal.audit_event_hash(text, bigint, timestamptz, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_internal.audit_cut(text, bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_internal.append_event(text, text, text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.audit_head() FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.audit_letters() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.audit_head() TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.audit_letters() TO cumuldesk_supervisor;
