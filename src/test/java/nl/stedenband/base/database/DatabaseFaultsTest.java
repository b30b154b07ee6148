package nl.stedenband.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.stedenband.base.ui.Actions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app's connection pool, configured from application.properties exactly as the app binds it,
 * against a MariaDB process of the test's own that it stops (SIGSTOP: hung), resumes and kills
 * (SIGKILL: crashed). No request waits long on a dead database, the failures are the kind the UI
 * calls "database not available", and the same pool works again once the server is back, without
 * a restart of the app. Acknowledged writes survive a crash.
 */
class DatabaseFaultsTest {

    /** A correctness bound, not a speed goal: the settings aim at about 5 s. */
    static final Duration GIVES_UP_WITHIN = Duration.ofSeconds(10);

    static final Duration RECOVERS_WITHIN = Duration.ofSeconds(30);

    static ScratchMariaDb db;
    // a new pool per test, opened by the test's first step (some tests stop the server first)
    @SuppressWarnings("NullAway.Init")
    HikariDataSource pool;

    @SuppressWarnings("NullAway.Init")
    JdbcTemplate jdbc;

    @BeforeAll
    static void startServer() {
        db = ScratchMariaDb.startFresh("faults");
    }

    @AfterAll
    static void stopServer() {
        db.close();
    }

