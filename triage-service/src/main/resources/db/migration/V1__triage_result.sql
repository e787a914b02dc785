create table triage_result (
    case_id            uuid primary key,
    urgency            varchar(20)  not null,
    pathway            varchar(40),
    referral_level     varchar(20),
    ruleset_version    varchar(100) not null,
    result             jsonb        not null,
    source_event_id    varchar(64)  not null,
    evaluated_at       timestamp(6) with time zone not null
);
