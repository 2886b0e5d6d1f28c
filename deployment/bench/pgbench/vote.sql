-- Casting/changing one vote: the statements VoteService.vote runs (sign-in lookup, event,
-- ballot row lock, ballot read, upsert, log, ballot touch, ballot read for the answer).
\set voter random(:voter_first, :voter_last)
\set slot random(0, 4)
\set points random(1, 2)
\set sid :sid_first + (:voter * 7 + :slot * 97) % :sid_count
begin;
select p1_0.id,p1_0.created_at,p1_0.department,p1_0.department_from_idp,p1_0.display_name,p1_0.email,p1_0.preferred_language,p1_0.subject,p1_0.updated_at,p1_0.username from person p1_0 where p1_0.subject='bench-officer-' || :voter fetch first 1 rows only;
select e1_0.* from event e1_0 where e1_0.slug='bench-voting' fetch first 1 rows only;
insert into ballot (event_id, voter_id) values (1, :voter) on conflict do nothing;
select 1 from ballot where event_id = 1 and voter_id = :voter for update;
select s.id, s.title, s.summary, t.name, coalesce(v.points, 0), exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = :voter) from submission s join team t on t.id = s.team_id left join vote v on v.submission_id = s.id and v.voter_id = :voter where s.event_id = 1 and s.status = 'ACCEPTED' order by md5(:voter || ':' || s.id), s.id;
insert into vote (event_id, voter_id, submission_id, points) values (1, :voter, :sid, :points) on conflict (voter_id, submission_id) do update set points = excluded.points, updated_at = now();
insert into ballot_log (event_id, voter_id, submission_id, points_before, points_after, at) values (1, :voter, :sid, 0, :points, now());
update ballot set updated_at = now() where event_id = 1 and voter_id = :voter;
select s.id, s.title, s.summary, t.name, coalesce(v.points, 0), exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = :voter) from submission s join team t on t.id = s.team_id left join vote v on v.submission_id = s.id and v.voter_id = :voter where s.event_id = 1 and s.status = 'ACCEPTED' order by md5(:voter || ':' || s.id), s.id;
commit;
