-- The OECD DAC 5-digit purpose codes (IATI sector vocabulary 1) the office assigns to activities for
-- the IATI file. Only the education codes and the migration code the office's activities call for are
-- listed; English names follow the DAC CRS code list, Spanish names are the portal's translations, for
-- the office to review. An activity gets its sectors from staff in the admin area, never by default.

CREATE TABLE dac_sector (
    code      CHAR(5)      NOT NULL,
    name_es   VARCHAR(200) NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    position  INTEGER      NOT NULL,
    CONSTRAINT pk_dac_sector PRIMARY KEY (code),
    CONSTRAINT ck_dac_sector_code CHECK (code ~ '^[0-9]{5}$')
);

INSERT INTO dac_sector (code, name_es, name_en, position) VALUES
    ('11110', 'Política educativa y gestión administrativa', 'Education policy and administrative management', 1),
    ('11120', 'Infraestructura educativa y capacitación', 'Education facilities and training', 2),
    ('11130', 'Formación de docentes', 'Teacher training', 3),
    ('11182', 'Investigación educativa', 'Educational research', 4),
    ('11220', 'Educación primaria', 'Primary education', 5),
    ('11230', 'Habilidades básicas para la vida de adultos', 'Basic life skills for adults', 6),
    ('11231', 'Habilidades básicas para la vida de jóvenes', 'Basic life skills for youth', 7),
    ('11232', 'Educación primaria equivalente para adultos', 'Primary education equivalent for adults', 8),
    ('11240', 'Educación de la primera infancia', 'Early childhood education', 9),
    ('11250', 'Alimentación escolar', 'School feeding', 10),
    ('11260', 'Educación secundaria baja', 'Lower secondary education', 11),
    ('11320', 'Educación secundaria alta', 'Upper secondary education', 12),
    ('11330', 'Formación profesional', 'Vocational training', 13),
    ('11420', 'Educación superior', 'Higher education', 14),
    ('11430', 'Formación técnica y gerencial avanzada', 'Advanced technical and managerial training', 15),
    ('15190', 'Facilitación de una migración y movilidad ordenada, segura, regular y responsable',
        'Facilitation of orderly, safe, regular and responsible migration and mobility', 16);

CREATE TABLE activity_sector (
    activity_id  BIGINT  NOT NULL,
    dac_code     CHAR(5) NOT NULL,
    CONSTRAINT pk_activity_sector PRIMARY KEY (activity_id, dac_code),
    CONSTRAINT fk_activity_sector_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_sector_dac_sector FOREIGN KEY (dac_code) REFERENCES dac_sector (code)
);
CREATE INDEX ix_activity_sector_code ON activity_sector (dac_code, activity_id);
