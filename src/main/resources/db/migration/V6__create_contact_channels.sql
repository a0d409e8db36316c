-- The office's and the citizen care unit's channels, from seed 000, published character for character.
CREATE TABLE contact_channel (
    id        BIGINT GENERATED ALWAYS AS IDENTITY,
    code      VARCHAR(40)  NOT NULL,
    unit      VARCHAR(40)  NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    label_es  VARCHAR(200) NOT NULL,
    label_en  VARCHAR(200) NOT NULL,
    value     VARCHAR(300) NOT NULL,
    -- What a phone dials (tel: link). Bogota landlines take the 601 prefix of the 2021 national numbering
    -- plan; the published value keeps the seed's wording.
    dial      VARCHAR(30),
    position  INTEGER      NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_contact_channel PRIMARY KEY (id),
    CONSTRAINT uq_contact_channel_code UNIQUE (code),
    CONSTRAINT ck_contact_channel_unit CHECK (unit IN ('COOPERATION_OFFICE', 'CITIZEN_CARE')),
    CONSTRAINT ck_contact_channel_kind CHECK (kind IN ('PHONE', 'TELEFAX', 'TOLL_FREE', 'EMAIL', 'MAILING_ADDRESS')),
    CONSTRAINT ck_contact_channel_dial CHECK (dial ~ '^\+?[0-9]{7,15}$')
);

INSERT INTO contact_channel (code, unit, kind, label_es, label_en, value, dial, position) VALUES
    ('OCI_PHONE', 'COOPERATION_OFFICE', 'PHONE', 'Teléfono del Ministerio de Educación', 'Ministry of Education phone number',
     '(571) 222 2800', '+576012222800', 1),
    ('CARE_TELEFAX', 'CITIZEN_CARE', 'TELEFAX', 'Telefax', 'Telefax',
     '222 4953', '+576012224953', 2),
    ('CARE_TOLLFREE_OUTSIDE', 'CITIZEN_CARE', 'TOLL_FREE', 'Línea gratuita fuera de Bogotá', 'Toll-free line from outside Bogotá',
     '01 8000 910122', '018000910122', 3),
    ('CARE_TOLLFREE_BOGOTA', 'CITIZEN_CARE', 'TOLL_FREE', 'Línea gratuita en Bogotá', 'Toll-free line in Bogotá',
     '222 0206', '+576012220206', 4),
    ('CARE_MAIL', 'CITIZEN_CARE', 'MAILING_ADDRESS', 'Dirección de correspondencia', 'Mailing address',
     'Calle 43 No. 57-14 - CAN Bogotá D.C. - Colombia', NULL, 5);
