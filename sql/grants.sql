-- The database and the role da06 runs as: no superuser right is needed. An administrator runs this once, as a
-- superuser, on the PostgreSQL server da06 is to use (not needed for the embedded server da06 starts by itself):
--
--   psql -v ON_ERROR_STOP=1 -U postgres -f sql/grants.sql
--   psql -U postgres -c '\password da06'        -- the password da06 connects with (SPRING_DATASOURCE_PASSWORD)
--
-- da06 then connects as da06 to the database da06 and creates its own tables there on start-up (Flyway
-- migrations, Spring Batch's job repository). Everything else it does needs nothing more: it owns what it
-- creates, and the advisory lock that keeps two imports from running at once is open to every role.

CREATE ROLE da06 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT CONNECTION LIMIT 40;

CREATE DATABASE da06 OWNER da06 ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE da06 FROM PUBLIC;

\connect da06

-- PostgreSQL 15 and later give the public schema to the database owner; before 15 every role could create in it.
-- The same outcome on every version: da06 owns the schema and only da06 creates objects in it.
ALTER SCHEMA public OWNER TO da06;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
