package nl.stedenband.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.stedenband.base.AuditedEntity;

/**
 * A panel that a feature serving every register shows below each saved record's form (its change
 * history, for one), without the registers knowing it: a Spring bean implementing this is found by
 * {@link MasterDetailView} itself.
 */
public interface RecordPanelProvider {

    /** The panel for this saved record, or empty when the signed-in user may not see one. */
    Optional<Component> panelFor(AuditedEntity record);
}
