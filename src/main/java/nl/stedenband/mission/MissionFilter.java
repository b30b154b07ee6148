package nl.stedenband.mission;

import org.jspecify.annotations.Nullable;

/** What the mission list is narrowed to; every part optional. */
public record MissionFilter(
        @Nullable Integer year,
        @Nullable Long destinationId,
        @Nullable MissionStatus status,
        @Nullable Long leadOfficerId,
        @Nullable String text) {

    public static final MissionFilter NONE = new MissionFilter(null, null, null, null, null);
}
