package nl.stedenband.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class MeetingServiceTest {

    /** 16 March 2026, 17:00 in Enschede: 09:00 in Palo Alto (US already on summer time), 00:00 next day in Dalian. */
    static final Instant MARCH_16_1600Z = Instant.parse("2026-03-16T16:00:00Z");

    @Autowired
    MeetingService meetings;

    @Autowired
    CrmFixtures fixtures;

    @Test
    void aSessionIsShownInEachCitysLocalTimeWithTheDateWhereItDiffers() {
        Videoconference v = session(CrmFixtures.unique("Local times"), MARCH_16_1600Z);
        v.getCities().add(fixtures.city("Dalian"));
        meetings.save(v);

        MeetingListItem row = meetings.list(
                        false, v.getTopic(), 0, 10, ZoneId.of("Europe/Amsterdam"), java.util.Locale.ENGLISH)
                .getFirst();
        assertThat(row.localTimes())
                .isEqualTo("Enschede 17:00 CET · Dalian Tue 17 Mar 00:00 CST · Palo Alto 09:00 PDT");
    }

    @Test
    void aSessionNeedsAtLeastTwoCities() {
        Videoconference alone =
                new Videoconference(CrmFixtures.unique("Alone"), MARCH_16_1600Z, 60, fixtures.city("Enschede"));

        assertThatThrownBy(() -> meetings.save(alone))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .asString()
                .contains("at least one other city");
    }

    @Test
    void theStatusFlowIsEnforcedWithAClearMessage() {
        Videoconference v = meetings.save(session(CrmFixtures.unique("Flow"), MARCH_16_1600Z));

        assertThatThrownBy(() -> meetings.changeStatus(v.id(), v.getVersion(), MeetingStatus.HELD))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A proposed session cannot become held; it can become scheduled or cancelled");
        Videoconference scheduled = meetings.changeStatus(v.id(), v.getVersion(), MeetingStatus.SCHEDULED);
        Videoconference held = meetings.changeStatus(v.id(), scheduled.getVersion(), MeetingStatus.HELD);
        assertThat(held.getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThatThrownBy(() -> meetings.changeStatus(v.id(), held.getVersion(), MeetingStatus.CANCELLED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A held session cannot become cancelled");
    }

    @Test
    void minutesCanBeAddedOnceASessionIsHeld() {
        Videoconference v = meetings.save(session(CrmFixtures.unique("Minutes"), MARCH_16_1600Z));
        v = meetings.changeStatus(v.id(), v.getVersion(), MeetingStatus.SCHEDULED);
        v = meetings.changeStatus(v.id(), v.getVersion(), MeetingStatus.HELD);

        v.setMinutes("Agreed to exchange the Cool Block handbook.");
        assertThat(meetings.save(v).getMinutes()).isEqualTo("Agreed to exchange the Cool Block handbook.");
    }

    @Test
    void aParticipantAlreadyInAnotherSessionAtThatTimeIsFound() {
        Contact busy = fixtures.contact(
                fixtures.organization(OrganizationType.GOVERNMENT, "Palo Alto"),
                CrmFixtures.unique("Busy"),
                "busy@overlap.example");
        Videoconference first = session(CrmFixtures.unique("First"), MARCH_16_1600Z);
        first.getParticipants().add(busy);
        first = meetings.save(first);

        Videoconference second = session(CrmFixtures.unique("Second"), MARCH_16_1600Z.plusSeconds(30 * 60));
        second.getParticipants().add(busy);
        Videoconference later = session(CrmFixtures.unique("Later"), MARCH_16_1600Z.plusSeconds(60 * 60));
        later.getParticipants().add(busy);

        assertThat(meetings.overlapping(second))
                .extracting(Videoconference::getId)
                .containsExactly(first.getId());
        assertThat(meetings.overlapping(later)).as("back to back is fine").isEmpty();
    }

    @Test
    void theInvitationParsesBackWithTheSameInstantAttendeesAndLocalTimes() throws Exception {
        Contact guest = fixtures.contact(
                fixtures.organization(OrganizationType.ASSOCIATION, "Palo Alto"),
                CrmFixtures.unique("Guest"),
                "guest@ics.example");
        Videoconference v = session(CrmFixtures.unique("Invitation"), MARCH_16_1600Z);
        v.getParticipants().add(guest);
        v.setMeetingLink("https://meet.example.org/cool-block");
        v = meetings.save(v);

        Calendar calendar = new CalendarBuilder().build(new StringReader(meetings.invitation(v.id())));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();

        DtStart<?> start = event.getDateTimeStart();
        assertThat(start.getParameter(net.fortuna.ical4j.model.Parameter.TZID))
                .as("a UTC instant needs no TZID")
                .isEmpty();
        Instant parsed = java.time.LocalDateTime.parse(
                        start.getValue(), java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                .toInstant(java.time.ZoneOffset.UTC);
        assertThat(parsed).isEqualTo(MARCH_16_1600Z);
        List<String> attendees = event.getProperties(Property.ATTENDEE).stream()
                .map(p -> ((Property) p).getValue())
                .toList();
        assertThat(attendees).containsExactly("mailto:guest@ics.example");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                .startsWith("mailto:officer@");
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Enschede 17:00 CET")
                .contains("Palo Alto 09:00 PDT");
        assertThat(event.getProperty(Property.DURATION).orElseThrow().getValue())
                .isEqualTo("PT1H");
    }

    @Test
    void aViewerReadsSessionsButCannotPlanThem() {
        Videoconference v = session(CrmFixtures.unique("Viewer"), MARCH_16_1600Z);

        assertThatThrownBy(() -> RunAs.role(Role.VIEWER, () -> meetings.save(v)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.role(Role.VIEWER, () -> meetings.count(false, ""))).isPositive();
        for (Role planner : List.of(Role.ADMIN, Role.OFFICER, Role.COORDINATOR)) {
            Videoconference own = session(CrmFixtures.unique(planner.name()), MARCH_16_1600Z);
            assertThat(RunAs.role(planner, () -> meetings.save(own)).getId())
                    .as(planner.name())
                    .isNotNull();
        }
    }

    @Test
    void theDemoDataHasPastAndUpcomingSessionsIncludingCoolBlock() {
        assertThat(meetings.count(false, "Cool Block")).isEqualTo(1);
        assertThat(meetings.count(true, "")).isPositive();
        assertThat(meetings.count(false, "")).isGreaterThan(meetings.count(true, ""));
    }

    @Test
    void aCancelledSessionLeavesTheUpcomingList() {
        String topic = CrmFixtures.unique("Called off");
        Videoconference v = meetings.save(session(topic, Instant.now().plus(java.time.Duration.ofDays(3))));
        assertThat(meetings.list(true, topic, 0, 10, ZoneId.of("UTC"), java.util.Locale.ENGLISH))
                .extracting(MeetingListItem::topic)
                .containsExactly(topic);

        meetings.changeStatus(v.id(), v.getVersion(), MeetingStatus.CANCELLED);

        assertThat(meetings.list(true, topic, 0, 10, ZoneId.of("UTC"), java.util.Locale.ENGLISH))
                .isEmpty();
        assertThat(meetings.count(true, topic)).isZero();
        assertThat(meetings.list(false, topic, 0, 10, ZoneId.of("UTC"), java.util.Locale.ENGLISH))
                .as("the record stays in the full list")
                .extracting(MeetingListItem::status)
                .containsExactly(MeetingStatus.CANCELLED);
    }

    private Videoconference session(String topic, Instant start) {
        City enschede = fixtures.city("Enschede");
        Videoconference v = new Videoconference(topic, start, 60, enschede);
        v.getCities().add(fixtures.city("Palo Alto"));
        return v;
    }
}
