-- Offers received by phone, in person, by email or by post and filed by the office on the
-- person's behalf (Decreto 1166 de 2016). Offers already received came through the web form.
-- Such a person may have no email: then a phone number or a postal address must say how to
-- reach them; an offer from the web form, or sent by email, always has an email address.
ALTER TABLE offer
    ADD COLUMN channel VARCHAR(20) NOT NULL DEFAULT 'WEB',
    ADD COLUMN contact_postal_address VARCHAR(300),
    ADD CONSTRAINT ck_offer_channel CHECK (channel IN ('WEB', 'PHONE', 'IN_PERSON', 'EMAIL', 'POST'));

ALTER TABLE offer ALTER COLUMN contact_email DROP NOT NULL;

ALTER TABLE offer ADD CONSTRAINT ck_offer_contact_reachable CHECK (
    contact_email IS NOT NULL
    OR (channel IN ('PHONE', 'IN_PERSON', 'POST')
        AND (contact_phone IS NOT NULL OR contact_postal_address IS NOT NULL)));

CREATE INDEX ix_offer_channel_received_at ON offer (channel, received_at DESC, id DESC);
