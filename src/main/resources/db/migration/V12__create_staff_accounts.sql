-- The office's staff: who may sign in to the admin area, with which role, and the sign-in lockout.
CREATE TABLE staff_account (
    id               BIGINT GENERATED ALWAYS AS IDENTITY,
    email            VARCHAR(254)  NOT NULL,
    display_name     VARCHAR(150)  NOT NULL,
    password_hash    VARCHAR(200),
    role             VARCHAR(10)   NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    failed_sign_ins  INTEGER       NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_staff_account PRIMARY KEY (id),
    CONSTRAINT uq_staff_account_email UNIQUE (email),
    CONSTRAINT ck_staff_account_email_lower CHECK (email = lower(email)),
    CONSTRAINT ck_staff_account_role CHECK (role IN ('STAFF', 'ADMIN'))
);

-- Who in the office handles an offer.
ALTER TABLE offer ADD COLUMN assignee_id BIGINT;
ALTER TABLE offer ADD CONSTRAINT fk_offer_assignee FOREIGN KEY (assignee_id) REFERENCES staff_account (id);
CREATE INDEX ix_offer_assignee_received_at ON offer (assignee_id, received_at DESC, id DESC);
