-- One append-only log of governance actions, written in the same transaction as the action.

create table audit_event (
    id           bigserial    primary key,
    at           timestamptz  not null default now(),
    -- Null when the schedule or the identity provider acted.
    actor_id     bigint       references person (id),
    action       varchar(60)  not null check (action ~ '^[A-Z][A-Z_]*$'),
    object_type  varchar(40)  not null,
    object_id    varchar(80)  not null,
    -- What people recognise the object by (a title or name), kept as it was then.
    object_label varchar(300) not null default '',
    before       jsonb,
    after        jsonb,
    reason       varchar(2000),
    request_id   varchar(100)
);

create index audit_event_at_idx on audit_event (at desc, id desc);
create index audit_event_actor_idx on audit_event (actor_id, at desc);
create index audit_event_object_idx on audit_event (object_type, object_id);
create index audit_event_action_idx on audit_event (action, at desc);

-- Rows are never changed or removed by anyone but the schema's owner acting by hand (who
-- would have to drop this trigger first, which itself leaves a trace in the server log).
create function semillero_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only' using errcode = 'SE102';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function semillero_audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function semillero_audit_append_only();

-- People are pseudonymised, never deleted, so that the log keeps pointing at someone.
alter table person
    add column roles      varchar(200),
    add column removed_at timestamptz;

-- Who was seen with which roles: changes are audited (roles come from the identity provider).
comment on column person.roles is 'Roles at the last sign-in, sorted and comma-separated; null before the first.';
