package nl.stedenband.activity;

import java.util.function.LongPredicate;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;

/**
 * A kind of record that carries a timeline, declared as a bean by the feature that owns it: its
 * subject type, who may read a record's timeline and who may add to it. {@link ActivityService}
 * finds every declaration and asks it before reading or writing; the feature writes no class of its
 * own for it. Every timeline so far is read by everyone who may read the record, that is, by every
 * signed-in user while the record exists; what differs is who adds to it.
 *
 * @param type the record kind, e.g. "MISSION" (the subject type of its timeline entries)
 * @param readable whether the signed-in user may read the timeline of the record with that id
 * @param changeable whether the signed-in user may add to it (those who may change the record)
 */
public record TimelineSubject(String type, LongPredicate readable, LongPredicate changeable) {

    /**
     * Read by all while the record exists; added to by the signed-in users who hold one of
     * {@code writers} (the roles of the feature's writing methods).
     */
    public static TimelineSubject writtenBy(String type, LongPredicate exists, Role... writers) {
        Role[] roles = writers.clone();
        return new TimelineSubject(type, exists, id -> CurrentUser.hasAnyRole(roles) && exists.test(id));
    }

    /**
     * Read by all while the record exists; added to where the feature's own record rule allows
     * (e.g. a coordinator may change a startup but not a university). The rule answers false for a
     * record that does not exist.
     */
    public static TimelineSubject writtenWhere(String type, LongPredicate exists, LongPredicate mayChange) {
        return new TimelineSubject(type, exists, mayChange);
    }
}
