-- When the AI port classified a submission; with classified_by (the model, or rules) and the confidence it is the
-- record of an AI output that changed what happened to the submission (quarantined as spam, or not).
alter table form_submissions add column classified_at timestamptz;
