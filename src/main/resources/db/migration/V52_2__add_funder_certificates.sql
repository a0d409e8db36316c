-- Certificates for an activity's funding organisation, beside those for accepted offers: a certificate names
-- either the offer or the activity it comes from, never both. An activity's title (up to 300 characters in each
-- language) is copied in both languages at issue.
ALTER TABLE contribution_certificate ALTER COLUMN offer_code DROP NOT NULL;
ALTER TABLE contribution_certificate ALTER COLUMN contribution_title TYPE VARCHAR(300);
ALTER TABLE contribution_certificate ADD COLUMN activity_slug VARCHAR(200);
ALTER TABLE contribution_certificate ADD COLUMN contribution_title_en VARCHAR(300);
ALTER TABLE contribution_certificate ADD CONSTRAINT ck_contribution_certificate_source
    CHECK ((offer_code IS NULL) <> (activity_slug IS NULL));
