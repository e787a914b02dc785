-- Whose case a referral belongs to (docs/security.md): the submitting clinician and their care
-- teams, carried by referral.requested. Null for referrals requested before events carried them.
alter table referral add column submitted_by varchar(200);
alter table referral add column care_teams text;
