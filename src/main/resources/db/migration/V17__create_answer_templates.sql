-- Answers the office sends submitters with a workflow move, kept by ADMINs in Spanish and English.
-- Staff pick one on the offer page, in the submitter's language, and may edit it before sending.
CREATE TABLE answer_template (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    name        VARCHAR(120)   NOT NULL,
    purpose     VARCHAR(30)    NOT NULL,
    subject_es  VARCHAR(200)   NOT NULL,
    body_es     VARCHAR(5000)  NOT NULL,
    subject_en  VARCHAR(200)   NOT NULL,
    body_en     VARCHAR(5000)  NOT NULL,
    retired     BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ    NOT NULL,
    updated_at  TIMESTAMPTZ    NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_answer_template PRIMARY KEY (id),
    CONSTRAINT ck_answer_template_purpose
        CHECK (purpose IN ('REQUEST_INFORMATION', 'ACCEPT', 'DECLINE', 'CLOSE_AS_DUPLICATE')),
    CONSTRAINT ck_answer_template_texts
        CHECK (btrim(name) <> '' AND btrim(subject_es) <> '' AND btrim(body_es) <> ''
           AND btrim(subject_en) <> '' AND btrim(body_en) <> '')
);
CREATE UNIQUE INDEX uq_answer_template_name ON answer_template (lower(name));
CREATE INDEX ix_answer_template_purpose ON answer_template (purpose, name) WHERE NOT retired;

-- One default answer per move, in both languages.
INSERT INTO answer_template (name, purpose, subject_es, body_es, subject_en, body_en, created_at, updated_at) VALUES
('Solicitud de información complementaria', 'REQUEST_INFORMATION',
 'Necesitamos información adicional sobre su oferta de cooperación',
 E'Agradecemos su interés en apoyar la educación en Colombia. Para continuar con la revisión de su oferta, le solicitamos amablemente la siguiente información:\n\n- \n\nPuede responder desde el enlace privado que aparece al final de este mensaje y adjuntar los documentos que considere pertinentes. Una vez recibamos su respuesta, retomaremos la revisión.',
 'We need further information about your cooperation offer',
 E'Thank you for your interest in supporting education in Colombia. To continue reviewing your offer, we kindly ask you for the following information:\n\n- \n\nYou can reply through the private link at the end of this message and attach any documents you consider relevant. As soon as we receive your answer, we will resume the review.',
 now(), now()),
('Aceptación de la oferta', 'ACCEPT',
 'Su oferta de cooperación fue aceptada',
 E'Nos complace informarle que la Oficina de Cooperación Internacional del Ministerio de Educación Nacional aceptó su oferta de cooperación. Agradecemos su compromiso con la educación del país.\n\nEn los próximos días hábiles una persona de la Oficina se pondrá en contacto con usted para acordar los siguientes pasos, los responsables y el cronograma de trabajo.',
 'Your cooperation offer has been accepted',
 E'We are pleased to inform you that the International Cooperation Office of the Ministry of National Education has accepted your cooperation offer. We appreciate your commitment to education in Colombia.\n\nIn the coming business days, a member of the Office will contact you to agree on the next steps, the people in charge and the work schedule.',
 now(), now()),
('No aceptación de la oferta', 'DECLINE',
 'Respuesta a su oferta de cooperación',
 E'Agradecemos sinceramente su interés en cooperar con el Ministerio de Educación Nacional. Después de revisar su oferta con atención, le informamos que en esta oportunidad no es posible aceptarla, porque no se ajusta a las prioridades y a los proyectos estratégicos vigentes del sector.\n\nLo invitamos a consultar los proyectos estratégicos publicados en el portal y a presentar una nueva oferta cuando lo considere oportuno. Será un gusto revisarla.',
 'Response to your cooperation offer',
 E'We sincerely thank you for your interest in cooperating with the Ministry of National Education. After carefully reviewing your offer, we regret to inform you that we are unable to accept it at this time, as it does not match the current priorities and strategic projects of the sector.\n\nWe invite you to consult the strategic projects published on the portal and to submit a new offer whenever you see fit. We will be glad to review it.',
 now(), now()),
('Cierre por oferta duplicada', 'CLOSE_AS_DUPLICATE',
 'Su oferta de cooperación ya está registrada',
 E'Agradecemos su interés en cooperar con el Ministerio de Educación Nacional. Al revisar esta oferta encontramos que repite otra que ya recibimos y que estamos tramitando, por lo que cerramos este radicado para evitar una doble revisión.\n\nNo es necesario que haga nada más: le daremos respuesta sobre la oferta original. Si considera que se trata de una oferta distinta, escríbanos indicando el número de radicado de este mensaje.',
 'Your cooperation offer is already registered',
 E'Thank you for your interest in cooperating with the Ministry of National Education. While reviewing this offer, we found that it repeats another one we have already received and are processing, so we have closed this filing number to avoid reviewing it twice.\n\nYou do not need to do anything else: we will respond regarding the original offer. If you believe this is a different offer, please write to us quoting the filing number in this message.',
 now(), now());
