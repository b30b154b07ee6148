package nl.stedenband.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.BarChart;
import nl.stedenband.base.ui.RenderedHtml;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.meeting.MeetingStatus;
import nl.stedenband.meeting.Videoconference;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.MissionStatus;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import nl.stedenband.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithMockUser;

/** The start page as each role sees it, on the demo data. */
@StedenbandTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    MissionService missionService;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    MeetingService meetingService;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerSeesTheNextSessionsInEveryCitysTimeAndTheUpcomingMissions() {
        LocalDate today = LocalDate.now();
        String soon = mission("Soon", today.plusDays(1), today.plusDays(4)).getTitle();
        String over = mission("Over", today.minusDays(5), today.minusDays(1)).getTitle();
        TradeMission cancelled = mission("Called off", today.plusDays(1), today.plusDays(2));
        SystemAuthentication.run(
                () -> missionService.changeStatus(cancelled.id(), cancelled.getVersion(), MissionStatus.CANCELLED));
        navigate(DashboardView.class);

        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .containsSubsequence("Next videoconferences", "Upcoming trade missions", "Companies that travelled");
        Section sessions =
                find(Section.class).withClassName("dashboard-sessions").single();
        assertThat(RenderedHtml.texts(find(UnorderedList.class, sessions).single(), ".dashboard-local-times"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("Enschede "));
        Section missions =
                find(Section.class).withClassName("dashboard-missions").single();
        assertThat(RenderedHtml.of(find(UnorderedList.class, missions).single())
                        .select("a[href^=missions/]")
                        .eachText())
                .contains(soon)
                .doesNotContain(over, cancelled.getTitle(), "Silicon Valley trade mission 2025");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aCancelledSessionLeavesTheNextVideoconferences() {
        java.time.Instant soon = java.time.Instant.now().plusSeconds(120);
        Videoconference kept = session("Still on", soon);
        Videoconference called = session("Called off", soon.plusSeconds(60));
        SystemAuthentication.run(
                () -> meetingService.changeStatus(called.id(), called.getVersion(), MeetingStatus.CANCELLED));
        navigate(DashboardView.class);

        Section sessions =
                find(Section.class).withClassName("dashboard-sessions").single();
        assertThat(RenderedHtml.of(find(UnorderedList.class, sessions).single())
                        .select("a[href^=meetings/]")
                        .eachText())
                .contains(kept.getTopic())
                .doesNotContain(called.getTopic());
    }

    private Videoconference session(String topic, java.time.Instant start) {
        Videoconference v = new Videoconference(CrmFixtures.unique(topic), start, 30, fixtures.city("Enschede"));
        v.getCities().add(fixtures.city("Dalian"));
        return SystemAuthentication.call(() -> meetingService.save(v));
    }

    private TradeMission mission(String name, LocalDate start, LocalDate end) {
        return SystemAuthentication.call(() -> missionService.save(
                new TradeMission(CrmFixtures.unique(name), fixtures.city("Palo Alto"), start, end)));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theCompaniesThatTravelledArePlottedPerYearWithTheFiguresAsText() {
        navigate(DashboardView.class);

        BarChart chart = find(
                        BarChart.class,
                        find(Section.class).withClassName("dashboard-companies").single())
                .single();
        assertThat(chart.config().labels()).contains("2024", "2025");
        assertThat(chart.config().series())
                .singleElement()
                .satisfies(s -> assertThat(s.values())
                        .allSatisfy(v -> assertThat(v.longValue()).isPositive()));
        String table = RenderedHtml.text(chart);
        assertThat(table).contains("Companies and startups", "2025");
        assertThat(chart.getElement().getAttribute("tabindex"))
                .as("a chart too wide for the card scrolls, so the keyboard reaches it")
                .isEqualTo("0");
        assertThat(chart.getElement().getAttribute("aria-label"))
                .isEqualTo(chart.config().title());
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerSeesThisYearsExchangePlacesFirst() {
        navigate(DashboardView.class);

        String year = ExchangeService.academicYearOf(LocalDate.now());
        assertThat(find(H2.class).all()).extracting(H2::getText).startsWith("My tasks", "Exchange places " + year);
        BarChart chart = find(BarChart.class).single();
        assertThat(chart.config().labels()).anyMatch(name -> name.contains(year));
        assertThat(chart.config().series())
                .extracting(BarChart.Series::label, BarChart.Series::outlined)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Places used", false),
                        org.assertj.core.groups.Tuple.tuple("Places offered", true));
        assertThat(find(H2.class).all()).extracting(H2::getText).doesNotContain("Companies that travelled");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorSeesTheirOverdueTasksFirstAndThenThePipelinePerStage() {
        AppUser me = users.currentUser().orElseThrow();
        String late = CrmFixtures.unique("Call back the hub");
        tasks.create(late, null, LocalDate.now().minusDays(3), me, null, null);
        navigate(DashboardView.class);

        assertThat(find(H2.class).all()).extracting(H2::getText).startsWith("My tasks", "Opportunities per stage");
        Section mine = find(Section.class).withClassName("dashboard-tasks").single();
        assertThat(find(Paragraph.class, mine)
                        .withClassName("dashboard-overdue")
                        .single()
                        .getText())
                .endsWith("overdue.");
        assertThat(RenderedHtml.text(mine)).contains(late, "Overdue · due");
        BarChart pipeline = find(
                        BarChart.class,
                        find(Section.class).withClassName("dashboard-pipeline").single())
                .single();
        assertThat(pipeline.config().labels())
                .containsExactly(java.util.Arrays.stream(OpportunityStage.values())
                        .map(st -> Texts.t(st.labelKey()))
                        .toArray(String[]::new));
        Map<OpportunityStage, Long> counts = opportunities.countsByStage();
        assertThat(pipeline.config().series().getFirst().values())
                .extracting(Number::longValue)
                .containsExactly(java.util.Arrays.stream(OpportunityStage.values())
                        .map(st -> counts.getOrDefault(st, 0L))
                        .toArray(Long[]::new));
    }

    @Autowired
    TaskService tasks;

    @Autowired
    UserService users;

    @Autowired
    OpportunityService opportunities;

    @Test
    void theChartLibraryIsOnTheClasspathAtThePathTheChartsLoad() {
        assertThat(new ClassPathResource("META-INF/resources/" + BarChart.CHART_JS).exists())
                .isTrue();
    }

    @Test
    void anAcademicYearStartsOnTheFirstOfSeptember() {
        assertThat(ExchangeService.academicYearOf(LocalDate.of(2026, 8, 31))).isEqualTo("2025/26");
        assertThat(ExchangeService.academicYearOf(LocalDate.of(2026, 9, 1))).isEqualTo("2026/27");
        assertThat(ExchangeService.academicYearOf(LocalDate.of(2099, 12, 1))).isEqualTo("2099/00");
    }
}
