-- The portal's policies (Resolución MinTIC 1519 de 2020, Anexo 2 §2.3), in Spanish and English. Each carries the
-- version and the date the public sees; an ADMIN's change raises the version and sets the date. The text is
-- plain text with a small markup (blank line between paragraphs, "## " headings, "- " list items), never HTML.
CREATE TABLE legal_text (
    code         VARCHAR(30)    NOT NULL,
    body_es      VARCHAR(60000) NOT NULL,
    body_en      VARCHAR(60000) NOT NULL,
    revision     INTEGER        NOT NULL DEFAULT 1,
    revised_on   DATE           NOT NULL DEFAULT (now() AT TIME ZONE 'America/Bogota')::date,
    updated_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_by   VARCHAR(254)   NOT NULL DEFAULT 'system',
    version      BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_legal_text PRIMARY KEY (code),
    CONSTRAINT ck_legal_text_code CHECK (code IN ('TERMS', 'PERSONAL_DATA_POLICY', 'COPYRIGHT', 'ACCESSIBILITY')),
    CONSTRAINT ck_legal_text_revision CHECK (revision >= 1),
    CONSTRAINT ck_legal_text_body CHECK (btrim(body_es) <> '' AND btrim(body_en) <> '')
);
