package nl.stedenband.audit;

/**
 * One field of a record in one change: the field's name in the entity (its label is the bundle
 * key {@code audit.attribute.<field>}), the value before and after ({@link AuditValue#NONE} for
 * none).
 */
public record FieldChange(String field, AuditValue oldValue, AuditValue newValue) {}
