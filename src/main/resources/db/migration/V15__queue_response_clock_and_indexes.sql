-- The office's queue at a million offers: when each offer's response clock started, the codes an offer names
-- kept on its own row, and the indexes behind every filter and sort order of /admin/offers (keyset pagination
-- on (sort key, id)).

-- A multicolumn GIN index over scalar columns (status, sector) needs btree_gin, a trusted extension.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- When the office's 15 business days (Ley 1755 de 2015, art. 14) started to run: on receipt, and again when the
-- submitter answers a request for information (art. 17). NULL while the clock is stopped: waiting for the
-- submitter, or answered. The due date follows from it with the holiday calendar (in Java); the queue turns
-- "overdue" and "due within 3 business days" into a range of start instants, so both filter and sort in SQL.
ALTER TABLE offer ADD COLUMN response_clock_started_at TIMESTAMPTZ;

-- Exact for existing offers: the clock of an offer awaiting the office started at its last answer, or receipt.
UPDATE offer o
SET response_clock_started_at = coalesce(
        (SELECT max(e.occurred_at) FROM offer_event e WHERE e.offer_id = o.id AND e.kind = 'INFORMATION_PROVIDED'),
        o.received_at)
WHERE o.status IN ('RECEIVED', 'IN_REVIEW');

-- The strategic projects, departments and action types an offer names, copied from their tables onto the offer
-- (sorted, so they also sort the queue). Triggers keep the copies; the tables stay the source of truth. One GIN
-- index then answers any combination of status, sector, project, department and action type.
ALTER TABLE offer
    ADD COLUMN project_codes     TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN department_codes  TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN action_type_codes TEXT[] NOT NULL DEFAULT '{}';

CREATE FUNCTION offer_copy_codes(ids BIGINT[]) RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT
AS $$
    UPDATE offer o
    SET project_codes = ARRAY(SELECT p.project_code FROM offer_strategic_project p WHERE p.offer_id = o.id ORDER BY 1),
        department_codes = ARRAY(SELECT d.divipola_code FROM offer_department d WHERE d.offer_id = o.id ORDER BY 1),
        action_type_codes = ARRAY(SELECT a.action_type_code FROM offer_action_type a WHERE a.offer_id = o.id ORDER BY 1)
    WHERE o.id = ANY (ids)
$$;

CREATE FUNCTION offer_codes_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM offer_copy_codes(ARRAY(SELECT DISTINCT offer_id FROM new_rows));
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM offer_copy_codes(ARRAY(SELECT DISTINCT offer_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

-- Statement triggers with transition tables: one refresh per statement, however many rows it touched.
CREATE TRIGGER tr_offer_strategic_project_inserted AFTER INSERT ON offer_strategic_project
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();
CREATE TRIGGER tr_offer_strategic_project_updated AFTER UPDATE ON offer_strategic_project
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();
CREATE TRIGGER tr_offer_strategic_project_deleted AFTER DELETE ON offer_strategic_project
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();
CREATE TRIGGER tr_offer_department_inserted AFTER INSERT ON offer_department
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();
CREATE TRIGGER tr_offer_department_updated AFTER UPDATE ON offer_department
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();
CREATE TRIGGER tr_offer_department_deleted AFTER DELETE ON offer_department
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();
CREATE TRIGGER tr_offer_action_type_inserted AFTER INSERT ON offer_action_type
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();
CREATE TRIGGER tr_offer_action_type_updated AFTER UPDATE ON offer_action_type
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();
CREATE TRIGGER tr_offer_action_type_deleted AFTER DELETE ON offer_action_type
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_codes_changed();

UPDATE offer o
SET project_codes = ARRAY(SELECT p.project_code FROM offer_strategic_project p WHERE p.offer_id = o.id ORDER BY 1),
    department_codes = ARRAY(SELECT d.divipola_code FROM offer_department d WHERE d.offer_id = o.id ORDER BY 1),
    action_type_codes = ARRAY(SELECT a.action_type_code FROM offer_action_type a WHERE a.offer_id = o.id ORDER BY 1);

-- The queue sorts statuses in workflow order, not alphabetically.
CREATE FUNCTION offer_status_rank(status TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT CASE status
        WHEN 'RECEIVED' THEN 1 WHEN 'IN_REVIEW' THEN 2 WHEN 'MORE_INFORMATION_REQUESTED' THEN 3
        WHEN 'ACCEPTED' THEN 4 WHEN 'DECLINED' THEN 5 WHEN 'WITHDRAWN' THEN 6 END
$$;

-- Filters: any combination of equality filters through one GIN index (bitmap scans, cheap at any depth).
CREATE INDEX ix_offer_queue_filters ON offer USING gin (status, sector, project_codes, department_codes, action_type_codes);

-- Sort orders, each on (key, id) for keyset pagination in both directions. Received date, and status or
-- assignee with the received date, already have theirs (V9, V12). Text sorts ignore case and accents.
CREATE INDEX ix_offer_tracking_code_sort ON offer (tracking_code, id);
CREATE INDEX ix_offer_organization_sort ON offer (search_unaccent(lower(organization_name)), id);
CREATE INDEX ix_offer_title_sort ON offer (search_unaccent(lower(title)), id);
CREATE INDEX ix_offer_sector_sort ON offer (sector, id);
CREATE INDEX ix_offer_project_codes_sort ON offer (project_codes, id);
CREATE INDEX ix_offer_department_codes_sort ON offer (department_codes, id);
CREATE INDEX ix_offer_status_sort ON offer (offer_status_rank(status), id);
CREATE INDEX ix_offer_assignee_sort ON offer (coalesce(assignee_id, 0), id);
-- Most urgent first; offers whose clock is stopped sort last. Also serves the overdue and due-soon filters.
CREATE INDEX ix_offer_response_clock ON offer (coalesce(response_clock_started_at, 'infinity'::timestamptz), id);

-- Finer statistics for full-text search, so that rare words are estimated as rare.
ALTER TABLE offer ALTER COLUMN search_vector SET STATISTICS 1000;
