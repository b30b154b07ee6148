package nl.stedenband.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.RenderedHtml;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.meeting.Videoconference;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.OutcomeKind;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import nl.stedenband.task.Task;
import nl.stedenband.task.TaskListItem;
import nl.stedenband.task.TaskListService;
import nl.stedenband.task.TaskService;
import nl.stedenband.task.TaskStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The tasks and the timeline on the record pages of other features. */
@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class TaskPanelTest extends SpringBrowserlessTest {

    @Autowired
    TaskService tasks;

    @Autowired
    TaskListService lists;

    @Autowired
    MissionService missions;

    @Autowired
    MeetingService meetings;

    @Autowired
    UserService users;

    @Autowired
    CrmFixtures fixtures;

    @Test
    void theMissionPageListsItsOpenTasksAndTickingOneOffPutsItOnTheTimeline() {
        TradeMission mission = newMission();
        String title = CrmFixtures.unique("Send the invitations");
        Task task =
                tasks.create(title, null, tasks.today().minusDays(1), me(), MissionService.SUBJECT_TYPE, mission.id());
        // the coordinator's task about the same mission shows too: tasks follow the record
        String theirs = CrmFixtures.unique("Coordinator's own");
        RunAs.role(
                Role.COORDINATOR,
                () -> tasks.create(
                        theirs, null, tasks.today(), user("coordinator"), MissionService.SUBJECT_TYPE, mission.id()));
        UI.getCurrent().navigate("missions/" + mission.id());

        List<ListItem> entries =
                find(ListItem.class).withClassName("task-panel-entry").all();
        assertThat(entries).hasSize(2);
        ListItem entry = entries.getFirst();
        assertThat(entry.getElement().getTextRecursively())
                .contains(title)
                .contains("Sander Kuipers")
                .contains("Overdue");
        assertThat(entry.getClassNames()).contains("overdue");
        assertThat(entries.getLast().getElement().getTextRecursively())
                .contains(theirs, user("coordinator").getDisplayName());
        assertThat(find(Button.class).withText("New task").exists()).isTrue();

        test(find(Checkbox.class).withClassName("task-done-box").single()).click();

        assertThat(tasks.get(task.id()).getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(find(ListItem.class).withClassName("task-panel-entry").all())
                .singleElement()
                .satisfies(e -> assertThat(e.getElement().getTextRecursively()).contains(theirs));
        assertThat(RenderedHtml.texts((Component) getCurrentView(), ".timeline-summary"))
                .contains("Task done: " + title);
    }

    @Test
    void aMissionStatusChangeShowsOnTheMissionPagesTimeline() {
        TradeMission mission = newMission();
        UI.getCurrent().navigate("missions/" + mission.id());
        assertThat(RenderedHtml.texts((Component) getCurrentView(), ".timeline-summary"))
                .doesNotContain("Status: draft → planned");

        test(find(Button.class).withText("Plan").single()).click();
        test(find(ConfirmDialog.class).withClassName("mission-step-dialog").single())
                .confirm();

        assertThat(RenderedHtml.texts((Component) getCurrentView(), ".timeline-summary"))
                .contains("Status: draft → planned");
    }

    @Test
    void anOutcomeOfAMissionBecomesATaskInOneClick() {
        TradeMission mission = newMission();
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Palo Alto");
        missions.addOutcome(mission.id(), OutcomeKind.LEAD, company, "Wants to meet Twente sensor suppliers");
        UI.getCurrent().navigate("missions/" + mission.id());

        test(find(Button.class).withClassName("outcome-task").single()).click();
        test(find(Button.class).withClassName("outcome-task").single()).click();

        assertThat(lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), TaskStatus.OPEN, 0, 10))
                .extracting(t -> t.title().in(Locale.ENGLISH))
                .containsExactly("Follow up: Wants to meet Twente sensor suppliers");
        assertThat(find(ListItem.class)
                        .withClassName("task-panel-entry")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Follow up: Wants to meet Twente sensor suppliers");
        String title = "Follow up: Wants to meet Twente sensor suppliers";
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .extracting(p -> p.getElement().getTextRecursively())
                .contains("“" + title + "” already exists and is still open, assigned to " + me().getDisplayName()
                        + ". Open the task");
        long id = lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), TaskStatus.OPEN, 0, 10)
                .getFirst()
                .id();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class)
                        .withClassName("follow-up-existing-link")
                        .single()
                        .getHref())
                .isEqualTo("tasks/" + id);
    }

    @Test
    void aDutchOfficerSeesTheFollowUpOfAnOutcomeInDutchAndTheEnglishUserInEnglish() {
        TradeMission mission = newMission();
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Palo Alto");
        String outcome = CrmFixtures.unique("Wil sensorleveranciers ontmoeten");
        missions.addOutcome(mission.id(), OutcomeKind.LEAD, company, outcome);
        UI.getCurrent().setLocale(Texts.DUTCH);
        UI.getCurrent().navigate("missions/" + mission.id());

        test(find(Button.class).withClassName("outcome-task").single()).click();

        assertThat(find(ListItem.class)
                        .withClassName("task-panel-entry")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Opvolgen: " + outcome)
                .doesNotContain("Follow up");
        long id = lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), TaskStatus.OPEN, 0, 10)
                .getFirst()
                .id();
        UI.getCurrent().navigate("tasks");
        @SuppressWarnings("unchecked")
        Grid<TaskListItem> grid = find(Grid.class).withClassName("task-grid").single();
        int row = IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(test(grid).getCellText(row, test(grid).getColumnPosition("title")))
                .isEqualTo("Opvolgen: " + outcome);
        UI.getCurrent().navigate("tasks/" + id);
        assertThat(((TasksView) getCurrentView()).title.getValue()).isEqualTo("Opvolgen: " + outcome);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("missions/" + mission.id());
        assertThat(find(ListItem.class)
                        .withClassName("task-panel-entry")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Follow up: " + outcome)
                .doesNotContain("Opvolgen");
        UI.getCurrent().navigate("tasks/" + id);
        assertThat(((TasksView) getCurrentView()).title.getValue()).isEqualTo("Follow up: " + outcome);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerSeesTheOfficersTasksOnAMissionButMakesNoFollowUps() {
        TradeMission mission = newMission();
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Palo Alto");
        SystemAuthentication.run(() -> missions.addOutcome(mission.id(), OutcomeKind.LEAD, company, "Wants a pilot"));
        String title = CrmFixtures.unique("Call the lead");
        RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        title,
                        null,
                        tasks.today().plusDays(2),
                        user("officer"),
                        MissionService.SUBJECT_TYPE,
                        mission.id()));
        Videoconference session = newSession("Send the minutes");

        UI.getCurrent().navigate("missions/" + mission.id());

        ListItem entry = find(ListItem.class).withClassName("task-panel-entry").single();
        assertThat(entry.getElement().getTextRecursively())
                .contains(title, user("officer").getDisplayName());
        assertThat(find(Checkbox.class, entry).exists())
                .as("only the assignee, creator or an administrator ticks it")
                .isFalse();
        assertThat(find(Button.class).withClassName("outcome-task").exists()).isFalse();

        UI.getCurrent().navigate("meetings/" + session.id());
        assertThat(find(Button.class).withClassName("follow-up-tasks").all()).noneMatch(Button::isVisible);
    }

    @Test
    void theFollowUpOfAVideoconferenceBecomesTasksInOneClickWithoutDuplicates() {
        Videoconference session = newSession("Send the handbook\nPlan the next session\n");
        UI.getCurrent().navigate("meetings/" + session.id());
        TextArea followUp = find(TextArea.class).withLabel("Follow-up actions").single();
        assertThat(followUp.getValue()).isEqualTo("Send the handbook\nPlan the next session\n");

        test(find(Button.class).withText("Make tasks of the follow-up").single())
                .click();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("2 tasks made, assigned to you and due in a week");
        test(find(Button.class).withText("Make tasks of the follow-up").single())
                .click();

        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("No new tasks; 2 already existed");
        assertThat(find(ListItem.class).withClassName("task-panel-entry").all()).hasSize(2);
        assertThat(lists.tasksFor(MeetingService.SUBJECT_TYPE, session.id(), null, 0, 10))
                .extracting(t -> t.title().in(Locale.ENGLISH))
                .containsExactlyInAnyOrder("Send the handbook", "Plan the next session");
        // the session page now carries its timeline too
        assertThat(find(com.vaadin.flow.component.html.H3.class)
                        .withText("Timeline")
                        .exists())
                .isTrue();
    }

    @Test
    void followUpTypedButNotYetSavedBecomesTasksWithoutLosingTheEdit() {
        Videoconference session = newSession(null);
        UI.getCurrent().navigate("meetings/" + session.id());
        TextArea followUp = find(TextArea.class).withLabel("Follow-up actions").single();
        test(followUp).setValue("Share the Cool Block handbook");

        test(find(Button.class).withText("Make tasks of the follow-up").single())
                .click();

        assertThat(followUp.getValue()).isEqualTo("Share the Cool Block handbook");
        assertThat(find(ConfirmDialog.class).exists()).isFalse();
        assertThat(find(ListItem.class)
                        .withClassName("task-panel-entry")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Share the Cool Block handbook");
    }

    @Test
    void theOrganizationPageOpensANewTaskAboutTheOrganization() {
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        UI.getCurrent().navigate("organizations/" + startup.getId());
        assertThat(find(ListItem.class).withClassName("task-panel-entry").exists())
                .isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .withText("No open tasks about this record.")
                        .exists())
                .isTrue();

        test(find(Button.class).withText("New task").single()).click();

        TasksView view = (TasksView) getCurrentView();
        assertThat(view.about.getElement().getTextRecursively())
                .isEqualTo("About: Organization · " + startup.getName());
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerSeesTheTasksPanelOnAContactAndMakesTasksOnlyForThemselves() {
        var contact = fixtures.contact(
                fixtures.organization(OrganizationType.UNIVERSITY, "Palo Alto"), CrmFixtures.unique("Liaison"), null);
        Task own = tasks.create(
                CrmFixtures.unique("Ask about the exchange"),
                null,
                tasks.today().plusDays(3),
                user("viewer"),
                "CONTACT",
                contact.getId());
        UI.getCurrent().navigate("contacts/" + contact.getId());

        assertThat(find(ListItem.class)
                        .withClassName("task-panel-entry")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains(own.getTitle());
    }

    private AppUser me() {
        return users.currentUser().orElseThrow();
    }

    private AppUser user(String username) {
        return SystemAuthentication.call(() -> users.listActiveUsers().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .orElseThrow());
    }

    private TradeMission newMission() {
        return SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("Panel mission"),
                fixtures.city("Palo Alto"),
                LocalDate.of(2027, 9, 5),
                LocalDate.of(2027, 9, 9))));
    }

    private Videoconference newSession(@Nullable String followUp) {
        Videoconference v = new Videoconference(
                CrmFixtures.unique("Panel session"),
                Instant.parse("2027-04-20T15:00:00Z"),
                60,
                fixtures.city("Enschede"));
        v.getCities().add(fixtures.city("Palo Alto"));
        v.setFollowUp(followUp);
        return SystemAuthentication.call(() -> meetings.save(v));
    }
}
