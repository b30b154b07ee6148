package nl.stedenband.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.ProgrammeListItem;
import nl.stedenband.meeting.MeetingListItem;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.mission.MissionFilter;
import nl.stedenband.mission.MissionListItem;
import nl.stedenband.mission.MissionService;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.task.Task;
import nl.stedenband.task.TaskService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tasks of the four demo users, some overdue, some about demo missions, sessions, organizations
 * and programmes. Each is made by its demo user through the task service, as they would make it,
 * so that "Created by me" and the role rules show on the demo too.
 */
final class TaskDemoData {

    private final TaskService tasks;
    private final RecordDirectory records;
    private final MissionService missions;
    private final MeetingService meetings;
    private final OrganizationService organizations;
    private final ExchangeService exchanges;

    TaskDemoData(
            TaskService tasks,
            RecordDirectory records,
            MissionService missions,
            MeetingService meetings,
            OrganizationService organizations,
            ExchangeService exchanges) {
        this.tasks = tasks;
        this.records = records;
        this.missions = missions;
        this.meetings = meetings;
        this.organizations = organizations;
        this.exchanges = exchanges;
    }

    void load(List<AppUser> users, LocalDate today) {
        Map<String, AppUser> user = users.stream().collect(Collectors.toMap(AppUser::getUsername, Function.identity()));
        AppUser officer = user.get("officer");
        AppUser coordinator = user.get("coordinator");
        AppUser viewer = user.get("viewer");
        AppUser admin = user.get("admin");
        if (officer == null || coordinator == null || viewer == null || admin == null) {
            return;
        }
        Ref valley = mission("Silicon Valley trade mission 2025");
        Ref wef = mission("World Economic Forum delegation 2026");
        Ref coolBlock = meeting("Cool Block");
        Ref novelT = organization("Novel-T");
        Ref nanoFlow = organization("NanoFlow Labs");
        Ref gunn = programme("Gunn High School exchange");

        as(officer, Role.OFFICER, () -> {
            task(
                    "Send the Silicon Valley mission report to the alderman",
                    today.minusDays(3),
                    officer,
                    valley,
                    "The report is written; add the figures of the companies that travelled.");
            task("Book the hotel for the WEF delegation", today.plusDays(10), officer, wef, null);
            task(
                    "Prepare the agenda of the Cool Block follow-up session",
                    today.minusDays(1),
                    officer,
                    coolBlock,
                    null);
            task(
                    "Ask Novel-T which startups join the next Valley mission",
                    today.plusDays(5),
                    coordinator,
                    novelT,
                    "Two or three startups with a US market plan.");
            task(
                    "Collect the guardian consents for the Gunn High School exchange",
                    today.plusDays(4),
                    viewer,
                    gunn,
                    null);
            Task done = task("Confirm the Dalian delegation's visas", today.minusDays(8), officer, wef, null);
            tasks.complete(done.id());
        });
        as(coordinator, Role.COORDINATOR, () -> {
            task(
                    "Introduce NanoFlow Labs to the hardware accelerator",
                    today.minusDays(5),
                    coordinator,
                    nanoFlow,
                    null);
            task("Update the startup pipeline for Palo Alto", today.plusDays(14), coordinator, null, null);
        });
        as(viewer, Role.VIEWER, () -> {
            task("Read the University Innovation Fellows reports", today.plusDays(7), viewer, null, null);
            task("Check the exchange dates with Gunn High School", today.minusDays(2), viewer, gunn, null);
        });
        as(admin, Role.ADMIN, () -> {
            task("Review who still needs an account", today.plusDays(3), admin, null, null);
            task("Check the public holidays of Dalian for next year", today.minusDays(1), officer, null, null);
        });
    }

    /** A record to link to; none when it is not there (or no catalog names that kind yet). */
    private record Ref(String type, long id) {}

    private Task task(
            String title, LocalDate due, AppUser assignee, @Nullable Ref about, @Nullable String description) {
        Ref linked = about != null && records.find(about.type(), about.id()).isPresent() ? about : null;
        return tasks.create(
                title,
                description,
                due,
                assignee,
                linked == null ? null : linked.type(),
                linked == null ? null : linked.id());
    }

    private @Nullable Ref mission(String title) {
        return missions.list(new MissionFilter(null, null, null, null, title), 0, 1).stream()
                .findFirst()
                .map(MissionListItem::id)
                .map(id -> new Ref(MissionService.SUBJECT_TYPE, id))
                .orElse(null);
    }

    private @Nullable Ref meeting(String topic) {
        return meetings.list(false, topic, 0, 1, ZoneId.of("Europe/Amsterdam"), java.util.Locale.ENGLISH).stream()
                .findFirst()
                .map(MeetingListItem::id)
                .map(id -> new Ref(MeetingService.SUBJECT_TYPE, id))
                .orElse(null);
    }

    private @Nullable Ref organization(String name) {
        return organizations.findByNamePrefix(name, 0, 1).stream()
                .findFirst()
                .map(Organization::getId)
                .map(id -> new Ref(OrganizationService.SUBJECT_TYPE, id))
                .orElse(null);
    }

    private @Nullable Ref programme(String name) {
        Optional<ProgrammeListItem> p =
                exchanges.list(null, name, 0, 1).stream().findFirst();
        return p.map(ProgrammeListItem::id)
                .map(id -> new Ref(ExchangeService.SUBJECT_TYPE, id))
                .orElse(null);
    }

    /** Runs as a demo user, so that the task is theirs as if they had made it. */
    private static void as(AppUser user, Role role, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.getUsername(), null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
