package nl.stedenband.base;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to a record that belongs on its timeline: a status change, a task done.
 * Published inside the transaction that made the change, so that the entry and the change are
 * stored together or not at all; the timeline feature records it without the owner knowing it.
 *
 * @param subjectType the record kind, e.g. "MISSION"
 * @param subjectId its id
 * @param kind what happened
 * @param summary one line for the timeline in English, e.g. "Status: planned → confirmed" (search,
 *     exports and the audit history read this one)
 * @param summaryKey the same line as a bundle key, so each reader sees it in their language
 * @param summaryArgs the key's arguments; one that is itself a bundle key (a status word) is said
 *     in the reader's language, in lower case
 */
public record TimelineEvent(
        String subjectType,
        long subjectId,
        Kind kind,
        String summary,
        @Nullable String details,
        @Nullable String summaryKey,
        List<String> summaryArgs) {

    public enum Kind {
        STATUS,
        TASK,
        /** Something the app did to the record on its own, e.g. anonymising past participants. */
        NOTE
    }

    public TimelineEvent {
        summaryArgs = List.copyOf(summaryArgs);
    }

    /** A line in the words of the bundles: stored in English, shown in the reader's language. */
    public static TimelineEvent said(
            String subjectType, long subjectId, Kind kind, @Nullable String details, String key, String... args) {
        return new TimelineEvent(
                subjectType, subjectId, kind, say(Locale.ENGLISH, key, List.of(args)), details, key, List.of(args));
    }

    /** A status change; {@code fromKey} and {@code toKey} are the statuses' bundle keys. */
    public static TimelineEvent statusChanged(String subjectType, long subjectId, String fromKey, String toKey) {
        return said(subjectType, subjectId, Kind.STATUS, null, "timeline.status", fromKey, toKey);
    }

    /** The line of {@code key} in {@code locale}; arguments that are bundle keys become lower-case words. */
    public static String say(Locale locale, String key, List<String> args) {
        Object[] words = args.stream()
                .map(a -> a.startsWith("enum.") && Bundles.isKey(a)
                        ? Bundles.t(locale, a).toLowerCase(locale)
                        : a)
                .toArray();
        return Bundles.t(locale, key, words);
    }
}
