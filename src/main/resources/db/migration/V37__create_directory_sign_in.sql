-- Sign-in through the Ministry's OpenID Connect provider: the email domains whose people get a staff
-- account at their first sign-in, as an ADMIN allows them. One settings row; one row per domain.
CREATE TABLE directory_setting (
    id          SMALLINT      NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_directory_setting PRIMARY KEY (id),
    CONSTRAINT ck_directory_setting_single CHECK (id = 1)
);
INSERT INTO directory_setting (id, updated_at, updated_by) VALUES (1, now(), 'system');

CREATE TABLE directory_allowed_domain (
    directory_setting_id  SMALLINT      NOT NULL,
    domain                VARCHAR(253)  NOT NULL,
    CONSTRAINT pk_directory_allowed_domain PRIMARY KEY (directory_setting_id, domain),
    CONSTRAINT fk_directory_allowed_domain_setting FOREIGN KEY (directory_setting_id)
        REFERENCES directory_setting (id) ON DELETE CASCADE,
    CONSTRAINT ck_directory_allowed_domain_lower CHECK (domain = lower(domain))
);
