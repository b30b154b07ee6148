package nl.stedenband.opportunity;

import org.jspecify.annotations.Nullable;

/**
 * What the opportunity list and board are narrowed to; every part optional. The board shows every
 * stage as a column, so it ignores {@code stage}.
 */
public record OpportunityFilter(
        @Nullable String text,
        @Nullable OpportunityKind kind,
        @Nullable OpportunityStage stage,
        @Nullable Long ownerId,
        @Nullable Long cityId,
        @Nullable Long organizationId) {

    public static final OpportunityFilter NONE = new OpportunityFilter(null, null, null, null, null, null);

    public OpportunityFilter withStage(@Nullable OpportunityStage stage) {
        return new OpportunityFilter(text, kind, stage, ownerId, cityId, organizationId);
    }
}
