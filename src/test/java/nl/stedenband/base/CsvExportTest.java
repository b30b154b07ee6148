package nl.stedenband.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV files of every list: what Excel needs to open them, and what it must not run. */
class CsvExportTest {

    @Test
    void theFileStartsWithAByteOrderMarkSoExcelReadsUtf8() {
        byte[] bytes = write(Locale.ENGLISH, List.of("Müller", "大连"));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFMüller,大连\r\n");
    }

    @Test
    void dutchScreensGetSemicolonsAndOthersCommas() {
        assertThat(text(new Locale("nl", "NL"), List.of("a", "b"))).isEqualTo("a;b\r\n");
        assertThat(text(new Locale("nl"), List.of("a", "b"))).isEqualTo("a;b\r\n");
        assertThat(text(Locale.ENGLISH, List.of("a", "b"))).isEqualTo("a,b\r\n");
        assertThat(text(Locale.CHINESE, List.of("a", "b"))).isEqualTo("a,b\r\n");
    }

    @Test
    void separatorsQuotesAndLineBreaksInACellAreQuotedAndReadBackWhole() {
        List<String> cells = List.of("Smit; Jansen", "He said \"hello\"", "line one\nline two", "a, b", "plain");

        for (Locale locale : List.of(new Locale("nl"), Locale.ENGLISH)) {
            String csv = text(locale, cells);
            assertThat(parse(csv, CsvExport.separator(locale))).containsExactly(cells);
        }
        assertThat(text(new Locale("nl"), List.of("Smit; Jansen", "He said \"hello\"")))
                .isEqualTo("\"Smit; Jansen\";\"He said \"\"hello\"\"\"\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+31 53 481 8181", "-2+3", "@SUM(A1:A2)", "\tTab", "\rReturn"})
    void aCellThatASpreadsheetWouldRunGetsALeadingApostrophe(String dangerous) {
        String csv = text(Locale.ENGLISH, List.of(dangerous, "safe"));

        assertThat(parse(csv, ',')).containsExactly(List.of("'" + dangerous, "safe"));
    }

    @Test
    void theWellKnownCalcPayloadIsExportedNeutralised() {
        assertThat(text(Locale.ENGLISH, List.of("=cmd|' /C calc'!A0"))).isEqualTo("'=cmd|' /C calc'!A0\r\n");
        assertThat(text(Locale.ENGLISH, List.of("a=b", "x@y.nl"))).isEqualTo("a=b,x@y.nl\r\n");
    }

    @Test
    void aTenThousandCharacterFieldComesThroughWhole() {
        String longText = "ab;\"c\n".repeat(2_000).substring(0, 10_000);

        String csv = text(new Locale("nl"), List.of(longText, "next"));

        assertThat(parse(csv, ';')).containsExactly(List.of(longText, "next"));
    }

    @Test
    void emptyCellsAndNumbersAreWrittenPlainly() {
        assertThat(text(Locale.ENGLISH, Arrays.asList(42, null, LocalDate.of(2026, 11, 23))))
                .isEqualTo("42,,2026-11-23\r\n");
    }

    @Test
    void theFileIsNamedAfterTheListAndTheDay() {
        assertThat(CsvExport.fileName("contacts", LocalDate.of(2026, 11, 23))).isEqualTo("contacts-2026-11-23.csv");
    }

    private static byte[] write(Locale locale, List<?> row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExport csv = new CsvExport(out, locale)) {
            csv.row(row);
        }
        return out.toByteArray();
    }

    /** The file without its byte order mark. */
    private static String text(Locale locale, List<?> row) {
        String all = new String(write(locale, row), StandardCharsets.UTF_8);
        assertThat(all).startsWith("\uFEFF");
        return all.substring(1);
    }

    private static List<List<String>> parse(String csv, char separator) {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(separator)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords()
                    .stream()
                    .map(CSVRecord::toList)
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
