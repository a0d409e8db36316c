-- The Ministry's annual total budget for international cooperation, as an ADMIN enters it, for the IATI
-- organisation file. One row; empty (and left out of the file) until an ADMIN fills it in. A period spans at
-- most a year (IATI: the end "must not be greater than one year" after the start).
CREATE TABLE organisation_budget (
    id            SMALLINT        NOT NULL,
    amount        NUMERIC(20, 2),
    currency      VARCHAR(3),
    period_start  DATE,
    period_end    DATE,
    updated_at    TIMESTAMPTZ     NOT NULL,
    updated_by    VARCHAR(254)    NOT NULL,
    version       BIGINT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_organisation_budget PRIMARY KEY (id),
    CONSTRAINT ck_organisation_budget_single CHECK (id = 1),
    CONSTRAINT ck_organisation_budget_complete CHECK ((amount IS NULL) = (currency IS NULL)
        AND (amount IS NULL) = (period_start IS NULL) AND (amount IS NULL) = (period_end IS NULL)),
    CONSTRAINT ck_organisation_budget_amount CHECK (amount > 0),
    CONSTRAINT ck_organisation_budget_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_organisation_budget_period CHECK (period_end >= period_start
        AND period_end < period_start + INTERVAL '1 year')
);
INSERT INTO organisation_budget (id, updated_at, updated_by) VALUES (1, now(), 'system');
