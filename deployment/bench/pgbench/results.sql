-- Published results (ResultsResource.get / ResultsPages.show): sign-in lookup, event, the
-- stored snapshot and the entries with their awards.
\set voter random(:reader_first, :reader_last)
select p1_0.id,p1_0.created_at,p1_0.department,p1_0.department_from_idp,p1_0.display_name,p1_0.email,p1_0.preferred_language,p1_0.subject,p1_0.updated_at,p1_0.username from person p1_0 where p1_0.subject='bench-officer-' || :voter fetch first 1 rows only;
select e1_0.* from event e1_0 where e1_0.slug='bench-results' fetch first 1 rows only;
select inputs_digest, cast(inputs->'method' as text), cast(ranking as text), computed_at from result_snapshot where event_id = 2;
select s.id, s.title, t.name, a.kind from submission s join team t on t.id = s.team_id left join result_award a on a.submission_id = s.id and a.event_id = s.event_id where s.event_id = 2;
