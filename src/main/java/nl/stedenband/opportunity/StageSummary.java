package nl.stedenband.opportunity;

import java.math.BigDecimal;

/** How many opportunities are in a stage and their expected value together (zero when none has one). */
public record StageSummary(OpportunityStage stage, long count, BigDecimal value) {}
