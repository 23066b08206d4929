-- The group roles and the two schemas of the set-up (see __init__.py and docs/security.md).
-- Group roles cannot log in; each handler's login role (same name as the username) is a
-- member of cumuldesk_handler, a supervisor's of cumuldesk_supervisor as well. Neither
-- group holds CREATEROLE, CREATEDB or BYPASSRLS.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cumuldesk_handler') THEN
        CREATE ROLE cumuldesk_handler NOLOGIN NOCREATEROLE NOCREATEDB NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cumuldesk_supervisor') THEN
        CREATE ROLE cumuldesk_supervisor NOLOGIN NOCREATEROLE NOCREATEDB NOBYPASSRLS;
    END IF;
END $$;

CREATE SCHEMA IF NOT EXISTS cumuldesk_api;
CREATE SCHEMA IF NOT EXISTS cumuldesk_internal;

-- nobody but the owner may create objects or connect unless granted below
REVOKE ALL ON DATABASE {database} FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA cumuldesk_api FROM PUBLIC;
REVOKE ALL ON SCHEMA cumuldesk_internal FROM PUBLIC;
-- functions are executable by PUBLIC by default: not ours
ALTER DEFAULT PRIVILEGES IN SCHEMA cumuldesk_api REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA cumuldesk_internal REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- The signed-in handler's row (session_user: a SET ROLE does not change it), for the
-- policies and the functions. Closed accounts have none.
CREATE OR REPLACE FUNCTION cumuldesk_internal.me() RETURNS handlers
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT * FROM handlers WHERE username = session_user::text AND active
$$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.my_team() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT team FROM handlers WHERE username = session_user::text AND active
$$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.i_am_supervisor() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(
        (SELECT role = 'supervisor' FROM handlers WHERE username = session_user::text AND active),
        false)
$$;

-- The refusal every function raises when the caller is not an active handler.
CREATE OR REPLACE FUNCTION cumuldesk_internal.require_handler() RETURNS handlers
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    found handlers;
BEGIN
    SELECT * INTO found FROM handlers WHERE username = session_user::text AND active;
    IF found.id IS NULL THEN
        RAISE EXCEPTION 'not an active handler' USING ERRCODE = '42501';
    END IF;
    RETURN found;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.require_supervisor() RETURNS handlers
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    found handlers := cumuldesk_internal.require_handler();
BEGIN
    IF found.role <> 'supervisor' THEN
        RAISE EXCEPTION 'for supervisors only' USING ERRCODE = '42501';
    END IF;
    RETURN found;
END $$;

-- HMAC-SHA-256 (RFC 2104) with the core sha256(): no extension needed.
CREATE OR REPLACE FUNCTION cumuldesk_internal.hmac_sha256(p_key bytea, p_message bytea)
RETURNS bytea LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k bytea := p_key;
    inner_pad bytea;
    outer_pad bytea;
BEGIN
    IF length(k) > 64 THEN
        k := sha256(k);
    END IF;
    k := k || decode(repeat('00', 64 - length(k)), 'hex');
    inner_pad := k;
    outer_pad := k;
    FOR i IN 0..63 LOOP
        inner_pad := set_byte(inner_pad, i, get_byte(k, i) # 54);
        outer_pad := set_byte(outer_pad, i, get_byte(k, i) # 92);
    END LOOP;
    RETURN sha256(outer_pad || sha256(inner_pad || p_message));
END $$;
