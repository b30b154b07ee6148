package nl.stedenband.base.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** Where the suite's database is (the server given in STEDENBAND_TEST_DB_URL, or the embedded one). */
record SuiteDatabase(String host, int port, String database, String user, String password) {

    private static final Pattern URL = Pattern.compile("jdbc:mariadb://([^:/?]+)(?::(\\d+))?/([^?]*).*");

    static SuiteDatabase of(DataSource dataSource) {
        try {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            Matcher m = URL.matcher(pool.getJdbcUrl());
            if (!m.matches()) {
                throw new IllegalStateException("not a MariaDB URL: " + pool.getJdbcUrl());
            }
            return new SuiteDatabase(
                    m.group(1),
                    m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)),
                    m.group(3),
                    pool.getUsername(),
                    pool.getPassword() == null ? "" : pool.getPassword());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another database on the same server. */
    String jdbcUrl(String otherDatabase) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + otherDatabase;
    }
}
