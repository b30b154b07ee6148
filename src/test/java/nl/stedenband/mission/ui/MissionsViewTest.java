package nl.stedenband.mission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.mission.MissionFilter;
import nl.stedenband.mission.MissionListItem;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.MissionStatus;
import nl.stedenband.mission.ParticipantRole;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class MissionsViewTest extends SpringBrowserlessTest {

    @Autowired
    MissionService missions;

    @Autowired
    CrmFixtures fixtures;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theListShowsTheFiguresForTheAldermanAndFiltersByYear() {
        UI.getCurrent().navigate("missions", QueryParameters.of("year", "2024"));
        MissionsView view = (MissionsView) getCurrentView();

        assertThat(view.yearFilter.getValue()).isEqualTo(2024);
        assertThat(view.figures.getText()).startsWith("Companies that travelled: ").contains("different in total")
                .contains("Missions per city: Dalian");
        assertThat(missions.list(view.filter(), 0, 10)).extracting(MissionListItem::startDate)
                .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2024));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theMissionPageOffersOnlyTheAllowedNextSteps() {
        TradeMission m = newMission();
        UI.getCurrent().navigate("missions/" + m.getId());

        assertThat(find(H3.class).withClassName("mission-status").single().getText()).isEqualTo("Status: Draft");
        assertThat(find(Button.class).all()).extracting(Button::getText)
                .contains("Plan", "Cancel mission").doesNotContain("Confirm", "Depart", "Mark as reported");

        test(button("Plan")).click();

        assertThat(find(H3.class).withClassName("mission-status").single().getText()).isEqualTo("Status: Planned");
        assertThat(find(Button.class).all()).extracting(Button::getText).contains("Confirm").doesNotContain("Plan");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorAddsAStartupToTheDelegationButCannotChangeTheMission() {
        TradeMission m = newMission();
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        UI.getCurrent().navigate("missions/" + m.getId());
        MissionsView view = (MissionsView) getCurrentView();

        assertThat(view.title.isReadOnly()).isTrue();
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Plan", "Save");
        @SuppressWarnings("unchecked")
        ComboBox<Organization> organization = find(ComboBox.class).all().stream()
                .filter(c -> "Organization".equals(c.getLabel())).findFirst().orElseThrow();
        organization.setValue(startup);
        test(button("Add to the delegation")).click();

        assertThat(find(ListItem.class).withClassName("participant").all()).extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).startsWith(startup.getName() + " — Delegate"));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void addingTheSameOrganizationTwiceSaysSo() {
        TradeMission m = newMission();
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        SystemAuthentication.run(() -> missions.addParticipant(m.getId(), company, null, ParticipantRole.DELEGATE));
        UI.getCurrent().navigate("missions/" + m.getId());

        @SuppressWarnings("unchecked")
        ComboBox<Organization> organization = find(ComboBox.class).all().stream()
                .filter(c -> "Organization".equals(c.getLabel())).findFirst().orElseThrow();
        organization.setValue(company);
        test(button("Add to the delegation")).click();

        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).isEqualTo(company.getName() + " already takes part in this mission"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theDemoMissionShowsItsItineraryByDayInLocalAndEnschedeTime() {
        long id = missions.list(new MissionFilter(2025, null, MissionStatus.REPORTED, null, "Silicon Valley"), 0, 1)
                .getFirst().id();
        UI.getCurrent().navigate("missions/" + id);

        assertThat(find(ListItem.class).withClassName("itinerary-item").all()).extracting(ListItem::getText)
                .contains("09:00 PDT–11:00 PDT · Welcome at City Hall · Palo Alto City Hall, 250 Hamilton Avenue"
                        + " · host City of Palo Alto (Enschede 17:00 CET)");
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Add to the itinerary");
    }

    private TradeMission newMission() {
        return SystemAuthentication.call(() -> missions.save(new TradeMission(CrmFixtures.unique("View mission"),
                fixtures.city("Palo Alto"), LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 12))));
    }

    private Button button(String text) {
        return find(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
