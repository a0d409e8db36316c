-- The office closes an offer that repeats one already received; the closed offer points at its original.
ALTER TABLE offer ADD COLUMN duplicate_of_id BIGINT;
ALTER TABLE offer ADD CONSTRAINT fk_offer_duplicate_of FOREIGN KEY (duplicate_of_id) REFERENCES offer (id);
ALTER TABLE offer ADD CONSTRAINT ck_offer_duplicate_of_other CHECK (duplicate_of_id <> id);

ALTER TABLE offer DROP CONSTRAINT ck_offer_status;
ALTER TABLE offer ADD CONSTRAINT ck_offer_status
    CHECK (status IN ('RECEIVED', 'IN_REVIEW', 'MORE_INFORMATION_REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN',
                      'CLOSED_AS_DUPLICATE'));
-- A duplicate always names its original, and only duplicates do.
ALTER TABLE offer ADD CONSTRAINT ck_offer_duplicate_of_status
    CHECK ((status = 'CLOSED_AS_DUPLICATE') = (duplicate_of_id IS NOT NULL));

CREATE INDEX ix_offer_duplicate_of ON offer (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;
-- Possible duplicates by a similar organisation name (the title already has its trigram index, V9).
CREATE INDEX ix_offer_organization_trgm ON offer USING gin (search_unaccent(lower(organization_name)) gin_trgm_ops);
