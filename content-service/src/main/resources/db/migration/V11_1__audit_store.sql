-- The audit store (docs/security.md, "Audit trail"): every FHIR AuditEvent published on
-- audit.events, append-only and hash-chained. hash = sha256(previous hash || seq || event text),
-- the first row chaining from 64 zeros, so a changed, removed or reordered row breaks the chain
-- at that row, and GET /api/audit/verify names it.
create table audit_record (
    seq            bigint primary key,
    event_id       varchar(64)  not null unique,
    recorded_at    timestamp(6) with time zone not null,
    observer       varchar(100) not null,
    agent_user     varchar(320),
    action         varchar(1)   not null,
    outcome        varchar(2)   not null,
    resource_type  varchar(100),
    resource_id    varchar(200),
    case_id        uuid,
    purpose        varchar(20),
    event          text         not null,
    prev_hash      varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_record_case on audit_record (case_id, seq);
create index audit_record_user on audit_record (agent_user, seq);
create index audit_record_recorded on audit_record (recorded_at, seq);

-- Append-only for everyone who connects as the service: rows are never updated or deleted. A
-- database superuser can still drop the trigger, which is why the chain exists.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
