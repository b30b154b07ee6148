package nl.stedenband.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.ui.LoginView;
import nl.stedenband.shell.DashboardView;
import nl.stedenband.shell.NotFoundView;
import nl.stedenband.shell.PageNotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Every route × every role, against a table written from docs/domain.md's roles (not read from the
 * annotations, so that a wrong annotation fails). A new route fails here until it declares its
 * roles and has rows in {@link #EXPECTED}.
 *
 * <p>Outcomes: {@code open} the view opens; {@code refused} the "not found" page (an unknown page
 * and a forbidden one read the same); {@code login} sent to sign in; {@code home} sent to the start
 * page.
 */
@StedenbandTest
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    private static final List<String> COLUMNS = List.of("ADMIN", "OFFICER", "COORDINATOR", "VIEWER", "ANONYMOUS");

    /** Route template → the addresses tried, and per column (ADMIN OFFICER COORDINATOR VIEWER ANONYMOUS) the outcome. */
    static final Map<String, List<String[]>> EXPECTED = new LinkedHashMap<>();

    static {
        //                         address                                ADMIN    OFFICER  COORDIN. VIEWER   ANONYMOUS
        route("", row("", "open    open     open     open     login"));
        route("login", row("login", "home    home     home     home     open"));
        route(
                "cities/:cityId?",
                row("cities", "open    open     open     open     login"),
                row("cities/{city}", "open    open     open     open     login"),
                row("cities/new", "open    refused  refused  refused  login"));
        route(
                "organizations/:organizationId?",
                row("organizations", "open    open     open     open     login"),
                row("organizations/{organization}", "open    open     open     open     login"),
                row("organizations/new", "open    open     open     refused  login"));
        route(
                "contacts/:contactId?",
                row("contacts", "open    open     open     open     login"),
                row("contacts/{contact}", "open    open     open     open     login"),
                row("contacts/new", "open    open     open     refused  login"));
        route("schedule", row("schedule", "open    open     open     open     login"));
        route(
                "meetings/:meetingId?",
                row("meetings", "open    open     open     open     login"),
                row("meetings/{videoconference}", "open    open     open     open     login"),
                row("meetings/new", "open    open     open     refused  login"));
        route(
                "missions/:missionId?",
                row("missions", "open    open     open     open     login"),
                row("missions/{trade_mission}", "open    open     open     open     login"),
                row("missions/new", "open    open     refused  refused  login"));
        route(
                "exchanges/:programmeId?",
                row("exchanges", "open    open     open     open     login"),
                row("exchanges/{exchange_programme}", "open    open     open     open     login"),
                row("exchanges/new", "open    open     refused  refused  login"));
        route("audit", row("audit", "open    open     refused  refused  login"));
        route(
                "tasks/:taskId?",
                row("tasks", "open    open     open     open     login"),
                row("tasks/new", "open    open     open     open     login"));
        route(
                "opportunities/:opportunityId?",
                row("opportunities", "open    open     open     open     login"),
                row("opportunities/{opportunity}", "open    open     open     open     login"),
                row("opportunities/new", "open    refused  open     refused  login"));
        route("opportunities/board", row("opportunities/board", "open    open     open     open     login"));
        route("admin/users", row("admin/users", "open    refused  refused  refused  login"));
        route("admin/retention", row("admin/retention", "open    refused  refused  refused  login"));
        route("account", row("account", "open    open     open     open     login"));
        route("account/password", row("account/password", "open    open     open     open     login"));
        route("login/code", row("login/code", "home    home     home     home     login"));
        route("import", row("import", "open    open     open     refused  login"));
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRouteDeclaresWhoMayOpenIt() throws ClassNotFoundException {
        List<String> undeclared = routes().values().stream()
                .filter(c -> !c.isAnnotationPresent(RolesAllowed.class)
                        && !c.isAnnotationPresent(PermitAll.class)
                        && !c.isAnnotationPresent(AnonymousAllowed.class))
                .map(Class::getName)
                .toList();
        assertThat(undeclared)
                .as("routes without @RolesAllowed, @PermitAll or @AnonymousAllowed")
                .isEmpty();
    }

    @Test
    void everyRouteHasRowsInTheExpectedTable() throws ClassNotFoundException {
        assertThat(new TreeSet<>(routes().keySet()))
                .as("route templates in the app vs. in RouteAccessMatrixTest.EXPECTED (add rows for a new route)")
                .isEqualTo(new TreeSet<>(EXPECTED.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ADMIN", "OFFICER", "COORDINATOR", "VIEWER", "ANONYMOUS"})
    void everyRouteOpensOrIsRefusedAsTheRolesTableSays(String column) throws ClassNotFoundException {
        Map<String, Class<?>> routes = routes();
        int index = COLUMNS.indexOf(column);
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((template, rows) -> rows.forEach(row -> {
            String address = withSampleIds(row[0]);
            String expected = row[1].trim().split("\\s+")[index];
            String actual = as(column, () -> {
                UI.getCurrent().navigate(address);
                return outcome(getCurrentView(), routes.get(template));
            });
            if (!expected.equals(actual)) {
                wrong.add("/" + address + ": expected " + expected + ", was " + actual);
            }
        }));
        assertThat(wrong).as(column + " at these addresses").isEmpty();
    }

    private static String outcome(com.vaadin.flow.component.HasElement view, Class<?> routeClass) {
        if (view instanceof PageNotFoundView || view instanceof NotFoundView) {
            return "refused";
        }
        if (view instanceof LoginView && routeClass != LoginView.class) {
            return "login";
        }
        if (view instanceof DashboardView && routeClass != DashboardView.class) {
            return "home";
        }
        return routeClass.isInstance(view) ? "open" : view.getClass().getSimpleName();
    }

    private String withSampleIds(String address) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(address);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Long id = jdbc.queryForObject("SELECT MIN(id) FROM " + m.group(1), Long.class);
            m.appendReplacement(out, String.valueOf(id));
        }
        return m.appendTail(out).toString();
    }

    private static String as(String column, java.util.function.Supplier<String> work) {
        if (!column.equals("ANONYMOUS")) {
            return RunAs.role(Role.valueOf(column), work);
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Every @Route class of the app by its template. */
    static Map<String, Class<?>> routes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("nl.stedenband")) {
            Class<?> type =
                    ClassUtils.forName(candidate.getBeanClassName(), RouteAccessMatrixTest.class.getClassLoader());
            routes.put(type.getAnnotation(Route.class).value(), type);
        }
        return routes;
    }

    private static void route(String template, String[]... rows) {
        EXPECTED.put(template, List.of(rows));
    }

    private static String[] row(String address, String outcomes) {
        return new String[] {address, outcomes};
    }
}
