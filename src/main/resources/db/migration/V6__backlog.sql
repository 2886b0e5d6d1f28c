-- The innovation office's backlog: projects promoted from winning work, tracked to delivery.

create table project (
    id               bigserial primary key,
    title            varchar(200)  not null check (btrim(title) <> ''),
    problem          text          not null default '',
    expected_outcome text          not null default '',
    sponsor_id       bigint        references person (id),
    owner_id         bigint        references person (id),
    departments      varchar(500)  not null default '',
    effort           varchar(200)  not null default '',
    budget           numeric(14, 2) check (budget is null or budget >= 0),
    tags             varchar(500)  not null default '',
    stage            varchar(12)   not null default 'PROPOSED'
                     check (stage in ('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'PILOT', 'DELIVERED', 'SCALED', 'STOPPED')),
    decision_note    text,
    stop_reason      text,
    lessons          text,
    stage_since      timestamptz   not null default now(),
    -- Where it came from: a winning submission of an event, or a shortlisted idea-box idea.
    event_id         bigint        references event (id),
    results_rank     integer,
    submission_id    bigint        unique references submission (id),
    team_id          bigint        references team (id),
    challenge_id     bigint        references challenge (id),
    source_idea_id   bigint        unique references idea (id),
    created_by       bigint        not null references person (id),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    last_activity_at timestamptz   not null default now(),
    version          integer       not null default 0,
    constraint project_has_a_source check (submission_id is not null or source_idea_id is not null),
    constraint project_stopped_explained check (stage <> 'STOPPED' or (stop_reason is not null and lessons is not null))
);

create index project_stage_idx on project (stage);

create table project_idea (
    project_id bigint not null references project (id) on delete cascade,
    idea_id    bigint not null references idea (id),
    primary key (project_id, idea_id)
);

-- Credited contributors: the team carried over at promotion, and anyone added later.
create table project_contributor (
    project_id bigint      not null references project (id) on delete cascade,
    person_id  bigint      not null references person (id),
    role       varchar(60) not null default 'contributor',
    primary key (project_id, person_id)
);

create table milestone (
    id         bigserial primary key,
    project_id bigint       not null references project (id) on delete cascade,
    title      varchar(200) not null check (btrim(title) <> ''),
    due_date   date,
    weight     integer      not null check (weight between 1 and 100),
    done       boolean      not null default false,
    done_at    timestamptz
);

create table project_update (
    id            bigserial primary key,
    project_id    bigint        not null references project (id) on delete cascade,
    author_id     bigint        not null references person (id),
    text          varchar(4000) not null check (btrim(text) <> ''),
    progress_note varchar(500),
    at            timestamptz   not null default now()
);

create table kpi (
    id        bigserial primary key,
    project_id bigint        not null references project (id) on delete cascade,
    name      varchar(120)   not null check (btrim(name) <> ''),
    unit      varchar(40)    not null default '',
    baseline  numeric(16, 2),
    target    numeric(16, 2),
    actual    numeric(16, 2),
    actual_at date
);

create table project_follower (
    project_id bigint      not null references project (id) on delete cascade,
    person_id  bigint      not null references person (id),
    since      timestamptz not null default now(),
    primary key (project_id, person_id)
);

-- Everything that happened: stage moves (with any override reason), updates, milestones, KPIs.
create table project_history (
    id         bigserial primary key,
    project_id bigint        not null references project (id) on delete cascade,
    kind       varchar(24)   not null,
    actor_id   bigint        references person (id),
    detail     varchar(1000),
    at         timestamptz   not null default now()
);

create index project_history_idx on project_history (project_id, at);
