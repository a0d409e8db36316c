-- Cooperation activities the office publishes: what, who, when, where, for whom, and the targets
-- they pursue. Dates may be known to the month only (precision MONTH: the date is the month's
-- first day). The status is computed from the dates unless staff override it.

CREATE TABLE activity (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY,
    slug                   VARCHAR(80)    NOT NULL,
    title_es               VARCHAR(300)   NOT NULL,
    title_en               VARCHAR(300)   NOT NULL,
    description_es         VARCHAR(10000) NOT NULL,
    description_en         VARCHAR(10000) NOT NULL,
    start_date             DATE           NOT NULL,
    start_precision        VARCHAR(5)     NOT NULL,
    end_date               DATE,
    end_precision          VARCHAR(5),
    status_override        VARCHAR(20),
    age_min                SMALLINT,
    age_max                SMALLINT,
    contact_name           VARCHAR(150),
    contact_department_es  VARCHAR(200),
    contact_department_en  VARCHAR(200),
    contact_email          VARCHAR(254),
    contact_phone          VARCHAR(40),
    source_offer_code      VARCHAR(20),
    created_at             TIMESTAMPTZ    NOT NULL,
    updated_at             TIMESTAMPTZ    NOT NULL,
    version                BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_activity PRIMARY KEY (id),
    CONSTRAINT uq_activity_slug UNIQUE (slug),
    CONSTRAINT uq_activity_source_offer_code UNIQUE (source_offer_code),
    CONSTRAINT fk_activity_source_offer FOREIGN KEY (source_offer_code) REFERENCES offer (tracking_code),
    CONSTRAINT ck_activity_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ck_activity_start_precision CHECK (start_precision IN ('MONTH', 'DAY')),
    CONSTRAINT ck_activity_end_precision CHECK (end_precision IN ('MONTH', 'DAY')),
    CONSTRAINT ck_activity_month_starts CHECK (start_precision = 'DAY' OR extract(DAY FROM start_date) = 1),
    CONSTRAINT ck_activity_month_ends CHECK (end_precision IS DISTINCT FROM 'MONTH' OR extract(DAY FROM end_date) = 1),
    CONSTRAINT ck_activity_end_has_precision CHECK ((end_date IS NULL) = (end_precision IS NULL)),
    CONSTRAINT ck_activity_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_activity_status_override
        CHECK (status_override IN ('PLANNED', 'UNDER_WAY', 'FINISHED', 'SUSPENDED', 'CANCELLED')),
    CONSTRAINT ck_activity_ages CHECK ((age_min IS NULL OR age_min BETWEEN 0 AND 120)
        AND (age_max IS NULL OR age_max BETWEEN 0 AND 120)
        AND (age_min IS NULL OR age_max IS NULL OR age_min <= age_max))
);

-- Funders, implementing organisations and local partners, each with its role.
CREATE TABLE activity_organisation (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    activity_id  BIGINT       NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    position     INTEGER      NOT NULL,
    CONSTRAINT pk_activity_organisation PRIMARY KEY (id),
    CONSTRAINT fk_activity_organisation_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_organisation_role CHECK (role IN ('FUNDER', 'IMPLEMENTER', 'PARTNER'))
);
CREATE INDEX ix_activity_organisation_activity ON activity_organisation (activity_id, position);

-- Departments the activity works in as a whole (besides those of its cities).
CREATE TABLE activity_department (
    activity_id    BIGINT  NOT NULL,
    divipola_code  CHAR(2) NOT NULL,
    CONSTRAINT pk_activity_department PRIMARY KEY (activity_id, divipola_code),
    CONSTRAINT fk_activity_department_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_department_department FOREIGN KEY (divipola_code) REFERENCES department (divipola_code)
);
CREATE INDEX ix_activity_department_code ON activity_department (divipola_code, activity_id);

