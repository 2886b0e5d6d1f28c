-- Deterministic benchmark data: an institution at scale, written into an empty, migrated
-- database (run the service once against it first so that Flyway creates the schema).
--
--   psql -v officers=20000 -v departments=40 -v challenges=200 -v ideas=10000 \
--        -v supports=100000 -v comments=30000 -v teams=500 -v judges=10 -v ballots=15000 \
--        -v closed_events=20 -v projects=300 -f seed.sql
--
-- Every value is computed from row numbers (no random()), so two runs build the same data.
-- Subjects are "bench-officer-N" (officers), "bench-organizer" and "bench-innovation"; the
-- benchmark signs tokens for those subjects.
\set ON_ERROR_STOP on
begin;

-- People: officers 1..N, then an organizer and an innovation-office member.
-- People who have signed in before (roles as last seen): the benchmark measures steady
-- state, not each officer's first sign-in (which records the roles once).
insert into person (id, subject, username, display_name, email, department, department_from_idp, roles)
select n, 'bench-officer-' || n, 'officer' || n, 'Officer ' || n, 'officer' || n || '@bench.example',
       'Department ' || (n % :departments), true, 'officer'
from generate_series(1, :officers) n;
insert into person (id, subject, username, display_name, email, department, department_from_idp, roles) values
    (:officers + 1, 'bench-organizer', 'organizer', 'Bench Organizer', 'organizer@bench.example', 'Department 0', true,
     'officer,organizer'),
    (:officers + 2, 'bench-innovation', 'innovation', 'Bench Innovation', 'innovation@bench.example', 'Department 1', true,
     'innovation-office,officer');
select setval('person_id_seq', :officers + 2);
\set organizer :officers + 1
\set innovation :officers + 2

-- Events: 1 = in VOTING (the hot one), 2 = in VOTING until the benchmark publishes its
-- results, 3.. = closed events of previous years.
insert into event (id, slug, title, description, phase, ideation_starts_at, hacking_starts_at, voting_starts_at,
                   results_at, closes_at, team_size_min, team_size_max, vote_budget, max_votes_per_entry,
                   created_by, jury_weight, vote_weight, min_judges)
values (1, 'bench-voting', 'Hackathon de servicios digitales', 'Evento en votación.', 'VOTING',
        now() - interval '60 days', now() - interval '30 days', now() - interval '1 day',
        now() + interval '30 days', now() + interval '60 days', 1, 6, 10, 3, :organizer, 40, 60, 1),
       (2, 'bench-results', 'Hackathon de trámites', 'Evento con resultados publicados.', 'VOTING',
        now() - interval '90 days', now() - interval '70 days', now() - interval '40 days',
        now() + interval '30 days', now() + interval '60 days', 1, 6, 10, 3, :organizer, 40, 60, 1);
insert into event (id, slug, title, description, phase, ideation_starts_at, hacking_starts_at, voting_starts_at,
                   results_at, closes_at, team_size_min, team_size_max, vote_budget, max_votes_per_entry,
                   created_by, jury_weight, vote_weight)
select 2 + k, 'bench-closed-' || k, 'Hackathon ' || k, 'Evento cerrado.', 'CLOSED',
       now() - (k * 60 + 50) * interval '1 day', now() - (k * 60 + 40) * interval '1 day',
       now() - (k * 60 + 30) * interval '1 day', now() - (k * 60 + 20) * interval '1 day',
       now() - (k * 60 + 10) * interval '1 day', 1, 6, 10, 3, :organizer, 0, 100
from generate_series(1, :closed_events) k;
select setval('event_id_seq', 2 + :closed_events);

-- Challenges: all accepted; the first ten are the themes of the event in voting.
insert into challenge (id, title, service, problem, affected, evidence, department, status, reviewed_by, reviewed_at,
                       author_id, created_at)
select n, 'Reto ' || n || ': ' || (array['colas en la oficina de empleo', 'cita previa del registro civil',
           'ayudas de vivienda tardan meses', 'formularios de becas en papel', 'licencias de obra duplicadas',
           'quejas por ruido sin respuesta', 'padrón municipal desactualizado', 'tasas pagadas dos veces'])[1 + n % 8],
       'Servicio ' || (n % 25), 'Los ciudadanos esperan demasiado en el servicio ' || (n % 25) || '.',
       (array['CITIZENS', 'OFFICERS', 'BOTH'])[1 + n % 3], 'Datos del último trimestre.',
       'Department ' || (n % :departments), 'ACCEPTED', :innovation, now() - interval '100 days',
       1 + (n * 37) % :officers, now() - (n % 300) * interval '1 day'
from generate_series(1, :challenges) n;
select setval('challenge_id_seq', :challenges);
insert into event_challenge (event_id, challenge_id, attached_by)
select 1, c, :organizer from generate_series(1, least(10, :challenges)) c;

