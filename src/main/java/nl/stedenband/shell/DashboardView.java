package nl.stedenband.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.stedenband.base.ui.BarChart;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.StaticHtml;
import nl.stedenband.base.ui.Texts;
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
import nl.stedenband.task.TaskListService;
import nl.stedenband.task.ui.TasksView;

/**
 * The start page: what matters today for the signed-in user's role, most important first — an
 * officer's sessions and missions, a coordinator's pipeline, a liaison's exchange places.
 */
@Route("")
@PageTitle("dashboard.title")
@Menu(order = 0, icon = "vaadin:dashboard", title = "dashboard.title")
@PermitAll
public class DashboardView extends Main implements BeforeEnterObserver {

    static final int NEXT_SESSIONS = 5;
    static final int NEXT_MISSIONS = 5;
    static final int PROGRAMMES = 12;
    static final int NEXT_TASKS = 6;

    private final MeetingService meetings;
    private final MissionService missions;
    private final ExchangeService exchanges;
    private final TaskListService tasks;
    private final OpportunityService opportunities;
    private final ZoneId viewerZone;
    private final AppUser user;
    private final Div cards = new Div();
    private final DateTimeFormatter day = Formats.date(Texts.locale());

    public DashboardView(
            UserService userService,
            CityService cities,
            MeetingService meetings,
            MissionService missions,
            ExchangeService exchanges,
            TaskListService tasks,
            OpportunityService opportunities) {
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

        String roles = user.getRoles().stream().sorted().map(Texts::label).collect(Collectors.joining(", "));
        H1 welcome = new H1(getTranslation("dashboard.welcome", user.getDisplayName()));
        Paragraph role = new Paragraph(getTranslation("dashboard.signedInAs", roles));
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
        Section section = card(getTranslation("dashboard.tasks.title"), "dashboard-tasks");
        long overdue = tasks.countMyOverdue();
        List<TaskListItem> open = tasks.myOpenTasks(NEXT_TASKS);
        if (open.isEmpty()) {
            section.add(
                    empty(getTranslation("dashboard.tasks.empty"), "tasks/new", getTranslation("dashboard.tasks.add")));
            return section;
        }
        if (overdue > 0) {
            Paragraph warning = new Paragraph(getTranslation("dashboard.tasks.overdue", overdue));
            warning.addClassName("dashboard-overdue");
            section.add(warning);
        }
        StaticHtml list = new StaticHtml();
        for (TaskListItem t : open) {
            link(list.open("li", ""), "tasks/" + t.id(), t.title().in(Texts.locale()))
                    .element(
                            "span",
                            t.overdue() ? "dashboard-overdue" : "dashboard-meta",
                            getTranslation(
                                            t.overdue() ? "dashboard.tasks.overdueOn" : "dashboard.tasks.dueOn",
                                            day.format(t.dueDate()))
                                    + (TasksView.linkText(t).isEmpty() ? "" : " · " + TasksView.linkText(t)))
                    .close("li");
        }
        section.add(list(list), new Paragraph(new Anchor("tasks", getTranslation("dashboard.tasks.all"))));
        return section;
    }

    private Component pipeline() {
        Section section = card(getTranslation("dashboard.pipeline.title"), "dashboard-pipeline");
        Map<OpportunityStage, Long> counts = opportunities.countsByStage();
        if (counts.values().stream().mapToLong(Long::longValue).sum() == 0) {
            section.add(empty(
                    getTranslation("dashboard.pipeline.empty"),
                    "opportunities",
                    getTranslation("dashboard.pipeline.open")));
            return section;
        }
        List<OpportunityStage> stages = List.of(OpportunityStage.values());
        section.add(new BarChart(
                getTranslation("dashboard.pipeline.title"),
                stages.stream().map(st -> getTranslation(st.labelKey())).toList(),
                List.of(new BarChart.Series(
                        getTranslation("dashboard.pipeline.series"),
                        stages.stream().map(st -> counts.getOrDefault(st, 0L)).toList(),
                        false))));
        section.add(new Paragraph(new Anchor("opportunities/board", getTranslation("dashboard.pipeline.board"))));
        return section;
    }

