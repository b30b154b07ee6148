package nl.stedenband.task;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import nl.stedenband.Refusals;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.Activity;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.Bundles;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.TimelineEvent;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.meeting.Videoconference;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import nl.stedenband.task.ui.TasksView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

@StedenbandTest
class TaskServiceTest {

    @Autowired
    TaskService tasks;

    @Autowired
    TaskListService lists;

    @Autowired
    FollowUpService followUps;

    @Autowired
    UserService users;

    @Autowired
    MissionService missions;

    @Autowired
    MeetingService meetings;

    @Autowired
    ActivityService activities;

    @Autowired
    RecordDirectory records;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    // --- who may assign to whom

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMakesTasksForItself(Role role) {
        AppUser me = demoUser(role);
        Task task = RunAs.role(
                role, () -> tasks.create(CrmFixtures.unique("Own task"), null, today().plusDays(2), me, null, null));

        assertThat(task.getAssignee()).isEqualTo(me);
        assertThat(task.getCreator()).isEqualTo(me);
        assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(RunAs.role(role, () -> lists.myTasks(TaskStatus.OPEN, 0, 500)))
                .extracting(TaskListItem::id)
                .contains(task.id());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"ADMIN", "OFFICER"})
    void administratorsAndOfficersAssignTasksToOthers(Role role) {
        AppUser viewer = demoUser(Role.VIEWER);
        Task task = RunAs.role(
                role, () -> tasks.create(CrmFixtures.unique("For the viewer"), null, today(), viewer, null, null));

        assertThat(task.getAssignee()).isEqualTo(viewer);
        assertThat(RunAs.role(Role.VIEWER, () -> lists.myTasks(TaskStatus.OPEN, 0, 500)))
                .extracting(TaskListItem::id)
                .contains(task.id());
        assertThat(RunAs.role(role, () -> lists.createdByMe(TaskStatus.OPEN, 0, 500)))
                .extracting(TaskListItem::id)
                .contains(task.id());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"COORDINATOR", "VIEWER"})
    void coordinatorsAndViewersMayNotAssignTasksToOthers(Role role) {
        AppUser officer = demoUser(Role.OFFICER);

        assertThatThrownBy(() ->
                        RunAs.role(role, () -> tasks.create("For the officer", null, today(), officer, null, null)))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(Refusals::english)
                .isEqualTo("You may assign tasks only to yourself");
        assertThat(RunAs.role(role, () -> tasks.canAssignToOthers())).isFalse();
        assertThat(RunAs.role(role, () -> tasks.assignableUsers())).containsExactly(demoUser(role));
    }

    // --- who reads, changes, completes and deletes

    @Test
    void theCreatorAndTheAssigneeReadATaskAndOthersDoNotEvenSeeIt() {
        Task task = officerTaskFor(Role.COORDINATOR);

        assertThat(RunAs.role(Role.OFFICER, () -> tasks.get(task.id())).getTitle())
                .isEqualTo(task.getTitle());
        assertThat(RunAs.role(Role.COORDINATOR, () -> tasks.get(task.id())).getTitle())
                .isEqualTo(task.getTitle());
        assertThat(RunAs.role(Role.ADMIN, () -> tasks.get(task.id())).getTitle())
                .isEqualTo(task.getTitle());
        assertThatThrownBy(() -> RunAs.role(Role.VIEWER, () -> tasks.get(task.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(RunAs.role(Role.VIEWER, () -> lists.myTasks(null, 0, 500)))
                .extracting(TaskListItem::id)
                .doesNotContain(task.id());
        assertThat(RunAs.role(Role.VIEWER, () -> lists.createdByMe(null, 0, 500)))
                .extracting(TaskListItem::id)
                .doesNotContain(task.id());
        assertThat(RunAs.role(Role.ADMIN, () -> lists.all(TaskStatus.OPEN, 0, 100_000)))
                .extracting(TaskListItem::id)
                .contains(task.id());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"OFFICER", "COORDINATOR", "VIEWER"})
    void onlyAdministratorsListEveryonesTasks(Role role) {
        assertThatThrownBy(() -> RunAs.role(role, () -> lists.all(null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.role(role, () -> lists.count(new TaskFilter(TaskFilter.Show.ALL, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCreatorChangesEverythingAndTheAssigneeOnlyTheDescription() {
        Task task = officerTaskFor(Role.COORDINATOR);

        Task byAssignee = RunAs.role(Role.COORDINATOR, () -> tasks.get(task.id()));
        assertThat(RunAs.role(Role.COORDINATOR, () -> tasks.canEdit(byAssignee)))
                .isFalse();
        assertThat(RunAs.role(Role.COORDINATOR, () -> tasks.canEditDescription(byAssignee)))
                .isTrue();
        byAssignee.setDescription("Called them; waiting for the list.");
        Task saved = RunAs.role(Role.COORDINATOR, () -> tasks.save(byAssignee));
        assertThat(saved.getDescription()).isEqualTo("Called them; waiting for the list.");

        saved.setTitle("Something else");
        assertThatThrownBy(() -> RunAs.role(Role.COORDINATOR, () -> tasks.save(saved)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .startsWith("Only the task's creator or an administrator may change its title");

        Task byCreator = RunAs.role(Role.OFFICER, () -> tasks.get(task.id()));
        byCreator.setTitle("Renamed by the officer");
        byCreator.setDueDate(today().plusDays(30));
        byCreator.setAssignee(demoUser(Role.VIEWER));
        Task changed = RunAs.role(Role.OFFICER, () -> tasks.save(byCreator));
        assertThat(changed.getTitle()).isEqualTo("Renamed by the officer");
        assertThat(changed.getAssignee()).isEqualTo(demoUser(Role.VIEWER));

        Task byAdmin = RunAs.role(Role.ADMIN, () -> tasks.get(task.id()));
        byAdmin.setTitle("Renamed by the administrator");
        assertThat(RunAs.role(Role.ADMIN, () -> tasks.save(byAdmin)).getTitle())
                .isEqualTo("Renamed by the administrator");
    }

    @Test
    void aStaleFormIsRefusedInsteadOfOverwritingAChange() {
        Task task = officerTaskFor(Role.OFFICER);
        Task first = RunAs.role(Role.OFFICER, () -> tasks.get(task.id()));
        Task second = RunAs.role(Role.OFFICER, () -> tasks.get(task.id()));
        first.setTitle("First edit");
        RunAs.role(Role.OFFICER, () -> tasks.save(first));
        second.setTitle("Second edit");

        assertThatThrownBy(() -> RunAs.role(Role.OFFICER, () -> tasks.save(second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theAssigneeOrTheCreatorMarksATaskAsDoneAndReopensIt() {
        Task task = officerTaskFor(Role.COORDINATOR);

        Task done = RunAs.role(Role.COORDINATOR, () -> tasks.complete(task.id()));
        assertThat(done.getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(done.getCompletedBy()).isEqualTo(demoUser(Role.COORDINATOR));
        assertThat(done.getCompletedAt()).isNotNull();
        assertThatThrownBy(() -> RunAs.role(Role.OFFICER, () -> tasks.complete(task.id())))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("This task is already done");
        assertThatThrownBy(() -> RunAs.role(Role.VIEWER, () -> tasks.reopen(task.id())))
                .isInstanceOf(RecordNotFoundException.class);

        Task reopened = RunAs.role(Role.OFFICER, () -> tasks.reopen(task.id()));
        assertThat(reopened.getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(reopened.getCompletedAt()).isNull();
    }

    @Test
    void onlyTheCreatorOrAnAdministratorDeletesATask() {
        Task task = officerTaskFor(Role.COORDINATOR);

        assertThatThrownBy(() -> RunAs.role(Role.COORDINATOR, () -> tasks.delete(task.id())))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(Refusals::english)
                .isEqualTo("Only the task's creator or an administrator may delete it");
        RunAs.role(Role.OFFICER, () -> tasks.delete(task.id()));

        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> tasks.get(task.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aTitleIsRequiredAndAnUnknownRecordCannotBeLinked() {
        AppUser officer = demoUser(Role.OFFICER);

        assertThatThrownBy(() -> RunAs.role(Role.OFFICER, () -> tasks.create("  ", null, today(), officer, null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("Say what has to be done");
        assertThatThrownBy(() -> RunAs.role(
                        Role.OFFICER,
                        () -> tasks.create(
                                "About nothing", null, today(), officer, MissionService.SUBJECT_TYPE, Long.MAX_VALUE)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("A task can only be about a record that exists and that you may read");
    }

    // --- lists

    @Test
    void myTasksComeOverdueFirstThenByDueDateAndDoneOnesLast() {
        String me = freshUser(Role.OFFICER);
        List<Long> ids = as(me, Role.OFFICER, () -> {
            AppUser self = users.currentUser().orElseThrow();
            long later = tasks.create("Later", null, today().plusDays(3), self, null, null)
                    .id();
            long late = tasks.create("Late", null, today().minusDays(2), self, null, null)
                    .id();
            long tomorrow = tasks.create("Tomorrow", null, today().plusDays(1), self, null, null)
                    .id();
            long veryLate = tasks.create("Very late", null, today().minusDays(5), self, null, null)
                    .id();
            long dueToday =
                    tasks.create("Today", null, today(), self, null, null).id();
            long finished = tasks.create("Finished", null, today().minusDays(9), self, null, null)
                    .id();
            tasks.complete(finished);
            return List.of(veryLate, late, dueToday, tomorrow, later, finished);
        });

        List<TaskListItem> all = as(me, Role.OFFICER, () -> lists.myTasks(null, 0, 50));
        assertThat(all).extracting(TaskListItem::id).containsExactlyElementsOf(ids);
        assertThat(all).extracting(TaskListItem::overdue).containsExactly(true, true, false, false, false, false);
        assertThat(as(me, Role.OFFICER, () -> lists.myOpenTasks(2)))
                .extracting(t -> t.title().in(Locale.ENGLISH))
                .containsExactly("Very late", "Late");
        assertThat(as(me, Role.OFFICER, () -> lists.countMyOverdue())).isEqualTo(2);
        assertThat(as(me, Role.OFFICER, () -> lists.countMyTasks(TaskStatus.OPEN)))
                .isEqualTo(5);
        assertThat(as(me, Role.OFFICER, () -> lists.countMyTasks(TaskStatus.DONE)))
                .isEqualTo(1);
        assertThat(as(me, Role.OFFICER, () -> lists.myTasks(TaskStatus.OPEN, 1, 2)))
                .extracting(t -> t.title().in(Locale.ENGLISH))
                .containsExactly("Late", "Today");
        assertThat(as(
                        me,
                        Role.OFFICER,
                        () -> lists.list(
                                new TaskFilter(TaskFilter.Show.MINE, TaskStatus.OPEN),
                                0,
                                10,
                                org.springframework.data.domain.Sort.by("title"))))
                .extracting(t -> t.title().in(Locale.ENGLISH))
                .containsExactly("Late", "Later", "Today", "Tomorrow", "Very late");
    }

    @Test
    void everyoneWhoReadsARecordSeesAllItsOpenTasksWithAssigneeAndDueDate() {
        TradeMission mission = newMission();
        Task officers = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        CrmFixtures.unique("Officer's"),
                        null,
                        today(),
                        demoUser(Role.OFFICER),
                        MissionService.SUBJECT_TYPE,
                        mission.id()));
        Task coordinators = RunAs.role(
                Role.COORDINATOR,
                () -> tasks.create(
                        CrmFixtures.unique("Coordinator's"),
                        null,
                        today().plusDays(3),
                        demoUser(Role.COORDINATOR),
                        MissionService.SUBJECT_TYPE,
                        mission.id()));

        List<TaskListItem> forOfficer = RunAs.role(
                Role.OFFICER, () -> lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), TaskStatus.OPEN, 0, 10));
        assertThat(forOfficer).extracting(TaskListItem::id).containsExactly(officers.id(), coordinators.id());
        assertThat(forOfficer.getLast()).satisfies(t -> {
            assertThat(t.title().words()).isEqualTo(coordinators.getTitle());
            assertThat(t.assigneeName()).isEqualTo(demoUser(Role.COORDINATOR).getDisplayName());
            assertThat(t.dueDate()).isEqualTo(today().plusDays(3));
        });
        assertThat(RunAs.role(Role.OFFICER, () -> tasks.get(coordinators.id()).getTitle()))
                .as("the officer opens the coordinator's task from the mission")
                .isEqualTo(coordinators.getTitle());
        assertThat(RunAs.role(Role.OFFICER, () -> tasks.canComplete(forOfficer.getLast())))
                .isFalse();
        assertThat(RunAs.role(Role.VIEWER, () -> lists.countFor(MissionService.SUBJECT_TYPE, mission.id(), null)))
                .isEqualTo(2);
        assertThat(RunAs.role(Role.COORDINATOR, () -> lists.myTasks(TaskStatus.OPEN, 0, 500)))
                .as("the lists of one's own tasks stay one's own")
                .extracting(TaskListItem::id)
                .doesNotContain(officers.id());
        List<TaskListItem> forAdmin = RunAs.role(
                Role.ADMIN, () -> lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), TaskStatus.OPEN, 0, 10));
        assertThat(forAdmin).extracting(TaskListItem::id).containsExactlyInAnyOrder(officers.id(), coordinators.id());
        assertThat(forAdmin)
                .allSatisfy(t -> assertThat(TasksView.linkText(t)).isEqualTo("Trade mission · " + mission.getTitle()));
        assertThat(requireNonNull(forAdmin.getFirst().link()).route()).isEqualTo("missions/" + mission.id());
    }

    // --- the record's timeline and deleted records

    @Test
    void aTaskDoneAppearsOnTheTimelineOfItsRecord() {
        TradeMission mission = newMission();
        String title = CrmFixtures.unique("Send the delegation list");
        Task task = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        title, null, today(), demoUser(Role.OFFICER), MissionService.SUBJECT_TYPE, mission.id()));

        RunAs.role(Role.OFFICER, () -> tasks.complete(task.id()));

        List<Activity> timeline = RunAs.role(
                Role.VIEWER, () -> activities.timeline(new SubjectRef(MissionService.SUBJECT_TYPE, mission.id())));
        assertThat(timeline).anySatisfy(a -> {
            assertThat(a.getKind()).isEqualTo(ActivityKind.TASK);
            assertThat(a.getSummary()).isEqualTo("Task done: " + title);
            assertThat(a.getAuthor()).isEqualTo("officer");
        });
    }

    @Test
    void aVeryLongTitleStillFitsOnTheTimeline() {
        TradeMission mission = newMission();
        String title = "x".repeat(Task.TITLE_LENGTH);
        Task task = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        title, null, today(), demoUser(Role.OFFICER), MissionService.SUBJECT_TYPE, mission.id()));

        RunAs.role(Role.OFFICER, () -> tasks.complete(task.id()));

        assertThat(RunAs.role(
                        Role.OFFICER,
                        () -> activities.timeline(new SubjectRef(MissionService.SUBJECT_TYPE, mission.id()))))
                .anySatisfy(a -> assertThat(a.getSummary())
                        .startsWith("Task done: xxx")
                        .endsWith("…")
                        .hasSize(200));
    }

    @Test
    void whenItsRecordIsDeletedATaskStaysWithoutTheLink() {
        TradeMission mission = newMission();
        Task task = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        CrmFixtures.unique("About a doomed mission"),
                        null,
                        today(),
                        demoUser(Role.OFFICER),
                        MissionService.SUBJECT_TYPE,
                        mission.id()));

        RunAs.role(Role.OFFICER, () -> missions.delete(mission.id()));

        Task kept = RunAs.role(Role.OFFICER, () -> tasks.get(task.id()));
        assertThat(kept.isLinked()).isFalse();
        assertThat(kept.getVersion()).isGreaterThan(task.getVersion());
        assertThat(RunAs.role(Role.OFFICER, () -> lists.countFor(MissionService.SUBJECT_TYPE, mission.id(), null)))
                .isZero();
    }

    @Test
    void aLinkThatNoLongerResolvesIsSaidInWords() {
        TaskListItem gone = new TaskListItem(
                1,
                TaskTitle.typed("t"),
                today(),
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
                1, TaskTitle.typed("t"), today(), TaskStatus.OPEN, false, 1, "A", null, null, null, null, null, null);

        assertThat(TasksView.linkText(gone)).isEqualTo("(record no longer available)");
        assertThat(TasksView.linkText(alone)).isEmpty();
    }

    // --- one click from a videoconference's follow-up or a mission's outcome

    @Test
    void eachLineOfTheFollowUpBecomesATaskOnceOnly() {
        Videoconference session = newSession();
        String text =
                "- Send the minutes to Palo Alto\n\n2. Book the next session\n   \n* Send the minutes to Palo Alto\n";

        FollowUpResult first = RunAs.role(
                Role.COORDINATOR, () -> followUps.createFollowUpTasks(MeetingService.SUBJECT_TYPE, session.id(), text));
        FollowUpResult second = RunAs.role(
                Role.COORDINATOR, () -> followUps.createFollowUpTasks(MeetingService.SUBJECT_TYPE, session.id(), text));

        assertThat(first.made()).isEqualTo(2);
        assertThat(first.existing()).isEmpty();
        assertThat(second.made()).isZero();
        assertThat(second.existing())
                .extracting(e -> e.title().in(Locale.ENGLISH))
                .containsExactly("Send the minutes to Palo Alto", "Book the next session");
        List<TaskListItem> made = RunAs.role(
                Role.COORDINATOR, () -> lists.tasksFor(MeetingService.SUBJECT_TYPE, session.id(), null, 0, 10));
        assertThat(made)
                .extracting(t -> t.title().in(Locale.ENGLISH))
                .containsExactlyInAnyOrder("Send the minutes to Palo Alto", "Book the next session");
        assertThat(made).allSatisfy(t -> {
            assertThat(t.dueDate()).isEqualTo(today().plusDays(7));
            assertThat(t.assigneeName()).isEqualTo(demoUser(Role.COORDINATOR).getDisplayName());
        });

        // once done, the same action may be needed again
        RunAs.role(Role.COORDINATOR, () -> tasks.complete(made.getFirst().id()));
        assertThat(RunAs.role(
                        Role.COORDINATOR,
                        () -> followUps.createFollowUpTasks(MeetingService.SUBJECT_TYPE, session.id(), text)))
                .satisfies(again -> {
                    assertThat(again.made()).isEqualTo(1);
                    assertThat(again.alreadyThere()).isEqualTo(1);
                });
    }

    @Test
    void whoMayNotChangeARecordMakesNoFollowUpTasksOfIt() {
        TradeMission mission = newMission();
        Videoconference session = newSession();

        assertThatThrownBy(() -> RunAs.role(
                        Role.VIEWER,
                        () -> followUps.createFollowUpTask(
                                MissionService.SUBJECT_TYPE,
                                mission.id(),
                                FollowUpService.followUpTitle("a lead"),
                                null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.role(
                        Role.VIEWER,
                        () -> followUps.createFollowUpTasks(
                                MeetingService.SUBJECT_TYPE, session.id(), "Send the minutes")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.role(
                        Role.COORDINATOR,
                        () -> followUps.createFollowUpTask(
                                MissionService.SUBJECT_TYPE,
                                mission.id(),
                                FollowUpService.followUpTitle("a lead"),
                                null)))
                .as("coordinators read missions but do not run them")
                .isInstanceOf(AccessDeniedException.class)
                .extracting(Refusals::english)
                .isEqualTo("Only those who may change the record make follow-up tasks of it");
        assertThat(RunAs.role(Role.ADMIN, () -> lists.countFor(MissionService.SUBJECT_TYPE, mission.id(), null)))
                .isZero();
    }

    @Test
    void aFollowUpThatAlreadyExistsIsNamedWithItsAssigneeWhoeverMadeIt() {
        Videoconference session = newSession();
        String line = CrmFixtures.unique("Send the minutes");
        RunAs.role(
                Role.COORDINATOR, () -> followUps.createFollowUpTasks(MeetingService.SUBJECT_TYPE, session.id(), line));
        TaskListItem coordinators = RunAs.role(
                        Role.COORDINATOR,
                        () -> lists.tasksFor(MeetingService.SUBJECT_TYPE, session.id(), TaskStatus.OPEN, 0, 10))
                .getFirst();

        FollowUpResult forOfficer = RunAs.role(
                Role.OFFICER, () -> followUps.createFollowUpTasks(MeetingService.SUBJECT_TYPE, session.id(), line));

        assertThat(forOfficer.made()).isZero();
        assertThat(forOfficer.existing())
                .containsExactly(new FollowUpResult.Existing(
                        coordinators.id(),
                        TaskTitle.typed(line),
                        demoUser(Role.COORDINATOR).getDisplayName()));
        assertThat(forOfficer.existing().getFirst().route()).isEqualTo("tasks/" + coordinators.id());
    }

    @Test
    void emptyFollowUpMakesNoTasksAndSaysWhy() {
        Videoconference session = newSession();

        assertThatThrownBy(() -> RunAs.role(
                        Role.OFFICER,
                        () -> followUps.createFollowUpTasks(MeetingService.SUBJECT_TYPE, session.id(), " \n ")))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("Write the follow-up actions first, one per line");
    }

    @Test
    void anOutcomeBecomesOneFollowUpTaskWithAShortTitle() {
        TradeMission mission = newMission();
        String outcome = "NanoFlow Labs introduced to the hub's hardware accelerator programme, with a demo day in May "
                + "and an invitation to pitch to three investors";
        TaskTitle title = FollowUpService.followUpTitle(outcome);

        FollowUpResult first = RunAs.role(
                Role.OFFICER,
                () -> followUps.createFollowUpTask(MissionService.SUBJECT_TYPE, mission.id(), title, outcome));
        FollowUpResult again = RunAs.role(
                Role.OFFICER,
                () -> followUps.createFollowUpTask(MissionService.SUBJECT_TYPE, mission.id(), title, outcome));

        assertThat(title.in(Locale.ENGLISH))
                .startsWith("Follow up: NanoFlow Labs introduced")
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(92);
        assertThat(first.made()).isEqualTo(1);
        assertThat(again.made()).isZero();
        TaskListItem made = RunAs.role(
                        Role.OFFICER, () -> lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), null, 0, 10))
                .getFirst();
        assertThat(RunAs.role(Role.OFFICER, () -> tasks.get(made.id())).getDescription())
                .isEqualTo(outcome);
        assertThat(again.existing()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(made.id());
            assertThat(e.assigneeName()).isEqualTo(demoUser(Role.OFFICER).getDisplayName());
        });
    }

    @Test
    void aFollowUpIsStoredAsAKeyWithTheOutcomeAndSaidInTheReadersLanguage() {
        TradeMission mission = newMission();
        String outcome = CrmFixtures.unique("Sensor suppliers want a visit");
        RunAs.role(
                Role.OFFICER,
                () -> followUps.createFollowUpTask(
                        MissionService.SUBJECT_TYPE, mission.id(), FollowUpService.followUpTitle(outcome), null));

        TaskListItem made = RunAs.role(
                        Role.OFFICER, () -> lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), null, 0, 10))
                .getFirst();
        assertThat(made.title().in(Bundles.DUTCH)).isEqualTo("Opvolgen: " + outcome);
        assertThat(made.title().in(Locale.ENGLISH)).isEqualTo("Follow up: " + outcome);
        // no English in the row: the words are the outcome's, the rest is the key
        assertThat(jdbc.queryForMap("SELECT title, title_key, title_args FROM task WHERE id = ?", made.id()))
                .containsEntry("title", outcome)
                .containsEntry("title_key", "task.title.followUp")
                .containsEntry("title_args", outcome);

        RunAs.role(Role.OFFICER, () -> tasks.complete(made.id()));
        Activity done = RunAs.role(
                        Role.OFFICER,
                        () -> activities.timeline(new SubjectRef(MissionService.SUBJECT_TYPE, mission.id())))
                .stream()
                .filter(a -> a.getKind() == ActivityKind.TASK)
                .findFirst()
                .orElseThrow();
        assertThat(TimelineEvent.say(Bundles.DUTCH, requireNonNull(done.getSummaryKey()), done.getSummaryArgs()))
                .isEqualTo("Taak afgerond: opvolgen: " + outcome);
    }

    @Test
    void aFollowUpWhoseTitleIsChangedInTheFormBecomesTyped() {
        TradeMission mission = newMission();
        String outcome = CrmFixtures.unique("Hub wants a pitch");
        RunAs.role(
                Role.OFFICER,
                () -> followUps.createFollowUpTask(
                        MissionService.SUBJECT_TYPE, mission.id(), FollowUpService.followUpTitle(outcome), null));
        long id = RunAs.role(Role.OFFICER, () -> lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), null, 0, 10))
                .getFirst()
                .id();

        Task unchanged = RunAs.role(Role.OFFICER, () -> tasks.get(id));
        unchanged.setTitleFromForm("Opvolgen: " + outcome, Bundles.DUTCH);
        unchanged.setDescription("Seen on a Dutch screen");
        Task kept = RunAs.role(Role.OFFICER, () -> tasks.save(unchanged));
        assertThat(kept.title().key())
                .as("shown and saved unchanged, it stays the app's")
                .isEqualTo(TaskTitle.FOLLOW_UP);
        assertThat(kept.title().in(Locale.ENGLISH)).isEqualTo("Follow up: " + outcome);

        kept.setTitleFromForm("Bel de hub over de pitch", Bundles.DUTCH);
        Task typed = RunAs.role(Role.OFFICER, () -> tasks.save(kept));
        assertThat(typed.title()).isEqualTo(TaskTitle.typed("Bel de hub over de pitch"));
        assertThat(typed.title().in(Locale.ENGLISH)).isEqualTo("Bel de hub over de pitch");
    }

    /** Rows written before titles kept keys, converted by the migration's own statements. */
    @Test
    void oldEnglishFollowUpsAndTimelineLinesAreConvertedToKeys() throws Exception {
        TradeMission mission = newMission();
        AppUser officer = demoUser(Role.OFFICER);
        String outcome = CrmFixtures.unique("Old lead");
        jdbc.update(
                "INSERT INTO task (title, due_date, assignee_id, status, subject_type, subject_id, version, created_at,"
                        + " modified_at) VALUES (?, ?, ?, 'OPEN', ?, ?, 0, NOW(6), NOW(6))",
                "Follow up: " + outcome,
                today(),
                officer.getId(),
                MissionService.SUBJECT_TYPE,
                mission.getId());
        long id = requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM task", Long.class));
        jdbc.update(
                "INSERT INTO activity (subject_type, subject_id, kind, occurred_on, summary, author, version, created_at,"
                        + " modified_at) VALUES (?, ?, 'TASK', ?, ?, 'officer', 0, NOW(6), NOW(6))",
                MissionService.SUBJECT_TYPE,
                mission.getId(),
                today(),
                "Task done: Follow up: " + outcome);
        jdbc.update(
                "INSERT INTO activity (subject_type, subject_id, kind, occurred_on, summary, author, version, created_at,"
                        + " modified_at) VALUES (?, ?, 'TASK', ?, ?, 'officer', 0, NOW(6), NOW(6))",
                MissionService.SUBJECT_TYPE,
                mission.getId(),
                today(),
                "Task done: Send the list");
        try {
            String migration = new String(
                    getClass()
                            .getResourceAsStream("/db/migration/V23__task_titles_in_the_readers_language.sql")
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (statement.strip().startsWith("UPDATE")) {
                    jdbc.update(statement);
                }
            }

            TaskListItem old = RunAs.role(
                            Role.OFFICER, () -> lists.tasksFor(MissionService.SUBJECT_TYPE, mission.id(), null, 0, 10))
                    .getFirst();
            assertThat(old.title().in(Bundles.DUTCH)).isEqualTo("Opvolgen: " + outcome);
            assertThat(old.title().words()).isEqualTo(outcome);
            assertThat(RunAs.role(
                                    Role.OFFICER,
                                    () -> activities.timeline(
                                            new SubjectRef(MissionService.SUBJECT_TYPE, mission.id())))
                            .stream()
                            .filter(a -> a.getSummaryKey() != null)
                            .map(a -> TimelineEvent.say(Bundles.DUTCH, a.getSummaryKey(), a.getSummaryArgs())))
                    .containsExactlyInAnyOrder("Taak afgerond: opvolgen: " + outcome, "Taak afgerond: Send the list");
        } finally {
            jdbc.update(
                    "DELETE FROM activity WHERE subject_type = ? AND subject_id = ?",
                    MissionService.SUBJECT_TYPE,
                    mission.getId());
            jdbc.update("DELETE FROM task WHERE id = ?", id);
        }
    }

    // --- the global search

    @Test
    void theGlobalSearchFindsATaskOnlyForThoseWhoMayReadIt() {
        String word = "tq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Task task = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        "Call " + word + " about the visit", null, today(), demoUser(Role.OFFICER), null, null));

        List<RecordLink> forOfficer = RunAs.role(Role.OFFICER, () -> records.search(word, 10));
        assertThat(forOfficer)
                .filteredOn(l -> l.type().equals("TASK"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.id()).isEqualTo(task.id());
                    assertThat(Texts.recordType(l)).isEqualTo("Task");
                    assertThat(l.route()).isEqualTo("tasks/" + task.id());
                });
        assertThat(RunAs.role(Role.ADMIN, () -> records.search(word.substring(0, 6), 10)))
                .extracting(RecordLink::id)
                .contains(task.id());
        assertThat(RunAs.role(Role.COORDINATOR, () -> records.search(word, 10)))
                .filteredOn(l -> l.type().equals("TASK"))
                .isEmpty();
        assertThat(RunAs.role(Role.VIEWER, () -> records.search("Call " + word, 10)))
                .filteredOn(l -> l.type().equals("TASK"))
                .isEmpty();
        assertThat(RunAs.role(Role.COORDINATOR, () -> records.find("TASK", task.id())))
                .isEmpty();
        assertThat(RunAs.role(Role.OFFICER, () -> records.find("TASK", task.id())))
                .isPresent();
    }

    @Test
    void aTwoLetterSearchLooksAtTheStartOfTitles() {
        String me = freshUser(Role.VIEWER);
        long id = as(
                me,
                Role.VIEWER,
                () -> tasks.create(
                                "Qz " + UUID.randomUUID(),
                                null,
                                today(),
                                users.currentUser().orElseThrow(),
                                null,
                                null)
                        .getId());

        assertThat(as(me, Role.VIEWER, () -> records.search("qz", 50)))
                .extracting(RecordLink::id)
                .contains(id);
        assertThat(RunAs.role(Role.VIEWER, () -> records.search("qz", 50)))
                .extracting(RecordLink::id)
                .doesNotContain(id);
    }

    // --- helpers

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private AppUser demoUser(Role role) {
        String name = role.name().toLowerCase();
        return SystemAuthentication.call(() -> users.listActiveUsers().stream()
                .filter(u -> u.getUsername().equals(name))
                .findFirst()
                .orElseThrow());
    }

    /** A task the officer made, assigned to the demo user of {@code role}. */
    private Task officerTaskFor(Role role) {
        AppUser assignee = demoUser(role);
        return RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        CrmFixtures.unique("Officer's task"), "Details", today().plusDays(1), assignee, null, null));
    }

    private TradeMission newMission() {
        return SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("Task mission"),
                fixtures.city("Palo Alto"),
                LocalDate.of(2027, 3, 7),
                LocalDate.of(2027, 3, 12))));
    }

    private Videoconference newSession() {
        Videoconference v = new Videoconference(
                CrmFixtures.unique("Task session"),
                Instant.parse("2027-03-16T16:00:00Z"),
                60,
                fixtures.city("Enschede"));
        v.getCities().add(fixtures.city("Dalian"));
        return SystemAuthentication.call(() -> meetings.save(v));
    }

    /** A user of our own, so that "my tasks" holds only what the test made. */
    private String freshUser(Role role) {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.run(() -> users.createUser(name, "Test " + name, name + "-password", EnumSet.of(role)));
        return name;
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
