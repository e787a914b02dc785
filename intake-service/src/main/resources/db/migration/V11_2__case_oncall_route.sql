-- The on-call routes each case has been referred to, learnt from referral.events
-- (org.spinepath.common.access.OncallRoutes): on-call staff of a route read the case behind the
-- referral without breaking the glass (docs/security.md, the access rule).
create table case_oncall_route (
    case_id     uuid         not null,
    route       varchar(100) not null,
    recorded_at timestamptz  not null,
    primary key (case_id, route)
);
