package nl.stedenband.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stedenband.StedenbandTest;
import nl.stedenband.audit.ui.AuditView;
import nl.stedenband.base.CsvExport;
import nl.stedenband.city.ui.CitiesView;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.contact.ui.ContactsView;
import nl.stedenband.contact.ui.OrganizationsView;
import nl.stedenband.exchange.ui.ExchangesView;
import nl.stedenband.meeting.ui.MeetingsView;
import nl.stedenband.mission.ui.MissionsView;
import nl.stedenband.opportunity.ui.OpportunitiesView;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import nl.stedenband.security.ui.UserAdminView;
import nl.stedenband.task.TaskService;
import nl.stedenband.task.ui.TasksView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** "Export CSV" on every list: all rows of the current filter, the list's columns, only what the user may read. */
@StedenbandTest
public class ListExportTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Autowired
    TaskService tasks;

    @Autowired
    UserService users;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theContactExportHoldsEveryFilteredRowNotOnlyTheLoadedPage() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Organization other = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            expected.add(
                    fixtures.contact(org, CrmFixtures.unique("Exported"), null).getId());
        }
        long elsewhere =
                fixtures.contact(other, CrmFixtures.unique("Notexported"), null).id();

        UI.getCurrent().navigate("contacts", QueryParameters.of("organization", String.valueOf(org.getId())));
        ContactsView view = (ContactsView) getCurrentView();
        List<List<String>> csv = export(view, Locale.ENGLISH);

        assertThat(csv.getFirst())
                .containsExactly(
                        "Name",
                        "Organization",
                        "Job title",
                        "E-mail",
                        "City",
                        "Owner",
                        "Consent basis",
                        "Consent date");
        List<List<String>> rows = csv.subList(1, csv.size());
        assertThat(rows).hasSize(60).allSatisfy(row -> assertThat(row.get(1)).isEqualTo(org.getName()));
        List<String> names = rows.stream().map(row -> row.getFirst()).toList();
        assertThat(names).isSorted();
        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(id -> SystemAuthentication.call(() -> contacts.get(id))
                                .getFullName())
                        .toList());
        assertThat(names)
                .doesNotContain(
                        SystemAuthentication.call(() -> contacts.get(elsewhere)).getFullName());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aDutchScreenGetsSemicolonsAndDutchHeaders() {
        UI.getCurrent().setLocale(Locale.of("nl", "NL"));
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("=Formula"), null);

        UI.getCurrent().navigate("contacts", QueryParameters.of("organization", String.valueOf(org.getId())));
        ContactsView view = (ContactsView) getCurrentView();
        String raw = raw(view, UI.getCurrent().getLocale());

        assertThat(raw).startsWith("\uFEFF");
        assertThat(raw.lines().findFirst().orElseThrow()).contains(";Grondslag;Datum toestemming");
        assertThat(parse(raw, ';').get(1).getFirst()).isEqualTo(c.getFullName());
        assertThat(find(CsvDownload.class).single().getText()).isEqualTo("CSV exporteren");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aContactWhoseNameLooksLikeAFormulaIsExportedAsText() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact c = new Contact(null, "=cmd|' /C calc'!A0");
        c.setOrganization(org);
        SystemAuthentication.call(() -> contacts.save(c));

        UI.getCurrent().navigate("contacts", QueryParameters.of("organization", String.valueOf(org.getId())));
        List<List<String>> csv = export((ContactsView) getCurrentView(), Locale.ENGLISH);

        assertThat(csv.get(1).getFirst()).isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorsTaskExportLacksTheTasksTheyMayNotRead() {
        AppUser coordinator = user("coordinator");
        AppUser viewer = user("viewer");
        String mine = CrmFixtures.unique("Export task for the coordinator");
        String notMine = CrmFixtures.unique("Export task for the viewer");
        RunAs.role(Role.OFFICER, () -> tasks.create(mine, null, LocalDate.now().plusDays(2), coordinator, null, null));
        RunAs.role(
                Role.OFFICER, () -> tasks.create(notMine, null, LocalDate.now().plusDays(2), viewer, null, null));

        // asking for everyone's tasks in the URL changes nothing for a coordinator
        UI.getCurrent().navigate("tasks", QueryParameters.fromString("show=all&status=any"));
        List<String> titles = export((TasksView) getCurrentView(), Locale.ENGLISH).stream()
                .map(List::getFirst)
                .toList();

        assertThat(titles).contains(mine).doesNotContain(notMine);
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorsContactExportHoldsWhatTheirListShows() {
        // coordinators read every contact (docs/domain.md, "Roles"): the export holds what the list holds, no more
        Organization university = fixtures.organization(OrganizationType.UNIVERSITY, "Palo Alto");
        Contact professor = fixtures.contact(university, CrmFixtures.unique("Professor"), null);

        UI.getCurrent().navigate("contacts", QueryParameters.of("organization", String.valueOf(university.getId())));
        ContactsView view = (ContactsView) getCurrentView();
        List<List<String>> csv = export(view, Locale.ENGLISH);

        assertThat(csv.subList(1, csv.size())).extracting(List::getFirst).containsExactly(professor.getFullName());
        assertThat(csv.size() - 1)
                .isEqualTo(test((Grid<Object>)
                                find(Grid.class).withClassName("record-grid").single())
                        .size());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void everyListViewOffersTheExportWithItsColumns() {
        List<Class<? extends Component>> lists = List.of(
                ContactsView.class,
                OrganizationsView.class,
                CitiesView.class,
                TasksView.class,
                OpportunitiesView.class,
                MissionsView.class,
                MeetingsView.class,
                ExchangesView.class,
                AuditView.class,
                UserAdminView.class);
        for (Class<? extends Component> list : lists) {
            Component view = navigate(list);
            @SuppressWarnings("unchecked")
            CsvDownload<Object> download = find(CsvDownload.class).single();
            assertThat(download.getText()).as(list.getSimpleName()).isEqualTo("Export CSV");
            assertThat(download.getHref()).as(list.getSimpleName()).isNotBlank();
            @SuppressWarnings("unchecked")
            Grid<Object> grid = find(Grid.class).withClassName(gridClass(list)).single();
            List<String> headers = grid.getColumns().stream()
                    .filter(Grid.Column::isVisible)
                    .map(Grid.Column::getHeaderText)
                    .toList();
            List<List<String>> csv = parse(write(download, Locale.ENGLISH), ',');
            assertThat(csv.getFirst()).as(list.getSimpleName()).isEqualTo(headers);
            assertThat(csv.size() - 1)
                    .as(list.getSimpleName())
                    .isEqualTo(test(grid).size());
            assertThat(view).isNotNull();
        }
    }

    private static String gridClass(Class<?> list) {
        if (list == AuditView.class) {
            return "audit-grid";
        }
        return list == UserAdminView.class ? "user-grid" : "record-grid";
    }

    private AppUser user(String username) {
        return SystemAuthentication.call(() -> users.listActiveUsers().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .orElseThrow());
    }

    private List<List<String>> export(Component view, Locale locale) {
        return parse(raw(view, locale), CsvExport.separator(locale));
    }

    @SuppressWarnings("unchecked")
    private String raw(Component view, Locale locale) {
        CsvDownload<Object> download = find(CsvDownload.class).single();
        assertThat(view).isNotNull();
        return write(download, locale);
    }

    private static String write(CsvDownload<Object> download, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        download.write(out, locale, VaadinSession.getCurrent());
        return out.toString(StandardCharsets.UTF_8);
    }

    public static List<List<String>> parse(String csv, char separator) {
        assertThat(csv).startsWith("\uFEFF");
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(separator)
                    .get()
                    .parse(new StringReader(csv.substring(1)))
                    .getRecords()
                    .stream()
                    .map(CSVRecord::toList)
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
