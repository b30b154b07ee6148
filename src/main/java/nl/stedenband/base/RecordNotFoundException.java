package nl.stedenband.base;

/**
 * The record asked for does not exist, or the user may not see it: both read the same, so that
 * guessing ids reveals nothing. {@code what} is a bundle key naming the kind of record (e.g.
 * {@code contact.record}) or, from code not yet translated, its English name; screens say it in
 * the user's language through {@code Texts.message}.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String what;
    private final String id;

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " was not found. It may have been deleted, or you may not have access to it.");
        this.what = what;
        this.id = String.valueOf(id);
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
