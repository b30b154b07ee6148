package nl.stedenband.audit;

/** A kind of record with a history: its type name (the entity's, e.g. "TradeMission") and its name for people. */
public record AuditType(String name, String label) {}
