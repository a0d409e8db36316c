-- The first published activity: Together we Learn / Juntos Aprendemos, from seed 003
-- (/work/shared/data/cooperation-activities.csv and activity-targets.csv).
-- English description: the seed's text (whitespace normalised). Spanish description and Spanish
-- indicator names: the portal's translations, for the office to review.
-- The seed names no funder: none is recorded (the page says it is not published). The seed assigns
-- no strategic project, way to cooperate, DAC sector or document: the office adds them in the admin
-- area. The contact is the one the seed publishes.
-- The data gives the cities by name only; their DIVIPOLA municipality codes are DANE's official codes
-- for these nine department capitals (department code + 001), added by us.

INSERT INTO activity (slug, title_es, title_en, description_es, description_en, start_date, start_precision,
        end_date, end_precision, age_min, age_max, contact_name, contact_department_es, contact_department_en,
        created_at, updated_at)
VALUES ('together-we-learn', 'Juntos Aprendemos', 'Together we Learn',
$es$La actividad Juntos Aprendemos amplía el acceso a una educación de calidad de niñas, niños y adolescentes de 3 a 17 años en zonas afectadas por la migración. La actividad ayuda a niñas, niños y adolescentes a desarrollar las habilidades que necesitan para aprender y para su éxito futuro, mejorando su participación, permanencia y desempeño en la escuela. También trabaja con actores locales y nacionales, como el Ministerio de Educación, las Secretarías de Educación, el Instituto Colombiano de Bienestar Familiar (ICBF) y las organizaciones de la sociedad civil (OSC), entre otros, para comprender y superar las barreras que enfrentan niñas, niños y adolescentes para acceder a la educación. La actividad se implementa en zonas con gran población de migrantes venezolanos y colombianos retornados, entre ellas Barranquilla, Bogotá, Bucaramanga, Cali, Cartagena, Cúcuta, Medellín, Riohacha y Santa Marta. Juntos Aprendemos va de febrero de 2021 a febrero de 2026.

Juntos Aprendemos apoya el desarrollo de entornos de aprendizaje seguros, incluyentes y que responden a las necesidades de quienes aprenden. Para ello fortalece la capacidad de los actores gubernamentales locales y nacionales para ofrecer una educación de calidad, y la de los educadores para mejorar la enseñanza de habilidades fundamentales como la lectoescritura, las matemáticas y el aprendizaje socioemocional.

Juntos Aprendemos trabaja con organizaciones de la sociedad civil y actores de los gobiernos locales para aumentar la matrícula y la permanencia de los estudiantes en el sistema educativo. La actividad también mejora el acceso de niñas, niños y adolescentes a servicios de apoyo jurídico, de protección y psicosocial, y amplía su acceso a modalidades educativas flexibles, como el aprendizaje a distancia.

Juntos Aprendemos fortalece a los actores comunitarios, como las asociaciones de padres de familia y docentes, para que participen en las decisiones relacionadas con la educación y en la prestación de servicios. La actividad también aumenta la participación de las familias y cuidadores en el aprendizaje de los estudiantes, y desarrolla actividades comunitarias que reúnen a niñas, niños, adolescentes, familias, escuelas y empresas.

• Beneficiar a más de 142.000 niñas, niños y adolescentes mediante diferentes intervenciones;
• Aliarse con 400 centros educativos para mejorar la calidad de la educación y el acceso de los estudiantes a ella, y aumentar la matrícula escolar;
• Ampliar y fortalecer modelos educativos para acelerar el aprendizaje y generar oportunidades para miles de niñas, niños y adolescentes en riesgo;
• Fortalecer, mediante evaluaciones organizacionales y mentorías entre pares, las capacidades de los socios locales Fundación Carvajal, Pro-Antioquia y Parque Explora;
• Fortalecer las capacidades de siete Secretarías de Educación para cerrar brechas de aprendizaje, promover la inclusión, favorecer la permanencia escolar y mejorar el bienestar socioemocional de la comunidad educativa;
• Trabajar con más de 16.000 educadores y 14.000 padres, madres y cuidadores mediante diversos programas basados en evidencia que apoyan el desarrollo profesional docente, la participación de las familias y el bienestar de la comunidad escolar;
• Colaborar con el Ministerio de Educación y las Secretarías de Educación en el diseño y la implementación de políticas públicas educativas que promuevan el acceso y la permanencia de la niñez migrante y retornada en el sistema educativo colombiano.$es$,
$en$The Together we Learn Activity increases children and adolescents’, ages 3 to 17, access to quality education in areas impact by migration. The activity helps children and adolescents develop skills needed for learning and future success by improving their participation, retention, and performance in school. The activity also works with local and national actors, like the Ministry of Education, Secretaries of Education, the Colombian Family Welfare Institute (ICBF), civil society organizations (CSOs) and more, to understand and address children and adolescents’ barriers to educational access. The activity is implemented in areas with large populations of Venezuelan migrants and Colombian returnees, including Barranquilla, Bogota, Bucaramanga, Cali, Cartagena, Cucuta, Medellin, Riohacha, and Santa Marta. Juntos Aprendemos runs from February 2021 to February 2026.

Together we Learn supports the development of learning environments that are safe, inclusive, and responsive to the needs of learners. It does this by strengthening local and national government actors’ capacity to provide quality education, and by strengthening educators’ capacity to deliver improved instruction in foundational skills, like literacy, numeracy, and social and emotional learning.

Together we Learn works with CSOs and local government actors to increase student enrollment and retention in education. The activity also improves children and adolescents’ access to legal, protection, and psychosocial support services, and increases children and adolescents’ access to flexible education modalities, like remote learning.

Together we Learn empowers community actors, like parent-teacher associations, to engage in education-related decision making and service delivery. The activity also increases family and caregiver’s engagement in student learning, and develops community activities that bring together children, adolescents, families, schools, and businesses.

• Benefit over 142,000 children and adolescents through different interventions;
• Partner with 400 educational centers to improve the quality of, and student access to, education and increase student enrollment in school;
• Expand and strengthen educational models to accelerate learning and to generate opportunities for thousands of at-risk children and adolescents;
• Use organizational assessments and peer mentoring to strengthen the capacities of local partners Fundación Carvajal, Pro-Antioquia, and Parque Explora;
• Strengthen seven Secretaries of Education’s capacities to close learning gaps, promote inclusion, encourage student permanence in school, and enhance the socio-emotional well-being of the educational community;
• Work with over 16,000 educators and 14,000 parents and caregivers through a variety of evidence-based programs that support teachers’ professional development, family engagement, and school community well-being;
• Collaborate with the Ministry of Education and Secretaries of Education to design and implement educational public policies that promote access and permeance of migrant and returnee children to the Colombian educational system.$en$,
    DATE '2021-02-01', 'MONTH', DATE '2026-02-01', 'MONTH', 3, 17,
    'Juan Mahecha Martín', 'Cooperación Internacional', 'International Cooperation', now(), now());

