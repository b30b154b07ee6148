package nl.stedenband.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;
import org.hibernate.envers.Audited;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;

/** A videoconference between the cities, e.g. Palo Alto's "Cool Block" sustainability exchange. */
@Entity
@Audited
@Table(name = "videoconference")
public class Videoconference extends AuditedEntity {

    @NotBlank(message = "{meeting.validation.topic}")
    @Size(max = 200, message = "{base.validation.sizeMax}")
    @Column(nullable = false, length = 200)
    private String topic = "";

    @Size(max = 60, message = "{base.validation.sizeMax}")
    @Column(length = 60)
    private @Nullable String theme;

    /** Stored in UTC; every screen shows it in each city's own time. */
    @NotNull(message = "{meeting.validation.start}")
    @Column(name = "start_at", nullable = false)
    private @Nullable Instant startAt;

    @Min(value = 5, message = "{meeting.validation.durationMin}")
    @Max(value = 600, message = "{meeting.validation.durationMax}")
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = 60;

    @NotNull(message = "{meeting.validation.organizingCity}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organizing_city_id", nullable = false)
    private @Nullable City organizingCity;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "videoconference_city",
            joinColumns = @JoinColumn(name = "videoconference_id"),
            inverseJoinColumns = @JoinColumn(name = "city_id"))
    private Set<City> cities = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "videoconference_participant",
            joinColumns = @JoinColumn(name = "videoconference_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<Contact> participants = new LinkedHashSet<>();

    @URL(message = "{meeting.validation.link}")
    @Size(max = 500)
    @Column(name = "meeting_link", length = 500)
    private @Nullable String meetingLink;

    @Size(max = 4000, message = "{base.validation.sizeMax}")
    @Column(columnDefinition = "text")
    private @Nullable String agenda;

    @Size(max = 8000, message = "{base.validation.sizeMax}")
    @Column(columnDefinition = "text")
    private @Nullable String minutes;

    @Size(max = 4000, message = "{base.validation.sizeMax}")
    @Column(name = "follow_up", columnDefinition = "text")
    private @Nullable String followUp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PROPOSED;

    public Videoconference() {}

    public Videoconference(String topic, Instant startAt, int durationMinutes, City organizingCity) {
        this.topic = topic;
        this.startAt = startAt;
        this.durationMinutes = durationMinutes;
        this.organizingCity = organizingCity;
        this.cities.add(organizingCity);
    }

    public Instant endAt() {
        return startAt == null ? Instant.EPOCH : startAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public @Nullable String getTheme() {
        return theme;
    }

    public void setTheme(@Nullable String theme) {
        this.theme = theme;
    }

    /** The start of a stored session, which validation requires. */
    public Instant startAt() {
        return required(startAt, "start");
    }

    public @Nullable Instant getStartAt() {
        return startAt;
    }

    public void setStartAt(@Nullable Instant startAt) {
        this.startAt = startAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    /** The organizing city of a stored session, which validation requires. */
    public City organizingCity() {
        return required(organizingCity, "organizingCity");
    }

    public @Nullable City getOrganizingCity() {
        return organizingCity;
    }

    public void setOrganizingCity(@Nullable City organizingCity) {
        this.organizingCity = organizingCity;
    }

    public Set<City> getCities() {
        return cities;
    }

    public void setCities(Set<City> cities) {
        this.cities.clear();
        this.cities.addAll(cities);
    }

    public Set<Contact> getParticipants() {
        return participants;
    }

    public void setParticipants(Set<Contact> participants) {
        this.participants.clear();
        this.participants.addAll(participants);
    }

    public @Nullable String getMeetingLink() {
        return meetingLink;
    }

    public void setMeetingLink(@Nullable String meetingLink) {
        this.meetingLink = meetingLink;
    }

    public @Nullable String getAgenda() {
        return agenda;
    }

    public void setAgenda(@Nullable String agenda) {
        this.agenda = agenda;
    }

    public @Nullable String getMinutes() {
        return minutes;
    }

    public void setMinutes(@Nullable String minutes) {
        this.minutes = minutes;
    }

    public @Nullable String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(@Nullable String followUp) {
        this.followUp = followUp;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    void setStatus(MeetingStatus status) {
        this.status = status;
    }

    @Override
    public String toString() {
        return topic;
    }
}
