-- A line the app writes on a timeline (a status change, a task done) keeps its bundle key and
-- arguments beside the English summary, so each reader sees it in their own language; the summary
-- stays for search, exports and history. Lines people type have neither.
ALTER TABLE activity ADD COLUMN summary_key VARCHAR(100) NULL, ADD COLUMN summary_args VARCHAR(1000) NULL;
ALTER TABLE activity_aud ADD COLUMN summary_key VARCHAR(100) NULL, ADD COLUMN summary_key_mod BOOLEAN NULL,
    ADD COLUMN summary_args VARCHAR(1000) NULL, ADD COLUMN summary_args_mod BOOLEAN NULL;
