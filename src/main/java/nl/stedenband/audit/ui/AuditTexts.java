package nl.stedenband.audit.ui;

import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.stedenband.audit.AuditValue;
import nl.stedenband.audit.FieldChange;
import nl.stedenband.audit.RecordChange;
import nl.stedenband.base.StoredText;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Texts;

/**
 * The history in the reader's words: field names and values in the screen's language, moments in
 * the reader's zone, records by name (and those deleted since by kind and number).
 */
final class AuditTexts {

    private final Locale locale;
    private final ZoneId zone;

    AuditTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    static AuditTexts forScreen(ZoneId zone) {
        return new AuditTexts(Texts.locale(), zone);
    }

    /** A field's name: {@code audit.attribute.<field>}, or the field's name spelled out if a later field has no key yet. */
    String field(String field) {
        String key = "audit.attribute." + field;
        if (Texts.isKey(key)) {
            return Texts.t(locale, key);
        }
        String spaced = field.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(locale);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A kind of record: {@code audit.type.<Type>} or {@code base.recordType.<TYPE>}, else the stored name. */
    String type(String type, String storedLabel) {
        for (String key : new String[] {"audit.type." + type, "base.recordType." + type}) {
            if (Texts.isKey(key)) {
                return Texts.t(locale, key);
            }
        }
        return storedLabel;
    }

    String value(AuditValue value) {
        return switch (value.kind()) {
            case NONE -> "—";
            case TEXT, RECORD -> value.text();
            case WORD -> Texts.isKey(value.text()) ? Texts.t(locale, value.text()) : value.plain();
            case INSTANT -> Formats.dateTime(locale).format(value.instant().atZone(zone));
            case DATE -> Formats.date(locale).format(value.date());
            case UNNAMED ->
                Texts.t(locale, "audit.value.unnamed", type(value.text(), value.text()), String.valueOf(value.id()));
            case DELETED ->
                Texts.t(locale, "audit.value.deleted", type(value.text(), value.text()), String.valueOf(value.id()));
            case LIST -> value.items().stream().map(this::value).collect(Collectors.joining(", "));
            // a key stored without its arguments (they have a column of their own) shows "…" in their place
            case SAID -> StoredText.say(locale, value.text()).replaceAll("\\{\\d+[^}]*}", "…");
        };
    }

    /** The record a change is about, e.g. "Anouk Jansen (#42)". */
    String record(RecordChange change) {
        return change.record().kind() == AuditValue.Kind.RECORD
                ? Texts.t(locale, "audit.value.record", change.record().text(), String.valueOf(change.recordId()))
                : value(change.record());
    }

    /** One field's change, e.g. "Phone: — → +31 53 000 00 00". */
    String change(FieldChange change) {
        return field(change.field()) + ": " + value(change.oldValue()) + " → " + value(change.newValue());
    }

    /** Every field's change in one line, separated by semicolons. */
    String summary(RecordChange change) {
        return change.changes().stream().map(this::change).collect(Collectors.joining("; "));
    }
}
