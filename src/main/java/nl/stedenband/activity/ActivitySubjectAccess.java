package nl.stedenband.activity;

/**
 * Implemented by each feature whose records carry a timeline: whether the signed-in user may read
 * the record, and add to its timeline (those who may change the record).
 */
public interface ActivitySubjectAccess {

    String subjectType();

    boolean canRead(long subjectId);

    boolean canWrite(long subjectId);
}
