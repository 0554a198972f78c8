-- Least-privilege PostgreSQL role for the hub console desktops (docs/hub-accounts.md).
--
-- The console reads alerts and appends triage steps and notes; it never changes or removes an alert, and a
-- triage step once written stays (the history is the audit trail). So the desktops' role may:
--   * SELECT every hub table (alerts, kiosks, quarantine, enrolments, workers, triage, accounts, revision);
--   * INSERT into hub_triage (triage steps and notes) and hub_user_events (sign-in audit);
--   * UPDATE only the lockout counters of hub_users (failed_attempts, locked_until, lock_count);
--   * INSERT into the assessment, follow-up and assignment tables when they exist (hub_assessment*,
--     hub_follow_up*, hub_assignment*): appended, never updated;
-- and nothing else: no UPDATE, DELETE or TRUNCATE of hub_alerts (or of any table but those counters), no DDL.
-- Migrations and `poe-kiosk hub user ...` run as the owner of the tables, never as this role.
--
-- Run it as the owner of the hub tables, on the hub database, with the hub's schema first in search_path,
-- after `poe-kiosk hub ingest` (or any hub command) has migrated the database; run it again after each
-- upgrade that adds tables (it is idempotent):
--     psql "postgresql://hub_owner@db.example/hub" -v ON_ERROR_STOP=1 -f packaging/hub/desktop-role.sql
-- then give the role its password (typed, never on a command line):
--     psql ... -c '\password poe_hub_desktop'
-- and point the desktops at it: poe-kiosk hub console --db @/etc/poe-kiosk/hub-desktop.url

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'poe_hub_desktop') THEN
        CREATE ROLE poe_hub_desktop LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
END
$$;

DO $$
DECLARE
    tbl text;
    seq text;
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO poe_hub_desktop', current_schema());
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM poe_hub_desktop', current_schema());
    -- read everything the hub holds
    FOR tbl IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'hub\_%'
    LOOP
        EXECUTE format('REVOKE ALL ON TABLE %I FROM poe_hub_desktop', tbl);
        EXECUTE format('GRANT SELECT ON TABLE %I TO poe_hub_desktop', tbl);
    END LOOP;
    -- append: triage steps and notes, the sign-in audit, and the assessment / follow-up / assignment records
    FOR tbl IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
               AND (tablename IN ('hub_triage', 'hub_user_events') OR tablename LIKE 'hub\_assessment%'
                    OR tablename LIKE 'hub\_follow\_up%' OR tablename LIKE 'hub\_assignment%')
    LOOP
        EXECUTE format('GRANT INSERT ON TABLE %I TO poe_hub_desktop', tbl);
        FOR seq IN SELECT pg_get_serial_sequence(format('%I.%I', current_schema(), tbl), attname)
                   FROM pg_attribute
                   WHERE attrelid = format('%I.%I', current_schema(), tbl)::regclass AND attnum > 0
                     AND NOT attisdropped AND pg_get_serial_sequence(format('%I.%I', current_schema(), tbl), attname)
                         IS NOT NULL
        LOOP
            EXECUTE format('GRANT USAGE ON SEQUENCE %s TO poe_hub_desktop', seq);
        END LOOP;
    END LOOP;
    -- sign-in counts wrong passwords and locks the account
    IF to_regclass(format('%I.hub_users', current_schema())) IS NOT NULL THEN
        GRANT UPDATE (failed_attempts, locked_until, lock_count) ON TABLE hub_users TO poe_hub_desktop;
    END IF;
END
$$;
