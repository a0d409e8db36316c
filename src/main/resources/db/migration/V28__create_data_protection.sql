-- Personal data (Ley 1581 de 2012): contact data of closed offers is anonymised after a retention
-- period the office sets, and data subjects' requests are recorded and answered within the legal time.

ALTER TABLE offer ADD COLUMN contact_data_anonymised_at TIMESTAMPTZ;
CREATE INDEX ix_offer_contact_data_kept ON offer (updated_at, id) WHERE contact_data_anonymised_at IS NULL;

-- The office's retention period, one row.
CREATE TABLE data_protection_setting (
    id                        SMALLINT      NOT NULL,
    contact_retention_months  INTEGER       NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL,
    updated_by                VARCHAR(254)  NOT NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_data_protection_setting PRIMARY KEY (id),
    CONSTRAINT ck_data_protection_setting_single CHECK (id = 1),
    CONSTRAINT ck_data_protection_setting_months CHECK (contact_retention_months BETWEEN 1 AND 120)
);
INSERT INTO data_protection_setting (id, contact_retention_months, updated_at, updated_by)
VALUES (1, 24, now(), 'system');

-- Consults, corrections and deletions asked for by data subjects, and their answers.
CREATE TABLE data_subject_request (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY,
    kind                 VARCHAR(10)    NOT NULL,
    received_on          DATE           NOT NULL,
    due_on               DATE           NOT NULL,
    requester_name       VARCHAR(150)   NOT NULL,
    requester_email      VARCHAR(254)   NOT NULL,
    offer_tracking_code  VARCHAR(20),
    description          VARCHAR(5000)  NOT NULL,
    status               VARCHAR(10)    NOT NULL,
    recorded_by          VARCHAR(254)   NOT NULL,
    recorded_at          TIMESTAMPTZ    NOT NULL,
    answer               VARCHAR(5000),
    answered_by          VARCHAR(254),
    answered_at          TIMESTAMPTZ,
    version              BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_data_subject_request PRIMARY KEY (id),
    CONSTRAINT ck_data_subject_request_kind CHECK (kind IN ('CONSULT', 'CORRECT', 'DELETE')),
    CONSTRAINT ck_data_subject_request_status CHECK (status IN ('OPEN', 'ANSWERED')),
    CONSTRAINT ck_data_subject_request_answer CHECK (status = 'OPEN' OR (answer IS NOT NULL AND answered_at IS NOT NULL))
);
CREATE INDEX ix_data_subject_request_open ON data_subject_request (due_on, id) WHERE status = 'OPEN';

-- The offer history stays append-only, except that anonymisation may blank a message's text
-- (it can hold names and contact details) when the transaction says so with
-- SET LOCAL portal.anonymising = 'on'. Nothing else about an event can change.
CREATE OR REPLACE FUNCTION refuse_offer_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('portal.anonymising', true) = 'on'
       AND NEW.message IS NULL
       AND (NEW.id, NEW.offer_id, NEW.occurred_at, NEW.actor, NEW.kind, NEW.old_status, NEW.new_status, NEW.visible_to_submitter)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.offer_id, OLD.occurred_at, OLD.actor, OLD.kind, OLD.old_status, OLD.new_status, OLD.visible_to_submitter) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'offer_event is append-only';
END $$;
