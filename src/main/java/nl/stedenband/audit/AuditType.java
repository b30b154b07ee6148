package nl.stedenband.audit;

import java.util.List;

/**
 * A kind of record with a history: its type name (the entity's, e.g. "TradeMission"), its name for
 * people, and the fields its history shows, as {@link FieldChange#field()} names them.
 */
public record AuditType(String name, String label, List<String> fields) {

    public AuditType {
        fields = List.copyOf(fields);
    }
}
