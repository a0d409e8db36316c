-- Each public page shows when its content last changed. Activities already keep updated_at; the catalogue and the
-- contact channels get it here, kept by a trigger so that every change counts, whoever makes it. Rows loaded
-- before take the moment this migration runs: the day the data reached this database. An update that sets
-- updated_at itself (a correction, a data load that knows the real date) keeps the value it gives.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD AND NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END $$;

ALTER TABLE strategic_project ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE action_type ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE cooperator_sector ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE contact_channel ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();

CREATE TRIGGER tr_strategic_project_touched BEFORE UPDATE ON strategic_project
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER tr_action_type_touched BEFORE UPDATE ON action_type
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER tr_cooperator_sector_touched BEFORE UPDATE ON cooperator_sector
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER tr_contact_channel_touched BEFORE UPDATE ON contact_channel
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
