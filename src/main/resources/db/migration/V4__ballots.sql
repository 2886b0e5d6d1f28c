-- Officers' dot votes on accepted submissions.

-- One ballot per officer per event; its row is locked while the officer changes votes.
create table ballot (
    event_id    bigint      not null references event (id) on delete cascade,
    voter_id    bigint      not null references person (id),
    updated_at  timestamptz not null default now(),
    primary key (event_id, voter_id)
);

create table vote (
    event_id      bigint      not null,
    voter_id      bigint      not null,
    submission_id bigint      not null references submission (id) on delete cascade,
    points        integer     not null check (points > 0),
    updated_at    timestamptz not null default now(),
    primary key (voter_id, submission_id),
    foreign key (event_id, voter_id) references ballot (event_id, voter_id) on delete cascade
);

create index vote_submission_idx on vote (submission_id);

-- Every change, appended: for audit and recovery, never shown per person.
create table ballot_log (
    id            bigserial primary key,
    event_id      bigint      not null,
    voter_id      bigint      not null,
    submission_id bigint      not null,
    points_before integer     not null,
    points_after  integer     not null,
    at            timestamptz not null default now()
);

create index ballot_log_event_idx on ballot_log (event_id, at);

-- The voting rules, checked by the database on every write whatever the caller: the event
-- is voting, the submission is accepted and belongs to it, the voter is not in its team,
-- the per-entry maximum and the budget hold.
create function semillero_check_vote() returns trigger language plpgsql as $$
declare
    ev record;
    total integer;
begin
    select e.phase, e.vote_budget, e.max_votes_per_entry into ev from event e where e.id = new.event_id;
    if ev.phase <> 'VOTING' then
        raise exception 'voting is closed for event %', new.event_id using errcode = 'SE001';
    end if;
    if not exists (select 1 from submission s where s.id = new.submission_id and s.event_id = new.event_id
                   and s.status = 'ACCEPTED') then
        raise exception 'submission % is not on the ballot', new.submission_id using errcode = 'SE002';
    end if;
    if exists (select 1 from submission s join team_member m on m.team_id = s.team_id
               where s.id = new.submission_id and m.person_id = new.voter_id) then
        raise exception 'voter % is in the team of submission %', new.voter_id, new.submission_id using errcode = 'SE003';
    end if;
    if new.points > ev.max_votes_per_entry then
        raise exception 'more than % points on one entry', ev.max_votes_per_entry using errcode = 'SE004';
    end if;
    select coalesce(sum(v.points), 0) into total from vote v
        where v.event_id = new.event_id and v.voter_id = new.voter_id and v.submission_id <> new.submission_id;
    if total + new.points > ev.vote_budget then
        raise exception 'over the budget of % points', ev.vote_budget using errcode = 'SE005';
    end if;
    return new;
end
$$;

create trigger vote_rules before insert or update on vote
    for each row execute function semillero_check_vote();
