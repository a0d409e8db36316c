-- The 17 Sustainable Development Goals, by the codes of IATI's UNSDG-Goals codelist
-- (IATI-Codelists-NonEmbedded, commit 7aeece7), with their short names: English as the UN
-- publishes them, Spanish ours (after the UN's Spanish short names), for the office to review.
CREATE TABLE sdg_goal (
    code     SMALLINT     NOT NULL,
    name_es  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_sdg_goal PRIMARY KEY (code),
    CONSTRAINT ck_sdg_goal_code CHECK (code BETWEEN 1 AND 17)
);

INSERT INTO sdg_goal (code, name_es, name_en) VALUES
    (1, 'Fin de la pobreza', 'No poverty'),
    (2, 'Hambre cero', 'Zero hunger'),
    (3, 'Salud y bienestar', 'Good health and well-being'),
    (4, 'Educación de calidad', 'Quality education'),
    (5, 'Igualdad de género', 'Gender equality'),
    (6, 'Agua limpia y saneamiento', 'Clean water and sanitation'),
    (7, 'Energía asequible y no contaminante', 'Affordable and clean energy'),
    (8, 'Trabajo decente y crecimiento económico', 'Decent work and economic growth'),
    (9, 'Industria, innovación e infraestructura', 'Industry, innovation and infrastructure'),
    (10, 'Reducción de las desigualdades', 'Reduced inequalities'),
    (11, 'Ciudades y comunidades sostenibles', 'Sustainable cities and communities'),
    (12, 'Producción y consumo responsables', 'Responsible consumption and production'),
    (13, 'Acción por el clima', 'Climate action'),
    (14, 'Vida submarina', 'Life below water'),
    (15, 'Vida de ecosistemas terrestres', 'Life on land'),
    (16, 'Paz, justicia e instituciones sólidas', 'Peace, justice and strong institutions'),
    (17, 'Alianzas para lograr los objetivos', 'Partnerships for the goals');

-- The goals an activity contributes to. Together we Learn's seed names none: the office adds them.
CREATE TABLE activity_sdg (
    activity_id  BIGINT   NOT NULL,
    goal_code    SMALLINT NOT NULL,
    CONSTRAINT pk_activity_sdg PRIMARY KEY (activity_id, goal_code),
    CONSTRAINT fk_activity_sdg_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_sdg_goal FOREIGN KEY (goal_code) REFERENCES sdg_goal (code)
);
CREATE INDEX ix_activity_sdg_goal ON activity_sdg (goal_code, activity_id);
