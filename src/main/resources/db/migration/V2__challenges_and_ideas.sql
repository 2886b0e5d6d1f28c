-- Challenges (problems officers see) and ideas (how to fix them), with search,
-- supports, co-authors, versions and comments.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; indexes and generated columns need an IMMUTABLE wrapper
-- pinned to the default dictionary.
create function semillero_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- One search document for Spanish and English: accents folded, stemmed both ways, so
-- "tramites" finds "trámite" and "services" finds "service".
create function semillero_search_document(title text, body text) returns tsvector
    language sql immutable parallel safe
    as $$
        select setweight(to_tsvector('spanish', semillero_unaccent(coalesce(title, ''))), 'A')
            || setweight(to_tsvector('english', semillero_unaccent(coalesce(title, ''))), 'A')
            || setweight(to_tsvector('spanish', semillero_unaccent(coalesce(body, ''))), 'B')
            || setweight(to_tsvector('english', semillero_unaccent(coalesce(body, ''))), 'B')
    $$;

create function semillero_search_query(q text) returns tsquery
    language sql immutable parallel safe strict
    as $$
        select websearch_to_tsquery('spanish', semillero_unaccent(q))
            || websearch_to_tsquery('english', semillero_unaccent(q))
    $$;

create table challenge (
    id              bigserial primary key,
    title           varchar(200)  not null check (btrim(title) <> ''),
    service         varchar(200)  not null check (btrim(service) <> ''),
    problem         text          not null check (btrim(problem) <> ''),
    affected        varchar(10)   not null check (affected in ('CITIZENS', 'OFFICERS', 'BOTH')),
    evidence        text          not null default '',
    evidence_value  numeric(16, 2),
    evidence_unit   varchar(80),
    department      varchar(120),
    status          varchar(10)   not null default 'OPEN'
                    check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'MERGED')),
    decline_reason  varchar(1000),
    merged_into     bigint        references challenge (id),
    reviewed_by     bigint        references person (id),
    reviewed_at     timestamptz,
    author_id       bigint        not null references person (id),
    support_count   integer       not null default 0 check (support_count >= 0),
    comment_count   integer       not null default 0 check (comment_count >= 0),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    search_vector   tsvector generated always as
                    (semillero_search_document(title, service || ' ' || problem || ' ' || evidence)) stored,
    constraint challenge_evidence_pair check ((evidence_value is null) = (evidence_unit is null)),
    constraint challenge_declined_has_reason check (status <> 'DECLINED' or decline_reason is not null),
    constraint challenge_merged_has_target check ((status = 'MERGED') = (merged_into is not null)),
    constraint challenge_not_merged_into_itself check (merged_into <> id)
);

create index challenge_status_idx on challenge (status, created_at desc);
create index challenge_search_idx on challenge using gin (search_vector);

-- "I see this too": one per officer per challenge.
create table challenge_support (
    challenge_id bigint      not null references challenge (id) on delete cascade,
    person_id    bigint      not null references person (id) on delete cascade,
    created_at   timestamptz not null default now(),
    primary key (challenge_id, person_id)
);

-- Accepted challenges chosen as an event's themes; a challenge can serve several events.
create table event_challenge (
    event_id     bigint      not null references event (id) on delete cascade,
    challenge_id bigint      not null references challenge (id),
    attached_by  bigint      not null references person (id),
    attached_at  timestamptz not null default now(),
    primary key (event_id, challenge_id)
);

create table idea (
    id               bigserial primary key,
    title            varchar(200)  not null check (btrim(title) <> ''),
    problem          text          not null check (btrim(problem) <> ''),
    solution         text          not null check (btrim(solution) <> ''),
    benefit_citizens text          not null default '',
    benefit_officers text          not null default '',
    service          varchar(200),
    department       varchar(120),
    event_id         bigint,
    challenge_id     bigint,
    state            varchar(12)   not null default 'DRAFT'
                     check (state in ('DRAFT', 'SUBMITTED', 'SHORTLISTED', 'DECLINED', 'MERGED', 'WITHDRAWN', 'PROMOTED')),
    decline_reason   varchar(1000),
    merged_into      bigint        references idea (id),
    author_id        bigint        not null references person (id),
    support_count    integer       not null default 0 check (support_count >= 0),
    comment_count    integer       not null default 0 check (comment_count >= 0),
    submitted_at     timestamptz,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          integer       not null default 0,
    search_vector    tsvector generated always as
                     (semillero_search_document(title, problem || ' ' || solution)) stored,
    -- An idea answers a theme of an event, or goes to the idea box (neither).
    constraint idea_event_theme check ((event_id is null) = (challenge_id is null)),
    constraint idea_theme_fk foreign key (event_id, challenge_id) references event_challenge (event_id, challenge_id),
    constraint idea_declined_has_reason check (state <> 'DECLINED' or decline_reason is not null),
    constraint idea_merged_has_target check ((state = 'MERGED') = (merged_into is not null)),
    constraint idea_not_merged_into_itself check (merged_into <> id)
);

create index idea_state_idx on idea (state, created_at desc, id desc);
create index idea_event_idx on idea (event_id, state);
create index idea_author_idx on idea (author_id);
create index idea_search_idx on idea using gin (search_vector);
create index idea_similarity_idx on idea using gin (semillero_unaccent(lower(title || ' ' || problem)) gin_trgm_ops);

create table idea_tag (
    idea_id bigint      not null references idea (id) on delete cascade,
    tag     varchar(40) not null check (tag = lower(btrim(tag)) and tag <> ''),
    primary key (idea_id, tag)
);

create index idea_tag_tag_idx on idea_tag (tag);

-- Co-authors are listed only once they accept.
create table idea_coauthor (
    idea_id      bigint      not null references idea (id) on delete cascade,
    person_id    bigint      not null references person (id) on delete cascade,
    status       varchar(10) not null default 'INVITED' check (status in ('INVITED', 'ACCEPTED', 'DECLINED')),
    invited_at   timestamptz not null default now(),
    responded_at timestamptz,
    primary key (idea_id, person_id)
);

-- Every edit: who, when, and each changed field's old and new value.
create table idea_version (
    id        bigserial primary key,
    idea_id   bigint      not null references idea (id) on delete cascade,
    number    integer     not null,
    edited_by bigint      not null references person (id),
    edited_at timestamptz not null default now(),
    changes   jsonb       not null,
    unique (idea_id, number)
);

create table idea_support (
    idea_id    bigint      not null references idea (id) on delete cascade,
    person_id  bigint      not null references person (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (idea_id, person_id)
);

-- Comments on an idea or a challenge, with one level of replies.
create table comment (
    id           bigserial primary key,
    idea_id      bigint        references idea (id) on delete cascade,
    challenge_id bigint        references challenge (id) on delete cascade,
    parent_id    bigint        references comment (id) on delete cascade,
    author_id    bigint        not null references person (id),
    body         varchar(4000) not null check (btrim(body) <> ''),
    created_at   timestamptz   not null default now(),
    edited_at    timestamptz,
    hidden_by    bigint        references person (id),
    hidden_at    timestamptz,
    constraint comment_one_target check ((idea_id is null) <> (challenge_id is null))
);

create index comment_idea_idx on comment (idea_id, created_at);
create index comment_challenge_idx on comment (challenge_id, created_at);
