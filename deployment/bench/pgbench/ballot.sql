-- Reading one's ballot: sign-in lookup, event, the ballot query (BallotResource.get / BallotPages.show).
\set voter random(:reader_first, :reader_last)
select p1_0.id,p1_0.created_at,p1_0.department,p1_0.department_from_idp,p1_0.display_name,p1_0.email,p1_0.preferred_language,p1_0.subject,p1_0.updated_at,p1_0.username from person p1_0 where p1_0.subject='bench-officer-' || :voter fetch first 1 rows only;
select e1_0.* from event e1_0 where e1_0.slug='bench-voting' fetch first 1 rows only;
select s.id, s.title, s.summary, t.name, coalesce(v.points, 0), exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = :voter) from submission s join team t on t.id = s.team_id left join vote v on v.submission_id = s.id and v.voter_id = :voter where s.event_id = 1 and s.status = 'ACCEPTED' order by md5(:voter || ':' || s.id), s.id;
