-- The service catalogue: the public services officers' problems and citizens' signals are about.

create table public_service (
    id          bigserial primary key,
    -- Stable across imports: the key a CSV upserts by (compared without regard to case).
    code        varchar(40)   not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    name        varchar(200)  not null check (btrim(name) <> ''),
    description varchar(2000) not null default '',
    department  varchar(120)  not null check (btrim(department) <> ''),
    -- A set of IN_PERSON, ONLINE, PHONE, MOBILE, separated by ';' in a fixed order.
    channels    varchar(40)   not null default ''
                check (channels ~ '^((IN_PERSON|ONLINE|PHONE|MOBILE)(;(IN_PERSON|ONLINE|PHONE|MOBILE))*)?$'),
    link        varchar(500)  check (link is null or link ~ '^https?://'),
    active      boolean       not null default true,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now()
);

create unique index public_service_code_idx on public_service (lower(code));
create unique index public_service_name_idx on public_service (lower(btrim(name)));

-- The free-text service names stay as they were written; the link is added beside them.
alter table challenge add column service_id bigint references public_service (id);
alter table idea add column service_id bigint references public_service (id);
create index challenge_service_idx on challenge (service_id) where service_id is not null;
create index idea_service_idx on idea (service_id) where service_id is not null;

create table project_service (
    project_id bigint not null references project (id) on delete cascade,
    service_id bigint not null references public_service (id),
    primary key (project_id, service_id)
);
create index project_service_service_idx on project_service (service_id);

-- Citizens' signals: aggregates only, one value per service, month, source and measure.
create table service_signal (
    id          bigserial primary key,
    service_id  bigint        not null references public_service (id),
    period      date          not null check (extract(day from period) = 1),
    source      varchar(80)   not null check (btrim(source) <> ''),
    channel     varchar(10)   check (channel in ('IN_PERSON', 'ONLINE', 'PHONE', 'MOBILE')),
    measure     varchar(20)   not null
                check (measure in ('complaints', 'requests', 'satisfaction', 'answers', 'waiting_minutes', 'abandonment')),
    value       numeric(14, 2) not null check (value >= 0),
    received_at timestamptz   not null default now(),
    received_by varchar(200)  not null,
    constraint service_signal_bounds check (
        (measure <> 'satisfaction' or value <= 5) and (measure <> 'abandonment' or value <= 100)
        and (measure not in ('complaints', 'requests', 'answers') or value = trunc(value)))
);
-- Sending the same service, month, source (any case) and measure again replaces the value.
create unique index service_signal_once on service_signal (service_id, period, lower(source), measure);
create index service_signal_period_idx on service_signal (service_id, measure, period);

-- A KPI bound to a signal takes its actual value from it, and its baseline from before the pilot.
alter table kpi add column service_id bigint references public_service (id);
alter table kpi add column measure varchar(20)
    check (measure in ('complaints', 'requests', 'satisfaction', 'answers', 'waiting_minutes', 'abandonment'));
alter table kpi add constraint kpi_signal_pair check ((service_id is null) = (measure is null));

-- A month's value of a measure over every source: counts add up, averages and rates average.
create view service_month as
select service_id, measure, period,
       case when measure in ('complaints', 'requests', 'answers') then sum(value) else round(avg(value), 2) end as value
from service_signal group by service_id, measure, period;

-- A challenge or idea written with a service's exact name (case and spaces aside) is linked to it
-- as it is saved; names that match no service wait in the innovation office's review list.
create function semillero_link_service() returns trigger language plpgsql as $$
begin
    if new.service_id is null and new.service is not null then
        select s.id into new.service_id from public_service s where lower(btrim(s.name)) = lower(btrim(new.service));
    end if;
    return new;
end
$$;

create trigger challenge_link_service before insert or update of service on challenge
    for each row execute function semillero_link_service();
create trigger idea_link_service before insert or update of service on idea
    for each row execute function semillero_link_service();
