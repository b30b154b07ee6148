package nl.stedenband.imports;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files as they arrive in real life (src/test/resources/import-corpus/): mixed-up separators,
 * broken quotes, other encodings, damaged bytes, rows too short or too long, huge values and
 * spreadsheet formulas. Each is refused with a reason a user can act on, row by row, or read
 * correctly; none is half-read silently and none runs anything.
 */
@StedenbandTest
class MalformedCsvCorpusTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHeadingWithSemicolonsAndRowsWithCommasRefusesEveryRowForItsValueCount() {
        ImportPreview preview = preview("wrong-delimiter.csv");
        assertThat(preview.layout().delimiter()).isEqualTo(';');

        ImportCheck check = check("wrong-delimiter.csv");

        assertThat(check.validRows()).isZero();
        assertThat(check.problems())
                .extracting(RowProblem::row, RowProblem::key, RowProblem::args)
                .containsExactly(
                        tuple(2L, "import.error.column-count", java.util.List.of(1, 3)),
                        tuple(3L, "import.error.column-count", java.util.List.of(1, 3)));
    }

    @Test
    void anUnknownSeparatorLeavesTheNameWithoutAColumn() {
        ImportCheck check = check("unknown-delimiter.csv");

        assertThat(check.importable()).isFalse();
        assertThat(check.problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(tuple(0L, "import.error.no-column"));
    }

    @Test
    void aQuoteThatNeverClosesStopsReadingThereAndSaysSo() {
        ImportResult result = importValidRows("unclosed-quote.csv");

        assertThat(result.check().complete()).isFalse();
        assertThat(result.check().problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(tuple(3L, "import.error.quotes"));
        assertThat(result.organizationsCreated())
                .as("the row before the broken quote")
                .isEqualTo(1);
        assertThat(organizations("Corpus Quote Before")).isEqualTo(1);
        assertThat(organizations("Corpus Quote After"))
                .as("nothing after it is guessed at")
                .isZero();

        ImportResult allOrNothing = RunAs.role(
                Role.OFFICER,
                () -> imports.importRows(
                        corpus("unclosed-quote.csv"),
                        preview("unclosed-quote.csv").plan(),
                        ImportMode.ALL_OR_NOTHING,
                        null));
        assertThat(allOrNothing.nothingImported()).isTrue();
    }

    @Test
    void textAfterAClosingQuoteIsABrokenQuoteToo() {
        ImportCheck check = check("text-after-quote.csv");

        assertThat(check.complete()).isFalse();
        assertThat(check.problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(tuple(3L, "import.error.quotes"));
        assertThat(check.validRows()).isEqualTo(1);
    }

    @Test
    void aWindows1252FileFromDutchExcelKeepsItsAccentsAndEuroSign() {
        ImportPreview preview = preview("windows-1252.csv");
        assertThat(preview.layout()).isEqualTo(new CsvLayout(CsvLayout.WINDOWS_1252, ';'));

        ImportResult result = importValidRows("windows-1252.csv");

        assertThat(result.organizationsCreated()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT notes FROM organization WHERE name = ?", String.class, "Corpus Café Müller"))
                .isEqualTo("€ 5 – prijs");
    }

    @Test
    void aDamagedByteInAUtf8FileRefusesOnlyItsRowInsteadOfManglingTheOthers() {
        assertThat(preview("invalid-utf8.csv").layout().charset()).isEqualTo(StandardCharsets.UTF_8);

        ImportResult result = importValidRows("invalid-utf8.csv");

        assertThat(result.check().problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(tuple(3L, "import.error.encoding"));
        assertThat(result.organizationsCreated()).isEqualTo(2);
        assertThat(organizations("Corpus Naïve École")).isEqualTo(1);
        assertThat(organizations("Corpus Grüße")).isEqualTo(1);
    }

    @Test
    void aUtf16FileWithTabsAsExcelsUnicodeTextIsReadToo() {
        assertThat(preview("utf16-tabs.csv").layout()).isEqualTo(new CsvLayout(StandardCharsets.UTF_16LE, '\t'));

        assertThat(importValidRows("utf16-tabs.csv").organizationsCreated()).isEqualTo(1);
        assertThat(organizations("Corpus Sixteen é")).isEqualTo(1);
    }

    @Test
    void rowsWithAValueTooFewOrTooManyAreRefusedWithBothCounts() {
        ImportCheck check = check("missing-columns.csv");

        assertThat(check.validRows()).isEqualTo(1);
        assertThat(check.problems())
                .extracting(RowProblem::row, RowProblem::key, RowProblem::args)
                .containsExactly(
                        tuple(3L, "import.error.column-count", java.util.List.of(2, 4)),
                        tuple(4L, "import.error.column-count", java.util.List.of(5, 4)));
        assertThat(check("no-name-column.csv").problems())
                .extracting(RowProblem::key)
                .containsExactly("import.error.no-column");
    }

    @Test
    void tenThousandCharacterValuesAreRefusedWithTheLengthThatFitsAndQuotedShort() {
        ImportResult result = importValidRows("long-fields.csv");

        assertThat(result.check().problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(
                        tuple(2L, "import.error.too-long"),
                        tuple(3L, "import.error.too-long"),
                        tuple(4L, "import.error.unknown-city"));
        assertThat(result.check().problems().get(0).args()).containsExactly(ImportField.ORGANIZATION, 10_007, 200);
        assertThat(result.check().problems().get(1).args()).containsExactly(ImportField.NOTES, 10_000, 4000);
        assertThat(result.check().problems().get(2).args().get(0).toString()).hasSizeLessThan(100);
        assertThat(result.organizationsCreated()).isEqualTo(1);
        assertThat(organizations("Corpus Fits")).isEqualTo(1);
    }

    @Test
    void spreadsheetFormulasAreStoredAsTheTextTheyAre() {
        ImportResult result = importValidRows("formulas.csv");

        assertThat(result.check().problems()).isEmpty();
        assertThat(result.organizationsCreated()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT sector FROM organization WHERE name = ?", String.class, "=cmd|' /C calc'!A0"))
                .isEqualTo("@SUM(1+1)");
        assertThat(jdbc.queryForObject(
                        "SELECT notes FROM organization WHERE name = ?", String.class, "=cmd|' /C calc'!A0"))
                .isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(jdbc.queryForObject("SELECT sector FROM organization WHERE name = ?", String.class, "+Corpus Plus"))
                .isEqualTo("-2+3");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeadingImportsNothing() {
        assertThat(preview("empty.csv").problems())
                .extracting(RowProblem::key)
                .containsExactly("import.error.empty-file");
        ImportResult headingOnly = importValidRows("heading-only.csv");
        assertThat(headingOnly.nothingImported()).isTrue();
        assertThat(headingOnly.check().rows()).isZero();
    }

    private ImportPreview preview(String name) {
        return RunAs.role(Role.OFFICER, () -> imports.preview(corpus(name)));
    }

    private ImportCheck check(String name) {
        return RunAs.role(
                Role.OFFICER,
                () -> imports.check(corpus(name), imports.preview(corpus(name)).plan(), null));
    }

    private ImportResult importValidRows(String name) {
        return RunAs.role(
                Role.OFFICER,
                () -> imports.importRows(
                        corpus(name), imports.preview(corpus(name)).plan(), ImportMode.VALID_ROWS, null));
    }

    private long organizations(String name) {
        return requireNonNull(jdbc.queryForObject(
                "SELECT COUNT(*) FROM organization WHERE name = ? COLLATE utf8mb4_bin", Long.class, name));
    }

    private static Path corpus(String name) {
        try {
            return Path.of(Objects.requireNonNull(MalformedCsvCorpusTest.class.getResource("/import-corpus/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
