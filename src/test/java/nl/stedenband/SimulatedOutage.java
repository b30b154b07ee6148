package nl.stedenband;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Takes the database away from the code a test runs in its own thread, the way a stopped server
 * looks to the app: the pool hands out no connection (Hikari's own exception after its timeout),
 * so transactions cannot begin. Other threads, and the test once it ends the outage, see the
 * database as usual. The real outages (a stopped, hung or killed MariaDB) are in
 * {@code DatabaseFaultsTest}; this lets browserless tests show what the user sees.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class SimulatedOutage {

    private static final ThreadLocal<Boolean> DOWN = ThreadLocal.withInitial(() -> false);

    /** From now on, this thread gets no database connection. */
    public static void begin() {
        DOWN.set(true);
    }

    public static void end() {
        DOWN.remove();
    }

    @Bean
    static BeanPostProcessor simulatedOutageDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && "dataSource".equals(name) ? wrap(dataSource) : bean;
            }
        };
    }

    private static DataSource wrap(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                refuseDuringOutage();
                return super.getConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                refuseDuringOutage();
                return super.getConnection(username, password);
            }
        };
    }

    private static void refuseDuringOutage() throws SQLTransientConnectionException {
        if (DOWN.get()) {
            throw new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 3000ms (simulated outage)",
                    "08001");
        }
    }
}
