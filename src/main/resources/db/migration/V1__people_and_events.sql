-- People: one row per identity-provider subject, created on first sign-in.
create table person (
    id                  bigserial primary key,
    subject             varchar(255) not null unique,
    username            varchar(255),
    display_name        varchar(200) not null,
    email               varchar(320),
    department          varchar(120),
    department_from_idp boolean      not null default false,
    preferred_language  varchar(5)   check (preferred_language in ('en', 'es')),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);

create table person_skill (
    person_id bigint      not null references person (id) on delete cascade,
    skill     varchar(60) not null check (skill = lower(btrim(skill)) and skill <> ''),
    primary key (person_id, skill)
);

-- Events and their phases. The check constraints repeat the service's validation so that
-- no path (API, page, scheduler, SQL console) can store an inconsistent event.
create table event (
    id                    bigserial primary key,
    slug                  varchar(60)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                 varchar(200) not null check (btrim(title) <> ''),
    description           text         not null default '',
    phase                 varchar(16)  not null default 'DRAFT'
                          check (phase in ('DRAFT', 'IDEATION', 'HACKING', 'VOTING', 'RESULTS', 'CLOSED')),
    ideation_starts_at    timestamptz  not null,
    hacking_starts_at     timestamptz  not null,
    voting_starts_at      timestamptz  not null,
    results_at            timestamptz  not null,
    closes_at             timestamptz  not null,
    team_size_min         integer      not null check (team_size_min >= 1),
    team_size_max         integer      not null check (team_size_max <= 50),
    vote_budget           integer      not null check (vote_budget between 1 and 100),
    max_votes_per_entry   integer      not null check (max_votes_per_entry >= 1),
    last_manual_change_at timestamptz,
    created_by            bigint       references person (id),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0,
    constraint event_dates_in_order check (ideation_starts_at < hacking_starts_at
        and hacking_starts_at < voting_starts_at
        and voting_starts_at < results_at
        and results_at < closes_at),
    constraint event_team_size_range check (team_size_min <= team_size_max),
    constraint event_votes_per_entry_within_budget check (max_votes_per_entry <= vote_budget)
);

create index event_phase_idx on event (phase, ideation_starts_at);

-- Every phase change, manual or scheduled: the event page's timeline.
create table event_phase_change (
    id         bigserial primary key,
    event_id   bigint      not null references event (id) on delete cascade,
    from_phase varchar(16) not null,
    to_phase   varchar(16) not null,
    changed_by bigint      references person (id),
    automatic  boolean     not null default false,
    reason     varchar(1000),
    changed_at timestamptz not null default now(),
    constraint event_phase_change_actor check (automatic or changed_by is not null)
);

create index event_phase_change_event_idx on event_phase_change (event_id, changed_at);

-- What each person did, for "my recent activity"; later features append their own kinds.
create table activity (
    id         bigserial primary key,
    person_id  bigint      not null references person (id) on delete cascade,
    kind       varchar(40)  not null,
    -- What it was about, copied at the time so the feed needs no other feature's tables.
    subject    varchar(200),
    link       varchar(300),
    created_at timestamptz not null default now()
);

create index activity_person_idx on activity (person_id, created_at desc);
