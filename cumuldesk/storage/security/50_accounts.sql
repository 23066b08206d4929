-- Handler accounts and their PostgreSQL login roles (docs/security.md).
--
-- Each handler signs in with their own login role, named like the username, a member of
-- cumuldesk_handler (and of cumuldesk_supervisor for a supervisor). Roles are made,
-- closed and given a new password only through these functions, which run as the
-- administrator's role (it owns them and may create roles). No handler or supervisor
-- role holds CREATEROLE: in PostgreSQL 15 that would let a supervisor grant themselves
-- the owner's role.
--
-- Passwords never reach the server in clear: the laptop sends a SCRAM-SHA-256 verifier
-- made by libpq (PQencryptPasswordConn), which PostgreSQL stores as it is.
--
-- Callers: a supervisor (a handler row with role 'supervisor', active), or the
-- administrator's own connection (the owner: `cumuldesk handler first-supervisor
-- --admin-url`, `cumuldesk demo-data --admin-url`).

CREATE OR REPLACE FUNCTION cumuldesk_internal.account_actor() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF session_user::text = (SELECT pg_get_userbyid(datdba) FROM pg_database
                             WHERE datname = current_database()) THEN
        RETURN session_user::text;
    END IF;
    RETURN (cumuldesk_internal.require_supervisor()).username;
END $$;

-- A role name CumulDesk may manage: a username, not one of PostgreSQL's or ours, and,
-- when it exists already, a plain login role that is one of our handlers' (never the
-- administrator, a superuser or a role with any other power).
CREATE OR REPLACE FUNCTION cumuldesk_internal.check_account_name(p_username text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    found pg_roles;
BEGIN
    IF p_username IS NULL OR p_username !~ '^[A-Za-z0-9][A-Za-z0-9._@-]{0,62}$' THEN
        PERFORM cumuldesk_internal.refuse(
            'a username has letters, digits, ''.'', ''_'', ''@'' or ''-'' (at most 63 characters)');
    END IF;
    IF lower(p_username) LIKE 'pg\_%' OR lower(p_username) LIKE 'cumuldesk\_%'
       OR lower(p_username) IN ('postgres', 'public', 'none', 'current_user', 'session_user',
                                'current_role', 'user') THEN
        PERFORM cumuldesk_internal.refuse('this username is reserved');
    END IF;
    SELECT * INTO found FROM pg_roles WHERE rolname = p_username;
    IF found.rolname IS NULL THEN
        RETURN false;  -- a new role
    END IF;
    IF found.rolsuper OR found.rolcreaterole OR found.rolcreatedb OR found.rolbypassrls
       OR found.rolreplication
       OR found.rolname = (SELECT pg_get_userbyid(datdba) FROM pg_database
                           WHERE datname = current_database())
       OR NOT pg_has_role(found.rolname, 'cumuldesk_handler', 'MEMBER')
       OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                  WHERE m.member = found.oid
                    AND g.rolname NOT IN ('cumuldesk_handler', 'cumuldesk_supervisor')) THEN
        PERFORM cumuldesk_internal.refuse(
            'a database role of this name exists and is not a CumulDesk handler''s');
    END IF;
    RETURN true;  -- an existing handler role (another CumulDesk database on this server)
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_internal.check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        PERFORM cumuldesk_internal.refuse('a password is set as a SCRAM-SHA-256 verifier');
    END IF;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_api.create_handler(
    p_username text, p_display_name text, p_team text, p_role text, p_language text,
    p_verifier text, p_connection_limit integer DEFAULT 10
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor text := cumuldesk_internal.account_actor();
    role_exists boolean := cumuldesk_internal.check_account_name(p_username);
    name text := regexp_replace(btrim(coalesce(p_display_name, '')), '\s+', ' ', 'g');
    team text := regexp_replace(btrim(coalesce(p_team, '')), '\s+', ' ', 'g');
    first boolean;
    new_id integer;
BEGIN
    IF name = '' OR length(name) > 128 THEN
        PERFORM cumuldesk_internal.refuse('the display name is empty or longer than 128 characters');
    END IF;
    IF team = '' OR length(team) > 64 THEN
        PERFORM cumuldesk_internal.refuse('the team is empty or longer than 64 characters');
    END IF;
    IF p_role NOT IN ('handler', 'supervisor') THEN
        PERFORM cumuldesk_internal.refuse('a role is handler or supervisor');
    END IF;
    IF p_language NOT IN ('nl', 'fr', 'de') THEN
        PERFORM cumuldesk_internal.refuse('a language is nl, fr or de');
    END IF;
    IF p_connection_limit IS NULL OR p_connection_limit NOT BETWEEN 1 AND 20 THEN
        PERFORM cumuldesk_internal.refuse('a connection limit is between 1 and 20');
    END IF;
    PERFORM cumuldesk_internal.check_verifier(p_verifier);
    IF EXISTS (SELECT 1 FROM handlers WHERE username = p_username) THEN
        PERFORM cumuldesk_internal.refuse('there is already a handler of this name');
    END IF;
    first := NOT EXISTS (SELECT 1 FROM handlers WHERE role = 'supervisor' AND active);
    IF role_exists THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L CONNECTION LIMIT %s',
                       p_username, p_verifier, p_connection_limit);
        EXECUTE format('REVOKE cumuldesk_supervisor FROM %I', p_username);
    ELSE
        EXECUTE format(
            'CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS '
            'NOREPLICATION PASSWORD %L CONNECTION LIMIT %s',
            p_username, p_verifier, p_connection_limit);
    END IF;
    EXECUTE format('GRANT cumuldesk_handler TO %I', p_username);
    IF p_role = 'supervisor' THEN
        EXECUTE format('GRANT cumuldesk_supervisor TO %I', p_username);
    END IF;
    INSERT INTO handlers (username, display_name, team, role, language, password_hash, active)
    VALUES (p_username, name, team, p_role, p_language, NULL, true)
    RETURNING id INTO new_id;
    PERFORM cumuldesk_internal.append_event(actor, 'handler_created', NULL,
        jsonb_build_object('handler', p_username, 'role', p_role,
                           'first', first AND p_role = 'supervisor'));
    RETURN new_id;
END $$;

CREATE OR REPLACE FUNCTION cumuldesk_api.close_handler(p_username text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor text := cumuldesk_internal.account_actor();
    target handlers;
BEGIN
    IF p_username = actor THEN
        PERFORM cumuldesk_internal.refuse('you cannot close your own account');
    END IF;
    SELECT * INTO target FROM handlers WHERE username = p_username;
    IF target.id IS NULL THEN
        PERFORM cumuldesk_internal.refuse('there is no handler of this name');
    END IF;
    IF cumuldesk_internal.check_account_name(p_username) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
    END IF;
    UPDATE handlers SET active = false WHERE id = target.id;
    PERFORM cumuldesk_internal.append_event(actor, 'handler_closed', NULL,
        jsonb_build_object('handler', p_username));
END $$;

-- A new password: the handler's own, or anyone's for a supervisor or the administrator.
CREATE OR REPLACE FUNCTION cumuldesk_api.set_password(p_username text, p_verifier text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor text;
    target handlers;
BEGIN
    IF p_username = session_user::text THEN
        actor := (cumuldesk_internal.require_handler()).username;
    ELSE
        actor := cumuldesk_internal.account_actor();
    END IF;
    SELECT * INTO target FROM handlers WHERE username = p_username;
    IF target.id IS NULL THEN
        PERFORM cumuldesk_internal.refuse('there is no handler of this name');
    END IF;
    IF NOT target.active THEN
        PERFORM cumuldesk_internal.refuse('this account is closed');
    END IF;
    PERFORM cumuldesk_internal.check_verifier(p_verifier);
    IF cumuldesk_internal.check_account_name(p_username) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
    ELSE
        -- an account made before this set-up (it signed in with a hash kept in the table):
        -- its login role is made now, with the memberships of its role
        EXECUTE format(
            'CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS '
            'NOREPLICATION PASSWORD %L CONNECTION LIMIT 10', p_username, p_verifier);
        EXECUTE format('GRANT cumuldesk_handler TO %I', p_username);
        IF target.role = 'supervisor' THEN
            EXECUTE format('GRANT cumuldesk_supervisor TO %I', p_username);
        END IF;
    END IF;
    PERFORM cumuldesk_internal.append_event(actor, 'password_set', NULL,
        jsonb_build_object('handler', p_username));
END $$;

REVOKE ALL ON FUNCTION cumuldesk_api.create_handler(text, text, text, text, text, text, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.close_handler(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cumuldesk_api.set_password(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cumuldesk_api.create_handler(text, text, text, text, text, text, integer)
    TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.close_handler(text) TO cumuldesk_supervisor;
GRANT EXECUTE ON FUNCTION cumuldesk_api.set_password(text, text) TO cumuldesk_handler;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cumuldesk_internal FROM PUBLIC;
