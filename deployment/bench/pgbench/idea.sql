-- One idea (IdeaResource.get / IdeaPages.detail): sign-in lookup, the idea with its tags,
-- co-authors, author, own support, versions, comments and their authors.
\set voter random(:reader_first, :reader_last)
\set idea 8 * random(0, :ideas / 8 - 1) + 1
select p1_0.id,p1_0.created_at,p1_0.department,p1_0.department_from_idp,p1_0.display_name,p1_0.email,p1_0.preferred_language,p1_0.subject,p1_0.updated_at,p1_0.username from person p1_0 where p1_0.subject='bench-officer-' || :voter fetch first 1 rows only;
select i1_0.*, t1_0.idea_id, t1_0.tag from idea i1_0 left join idea_tag t1_0 on i1_0.id=t1_0.idea_id where i1_0.id=:idea;
select count(*) from idea_support where idea_id = :idea and person_id = :voter;
select p.id, p.display_name, p.username, c.status from idea_coauthor c join person p on p.id = c.person_id where c.idea_id = :idea order by p.display_name;
select status from idea_coauthor where idea_id = :idea and person_id = :voter;
select iv1_0.id,iv1_0.changes,iv1_0.edited_at,iv1_0.edited_by,iv1_0.idea_id,iv1_0.number from idea_version iv1_0 where iv1_0.idea_id=:idea order by iv1_0.number desc;
select p1_0.* from person p1_0 where p1_0.id in (select author_id from idea where id = :idea);
select c1_0.id,c1_0.author_id,c1_0.body,c1_0.challenge_id,c1_0.created_at,c1_0.edited_at,c1_0.hidden_at,c1_0.hidden_by,c1_0.idea_id,c1_0.parent_id from comment c1_0 where c1_0.idea_id=:idea order by c1_0.created_at,c1_0.id;
select p1_0.* from person p1_0 where p1_0.id in (select author_id from comment where idea_id = :idea);
