package nl.stedenband.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.stedenband.base.ui.BarChart;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.ProgrammeListItem;
import nl.stedenband.meeting.LocalTimes;
import nl.stedenband.meeting.MeetingListItem;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.mission.MissionFigures;
import nl.stedenband.mission.MissionListItem;
import nl.stedenband.mission.MissionService;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import nl.stedenband.task.TaskListItem;
import nl.stedenband.task.TaskService;

/**
 * The start page: what matters today for the signed-in user's role, most important first — an
 * officer's sessions and missions, a coordinator's pipeline, a liaison's exchange places.
 */
@Route("")
@PageTitle("Dashboard · Stedenband")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
public class DashboardView extends Main implements BeforeEnterObserver {

    static final int NEXT_SESSIONS = 5;
    static final int NEXT_MISSIONS = 5;
    static final int PROGRAMMES = 12;
    static final int NEXT_TASKS = 6;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final MeetingService meetings;
    private final MissionService missions;
    private final ExchangeService exchanges;
    private final TaskService tasks;
    private final OpportunityService opportunities;
    private final ZoneId viewerZone;
    private final AppUser user;
    private final Div cards = new Div();

    public DashboardView(
            UserService userService, CityService cities, MeetingService meetings, MissionService missions,
            ExchangeService exchanges, TaskService tasks, OpportunityService opportunities) {
        this.tasks = tasks;
        this.opportunities = opportunities;
        this.meetings = meetings;
        this.missions = missions;
        this.exchanges = exchanges;
        addClassName("dashboard-view");
        this.user = userService.currentUser().orElseThrow();
        this.viewerZone = user.getTimeZone() != null
                ? ZoneId.of(user.getTimeZone())
                : cities.homeCity().map(City::zone).orElse(ZoneId.of("UTC"));

        String roles = user.getRoles().stream().sorted().map(Role::title).collect(Collectors.joining(", "));
        H1 welcome = new H1("Welcome, " + user.getDisplayName());
        Paragraph role = new Paragraph("You are signed in as " + roles + ".");
        role.addClassName("home-role");
        cards.addClassName("dashboard-cards");
        add(welcome, role, cards);
    }

    /** Fresh figures on every visit, also when the router reuses this view. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cards.removeAll();
        sectionsFor(user).forEach(section -> cards.add(section.get()));
    }

    /** The sections in the order that suits the user's main role. */
    private List<Supplier<Component>> sectionsFor(AppUser user) {
        List<Supplier<Component>> sections = new ArrayList<>();
        sections.add(this::myTasks);
        if (user.getRoles().contains(Role.ADMIN) || user.getRoles().contains(Role.OFFICER)) {
            sections.add(this::nextSessions);
            sections.add(this::upcomingMissions);
            sections.add(this::companiesPerYear);
            sections.add(this::exchangePlaces);
            sections.add(this::pipeline);
        } else if (user.getRoles().contains(Role.COORDINATOR)) {
            sections.add(this::pipeline);
            sections.add(this::nextSessions);
            sections.add(this::upcomingMissions);
            sections.add(this::companiesPerYear);
        } else {
            sections.add(this::exchangePlaces);
            sections.add(this::nextSessions);
            sections.add(this::upcomingMissions);
        }
        return sections;
    }

    private Component myTasks() {
        Section section = card("My tasks", "dashboard-tasks");
        long overdue = tasks.countMyOverdue();
        List<TaskListItem> open = tasks.myOpenTasks(NEXT_TASKS);
        if (open.isEmpty()) {
            section.add(empty("Nothing on your list.", "tasks/new", "Add a task"));
            return section;
        }
        if (overdue > 0) {
            Paragraph warning = new Paragraph(overdue == 1 ? "1 task is overdue." : overdue + " tasks are overdue.");
            warning.addClassName("dashboard-overdue");
            section.add(warning);
        }
        UnorderedList list = new UnorderedList();
        for (TaskListItem t : open) {
            Anchor title = new Anchor("tasks/" + t.id(), t.title());
            Span due = new Span((t.overdue() ? "Overdue · due " : "Due ") + DAY.format(t.dueDate())
                    + (t.linkText().isEmpty() ? "" : " · " + t.linkText()));
            due.addClassName(t.overdue() ? "dashboard-overdue" : "dashboard-meta");
            list.add(new ListItem(title, due));
        }
        section.add(list, new Paragraph(new Anchor("tasks", "All my tasks")));
        return section;
    }

