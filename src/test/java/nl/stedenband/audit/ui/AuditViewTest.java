package nl.stedenband.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import nl.stedenband.task.Task;
import nl.stedenband.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** /audit: recent changes across the system, filtered in the URL. */
@StedenbandTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TaskService tasks;

    @Autowired
    UserService users;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theFilterComesFromTheUrlAndTheListShowsWhoChangedWhat() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Visser"), null);
        RunAs.role(Role.COORDINATOR, () -> {
            Contact edited = contacts.get(c.id());
            edited.setJobTitle("Founder");
            contacts.save(edited);
        });
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        UI.getCurrent()
                .navigate(
                        "audit",
                        QueryParameters.fromString("user=coordinator&type=Contact&from=" + today + "&to=" + today));

        AuditView view = (AuditView) getCurrentView();
        assertThat(view.user.getValue()).isEqualTo("coordinator");
        assertThat(view.type.getValue().label()).isEqualTo("Contact");
        assertThat(view.from.getValue()).isEqualTo(today);
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        int row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).recordId() == c.id())
                .findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(row, 1)).isEqualTo("coordinator");
        assertThat(grid.getCellText(row, 2)).isEqualTo("Contact");
        assertThat(grid.getCellText(row, 3)).isEqualTo(c.getFullName() + " (#" + c.id() + ")");
        assertThat(grid.getCellText(row, 4)).isEqualTo("Changed");
        assertThat(grid.getCellText(row, 5)).isEqualTo("Job title: — → Founder");
        assertThat(view.grid.getElement().getClassList()).contains("audit-grid");
        assertThat(view.getClassNames()).contains("master-detail");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aMalformedDateOrUnknownTypeInTheUrlIsIgnoredNotAnError() {
        UI.getCurrent().navigate("audit", QueryParameters.fromString("from=yesterday&type=%3Cscript%3E"));

        AuditView view = (AuditView) getCurrentView();
        assertThat(view.from.getValue()).isNull();
        assertThat(view.type.getValue()).isNull();
        assertThat(test(view.grid).size()).isPositive();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void changingTheFilterNarrowsTheList() {
        UI.getCurrent().navigate("audit");
        AuditView view = (AuditView) getCurrentView();
        int all = test(view.grid).size();

        test(view.type).selectItem("City");

        assertThat(test(view.grid).size()).isPositive().isLessThan(all);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("City");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void onADutchScreenFieldsValuesAndTheRecordATaskIsAboutAreSaidInDutch() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Bakker"), null);
        RunAs.role(Role.ADMIN, () -> {
            Organization edited = organizations.get(org.id());
            edited.setType(OrganizationType.COMPANY);
            organizations.save(edited);
        });
        AppUser admin = SystemAuthentication.call(() -> users.listActiveUsers().stream()
                .filter(u -> u.getUsername().equals("admin"))
                .findFirst()
                .orElseThrow());
        Task task = RunAs.role(
                Role.ADMIN,
                () -> tasks.create(
                        "Terugbellen", null, LocalDate.now(ZoneOffset.UTC).plusDays(3), admin, "CONTACT", c.id()));

        UI.getCurrent().setLocale(Texts.DUTCH);
        try {
            UI.getCurrent().navigate("audit", QueryParameters.fromString("user=admin&type=Organization"));
            var organizationRows = test(((AuditView) getCurrentView()).grid);
            int row = java.util.stream.IntStream.range(0, organizationRows.size())
                    .filter(i -> organizationRows.getRow(i).recordId() == org.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(organizationRows.getCellText(row, 5))
                    .isEqualTo(Texts.t(Texts.DUTCH, "audit.attribute.type") + ": "
                            + Texts.t(Texts.DUTCH, "enum.organizationType.STARTUP") + " → "
                            + Texts.t(Texts.DUTCH, "enum.organizationType.COMPANY"))
                    .doesNotContain("STARTUP", "COMPANY");

            UI.getCurrent().navigate("audit", QueryParameters.fromString("user=admin&type=Task"));
            var taskRows = test(((AuditView) getCurrentView()).grid);
            int created = java.util.stream.IntStream.range(0, taskRows.size())
                    .filter(i -> taskRows.getRow(i).recordId() == task.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(taskRows.getCellText(created, 2))
                    .isEqualTo(Texts.t(Texts.DUTCH, "audit.type.Task"))
                    .isNotEqualTo("Task");
            assertThat(taskRows.getCellText(created, 5))
                    .contains("Over: — → " + c.getFullName())
                    .doesNotContain("Subject", "CONTACT");
        } finally {
            UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        }
    }
}
