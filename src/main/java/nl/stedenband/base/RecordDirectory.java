package nl.stedenband.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every kind of business record, by its type: to link, name and search records across features. */
@Service
// security's Access.SIGNED_IN, spelled out: base is below the features and names none of them
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'COORDINATOR', 'VIEWER')")
public class RecordDirectory {

    /** Shortest text the global search looks for: one letter would match half the register. */
    public static final int MIN_SEARCH_LENGTH = 2;

    /** The bundle key of a record kind's name for people is this and its type, e.g. {@code base.recordType.CONTACT}. */
    public static final String TYPE_KEY = "base.recordType.";

    private final Map<String, RecordCatalog> catalogs = new LinkedHashMap<>();

    RecordDirectory(List<RecordCatalog> catalogs) {
        catalogs.stream()
                // the search lists kinds in the order of their English names, whatever the reader's language
                .sorted(Comparator.comparing((RecordCatalog c) -> Bundles.t(Locale.ENGLISH, TYPE_KEY + c.type())))
                .forEach(c -> this.catalogs.put(c.type(), c));
    }

    /** The linked record, if it still exists and the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Optional<RecordLink> find(String type, long id) {
        RecordCatalog catalog = catalogs.get(type);
        return catalog == null ? Optional.empty() : catalog.find(id);
    }

    /** Whether the record exists and the signed-in user may change it; false for kinds that do not say. */
    @Transactional(readOnly = true)
    public boolean canChange(String type, long id) {
        RecordCatalog catalog = catalogs.get(type);
        return catalog != null && catalog.find(id).isPresent() && catalog.canChange(id);
    }

    /** The linked records of a list, by type and id; one statement per kind at most. */
    @Transactional(readOnly = true)
    public Map<String, Map<Long, RecordLink>> findAll(Map<String, ? extends Collection<Long>> idsByType) {
        Map<String, Map<Long, RecordLink>> found = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            RecordCatalog catalog = catalogs.get(type);
            if (catalog != null && !ids.isEmpty()) {
                found.put(type, catalog.findAll(ids));
            }
        });
        return found;
    }

    /**
     * Records of every kind whose name matches, at most {@code perType} of each kind, grouped by kind;
     * only what the signed-in user may read.
     */
    @Transactional(readOnly = true)
    public List<RecordLink> search(String text, int perType) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() < MIN_SEARCH_LENGTH) {
            return List.of();
        }
        List<RecordLink> hits = new ArrayList<>();
        catalogs.values().forEach(c -> hits.addAll(c.search(trimmed, perType)));
        return hits;
    }
}
