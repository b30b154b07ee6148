package nl.stedenband.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.stedenband.SimulatedOutage;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationListItem;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.MissionStatus;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What a user sees when the database is down while they work: a message that says so, the form
 * as they typed it, and a save that works once the database is back.
 */
@StedenbandTest
class DatabaseUnavailableViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organizations;

    @Autowired
    MissionService missions;

    @Autowired
    CrmFixtures fixtures;

    @AfterEach
    void databaseBack() {
        SimulatedOutage.end();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aSaveDuringAnOutageKeepsTheFormAndWorksOnceTheDatabaseIsBack() {
        UI.getCurrent().navigate("organizations/new");
        String name = CrmFixtures.unique("Outage Works");
        TextField nameField = find(TextField.class).all().stream()
                .filter(f -> "Name".equals(f.getLabel()))
                .findFirst()
                .orElseThrow();
        TextArea notes = find(TextArea.class).all().stream()
                .filter(f -> "Notes".equals(f.getLabel()))
                .findFirst()
                .orElseThrow();
        test(nameField).setValue(name);
        test(notes).setValue("Met them at the Kennispark fair");

        SimulatedOutage.begin();
        test(button("Save")).click();

        assertThat(errors()).containsExactly(Texts.t(Actions.DATABASE_UNAVAILABLE));
        assertThat(nameField.getValue()).isEqualTo(name);
        assertThat(notes.getValue()).isEqualTo("Met them at the Kennispark fair");
        assertThat(button("Save").isVisible()).isTrue();

        SimulatedOutage.end();
        closeNotifications();
        test(button("Save")).click();

        assertThat(errors()).isEmpty();
        List<OrganizationListItem> stored =
                organizations.list(new OrganizationFilter(name, null, null, null), 0, 5, Sort.unsorted());
        assertThat(stored).hasSize(1);
        assertThat(organizations.get(stored.getFirst().id()).getNotes()).isEqualTo("Met them at the Kennispark fair");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aStatusStepDuringAnOutageIsSaidAndChangesNothing() {
        TradeMission mission = SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("Outage mission"), fixtures.city("Dalian"),
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 5))));
        UI.getCurrent().navigate("missions/" + mission.id());

        SimulatedOutage.begin();
        test(button("Plan")).click();
        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                        .withClassName("mission-step-dialog")
                        .single())
                .confirm();
        SimulatedOutage.end();

        assertThat(errors()).containsExactly(Texts.t(Actions.DATABASE_UNAVAILABLE));
        assertThat(find(H3.class).withClassName("mission-status").single().getText())
                .isEqualTo("Status: Draft");
        assertThat(missions.get(mission.id()).getStatus()).isEqualTo(MissionStatus.DRAFT);
    }

    private List<String> errors() {
        return find(Notification.class).all().stream()
                .filter(n -> n.isOpened() && n.hasThemeName("error"))
                .map(n -> test(n).getText())
                .toList();
    }

    private void closeNotifications() {
        find(Notification.class).all().forEach(Notification::close);
    }

    private Button button(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
