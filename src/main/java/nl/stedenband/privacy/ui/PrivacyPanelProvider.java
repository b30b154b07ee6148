package nl.stedenband.privacy.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.base.ui.RecordPanelProvider;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.Contact;
import nl.stedenband.privacy.PrivacyService;

/** Puts the privacy panel below a saved contact's form, for those who handle personal-data requests. */
@org.springframework.stereotype.Component
class PrivacyPanelProvider implements RecordPanelProvider {

    private final PrivacyService privacy;

    PrivacyPanelProvider(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Override
    public Optional<Component> panelFor(AuditedEntity record) {
        if (!(record instanceof Contact contact) || contact.getId() == null || !privacy.mayHandle()) {
            return Optional.empty();
        }
        return Optional.of(new PrivacyPanel(privacy, contact.getId(), contact.fullName(Texts.locale())));
    }
}