    @AfterEach
    void closePool() {
        if (!db.running()) {
            db.start();
        }
        db.signal("CONT");
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void theSettingsOfTheAppBoundTheWaitOnTheDatabase() {
        openPool("settings");
        assertThat(pool.getConnectionTimeout()).isLessThanOrEqualTo(5_000);
        assertThat(pool.getValidationTimeout()).isLessThan(pool.getConnectionTimeout());
        assertThat(Long.parseLong(pool.getDataSourceProperties().getProperty("socketTimeout")))
                .isBetween(1_000L, 6_000L);
        assertThat(Long.parseLong(pool.getDataSourceProperties().getProperty("connectTimeout")))
                .isBetween(1_000L, 6_000L);
    }

    @Test
    void aHungDatabaseFailsRequestsQuicklyAndThePoolRecoversWhenItResumes() throws Exception {
        openPool("hung");
        jdbc.execute("CREATE TABLE partner (id INT PRIMARY KEY, name VARCHAR(40)) ENGINE=InnoDB");
        jdbc.update("INSERT INTO partner VALUES (1, 'Palo Alto'), (2, 'Dalian')");
        // a user in the middle of a request when the server hangs, another who arrives afterwards
        ExecutorService users = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch inFlight = new CountDownLatch(1);
            Future<Failure> midRequest = users.submit(() -> timed(() -> jdbc.execute((Connection c) -> {
                try (Statement s = c.createStatement()) {
                    inFlight.countDown();
                    Thread.sleep(300);
                    return s.executeQuery("SELECT COUNT(*) FROM partner").next();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            })));
            inFlight.await();
            db.signal("STOP");
            Future<Failure> newRequest = users.submit(
                    () -> timed(() -> jdbc.queryForObject("SELECT name FROM partner WHERE id = 1", String.class)));

            for (Failure failure : List.of(midRequest.get(), newRequest.get())) {
                assertThat(failure.error()).isNotNull();
                assertThat(failure.took()).isLessThan(GIVES_UP_WITHIN);
                assertThat(Actions.isDatabaseUnavailable(failure.error()))
                        .as("shown as 'database not available': %s", failure.error())
                        .isTrue();
            }
            Failure stillDown = timed(() -> jdbc.queryForObject("SELECT 1", Integer.class));
            assertThat(stillDown.error()).isNotNull();
            assertThat(stillDown.took()).isLessThan(GIVES_UP_WITHIN);
        } finally {
            users.shutdownNow();
        }

        db.signal("CONT");

        assertThat(firstSuccess(() -> jdbc.queryForObject("SELECT name FROM partner WHERE id = 2", String.class)))
                .isEqualTo("Dalian");
    }

    @Test
    void aStoppedDatabaseFailsRequestsQuicklyAndThePoolRecoversAfterItsRestart() {
        openPool("restart");
        jdbc.execute("CREATE TABLE city (name VARCHAR(40)) ENGINE=InnoDB");
        jdbc.update("INSERT INTO city VALUES ('Enschede')");

        db.kill();
        Failure down = timed(() -> jdbc.queryForObject("SELECT COUNT(*) FROM city", Long.class));
        assertThat(down.error()).isNotNull();
        assertThat(down.took()).isLessThan(GIVES_UP_WITHIN);
        assertThat(Actions.isDatabaseUnavailable(down.error()))
                .as("%s", down.error())
                .isTrue();

        db.start();

        assertThat(firstSuccess(() -> jdbc.queryForObject("SELECT name FROM city", String.class)))
                .isEqualTo("Enschede");
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKilledDatabase() throws Exception {
        openPool("crash");
        jdbc.execute(
                "CREATE TABLE saved (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(100) NOT NULL) ENGINE=InnoDB");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch enoughSaved = new CountDownLatch(200);
        int writers = 4;
        ExecutorService stream = Executors.newFixedThreadPool(writers);
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                stream.submit(() -> {
                    // each writer saves until the database dies under it
                    for (int i = 0; ; i++) {
                        try (Connection c = pool.getConnection();
                                PreparedStatement insert = c.prepareStatement(
                                        "INSERT INTO saved (payload) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                            insert.setString(1, "writer " + writer + " save " + i);
                            insert.executeUpdate(); // autocommit: returning means the server acknowledged the commit
                            try (ResultSet keys = insert.getGeneratedKeys()) {
                                keys.next();
                                acknowledged.add(keys.getLong(1));
                            }
                            enoughSaved.countDown();
                        } catch (SQLException e) {
                            refused.incrementAndGet();
                            return;
                        }
                    }
                });
            }
            assertThat(enoughSaved.await(60, TimeUnit.SECONDS)).isTrue();
            db.kill();
            stream.shutdown();
            assertThat(stream.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            stream.shutdownNow();
        }
        assertThat(refused.get()).as("every writer was cut off by the kill").isEqualTo(writers);

        db.start();

        List<Long> stored = firstSuccess(() -> jdbc.queryForList("SELECT id FROM saved", Long.class));
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(200);
        assertThat(stored).containsAll(acknowledged);
        System.out.printf(
                "crash safety: %d saves acknowledged before SIGKILL, %d rows after restart, none missing%n",
                acknowledged.size(), stored.size());
    }

    /** A pool bound from the app's own application.properties, as Spring Boot binds spring.datasource.hikari. */
    private void openPool(String database) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader()
                    .load("application.properties", new ClassPathResource("application.properties"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pool = new HikariDataSource();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setJdbcUrl(db.jdbcUrl(database));
        pool.setUsername("root");
        pool.setPassword("");
        pool.setPoolName("faults-" + database);
        jdbc = new JdbcTemplate(pool);
    }

    private record Failure(Duration took, Throwable error) {}

    private static Failure timed(Supplier<?> request) {
        long start = System.nanoTime();
        Throwable error = catchThrowable(request::get);
        return new Failure(Duration.ofNanos(System.nanoTime() - start), error);
    }

    /** Retries the way a user would (every half second) until the database answers; fails after a while. */
    private static <T> T firstSuccess(Supplier<T> request) {
        long deadline = System.nanoTime() + RECOVERS_WITHIN.toNanos();
        long start = System.nanoTime();
        while (true) {
            try {
                T result = request.get();
                System.out.printf("database answered again after %.1f s%n", (System.nanoTime() - start) / 1e9);
                return result;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the pool did not recover within " + RECOVERS_WITHIN, e);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
    }
}
