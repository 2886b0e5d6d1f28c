-- Votes people can trust.
--
-- 1. A ballot change is judged by its final state, not by the order of its rows: the budget
--    moves from the row trigger to a constraint trigger deferred to commit (the service asks
--    for it earlier with SET CONSTRAINTS ... IMMEDIATE, so its answer is a clean refusal).
-- 2. Vote and score writes hold the event's phase lock shared until they commit; a phase move
--    holds it exclusively. A write either commits before the move reads the votes and scores
--    (and is in the published results) or waits for the move and is refused in the new phase.
--    It is a transaction-level advisory lock rather than a row lock because the lock manager
--    queues fairly: a steady stream of voters cannot starve a waiting phase move, and new
--    voters wait behind it.
-- 3. Published results are never deleted or overwritten: re-opening voting withdraws the
--    snapshot with who, when and why, and the next publication is a new row.

-- The key of an event's phase lock (ids beyond 2^31 share keys, which only costs waiting).
create function semillero_phase_lock_key(target bigint) returns integer language sql immutable as $$
    select (target % 2147483647)::integer
$$;

-- Waits for any phase move of the event in progress, keeps the next one waiting until this
-- transaction ends, and returns the phase as it stands (read after the lock, on purpose).
create function semillero_hold_phase(target bigint) returns varchar language plpgsql as $$
declare
    current_phase varchar;
begin
    perform pg_advisory_xact_lock_shared(1397, semillero_phase_lock_key(target));
    select e.phase into current_phase from event e where e.id = target;
    return current_phase;
end
$$;

-- Waits until no vote or score of the event is in flight, and keeps new ones waiting.
create function semillero_lock_phase(target bigint) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(1397, semillero_phase_lock_key(target));
end
$$;

-- Whatever path changes a phase, it takes the lock (a service takes it before anything else).
create function semillero_phase_change_lock() returns trigger language plpgsql as $$
begin
    if new.phase <> old.phase then
        perform semillero_lock_phase(new.id);
    end if;
    return new;
end
$$;

create trigger event_phase_lock before update of phase on event
    for each row execute function semillero_phase_change_lock();

create or replace function semillero_check_vote() returns trigger language plpgsql as $$
declare
    ev record;
begin
    select semillero_hold_phase(new.event_id) as phase, e.max_votes_per_entry into ev
        from event e where e.id = new.event_id;
    if ev.phase <> 'VOTING' then
        raise exception 'voting is closed for event %', new.event_id using errcode = 'SE001';
    end if;
    -- Serialises every change of one voter's ballot, whoever writes it.
    perform 1 from ballot b where b.event_id = new.event_id and b.voter_id = new.voter_id for update;
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
    return new;
end
$$;

-- The voter's whole ballot, as it stands when the transaction commits.
create function semillero_check_vote_budget() returns trigger language plpgsql as $$
declare
    budget integer;
    total integer;
begin
    select e.vote_budget into budget from event e where e.id = new.event_id;
    select coalesce(sum(v.points), 0) into total from vote v
        where v.event_id = new.event_id and v.voter_id = new.voter_id;
    if total > budget then
        raise exception 'over the budget of % points', budget using errcode = 'SE005';
    end if;
    return null;
end
$$;

create constraint trigger vote_budget after insert or update on vote
    deferrable initially deferred
    for each row execute function semillero_check_vote_budget();

-- Withdrawing points is a vote too: only while voting, and only in step with phase moves.
-- Deletes cascaded from a removed event or submission (trigger depth > 1) are not votes.
create function semillero_check_vote_withdrawal() returns trigger language plpgsql as $$
declare
    current_phase varchar;
begin
    if pg_trigger_depth() > 1 then
        return old;
    end if;
    current_phase := semillero_hold_phase(old.event_id);
    if current_phase <> 'VOTING' then
        raise exception 'voting is closed for event %', old.event_id using errcode = 'SE001';
    end if;
    return old;
end
$$;

create trigger vote_withdrawal before delete on vote
    for each row execute function semillero_check_vote_withdrawal();

-- Judges score while voting runs, under the same lock.
create function semillero_check_score() returns trigger language plpgsql as $$
declare
    target_event bigint := case when tg_op = 'DELETE' then old.event_id else new.event_id end;
    current_phase varchar;
begin
    if tg_op = 'DELETE' and pg_trigger_depth() > 1 then
        return old;
    end if;
    current_phase := semillero_hold_phase(target_event);
    if current_phase <> 'VOTING' then
        raise exception 'scoring is closed for event %', target_event using errcode = 'SE006';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger score_rules before insert or update or delete on score
    for each row execute function semillero_check_score();

-- Every publication is kept. The current one is the single row not withdrawn.
alter table result_snapshot drop constraint result_snapshot_pkey;
alter table result_snapshot
    add column id              bigserial primary key,
    add column published_by    bigint references person (id),
    add column withdrawn_at    timestamptz,
    add column withdrawn_by    bigint references person (id),
    add column withdrawn_reason varchar(1000),
    add constraint result_snapshot_withdrawal_complete
        check ((withdrawn_at is null) = (withdrawn_reason is null));
create unique index result_snapshot_current on result_snapshot (event_id) where withdrawn_at is null;
create index result_snapshot_event_idx on result_snapshot (event_id, computed_at);

-- A snapshot's content never changes; the only change allowed is its withdrawal, once.
create function semillero_keep_snapshot() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if pg_trigger_depth() > 1 then
            return old;
        end if;
        raise exception 'published results are kept' using errcode = 'SE101';
    end if;
    if old.withdrawn_at is not null
       or new.event_id <> old.event_id or new.computed_at <> old.computed_at
       or new.inputs_digest <> old.inputs_digest or new.inputs <> old.inputs or new.ranking <> old.ranking
       or new.published_by is distinct from old.published_by then
        raise exception 'published results are kept' using errcode = 'SE101';
    end if;
    return new;
end
$$;

create trigger result_snapshot_kept before update or delete on result_snapshot
    for each row execute function semillero_keep_snapshot();
