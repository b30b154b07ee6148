package nl.stedenband.task;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A task list's row as the query reads it, before the linked record is looked up and overdue
 * decided: the typed shape of {@link TaskListService}'s one select.
 */
record TaskRow(
        Long id,
        String title,
        LocalDate dueDate,
        TaskStatus status,
        Long assigneeId,
        String assigneeName,
        @Nullable Long creatorId,
        @Nullable String creatorName,
        @Nullable String subjectType,
        @Nullable Long subjectId,
        @Nullable Instant completedAt,
        @Nullable String titleKey,
        @Nullable String titleArgs) {

    boolean linked() {
        return subjectType != null && subjectId != null;
    }
}
