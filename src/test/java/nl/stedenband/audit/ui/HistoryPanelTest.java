package nl.stedenband.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every register shows a record's history below its form, to administrators and officers only. */
@StedenbandTest
class HistoryPanelTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "cities:city",
                "organizations:organization",
                "contacts:contact",
                "meetings:videoconference",
                "missions:trade_mission",
                "exchanges:exchange_programme"
            })
    void everyRegisterShowsTheHistoryToOfficersButNotToCoordinatorsOrViewers(String routeAndTable) {
        String route = routeAndTable.split(":")[0];
        Long id = jdbc.queryForObject("SELECT MIN(id) FROM " + routeAndTable.split(":")[1], Long.class);

        RunAs.role(Role.OFFICER, () -> {
            UI.getCurrent().navigate(route + "/" + id);
            HistoryPanel panel = find(HistoryPanel.class).single();
            test(panel).openDetails();
            assertThat(find(Span.class).withClassName("history-entry-header").all())
                    .as("the demo data created the record")
                    .isNotEmpty()
                    .last()
                    .satisfies(s -> assertThat(s.getText()).endsWith(" · system · Created"));
        });
        for (Role role : List.of(Role.COORDINATOR, Role.VIEWER)) {
            RunAs.role(role, () -> {
                UI.getCurrent().navigate(route + "/" + id);
                assertThat(find(HistoryPanel.class).all())
                        .as(role + " sees no history")
                        .isEmpty();
            });
        }
    }

    @Test
    void theHistoryIsReadOnlyWhenOpenedAndShowsOldAndNewValuesAsText() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String script = "<script>alert(1)</script> & <img src=x onerror=alert(1)>";
        RunAs.role(Role.OFFICER, () -> {
            Organization edited = organizations.get(org.id());
            edited.setName(script);
            organizations.save(edited);
        });

        RunAs.role(Role.ADMIN, () -> {
            UI.getCurrent().navigate("organizations/" + org.id());
            HistoryPanel panel = find(HistoryPanel.class).single();
            assertThat(panel.isLoaded())
                    .as("nothing is read until the panel is opened")
                    .isFalse();
            test(panel).openDetails();

            Span header =
                    find(Span.class).withClassName("history-entry-header").all().getFirst();
            assertThat(header.getText()).endsWith(" · officer · Changed");
            Span before = find(Span.class).withClassName("history-old").all().getFirst();
            Span after = find(Span.class).withClassName("history-new").all().getFirst();
            assertThat(before.getText()).isEqualTo(org.getName());
            assertThat(after.getText()).isEqualTo(script);
            assertThat(after.getElement().getChildCount()).as("one child").isEqualTo(1);
            assertThat(after.getElement().getChild(0).isTextNode())
                    .as("text, not markup")
                    .isTrue();
            assertThat(after.getElement().getProperty("innerHTML")).isNull();
        });
    }

    @Test
    void aRecordFromBeforeTheAuditHistorySaysThatNoChangesAreRecorded() {
        // rows that existed before the audit tables did have no history: the panel says so
        jdbc.update(
                "INSERT INTO organization (name, type, version, created_at, modified_at)"
                        + " VALUES (?, 'COMPANY', 0, NOW(6), NOW(6))",
                CrmFixtures.unique("Pre-audit"));
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM organization", Long.class);

        RunAs.role(Role.OFFICER, () -> {
            UI.getCurrent().navigate("organizations/" + id);
            test(find(HistoryPanel.class).single()).openDetails();
            assertThat(find(Paragraph.class)
                            .withClassName("history-empty")
                            .single()
                            .getText())
                    .isEqualTo("No changes recorded yet.");
        });
    }
}
