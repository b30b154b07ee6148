package nl.stedenband.base.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Connections for work that may legitimately run long: schema migrations on a large register.
 * The pool's connections give up on a silent database after the driver's socket timeout (a few
 * seconds, so that no user waits on a hung server); these lift that limit for as long as they are
 * borrowed. Hikari restores the pool's timeout when the connection is returned.
 */
@Configuration(proxyBeanMethods = false)
public class LongStatements {

    /** Flyway migrates through connections without a socket timeout. */
    @Bean
    FlywayConfigurationCustomizer migrationsWithoutSocketTimeout() {
        return configuration -> {
            DataSource dataSource = configuration.getDataSource();
            if (dataSource != null) {
                configuration.dataSource(of(dataSource));
            }
        };
    }

    /** The same database, with connections that wait as long as a statement takes. */
    public static DataSource of(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                return withoutSocketTimeout(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return withoutSocketTimeout(super.getConnection(username, password));
            }
        };
    }

    private static Connection withoutSocketTimeout(Connection connection) throws SQLException {
        try {
            connection.setNetworkTimeout(Runnable::run, 0);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
