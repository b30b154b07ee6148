package nl.stedenband.mission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.ReasonDialog;
import nl.stedenband.base.ui.RenderedHtml;
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
        assertThat(view.figures.getText())
                .startsWith("Companies that travelled: ")
                .contains("different in total")
                .contains("Missions per city: Dalian");
        assertThat(missions.list(view.filter(), 0, 10))
                .extracting(MissionListItem::startDate)
                .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2024));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theMissionPageOffersOnlyTheAllowedNextSteps() {
        TradeMission m = newMission();
        UI.getCurrent().navigate("missions/" + m.id());

        assertThat(find(H3.class).withClassName("mission-status").single().getText())
                .isEqualTo("Status: Draft");
        assertThat(find(Button.class).all())
                .extracting(Button::getText)
                .contains("Plan", "Cancel mission")
                .doesNotContain("Confirm", "Depart", "Mark as reported");

        test(button("Plan")).click();
        ConfirmDialog dialog =
                find(ConfirmDialog.class).withClassName("mission-step-dialog").single();
        assertThat(dialog.getElement().getProperty("header", "")).isEqualTo("Change the status to planned?");
        assertThat(dialog.getElement().getProperty("message", "")).startsWith("The dates and destination are set");
        assertThat(missions.get(m.id()).getStatus())
                .as("nothing happens before the answer")
                .isEqualTo(MissionStatus.DRAFT);
        test(dialog).confirm();

        assertThat(find(H3.class).withClassName("mission-status").single().getText())
                .isEqualTo("Status: Planned");
        assertThat(find(Button.class).all())
                .extracting(Button::getText)
                .contains("Confirm", "Step back to draft")
                .doesNotContain("Plan");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aStepBackAsksForTheReasonAndShowsItOnTheTimeline() {
        TradeMission m = newMission();
        SystemAuthentication.run(() -> missions.changeStatus(m.id(), m.getVersion(), MissionStatus.PLANNED));
        UI.getCurrent().navigate("missions/" + m.id());

        test(button("Step back to draft")).click();
        ReasonDialog dialog = find(ReasonDialog.class)
                .withClassName("mission-step-back-dialog")
                .single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("no reason, no step").isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give the reason");
        assertThat(missions.get(m.id()).getStatus()).isEqualTo(MissionStatus.PLANNED);

        test(dialog.reason).setValue("The budget is not approved yet");
        test(dialog.confirm).click();

        assertThat(missions.get(m.id()).getStatus()).isEqualTo(MissionStatus.DRAFT);
        assertThat(find(H3.class).withClassName("mission-status").single().getText())
                .isEqualTo("Status: Draft");
        assertThat(RenderedHtml.texts((Component) getCurrentView(), ".timeline-summary"))
                .contains("Status: planned → draft, a step back");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorDepartsBeforeTheFirstDayOnlyWithAReason() {
        TradeMission m = confirmedMission();
        UI.getCurrent().navigate("missions/" + m.id());

        test(button("Depart")).click();
        ReasonDialog dialog =
                find(ReasonDialog.class).withClassName("mission-step-dialog").single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Change the status to underway?");
        test(dialog.reason).setValue("The delegation flew out early");
        test(dialog.confirm).click();

        assertThat(missions.get(m.id()).getStatus()).isEqualTo(MissionStatus.UNDERWAY);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerIsToldTheFirstDayInsteadOfDepartingEarly() {
        TradeMission m = confirmedMission();
        UI.getCurrent().navigate("missions/" + m.id());

        test(button("Depart")).click();

        assertThat(find(ConfirmDialog.class)
                        .withClassName("mission-step-dialog")
                        .exists())
                .isFalse();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("The mission can be underway from its first day, 7 Mar 2027 in Palo Alto;"
                        + " an administrator can take the step earlier with a reason");
        assertThat(missions.get(m.id()).getStatus()).isEqualTo(MissionStatus.CONFIRMED);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aReportedMissionShowsItsDelegationItineraryAndOutcomesReadOnly() {
        long id = missions.list(new MissionFilter(2025, null, MissionStatus.REPORTED, null, "Silicon Valley"), 0, 1)
                .getFirst()
                .id();
        UI.getCurrent().navigate("missions/" + id);

        assertThat(find(Paragraph.class)
                        .withClassName("mission-locked-note")
                        .single()
                        .isVisible())
                .isTrue();
        assertThat(find(Button.class).all())
                .extracting(Button::getText)
                .doesNotContain("Add to the delegation", "Add to the itinerary", "Add outcome", "Reopen the mission");
        assertThat(find(Button.class).withClassName("edit-itinerary-item").exists())
                .isFalse();
        assertThat(find(Button.class).withClassName("mission-step-back").exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anItineraryItemIsEditedAndShowsTheEnschedeWeekdayWhereTheDateDiffers() {
        TradeMission m = newMission(); // 7 to 12 March 2027 in Palo Alto, still winter time there
        SystemAuthentication.run(() -> missions.addItineraryItem(
                m.id(), java.time.LocalDateTime.of(2027, 3, 8, 9, 0), 60, "Breakfast meeting", null, null));
        UI.getCurrent().navigate("missions/" + m.id());
        MissionsView view = (MissionsView) getCurrentView();
        MissionsView.ItineraryForm form = find(MissionsView.ItineraryForm.class).single();
        assertThat(find(ListItem.class).withClassName("itinerary-item").single().getText())
                .isEqualTo("09:00 PST–10:00 PST · Breakfast meeting (Enschede 18:00 CET)");

        test(find(Button.class).withClassName("edit-itinerary-item").single()).click();
        assertThat(form.what.getValue()).isEqualTo("Breakfast meeting");
        test(form.start).setValue(java.time.LocalDateTime.of(2027, 3, 8, 17, 30));
        test(form.what).setValue("Dinner with investors");
        test(form.save).click();

        assertThat(find(ListItem.class).withClassName("itinerary-item").single().getText())
                .isEqualTo("17:30 PST–18:30 PST · Dinner with investors (Enschede Tue 02:30 CET)");
        assertThat(missions.itinerary(m.id())).hasSize(1);

        MissionsView.ItineraryForm fresh =
                find(MissionsView.ItineraryForm.class).single();
        // the picker offers only the mission's days; a value typed past them is said next to the field
        fresh.start.setValue(java.time.LocalDateTime.of(2027, 3, 14, 9, 0));
        test(fresh.what).setValue("After the mission");
        test(fresh.save).click();
        assertThat(fresh.start.isInvalid()).isTrue();
        assertThat(fresh.start.getErrorMessage())
                .isEqualTo("Plan the item on one of the mission’s days, 7 Mar 2027 to 12 Mar 2027 in Palo Alto");
        assertThat(missions.itinerary(m.id())).hasSize(1);
        assertThat(view.title.getValue()).isEqualTo(m.getTitle());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aNewMissionIsLedByTheOfficerWhoCreatesIt() {
        UI.getCurrent().navigate("missions/new");
        MissionsView view = (MissionsView) getCurrentView();

        assertThat(view.leadOfficer.getValue()).isNotNull();
        assertThat(view.leadOfficer.getValue().getUsername()).isEqualTo("officer");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorAddsAStartupToTheDelegationButCannotChangeTheMission() {
        TradeMission m = newMission();
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        UI.getCurrent().navigate("missions/" + m.id());
        MissionsView view = (MissionsView) getCurrentView();

        assertThat(view.title.isReadOnly()).isTrue();
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Plan", "Save");
        @SuppressWarnings("unchecked")
        ComboBox<Organization> organization = find(ComboBox.class).all().stream()
                .filter(c -> "Organization".equals(c.getLabel()))
                .findFirst()
                .orElseThrow();
        organization.setValue(startup);
        test(button("Add to the delegation")).click();

        assertThat(find(ListItem.class).withClassName("participant").all())
                .extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).startsWith(startup.getName() + " — Delegate"));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void addingTheSameOrganizationTwiceSaysSo() {
        TradeMission m = newMission();
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        SystemAuthentication.run(() -> missions.addParticipant(m.id(), company, null, ParticipantRole.DELEGATE));
        UI.getCurrent().navigate("missions/" + m.id());

        @SuppressWarnings("unchecked")
        ComboBox<Organization> organization = find(ComboBox.class).all().stream()
                .filter(c -> "Organization".equals(c.getLabel()))
                .findFirst()
                .orElseThrow();
        organization.setValue(company);
        test(button("Add to the delegation")).click();

        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText())
                        .isEqualTo(company.getName() + " already takes part in this mission"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theDemoMissionShowsItsItineraryByDayInLocalAndEnschedeTime() {
        long id = missions.list(new MissionFilter(2025, null, MissionStatus.REPORTED, null, "Silicon Valley"), 0, 1)
                .getFirst()
                .id();
        UI.getCurrent().navigate("missions/" + id);

        assertThat(find(ListItem.class).withClassName("itinerary-item").all())
                .extracting(ListItem::getText)
                .contains("09:00 PDT–11:00 PDT · Welcome at City Hall · Palo Alto City Hall, 250 Hamilton Avenue"
                        + " · host City of Palo Alto (Enschede 17:00 CET)");
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Add to the itinerary");
    }

    private TradeMission confirmedMission() {
        TradeMission m = newMission();
        return SystemAuthentication.call(() -> {
            TradeMission t = missions.changeStatus(m.id(), m.getVersion(), MissionStatus.PLANNED);
            return missions.changeStatus(m.id(), t.getVersion(), MissionStatus.CONFIRMED);
        });
    }

    private TradeMission newMission() {
        return SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("View mission"),
                fixtures.city("Palo Alto"),
                LocalDate.of(2027, 3, 7),
                LocalDate.of(2027, 3, 12))));
    }

    private Button button(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
