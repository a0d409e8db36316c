-- ADMINs list the emails the outbox gave up on, newest first; the table mostly holds sent ones.
CREATE INDEX ix_outbox_message_failed ON outbox_message (id DESC) WHERE status = 'FAILED';
