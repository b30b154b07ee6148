package nl.stedenband.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the opportunity list, with the names of its organization, city and owner. */
public record OpportunityListItem(
        long id,
        String title,
        OpportunityKind kind,
        String organizationName,
        @Nullable String cityName,
        @Nullable String ownerName,
        OpportunityStage stage,
        @Nullable BigDecimal expectedValue,
        @Nullable String nextStep,
        @Nullable LocalDate nextStepOn) {}
