-- A task title the app makes (a follow-up of an outcome) keeps its bundle key and arguments, so each
-- reader sees it in their own language; title then holds only the words the key is said about (for
-- search and sort). Titles people type have neither and stay as typed.
ALTER TABLE task ADD COLUMN title_key VARCHAR(100) NULL AFTER title, ADD COLUMN title_args VARCHAR(1000) NULL AFTER title_key;
ALTER TABLE task_aud ADD COLUMN title_key VARCHAR(100) NULL AFTER title_mod, ADD COLUMN title_key_mod BOOLEAN NULL AFTER title_key,
    ADD COLUMN title_args VARCHAR(1000) NULL AFTER title_key_mod, ADD COLUMN title_args_mod BOOLEAN NULL AFTER title_args;

-- Titles stored before this in English ("Follow up: …") become the key and its argument, in the
-- history as well, so an old follow-up shows in Dutch on a Dutch screen too.
UPDATE task SET title_key = 'task.title.followUp', title_args = SUBSTRING(title, 12), title = SUBSTRING(title, 12)
WHERE CHAR_LENGTH(title) > 11 AND LEFT(title, 11) COLLATE utf8mb4_bin = 'Follow up: ';
UPDATE task_aud SET title_key = 'task.title.followUp', title_args = SUBSTRING(title, 12), title = SUBSTRING(title, 12)
WHERE CHAR_LENGTH(title) > 11 AND LEFT(title, 11) COLLATE utf8mb4_bin = 'Follow up: ';

-- The timeline's "Task done" lines of such tasks name the follow-up by its own key; lines written
-- before timelines kept keys get theirs.
UPDATE activity SET summary_key = 'timeline.followUpDone', summary_args = SUBSTRING(summary_args, 12)
WHERE summary_key = 'timeline.taskDone' AND CHAR_LENGTH(summary_args) > 11
  AND LEFT(summary_args, 11) COLLATE utf8mb4_bin = 'Follow up: ' AND summary_args NOT LIKE CONCAT('%', CHAR(31), '%');
UPDATE activity SET summary_key = 'timeline.followUpDone', summary_args = SUBSTRING(summary, 23)
WHERE summary_key IS NULL AND kind = 'TASK' AND CHAR_LENGTH(summary) > 22
  AND LEFT(summary, 22) COLLATE utf8mb4_bin = 'Task done: Follow up: ';
UPDATE activity SET summary_key = 'timeline.taskDone', summary_args = SUBSTRING(summary, 12)
WHERE summary_key IS NULL AND kind = 'TASK' AND CHAR_LENGTH(summary) > 11
  AND LEFT(summary, 11) COLLATE utf8mb4_bin = 'Task done: ';
