package nl.stedenband.base;

/**
 * Published inside the deleting transaction, so that features that hang data on any record
 * (the activity timeline, tasks) remove theirs with it, without the owner knowing them.
 *
 * @param subjectType the record kind, e.g. "CONTACT"
 * @param subjectId its id
 */
public record RecordDeleted(String subjectType, long subjectId) {}
