package nl.stedenband.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.RenderedHtml;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.meeting.ui.MeetingsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The scheduling view as an officer plans a session across Enschede, Dalian and Palo Alto. */
@StedenbandTest
class ScheduleViewTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aJanuaryDayShowsThreeRowsNoCommonHourAndTheBestCompromiseFirst() {
        UI.getCurrent().navigate("schedule", QueryParameters.of("date", "2026-01-15"));
        ScheduleView view = (ScheduleView) getCurrentView();

        assertThat(view.date.getValue()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(RenderedHtml.texts(view.timeline, ".timeline-row .timeline-city"))
                .containsExactly("Enschede", "Dalian", "Palo Alto");
        assertThat(RenderedHtml.of(view.timeline).select(".timeline-row > .timeline-cell"))
                .hasSize(3 * 48)
                .allSatisfy(
                        cell -> assertThat(cell.attr("aria-label")).isNotBlank().isEqualTo(cell.attr("title")));
        assertThat(RenderedHtml.of(view.timeline).select(".timeline-cell.best-slot"))
                .hasSize(3);
        assertThat(view.overlap.getText())
                .startsWith("No time on Thu 15 Jan 2026 is within working hours in all 3 cities");
        assertThat(find(Span.class)
                        .withClassName("option-summary")
                        .all()
                        .getFirst()
                        .getText())
                .isEqualTo(
                        "Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late) — inconvenience 4");
        assertThat(RenderedHtml.text(view.pairs)).contains("Enschede–Dalian: 1 working hour");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theDaylightSavingChangesNearTheDateAreNamed() {
        UI.getCurrent().navigate("schedule", QueryParameters.of("date", "2026-03-18"));
        ScheduleView view = (ScheduleView) getCurrentView();

        assertThat(RenderedHtml.text(view.transitions))
                .contains("Palo Alto moves its clocks forward on Sun 8 Mar 2026; Enschede–Palo Alto: 9 → 8 hours")
                .contains("Enschede moves its clocks forward on Sun 29 Mar 2026; Enschede–Palo Alto: 8 → 9 hours");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void twoCitiesWithSharedHoursShowWhenEveryoneIsAtWork() {
        long enschede = fixtures.city("Enschede").id();
        long dalian = fixtures.city("Dalian").id();
        UI.getCurrent()
                .navigate(
                        "schedule",
                        new QueryParameters(
                                Map.of("date", List.of("2026-07-15"), "cities", List.of(enschede + "," + dalian))));
        ScheduleView view = (ScheduleView) getCurrentView();

        assertThat(view.overlap.getText()).isEqualTo("Everyone is at work: 09:00–11:00 (Europe/Amsterdam).");
        assertThat(view.parameters()).containsEntry("cities", enschede + "," + dalian);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void pickingASlotOpensANewVideoconferencePrefilledWithThatInstantAndTheCities() {
        UI.getCurrent().navigate("schedule", QueryParameters.of("date", "2026-01-15"));

        test(find(Button.class).all().stream()
                        .filter(b -> b.getText().equals("Plan a videoconference"))
                        .findFirst()
                        .orElseThrow())
                .click();

        MeetingsView meetings = (MeetingsView) getCurrentView();
        assertThat(meetings.startAt.getValue()).isEqualTo(LocalDateTime.of(2026, 1, 15, 7, 0));
        assertThat(meetings.cities.getValue()).hasSize(3);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerUsesTheScheduleButCannotPlanFromIt() {
        UI.getCurrent().navigate("schedule", QueryParameters.of("date", "2026-01-15"));

        assertThat(find(Span.class).withClassName("option-summary").all()).isNotEmpty();
        assertThat(find(Button.class).all()).noneMatch(b -> b.getText().equals("Plan a videoconference"));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theMonthlyPlanSharesTheInconvenienceAndShowsEachCitysTotal() {
        UI.getCurrent().navigate("schedule", QueryParameters.of("date", "2026-01-14"));
        ScheduleView view = (ScheduleView) getCurrentView();

        assertThat(RenderedHtml.text(view.fairness))
                .contains("Inconvenience over the year: Enschede ")
                .contains("Dalian ")
                .contains("Palo Alto ");
        assertThat(view.week.getChildren().count()).isEqualTo(7);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void everyPlanButtonSaysWhichTimeItPlans() {
        UI.getCurrent().navigate("schedule", QueryParameters.fromString("date=2026-01-15"));

        List<String> names = find(Button.class).all().stream()
                .filter(b -> b.getText().equals("Plan a videoconference"))
                .map(b -> b.getAriaLabel().orElse(""))
                .toList();
        assertThat(names)
                .hasSizeGreaterThan(5)
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).startsWith("Plan a videoconference: "));
        assertThat(names.getFirst()).contains("Enschede 07:00");
    }
}
