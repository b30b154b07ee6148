package nl.stedenband.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of statuses: only the flow of docs/domain.md is allowed. */
class MeetingStatusTest {

    private static final Set<String> ALLOWED =
            Set.of("PROPOSED>SCHEDULED", "PROPOSED>CANCELLED", "SCHEDULED>HELD", "SCHEDULED>CANCELLED");

    @ParameterizedTest
    @EnumSource(MeetingStatus.class)
    void onlyTheDesignedTransitionsAreAllowed(MeetingStatus from) {
        for (MeetingStatus to : EnumSet.allOf(MeetingStatus.class)) {
            assertThat(from.canBecome(to)).as(from + " > " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
        }
    }
}
