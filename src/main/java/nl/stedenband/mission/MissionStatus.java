package nl.stedenband.mission;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * DRAFT → PLANNED → CONFIRMED → UNDERWAY → COMPLETED → REPORTED; CANCELLED from any state before
 * COMPLETED; one step back from any state but DRAFT and CANCELLED.
 */
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

    /**
     * The status one step back along the flow, if there is one: a step taken too soon can be undone
     * (a reported mission only by an administrator who reopens it). Draft and cancelled have none.
     */
    public Optional<MissionStatus> previous() {
        return switch (this) {
            case PLANNED -> Optional.of(DRAFT);
            case CONFIRMED -> Optional.of(PLANNED);
            case UNDERWAY -> Optional.of(CONFIRMED);
            case COMPLETED -> Optional.of(UNDERWAY);
            case REPORTED -> Optional.of(COMPLETED);
            case DRAFT, CANCELLED -> Optional.empty();
        };
    }

    /** Reported: the delegation, itinerary and outcomes are what was reported, until an administrator reopens it. */
    public boolean locksRecord() {
        return this == REPORTED;
    }

    /** Still to come or under way: what the dashboard calls upcoming. */
    public boolean upcoming() {
        return this == DRAFT || this == PLANNED || this == CONFIRMED || this == UNDERWAY;
    }

    /** The bundle key of the sentence a confirmation says about what follows the step into this status. */
    public String consequenceKey() {
        return "enum.missionStatus.consequence." + name();
    }

    public boolean canBecome(MissionStatus target) {
        return next().contains(target);
    }

    /** The delegation has travelled: counts in the figures for the alderman. */
    public boolean travelled() {
        return this == UNDERWAY || this == COMPLETED || this == REPORTED;
    }
}
