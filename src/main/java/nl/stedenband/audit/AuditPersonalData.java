package nl.stedenband.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedenband.base.PersonalDataSource;
import org.springframework.stereotype.Component;

/** The stored history of a person's contact record, for their personal-data export. */
@Component
class AuditPersonalData implements PersonalDataSource {

    /** The audit type of contacts: the entity's simple name, as {@link AuditedTypes} names every type. */
    private static final String CONTACT = "Contact";

    private final AuditService audit;

    AuditPersonalData(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public String section() {
        return "history";
    }

    @Override
    public Object personalDataOf(long contactId) {
        return audit.history(CONTACT, contactId).stream()
                .map(change -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("at", change.at().toString());
                    row.put("by", change.user());
                    row.put("change", change.kind().name());
                    row.put(
                            "fields",
                            change.changes().stream()
                                    .map(f -> Map.of(
                                            "field",
                                            f.field(),
                                            "before",
                                            f.oldValue().plain(),
                                            "after",
                                            f.newValue().plain()))
                                    .toList());
                    return row;
                })
                .toList();
    }
}
