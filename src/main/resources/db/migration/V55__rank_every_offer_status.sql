-- The queue sorts statuses in workflow order (V15); the statuses added since (closed as a duplicate, V18;
-- forwarded, V53; tacitly withdrawn, V54) had no rank, so they sorted as NULL and broke keyset pages.
CREATE OR REPLACE FUNCTION offer_status_rank(status TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT CASE status
        WHEN 'RECEIVED' THEN 1 WHEN 'IN_REVIEW' THEN 2 WHEN 'MORE_INFORMATION_REQUESTED' THEN 3
        WHEN 'ACCEPTED' THEN 4 WHEN 'DECLINED' THEN 5 WHEN 'WITHDRAWN' THEN 6
        WHEN 'CLOSED_AS_DUPLICATE' THEN 7 WHEN 'FORWARDED' THEN 8 WHEN 'TACITLY_WITHDRAWN' THEN 9 END
$$;

-- An index on an immutable function keeps the values computed when rows were written.
REINDEX INDEX ix_offer_status_sort;
