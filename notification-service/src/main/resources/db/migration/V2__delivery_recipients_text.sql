-- An email goes to every contact of an escalation level in one message, so a delivery's
-- recipients and their names are lists with no useful upper bound.
alter table referral_delivery alter column recipient type text;
alter table referral_delivery alter column recipient_name type text;
