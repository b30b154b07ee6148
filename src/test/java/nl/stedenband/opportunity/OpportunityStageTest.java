package nl.stedenband.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.stedenband.base.ui.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of stages: only docs/domain.md's flow (one step forward, or lost while open) is allowed. */
class OpportunityStageTest {

    private static final Set<String> ALLOWED = Set.of(
            "IDENTIFIED>CONTACTED",
            "CONTACTED>INTRODUCED",
            "INTRODUCED>IN_DISCUSSION",
            "IN_DISCUSSION>WON",
            "IDENTIFIED>LOST",
            "CONTACTED>LOST",
            "INTRODUCED>LOST",
            "IN_DISCUSSION>LOST");

    @ParameterizedTest
    @EnumSource(OpportunityStage.class)
    void onlyTheDesignedMovesAreAllowed(OpportunityStage from) {
        for (OpportunityStage to : EnumSet.allOf(OpportunityStage.class)) {
            assertThat(from.canBecome(to)).as(from + " > " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
        }
    }

    @Test
    void wonAndLostAreFinalAndTheRestIsOpen() {
        assertThat(EnumSet.allOf(OpportunityStage.class))
                .filteredOn(OpportunityStage::isOpen)
                .containsExactly(
                        OpportunityStage.IDENTIFIED,
                        OpportunityStage.CONTACTED,
                        OpportunityStage.INTRODUCED,
                        OpportunityStage.IN_DISCUSSION);
        assertThat(OpportunityStage.WON.next()).isEmpty();
        assertThat(OpportunityStage.LOST.next()).isEmpty();
    }

    @Test
    void aRefusalNamesTheMovesThatAreAllowed() {
        assertThat(Texts.message(OpportunityService.refusal(OpportunityStage.IDENTIFIED, OpportunityStage.INTRODUCED)))
                .isEqualTo("An identified opportunity cannot become introduced; it can become contacted or lost");
        assertThat(Texts.message(OpportunityService.refusal(OpportunityStage.INTRODUCED, OpportunityStage.CONTACTED)))
                .isEqualTo("An introduced opportunity cannot become contacted; it can become in discussion or lost");
        assertThat(Texts.message(OpportunityService.refusal(OpportunityStage.WON, OpportunityStage.LOST)))
                .isEqualTo("A won opportunity is final: it cannot become lost");
    }
}
