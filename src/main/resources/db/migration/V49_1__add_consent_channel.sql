-- The authorisation to process personal data as the person gave it: through the web form
-- (from a client address), or to a staff member by phone, in person, by email or by post,
-- who recorded it.
ALTER TABLE personal_data_consent
    ADD COLUMN channel VARCHAR(20) NOT NULL DEFAULT 'WEB',
    ADD COLUMN recorded_by VARCHAR(254),
    ADD CONSTRAINT ck_personal_data_consent_channel CHECK (channel IN ('WEB', 'PHONE', 'IN_PERSON', 'EMAIL', 'POST'));

ALTER TABLE personal_data_consent ALTER COLUMN client_address DROP NOT NULL;

ALTER TABLE personal_data_consent ADD CONSTRAINT ck_personal_data_consent_origin CHECK (
    (channel = 'WEB' AND client_address IS NOT NULL)
    OR (channel <> 'WEB' AND recorded_by IS NOT NULL));
