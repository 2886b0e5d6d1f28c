-- Teams form around ideas at an event, and submit their work.

-- Organizers can freeze team changes (and unfreeze them) at any time.
alter table event add column teams_locked boolean not null default false;

create table team (
    id            bigserial primary key,
    event_id      bigint       not null references event (id) on delete cascade,
    name          varchar(80)  not null check (btrim(name) <> ''),
    pitch         text         not null default '',
    idea_id       bigint       references idea (id),
    lead_id       bigint       references person (id),
    dissolved_at  timestamptz,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint team_active_has_lead check (dissolved_at is not null or lead_id is not null)
);

-- Names are unique within an event, ignoring case, among teams that still exist.
create unique index team_name_unique on team (event_id, lower(name)) where dissolved_at is null;
create index team_event_idx on team (event_id) where dissolved_at is null;

-- Open roles: skills the team is looking for (folded like profile skills).
create table team_role (
    team_id bigint      not null references team (id) on delete cascade,
    role    varchar(60) not null check (role = lower(btrim(role)) and role <> ''),
    primary key (team_id, role)
);

-- Membership. event_id is repeated here so that the database itself guarantees one team
-- per officer per event, whatever requests race each other.
create table team_member (
    team_id   bigint      not null references team (id) on delete cascade,
    event_id  bigint      not null references event (id) on delete cascade,
    person_id bigint      not null references person (id),
    joined_at timestamptz not null default now(),
    primary key (team_id, person_id),
    constraint team_member_one_team_per_event unique (event_id, person_id)
);

-- Applications (an officer asks to join) and invitations (the lead asks an officer).
create table team_request (
    id          bigserial primary key,
    team_id     bigint        not null references team (id) on delete cascade,
    person_id   bigint        not null references person (id),
    kind        varchar(12)   not null check (kind in ('APPLICATION', 'INVITATION')),
    message     varchar(1000) not null default '',
    status      varchar(10)   not null default 'PENDING'
                check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CLOSED')),
    created_by  bigint        not null references person (id),
    created_at  timestamptz   not null default now(),
    decided_by  bigint        references person (id),
    decided_at  timestamptz
);

create unique index team_request_one_pending on team_request (team_id, person_id) where status = 'PENDING';
create index team_request_person_idx on team_request (person_id, status);

-- Everything that happened to a team, for its history.
create table team_history (
    id          bigserial primary key,
    team_id     bigint        not null references team (id) on delete cascade,
    kind        varchar(20)   not null,
    actor_id    bigint        references person (id),
    subject_id  bigint        references person (id),
    reason      varchar(1000),
    at          timestamptz   not null default now()
);

create index team_history_team_idx on team_history (team_id, at);

-- "Looking for a team": officers available at an event, with what they can do.
create table team_seeker (
    event_id   bigint        not null references event (id) on delete cascade,
    person_id  bigint        not null references person (id),
    skills     varchar(500)  not null default '',
    note       varchar(500)  not null default '',
    created_at timestamptz   not null default now(),
    primary key (event_id, person_id)
);

create table submission (
    id              bigserial primary key,
    team_id         bigint        not null unique references team (id) on delete cascade,
    event_id        bigint        not null references event (id) on delete cascade,
    title           varchar(200)  not null check (btrim(title) <> ''),
    summary         text          not null check (btrim(summary) <> ''),
    built           text          not null default '',
    demo_url        varchar(500),
    source_url      varchar(500),
    challenge_id    bigint        references challenge (id),
    status          varchar(10)   not null default 'DRAFT'
                    check (status in ('DRAFT', 'FINAL', 'ACCEPTED', 'RETURNED')),
    review_comment  varchar(1000),
    reviewed_by     bigint        references person (id),
    reviewed_at     timestamptz,
    finalized_at    timestamptz,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint submission_urls_are_web check (
        (demo_url is null or demo_url ~* '^https?://') and (source_url is null or source_url ~* '^https?://')),
    constraint submission_returned_has_comment check (status <> 'RETURNED' or review_comment is not null)
);

create index submission_event_idx on submission (event_id, status);

create table submission_idea (
    submission_id bigint not null references submission (id) on delete cascade,
    idea_id       bigint not null references idea (id),
    primary key (submission_id, idea_id)
);
