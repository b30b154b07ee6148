package nl.stedenband.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates, times and numbers as a Dutch and an English reader expect them. */
class FormatsTest {

    private static final Locale DUTCH_NETHERLANDS = Locale.forLanguageTag("nl-NL");

    @Test
    void datesAndTimesInTheReadersLanguageWith24HourTimes() {
        LocalDateTime moment = LocalDateTime.of(2026, 3, 3, 14, 5);

        assertThat(Formats.date(DUTCH_NETHERLANDS).format(moment)).isEqualTo("3 mrt 2026");
        assertThat(Formats.date(Locale.US).format(moment)).isEqualTo("3 Mar 2026");
        assertThat(Formats.weekdayDate(Texts.DUTCH).format(moment)).isEqualTo("di 3 mrt 2026");
        assertThat(Formats.dateTime(Locale.ENGLISH).format(moment)).isEqualTo("3 Mar 2026 14:05");
        assertThat(Formats.time(Locale.US).format(moment)).isEqualTo("14:05");
    }

    @Test
    void numbersGroupTheWayTheReaderDoes() {
        assertThat(Formats.number(DUTCH_NETHERLANDS, 1234567)).isEqualTo("1.234.567");
        assertThat(Formats.number(Locale.ENGLISH, 1234567)).isEqualTo("1,234,567");
    }

    @Test
    void aDutchDatePickerNamesMonthsAndDaysInDutchAndStartsTheWeekOnMonday() {
        DatePicker.DatePickerI18n i18n = Formats.datePickerI18n(Texts.DUTCH, null);

        assertThat(i18n.getMonthNames())
                .startsWith("januari", "februari", "maart")
                .hasSize(12);
        assertThat(i18n.getWeekdaysShort()).startsWith("zo", "ma", "di").hasSize(7);
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Vandaag");
        assertThat(i18n.getDateFormats()).first().isEqualTo("d-M-yyyy");
    }

    @Test
    void anEnglishDatePickerKeepsItsMessagesAndStartsTheWeekOnMonday() {
        DatePicker.DatePickerI18n existing = new DatePicker.DatePickerI18n().setBadInputErrorMessage("Not a date");

        DatePicker.DatePickerI18n i18n = Formats.datePickerI18n(Locale.ENGLISH, existing);

        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("Not a date");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(Texts.t(Locale.ENGLISH, "base.record.new", "thing")).isEqualTo("New thing");
    }
}
