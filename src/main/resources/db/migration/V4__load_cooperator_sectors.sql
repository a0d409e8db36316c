-- The 5 kinds of cooperators, from seed 000 ("Who may cooperate?"): text_en verbatim; the companies'
-- text carries the seed's definition of Corporate Social Responsibility. Spanish is the portal's translation.
INSERT INTO cooperator_sector (code, name_es, name_en, text_es, text_en, position) VALUES
    ('COMPANY', 'Empresas', 'Companies',
     'Empresas con programas de Responsabilidad Social Empresarial orientados a la comunidad o interesadas en invertir en proyectos educativos. La Responsabilidad Social Empresarial es una visión de negocio cuyo fin último es contribuir al logro de los objetivos estratégicos de las empresas mejorando su competitividad, su sostenibilidad y la calidad de vida de las personas.',
     'Companies with Corporate Social Responsibility community-oriented programs or those interested in investing in education projects. Corporate Social Responsibility is a business vision whose final goal is to contribute to accomplishing companies'' strategic objectives by improving their competitiveness, sustainability and quality of life for the people.', 1),
    ('NGO', 'Organizaciones no gubernamentales (ONG)', 'Non-governmental organizations',
     'Organizaciones no gubernamentales (ONG) que desarrollan, ejecutan o apoyan programas de desarrollo y que están interesadas en recibir orientación para la ejecución de proyectos educativos. El Ministerio solo brindará asesoría en proyectos relacionados con la política de Educación Nacional.',
     'Non-Governmental organizations (NGO) that develop, perform or support development programs and that are interested in obtaining guidance on the execution of education projects. The Ministry will only advise on projects related to the National Education policy.', 2),
    ('INSTITUTION', 'Instituciones educativas, universidades y centros de investigación', 'Education institutions, universities and research centers',
     'Instituciones educativas, universidades o centros de investigación que realizan proyectos educativos innovadores o que cuentan con buenas prácticas o experiencias significativas.',
     'Education institutions, universities or research centers that perform innovative education projects or those that have good practices or significant experiences.', 3),
    ('MULTILATERAL', 'Organismos multilaterales', 'Multilateral organizations',
     'Organismos multilaterales cuyo marco de acción es promover una mejor calidad de la educación o ampliar el acceso a ella, especialmente en poblaciones vulnerables, entre otros.',
     'Multilateral organisms whose action framework is to encourage better quality of education or expand access to education, especially in vulnerable populations, among others.', 4),
    ('FOREIGN_GOV', 'Entidades de gobiernos extranjeros', 'Foreign government entities',
     'Entidades de gobiernos extranjeros interesadas en conocer, intercambiar o recibir asesoría sobre los proyectos y programas educativos desarrollados por el Ministerio de Educación, así como por colegios, instituciones educativas o instituciones de educación superior.',
     'Government entities in foreign countries interested in knowing, exchanging or receiving advice on education projects and programs developed by the Ministry of Education and also by schools, education institutions or higher education institutions.', 5);
