package nl.stedenband.opportunity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of the board: a stage with the number and value of all its opportunities, and the
 * first of them as cards (at most {@link OpportunityService#CARDS_PER_COLUMN}).
 */
public record BoardColumn(OpportunityStage stage, long count, BigDecimal value, List<OpportunityCard> cards) {

    /** Whether there are more opportunities in the stage than cards shown. */
    public boolean truncated() {
        return count > cards.size();
    }
}
