package nl.stedenband.mission;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the mission list. */
public record MissionListItem(
        long id,
        String title,
        String destination,
        LocalDate startDate,
        LocalDate endDate,
        MissionStatus status,
        @Nullable String leadOfficer,
        long organizations) {}
