package nl.stedenband.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.stedenband.StedenbandTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup of docs/reliability.md, done on the suite's database (the full schema with the demo
 * data): mariadb-dump, restore into an empty database, and every table comes back with the same
 * rows (count and CHECKSUM TABLE). The dump and restore use the embedded distribution's own
 * client programs, so that this runs on a machine without MariaDB packages.
 */
@StedenbandTest
class BackupRestoreTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseHoldsEveryTableIntact() throws Exception {
        SuiteDatabase suite = SuiteDatabase.of(dataSource);
        String restored = suite.database() + "_restored";
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Path dump = Files.createDirectories(Path.of("target", "backup")).resolve(suite.database() + ".sql");
        jdbc.execute("DROP DATABASE IF EXISTS " + restored);
        try {
            run(
                    List.of(
                            ScratchMariaDb.bin("mariadb-dump").toString(),
                            "--single-transaction",
                            "--routines",
                            "--triggers",
                            "--result-file=" + dump.toAbsolutePath(),
                            suite.database()),
                    suite,
                    null);
            jdbc.execute("CREATE DATABASE " + restored + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            run(List.of(ScratchMariaDb.bin("mariadb").toString(), restored), suite, dump);

            Map<String, String> original = fingerprint(jdbc, suite.database());
            assertThat(original).containsKeys("contact", "organization", "flyway_schema_history");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + suite.database() + ".contact", Long.class))
                    .isPositive();
            assertThat(fingerprint(jdbc, restored)).isEqualTo(original);
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + restored);
        }
    }

    /**
     * Per table: its row count, a checksum of its content (every column, generated ones too) and,
     * where the table has no generated column, CHECKSUM TABLE (which differs for a table with a
     * stored generated column even when every value is the same, so it cannot judge those).
     */
    private static Map<String, String> fingerprint(JdbcTemplate jdbc, String database) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name",
                String.class,
                database)) {
            List<Map<String, Object>> columns = jdbc.queryForList(
                    "SELECT column_name, is_generated FROM information_schema.columns"
                            + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                    database,
                    table);
            String row = columns.stream()
                    .map(c -> "IFNULL(CAST(`" + c.get("column_name") + "` AS CHAR), '<null>')")
                    .collect(Collectors.joining(", ", "CONCAT_WS('|', ", ")"));
            String content = jdbc.queryForObject(
                    "SELECT CONCAT(COUNT(*), ' rows, content ', IFNULL(BIT_XOR(CRC32(" + row + ")), 0)) FROM "
                            + database + ".`" + table + "`",
                    String.class);
            boolean generated = columns.stream().anyMatch(c -> "ALWAYS".equals(c.get("is_generated")));
            String checksum = generated
                    ? "(generated column)"
                    : jdbc.queryForObject(
                            "CHECKSUM TABLE " + database + ".`" + table + "`", (rs, i) -> rs.getString("Checksum"));
            tables.put(table, content + ", CHECKSUM TABLE " + checksum);
        }
        return tables;
    }

    private static void run(List<String> program, SuiteDatabase suite, @Nullable Path input)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(program);
        command.addAll(
                1,
                List.of(
                        "--host=" + suite.host(),
                        "--port=" + suite.port(),
                        "--user=" + suite.user(),
                        "--protocol=TCP",
                        "--skip-ssl"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MYSQL_PWD", suite.password()); // not on the command line
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", program.getFirst(), output).isZero();
    }
}
