package nl.stedenband.imports;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How to read a file: its layout, what its rows are, and which column (by position) fills which field. */
public record ImportPlan(CsvLayout layout, ImportKind kind, Map<ImportField, Integer> mapping) {

    public ImportPlan {
        mapping = Map.copyOf(mapping);
    }

    public ImportPlan withKind(ImportKind other) {
        return new ImportPlan(layout, other, mapping);
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
        return new ImportPlan(layout, kind, changed);
    }

    @Nullable Integer column(ImportField field) {
        return field.appliesTo(kind) ? mapping.get(field) : null;
    }
}
