package nl.stedenband.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import nl.stedenband.city.City;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.meeting.MeetingStatus;
import nl.stedenband.meeting.Videoconference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class MeetingsViewTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aSlotFromTheSchedulePrefillsANewSessionAndShowsEveryCitysTime() {
        City enschede = fixtures.city("Enschede");
        City dalian = fixtures.city("Dalian");
        City paloAlto = fixtures.city("Palo Alto");

        UI.getCurrent()
                .navigate(
                        "meetings/new",
                        new QueryParameters(Map.of(
                                "start", List.of("2026-01-15T06:00:00Z"),
                                "cities", List.of(enschede.getId() + "," + dalian.getId() + "," + paloAlto.getId()))));
        MeetingsView view = (MeetingsView) getCurrentView();

        assertThat(view.startAt.getValue()).isEqualTo(LocalDateTime.of(2026, 1, 15, 7, 0));
        assertThat(view.cities.getValue()).containsExactlyInAnyOrder(enschede, dalian, paloAlto);
        assertThat(view.localTimes.getElement().getTextRecursively())
                .contains("Enschede 07:00 CET · Dalian 14:00 CST · Palo Alto Wed 14 Jan 22:00 PST");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerPlansASessionAndCanDownloadItsInvitation() {
        UI.getCurrent().navigate("meetings/new");
        MeetingsView view = (MeetingsView) getCurrentView();
        String topic = CrmFixtures.unique("Planned in the view");

        test(view.topic).setValue(topic);
        test(view.startAt).setValue(LocalDateTime.of(2026, 6, 2, 17, 0));
        view.cities.setValue(java.util.Set.of(fixtures.city("Enschede"), fixtures.city("Palo Alto")));
        test(find(Button.class).all().stream()
                        .filter(b -> "Save".equals(b.getText()))
                        .findFirst()
                        .orElseThrow())
                .click();

        assertThat(find(com.vaadin.flow.component.notification.Notification.class)
                        .all())
                .extracting(n -> test(n).getText())
                .allMatch(t -> t.contains("saved"));
        assertThat(meetings.count(false, topic)).isEqualTo(1);
        assertThat(find(Anchor.class).withClassName("ics-download").single().getText())
                .isEqualTo("Download the invitation (.ics)");
        assertThat(find(Button.class).all()).extracting(Button::getText).contains("Schedule", "Cancel session");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerSeesSessionsWithoutPlanningButtons() {
        long id = meetings.list(false, "Cool Block", 0, 1, java.time.ZoneId.of("UTC"), java.util.Locale.ENGLISH)
                .getFirst()
                .id();

        UI.getCurrent().navigate("meetings/" + id);
        MeetingsView view = (MeetingsView) getCurrentView();

        assertThat(view.topic.isReadOnly()).isTrue();
        assertThat(find(Button.class).all()).noneMatch(b -> "Save".equals(b.getText()) && b.isVisible());
        assertThat(find(Anchor.class).withClassName("ics-download").all()).hasSize(1);
        assertThat(find(Paragraph.class).withClassName("participants-city").all())
                .extracting(Paragraph::getText)
                .anySatisfy(line -> assertThat(line).matches("Palo Alto \\(.*P[DS]T\\): .+"));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void movingASessionAlongItsStatusFlowShowsOnlyTheNextSteps() {
        UI.getCurrent().navigate("meetings/new");
        MeetingsView view = (MeetingsView) getCurrentView();
        test(view.topic).setValue(CrmFixtures.unique("Flow in the view"));
        test(view.startAt).setValue(LocalDateTime.of(2026, 9, 1, 17, 0));
        view.cities.setValue(java.util.Set.of(fixtures.city("Enschede"), fixtures.city("Dalian")));
        test(button("Save")).click();

        test(button("Schedule")).click();

        assertThat(find(com.vaadin.flow.component.html.H3.class)
                        .withClassName("meeting-status")
                        .single()
                        .getText())
                .isEqualTo("Status: Scheduled");
        assertThat(find(Button.class).all())
                .extracting(Button::getText)
                .contains("Mark as held", "Cancel session")
                .doesNotContain("Schedule");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anotherOrganizingCityShowsTheSameMomentInItsOwnTime() {
        UI.getCurrent().navigate("meetings/new");
        MeetingsView view = (MeetingsView) getCurrentView();
        String topic = CrmFixtures.unique("Same moment");
        test(view.topic).setValue(topic);
        test(view.startAt).setValue(LocalDateTime.of(2026, 6, 2, 15, 0));
        view.cities.setValue(java.util.Set.of(fixtures.city("Enschede"), fixtures.city("Palo Alto")));

        test(view.organizingCity).selectItem("Palo Alto");

        assertThat(view.startAt.getValue())
                .as("15:00 in Enschede is 06:00 in Palo Alto")
                .isEqualTo(LocalDateTime.of(2026, 6, 2, 6, 0));
        assertThat(view.localTimes.getElement().getTextRecursively())
                .contains("Enschede 15:00 CEST", "Palo Alto 06:00 PDT");
        test(button("Save")).click();
        long id = meetings.list(false, topic, 0, 1, java.time.ZoneId.of("UTC"), java.util.Locale.ENGLISH)
                .getFirst()
                .id();
        assertThat(meetings.get(id).getStartAt()).isEqualTo(java.time.Instant.parse("2026-06-02T13:00:00Z"));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void openingSessionsOfDifferentOrganizingCitiesShowsEachInItsOwnTimeWithoutUnsavedChanges() {
        Videoconference enschede = new Videoconference(
                CrmFixtures.unique("Organized here"),
                java.time.Instant.parse("2026-06-02T13:00:00Z"),
                60,
                fixtures.city("Enschede"));
        enschede.getCities().add(fixtures.city("Dalian"));
        Videoconference paloAlto = new Videoconference(
                CrmFixtures.unique("Organized there"),
                java.time.Instant.parse("2026-06-02T13:00:00Z"),
                60,
                fixtures.city("Palo Alto"));
        paloAlto.getCities().add(fixtures.city("Enschede"));
        long here = meetings.save(enschede).id();
        long there = meetings.save(paloAlto).id();

        UI.getCurrent().navigate("meetings/" + here);
        MeetingsView view = (MeetingsView) getCurrentView();
        assertThat(view.startAt.getValue()).isEqualTo(LocalDateTime.of(2026, 6, 2, 15, 0));
        UI.getCurrent().navigate("meetings/" + there);
        assertThat(view.startAt.getValue()).isEqualTo(LocalDateTime.of(2026, 6, 2, 6, 0));
        UI.getCurrent().navigate("meetings/" + here);
        assertThat(view.startAt.getValue()).isEqualTo(LocalDateTime.of(2026, 6, 2, 15, 0));

        UI.getCurrent().navigate("meetings");
        assertThat(find(ConfirmDialog.class).all())
                .as("opening a record changes nothing to save")
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void cancellingASessionAsksFirstAndCanBeCalledOff() {
        UI.getCurrent().navigate("meetings/new");
        MeetingsView view = (MeetingsView) getCurrentView();
        String topic = CrmFixtures.unique("Maybe cancelled");
        test(view.topic).setValue(topic);
        test(view.startAt).setValue(LocalDateTime.of(2026, 9, 1, 17, 0));
        view.cities.setValue(java.util.Set.of(fixtures.city("Enschede"), fixtures.city("Dalian")));
        test(button("Save")).click();
        long id = meetings.list(false, topic, 0, 1, java.time.ZoneId.of("UTC"), java.util.Locale.ENGLISH)
                .getFirst()
                .id();

        test(button("Cancel session")).click();
        ConfirmDialog dialog =
                find(ConfirmDialog.class).withClassName("cancel-session-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getProperty("header", "")).isEqualTo("Cancel “" + topic + "”?");
        assertThat(meetings.get(id).getStatus())
                .as("nothing happens before the answer")
                .isEqualTo(MeetingStatus.PROPOSED);

        test(dialog).cancel();
        assertThat(meetings.get(id).getStatus()).isEqualTo(MeetingStatus.PROPOSED);

        test(button("Cancel session")).click();
        test(find(ConfirmDialog.class)
                        .withClassName("cancel-session-dialog")
                        .all()
                        .getLast())
                .confirm();
        assertThat(meetings.get(id).getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(find(com.vaadin.flow.component.html.H3.class)
                        .withClassName("meeting-status")
                        .single()
                        .getText())
                .isEqualTo("Status: Cancelled");
    }

    private Button button(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
