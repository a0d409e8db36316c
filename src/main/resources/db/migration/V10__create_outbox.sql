-- Transactional outbox: an email is saved in the same transaction as what it announces and a
-- scheduled sender delivers it with retries; rows are claimed with FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox_message (
    id               BIGINT GENERATED ALWAYS AS IDENTITY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body_text        TEXT          NOT NULL,
    body_html        TEXT          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMPTZ   NOT NULL,
    sent_at          TIMESTAMPTZ,
    CONSTRAINT pk_outbox_message PRIMARY KEY (id),
    CONSTRAINT ck_outbox_message_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_outbox_message_due ON outbox_message (next_attempt_at, id) WHERE status = 'PENDING';
