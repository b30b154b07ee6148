package nl.stedenband.imports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to read a file: its layout, what its rows are, which column (by position) fills which field,
 * and what the user decided about organizations a file of contacts names but the register does not
 * have: by their name key, {@link #CREATE} to create it, or the id of the register's organization
 * the rows belong to instead. An organization without a decision is never created.
 */
public record ImportPlan(
        CsvLayout layout, ImportKind kind, Map<ImportField, Integer> mapping, Map<String, Long> organizations) {

    public static final long CREATE = 0L;
    /** Decisions kept: as many as the check lists new organizations. */
    public static final int MAX_DECISIONS = ImportCheck.MAX_NEW_ORGANIZATIONS;

    public ImportPlan {
        mapping = Map.copyOf(mapping);
        organizations = Map.copyOf(organizations);
    }

    public ImportPlan(CsvLayout layout, ImportKind kind, Map<ImportField, Integer> mapping) {
        this(layout, kind, mapping, Map.of());
    }

    public ImportPlan withKind(ImportKind other) {
        return new ImportPlan(layout, other, mapping, organizations);
    }

    /** The same plan with {@code field} read from {@code column}, or from no column when it is null. */
    public ImportPlan with(ImportField field, @Nullable Integer column) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(mapping);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.values().remove(column);
            changed.put(field, column);
        }
        return new ImportPlan(layout, kind, changed, organizations);
    }

    /**
     * The same plan with the decision about a new organization: {@link #CREATE}, the id of an
     * organization of the register, or null for none (its rows are then not imported).
     */
    public ImportPlan withOrganization(String nameKey, @Nullable Long decision) {
        Map<String, Long> changed = new HashMap<>(organizations);
        if (decision == null) {
            changed.remove(nameKey);
        } else if (changed.size() < MAX_DECISIONS || changed.containsKey(nameKey)) {
            changed.put(nameKey, decision);
        }
        return new ImportPlan(layout, kind, mapping, changed);
    }

    @Nullable
    Integer column(ImportField field) {
        return field.appliesTo(kind) ? mapping.get(field) : null;
    }
}