    private Component pipeline() {
        Section section = card("Opportunities per stage", "dashboard-pipeline");
        Map<OpportunityStage, Long> counts = opportunities.countsByStage();
        if (counts.values().stream().mapToLong(Long::longValue).sum() == 0) {
            section.add(empty("No opportunities yet.", "opportunities", "Open the pipeline"));
            return section;
        }
        List<OpportunityStage> stages = List.of(OpportunityStage.values());
        section.add(new BarChart("Opportunities per stage", stages.stream().map(OpportunityStage::label).toList(),
                List.of(new BarChart.Series("Opportunities", stages.stream().map(st -> counts.getOrDefault(st, 0L)).toList(),
                        false))));
        section.add(new Paragraph(new Anchor("opportunities/board", "Open the board")));
        return section;
    }

    private Component nextSessions() {
        Section section = card("Next videoconferences", "dashboard-sessions");
        List<MeetingListItem> next = meetings.list(true, "", 0, NEXT_SESSIONS, viewerZone);
        if (next.isEmpty()) {
            section.add(empty("No videoconferences planned.", "meetings/new", "Plan one"));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (MeetingListItem m : next) {
            Anchor topic = new Anchor("meetings/" + m.id(), m.topic());
            Span when = new Span(LocalTimes.full(m.startAt(), viewerZone) + " · " + m.status().label());
            when.addClassName("dashboard-meta");
            Span local = new Span(m.localTimes());
            local.addClassName("dashboard-local-times");
            list.add(new ListItem(topic, when, local));
        }
        section.add(list);
        return section;
    }

    private Component upcomingMissions() {
        Section section = card("Upcoming trade missions", "dashboard-missions");
        List<MissionListItem> next = missions.upcoming(NEXT_MISSIONS);
        if (next.isEmpty()) {
            section.add(empty("No trade missions ahead.", "missions", "Open the missions"));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (MissionListItem m : next) {
            Anchor title = new Anchor("missions/" + m.id(), m.title());
            Span meta = new Span(m.destination() + " · " + DAY.format(m.startDate()) + " – " + DAY.format(m.endDate())
                    + " · " + m.status().label() + " · " + m.organizations()
                    + (m.organizations() == 1 ? " organization" : " organizations"));
            meta.addClassName("dashboard-meta");
            list.add(new ListItem(title, meta));
        }
        section.add(list);
        return section;
    }

    private Component companiesPerYear() {
        Section section = card("Companies that travelled", "dashboard-companies");
        MissionFigures figures = missions.figures();
        if (figures.companiesPerYear().isEmpty()) {
            section.add(empty("No mission has taken place yet.", "missions", "Open the missions"));
            return section;
        }
        List<String> years = figures.companiesPerYear().keySet().stream().map(String::valueOf).toList();
        List<Long> counts = List.copyOf(figures.companiesPerYear().values());
        section.add(new BarChart("Companies and startups on trade missions per year", years,
                List.of(new BarChart.Series("Companies and startups", counts, false))));
        Paragraph total = new Paragraph(figures.companiesInTotal() + " different companies and startups in total.");
        total.addClassName("dashboard-meta");
        section.add(total);
        return section;
    }

    private Component exchangePlaces() {
        String year = ExchangeService.academicYearOf(java.time.LocalDate.now(viewerZone));
        Section section = card("Exchange places " + year, "dashboard-exchanges");
        List<ProgrammeListItem> programmes = exchanges.thisAcademicYear(PROGRAMMES);
        if (programmes.isEmpty()) {
            section.add(empty("No programmes for " + year + " yet.", "exchanges", "Open the exchanges"));
            return section;
        }
        List<String> names = programmes.stream().map(ProgrammeListItem::name).toList();
        List<Long> used = programmes.stream().map(p -> p.outboundUsed() + p.inboundUsed()).toList();
        List<Integer> offered = programmes.stream().map(p -> p.quotaOutbound() + p.quotaInbound()).toList();
        section.add(new BarChart("Places used against places offered, " + year, names, List.of(
                new BarChart.Series("Places used", used, false),
                new BarChart.Series("Places offered", offered, true))));
        return section;
    }

    private static Section card(String title, String className) {
        Section section = new Section(new H2(title));
        section.addClassNames("dashboard-card", className);
        return section;
    }

    private static Paragraph empty(String text, String route, String action) {
        Paragraph p = new Paragraph(text + " ");
        p.add(new Anchor(route, action));
        p.addClassName("empty-state");
        return p;
    }
}
