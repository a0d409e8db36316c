-- What a .gov.co site must publish about the office (Resolución MinTIC 1519 de 2020, Anexo 2 §2.2) that the
-- seeds do not say: the postal code, the opening hours for the public, the institutional email, the email for
-- judicial notifications (Ley 1437 de 2011 art. 197) and the Ministry's transparency, citizen service (PQRSD) and
-- participation pages. One row; every item stays empty (and off the public pages) until an ADMIN fills it in.
CREATE TABLE office_identity (
    id                   SMALLINT      NOT NULL,
    postal_code          VARCHAR(6),
    opening_hours_es     VARCHAR(300),
    opening_hours_en     VARCHAR(300),
    institutional_email  VARCHAR(254),
    judicial_email       VARCHAR(254),
    transparency_url     VARCHAR(500),
    citizen_service_url  VARCHAR(500),
    participation_url    VARCHAR(500),
    updated_at           TIMESTAMPTZ   NOT NULL,
    updated_by           VARCHAR(254)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_office_identity PRIMARY KEY (id),
    CONSTRAINT ck_office_identity_single CHECK (id = 1),
    CONSTRAINT ck_office_identity_postal_code CHECK (postal_code ~ '^[0-9]{6}$'),
    CONSTRAINT ck_office_identity_hours CHECK ((opening_hours_es IS NULL) = (opening_hours_en IS NULL)),
    CONSTRAINT ck_office_identity_institutional_email CHECK (institutional_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    CONSTRAINT ck_office_identity_judicial_email CHECK (judicial_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    CONSTRAINT ck_office_identity_transparency_url CHECK (transparency_url ~ '^https://[^\s]+$'),
    CONSTRAINT ck_office_identity_citizen_service_url CHECK (citizen_service_url ~ '^https://[^\s]+$'),
    CONSTRAINT ck_office_identity_participation_url CHECK (participation_url ~ '^https://[^\s]+$')
);
INSERT INTO office_identity (id, updated_at, updated_by) VALUES (1, now(), 'system');
