-- Accent-insensitive matching (unaccent) and similarity search (pg_trgm) for catalogue and offer search.
-- Both are trusted extensions: the database owner can create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