-- Ideas: one in five belongs to the event in voting (a theme), the rest are free-standing.
insert into idea (id, title, problem, solution, benefit_citizens, benefit_officers, service, department,
                  event_id, challenge_id, state, author_id, decline_reason, submitted_at, created_at, updated_at)
select n,
       (array['Cita previa unificada', 'Ventanilla única digital', 'Firma electrónica móvil', 'Aviso por SMS',
              'Formulario inteligente', 'Datos abiertos de tráfico', 'Pago en línea de tasas',
              'Chat de atención ciudadana', 'Expediente compartido', 'Registro sin papel'])[1 + n % 10]
           || ' ' || n,
       'Problema ' || n || ': los trámites del servicio ' || (n % 25) || ' se repiten en varias oficinas.',
       'Solución ' || n || ': un único punto de entrada con seguimiento del expediente.',
       'Menos desplazamientos.', 'Menos trabajo repetido.', 'Servicio ' || (n % 25),
       'Department ' || (n % :departments),
       case when n % 5 = 0 then 1 end, case when n % 5 = 0 then 1 + (n / 5) % least(10, :challenges) end,
       (array['SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SHORTLISTED', 'DRAFT', 'SUBMITTED', 'DECLINED', 'SUBMITTED'])[1 + n % 8],
       1 + (n * 7919) % :officers,
       case when n % 8 = 6 then 'Duplicada con otra propuesta.' end,
       case when n % 8 <> 4 then now() - (n % 365) * interval '1 day' end,
       now() - (n % 365) * interval '1 day' - interval '1 hour', now() - (n % 365) * interval '1 day'
from generate_series(1, :ideas) n;
select setval('idea_id_seq', :ideas);
insert into idea_tag (idea_id, tag)
select n, (array['digital', 'citas', 'papel', 'datos', 'pagos', 'atencion'])[1 + n % 6] from generate_series(1, :ideas) n;

