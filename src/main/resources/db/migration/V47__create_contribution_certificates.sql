-- Contribution certificates: what each certificate states, copied when it is issued so that the
-- verification page confirms exactly what was printed, who issued it, and whether it was revoked.
-- The code is random (128 bits) and sealed with the portal's signing key; it is the public key of the row.
CREATE TABLE contribution_certificate (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY,
    code               VARCHAR(64)    NOT NULL,
    offer_code         VARCHAR(30)    NOT NULL,
    partner_name       VARCHAR(200)   NOT NULL,
    contribution_title VARCHAR(150)   NOT NULL,
    contribution_kind  VARCHAR(20),
    action_types       VARCHAR(200)   NOT NULL,
    start_date         DATE,
    end_date           DATE,
    amount             NUMERIC(18, 2),
    currency           VARCHAR(3),
    accepted_at        TIMESTAMPTZ,
    issued_at          TIMESTAMPTZ    NOT NULL,
    issued_by          VARCHAR(254)   NOT NULL,
    revoked_at         TIMESTAMPTZ,
    revoked_by         VARCHAR(254),
    version            BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_contribution_certificate PRIMARY KEY (id),
    CONSTRAINT uq_contribution_certificate_code UNIQUE (code),
    CONSTRAINT ck_contribution_certificate_amount CHECK ((amount IS NULL) = (currency IS NULL) AND (amount IS NULL OR amount >= 0)),
    CONSTRAINT ck_contribution_certificate_revoked CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX ix_contribution_certificate_issued ON contribution_certificate (issued_at DESC, id DESC);