    private Component nextSessions() {
        Section section = card(getTranslation("dashboard.sessions.title"), "dashboard-sessions");
        List<MeetingListItem> next = meetings.list(true, "", 0, NEXT_SESSIONS, viewerZone, getLocale());
        if (next.isEmpty()) {
            section.add(empty(
                    getTranslation("dashboard.sessions.empty"),
                    "meetings/new",
                    getTranslation("dashboard.sessions.plan")));
            return section;
        }
        StaticHtml list = new StaticHtml();
        for (MeetingListItem m : next) {
            link(list.open("li", ""), "meetings/" + m.id(), m.topic())
                    .element(
                            "span",
                            "dashboard-meta",
                            LocalTimes.full(m.startAt(), viewerZone, getLocale()) + " · "
                                    + getTranslation(m.status().labelKey()))
                    .element("span", "dashboard-local-times", m.localTimes())
                    .close("li");
        }
        section.add(list(list));
        return section;
    }

    private Component upcomingMissions() {
        Section section = card(getTranslation("dashboard.missions.title"), "dashboard-missions");
        List<MissionListItem> next = missions.upcoming(NEXT_MISSIONS);
        if (next.isEmpty()) {
            section.add(empty(
                    getTranslation("dashboard.missions.empty"), "missions", getTranslation("dashboard.missions.open")));
            return section;
        }
        StaticHtml list = new StaticHtml();
        for (MissionListItem m : next) {
            link(list.open("li", ""), "missions/" + m.id(), m.title())
                    .element(
                            "span",
                            "dashboard-meta",
                            m.destination() + " · " + day.format(m.startDate()) + " – "
                                    + day.format(m.endDate()) + " · "
                                    + getTranslation(m.status().labelKey()) + " · "
                                    + getTranslation("dashboard.missions.organizations", m.organizations()))
                    .close("li");
        }
        section.add(list(list));
        return section;
    }

    private Component companiesPerYear() {
        Section section = card(getTranslation("dashboard.companies.title"), "dashboard-companies");
        MissionFigures figures = missions.figures();
        if (figures.companiesPerYear().isEmpty()) {
            section.add(empty(
                    getTranslation("dashboard.companies.empty"),
                    "missions",
                    getTranslation("dashboard.missions.open")));
            return section;
        }
        List<String> years = figures.companiesPerYear().keySet().stream()
                .map(String::valueOf)
                .toList();
        List<Long> counts = List.copyOf(figures.companiesPerYear().values());
        section.add(new BarChart(
                getTranslation("dashboard.companies.chart"),
                years,
                List.of(new BarChart.Series(getTranslation("dashboard.companies.series"), counts, false))));
        Paragraph total = new Paragraph(getTranslation("dashboard.companies.total", figures.companiesInTotal()));
        total.addClassName("dashboard-meta");
        section.add(total);
        return section;
    }

    private Component exchangePlaces() {
        String year = ExchangeService.academicYearOf(java.time.LocalDate.now(viewerZone));
        Section section = card(getTranslation("dashboard.exchanges.title", year), "dashboard-exchanges");
        List<ProgrammeListItem> programmes = exchanges.thisAcademicYear(PROGRAMMES);
        if (programmes.isEmpty()) {
            section.add(empty(
                    getTranslation("dashboard.exchanges.empty", year),
                    "exchanges",
                    getTranslation("dashboard.exchanges.open")));
            return section;
        }
        List<String> names = programmes.stream().map(ProgrammeListItem::name).toList();
        List<Long> used =
                programmes.stream().map(p -> p.outboundUsed() + p.inboundUsed()).toList();
        List<Integer> offered = programmes.stream()
                .map(p -> p.quotaOutbound() + p.quotaInbound())
                .toList();
        section.add(new BarChart(
                getTranslation("dashboard.exchanges.chart", year),
                names,
                List.of(
                        new BarChart.Series(getTranslation("dashboard.exchanges.used"), used, false),
                        new BarChart.Series(getTranslation("dashboard.exchanges.offered"), offered, true))));
        return section;
    }

    /**
     * A list that is only read and followed: its items (a link to the record and a line about it)
     * are static markup in the one list element. The links are plain in-app links, as an Anchor's.
     */
    private static UnorderedList list(StaticHtml items) {
        UnorderedList list = new UnorderedList();
        items.into(list);
        return list;
    }

    /** " · Contact · Jan Jansen", the words for a record that is gone, or nothing for a task on its own. */
    private static StaticHtml link(StaticHtml html, String route, String text) {
        return html.start("a").attribute("href", route).endOpen().text(text).close("a");
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
