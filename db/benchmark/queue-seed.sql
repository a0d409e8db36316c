-- A million offers for measuring the office's queue. For a benchmark database only, never production:
--   createdb portal_bench && start the portal once against it (Flyway builds the schema), then
--   psql -d portal_bench -v ON_ERROR_STOP=1 -f db/benchmark/queue-seed.sql   (add -v offers=N for another size)
-- About 10 minutes on two cores. Offers arrive every 158 seconds from 2021 on; statuses, projects (1-2 of 28),
-- departments (1-3 of 33, or the whole country) and action types are drawn at random with a fixed seed.
\if :{?offers}
\else
\set offers 1000000
\endif
SET search_path TO portal;
SELECT setseed(0.42);

INSERT INTO staff_account (email, display_name, role, created_at)
SELECT 'analista' || i || '@mineducacion.gov.co', 'Analista ' || i, 'STAFF', now() FROM generate_series(1, 12) i
ON CONFLICT (email) DO NOTHING;

CREATE TEMP TABLE words AS SELECT
  ARRAY['Laboratorios','Becas','Huertas escolares','Bibliotecas móviles','Formación docente','Aulas digitales',
        'Conectividad rural','Clubes de robótica','Bilingüismo','Alimentación escolar','Educación inicial',
        'Orientación vocacional','Infraestructura educativa','Matemáticas','Lectura y escritura',
        'Educación ambiental','Ciencia ciudadana','Arte y cultura','Deporte escolar','Salud mental'] AS topic,
  ARRAY['para docentes rurales','en el Chocó','en La Guajira','para jóvenes','en colegios públicos',
        'para la primera infancia','en zonas de frontera','con comunidades indígenas','en el Pacífico',
        'para educación superior'] AS place,
  ARRAY['Fundación','Corporación','Asociación','Embajada de','Agencia','Universidad','Instituto','Red','Alianza',
        'Banco'] AS kind,
  ARRAY['Horizonte','Futuro','Andina','Caribe','Esperanza','Saber','Nórdica','Pacífico','Global','Solidaria',
        'Amazonía','Llanos','Progreso','Colibrí','Cóndor'] AS name,
  (SELECT array_agg(code ORDER BY code) FROM strategic_project) AS projects,
  (SELECT array_agg(divipola_code ORDER BY divipola_code) FROM department) AS departments,
  (SELECT array_agg(code ORDER BY code) FROM action_type) AS actions,
  (SELECT array_agg(code ORDER BY position) FROM cooperator_sector) AS sectors,
  (SELECT array_agg(id ORDER BY id) FROM staff_account) AS staff;

-- Filing numbers use digits 0 and 1, which real ones never contain, so they cannot collide.
INSERT INTO offer (tracking_code, form_token, status, organization_name, sector, country, contact_name, contact_email,
    preferred_language, title, description, national_scope, received_at, updated_at, assignee_id,
    response_clock_started_at)
SELECT 'CO-' || (1000 + g / 10000) || '-' || lpad((g % 10000)::text, 4, '0') || '-' || lpad((g % 7919)::text, 4, '0'),
       'bench-' || g, s.status,
       w.kind[1 + g % 10] || ' ' || w.name[1 + (g / 10) % 15] || ' ' || (g % 997),
       w.sectors[1 + floor(random() * array_length(w.sectors, 1))::int], 'CO', 'Contacto ' || g,
       'contacto' || g || '@example.org', 'es',
       w.topic[1 + floor(random() * 20)::int] || ' ' || w.place[1 + floor(random() * 10)::int],
       'Propuesta de cooperación: ' || w.topic[1 + floor(random() * 20)::int] || ' '
           || w.place[1 + floor(random() * 10)::int] || '. Beneficia a ' || (g % 500) || ' estudiantes.',
       random() < 0.1, r.at, r.at,
       CASE WHEN random() < 0.33 THEN NULL ELSE w.staff[1 + floor(random() * array_length(w.staff, 1))::int] END,
       CASE WHEN s.status IN ('RECEIVED', 'IN_REVIEW') THEN r.at END
FROM generate_series(1::bigint, :offers) g
CROSS JOIN words w
CROSS JOIN LATERAL (SELECT timestamptz '2021-01-01 08:00-05' + g * interval '158 seconds' AS at) r
CROSS JOIN LATERAL (SELECT (ARRAY['RECEIVED','IN_REVIEW','MORE_INFORMATION_REQUESTED','ACCEPTED','ACCEPTED','ACCEPTED',
    'DECLINED','DECLINED','DECLINED','WITHDRAWN'])[1 + floor(random() * 10 + g * 0)::int] AS status) s;

-- The triggers of V15 copy these codes onto each offer's row. Each random() mentions the offer, so that it is
-- drawn for every offer rather than once per value of n.
INSERT INTO offer_strategic_project (offer_id, project_code)
SELECT DISTINCT o.id, w.projects[1 + floor(random() * 28 + n * 0 + o.id * 0)::int]
FROM offer o, words w, generate_series(1, 2) n
WHERE o.form_token LIKE 'bench-%' AND (n = 1 OR random() + 0 * o.id < 0.5);
INSERT INTO offer_department (offer_id, divipola_code)
SELECT DISTINCT o.id, w.departments[1 + floor(random() * 33 + n * 0 + o.id * 0)::int]
FROM offer o, words w, generate_series(1, 3) n
WHERE o.form_token LIKE 'bench-%' AND NOT o.national_scope AND (n = 1 OR random() + 0 * o.id < 0.4);
INSERT INTO offer_action_type (offer_id, action_type_code)
SELECT DISTINCT o.id, w.actions[1 + floor(random() * 13 + n * 0 + o.id * 0)::int]
FROM offer o, words w, generate_series(1, 2) n
WHERE o.form_token LIKE 'bench-%' AND (n = 1 OR random() + 0 * o.id < 0.4);

VACUUM ANALYZE offer;
VACUUM ANALYZE offer_strategic_project;
VACUUM ANALYZE offer_department;
VACUUM ANALYZE offer_action_type;
