-- Every business morning staff are reminded of the offers whose legal answer (15 business days, Ley 1755 de 2015)
-- falls due within a few business days or has passed. One reminder per offer and due date, whichever instance
-- sends it: the row is inserted (ON CONFLICT DO NOTHING) in the transaction that queues the email. When the
-- submitter answers a request for information the clock restarts, the due date changes, and a new reminder follows.
CREATE TABLE deadline_reminder (
    offer_tracking_code  VARCHAR(20)  NOT NULL,
    due_on               DATE         NOT NULL,
    sent_at              TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_deadline_reminder PRIMARY KEY (offer_tracking_code, due_on),
    CONSTRAINT fk_deadline_reminder_offer FOREIGN KEY (offer_tracking_code) REFERENCES offer (tracking_code)
        ON DELETE CASCADE
);

-- The language a staff member last signed in with: their reminders are written in it.
ALTER TABLE staff_account ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'es';
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_account_language CHECK (language IN ('es', 'en'));
