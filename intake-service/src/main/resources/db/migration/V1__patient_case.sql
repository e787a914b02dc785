create table patient_case (
    id               uuid primary key,
    status           varchar(20)  not null,
    submitted_by     varchar(200) not null,
    submitted_at     timestamp(6) with time zone not null,
    case_data        jsonb        not null,
    idempotency_key  varchar(200),
    request_hash     varchar(64)  not null,
    urgency          varchar(20),
    ruleset_version  varchar(100),
    triage_result    jsonb,
    triaged_at       timestamp(6) with time zone,
    version          bigint       not null default 0,
    constraint patient_case_idempotency unique (submitted_by, idempotency_key)
);
create index patient_case_submitted_at on patient_case (submitted_at desc);
