-- The office forwards an offer the Ministry is not competent for to the entity that is (Ley 1755 de 2015,
-- art. 21): a final status, and to whom it went, whether the entity was told of the documents, whether it
-- was past the legal term, and when.
ALTER TABLE offer DROP CONSTRAINT ck_offer_status;
ALTER TABLE offer ADD CONSTRAINT ck_offer_status
    CHECK (status IN ('RECEIVED', 'IN_REVIEW', 'MORE_INFORMATION_REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN',
                      'CLOSED_AS_DUPLICATE', 'FORWARDED'));

ALTER TABLE offer ADD COLUMN forwarded_to_name VARCHAR(200);
ALTER TABLE offer ADD COLUMN forwarded_to_email VARCHAR(254);
ALTER TABLE offer ADD COLUMN forwarded_documents_listed BOOLEAN;
ALTER TABLE offer ADD COLUMN forwarded_late BOOLEAN;
ALTER TABLE offer ADD COLUMN forwarded_at TIMESTAMPTZ;

-- A forwarded offer always says to whom, and only forwarded offers do.
ALTER TABLE offer ADD CONSTRAINT ck_offer_forwarding
    CHECK ((status = 'FORWARDED') = (forwarded_to_name IS NOT NULL AND forwarded_to_email IS NOT NULL
                                     AND forwarded_documents_listed IS NOT NULL AND forwarded_late IS NOT NULL
                                     AND forwarded_at IS NOT NULL));
ALTER TABLE offer ADD CONSTRAINT ck_offer_forwarding_all_or_none
    CHECK (num_nulls(forwarded_to_name, forwarded_to_email, forwarded_documents_listed, forwarded_late,
                     forwarded_at) IN (0, 5));