-- The seed calls them "local partners".
INSERT INTO activity_organisation (activity_id, role, name, position)
SELECT a.id, 'PARTNER', p.name, p.position
FROM activity a,
     (VALUES ('Fundación Carvajal', 1), ('Pro-Antioquia', 2), ('Parque Explora', 3)) AS p (name, position)
WHERE a.slug = 'together-we-learn';

INSERT INTO activity_city (activity_id, divipola_code, name, department_code)
SELECT a.id, c.code, c.name, left(c.code, 2)
FROM activity a,
     (VALUES ('08001', 'Barranquilla'), ('11001', 'Bogotá'), ('68001', 'Bucaramanga'), ('76001', 'Cali'),
             ('13001', 'Cartagena'), ('54001', 'Cúcuta'), ('05001', 'Medellín'), ('44001', 'Riohacha'),
             ('47001', 'Santa Marta')) AS c (code, name)
WHERE a.slug = 'together-we-learn';

INSERT INTO activity_target (activity_id, indicator_es, indicator_en, target_value, position)
SELECT a.id, t.indicator_es, t.indicator_en, t.target_value, t.position
FROM activity a,
     (VALUES ('Niñas, niños y adolescentes beneficiados', 'Children and adolescents benefited', 142000, 1),
             ('Centros educativos aliados', 'Educational centers partnered', 400, 2),
             ('Secretarías de Educación fortalecidas', 'Secretaries of Education strengthened', 7, 3),
             ('Educadores alcanzados', 'Educators reached', 16000, 4),
             ('Padres, madres y cuidadores alcanzados', 'Parents and caregivers reached', 14000, 5))
         AS t (indicator_es, indicator_en, target_value, position)
WHERE a.slug = 'together-we-learn';
