-- Staff may send an offer's documents with its forwarding to the competent entity (Ley 1755 de 2015, art. 21).
-- The forwarding records whether the documents went with the email (until now the email could only name them),
-- and the outbox carries the files until the email is sent: they are deleted once it is, and with their message.
ALTER TABLE offer RENAME COLUMN forwarded_documents_listed TO forwarded_documents_attached;

CREATE TABLE outbox_attachment (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    message_id  BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(255)  NOT NULL,
    content     BYTEA         NOT NULL,
    CONSTRAINT pk_outbox_attachment PRIMARY KEY (id),
    CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id) ON DELETE CASCADE,
    CONSTRAINT uq_outbox_attachment_position UNIQUE (message_id, position)
);
