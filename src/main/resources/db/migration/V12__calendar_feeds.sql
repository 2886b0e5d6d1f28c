-- A person's calendar feed: a secret address (the token) that calendar apps poll without a
-- session. A new token replaces the old one; deleting the row turns the feed off.
create table calendar_feed (
    person_id   bigint      primary key references person (id) on delete cascade,
    token       varchar(64) not null unique check (length(token) >= 32),
    created_at  timestamptz not null default now()
);
