package nl.stedenband.base;

/**
 * The record asked for does not exist, or the user may not see it: both read the same, so that
 * guessing ids reveals nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " was not found. It may have been deleted, or you may not have access to it.");
    }
}
