package nl.stedenband.base;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the office writes them, in a given language ("3 Mar 2026", "3 mrt 2026"),
 * always with 24-hour times. Views use them through {@code base.ui.Formats} in the screen's
 * language; services and records that must say a time in a language they are given use them here.
 */
public final class LocalFormats {

    private LocalFormats() {}

    /** 3 Mar 2026 · 3 mrt 2026 */
    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Bundles.language(locale));
    }

    /** Tue 3 Mar 2026 · di 3 mrt 2026 */
    public static DateTimeFormatter weekdayDate(Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy", Bundles.language(locale));
    }

    /** Tue 3 Mar · di 3 mrt (a date near today, in a clock or an agenda) */
    public static DateTimeFormatter shortWeekdayDate(Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM", Bundles.language(locale));
    }

    /** 14:05 in every language: the office writes 24-hour times. */
    public static DateTimeFormatter time(Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", Bundles.language(locale));
    }

    /** 3 Mar 2026 14:05 · 3 mrt 2026 14:05 */
    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Bundles.language(locale));
    }
}
