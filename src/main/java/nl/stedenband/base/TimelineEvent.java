package nl.stedenband.base;

import org.jspecify.annotations.Nullable;

/**
 * Something happened to a record that belongs on its timeline: a status change, a task done.
 * Published inside the transaction that made the change, so that the entry and the change are
 * stored together or not at all; the timeline feature records it without the owner knowing it.
 *
 * @param subjectType the record kind, e.g. "MISSION"
 * @param subjectId its id
 * @param kind what happened
 * @param summary one line for the timeline, e.g. "Status: planned → confirmed"
 */
public record TimelineEvent(String subjectType, long subjectId, Kind kind, String summary, @Nullable String details) {

    public enum Kind {
        STATUS,
        TASK
    }

    public static TimelineEvent statusChanged(String subjectType, long subjectId, String from, String to) {
        return new TimelineEvent(subjectType, subjectId, Kind.STATUS, "Status: " + from + " → " + to, null);
    }
}
