package nl.stedenband.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change of one record: which revision, when, by whom, the record (type and id, and its name
 * at that moment) and per changed field the old and the new value.
 */
public record RecordChange(
        long revision,
        Instant at,
        String user,
        String type,
        String typeLabel,
        long recordId,
        String recordLabel,
        ChangeKind kind,
        List<FieldChange> changes) {

    /** The changes in one line, e.g. "Name: Novel-T → Novel-T B.V.; Tags: +startup". */
    public String summary() {
        return changes.stream()
                .map(c -> c.field() + ": " + shown(c.oldValue()) + " → " + shown(c.newValue()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }
}
