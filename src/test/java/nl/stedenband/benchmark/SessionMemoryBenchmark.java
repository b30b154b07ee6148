package nl.stedenband.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.stedenband.StedenbandTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Heap per signed-in session with each main view open: 100 browserless sessions (each its own
 * HTTP session, Vaadin session and UI, on the same servlet) are opened on a view and kept; the
 * used heap after a full GC, minus the used heap before, divided by 100. On the 300,000-contact
 * data, so lists hold real pages. Measured as production runs: without development mode's
 * component tracker, and with the UI's changes and JavaScript calls let go as writing a response
 * does (see {@link #DEV_MODE} for the earlier, development-mode figures). Also counts the SQL
 * statements the first of them caused: the whole page, list and record with every panel below it.
 */
@StedenbandTest
class SessionMemoryBenchmark extends SpringBrowserlessTest {

    static final int SESSIONS = Integer.getInteger("benchmark.memory.sessions", 100);

    /**
     * {@code -Dbenchmark.memory.devMode=true} measures as before 2026-11-23: with development mode's
     * component tracker on (it keeps a stack trace for every component created and attached, which
     * was most of each figure) and the UI's changes and JavaScript calls kept, as no response was written.
     */
    static final boolean DEV_MODE = Boolean.getBoolean("benchmark.memory.devMode");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void heapPerSessionPerView() {
        double seeded = BenchmarkData.ensureSeeded(dataSource);
        long contactId = BenchmarkData.contactIdRange(jdbc)[0];
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("dashboard", "");
        routes.put("contacts (list)", "contacts");
        routes.put("contacts (record)", "contacts/" + contactId);
        routes.put("organizations (record)", "organizations/" + first("organization"));
        routes.put("missions (record)", "missions/" + first("trade_mission"));
        routes.put("exchanges (record)", "exchanges/" + first("exchange_programme"));
        routes.put("meetings (record)", "meetings/" + first("videoconference"));
        routes.put("opportunities (record)", "opportunities/" + first("opportunity"));
        routes.put("opportunity board", "opportunities/board");
        routes.put("tasks", "tasks");
        routes.put("schedule", "schedule?date=2026-03-26");
        routes.put("audit history", "audit");
        routes.put("cities", "cities");

        BenchmarkReport report = new BenchmarkReport("Heap per session, " + SESSIONS + " sessions per view");
        if (seeded > 0) {
            report.line("seeded %,d contacts in %.1f s", BenchmarkData.CONTACTS, seeded);
        }
        report.line(
                DEV_MODE
                        ? "development mode as the tests run it: component tracker on, UI changes not collected"
                        : "as in production: component tracker off, UI changes and JavaScript calls let go as after a response");
        report.line("%-26s %14s %12s", "view open", "KB per session", "statements");
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        Boolean tracker = componentTrackerDisabled(!DEV_MODE);
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        // one round first, so that what every session shares (classes, caches, templates) is loaded
        open(service, routes.get("contacts (record)"), 5);
        List<Double> perView = new ArrayList<>();
        routes.forEach((label, route) -> {
            long before = usedAfterGc();
            stats.clear();
            List<SessionObjects> sessions = open(service, route, 1);
            long statements = stats.getPrepareStatementCount();
            sessions.addAll(open(service, route, SESSIONS - 1));
            long after = usedAfterGc();
            double kb = (after - before) / 1024.0 / SESSIONS;
            perView.add(kb);
            report.line("%-26s %14.0f %12d", label, kb, statements);
            assertThat(UI.getCurrent()).isNotNull();
            close(sessions);
        });
        double[] sorted =
                perView.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report.line(
                "median %.0f KB, heaviest %.0f KB per session",
                BenchmarkReport.percentile(sorted, 50), sorted[sorted.length - 1]);
        report.line(
                "statements: SQL statements Hibernate prepared to build the first session's page (list page, count,");
        report.line("record and every panel below it); JDBC-only reads (none in the views today) would not be counted");
        report.write("session-memory.txt");
        componentTrackerDisabled(tracker);
        assertThat(perView).as("every view opened").hasSize(routes.size());
    }

    private long first(String table) {
        return jdbc.queryForObject("SELECT MIN(id) FROM " + table, Long.class);
    }

    /** Opens {@code n} sessions, each with a UI navigated to the route, the way MockVaadin sets up a test's one. */
    private static List<SessionObjects> open(VaadinServletService service, String route, int n) {
        UI testUi = UI.getCurrent();
        VaadinSession testSession = VaadinSession.getCurrent();
        VaadinRequest testRequest = VaadinRequest.getCurrent();
        VaadinResponse testResponse = VaadinResponse.getCurrent();
        List<SessionObjects> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                SessionObjects s = MockVaadin.createSessionObjects(service);
                CurrentInstance.set(VaadinRequest.class, s.getRequest());
                VaadinSession.setCurrent(s.getSession());
                CurrentInstance.set(VaadinResponse.class, s.getResponse());
                MockVaadin.fireSessionInit(service, s.getSession(), s.getRequest());
                MockVaadin.createUI(MockedUI::new, s.getSession());
                UI ui = UI.getCurrent();
                int query = route.indexOf('?');
                if (query < 0) {
                    ui.navigate(route);
                } else {
                    ui.navigate(route.substring(0, query), QueryParameters.fromString(route.substring(query + 1)));
                }
                MockVaadin.clientRoundtrip();
                if (!DEV_MODE) {
                    // what writing the response does: the changes and the JavaScript calls sent to the
                    // browser are let go
                    ui.getInternals().getStateTree().collectChanges(change -> {});
                    ui.getInternals().dumpPendingJavaScriptInvocations();
                }
                assertThat(ui.getInternals().getActiveRouterTargetsChain())
                        .as(route + " opens")
                        .isNotEmpty();
                assertThat(ui.getInternals()
                                .getActiveRouterTargetsChain()
                                .getFirst()
                                .getClass()
                                .getSimpleName())
                        .as(route + " opens, not an error page")
                        .doesNotContain("Error", "NotFound");
                sessions.add(s);
            }
        } finally {
            CurrentInstance.set(VaadinRequest.class, testRequest);
            VaadinSession.setCurrent(testSession);
            CurrentInstance.set(VaadinResponse.class, testResponse);
            UI.setCurrent(testUi);
        }
        return sessions;
    }

    private static void close(List<SessionObjects> sessions) {
        sessions.forEach(s -> {
            List.copyOf(s.getSession().getUIs()).forEach(ui -> s.getSession().removeUI(ui));
            try {
                s.getHttpSession().invalidate();
            } catch (RuntimeException e) {
                // already gone: all that matters is that nothing holds the session any more
            }
        });
        sessions.clear();
    }

    /**
     * Vaadin's development mode keeps, per component, where it was created and attached (a
     * Throwable each, for the IDE plug-in); production mode does not. Flow reads the setting once
     * per JVM and caches it, so the benchmark sets the cache; returns the value it replaced.
     */
    private static Boolean componentTrackerDisabled(Boolean disabled) {
        try {
            java.lang.reflect.Field field =
                    com.vaadin.flow.component.internal.ComponentTracker.class.getDeclaredField("disabled");
            field.setAccessible(true);
            Boolean previous = (Boolean) field.get(null);
            field.set(null, disabled);
            return previous;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Flow's component tracker changed; measure with -Dbenchmark.memory.devMode=true", e);
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
