package nl.stedenband.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which changes the audit list shows: by user name, by record type (e.g. "Contact"), and from/to
 * a date (both inclusive, in the app's zone); empty parts match everything.
 */
public record AuditFilter(
        @Nullable String user,
        @Nullable String type,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
