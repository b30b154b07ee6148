package nl.stedenband.base.database;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.stedenband.StedenbandTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes starting at the same moment against one empty database: both run the
 * app's Flyway migrations at once, both start, and every migration is applied exactly once
 * (Flyway holds MariaDB's named lock while it migrates).
 */
@StedenbandTest
class ConcurrentMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void twoNodesMigratingAtOnceApplyEveryMigrationOnce() throws Exception {
        SuiteDatabase suite = SuiteDatabase.of(dataSource);
        String database = suite.database() + "_two_nodes";
        JdbcTemplate admin = new JdbcTemplate(dataSource);
        admin.execute("DROP DATABASE IF EXISTS " + database);
        admin.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<MigrateResult>> results = List.of(
                    nodes.submit(() -> {
                        together.await();
                        return flyway(suite, database).migrate();
                    }),
                    nodes.submit(() -> {
                        together.await();
                        return flyway(suite, database).migrate();
                    }));
            MigrateResult first = results.get(0).get();
            MigrateResult second = results.get(1).get();

            assertThat(first.success).isTrue();
            assertThat(second.success).isTrue();
            int migrations = flyway(suite, database).info().all().length;
            assertThat(first.migrationsExecuted + second.migrationsExecuted).isEqualTo(migrations);
            List<Map<String, Object>> history =
                    admin.queryForList("SELECT version, COUNT(*) AS n, CAST(MIN(success) AS SIGNED) AS ok FROM "
                            + database + ".flyway_schema_history WHERE version IS NOT NULL GROUP BY version");
            assertThat(history).hasSize(migrations).allSatisfy(row -> {
                assertThat(requireNonNull(((Number) row.get("n"))).intValue()).isEqualTo(1);
                assertThat(requireNonNull(((Number) row.get("ok"))).intValue()).isEqualTo(1);
            });
            flyway(suite, database).validate();
        } finally {
            nodes.shutdownNow();
            admin.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static Flyway flyway(SuiteDatabase suite, String database) {
        return Flyway.configure()
                .dataSource(suite.jdbcUrl(database), suite.user(), suite.password())
                .locations("classpath:db/migration")
                .load();
    }
}
