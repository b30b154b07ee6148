package nl.stedenband.audit;

/** One field of a record in one change: its name for people, the value before and after ("" for none). */
public record FieldChange(String field, String oldValue, String newValue) {}
