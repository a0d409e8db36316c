-- What staff did in the admin area, and what the sign-in saw: who, when, what, on which record.
-- Append-only: the page reads it, nothing rewrites it. Details never hold form contents or email bodies.
CREATE TABLE audit_entry (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    target       VARCHAR(200),
    details      VARCHAR(1000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at DESC, id DESC);

CREATE FUNCTION refuse_audit_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END $$;
CREATE TRIGGER tr_audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_entry_change();
