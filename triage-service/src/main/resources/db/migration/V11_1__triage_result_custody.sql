-- Whose case a result belongs to (docs/security.md): the submitting clinician and their care
-- teams, from case.submitted. Null for a case submitted before events carried them; only
-- break-glass opens those.
alter table triage_result add column submitted_by varchar(200);
alter table triage_result add column care_teams text;
