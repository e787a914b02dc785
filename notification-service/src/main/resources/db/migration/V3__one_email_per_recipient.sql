-- Emails go to one recipient each, with only that recipient's acknowledge link. An email queued
-- before, for every contact of an escalation level at once and not yet sent, is split into one per
-- address, keyed as the service keys them (referral.<id>.<level>.<first 12 hex of SHA-256 of the
-- lower-case address>@<domain>), and the shared one is cancelled.
insert into referral_delivery (id, referral_id, channel, escalation_level, recipient, recipient_name,
                               idempotency_key, status, attempts, next_attempt_at, created_at, updated_at)
select gen_random_uuid(), d.referral_id, d.channel, d.escalation_level, trim(a.address),
       nullif(trim(split_part(coalesce(d.recipient_name, ''), ';', cast(a.n as integer))), ''),
       'referral.' || d.referral_id || '.' || d.escalation_level || '.'
           || substr(encode(sha256(convert_to(lower(trim(a.address)), 'UTF8')), 'hex'), 1, 12)
           || substring(d.idempotency_key from '@[^@]*$'),
       'PENDING', 0, d.next_attempt_at, d.created_at, now()
from referral_delivery d
cross join lateral unnest(string_to_array(d.recipient, ',')) with ordinality as a (address, n)
where d.channel = 'EMAIL' and d.status = 'PENDING' and d.recipient like '%,%' and trim(a.address) <> '';

update referral_delivery
set status = 'CANCELLED', next_attempt_at = null, updated_at = now(),
    last_error = 'replaced by one email per recipient'
where channel = 'EMAIL' and status = 'PENDING' and recipient like '%,%';
