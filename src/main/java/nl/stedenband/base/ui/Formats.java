package nl.stedenband.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.stedenband.base.LocalFormats;
import org.jspecify.annotations.Nullable;

/**
 * Dates, times and numbers as the user reads them: in the screen's language ("3 Mar 2026",
 * "3 mrt. 2026"), always with 24-hour times as Enschede's office writes them, and date pickers
 * that speak the same language (Dutch weeks start on Monday).
 */
public final class Formats {

    private Formats() {}

    /** 3 Mar 2026 · 3 mrt. 2026 */
    public static DateTimeFormatter date(Locale locale) {
        return LocalFormats.date(locale);
    }

    /** Tue 3 Mar 2026 · di 3 mrt. 2026 */
    public static DateTimeFormatter weekdayDate(Locale locale) {
        return LocalFormats.weekdayDate(locale);
    }

    /** Tue 3 Mar · di 3 mrt. (a date near today, in a clock or an agenda) */
    public static DateTimeFormatter shortWeekdayDate(Locale locale) {
        return LocalFormats.shortWeekdayDate(locale);
    }

    /** 14:05 in every language: the office writes 24-hour times. */
    public static DateTimeFormatter time(Locale locale) {
        return LocalFormats.time(locale);
    }

    /** 3 Mar 2026 14:05 · 3 mrt. 2026 14:05 */
    public static DateTimeFormatter dateTime(Locale locale) {
        return LocalFormats.dateTime(locale);
    }

    public static String date(LocalDate date) {
        return date(Texts.locale()).format(date);
    }

    public static String weekdayDate(LocalDate date) {
        return weekdayDate(Texts.locale()).format(date);
    }

    public static String time(TemporalAccessor time) {
        return time(Texts.locale()).format(time);
    }

    public static String time(LocalTime time) {
        return time(Texts.locale()).format(time);
    }

    public static String dateTime(TemporalAccessor dateTime) {
        return dateTime(Texts.locale()).format(dateTime);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime(Texts.locale()).format(dateTime);
    }

    /** 1,234 · 1.234 */
    public static String number(Number n) {
        return number(Texts.locale(), n);
    }

    public static String number(Locale locale, Number n) {
        return NumberFormat.getNumberInstance(Texts.language(locale)).format(n);
    }

    /**
     * A date picker's texts for the locale: Dutch month and day names, weeks from Monday and
     * day-month-year when Dutch; in English the picker's own defaults (with weeks from Monday).
     * Messages a view set before (e.g. for bad input) are kept.
     */
    public static DatePicker.DatePickerI18n datePickerI18n(
            Locale locale, DatePicker.@Nullable DatePickerI18n existing) {
        DatePicker.DatePickerI18n i18n = existing != null ? existing : new DatePicker.DatePickerI18n();
        // Monday in the Netherlands and in ISO 8601, which the office's English follows too
        i18n.setFirstDayOfWeek(1);
        Locale language = Texts.language(locale);
        if (!language.equals(Texts.DUTCH)) {
            return i18n;
        }
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, language))
                .toList());
        // the picker counts weekdays from Sunday
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, language))
                .toList());
        i18n.setWeekdaysShort(fromSunday.stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, language))
                .toList());
        i18n.setToday(Texts.t(language, "base.datePicker.today"));
        i18n.setCancel(Texts.t(language, "base.datePicker.cancel"));
        i18n.setDateFormats("d-M-yyyy", "d-M-yy", "d/M/yyyy");
        return i18n;
    }

    /** Gives every date picker inside {@code root} the screen's language. */
    public static void localizeDatePickers(Component root) {
        Locale locale = Texts.locale();
        if (root instanceof DatePicker picker) {
            picker.setLocale(Texts.language(locale));
            picker.setI18n(datePickerI18n(locale, picker.getI18n()));
        } else if (root instanceof DateTimePicker picker) {
            picker.setLocale(Texts.language(locale));
            picker.setDatePickerI18n(datePickerI18n(locale, picker.getDatePickerI18n()));
        }
        root.getChildren().forEach(Formats::localizeDatePickers);
    }
}
