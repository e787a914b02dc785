-- The care teams of the submitting clinician when the case was submitted (docs/security.md):
-- comma-separated group paths, wrapped in commas so that one team matches with LIKE '%,team,%'.
alter table patient_case add column care_teams text not null default ',';
