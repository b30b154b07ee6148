package nl.stedenband.meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;

/**
 * A videoconference as an iCalendar invitation. The start is written as a UTC instant
 * (DTSTART:…Z), which every calendar program places at the right local time without needing a
 * VTIMEZONE; the description repeats the time in each city for people who read it.
 */
final class Invitation {

    private Invitation() {}

    static String of(Videoconference v, String organizerEmail) {
        VEvent event = new VEvent(v.getStartAt(), Duration.ofMinutes(v.getDurationMinutes()), v.getTopic());
        event.add(new Uid("videoconference-" + v.getId() + "@stedenband"));
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        v.getParticipants().stream()
                .filter(p -> p.getEmail() != null)
                .sorted(Comparator.comparing(Contact::getLastName))
                .forEach(p -> {
                    Attendee attendee = new Attendee(URI.create("mailto:" + p.getEmail()));
                    attendee.add(new Cn(p.getFullName()));
                    event.add(attendee);
                });
        StringBuilder description = new StringBuilder("Local times: ")
                .append(LocalTimes.perCity(
                        v.startAt(),
                        v.getCities().stream()
                                .sorted(Comparator.comparing(City::isHome)
                                        .reversed()
                                        .thenComparing(City::getName))
                                .toList(),
                        v.organizingCity().zone()));
        if (v.getAgenda() != null) {
            description.append("\n\nAgenda:\n").append(v.getAgenda());
        }
        if (v.getMeetingLink() != null) {
            description.append("\n\nJoin: ").append(v.getMeetingLink());
            event.add(new Url(URI.create(v.getMeetingLink())));
        }
        event.add(new Description(description.toString()));
        event.add(
                v.getStatus() == MeetingStatus.CANCELLED
                        ? new Status(Status.VALUE_CANCELLED)
                        : v.getStatus() == MeetingStatus.PROPOSED
                                ? new Status(Status.VALUE_TENTATIVE)
                                : new Status(Status.VALUE_CONFIRMED));

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Stedenband//Videoconferences//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        calendar.add(event);
        try (StringWriter out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
