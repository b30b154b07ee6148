package nl.stedenband.base;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by each feature for each kind of record it owns, so that tasks, the global search and
 * the dashboard can name, find and link any record without depending on the feature. Both methods
 * answer only with records the signed-in user may read.
 */
public interface RecordCatalog {

    /** The record kind, e.g. "CONTACT". */
    String type();

    /** The kind for people, singular, e.g. "Contact". */
    String typeLabel();

    /** The record, if it exists and the signed-in user may read it. */
    Optional<RecordLink> find(long id);

    /**
     * Records whose name matches the text (each word as the start of a word, or the text as the
     * start of the name), best first, at most {@code limit}; answered from an index, never a scan.
     */
    List<RecordLink> search(String text, int limit);
}
