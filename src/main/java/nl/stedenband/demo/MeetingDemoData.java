package nl.stedenband.demo;

import static nl.stedenband.demo.DemoNames.named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.city.City;
import nl.stedenband.contact.ContactFilter;
import nl.stedenband.contact.ContactListItem;
import nl.stedenband.contact.ContactService;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.meeting.MeetingStatus;
import nl.stedenband.meeting.Videoconference;
import org.springframework.data.domain.Sort;

/** Past and upcoming videoconferences, among them Palo Alto's "Cool Block" sustainability exchange. */
final class MeetingDemoData {

    private final MeetingService meetings;
    private final ContactService contacts;
    private final Clock clock;

    MeetingDemoData(MeetingService meetings, ContactService contacts, Clock clock) {
        this.meetings = meetings;
        this.contacts = contacts;
        this.clock = clock;
    }

    void load(List<City> cities) {
        Map<String, City> city = cities.stream().collect(Collectors.toMap(City::getName, Function.identity()));
        City enschede = named(city, "Enschede");
        City paloAlto = named(city, "Palo Alto");
        City dalian = named(city, "Dalian");
        LocalDate today = LocalDate.now(clock.withZone(enschede.zone()));

        Videoconference coolBlock = session(
                "Cool Block: engaging residents in sustainability",
                "Sustainability",
                ZonedDateTime.of(today.minusWeeks(6), LocalTime.of(17, 0), enschede.zone()),
                60,
                enschede,
                paloAlto);
        coolBlock.setAgenda("How Palo Alto's Cool Block programme gets neighbours to make their homes and street "
                + "sustainable together; what Enschede's neighbourhoods could take from it.");
        coolBlock = meetings.save(withParticipants(coolBlock, "Cool Block Palo Alto", "Gemeente Enschede"));
        meetings.changeStatus(coolBlock.id(), coolBlock.getVersion(), MeetingStatus.SCHEDULED);
        Videoconference held = meetings.get(coolBlock.id());
        meetings.changeStatus(held.id(), held.getVersion(), MeetingStatus.HELD);

        Videoconference smartCity = session(
                "Smart City Alliance: open data for mobility",
                "Smart city",
                ZonedDateTime.of(today.plusWeeks(2), LocalTime.of(17, 0), enschede.zone()),
                60,
                enschede,
                paloAlto);
        smartCity = meetings.save(withParticipants(smartCity, "City of Palo Alto", "University of Twente"));
        meetings.changeStatus(smartCity.id(), smartCity.getVersion(), MeetingStatus.SCHEDULED);

        Videoconference exchange = session(
                "Student exchange 2027: places and dates",
                "Education",
                ZonedDateTime.of(today.plusWeeks(3), LocalTime.of(8, 30), enschede.zone()),
                45,
                enschede,
                dalian);
        meetings.save(
                withParticipants(exchange, "Dalian University of Technology", "Saxion University of Applied Sciences"));

        Videoconference threeCities = session(
                "Three cities: innovation hubs and startups",
                "Innovation",
                ZonedDateTime.of(today.plusWeeks(5), LocalTime.of(7, 0), enschede.zone()),
                60,
                enschede,
                dalian,
                paloAlto);
        meetings.save(withParticipants(
                threeCities, "Novel-T", "Palo Alto Innovation Hub", "Dalian High-Tech Industrial Zone"));
    }

    private static Videoconference session(
            String topic, String theme, ZonedDateTime start, int minutes, City organizer, City... others) {
        Videoconference v = new Videoconference(topic, start.toInstant(), minutes, organizer);
        v.setTheme(theme);
        v.getCities().addAll(List.of(others));
        v.setMeetingLink("https://meet.example.org/stedenband-" + Math.abs(topic.hashCode() % 10_000));
        return v;
    }

    /** Two people of each named organization take part. */
    private Videoconference withParticipants(Videoconference v, String... organizations) {
        for (String organization : organizations) {
            List<ContactListItem> people =
                    contacts.list(new ContactFilter(organization, null, null, null, null, null), 0, 2, Sort.by("name"));
            people.forEach(p -> v.getParticipants().add(contacts.get(p.id())));
        }
        return v;
    }
}
