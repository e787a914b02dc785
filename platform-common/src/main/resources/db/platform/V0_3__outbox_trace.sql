-- The trace context of the request or event that wrote the row, sent on as the record's
-- traceparent header so that a consumer continues the same trace. Null when nothing was traced.
alter table outbox_event add column traceparent varchar(55);
