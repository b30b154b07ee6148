package nl.stedenband.base;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by each feature for each kind of record it owns, so that tasks, the global search and
 * the dashboard can name, find and link any record without depending on the feature. Both methods
 * answer only with records the signed-in user may read.
 */
public interface RecordCatalog {

    /**
     * The record kind, e.g. "CONTACT"; people read it as the bundles' {@code base.recordType.<type>}
     * ("Contact", "Contactpersoon").
     */
    String type();

    /** The record, if it exists and the signed-in user may read it. */
    Optional<RecordLink> find(long id);

    /**
     * The records of these ids that exist and the signed-in user may read, by id: for a list that
     * links many records (the task list), so that a kind costs one statement, not one per row.
     * The default asks {@link #find} for each; catalogs of often-linked kinds answer in one query.
     */
    default Map<Long, RecordLink> findAll(Collection<Long> ids) {
        Map<Long, RecordLink> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(link -> found.put(id, link)));
        return found;
    }

    /**
     * Whether the signed-in user may change the record (e.g. to make follow-up tasks of it): only
     * kinds that say so; the others are read-only to features that do not own them.
     */
    default boolean canChange(long id) {
        return false;
    }

    /**
     * Records whose name matches the text (each word as the start of a word, or the text as the
     * start of the name), best first, at most {@code limit}; answered from an index, never a scan.
     */
    List<RecordLink> search(String text, int limit);
}
