-- The portfolio dashboard follows each challenge and idea to what descends from it: lookups by
-- the parent's id, which the primary keys (child first) do not serve.
create index idea_challenge_idx on idea (challenge_id) where challenge_id is not null;
create index submission_idea_idea_idx on submission_idea (idea_id);
create index team_idea_idx on team (idea_id) where idea_id is not null;
create index submission_challenge_idx on submission (challenge_id) where challenge_id is not null;
create index project_challenge_idx on project (challenge_id) where challenge_id is not null;
create index project_idea_idea_idx on project_idea (idea_id);
