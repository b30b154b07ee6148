package nl.stedenband.task;

import java.time.Instant;
import java.time.LocalDate;
import nl.stedenband.base.RecordLink;
import org.jspecify.annotations.Nullable;

/**
 * A row of a task list.
 *
 * @param title the title as stored; screens say it with {@link TaskTitle#in}
 * @param overdue open and due before today
 * @param link the record the task is about, if it still exists and the user may read it
 * @param subjectType the kind of record it is about, also when that record is gone
 */
public record TaskListItem(
        long id,
        TaskTitle title,
        LocalDate dueDate,
        TaskStatus status,
        boolean overdue,
        long assigneeId,
        String assigneeName,
        @Nullable Long creatorId,
        @Nullable String creatorName,
        @Nullable String subjectType,
        @Nullable Long subjectId,
        @Nullable RecordLink link,
        @Nullable Instant completedAt) {

    public boolean linked() {
        return subjectType != null && subjectId != null;
    }
}
