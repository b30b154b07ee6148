package nl.stedenband.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactFilter;
import nl.stedenband.contact.ContactService;
import nl.stedenband.scheduling.ScheduleService;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.task.TaskListService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 200 officers at once on one JVM, each on a virtual thread doing the round of a working day
 * without pause: search the contact list by name, open a contact (the record with its tasks and
 * timeline), change the job title and save, open the schedule for a day. Service-level calls
 * under the officer's role, i.e. what the views call, without the browser round trip. Prints
 * operations per second and latency per step, with the connection pool's size, and the failures
 * (a step that waited longer than the pool's connection timeout fails, as it would for a user).
 */
@StedenbandTest
class ConcurrencyBenchmark {

    static final int SESSIONS = Integer.getInteger("benchmark.sessions", 200);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    static final int THINKING_ROUNDS = Integer.getInteger("benchmark.thinkingRounds", 2);
    static final String[] NAMES = {"bakker", "jansen", "visser", "wang", "smith", "garcia", "mulder", "chen"};

    @Autowired
    ContactService contacts;

    @Autowired
    TaskListService lists;

    @Autowired
    ActivityService activities;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoHundredOfficersAtOnce() throws Exception {
        double seeded = BenchmarkData.ensureSeeded(dataSource);
        long[] ids = BenchmarkData.contactIdRange(jdbc);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int configuredPool = pool.getMaximumPoolSize();

        BenchmarkReport report = new BenchmarkReport(
                "Concurrency: " + SESSIONS + " officers, " + ROUNDS + " rounds each, virtual threads");
        if (seeded > 0) {
            report.line("seeded %,d contacts in %.1f s", BenchmarkData.CONTACTS, seeded);
        }
        report.line("round = search the list by name (page + count), open a contact (record, tasks, timeline),");
        report.line("        change the job title and save, open the schedule (day plan, week, clock changes)");
        // a short warm-up so that the JIT and the caches are not what is measured
        run(20, 1, ids, new Results(0));
        // one officer alone first: what each step costs without waiting, the floor under the figures below
        scenario(report, pool, "1 officer alone, 20 rounds", 1, 20, configuredPool, 0, ids);
        for (int poolSize : List.of(configuredPool, 3 * configuredPool)) {
            scenario(
                    report,
                    pool,
                    SESSIONS + " officers without pause, connection pool of " + poolSize
                            + (poolSize == configuredPool ? " (as configured)" : ""),
                    SESSIONS,
                    ROUNDS,
                    poolSize,
                    0,
                    ids);
        }
        // as officers work: a click, then reading and typing for 5 to 15 seconds
        scenario(
                report,
                pool,
                SESSIONS + " officers thinking 5-15 s between steps, " + THINKING_ROUNDS + " rounds, pool of "
                        + configuredPool,
                SESSIONS,
                THINKING_ROUNDS,
                configuredPool,
                10_000,
                ids);
        pool.getHikariConfigMXBean().setMaximumPoolSize(configuredPool);
        report.line("");
        report.line("without pause: every officer starts the next step as soon as the last one answered;");
        report.line("thinking: each step waits 5-15 s (at random) after the last; the times are the steps' alone");
        report.write("concurrency.txt");
    }

    private void scenario(
            BenchmarkReport report,
            HikariDataSource pool,
            String label,
            int sessions,
            int rounds,
            int poolSize,
            long thinkMillis,
            long[] ids)
            throws InterruptedException {
        pool.getHikariConfigMXBean().setMaximumPoolSize(poolSize);
        Results results = new Results(thinkMillis);
        long start = System.nanoTime();
        run(sessions, rounds, ids, results);
        double seconds = (System.nanoTime() - start) / 1e9;
        report.line("");
        report.line(
                "%s (connection timeout %d ms): %d rounds in %.1f s = %.1f rounds/s, %.1f steps/s",
                label,
                pool.getConnectionTimeout(),
                results.rounds.get(),
                seconds,
                results.rounds.get() / seconds,
                results.steps() / seconds);
        report.line("%-22s %7s %9s %9s %9s", "step", "count", "p50 ms", "p95 ms", "max ms");
        results.times.forEach((step, times) -> {
            double[] sorted =
                    times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            report.line(
                    "%-22s %7d %9.1f %9.1f %9.1f",
                    step,
                    sorted.length,
                    BenchmarkReport.percentile(sorted, 50),
                    BenchmarkReport.percentile(sorted, 95),
                    sorted[sorted.length - 1]);
        });
        report.line("failures: %s", results.failures.isEmpty() ? "none" : new TreeMap<>(results.failures));
    }

    private void run(int sessions, int rounds, long[] ids, Results results) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(sessions);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < sessions; s++) {
                threads.submit(() -> {
                    try {
                        RunAs.role(Role.OFFICER, () -> {
                            for (int r = 0; r < rounds; r++) {
                                round(ids, results);
                            }
                        });
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
    }

    private void round(long[] ids, Results results) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String name = NAMES[random.nextInt(NAMES.length)];
        long id = ids[0] + random.nextLong(ids[1] - ids[0] + 1);
        boolean ok = results.step("search", () -> {
            ContactFilter filter = new ContactFilter(name, null, null, null, null, null);
            contacts.list(filter, 0, 50, Sort.by("name"));
            return contacts.countForList(filter);
        });
        ok &= results.step("open a contact", () -> {
            Contact c = contacts.get(id);
            lists.tasksFor(ContactService.SUBJECT_TYPE, id, null, 0, 5);
            return activities.timeline(new SubjectRef(ContactService.SUBJECT_TYPE, c.getId()));
        });
        ok &= results.step("edit and save", () -> {
            Contact c = contacts.get(id);
            c.setJobTitle("Advisor " + random.nextInt(1000));
            return contacts.save(c);
        });
        ok &= results.step("open the schedule", () -> {
            List<City> chosen = schedule.chosen(List.of());
            LocalDate day = LocalDate.of(2026, 3, 2).plusDays(random.nextInt(365));
            ZoneId zone = ZoneId.of("Europe/Amsterdam");
            schedule.plan(day, zone, chosen);
            schedule.week(day, zone, chosen);
            return schedule.transitions(day, chosen);
        });
        if (ok) {
            results.rounds.incrementAndGet();
        }
    }

    static final class Results {
        final Map<String, List<Double>> times = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
        final Map<String, Integer> failures = new ConcurrentHashMap<>();
        final AtomicInteger rounds = new AtomicInteger();
        final long thinkMillis;

        Results(long thinkMillis) {
            this.thinkMillis = thinkMillis;
        }

        boolean step(String name, java.util.function.Supplier<?> work) {
            if (thinkMillis > 0) {
                try {
                    Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            long start = System.nanoTime();
            try {
                assertThat(work.get()).isNotNull();
                times.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add((System.nanoTime() - start) / 1e6);
                return true;
            } catch (RuntimeException | AssertionError e) {
                failures.merge(name + ": " + e.getClass().getSimpleName(), 1, Integer::sum);
                return false;
            }
        }

        long steps() {
            return times.values().stream().mapToLong(List::size).sum();
        }
    }
}
