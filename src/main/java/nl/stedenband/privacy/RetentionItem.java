package nl.stedenband.privacy;

import java.time.LocalDate;

/**
 * A record the next run will anonymise.
 *
 * @param rule the rule that makes it due (and so the kind of record)
 * @param recordId the mobility's or contact's id
 * @param label how the record is named: the person, and for a mobility its programme
 * @param dueSince the day since which the rule anonymises it
 */
public record RetentionItem(RetentionRule rule, long recordId, String label, LocalDate dueSince) {}
