-- The office retires a contact channel instead of deleting it: the public pages stop showing it and the
-- admin area can bring it back. Strategic projects already have this flag (V2).
ALTER TABLE contact_channel ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;
