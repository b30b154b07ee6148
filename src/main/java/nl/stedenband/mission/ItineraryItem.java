package nl.stedenband.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.contact.Organization;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A visit or meeting on the itinerary: an instant with the zone it was planned in (the destination's). */
@Entity
@Audited
@Table(name = "mission_itinerary_item")
public class ItineraryItem extends AuditedEntity {

    /** Title and place: the columns' length. */
    public static final int TEXT_LENGTH = 200;

    /** A visit longer than a day is two items. */
    public static final int LONGEST_MINUTES = 24 * 60;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id", nullable = false)
    private @Nullable TradeMission mission;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "zone_id", nullable = false, length = 64)
    private String zoneId = "UTC";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(length = 200)
    private @Nullable String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_organization_id")
    private @Nullable Organization host;

    protected ItineraryItem() {}

    ItineraryItem(
            TradeMission mission,
            ZonedDateTime localStart,
            int durationMinutes,
            String title,
            @Nullable String place,
            @Nullable Organization host) {
        this.mission = mission;
        this.startsAt = localStart.toInstant();
        this.zoneId = localStart.getZone().getId();
        this.durationMinutes = durationMinutes;
        this.title = title;
        this.place = place;
        this.host = host;
    }

    /** The form's changes: when (in the zone it is planned in), how long, what, where and who hosts. */
    void change(
            ZonedDateTime localStart,
            int durationMinutes,
            String title,
            @Nullable String place,
            @Nullable Organization host) {
        this.startsAt = localStart.toInstant();
        this.zoneId = localStart.getZone().getId();
        this.durationMinutes = durationMinutes;
        this.title = title;
        this.place = place;
        this.host = host;
    }

    TradeMission getMission() {
        return required(mission, "mission");
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(ZoneId.of(zoneId));
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public @Nullable Organization getHost() {
        return host;
    }
}
