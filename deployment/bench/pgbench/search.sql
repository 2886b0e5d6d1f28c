-- Idea search, first page of 20 (IdeaService.search): the page of ids and the total in one
-- ranked query, the ideas, their tags, and the events for the filter.
\set voter random(:reader_first, :reader_last)
\set word random(1, 10)
select p1_0.id,p1_0.created_at,p1_0.department,p1_0.department_from_idp,p1_0.display_name,p1_0.email,p1_0.preferred_language,p1_0.subject,p1_0.updated_at,p1_0.username from person p1_0 where p1_0.subject='bench-officer-' || :voter fetch first 1 rows only;
select string_agg(s.id::text, ',') as ids, max(s.total) as total from (select i.id, count(*) over () as total from idea i where i.state <> 'DRAFT' and i.search_vector @@ semillero_search_query((array['cita','ventanilla','firma','aviso','formulario','datos','pago','chat','expediente','registro'])[:word]) order by ts_rank(i.search_vector, semillero_search_query((array['cita','ventanilla','firma','aviso','formulario','datos','pago','chat','expediente','registro'])[:word])) desc, i.id desc limit 20 offset 0) s \gset
select i1_0.* from idea i1_0 where i1_0.id in (:ids);
select t1_0.idea_id,t1_0.tag from idea_tag t1_0 where t1_0.idea_id = any (array[:ids]::bigint[]);
select e1_0.* from event e1_0 where e1_0.phase<>'DRAFT' order by e1_0.ideation_starts_at desc;
