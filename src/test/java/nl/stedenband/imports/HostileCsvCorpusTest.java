package nl.stedenband.imports;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hostile corpus ({@link HostileCorpus}) through the import as an officer would upload it:
 * every file gets a message saying what is wrong with it, or is read as it should be; a file over
 * a limit shows no columns and imports nothing, not even the rows before the point where the limit
 * was found; and the service still answers a good file afterwards.
 */
@StedenbandTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCsvCorpusTest {

    private static final String TAG = "Hostile " + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    ImportService imports;

    @Autowired
    ImportLimits limits;

    @Autowired
    JdbcTemplate jdbc;

    private Path dir;

    @BeforeAll
    void createDirectory() throws IOException {
        dir = Files.createTempDirectory("hostile-csv");
    }

    @AfterAll
    void deleteDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    List<HostileCorpus.Entry> corpus() {
        return HostileCorpus.entries(TAG, ImportLimits.DEFAULTS);
    }

    @Test
    void theCorpusHasAtLeastFortyFilesAndTheDefaultsAreTheConfiguredLimits() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(limits).isEqualTo(ImportLimits.DEFAULTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGetsAClearMessageOrIsReadAndNothingIsImportedPartially(HostileCorpus.Entry entry) throws IOException {
        Path file = entry.writeTo(dir);
        try {
            long organizationsBefore = count("organization");
            long contactsBefore = count("contact");

            ImportPreview preview = RunAs.role(Role.OFFICER, () -> imports.preview(file));
            assertThat(preview.headings())
                    .as("no grid column or picker beyond the limit")
                    .hasSizeLessThanOrEqualTo(limits.maxColumns());
            assertThat(preview.rows()).hasSizeLessThanOrEqualTo(limits.previewRows());
            if (entry.refusedAtPreview()) {
                assertThat(preview.headings()).isEmpty();
                assertThat(preview.problems()).extracting(RowProblem::key).containsExactly(entry.key());
            }

            ImportResult result = RunAs.role(
                    Role.OFFICER, () -> imports.importRows(file, preview.plan(), ImportMode.VALID_ROWS, null));

            if (entry.key() != null) {
                assertThat(result.check().problems())
                        .extracting(RowProblem::key)
                        .contains(entry.key());
            } else {
                assertThat(result.check().problems())
                        .as("no problem in %s", entry.name())
                        .isEmpty();
            }
            assertThat(count("organization") - organizationsBefore)
                    .as("organizations imported")
                    .isEqualTo(entry.imported());
            assertThat(result.organizationsCreated()).isEqualTo(entry.imported());
            assertThat(count("contact")).isEqualTo(contactsBefore);
            if (entry.key() != null && entry.key().startsWith("import.limit.")) {
                assertThat(result.nothingImported()).isTrue();
                assertThat(result.check().problems())
                        .filteredOn(p -> p.row() == 0)
                        .extracting(RowProblem::key)
                        .as("one message, for the whole file")
                        .containsExactly(entry.key());
            }
        } finally {
            Files.deleteIfExists(file);
        }

        Path good = dir.resolve("good-after-" + entry.name());
        Files.writeString(good, "Name,Sector\n" + TAG + " Still there,x\n");
        try {
            ImportPreview after = RunAs.role(Role.OFFICER, () -> imports.preview(good));
            assertThat(after.headings())
                    .as("the service still reads a good file")
                    .containsExactly("Name", "Sector");
            assertThat(RunAs.role(Role.OFFICER, () -> imports.check(good, after.plan(), null))
                            .validRows())
                    .isEqualTo(1);
        } finally {
            Files.deleteIfExists(good);
        }
    }

    @Test
    void twentyThousandColumnsShowNoColumnsButTheLimitNamed() throws IOException {
        Path file = dir.resolve("twenty-thousand.csv");
        StringBuilder header = new StringBuilder("Name");
        for (int i = 1; i < 20_000; i++) {
            header.append(",c").append(i);
        }
        Files.writeString(file, header + "\n" + TAG + " Wide" + ",v".repeat(19_999) + "\n");

        ImportPreview preview = RunAs.role(Role.OFFICER, () -> imports.preview(file));

        assertThat(preview.headings()).isEmpty();
        assertThat(preview.mapping()).isEmpty();
        assertThat(preview.problems())
                .extracting(RowProblem::row, RowProblem::key, RowProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "import.limit.columns", List.of(1L, 200)));
        Files.delete(file);
    }

    private long count(String table) {
        return requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
}
