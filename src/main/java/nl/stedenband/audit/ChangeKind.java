package nl.stedenband.audit;

/** What a revision did to a record. */
public enum ChangeKind {
    CREATED,
    CHANGED,
    DELETED;
}
