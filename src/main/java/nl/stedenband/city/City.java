package nl.stedenband.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedenband.base.AuditedEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A city in the network: the home city (Enschede in the demo) or a partner. Partner cities are
 * data, so another municipality can run the app with its own.
 */
@Entity
@Audited
@Table(name = "city")
public class City extends AuditedEntity {

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name = "";

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}", message = "{city.validation.country}")
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode = "";

    @NotBlank
    @Size(max = 64)
    @Column(name = "zone_id", nullable = false, length = 64)
    private String zoneId = "";

    @Column(nullable = false)
    private boolean home;

    @Min(value = 1900, message = "{city.validation.yearMin}")
    @Max(value = 2100, message = "{city.validation.yearMax}")
    @Column(name = "partner_since")
    private @Nullable Integer partnerSince;

    @NotNull
    @Column(name = "work_start", nullable = false)
    private LocalTime workStart = LocalTime.of(9, 0);

    @NotNull
    @Column(name = "work_end", nullable = false)
    private LocalTime workEnd = LocalTime.of(17, 0);

    @NotNull
    @Column(name = "shoulder_start", nullable = false)
    private LocalTime shoulderStart = LocalTime.of(7, 0);

    @NotNull
    @Column(name = "shoulder_end", nullable = false)
    private LocalTime shoulderEnd = LocalTime.of(21, 0);

    @NotNull
    @Column(name = "late_end", nullable = false)
    private LocalTime lateEnd = LocalTime.of(23, 0);

    @Column(name = "weekend_days", nullable = false, length = 64)
    private String weekendDays = "SATURDAY,SUNDAY";

    @Pattern(regexp = "^$|^[A-Z]{2}(-[A-Z0-9]{1,3})?$", message = "{city.validation.holidayRegion}")
    @Size(max = 16)
    @Column(name = "holiday_region", length = 16)
    private @Nullable String holidayRegion;

    protected City() {}

    public City(String name, String countryCode, ZoneId zone, boolean home) {
        this.name = name;
        this.countryCode = countryCode;
        this.zoneId = zone.getId();
        this.home = home;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getZoneId() {
        return zoneId;
    }

    /** As a form enters it; {@link CityService#save} refuses an id that is not a known zone. */
    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public void setZone(ZoneId zone) {
        this.zoneId = zone.getId();
    }

    public boolean isHome() {
        return home;
    }

    public void setHome(boolean home) {
        this.home = home;
    }

    public @Nullable Integer getPartnerSince() {
        return partnerSince;
    }

    public void setPartnerSince(@Nullable Integer partnerSince) {
        this.partnerSince = partnerSince;
    }

    public LocalTime getWorkStart() {
        return workStart;
    }

    public void setWorkStart(LocalTime workStart) {
        this.workStart = workStart;
    }

    public LocalTime getWorkEnd() {
        return workEnd;
    }

    public void setWorkEnd(LocalTime workEnd) {
        this.workEnd = workEnd;
    }

    public LocalTime getShoulderStart() {
        return shoulderStart;
    }

    public void setShoulderStart(LocalTime shoulderStart) {
        this.shoulderStart = shoulderStart;
    }

    public LocalTime getShoulderEnd() {
        return shoulderEnd;
    }

    public void setShoulderEnd(LocalTime shoulderEnd) {
        this.shoulderEnd = shoulderEnd;
    }

    public LocalTime getLateEnd() {
        return lateEnd;
    }

    public void setLateEnd(LocalTime lateEnd) {
        this.lateEnd = lateEnd;
    }

    public Set<DayOfWeek> getWeekendDays() {
        if (weekendDays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(weekendDays.split(","))
                .map(String::trim)
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public void setWeekendDays(Set<DayOfWeek> days) {
        this.weekendDays = days.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public @Nullable String getHolidayRegion() {
        return holidayRegion;
    }

    public void setHolidayRegion(@Nullable String holidayRegion) {
        this.holidayRegion = holidayRegion == null || holidayRegion.isBlank()
                ? null
                : holidayRegion.trim().toUpperCase();
    }

    @Override
    public String toString() {
        return name;
    }
}
