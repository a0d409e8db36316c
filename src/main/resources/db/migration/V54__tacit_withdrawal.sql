-- Incomplete requests (Ley 1755 de 2015, art. 17): the submitter has a month to answer the office's
-- request for information, may ask once for one more, and without an answer the offer is closed as
-- tacitly withdrawn (TACITLY_WITHDRAWN). FORWARDED comes from V53; listing it here keeps both.
ALTER TABLE offer DROP CONSTRAINT ck_offer_status;
ALTER TABLE offer ADD CONSTRAINT ck_offer_status
    CHECK (status IN ('RECEIVED', 'IN_REVIEW', 'MORE_INFORMATION_REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN',
                      'CLOSED_AS_DUPLICATE', 'FORWARDED', 'TACITLY_WITHDRAWN'));

-- When the office asked (the submitter's term runs from that day) and whether they asked for more time;
-- both are cleared when the offer stops waiting for them.
ALTER TABLE offer ADD COLUMN information_requested_at TIMESTAMPTZ;
ALTER TABLE offer ADD COLUMN information_extended BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE offer ADD CONSTRAINT ck_offer_information_waiting
    CHECK (information_requested_at IS NULL OR status = 'MORE_INFORMATION_REQUESTED');
ALTER TABLE offer ADD CONSTRAINT ck_offer_information_extended
    CHECK (NOT information_extended OR information_requested_at IS NOT NULL);

-- Offers already waiting start their term at the office's latest request.
UPDATE offer o
SET information_requested_at = (SELECT max(e.occurred_at) FROM offer_event e
                                WHERE e.offer_id = o.id AND e.kind = 'INFORMATION_REQUESTED')
WHERE o.status = 'MORE_INFORMATION_REQUESTED';

-- The daily job looks only at offers waiting for an answer, oldest request first.
CREATE INDEX ix_offer_information_requested ON offer (information_requested_at)
    WHERE status = 'MORE_INFORMATION_REQUESTED';