-- Municipalities by their DIVIPOLA code (5 digits: the department's 2, then 3 of the municipality).
CREATE TABLE activity_city (
    activity_id      BIGINT       NOT NULL,
    divipola_code    CHAR(5)      NOT NULL,
    name             VARCHAR(120) NOT NULL,
    department_code  CHAR(2)      NOT NULL,
    CONSTRAINT pk_activity_city PRIMARY KEY (activity_id, divipola_code),
    CONSTRAINT fk_activity_city_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_city_department FOREIGN KEY (department_code) REFERENCES department (divipola_code),
    CONSTRAINT ck_activity_city_code CHECK (divipola_code ~ '^[0-9]{5}$' AND left(divipola_code, 2) = department_code)
);
CREATE INDEX ix_activity_city_department ON activity_city (department_code, activity_id);

CREATE TABLE activity_strategic_project (
    activity_id   BIGINT      NOT NULL,
    project_code  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_activity_strategic_project PRIMARY KEY (activity_id, project_code),
    CONSTRAINT fk_activity_strategic_project_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_strategic_project_project FOREIGN KEY (project_code) REFERENCES strategic_project (code)
);
CREATE INDEX ix_activity_strategic_project_code ON activity_strategic_project (project_code, activity_id);

CREATE TABLE activity_action_type (
    activity_id       BIGINT     NOT NULL,
    action_type_code  VARCHAR(8) NOT NULL,
    CONSTRAINT pk_activity_action_type PRIMARY KEY (activity_id, action_type_code),
    CONSTRAINT fk_activity_action_type_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_action_type_action_type FOREIGN KEY (action_type_code) REFERENCES action_type (code)
);
CREATE INDEX ix_activity_action_type_code ON activity_action_type (action_type_code, activity_id);

-- Public documents about the activity, by address.
CREATE TABLE activity_link (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    activity_id  BIGINT        NOT NULL,
    url          VARCHAR(1000) NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    position     INTEGER       NOT NULL,
    CONSTRAINT pk_activity_link PRIMARY KEY (id),
    CONSTRAINT fk_activity_link_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_link_url CHECK (url ~ '^https?://')
);
CREATE INDEX ix_activity_link_activity ON activity_link (activity_id, position);

-- What the activity sets out to reach, as an indicator with a number.
CREATE TABLE activity_target (
    id            BIGINT GENERATED ALWAYS AS IDENTITY,
    activity_id   BIGINT       NOT NULL,
    indicator_es  VARCHAR(300) NOT NULL,
    indicator_en  VARCHAR(300) NOT NULL,
    target_value  BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    CONSTRAINT pk_activity_target PRIMARY KEY (id),
    CONSTRAINT fk_activity_target_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_target_value CHECK (target_value > 0)
);
CREATE INDEX ix_activity_target_activity ON activity_target (activity_id, position);

-- Progress against a target over time: the value reached by a date (cumulative), as staff record it.
CREATE TABLE activity_progress (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    target_id    BIGINT        NOT NULL,
    measured_on  DATE          NOT NULL,
    value        BIGINT        NOT NULL,
    recorded_by  VARCHAR(254)  NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_activity_progress PRIMARY KEY (id),
    CONSTRAINT fk_activity_progress_target FOREIGN KEY (target_id) REFERENCES activity_target (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_progress_value CHECK (value >= 0)
);
CREATE INDEX ix_activity_progress_target ON activity_progress (target_id, measured_on, id);

-- Milestones: what happened, when, in both languages.
CREATE TABLE activity_milestone (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    activity_id  BIGINT        NOT NULL,
    reached_on   DATE          NOT NULL,
    text_es      VARCHAR(1000) NOT NULL,
    text_en      VARCHAR(1000) NOT NULL,
    recorded_by  VARCHAR(254)  NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_activity_milestone PRIMARY KEY (id),
    CONSTRAINT fk_activity_milestone_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
);
CREATE INDEX ix_activity_milestone_activity ON activity_milestone (activity_id, reached_on, id);
