package nl.stedenband.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change of one record: which revision, when, by whom, the record (its audit type, id and its
 * name at that moment) and per changed field the old and the new value.
 */
public record RecordChange(
        long revision,
        Instant at,
        String user,
        String type,
        String typeLabel,
        long recordId,
        AuditValue record,
        ChangeKind kind,
        List<FieldChange> changes) {}
