-- The catalogue the office maintains: ways to cooperate, kinds of cooperators, strategic projects.

CREATE TABLE action_type (
    id             BIGINT GENERATED ALWAYS AS IDENTITY,
    code           VARCHAR(8)    NOT NULL,
    short_name_es  VARCHAR(120)  NOT NULL,
    short_name_en  VARCHAR(120)  NOT NULL,
    text_es        VARCHAR(1000) NOT NULL,
    text_en        VARCHAR(1000) NOT NULL,
    position       INTEGER       NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_action_type PRIMARY KEY (id),
    CONSTRAINT uq_action_type_code UNIQUE (code)
);

CREATE TABLE cooperator_sector (
    id        BIGINT GENERATED ALWAYS AS IDENTITY,
    code      VARCHAR(20)   NOT NULL,
    name_es   VARCHAR(200)  NOT NULL,
    name_en   VARCHAR(200)  NOT NULL,
    text_es   VARCHAR(2000) NOT NULL,
    text_en   VARCHAR(2000) NOT NULL,
    position  INTEGER       NOT NULL,
    version   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_cooperator_sector PRIMARY KEY (id),
    CONSTRAINT uq_cooperator_sector_code UNIQUE (code)
);

CREATE TABLE strategic_project (
    id            BIGINT GENERATED ALWAYS AS IDENTITY,
    code          VARCHAR(20)   NOT NULL,
    level         VARCHAR(40)   NOT NULL,
    axis          VARCHAR(20)   NOT NULL,
    name_es       VARCHAR(300)  NOT NULL,
    name_en       VARCHAR(300)  NOT NULL,
    objective_es  VARCHAR(2000),
    objective_en  VARCHAR(2000),
    source        VARCHAR(1000),
    retired       BOOLEAN       NOT NULL DEFAULT FALSE,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_strategic_project PRIMARY KEY (id),
    CONSTRAINT uq_strategic_project_code UNIQUE (code),
    CONSTRAINT ck_strategic_project_level
        CHECK (level IN ('PRESCHOOL_BASIC_SECONDARY', 'HIGHER_EDUCATION', 'SECTOR_MANAGEMENT')),
    CONSTRAINT ck_strategic_project_axis
        CHECK (axis IN ('COVERAGE', 'QUALITY', 'PERTINENCE', 'EFFICIENCY'))
);

-- Which ways to cooperate fit which project; the office narrows it in the admin area.
CREATE TABLE strategic_project_action_type (
    strategic_project_id  BIGINT NOT NULL,
    action_type_id        BIGINT NOT NULL,
    CONSTRAINT pk_strategic_project_action_type PRIMARY KEY (strategic_project_id, action_type_id),
    CONSTRAINT fk_strategic_project_action_type_project
        FOREIGN KEY (strategic_project_id) REFERENCES strategic_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_strategic_project_action_type_action_type
        FOREIGN KEY (action_type_id) REFERENCES action_type (id) ON DELETE CASCADE
);

CREATE INDEX ix_strategic_project_action_type_action_type ON strategic_project_action_type (action_type_id);
