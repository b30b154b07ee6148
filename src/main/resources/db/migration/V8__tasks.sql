-- Tasks: follow-ups with a due date and an assignee, optionally about any record (subject_type +
-- subject_id, the same pair the timelines use). A deleted record leaves its tasks unlinked.
CREATE TABLE task (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000) NULL,
    due_date        DATE          NOT NULL,
    assignee_id     BIGINT        NOT NULL,
    creator_id      BIGINT        NULL,
    status          VARCHAR(10)   NOT NULL,
    completed_at    DATETIME(6)   NULL,
    completed_by_id BIGINT        NULL,
    subject_type    VARCHAR(30)   NULL,
    subject_id      BIGINT        NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(64)   NULL,
    modified_at     DATETIME(6)   NOT NULL,
    modified_by     VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    -- "my tasks": assigned to me, open, by due date (overdue first)
    KEY ix_task_assignee (assignee_id, status, due_date, id),
    -- "created by me"
    KEY ix_task_creator (creator_id, status, due_date, id),
    -- the tasks about a record, and the unlinking when it is deleted
    KEY ix_task_subject (subject_type, subject_id, status, due_date),
    -- "all" for administrators
    KEY ix_task_status_due (status, due_date, id),
    -- the global search: words through the full-text index, one- and two-letter text as a title prefix
    KEY ix_task_title (title),
    FULLTEXT INDEX ft_task_title (title),
    CONSTRAINT ck_task_status CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT ck_task_subject CHECK ((subject_type IS NULL) = (subject_id IS NULL)),
    CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id),
    CONSTRAINT fk_task_creator FOREIGN KEY (creator_id) REFERENCES app_user (id),
    CONSTRAINT fk_task_completed_by FOREIGN KEY (completed_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
