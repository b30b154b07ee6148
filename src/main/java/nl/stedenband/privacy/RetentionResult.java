package nl.stedenband.privacy;

/**
 * What a run did.
 *
 * @param anonymised records anonymised
 * @param noLongerDue records of the list that were no longer due (changed, used or anonymised since)
 * @param failed records that could not be anonymised (logged; the next run tries again)
 */
public record RetentionResult(int anonymised, int noLongerDue, int failed) {}
