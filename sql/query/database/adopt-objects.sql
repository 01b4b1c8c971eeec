-- Run as the superuser in da06's database once sql/grants.sql has run: da06's role owns the database and every
-- object in its schema. A no-op on a new server; on a server from a da06 before the lock-down, where the superuser
-- created everything, it hands the database, tables, views, sequences and functions to the role.
ALTER DATABASE da06 OWNER TO da06;

DO $$
DECLARE
    o record;
BEGIN
    FOR o IN
        SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                              ELSE 'TABLE' END AS kind,
               c.oid::regclass AS name
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public'
          AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND pg_get_userbyid(c.relowner) <> 'da06'
          -- A sequence that belongs to a column (serial, identity) follows its table.
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
                                                WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass
                                                  AND d.deptype IN ('a', 'i')))
        ORDER BY c.relkind = 'S', c.relkind IN ('v', 'm')
    LOOP
        EXECUTE format('ALTER %s %s OWNER TO da06', o.kind, o.name);
    END LOOP;
    FOR o IN
        SELECT p.oid::regprocedure AS name
        FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'da06'
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO da06', o.name);
    END LOOP;
END
$$;
