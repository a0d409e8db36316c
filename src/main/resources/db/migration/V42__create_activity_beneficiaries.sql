-- How many people or bodies an activity reaches, by group, alongside its age range.
CREATE TABLE activity_beneficiary (
    activity_id        BIGINT      NOT NULL,
    beneficiary_group  VARCHAR(30) NOT NULL,
    people             BIGINT      NOT NULL,
    CONSTRAINT pk_activity_beneficiary PRIMARY KEY (activity_id, beneficiary_group),
    CONSTRAINT fk_activity_beneficiary_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_beneficiary_group CHECK (beneficiary_group IN ('CHILDREN_ADOLESCENTS', 'TEACHERS',
        'FAMILIES', 'SCHOOLS', 'INSTITUTIONS')),
    CONSTRAINT ck_activity_beneficiary_people CHECK (people >= 0)
);

-- Together we Learn, as seed 003 counts them: "over 142,000 children and adolescents", "over 16,000
-- educators", "14,000 parents and caregivers" (families and caregivers), "400 educational centers"
-- and "seven Secretaries of Education" (institutions). The same figures are its targets (V23).
INSERT INTO activity_beneficiary (activity_id, beneficiary_group, people)
SELECT a.id, b.beneficiary_group, b.people
FROM activity a,
     (VALUES ('CHILDREN_ADOLESCENTS', 142000), ('TEACHERS', 16000), ('FAMILIES', 14000), ('SCHOOLS', 400),
             ('INSTITUTIONS', 7)) AS b (beneficiary_group, people)
WHERE a.slug = 'together-we-learn';
