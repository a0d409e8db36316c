-- Changes whenever a password is set or reset, so that a set-password link works once and only
-- until the credentials change (failed sign-ins do not affect it).
ALTER TABLE staff_account ADD COLUMN credential_stamp INTEGER NOT NULL DEFAULT 0;
