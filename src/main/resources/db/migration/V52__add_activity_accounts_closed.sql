-- The office says when an activity's accounts are closed: a finished activity is then reported to IATI as
-- closed (ActivityStatus 4) instead of in finalisation (3).
ALTER TABLE activity ADD COLUMN accounts_closed BOOLEAN NOT NULL DEFAULT FALSE;
