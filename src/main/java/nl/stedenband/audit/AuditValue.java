package nl.stedenband.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.stedenband.base.StoredText;

/**
 * A value in the history as people read it, still without a language or a time zone: the view
 * says it in the reader's language and zone, and the personal-data export in plain words. The
 * history keeps no English of its own.
 *
 * @param kind what sort of value this is, and so how it is said
 * @param text the stored text ({@link Kind#TEXT}), a bundle key ({@link Kind#WORD}), a record's
 *     name ({@link Kind#RECORD}) or a record's audit type ({@link Kind#UNNAMED}, {@link Kind#DELETED})
 * @param id the record's id for {@link Kind#UNNAMED} and {@link Kind#DELETED}, else 0
 * @param instant the moment for {@link Kind#INSTANT}
 * @param date the day for {@link Kind#DATE}
 * @param items the members of a {@link Kind#LIST}
 */
public record AuditValue(Kind kind, String text, long id, Instant instant, LocalDate date, List<AuditValue> items) {

    public enum Kind {
        /** No value. */
        NONE,
        /** Text as it was stored. */
        TEXT,
        /** A word of the bundles: an enum's name, yes or no. */
        WORD,
        /** A moment, said in the reader's zone. */
        INSTANT,
        /** A calendar day. */
        DATE,
        /** Another record, by its name. */
        RECORD,
        /** A record without a name of its own: its kind and id. */
        UNNAMED,
        /** A record deleted since: its kind and id. */
        DELETED,
        /** A set of values. */
        LIST,
        /** A line the app stored as a bundle key with arguments ({@link nl.stedenband.base.StoredText}). */
        SAID
    }

    private static final Instant NO_INSTANT = Instant.EPOCH;
    private static final LocalDate NO_DATE = LocalDate.EPOCH;
    static final AuditValue NONE = new AuditValue(Kind.NONE, "", 0, NO_INSTANT, NO_DATE, List.of());

    public AuditValue {
        items = List.copyOf(items);
    }

    static AuditValue text(String text) {
        return text.isEmpty() ? NONE : new AuditValue(Kind.TEXT, text, 0, NO_INSTANT, NO_DATE, List.of());
    }

    static AuditValue word(String key) {
        return new AuditValue(Kind.WORD, key, 0, NO_INSTANT, NO_DATE, List.of());
    }

    static AuditValue at(Instant instant) {
        return new AuditValue(Kind.INSTANT, "", 0, instant, NO_DATE, List.of());
    }

    static AuditValue day(LocalDate date) {
        return new AuditValue(Kind.DATE, "", 0, NO_INSTANT, date, List.of());
    }

    static AuditValue record(String name) {
        return new AuditValue(Kind.RECORD, name, 0, NO_INSTANT, NO_DATE, List.of());
    }

    static AuditValue unnamed(String type, long id) {
        return new AuditValue(Kind.UNNAMED, type, id, NO_INSTANT, NO_DATE, List.of());
    }

    static AuditValue deleted(String type, long id) {
        return new AuditValue(Kind.DELETED, type, id, NO_INSTANT, NO_DATE, List.of());
    }

    static AuditValue said(String stored) {
        return new AuditValue(Kind.SAID, stored, 0, NO_INSTANT, NO_DATE, List.of());
    }

    static AuditValue list(List<AuditValue> items) {
        return items.isEmpty()
                ? NONE
                : new AuditValue(
                        Kind.LIST,
                        "",
                        0,
                        NO_INSTANT,
                        NO_DATE,
                        items.stream()
                                .sorted(Comparator.comparing(AuditValue::plain))
                                .toList());
    }

    public boolean isEmpty() {
        return kind == Kind.NONE;
    }

    /**
     * The value in plain words without a language: text and names as stored, words by their key's
     * last part, moments in ISO form. For machine-readable uses (the personal-data export) and for
     * comparing two values.
     */
    public String plain() {
        return switch (kind) {
            case NONE -> "";
            case TEXT, RECORD -> text;
            case WORD -> text.substring(text.lastIndexOf('.') + 1);
            case INSTANT -> instant.toString();
            case DATE -> date.toString();
            case UNNAMED -> text + " #" + id;
            case DELETED -> text + " #" + id + " (deleted)";
            case LIST -> items.stream().map(AuditValue::plain).collect(Collectors.joining(", "));
            // the personal-data export's words are English throughout, as its field names are
            case SAID -> StoredText.say(Locale.ENGLISH, text);
        };
    }
}
