-- The relay publishes a row only once every transaction that could still commit an earlier row
-- has ended: the id a row gets at insert says nothing about when its transaction commits.
alter table outbox_event add column tx_id xid8 not null default pg_current_xact_id();
-- A row that failed max-attempts times is parked: no longer retried, later rows of its key wait.
alter table outbox_event add column parked_at timestamp(6) with time zone;
create index outbox_event_parked on outbox_event (message_key, id) where parked_at is not null;
-- The hourly purge filters on published_at.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
-- The ledger purge filters on processed_at.
create index processed_event_processed_at on processed_event (processed_at);
