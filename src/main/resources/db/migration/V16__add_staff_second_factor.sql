-- The second sign-in factor of staff: an authenticator app (TOTP, RFC 6238).
-- totp_secret is the app's key, encrypted (AES-GCM, key derived from the signing key) and set as soon as
-- set-up starts; totp_enabled_at says when a code from the app confirmed it; totp_last_step is the last
-- accepted 30-second step, so that a code works once.
ALTER TABLE staff_account ADD COLUMN totp_secret BYTEA;
ALTER TABLE staff_account ADD COLUMN totp_enabled_at TIMESTAMPTZ;
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_account_totp_secret
    CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL);

-- Single-use recovery codes, kept only as salted SHA-256 hashes; a used code is deleted.
CREATE TABLE staff_recovery_code (
    staff_account_id  BIGINT       NOT NULL,
    code_hash         VARCHAR(100) NOT NULL,
    CONSTRAINT pk_staff_recovery_code PRIMARY KEY (staff_account_id, code_hash),
    CONSTRAINT fk_staff_recovery_code_account FOREIGN KEY (staff_account_id)
        REFERENCES staff_account (id) ON DELETE CASCADE
);
