package nl.stedenband.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity as a card on the board; {@code version} goes back with a move, so that a card
 * someone else changed meanwhile is not moved blindly.
 */
public record OpportunityCard(
        long id,
        String title,
        OpportunityKind kind,
        OpportunityStage stage,
        String organizationName,
        @Nullable String ownerName,
        @Nullable BigDecimal expectedValue,
        @Nullable String nextStep,
        @Nullable LocalDate nextStepOn,
        long version) {}
