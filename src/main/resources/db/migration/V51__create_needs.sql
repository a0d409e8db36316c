-- Needs: what the office seeks from cooperators (demanda de cooperación). Staff publish them in both
-- languages, for one strategic project, in departments or municipalities, with the ways to cooperate
-- sought and either an amount in an ISO 4217 currency (exact decimals) or a count with its unit.
-- An offer may name the need it answers (offer.need_slug; the slug never changes).

CREATE TABLE need (
    id              BIGINT GENERATED ALWAYS AS IDENTITY,
    slug            VARCHAR(80)    NOT NULL,
    title_es        VARCHAR(300)   NOT NULL,
    title_en        VARCHAR(300)   NOT NULL,
    description_es  VARCHAR(10000) NOT NULL,
    description_en  VARCHAR(10000) NOT NULL,
    project_code    VARCHAR(20)    NOT NULL,
    amount          NUMERIC(18, 2),
    currency        CHAR(3),
    quantity        BIGINT,
    unit_es         VARCHAR(100),
    unit_en         VARCHAR(100),
    due_date        DATE           NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL,
    updated_at      TIMESTAMPTZ    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_need PRIMARY KEY (id),
    CONSTRAINT uq_need_slug UNIQUE (slug),
    CONSTRAINT fk_need_project FOREIGN KEY (project_code) REFERENCES strategic_project (code),
    CONSTRAINT fk_need_currency FOREIGN KEY (currency) REFERENCES currency (code),
    CONSTRAINT ck_need_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ck_need_status CHECK (status IN ('OPEN', 'PARTLY_MET', 'MET', 'CLOSED')),
    CONSTRAINT ck_need_sought CHECK (
        (amount IS NOT NULL AND amount > 0 AND currency IS NOT NULL
            AND quantity IS NULL AND unit_es IS NULL AND unit_en IS NULL)
        OR (amount IS NULL AND currency IS NULL
            AND quantity IS NOT NULL AND quantity > 0 AND unit_es IS NOT NULL AND unit_en IS NOT NULL))
);
CREATE INDEX ix_need_status ON need (status, due_date);

CREATE TABLE need_department (
    need_id        BIGINT  NOT NULL,
    divipola_code  CHAR(2) NOT NULL,
    CONSTRAINT pk_need_department PRIMARY KEY (need_id, divipola_code),
    CONSTRAINT fk_need_department_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_department_department FOREIGN KEY (divipola_code) REFERENCES department (divipola_code)
);

CREATE TABLE need_municipality (
    need_id        BIGINT  NOT NULL,
    divipola_code  CHAR(5) NOT NULL,
    CONSTRAINT pk_need_municipality PRIMARY KEY (need_id, divipola_code),
    CONSTRAINT fk_need_municipality_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_municipality_municipality FOREIGN KEY (divipola_code) REFERENCES municipality (divipola_code)
);

CREATE TABLE need_action_type (
    need_id           BIGINT     NOT NULL,
    action_type_code  VARCHAR(8) NOT NULL,
    CONSTRAINT pk_need_action_type PRIMARY KEY (need_id, action_type_code),
    CONSTRAINT fk_need_action_type_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_action_type_action_type FOREIGN KEY (action_type_code) REFERENCES action_type (code)
);

-- Activities staff link to the need: they count towards it.
CREATE TABLE need_activity (
    need_id        BIGINT      NOT NULL,
    activity_slug  VARCHAR(80) NOT NULL,
    CONSTRAINT pk_need_activity PRIMARY KEY (need_id, activity_slug),
    CONSTRAINT fk_need_activity_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_activity_activity FOREIGN KEY (activity_slug) REFERENCES activity (slug)
);

ALTER TABLE offer ADD COLUMN need_slug VARCHAR(80);
ALTER TABLE offer ADD CONSTRAINT fk_offer_need FOREIGN KEY (need_slug) REFERENCES need (slug);
CREATE INDEX ix_offer_need ON offer (need_slug) WHERE need_slug IS NOT NULL;
