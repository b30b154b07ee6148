package nl.stedenband.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import nl.stedenband.task.Task;
import nl.stedenband.task.TaskFilter;
import nl.stedenband.task.TaskListItem;
import nl.stedenband.task.TaskListService;
import nl.stedenband.task.TaskService;
import nl.stedenband.task.TaskStatus;
import nl.stedenband.task.TaskTitle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class TasksViewTest extends SpringBrowserlessTest {

    @Autowired
    TaskService tasks;

    @Autowired
    TaskListService lists;

    @Autowired
    UserService users;

    @Autowired
    MissionService missions;

    @Autowired
    CrmFixtures fixtures;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theFilterComesFromTheUrlAndOnlyAdministratorsHaveTheAllTab() {
        UI.getCurrent().navigate("tasks", QueryParameters.simple(Map.of("show", "created", "status", "done")));
        TasksView view = (TasksView) getCurrentView();

        assertThat(view.filter()).isEqualTo(new TaskFilter(TaskFilter.Show.CREATED, TaskStatus.DONE));
        assertThat(view.filterParameters()).containsExactly(Map.entry("show", "created"), Map.entry("status", "done"));
        assertThat(view.show.getListDataView().getItems()).doesNotContain(TaskFilter.Show.ALL);

        UI.getCurrent().navigate("tasks", QueryParameters.simple(Map.of("show", "all")));
        assertThat(((TasksView) getCurrentView()).filter()).isEqualTo(TaskFilter.MY_OPEN);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorsSeeEveryonesTasks() {
        Task task = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        CrmFixtures.unique("Officer's own"), null, tasks.today(), user("officer"), null, null));
        UI.getCurrent().navigate("tasks", QueryParameters.simple(Map.of("show", "all")));
        TasksView view = (TasksView) getCurrentView();

        assertThat(view.filter().show()).isEqualTo(TaskFilter.Show.ALL);
        assertThat(view.show.getListDataView().getItems()).contains(TaskFilter.Show.ALL);
        assertThat(lists.list(view.filter(), 0, 100_000, org.springframework.data.domain.Sort.unsorted()))
                .extracting(TaskListItem::id)
                .contains(task.id());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOverdueTaskSaysSoInWordsAndIsHighlighted() {
        String title = CrmFixtures.unique("Overdue in the grid");
        tasks.create(title, null, tasks.today().minusDays(3), user("officer"), null, null);
        UI.getCurrent().navigate("tasks");
        TasksView view = (TasksView) getCurrentView();

        @SuppressWarnings("unchecked")
        Grid<TaskListItem> taskGrid =
                find(Grid.class).withClassName("task-grid").single();
        var grid = test(taskGrid);
        int row = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).title().words().equals(title))
                .findFirst()
                .orElseThrow();
        TaskListItem item = grid.getRow(row);
        assertThat(grid.getCellText(row, grid.getColumnPosition("due")))
                .isEqualTo(Formats.weekdayDate(java.util.Locale.ENGLISH)
                                .format(tasks.today().minusDays(3)) + " · Overdue");
        assertThat(taskGrid.getPartNameGenerator().apply(item)).isEqualTo("overdue");
        // overdue ones come first in "my tasks"
        assertThat(IntStream.range(0, row).mapToObj(grid::getRow))
                .allSatisfy(t -> assertThat(t.overdue()).isTrue());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aNewTaskFromARecordIsAboutItDueInAWeekAndAssignedToMe() {
        TradeMission mission = SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("Tasks view mission"),
                fixtures.city("Dalian"),
                LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 6, 4))));
        UI.getCurrent()
                .navigate(
                        "tasks/new",
                        QueryParameters.simple(Map.of("type", "MISSION", "id", String.valueOf(mission.id()))));
        TasksView view = (TasksView) getCurrentView();

        assertThat(view.dueDate.getValue()).isEqualTo(tasks.today().plusDays(7));
        assertThat(view.assignee.getValue().getUsername()).isEqualTo("officer");
        assertThat(view.assignee.isEnabled()).isTrue();
        Anchor about = find(Anchor.class).withClassName("task-about-link").single();
        assertThat(about.getText()).isEqualTo("Trade mission · " + mission.getTitle());
        assertThat(about.getHref()).isEqualTo("missions/" + mission.id());

        String title = CrmFixtures.unique("Book the flights");
        test(view.title).setValue(title);
        test(button("Save")).click();

        assertThat(lists.tasksFor("MISSION", mission.id(), TaskStatus.OPEN, 0, 10))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.title().words()).isEqualTo(title);
                    assertThat(t.assigneeName()).isEqualTo("Sander Kuipers");
                });
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aTaskWithoutTitleIsNotSaved() {
        UI.getCurrent().navigate("tasks/new");
        TasksView view = (TasksView) getCurrentView();
        long before = lists.countCreatedByMe(null);

        test(button("Save")).click();

        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Say what has to be done");
        assertThat(lists.countCreatedByMe(null)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorAssignsOnlyToThemselves() {
        UI.getCurrent().navigate("tasks/new");
        TasksView view = (TasksView) getCurrentView();

        assertThat(view.assignee.isEnabled()).isFalse();
        assertThat(view.assignee.getValue().getUsername()).isEqualTo("coordinator");
        assertThat(view.assignee.getHelperText()).isEqualTo("You may assign tasks only to yourself");
        String title = CrmFixtures.unique("Pipeline");
        test(view.title).setValue(title);
        test(button("Save")).click();

        assertThat(lists.myTasks(TaskStatus.OPEN, 0, 500))
                .extracting(t -> t.title().in(Locale.ENGLISH))
                .contains(title);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theAssigneeMayAddToTheDescriptionAndMarkTheTaskAsDone() {
        Task task = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        CrmFixtures.unique("Given to the coordinator"),
                        null,
                        tasks.today().plusDays(2),
                        user("coordinator"),
                        null,
                        null));
        UI.getCurrent().navigate("tasks/" + task.id());
        TasksView view = (TasksView) getCurrentView();

        assertThat(view.title.isReadOnly()).isTrue();
        assertThat(view.dueDate.isReadOnly()).isTrue();
        assertThat(view.description.isReadOnly()).isFalse();
        assertThat(find(Button.class).all())
                .extracting(Button::getText)
                .contains("Save", "Mark as done")
                .doesNotContain("Delete");
        assertThat(view.people.getText()).isEqualTo("Created by Sander Kuipers");

        test(view.description).setValue("Asked three startups.");
        test(button("Save")).click();
        assertThat(tasks.get(task.id()).getDescription()).isEqualTo("Asked three startups.");

        test(button("Mark as done")).click();

        assertThat(tasks.get(task.id()).getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(find(Span.class).withClassName("task-status").single().getText())
                .isEqualTo("Status: Done");
        assertThat(find(Button.class).all())
                .extracting(Button::getText)
                .contains("Reopen")
                .doesNotContain("Mark as done");
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).startsWith("Task done: "));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void someoneElsesTaskCannotBeOpened() {
        Task task = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        CrmFixtures.unique("Not for the viewer"), null, tasks.today(), user("officer"), null, null));

        UI.getCurrent().navigate("tasks/" + task.id());

        assertThat(getCurrentView()).isNotInstanceOf(TasksView.class);
    }

    private AppUser user(String username) {
        return SystemAuthentication.call(() -> users.listActiveUsers().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .orElseThrow());
    }

    private Button button(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aLinkThatNoLongerResolvesIsSaidInWords() {
        TaskListItem gone = new TaskListItem(
                1,
                TaskTitle.typed("t"),
                tasks.today(),
                TaskStatus.OPEN,
                false,
                1,
                "A",
                null,
                null,
                "CONTACT",
                42L,
                null,
                null);
        TaskListItem alone = new TaskListItem(
                1,
                TaskTitle.typed("t"),
                tasks.today(),
                TaskStatus.OPEN,
                false,
                1,
                "A",
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(TasksView.linkText(gone)).isEqualTo("(record no longer available)");
        assertThat(TasksView.linkText(alone)).isEmpty();
        UI.getCurrent().setLocale(Texts.DUTCH);
        assertThat(TasksView.linkText(gone))
                .isEqualTo(Texts.t(Texts.DUTCH, "task.unavailable"))
                .doesNotContain("record");
    }
}
