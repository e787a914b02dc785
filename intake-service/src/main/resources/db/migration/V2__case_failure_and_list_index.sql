-- A case whose case.submitted event was dead-lettered is FAILED, with the reason.
alter table patient_case add column failure_reason text;
-- GET /api/cases lists a clinician's own cases, newest first.
create index patient_case_submitted_by_at on patient_case (submitted_by, submitted_at desc);
