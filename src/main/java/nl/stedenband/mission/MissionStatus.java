package nl.stedenband.mission;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → PLANNED → CONFIRMED → UNDERWAY → COMPLETED → REPORTED; CANCELLED from any state before COMPLETED. */
public enum MissionStatus {
    DRAFT,
    PLANNED,
    CONFIRMED,
    UNDERWAY,
    COMPLETED,
    REPORTED,
    CANCELLED;

    /** The bundle key of the name people see, e.g. {@code enum.missionStatus.DRAFT}. */
    public String labelKey() {
        return "enum.missionStatus." + name();
    }

    /** The bundle key of the words on the button that moves a record into this status. */
    public String actionKey() {
        return "enum.missionStatus.action." + name();
    }

    public Set<MissionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PLANNED, CANCELLED);
            case PLANNED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(UNDERWAY, CANCELLED);
            case UNDERWAY -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED -> EnumSet.of(REPORTED);
            case REPORTED, CANCELLED -> EnumSet.noneOf(MissionStatus.class);
        };
    }

    public boolean canBecome(MissionStatus target) {
        return next().contains(target);
    }

    /** The delegation has travelled: counts in the figures for the alderman. */
    public boolean travelled() {
        return this == UNDERWAY || this == COMPLETED || this == REPORTED;
    }
}