-- Supports: a skewed number per idea (popular ideas get many), distinct people per idea;
-- generated in layers (every idea's first support, then second, ...) up to the total.
insert into idea_support (idea_id, person_id, created_at)
select i, 1 + (i * 97 + k * 1931) % :officers, now() - (k % 300) * interval '1 hour'
from generate_series(1, :ideas) i,
     lateral generate_series(1, greatest(1, (24 * :supports / :ideas / 10) * ((i * 7919) % 100 + 1) / 101)) k
order by k, i
limit :supports;
update idea i set support_count = s.c from (select idea_id, count(*) c from idea_support group by idea_id) s
where s.idea_id = i.id;

-- Comments on ideas.
insert into comment (idea_id, author_id, body, created_at)
select 1 + (n * 7) % :ideas, 1 + (n * 131) % :officers, 'Comentario ' || n || ': ¿se ha probado con el servicio de atención?',
       now() - (n % 500) * interval '1 hour'
from generate_series(1, :comments) n;
update idea i set comment_count = c.c from (select idea_id, count(*) c from comment group by idea_id) c
where c.idea_id = i.id;

-- Teams of four in the event in voting (officers 1..4*teams), each with an accepted submission;
-- a smaller copy in the results event and in each closed event.
create temporary table bench_event_teams as
select 1 as event_id, :teams as teams, 0 as offset_people
union all select 2, greatest(10, :teams / 5), 0
union all select 2 + k, 10, 40 * k from generate_series(1, :closed_events) k;

insert into team (event_id, name, pitch, lead_id, created_at)
select e.event_id, 'Equipo ' || e.event_id || '-' || t, 'Mejoramos el servicio ' || (t % 25) || '.',
       e.offset_people + (t - 1) * 4 + 1, now() - interval '30 days'
from bench_event_teams e, lateral generate_series(1, e.teams) t
order by e.event_id, t;
insert into team_member (team_id, event_id, person_id)
select tm.id, tm.event_id, tm.lead_id + m
from team tm, generate_series(0, 3) m;
insert into submission (team_id, event_id, title, summary, built, challenge_id, status, reviewed_by, reviewed_at,
                        finalized_at, created_at)
select tm.id, tm.event_id, 'Trabajo de ' || tm.name, 'Prototipo que resuelve el problema del servicio ' || (tm.id % 25) || '.',
       'Un prototipo web y un informe.', case when tm.event_id = 1 then 1 + tm.id % least(10, :challenges) end,
       'ACCEPTED', :organizer, now() - interval '2 days', now() - interval '3 days' - tm.id * interval '1 second',
       now() - interval '4 days'
from team tm;

-- Jury: criteria and judges for the two live events; every judge scores every entry.
insert into criterion (event_id, name, description, weight, position)
select e, c.name, c.description, c.weight, c.position
from generate_series(1, 2) e,
     (values ('Impacto', 'Beneficio para la ciudadanía', 50, 0), ('Viabilidad', 'Se puede implantar', 30, 1),
             ('Originalidad', 'Idea nueva', 20, 2)) c(name, description, weight, position);
insert into judge (event_id, person_id, assigned_by)
select e, 4 * :teams + j, :organizer from generate_series(1, 2) e, generate_series(1, :judges) j;
insert into score (event_id, judge_id, submission_id, criterion_id, value)
select s.event_id, j.person_id, s.id, c.id, 1 + (s.id + j.person_id + c.id) % 5
from submission s join judge j on j.event_id = s.event_id join criterion c on c.event_id = s.event_id
where s.event_id in (1, 2);

-- Ballots: officers above the teams and judges vote; each spends 5 of 10 points on three
-- entries (the vote trigger checks every row, as in the service).
insert into ballot (event_id, voter_id)
select 1, v from generate_series(:officers - :ballots + 1, :officers) v;
insert into vote (event_id, voter_id, submission_id, points)
select 1, b.voter_id, e.ids[1 + (b.voter_id * 7 + pts.slot * (:teams / 3)) % :teams], pts.p
from ballot b,
     (values (0, 2), (1, 2), (2, 1)) pts(slot, p),
     (select array_agg(id order by id) ids from submission where event_id = 1) e
where b.event_id = 1;
insert into ballot (event_id, voter_id)
select 2, v from generate_series(:officers - :ballots / 5 + 1, :officers) v;
insert into vote (event_id, voter_id, submission_id, points)
select 2, b.voter_id, e.ids[1 + b.voter_id % cardinality(e.ids)], 3
from ballot b, (select array_agg(id order by id) ids from submission where event_id = 2) e
where b.event_id = 2;

-- Backlog: projects promoted from earlier ideas, with milestones, KPIs and updates.
insert into project (id, title, problem, expected_outcome, sponsor_id, owner_id, departments, effort, stage,
                     stage_since, event_id, source_idea_id, created_by, created_at, updated_at, last_activity_at)
select n, 'Proyecto ' || n || ': ' || i.title, i.problem, 'Reducir a la mitad el tiempo de espera.', :innovation,
       1 + (n * 53) % :officers, 'Department ' || (n % :departments), '3 meses',
       (array['PROPOSED', 'APPROVED', 'IN_PROGRESS', 'IN_PROGRESS', 'PILOT', 'DELIVERED', 'SCALED'])[1 + n % 7],
       now() - (n % 200) * interval '1 day', 2 + 1 + n % greatest(1, :closed_events), i.id, :innovation,
       now() - (n % 400) * interval '1 day', now() - (n % 100) * interval '1 day', now() - (n % 100) * interval '1 day'
from generate_series(1, :projects) n join idea i on i.id = n * (:ideas / :projects);
select setval('project_id_seq', :projects);
insert into milestone (project_id, title, due_date, weight, done, done_at)
select p.id, 'Hito ' || m, current_date + (m * 30 - p.id % 90)::integer, 10 * m, (p.id + m) % 3 = 0,
       case when (p.id + m) % 3 = 0 then now() - interval '5 days' end
from project p, generate_series(1, 4) m;
insert into kpi (project_id, name, unit, baseline, target, actual, actual_at)
select id, 'Tiempo de espera', 'días', 30, 15, 30 - id % 15, current_date - 7 from project;
insert into project_update (project_id, author_id, text, at)
select p.id, p.owner_id, 'Avance ' || u || ' del proyecto.', now() - (u * 10 + p.id % 10) * interval '1 day'
from project p, generate_series(1, 3) u;
insert into project_history (project_id, kind, actor_id, detail, at)
select id, 'CREATED', :innovation, null, created_at from project;

commit;
set client_min_messages = error;
analyze;

-- Reported sizes.
select 'officers' as what, count(*) from person where subject like 'bench-officer-%'
union all select 'departments', count(distinct department) from person
union all select 'challenges', count(*) from challenge
union all select 'ideas', count(*) from idea
union all select 'supports', count(*) from idea_support
union all select 'comments', count(*) from comment
union all select 'teams in voting', count(*) from team where event_id = 1
union all select 'accepted submissions in voting', count(*) from submission where event_id = 1 and status = 'ACCEPTED'
union all select 'judges in voting', count(*) from judge where event_id = 1
union all select 'ballots cast in voting', count(*) from ballot where event_id = 1
union all select 'votes in voting', count(*) from vote where event_id = 1
union all select 'closed events', count(*) from event where phase = 'CLOSED'
union all select 'projects', count(*) from project
union all select 'milestones', count(*) from milestone
union all select 'project updates', count(*) from project_update;
