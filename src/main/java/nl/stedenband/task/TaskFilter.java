package nl.stedenband.task;

import org.jspecify.annotations.Nullable;

/**
 * Which tasks a list shows.
 *
 * @param show whose tasks
 * @param status open or done; null for both
 */
public record TaskFilter(Show show, @Nullable TaskStatus status) {

    public static final TaskFilter MY_OPEN = new TaskFilter(Show.MINE, TaskStatus.OPEN);

    public enum Show {
        /** Assigned to me. */
        MINE,
        /** Created by me, for myself or others. */
        CREATED,
        /** Everyone's: administrators only; screens say them by {@code enum.taskFilterShow.*}. */
        ALL
    }
}
