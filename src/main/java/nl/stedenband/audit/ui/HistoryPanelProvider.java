package nl.stedenband.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.stedenband.audit.AuditService;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.base.ui.RecordPanelProvider;

/** Puts the history panel below every saved record's form, for administrators and officers only. */
@org.springframework.stereotype.Component
class HistoryPanelProvider implements RecordPanelProvider {

    private final AuditService audit;
    private final ViewerZone zone;

    HistoryPanelProvider(AuditService audit, ViewerZone zone) {
        this.audit = audit;
        this.zone = zone;
    }

    @Override
    public Optional<Component> panelFor(AuditedEntity record) {
        Long id = record.getId();
        if (id == null || !audit.mayRead()) {
            return Optional.empty();
        }
        return audit.typeOf(record).map(type -> new HistoryPanel(audit, type, id, zone.get()));
    }
}
