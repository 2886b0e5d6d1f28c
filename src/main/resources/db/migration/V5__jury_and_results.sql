-- Jury criteria, judges, scores, recusals, and the published results.

-- How results are computed, declared before voting and frozen once it starts. By default an
-- event is decided by the officers' votes alone; organizers who add a jury give it a weight.
alter table event
    add column jury_weight     integer     not null default 0 check (jury_weight between 0 and 100),
    add column vote_weight     integer     not null default 100 check (vote_weight between 0 and 100),
    add column normalisation   varchar(8)  not null default 'RAW' check (normalisation in ('RAW', 'Z_SCORE')),
    add column tie_break       varchar(40) not null default 'JURY,VOTERS,FINALIZED'
        check (tie_break in ('JURY,VOTERS,FINALIZED', 'JURY,FINALIZED,VOTERS', 'VOTERS,JURY,FINALIZED',
                             'VOTERS,FINALIZED,JURY', 'FINALIZED,JURY,VOTERS', 'FINALIZED,VOTERS,JURY')),
    add column min_judges      integer     not null default 1 check (min_judges between 1 and 20),
    add column judge_comments  varchar(10) not null default 'ORGANIZERS' check (judge_comments in ('TEAM', 'ORGANIZERS')),
    add constraint event_result_weights check (jury_weight + vote_weight = 100);

create table criterion (
    id          bigserial primary key,
    event_id    bigint        not null references event (id) on delete cascade,
    name        varchar(80)   not null check (btrim(name) <> ''),
    description varchar(500)  not null default '',
    weight      integer       not null check (weight between 1 and 100),
    position    integer       not null default 0
);

create unique index criterion_name_unique on criterion (event_id, lower(name));

create table judge (
    event_id    bigint      not null references event (id) on delete cascade,
    person_id   bigint      not null references person (id),
    assigned_by bigint      not null references person (id),
    assigned_at timestamptz not null default now(),
    primary key (event_id, person_id)
);

create table score (
    event_id      bigint      not null,
    judge_id      bigint      not null,
    submission_id bigint      not null references submission (id) on delete cascade,
    criterion_id  bigint      not null references criterion (id) on delete cascade,
    value         integer     not null check (value between 1 and 5),
    scored_at     timestamptz not null default now(),
    primary key (judge_id, submission_id, criterion_id),
    foreign key (event_id, judge_id) references judge (event_id, person_id) on delete cascade
);

create table score_comment (
    judge_id      bigint        not null,
    submission_id bigint        not null references submission (id) on delete cascade,
    comment       varchar(2000) not null,
    primary key (judge_id, submission_id)
);

create table recusal (
    event_id      bigint        not null,
    judge_id      bigint        not null,
    submission_id bigint        not null references submission (id) on delete cascade,
    reason        varchar(1000) not null check (btrim(reason) <> ''),
    at            timestamptz   not null default now(),
    primary key (judge_id, submission_id),
    foreign key (event_id, judge_id) references judge (event_id, person_id) on delete cascade
);

-- Computed once when results are published; never updated. inputs_digest is the SHA-256 of
-- the canonical inputs document, so anyone can recompute and compare.
create table result_snapshot (
    event_id      bigint       primary key references event (id) on delete cascade,
    computed_at   timestamptz  not null,
    inputs_digest varchar(64)  not null,
    inputs        jsonb        not null,
    ranking       jsonb        not null
);

create table result_award (
    event_id      bigint      not null references event (id) on delete cascade,
    submission_id bigint      not null references submission (id) on delete cascade,
    kind          varchar(8)  not null check (kind in ('WINNER', 'MENTION')),
    awarded_by    bigint      not null references person (id),
    awarded_at    timestamptz not null default now(),
    primary key (event_id, submission_id)
);
