-- Creates the portal's role and database on a PostgreSQL installed without Docker (production or
-- a developer's machine that should not use the postgres superuser). Run as a superuser:
--
--   psql -U postgres -v password="'a-long-random-secret'" -f db/create-database.sql
--
-- then start the portal with
--   SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/cooperation
--   SPRING_DATASOURCE_USERNAME=portal  SPRING_DATASOURCE_PASSWORD=the-same-secret
--
-- Flyway creates the schema "portal" and its tables at the first start. The extensions the
-- migrations need (unaccent, pg_trgm) are trusted, so the database owner may create them.

CREATE ROLE portal LOGIN PASSWORD :password;
CREATE DATABASE cooperation OWNER portal ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE cooperation FROM PUBLIC;
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE cooperation TO portal;
