-- Abuse limits shared by every instance: one row per counted request, pruned after a day.
CREATE TABLE rate_limit_hit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    bucket      VARCHAR(40)  NOT NULL,
    client_key  VARCHAR(64)  NOT NULL,
    hit_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_rate_limit_hit PRIMARY KEY (id)
);
CREATE INDEX ix_rate_limit_hit_window ON rate_limit_hit (bucket, client_key, hit_at);
CREATE INDEX ix_rate_limit_hit_at ON rate_limit_hit (hit_at);
