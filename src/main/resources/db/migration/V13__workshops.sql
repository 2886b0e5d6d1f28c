-- Capacity building: workshops, registrations with a waitlist, attendance, feedback and
-- certificates. Seats are taken with the workshop row locked (see WorkshopService), so
-- capacity and waitlist order hold under concurrent requests.

-- Topics the innovation office keeps, in both languages.
create table workshop_topic (
    code     varchar(40)  primary key check (code ~ '^[a-z0-9-]+$'),
    name_en  varchar(100) not null check (btrim(name_en) <> ''),
    name_es  varchar(100) not null check (btrim(name_es) <> '')
);
insert into workshop_topic (code, name_en, name_es) values
    ('digital-services', 'Digital services', 'Servicios digitales'),
    ('data', 'Data', 'Datos'),
    ('service-design', 'Service design', 'Diseño de servicios'),
    ('agile', 'Agile', 'Métodos ágiles'),
    ('e-government', 'E-government basics', 'Gobierno electrónico básico');

create table workshop (
    id                      bigserial     primary key,
    title                   varchar(200)  not null check (btrim(title) <> ''),
    description             text          not null default '',
    topic                   varchar(40)   not null references workshop_topic (code),
    format                  varchar(10)   not null check (format in ('IN_PERSON', 'ONLINE', 'ROADSHOW')),
    location                varchar(300),
    meeting_url             varchar(500),
    starts_at               timestamptz   not null,
    ends_at                 timestamptz   not null,
    registration_closes_at  timestamptz   not null,
    capacity                integer       not null check (capacity between 1 and 10000),
    event_id                bigint        references event (id),
    attendance_code         varchar(12)   not null,
    cancelled_at            timestamptz,
    cancel_reason           varchar(1000),
    created_by              bigint        not null references person (id),
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    version                 integer       not null default 0,
    check (ends_at > starts_at),
    check (registration_closes_at <= starts_at),
    check (format = 'ONLINE' or location is not null),
    check ((cancelled_at is null) = (cancel_reason is null))
);
create index workshop_upcoming on workshop (starts_at) where cancelled_at is null;

create table workshop_skill (
    workshop_id  bigint      not null references workshop (id) on delete cascade,
    skill        varchar(60) not null check (skill = lower(btrim(skill)) and skill <> ''),
    primary key (workshop_id, skill)
);

-- One row per person and workshop. Arrival order is the sequence; the waitlist position is
-- the rank among WAITLISTED rows by it.
create table workshop_registration (
    workshop_id       bigint       not null references workshop (id) on delete cascade,
    person_id         bigint       not null references person (id),
    status            varchar(10)  not null check (status in ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
    arrival           bigserial    not null,
    registered_at     timestamptz  not null default now(),
    attended          boolean,
    checked_in_at     timestamptz,
    certificate_code  varchar(16)  unique,
    primary key (workshop_id, person_id),
    check (attended is null or status = 'REGISTERED'),
    check ((certificate_code is null) or attended)
);
create index workshop_registration_waitlist on workshop_registration (workshop_id, arrival) where status = 'WAITLISTED';
create index workshop_registration_person on workshop_registration (person_id);

create table workshop_feedback (
    workshop_id  bigint        not null references workshop (id) on delete cascade,
    person_id    bigint        not null references person (id),
    rating       integer       not null check (rating between 1 and 5),
    comment      varchar(2000) not null default '',
    created_at   timestamptz   not null default now(),
    primary key (workshop_id, person_id)
);
