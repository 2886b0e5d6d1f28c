-- Notifications: every person's inbox, their e-mail preferences, and the outbox the sender
-- works through. A notification is written in the same transaction as the action that causes
-- it, so a rolled-back action notifies nobody and a committed one always does.

create table notification (
    id          bigserial    primary key,
    person_id   bigint       not null references person (id) on delete cascade,
    type        varchar(40)  not null,
    category    varchar(12)  not null check (category in ('TEAMS', 'IDEAS', 'EVENTS', 'JURY', 'PROJECTS', 'WORKSHOPS')),
    -- Names and titles the message shows, as they were when it happened.
    params      jsonb        not null default '{}'::jsonb,
    url         varchar(300) not null check (url like '/%'),
    created_at  timestamptz  not null default now(),
    read_at     timestamptz
);
create index notification_inbox on notification (person_id, id desc);
create index notification_unread on notification (person_id) where read_at is null;
create index notification_window on notification (created_at, person_id);

create table notification_preference (
    person_id  bigint      not null references person (id) on delete cascade,
    category   varchar(12) not null check (category in ('TEAMS', 'IDEAS', 'EVENTS', 'JURY', 'PROJECTS', 'WORKSHOPS')),
    delivery   varchar(10) not null check (delivery in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
    primary key (person_id, category)
);

-- One row per e-mail to send: one notification (IMMEDIATE) or one digest window (DAILY, WEEKLY).
-- The unique key makes a digest once per window per person, whoever creates it and how often.
create table mail_outbox (
    id               bigserial    primary key,
    person_id        bigint       not null references person (id) on delete cascade,
    kind             varchar(10)  not null check (kind in ('IMMEDIATE', 'DAILY', 'WEEKLY')),
    notification_id  bigint       references notification (id) on delete cascade,
    window_start     timestamptz,
    window_end       timestamptz,
    status           varchar(8)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    last_error       varchar(500),
    sent_at          timestamptz,
    created_at       timestamptz  not null default now(),
    check ((kind = 'IMMEDIATE') = (notification_id is not null)),
    check ((kind = 'IMMEDIATE') = (window_start is null) and (window_start is null) = (window_end is null)),
    unique (person_id, kind, window_start)
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';

-- Digest windows already handed out, so that after a pause the next run starts where the last
-- one ended: no gap, no overlap, and two replicas never build the same window twice.
create table digest_window (
    kind          varchar(10)  not null check (kind in ('DAILY', 'WEEKLY')),
    window_start  timestamptz  not null,
    window_end    timestamptz  not null check (window_end > window_start),
    created_at    timestamptz  not null default now(),
    primary key (kind, window_start)
);

-- Reminders already given for an event ("voting closes within 24 hours"): once per event.
create table event_reminder (
    event_id  bigint      not null references event (id) on delete cascade,
    kind      varchar(20) not null check (kind in ('VOTING_CLOSING')),
    sent_at   timestamptz not null default now(),
    primary key (event_id, kind)
);
