-- Cooperation offers as submitted, with what they name, their documents, the personal-data
-- authorisation and their append-only history.

-- Accent-insensitive text for indexes: unaccent is only STABLE, this fixed-dictionary wrapper is immutable.
CREATE FUNCTION search_unaccent(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT SET search_path FROM CURRENT
AS $$ SELECT unaccent('unaccent'::regdictionary, value) $$;

-- Spanish and English stems over organisation, title and description, accents removed.
CREATE FUNCTION offer_search_document(organization TEXT, title TEXT, description TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT
AS $$
    SELECT setweight(to_tsvector('simple', search_unaccent(coalesce(organization, ''))), 'A')
        || setweight(to_tsvector('spanish', search_unaccent(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('english', search_unaccent(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('spanish', search_unaccent(coalesce(description, ''))), 'B')
        || setweight(to_tsvector('english', search_unaccent(coalesce(description, ''))), 'B')
$$;

CREATE TABLE offer (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY,
    tracking_code       VARCHAR(20)    NOT NULL,
    form_token          VARCHAR(64)    NOT NULL,
    status              VARCHAR(30)    NOT NULL,
    organization_name   VARCHAR(200)   NOT NULL,
    sector              VARCHAR(20)    NOT NULL,
    country             VARCHAR(2)     NOT NULL,
    tax_id              VARCHAR(20),
    website             VARCHAR(300),
    contact_name        VARCHAR(150)   NOT NULL,
    contact_position    VARCHAR(150),
    contact_email       VARCHAR(254)   NOT NULL,
    contact_phone       VARCHAR(40),
    preferred_language  VARCHAR(2)     NOT NULL,
    title               VARCHAR(150)   NOT NULL,
    description         VARCHAR(5000)  NOT NULL,
    national_scope      BOOLEAN        NOT NULL DEFAULT FALSE,
    contribution_kind   VARCHAR(20),
    estimated_value     NUMERIC(18, 2),
    currency            VARCHAR(3),
    start_date          DATE,
    end_date            DATE,
    received_at         TIMESTAMPTZ    NOT NULL,
    updated_at          TIMESTAMPTZ    NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    search_vector       tsvector GENERATED ALWAYS AS (offer_search_document(organization_name, title, description)) STORED,
    CONSTRAINT pk_offer PRIMARY KEY (id),
    CONSTRAINT uq_offer_tracking_code UNIQUE (tracking_code),
    CONSTRAINT uq_offer_form_token UNIQUE (form_token),
    CONSTRAINT fk_offer_sector FOREIGN KEY (sector) REFERENCES cooperator_sector (code),
    CONSTRAINT ck_offer_status CHECK (status IN ('RECEIVED', 'IN_REVIEW', 'MORE_INFORMATION_REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT ck_offer_preferred_language CHECK (preferred_language IN ('es', 'en')),
    CONSTRAINT ck_offer_contribution_kind CHECK (contribution_kind IN ('FINANCIAL', 'IN_KIND', 'TECHNICAL', 'MIXED')),
    CONSTRAINT ck_offer_currency CHECK (currency IN ('COP', 'USD', 'EUR')),
    CONSTRAINT ck_offer_estimated_value CHECK (estimated_value >= 0),
    CONSTRAINT ck_offer_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- The office's queue: newest first, by status, and lookups for duplicates and status tracking.
CREATE INDEX ix_offer_received_at ON offer (received_at DESC, id DESC);
CREATE INDEX ix_offer_status_received_at ON offer (status, received_at DESC, id DESC);
CREATE INDEX ix_offer_sector_received_at ON offer (sector, received_at DESC, id DESC);
CREATE INDEX ix_offer_contact_email ON offer (lower(contact_email));
CREATE INDEX ix_offer_tax_id ON offer (tax_id) WHERE tax_id IS NOT NULL;
CREATE INDEX ix_offer_search_vector ON offer USING gin (search_vector);
CREATE INDEX ix_offer_title_trgm ON offer USING gin (search_unaccent(lower(title)) gin_trgm_ops);

CREATE TABLE offer_action_type (
    offer_id          BIGINT     NOT NULL,
    action_type_code  VARCHAR(8) NOT NULL,
    CONSTRAINT pk_offer_action_type PRIMARY KEY (offer_id, action_type_code),
    CONSTRAINT fk_offer_action_type_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_action_type_action_type FOREIGN KEY (action_type_code) REFERENCES action_type (code)
);
CREATE INDEX ix_offer_action_type_code ON offer_action_type (action_type_code, offer_id);

CREATE TABLE offer_strategic_project (
    offer_id      BIGINT      NOT NULL,
    project_code  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_offer_strategic_project PRIMARY KEY (offer_id, project_code),
    CONSTRAINT fk_offer_strategic_project_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_strategic_project_project FOREIGN KEY (project_code) REFERENCES strategic_project (code)
);
CREATE INDEX ix_offer_strategic_project_code ON offer_strategic_project (project_code, offer_id);

CREATE TABLE offer_department (
    offer_id       BIGINT  NOT NULL,
    divipola_code  CHAR(2) NOT NULL,
    CONSTRAINT pk_offer_department PRIMARY KEY (offer_id, divipola_code),
    CONSTRAINT fk_offer_department_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_department_department FOREIGN KEY (divipola_code) REFERENCES department (divipola_code)
);
CREATE INDEX ix_offer_department_code ON offer_department (divipola_code, offer_id);

-- The authorisation to process personal data (Ley 1581 de 2012): which notice, when, from where.
CREATE TABLE personal_data_consent (
    id              BIGINT GENERATED ALWAYS AS IDENTITY,
    offer_id        BIGINT       NOT NULL,
    notice_version  VARCHAR(20)  NOT NULL,
    notice_sha256   VARCHAR(64)     NOT NULL,
    notice_language VARCHAR(2)   NOT NULL,
    granted_at      TIMESTAMPTZ  NOT NULL,
    client_address  VARCHAR(45)  NOT NULL,
    CONSTRAINT pk_personal_data_consent PRIMARY KEY (id),
    CONSTRAINT uq_personal_data_consent_offer UNIQUE (offer_id),
    CONSTRAINT fk_personal_data_consent_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
);

-- Every change of an offer, append-only: who, when, what, old and new status, message if any.
CREATE TABLE offer_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    offer_id     BIGINT        NOT NULL,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    old_status   VARCHAR(30),
    new_status   VARCHAR(30),
    message      VARCHAR(5000),
    visible_to_submitter BOOLEAN NOT NULL,
    CONSTRAINT pk_offer_event PRIMARY KEY (id),
    CONSTRAINT fk_offer_event_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
);
CREATE INDEX ix_offer_event_offer ON offer_event (offer_id, occurred_at, id);

CREATE FUNCTION refuse_offer_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'offer_event is append-only';
END $$;
CREATE TRIGGER tr_offer_event_append_only BEFORE UPDATE ON offer_event
    FOR EACH ROW EXECUTE FUNCTION refuse_offer_event_change();

-- Documents, kept in PostgreSQL (several instances, no local disk). The public id is unguessable.
CREATE TABLE offer_attachment (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    public_id    UUID          NOT NULL,
    offer_id     BIGINT        NOT NULL,
    event_id     BIGINT,
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)      NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_offer_attachment PRIMARY KEY (id),
    CONSTRAINT uq_offer_attachment_public_id UNIQUE (public_id),
    CONSTRAINT fk_offer_attachment_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_attachment_event FOREIGN KEY (event_id) REFERENCES offer_event (id),
    CONSTRAINT ck_offer_attachment_size CHECK (size_bytes > 0 AND size_bytes <= 10485760)
);
CREATE INDEX ix_offer_attachment_offer ON offer_attachment (offer_id);

-- Documents chosen on the form, held between the review step and the confirmation.
CREATE TABLE staged_upload (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    form_token   VARCHAR(64)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)      NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_staged_upload PRIMARY KEY (id)
);
CREATE INDEX ix_staged_upload_form_token ON staged_upload (form_token);
CREATE INDEX ix_staged_upload_uploaded_at ON staged_upload (uploaded_at);
