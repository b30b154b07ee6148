package nl.stedenband.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of statuses: only docs/domain.md's flow is allowed. */
class MobilityStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "NOMINATED>ACCEPTED",
            "ACCEPTED>IN_PROGRESS",
            "IN_PROGRESS>COMPLETED",
            "NOMINATED>WITHDRAWN",
            "ACCEPTED>WITHDRAWN",
            "IN_PROGRESS>WITHDRAWN");

    @ParameterizedTest
    @EnumSource(MobilityStatus.class)
    void onlyTheDesignedTransitionsAreAllowed(MobilityStatus from) {
        for (MobilityStatus to : EnumSet.allOf(MobilityStatus.class)) {
            assertThat(from.canBecome(to)).as(from + " > " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
        }
    }
}
