package nl.stedenband.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of statuses: only docs/domain.md's flow is allowed. */
class MissionStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>PLANNED",
            "PLANNED>CONFIRMED",
            "CONFIRMED>UNDERWAY",
            "UNDERWAY>COMPLETED",
            "COMPLETED>REPORTED",
            "DRAFT>CANCELLED",
            "PLANNED>CANCELLED",
            "CONFIRMED>CANCELLED",
            "UNDERWAY>CANCELLED");

    @ParameterizedTest
    @EnumSource(MissionStatus.class)
    void onlyTheDesignedTransitionsAreAllowed(MissionStatus from) {
        for (MissionStatus to : EnumSet.allOf(MissionStatus.class)) {
            assertThat(from.canBecome(to)).as(from + " > " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
        }
    }
}
