-- Staff notifications (issue 14): each staff member chooses, per kind of news about offers, to hear of it at once,
-- in a daily digest or not at all. A kind is a constant of staffnotification.StaffNotificationKind, stored by name
-- without a check constraint, so that adding a kind needs no migration; a member without a row for a kind has its
-- default.
CREATE TABLE staff_notification_preference (
    staff_id  BIGINT       NOT NULL,
    kind      VARCHAR(40)  NOT NULL,
    delivery  VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_staff_notification_preference PRIMARY KEY (staff_id, kind),
    CONSTRAINT fk_staff_notification_preference_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_staff_notification_preference_delivery CHECK (delivery IN ('IMMEDIATE', 'DIGEST', 'NONE'))
);

-- News waiting for a member's next digest, written in the transaction of the change it reports, deleted in the
-- transaction that queues the digest's email. It names the offer, never the submitter or their documents.
CREATE TABLE pending_staff_notification (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY,
    staff_id             BIGINT        NOT NULL,
    kind                 VARCHAR(40)   NOT NULL,
    offer_tracking_code  VARCHAR(20)   NOT NULL,
    offer_title          VARCHAR(150)  NOT NULL,
    occurred_at          TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_pending_staff_notification PRIMARY KEY (id),
    CONSTRAINT fk_pending_staff_notification_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_pending_staff_notification_offer FOREIGN KEY (offer_tracking_code) REFERENCES offer (tracking_code)
        ON DELETE CASCADE
);
CREATE INDEX ix_pending_staff_notification_staff ON pending_staff_notification (staff_id, id);

-- One digest per member and day (Bogotá), whichever instance sends it: the row is inserted (ON CONFLICT DO NOTHING)
-- in the transaction that queues the email and deletes the pending news it lists.
CREATE TABLE staff_digest (
    staff_id  BIGINT       NOT NULL,
    sent_on   DATE         NOT NULL,
    sent_at   TIMESTAMPTZ  NOT NULL,
    items     INTEGER      NOT NULL,
    CONSTRAINT pk_staff_digest PRIMARY KEY (staff_id, sent_on),
    CONSTRAINT fk_staff_digest_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id) ON DELETE CASCADE
);

-- Whether the member chose their email language on their account page: then signing in no longer changes it.
ALTER TABLE staff_account ADD COLUMN language_chosen BOOLEAN NOT NULL DEFAULT FALSE;
